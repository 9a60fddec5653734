//! Exporting the inventory: JSON complete enough to import again unchanged, CSV for
//! spreadsheets, and one `<SEN>.txt` key file per licence.

use std::collections::HashMap;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::domain::{Deployment, Licence, LicenceId};
use crate::store::licences::{self, KeyChange, ServerIdChange};

/// The `format` of the portal's own JSON export.
pub const FORMAT: &str = "licensedesk-export";
pub const VERSION: u32 = 1;

/// The portal's JSON export. It carries no database ids and no export time, so exporting an
/// imported export gives the same bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportDocument {
    pub format: String,
    pub version: u32,
    pub licences: Vec<ExportedLicence>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportedLicence {
    /// This licence's reference inside the document (`L1`, `L2`, …), used to link a developer
    /// licence to its production licence.
    #[serde(rename = "ref")]
    pub reference: String,
    pub product: String,
    pub name: String,
    pub licence_type: String,
    pub deployment: Deployment,
    pub user_tier: Option<i64>,
    pub sen: Option<String>,
    pub licence_key: Option<String>,
    pub key_genuine: Option<bool>,
    pub server_id: Option<String>,
    pub organisation: String,
    pub licensed_to: String,
    pub purchase_date: Option<jiff::civil::Date>,
    pub support_expiry: Option<jiff::civil::Date>,
    pub licence_expiry: Option<jiff::civil::Date>,
    pub support_level: String,
    pub auto_renew: bool,
    pub archived: bool,
    pub is_evaluation: bool,
    pub reason_for_purchase: Option<String>,
    pub key_retrieved_at: Option<i64>,
    pub production_licence: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub contacts: Vec<ExportedContact>,
    pub server_id_history: Vec<ServerIdChange>,
    pub key_history: Vec<KeyChange>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportedContact {
    pub email: String,
    pub role: String,
}

/// The licences to export: all of them, in id order.
pub fn document(conn: &Connection, selection: &[Licence]) -> rusqlite::Result<ExportDocument> {
    let references: HashMap<LicenceId, String> = selection
        .iter()
        .enumerate()
        .map(|(index, l)| (l.id, format!("L{}", index + 1)))
        .collect();
    let mut exported = Vec::with_capacity(selection.len());
    for licence in selection {
        exported.push(ExportedLicence {
            reference: references[&licence.id].clone(),
            product: licence.product.clone(),
            name: licence.name.clone(),
            licence_type: licence.licence_type.clone(),
            deployment: licence.deployment,
            user_tier: licence.user_tier,
            sen: licence.sen.clone(),
            licence_key: licence.licence_key.clone(),
            key_genuine: licence.key_genuine,
            server_id: licence.server_id.clone(),
            organisation: licence.organisation.clone(),
            licensed_to: licence.licensed_to.clone(),
            purchase_date: licence.purchase_date,
            support_expiry: licence.support_expiry,
            licence_expiry: licence.licence_expiry,
            support_level: licence.support_level.clone(),
            auto_renew: licence.auto_renew,
            archived: licence.archived,
            is_evaluation: licence.is_evaluation,
            reason_for_purchase: licence.reason_for_purchase.clone(),
            key_retrieved_at: licence.key_retrieved_at,
            production_licence: licence
                .production_licence_id
                .and_then(|p| references.get(&p).cloned()),
            created_at: licence.created_at,
            updated_at: licence.updated_at,
            contacts: licences::contact_emails(conn, licence.id)?
                .into_iter()
                .map(|(email, role)| ExportedContact { email, role })
                .collect(),
            server_id_history: {
                let mut history = licences::server_id_history(conn, licence.id)?;
                history.reverse();
                history
            },
            key_history: licences::key_history(conn, licence.id)?,
        });
    }
    Ok(ExportDocument {
        format: FORMAT.into(),
        version: VERSION,
        licences: exported,
    })
}

pub fn to_json(document: &ExportDocument) -> String {
    let mut text = serde_json::to_string_pretty(document).unwrap_or_default();
    text.push('\n');
    text
}

/// The CSV export's columns, in order. The import recognises a CSV by this header.
pub const CSV_HEADER: [&str; 18] = [
    "sen",
    "product",
    "name",
    "licence_type",
    "deployment",
    "user_tier",
    "organisation",
    "licensed_to",
    "server_id",
    "purchase_date",
    "support_expiry",
    "licence_expiry",
    "support_level",
    "auto_renew",
    "archived",
    "evaluation",
    "key_genuine",
    "licence_key",
];

/// A cell as a spreadsheet must see it: text starting with `=`, `+`, `-`, `@`, tab or CR is
/// a formula to Excel and LibreOffice, so it gets a leading `'` (the import removes it again).
pub fn neutralise_cell(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    }
}

/// Reverses [`neutralise_cell`].
pub fn restore_cell(value: &str) -> &str {
    match value.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => value,
    }
}

pub fn to_csv(selection: &[Licence]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(CSV_HEADER)?;
    let date = |d: Option<jiff::civil::Date>| d.map(|d| d.to_string()).unwrap_or_default();
    let flag = |b: bool| if b { "yes" } else { "no" }.to_owned();
    for l in selection {
        let row = [
            l.sen.clone().unwrap_or_default(),
            l.product.clone(),
            l.name.clone(),
            l.licence_type.clone(),
            l.deployment.as_str().to_owned(),
            l.user_tier
                .map_or_else(|| "unlimited".into(), |n| n.to_string()),
            l.organisation.clone(),
            l.licensed_to.clone(),
            l.server_id.clone().unwrap_or_default(),
            date(l.purchase_date),
            date(l.support_expiry),
            date(l.licence_expiry),
            l.support_level.clone(),
            flag(l.auto_renew),
            flag(l.archived),
            flag(l.is_evaluation),
            l.key_genuine.map(flag).unwrap_or_default(),
            l.licence_key.clone().unwrap_or_default(),
        ];
        writer.write_record(row.iter().map(|cell| neutralise_cell(cell)))?;
    }
    writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))
}

/// One key file per licence that has a key: `<SEN>.txt`, made unique with `-2`, `-3` … when
/// several licences share a SEN (a production licence and its developer licence), and
/// `no-sen-<n>.txt` for keys without one.
pub fn key_files(selection: &[Licence]) -> Vec<(String, String)> {
    let mut used: HashMap<String, usize> = HashMap::new();
    let mut files = Vec::new();
    for licence in selection {
        let Some(key) = &licence.licence_key else {
            continue;
        };
        let stem = licence
            .sen
            .as_deref()
            .map(safe_file_stem)
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "no-sen".into());
        let count = used.entry(stem.clone()).or_insert(0);
        *count += 1;
        let name = if *count == 1 && stem != "no-sen" {
            format!("{stem}.txt")
        } else {
            format!("{stem}-{count}.txt")
        };
        files.push((name, format!("{key}\n")));
    }
    files
}

/// Keeps letters, digits and `-`/`_`, so a SEN can never name a path outside the folder.
pub fn safe_file_stem(value: &str) -> String {
    value
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .take(64)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised_and_restored() {
        for risky in ["=1+1", "+SUM(A1)", "-2", "@cmd", "\tx"] {
            let safe = neutralise_cell(risky);
            assert!(safe.starts_with('\''), "{risky}");
            assert_eq!(restore_cell(&safe), risky);
        }
        assert_eq!(neutralise_cell("SEN-1"), "SEN-1");
        assert_eq!(restore_cell("'plain"), "'plain");
    }

    #[test]
    fn key_file_names_are_safe_and_unique() {
        assert_eq!(safe_file_stem("../../etc/passwd"), "etcpasswd");
        assert_eq!(safe_file_stem("SEN-500"), "SEN-500");
    }
}
