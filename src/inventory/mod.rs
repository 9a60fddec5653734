//! The licence inventory as a whole: turning decoded keys into licence records, importing files
//! and exports, and exporting. Uses the store and the decoder; knows nothing of HTTP.

pub mod export;
pub mod from_key;
pub mod import;

pub use from_key::new_licence_from_key;
