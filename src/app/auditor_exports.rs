//! The auditors' CSV downloads: the audit log's entries that the audit page's filters find,
//! and the orders a viewer sees on the orders page. Both open in a spreadsheet as they are: a
//! UTF-8 byte order mark first (Excel reads UTF-8 by it), and every cell a spreadsheet would
//! take for a formula neutralised as in the licence export.

use rusqlite::Connection;

use crate::domain::Viewer;
use crate::error::{AppError, AppResult};
use crate::inventory::export::neutralise_cell;
use crate::store;
use crate::store::audit_search::AuditFilter;

/// The most entries one audit log download holds (the newest ones): the page says so.
pub const AUDIT_CSV_MAX: i64 = 100_000;

/// The most orders one orders download holds (the newest ones): the page says so.
pub const ORDERS_CSV_MAX: i64 = 100_000;

const AUDIT_HEADER: [&str; 10] = [
    "time",
    "actor",
    "client_address",
    "action",
    "action_label",
    "licence_id",
    "sen",
    "detail",
    "before",
    "after",
];

const ORDERS_HEADER: [&str; 13] = [
    "number",
    "placed_at",
    "kind",
    "product",
    "licence_name",
    "sen",
    "organisation",
    "description",
    "po_number",
    "amount",
    "currency",
    "placed_by",
    "licence_id",
];

/// The UTF-8 byte order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Unix seconds as RFC 3339 in UTC: `2026-12-02T14:30:00Z`.
fn rfc3339(at: i64) -> String {
    jiff::Timestamp::from_second(at)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

/// Rows of cells as CSV after the byte order mark, each cell neutralised.
fn to_csv<const N: usize>(
    header: [&str; N],
    rows: impl IntoIterator<Item = [String; N]>,
) -> AppResult<Vec<u8>> {
    let internal = |e: csv::Error| AppError::Internal(format!("csv: {e}"));
    let mut writer = csv::Writer::from_writer(BOM.to_vec());
    writer.write_record(header).map_err(internal)?;
    for row in rows {
        writer
            .write_record(row.iter().map(|cell| neutralise_cell(cell)))
            .map_err(internal)?;
    }
    writer
        .into_inner()
        .map_err(|e| AppError::Internal(format!("csv: {}", e.error())))
}

/// The entries the filter finds, newest first (at most [`AUDIT_CSV_MAX`]), with each action's
/// code and its words (`words` of the code, in the reader's language).
pub fn audit_csv(
    conn: &Connection,
    filter: &AuditFilter,
    words: &dyn Fn(&str) -> String,
) -> AppResult<Vec<u8>> {
    let entries = store::audit_search::export(conn, filter, AUDIT_CSV_MAX)?;
    to_csv(
        AUDIT_HEADER,
        entries.into_iter().map(|entry| {
            let row = entry.row;
            let label = words(&row.action);
            [
                rfc3339(row.at),
                row.actor,
                row.client_addr.unwrap_or_default(),
                row.action,
                label,
                row.licence_id.map(|l| l.to_string()).unwrap_or_default(),
                entry.sen.unwrap_or_default(),
                row.detail,
                row.before.unwrap_or_default(),
                row.after.unwrap_or_default(),
            ]
        }),
    )
}

/// The orders the viewer sees on the orders page, newest first (at most [`ORDERS_CSV_MAX`]),
/// with the licence's product and organisation; the kind as its code.
pub fn orders_csv(conn: &Connection, viewer: Viewer) -> AppResult<Vec<u8>> {
    let lines = store::orders::visible_lines(conn, viewer, ORDERS_CSV_MAX)?;
    to_csv(
        ORDERS_HEADER,
        lines.into_iter().map(|line| {
            let order = line.order;
            [
                order.number,
                rfc3339(order.placed_at),
                order.kind.as_str().to_owned(),
                line.product,
                order.licence_name,
                order.licence_sen.unwrap_or_default(),
                line.organisation.unwrap_or_default(),
                order.description,
                order.po_number.unwrap_or_default(),
                order.amount.unwrap_or_default(),
                order.currency.unwrap_or_default(),
                order.placed_by.unwrap_or_default(),
                order.licence_id.to_string(),
            ]
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_rfc3339_utc() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
    }

    #[test]
    fn the_file_starts_with_a_bom_and_neutralises_formulas() {
        let csv = to_csv(["a"], [["=1+1".to_owned()]]).unwrap();
        assert!(csv.starts_with(BOM));
        assert_eq!(&csv[BOM.len()..], b"a\n'=1+1\n");
    }
}
