//! The one integration-test binary. Every test starts what a user would start (the server
//! on port 0, or the `licensedesk` binary) and checks what a user would see; `architecture`
//! reads the source itself and checks the layering the README states.

mod support;

// Keys, import and export, installations.
mod apps;
mod check;
mod cli;
mod import_export;
mod import_roundtrip;
mod import_trust;
mod install;
mod installations;
mod installs_found;
mod keys;
mod licence_hash;
mod lifecycle;

// The transport, the diagnosis, hostile input.
mod diagnose;
mod diagnose_web;
mod hostile;
mod server;

// Accounts, contacts and mail.
mod accounts;
mod admin;
mod admin_accounts;
mod api_tokens;
mod consolidate;
mod contacts;
mod mail;
mod people_languages;
mod webhooks;

// Faults against the real binary, the security matrix, real-browser tests.
mod browser;
mod faults;
mod hostile_auth;
mod security;
mod security_api;

// The licence pages, in every language.
mod auditor_exports;
mod calendar_feed;
mod coterm;
mod dashboard;
mod data_center_end;
mod details;
mod kinds;
mod languages;
mod list_organisations;
mod list_page;
mod notes;
mod organisation_access;
mod organisations;
mod page_cache;
mod portal;
mod role_mailboxes;
mod sen;

// The code's own shape.
mod api;
mod api_data;
mod api_licence_changes;
mod api_people;
mod architecture;
