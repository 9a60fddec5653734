//! The audit of the keys consultants are shown: every licence key a consultant's grant lets
//! them see (on the licence's page, as its file, in an export) is recorded, one entry per
//! licence, so the organisation can tell later who took which key. Managers and contacts see
//! their keys unrecorded.

use rusqlite::Connection;

use super::write;
use crate::domain::{Actor, LicenceId};
use crate::error::AppResult;
use crate::store::audit;

/// How a consultant was shown a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyView {
    /// On the licence's page.
    Page,
    /// As the licence's key file.
    Download,
    /// In an export (CSV, JSON or the keys' zip).
    Export(crate::paths::ExportFormat),
    /// Read through the JSON API.
    Api,
}

impl KeyView {
    fn detail(self) -> String {
        match self {
            KeyView::Page => "shown on the licence page".to_owned(),
            KeyView::Download => "downloaded".to_owned(),
            KeyView::Export(format) => format!("exported ({})", format.as_str()),
            KeyView::Api => "read through the API".to_owned(),
        }
    }
}

/// Records that a consultant was shown the keys of these licences, one entry each.
pub fn keys_viewed(
    conn: &mut Connection,
    actor: &Actor,
    licences: &[LicenceId],
    how: KeyView,
    now: i64,
) -> AppResult<()> {
    if licences.is_empty() {
        return Ok(());
    }
    let tx = write(conn)?;
    let detail = how.detail();
    for licence in licences {
        audit::record(
            &tx,
            &audit::Entry {
                licence_id: Some(*licence),
                detail: &detail,
                ..audit::Entry::new(actor, "key-viewed")
            },
            now,
        )?;
    }
    tx.commit()?;
    Ok(())
}
