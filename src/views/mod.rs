//! Pure functions from data to HTML. No database, no request, no clock: what a view shows is
//! passed in. maud escapes everything spliced; `PreEscaped` appears nowhere in views.

pub mod auth;
pub mod calendar_feed;
pub mod components;
pub mod coterm;
pub mod dashboard;
pub mod data_center_end;
pub mod diagnose;
pub mod errors;
pub mod ics;
pub mod import;
pub mod installations;
pub mod layout;
pub mod licences;
pub mod lifecycle;
pub mod mailboxes;
pub mod organisation_people;
pub mod organisations;
pub mod people;
pub mod webhooks;
pub use people::contacts;

pub use layout::{Flash, FlashKind, Here, Nav, NavUser, Page};
