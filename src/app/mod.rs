//! The use cases of accounts, contacts, consolidation and diagnosis, beside the licence use
//! cases in `inventory/`. Each one owns its transaction, its audit entry and the mail it puts in
//! the outbox; `http/` handlers parse a request, call one, and render what it returns, and
//! `commands/` call the same functions from the command line.

pub mod accounts;
pub mod consolidation;
pub mod contacts;
pub mod diagnosis;
