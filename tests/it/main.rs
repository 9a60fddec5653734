//! The one integration-test binary. Every test starts what a user would start (the server
//! on port 0, or the `licensedesk` binary) and checks what a user would see.

mod support;

mod cli;
mod import_export;
mod import_roundtrip;
mod import_trust;
mod install;
mod keys;

mod server;
// Diagnosis.
mod diagnose;
mod hostile;

// Contacts and mail.
mod admin;
mod consolidate;
mod contacts;
mod mail;

// Proof (issue 7): faults against the real binary, the security matrix, real-browser tests.
mod browser;
mod faults;
mod hostile_auth;
mod security;
// Licence portal.
mod notes;
mod page_cache;
mod portal;
mod sen;
