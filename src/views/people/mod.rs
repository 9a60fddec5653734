//! The pages of contacts, accounts, consolidation and administration. Pure, like every view.

pub mod admin;
pub mod consolidate;
pub mod contacts;
pub mod format;
pub mod outbox;
pub mod profile;
pub mod tokens;
