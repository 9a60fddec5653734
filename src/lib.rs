//! licensedesk: a self-hosted licence portal for Atlassian Server and Data Center licences.
//! The binary's `main` only dispatches; everything lives here so tests can start the server
//! in-process. See the Architecture section of README.md for the map and the invariants.

pub mod app;
pub mod assets;
pub mod atlassian;
pub mod auth;
pub mod cli;
pub mod commands;
pub mod config;
pub mod domain;
pub mod error;
pub mod http;
pub mod i18n;
pub mod inventory;
pub mod mail;
pub mod paths;
pub mod store;
pub mod views;
