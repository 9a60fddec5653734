//! Everything about Atlassian's own formats: licence keys (decoding and signature verification),
//! product installations (where each product keeps its Server ID and licence), and the mismatch
//! diagnosis. Nothing here depends on the rest of the crate, so it can be tested alone.

pub mod diagnosis;
pub mod install;
pub mod key;
pub mod properties;
