//! One module per command. Commands are the edge: they use `anyhow` with context and print.

pub mod backup;
pub mod check;
pub mod decode;
pub mod diagnose;
pub mod eligible;
pub mod export;
pub mod import;
mod install_json;
pub mod lifecycle;
pub mod mailboxes;
pub mod organisation;
pub mod outbox;
pub mod reminders;
pub mod serve;
pub mod server_id;
pub mod token;
pub mod user;

use std::path::Path;

use anyhow::Context;
use rusqlite::Connection;

/// Opens the database in a data directory, creating both when missing.
pub fn open_data_dir(data_dir: &Path) -> anyhow::Result<Connection> {
    std::fs::create_dir_all(data_dir)
        .with_context(|| format!("cannot create the data directory {}", data_dir.display()))?;
    let path = data_dir.join(crate::store::DATABASE_FILE);
    crate::store::open(&path)
        .with_context(|| format!("cannot open the database {}", path.display()))
}

/// A label padded to `width` terminal columns. Chinese and Japanese characters take two columns
/// each, so a label is measured by its display width, not by its characters.
pub(crate) fn padded(label: &str, width: usize) -> String {
    let shown = unicode_width::UnicodeWidthStr::width(label);
    format!("{label}{}", " ".repeat(width.saturating_sub(shown)))
}
