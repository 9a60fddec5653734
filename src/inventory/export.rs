//! Exporting the inventory: JSON complete enough to import again unchanged, CSV for
//! spreadsheets, and one `<SEN>.txt` key file per licence.

use std::collections::HashMap;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::domain::licence_history::ServerIdChange;
use crate::domain::{Deployment, Licence, LicenceId, LicenceKind, Viewer};
use crate::store::licences::{self, KeyChange};
use crate::store::{app_hosts, contacts, instances, orders};

/// The `format` of the portal's own JSON export.
pub const FORMAT: &str = "licensedesk-export";
pub const VERSION: u32 = 2;
/// The oldest export version the import still reads (version 1 had no primaries, orders,
/// primary terms or installations).
pub const OLDEST_VERSION: u32 = 1;

/// The portal's JSON export. It carries no database ids and no export time, so exporting an
/// imported export gives the same bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportDocument {
    pub format: String,
    pub version: u32,
    pub licences: Vec<ExportedLicence>,
    /// Installations recorded by `diagnose --record`, with the licences their keys belong to.
    #[serde(default)]
    pub instances: Vec<ExportedInstance>,
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
    /// The licence's kind. Exports made before it was kept lack it: the import then takes the
    /// key's kind, or derives it from the fields as for a licence entered by hand.
    #[serde(default)]
    pub kind: Option<LicenceKind>,
    pub user_tier: Option<i64>,
    pub sen: Option<String>,
    pub licence_key: Option<String>,
    pub key_genuine: Option<bool>,
    pub server_id: Option<String>,
    pub organisation: String,
    /// The name of the organisation the licence belongs to, which an administrator may have
    /// chosen (or merged) apart from the key's Organisation; absent for a licence of none,
    /// and in exports made before organisations (the import then goes by the key's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub belongs_to: Option<String>,
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
    /// For an app licence linked to a host: the host's SEN, which finds it again also in an
    /// empty database. Absent otherwise, and in exports made before app licences were linked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_sen: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    /// The licence's notes; absent when it has none, and in exports made before notes were
    /// exported (an import then keeps the notes on record).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    pub contacts: Vec<ExportedContact>,
    pub server_id_history: Vec<ServerIdChange>,
    pub key_history: Vec<KeyChange>,
    /// Orders of the licence, oldest first, with who placed them.
    #[serde(default)]
    pub orders: Vec<ExportedOrder>,
    /// Each period an account was the primary of a role: it decides who sees which orders.
    #[serde(default)]
    pub primary_terms: Vec<ExportedPrimaryTerm>,
    /// Set when the exporter has not passed this licence's Server ID gate: its key and old
    /// keys are left out, as "Download licence" would not give them either.
    #[serde(default, skip_serializing_if = "is_false")]
    pub key_withheld: bool,
}

fn is_false(value: &bool) -> bool {
    !value
}

/// Why an export leaves a licence's key out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WithheldBecause {
    /// The exporter has not passed the licence's Server ID gate (never an administrator, nor
    /// the command line).
    Gate,
    /// The exporter reads the licence as a consultant whose access does not include keys.
    NotGranted,
}

impl WithheldBecause {
    /// What the key-files zip and the CSV say about the key.
    pub fn note(self) -> &'static str {
        match self {
            WithheldBecause::Gate => {
                "key left out: enter the Server ID on the licence's page first, then export again"
            }
            WithheldBecause::NotGranted => {
                "key left out: your access to this organisation does not include keys"
            }
        }
    }
}

/// Licences whose keys an export leaves out, and why.
#[derive(Debug, Clone, Default)]
pub struct Withheld(HashMap<LicenceId, WithheldBecause>);

impl Withheld {
    pub fn new() -> Withheld {
        Withheld::default()
    }

    pub fn insert(&mut self, licence: LicenceId, why: WithheldBecause) {
        self.0.insert(licence, why);
    }

    pub fn contains(&self, licence: &LicenceId) -> bool {
        self.0.contains_key(licence)
    }

    pub fn why(&self, licence: &LicenceId) -> Option<WithheldBecause> {
        self.0.get(licence).copied()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportedContact {
    pub email: String,
    pub role: String,
    #[serde(default)]
    pub primary: bool,
    /// When the contact was added (unix seconds); absent in version-1 exports.
    #[serde(default)]
    pub added_at: Option<i64>,
    /// When a primary contact became primary.
    #[serde(default)]
    pub primary_since: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportedOrder {
    pub number: String,
    pub placed_at: i64,
    pub kind: String,
    pub description: String,
    pub po_number: Option<String>,
    pub amount: Option<String>,
    pub currency: Option<String>,
    /// The e-mail address of who placed it, while that account exists.
    pub placed_by: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportedPrimaryTerm {
    pub role: String,
    /// The e-mail address of the primary, while that account exists.
    pub account: Option<String>,
    pub started_at: i64,
    pub ended_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportedInstance {
    pub product: String,
    pub label: String,
    pub host: String,
    pub home: String,
    pub server_id: Option<String>,
    pub verdict: String,
    pub recorded_at: i64,
    pub recorded_by: String,
    pub keys: Vec<ExportedInstanceKey>,
    /// The node id and cluster of a Data Center node; absent for any other installation (and
    /// in exports made before they were recorded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_node: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportedInstanceKey {
    pub licence_key: String,
    pub sen: Option<String>,
    /// The `ref` of the licence the key belongs to, when it is in the same export.
    pub licence: Option<String>,
}

/// The licences to export, in the order given; keys of `withheld` licences are left out.
/// `viewer` narrows what comes along to what they may see (orders placed while they were
/// primary, installations of their licences); `None` is everything (an administrator, or the
/// command line). `confined` keeps what comes along to the selection even for an
/// administrator: the installations and hosts of its licences only (an API token narrowed to
/// one organisation exports that organisation and nothing of another).
pub fn document(
    conn: &Connection,
    selection: &[Licence],
    withheld: &Withheld,
    viewer: Option<Viewer>,
    confined: bool,
) -> rusqlite::Result<ExportDocument> {
    let viewer = viewer.filter(|v| !v.is_admin);
    let confined = confined || viewer.is_some();
    let references: HashMap<LicenceId, String> = selection
        .iter()
        .enumerate()
        .map(|(index, l)| (l.id, format!("L{}", index + 1)))
        .collect();
    let mut exported = Vec::with_capacity(selection.len());
    for licence in selection {
        let key_withheld = withheld.contains(&licence.id);
        exported.push(ExportedLicence {
            reference: references[&licence.id].clone(),
            product: licence.product.clone(),
            name: licence.name.clone(),
            licence_type: licence.licence_type.as_str().to_owned(),
            deployment: licence.deployment,
            kind: Some(licence.kind),
            user_tier: licence.user_tier,
            sen: licence.sen.clone(),
            licence_key: licence.licence_key.clone().filter(|_| !key_withheld),
            key_genuine: licence.key_genuine,
            server_id: licence.server_id.clone(),
            organisation: licence.organisation.clone(),
            belongs_to: licence.belongs_to.as_ref().map(|o| o.name.clone()),
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
            host_sen: host_sen(conn, licence.id, &references, confined)?,
            created_at: licence.created_at,
            updated_at: licence.updated_at,
            notes: Some(licence.notes.clone()).filter(|n| !n.is_empty()),
            contacts: contacts::for_export(conn, licence.id)?
                .into_iter()
                .map(|c| ExportedContact {
                    email: c.email,
                    role: c.role,
                    primary: c.primary_since.is_some(),
                    added_at: Some(c.added_at),
                    primary_since: c.primary_since,
                })
                .collect(),
            server_id_history: {
                let mut history = licences::server_id_history(conn, licence.id)?;
                history.reverse();
                history
            },
            key_history: if key_withheld {
                Vec::new()
            } else {
                licences::key_history(conn, licence.id)?
            },
            orders: orders::for_export(conn, licence.id, viewer)?
                .into_iter()
                .map(|o| ExportedOrder {
                    number: o.number,
                    placed_at: o.placed_at,
                    kind: o.kind,
                    description: o.description,
                    po_number: o.po_number,
                    amount: o.amount,
                    currency: o.currency,
                    placed_by: o.placed_by,
                })
                .collect(),
            // Past primaries are an administrator's knowledge; a contact's export leaves them out.
            primary_terms: if viewer.is_some() {
                Vec::new()
            } else {
                contacts::terms_for_export(conn, licence.id)?
                    .into_iter()
                    .map(|t| ExportedPrimaryTerm {
                        role: t.role,
                        account: t.account,
                        started_at: t.started_at,
                        ended_at: t.ended_at,
                    })
                    .collect()
            },
            key_withheld,
        });
    }
    let mut exported_instances = Vec::new();
    for (instance, keys) in instances::all_with_keys(conn)? {
        // Only the keys of exported licences whose keys are exported go along; an installation
        // none of whose keys does is not the exporter's to see (unless everything is exported).
        let keys: Vec<ExportedInstanceKey> = keys
            .into_iter()
            .filter_map(|k| {
                let reference = k.licence_id.and_then(|id| {
                    (!withheld.contains(&id))
                        .then(|| references.get(&id).cloned())
                        .flatten()
                });
                if confined && reference.is_none() {
                    return None;
                }
                Some(ExportedInstanceKey {
                    licence_key: k.licence_key,
                    sen: k.sen,
                    licence: reference,
                })
            })
            .collect();
        if confined && keys.is_empty() {
            continue;
        }
        exported_instances.push(ExportedInstance {
            product: instance.product,
            label: instance.label,
            host: instance.host,
            home: instance.home,
            server_id: instance.server_id,
            verdict: instance.verdict,
            recorded_at: instance.recorded_at,
            recorded_by: instance.recorded_by,
            keys,
            cluster_node: instance.cluster_node,
            cluster: instance.cluster,
        });
    }
    Ok(ExportDocument {
        format: FORMAT.into(),
        version: VERSION,
        licences: exported,
        instances: exported_instances,
    })
}

/// The SEN of the host licence `app` runs on; for a contact's export only when the host is
/// exported too (a host they may not see is not named).
fn host_sen(
    conn: &Connection,
    app: LicenceId,
    references: &HashMap<LicenceId, String>,
    contacts_only: bool,
) -> rusqlite::Result<Option<String>> {
    let Some(host) = app_hosts::host_of(conn, app)? else {
        return Ok(None);
    };
    if contacts_only && !references.contains_key(&host) {
        return Ok(None);
    }
    Ok(licences::by_id(conn, host)?.and_then(|h| h.sen.clone()))
}

pub fn to_json(document: &ExportDocument) -> String {
    let mut text = serde_json::to_string_pretty(document).unwrap_or_default();
    text.push('\n');
    text
}

/// One row of the CSV export, as a spreadsheet holds it: every cell is text. Its fields are the
/// columns, in order (a unit test holds them to [`CSV_HEADER`]); the import reads a row of any
/// of the export's column sets into it, the columns an older set lacks left empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CsvRow {
    #[serde(rename = "ref")]
    pub reference: String,
    pub sen: String,
    pub product: String,
    pub name: String,
    pub licence_type: String,
    pub deployment: String,
    pub user_tier: String,
    pub organisation: String,
    pub licensed_to: String,
    pub server_id: String,
    pub purchase_date: String,
    pub support_expiry: String,
    pub licence_expiry: String,
    pub support_level: String,
    pub auto_renew: String,
    pub archived: String,
    pub evaluation: String,
    pub key_genuine: String,
    pub licence_key: String,
    pub key_withheld: String,
    /// The licence's kind as a code (`server`, `data-center`, `test`, …), for the reader: the
    /// import derives the kind again from the row or its key.
    pub kind: String,
    /// For an app licence: the SEN of its host licence.
    pub host_sen: String,
    pub notes: String,
}

impl CsvRow {
    /// A licence's row; the key is left out (and `key_withheld` says why) when `withheld`.
    pub fn of(
        licence: &Licence,
        withheld: Option<WithheldBecause>,
        host_sen: Option<&str>,
    ) -> CsvRow {
        let date = |d: Option<jiff::civil::Date>| d.map(|d| d.to_string()).unwrap_or_default();
        let flag = |b: bool| if b { "yes" } else { "no" }.to_owned();
        CsvRow {
            reference: csv_reference(licence),
            sen: licence.sen.clone().unwrap_or_default(),
            product: licence.product.clone(),
            name: licence.name.clone(),
            licence_type: licence.licence_type.as_str().to_owned(),
            deployment: licence.deployment.as_str().to_owned(),
            user_tier: licence
                .user_tier
                .map_or_else(|| "unlimited".into(), |n| n.to_string()),
            organisation: licence.organisation.clone(),
            licensed_to: licence.licensed_to.clone(),
            server_id: licence.server_id.clone().unwrap_or_default(),
            purchase_date: date(licence.purchase_date),
            support_expiry: date(licence.support_expiry),
            licence_expiry: date(licence.licence_expiry),
            support_level: licence.support_level.clone(),
            auto_renew: flag(licence.auto_renew),
            archived: flag(licence.archived),
            evaluation: flag(licence.is_evaluation),
            key_genuine: licence.key_genuine.map(flag).unwrap_or_default(),
            licence_key: licence
                .licence_key
                .clone()
                .filter(|_| withheld.is_none())
                .unwrap_or_default(),
            key_withheld: withheld
                .map(|why| why.note().to_owned())
                .unwrap_or_default(),
            kind: licence.kind.code().to_owned(),
            host_sen: host_sen.unwrap_or_default().to_owned(),
            notes: licence.notes.clone(),
        }
    }
}

/// The CSV export's columns, in order. The import recognises a CSV by this header (or by
/// [`CSV_HEADER_WITHOUT_REF`], the columns of older exports).
pub const CSV_HEADER: [&str; 23] = [
    "ref",
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
    "key_withheld",
    "kind",
    "host_sen",
    "notes",
];

/// The header of an export made before some columns were added: the same columns without
/// them (notes stay the last column, where spreadsheets made from older exports have them).
/// Exports before the `kind` column lack `kind` and `host_sen`; before `host_sen`, only it.
pub fn csv_header_without(columns: &[&str]) -> String {
    CSV_HEADER
        .iter()
        .filter(|column| !columns.contains(column))
        .copied()
        .collect::<Vec<_>>()
        .join(",")
}

/// The columns of an export made before the `notes` column: the same, without the last.
pub const CSV_HEADER_WITHOUT_NOTES: &[&str] = CSV_HEADER.split_at(20).0;

/// The columns of an export made before the `ref` and `key_withheld` columns: those of
/// [`CSV_HEADER_WITHOUT_NOTES`] without the first and the last.
pub const CSV_HEADER_WITHOUT_REF: &[&str] = CSV_HEADER.split_at(1).1.split_at(18).0;

/// A licence's reference in the CSV export: its id and creation time, so that a re-imported
/// sheet updates the same licences (also those without SEN or key), and a sheet from another
/// portal, whose ids mean other licences, matches none of them.
pub fn csv_reference(licence: &Licence) -> String {
    format!("LD{}-{}", licence.id.0, licence.created_at)
}

/// Reads a reference made by [`csv_reference`]: (id, creation time).
pub fn parse_csv_reference(value: &str) -> Option<(LicenceId, i64)> {
    let (id, created) = value.strip_prefix("LD")?.split_once('-')?;
    Some((LicenceId(id.parse().ok()?), created.parse().ok()?))
}

/// What makes Excel and LibreOffice take a cell for a formula when it starts with it.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell as a spreadsheet must see it: text starting with `=`, `+`, `-`, `@`, tab or CR is
/// a formula to Excel and LibreOffice, so it gets a leading `'` (the import removes it again).
/// Text that already starts with apostrophes before such a character gets one more, so that
/// the import gives back exactly what was exported.
pub fn neutralise_cell(value: &str) -> String {
    if value.trim_start_matches('\'').starts_with(FORMULA_STARTS) {
        format!("'{value}")
    } else {
        value.to_owned()
    }
}

/// Reverses [`neutralise_cell`].
pub fn restore_cell(value: &str) -> &str {
    match value.strip_prefix('\'') {
        Some(rest) if rest.trim_start_matches('\'').starts_with(FORMULA_STARTS) => rest,
        _ => value,
    }
}

/// The SENs of the hosts the app licences of `selection` run on, for those whose host is in
/// `selection` too (a contact's export names no host they may not see).
pub type HostSens = HashMap<LicenceId, String>;

pub fn host_sens(conn: &Connection, selection: &[Licence]) -> rusqlite::Result<HostSens> {
    let sens: HashMap<LicenceId, Option<&String>> =
        selection.iter().map(|l| (l.id, l.sen.as_ref())).collect();
    let mut hosts = HostSens::new();
    for licence in selection {
        if let Some(host) = app_hosts::host_of(conn, licence.id)?
            && let Some(Some(sen)) = sens.get(&host)
        {
            hosts.insert(licence.id, (*sen).clone());
        }
    }
    Ok(hosts)
}

pub fn to_csv(
    selection: &[Licence],
    withheld: &Withheld,
    hosts: &HostSens,
) -> Result<Vec<u8>, csv::Error> {
    // The rows are serialised as they are, then read back cell by cell and written out
    // neutralised, after the header (which is written even when there is no row).
    let mut rows = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::new());
    for licence in selection {
        rows.serialize(CsvRow::of(
            licence,
            withheld.why(&licence.id),
            hosts.get(&licence.id).map(String::as_str),
        ))?;
    }
    let rows = rows
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(rows.as_slice());
    let mut writer = csv::Writer::from_writer(Vec::with_capacity(rows.len() + 256));
    writer.write_record(CSV_HEADER)?;
    let mut cells = csv::StringRecord::new();
    while reader.read_record(&mut cells)? {
        writer.write_record(cells.iter().map(neutralise_cell))?;
    }
    writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))
}

/// One key file per licence that has a key: `<SEN>.txt`, made unique with `-2`, `-3` … when
/// several licences share a SEN (a production licence and its developer licence), and
/// `no-sen-<n>.txt` for keys without one. Keys of `withheld` licences are left out and listed
/// in a `README.txt` beside the others.
pub fn key_files(selection: &[Licence], withheld: &Withheld) -> Vec<(String, String)> {
    let mut used: HashMap<String, usize> = HashMap::new();
    let mut files = Vec::new();
    let mut left_out = Vec::new();
    for licence in selection {
        let Some(key) = &licence.licence_key else {
            continue;
        };
        if let Some(why) = withheld.why(&licence.id) {
            left_out.push(format!(
                "  {}  {}  (licence {}): {}\n",
                licence.sen.as_deref().unwrap_or("(no SEN)"),
                licence.name,
                licence.id,
                why.note()
            ));
            continue;
        }
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
    if !left_out.is_empty() {
        let mut readme = format!(
            "The keys of these {} licence(s) are not in this file, for the reason given beside \
             each. Where their Server ID gate has not been passed: on each licence's page, enter \
             the Server ID of the installation it is for (the step before its key is shown), then \
             export again.\n\n",
            left_out.len()
        );
        readme.extend(left_out);
        files.push(("README.txt".into(), readme));
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
    fn older_exports_have_the_columns_from_sen_to_the_key() {
        assert_eq!(CSV_HEADER_WITHOUT_REF.len(), 18);
        assert_eq!(CSV_HEADER_WITHOUT_REF.first(), Some(&"sen"));
        assert_eq!(CSV_HEADER_WITHOUT_REF.last(), Some(&"licence_key"));
        assert_eq!(CSV_HEADER_WITHOUT_NOTES.len(), 20);
        assert_eq!(CSV_HEADER_WITHOUT_NOTES.first(), Some(&"ref"));
        assert_eq!(CSV_HEADER_WITHOUT_NOTES.last(), Some(&"key_withheld"));
        assert_eq!(
            csv_header_without(&["kind", "host_sen"]),
            format!("{},notes", CSV_HEADER_WITHOUT_NOTES.join(","))
        );
        assert_eq!(CSV_HEADER.last(), Some(&"notes"));
    }

    #[test]
    fn the_csv_row_has_the_header_s_columns_in_order() {
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.serialize(CsvRow::default()).unwrap();
        let text = String::from_utf8(writer.into_inner().unwrap()).unwrap();
        assert_eq!(text.lines().next(), Some(CSV_HEADER.join(",").as_str()));
    }

    #[test]
    fn formula_cells_are_neutralised_and_restored() {
        for risky in [
            "=1+1", "+SUM(A1)", "-2", "@cmd", "\tx", "'=quoted", "''-two",
        ] {
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
