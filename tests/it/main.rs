//! The one integration-test binary. Every test starts what a user would start (the server
//! on port 0, or the `licensedesk` binary) and checks what a user would see.

mod support;

mod cli;
mod install;
mod keys;

mod server;
// Licence portal.
mod portal;
