//! The licence inventory as a whole: turning decoded keys into licence records, importing files
//! and exports, and exporting. Uses the store and the decoder; knows nothing of HTTP.

pub mod apps;
pub mod changes;
pub mod developer;
pub mod export;
pub mod from_key;
pub mod import;
pub mod keys;
pub mod parallel;
pub mod pasted_key;

pub use developer::link_developer_licence;
pub use from_key::new_licence_from_key;
