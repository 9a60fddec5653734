//! The lifecycle tables as the portal uses them: the cut-off dates and the release table, an
//! administrator's replacement if there is one, else the files shipped in the binary
//! (`data/lifecycle/`). Every reader of a cut-off or a release date goes through [`cutoffs`] and
//! [`releases`]; replacing a table (preview, then import, with its audit entry) and the
//! eligibility answer for a licence on record or a pasted key live here too.

use rusqlite::Connection;
use serde_json::json;

use crate::atlassian::key::DecodedKey;
use crate::domain::lifecycle::{
    self, Cutoffs, Eligibility, FileError, LicenceDates, LifecycleFile, ReleaseProduct, Releases,
    Version,
};
use crate::domain::{Actor, Deployment, Licence};
use crate::error::{AppError, AppResult};
use crate::store::{audit, lifecycle as stored};

/// The cut-off table shipped in the binary.
pub const SHIPPED_CUTOFFS: &str = include_str!("../../data/lifecycle/cutoffs.csv");

/// The release table shipped in the binary.
pub const SHIPPED_RELEASES: &str = include_str!("../../data/lifecycle/releases.csv");

/// The text shipped for a table.
pub fn shipped(file: LifecycleFile) -> &'static str {
    match file {
        LifecycleFile::Cutoffs => SHIPPED_CUTOFFS,
        LifecycleFile::Releases => SHIPPED_RELEASES,
    }
}

/// Where the table in use comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The file shipped in the binary.
    Shipped,
    /// Imported by an administrator: when (Unix seconds) and by whom (the actor's label).
    Imported { at: i64, by: String },
}

/// The text of the table in use and where it comes from.
pub fn text(conn: &Connection, file: LifecycleFile) -> AppResult<(String, Origin)> {
    Ok(match stored::get(conn, file)? {
        Some(row) => (
            row.content,
            Origin::Imported {
                at: row.imported_at,
                by: row.imported_by,
            },
        ),
        None => (shipped(file).to_owned(), Origin::Shipped),
    })
}

/// A table in use that does not read is a fault of this binary (the shipped file) or of the
/// database (an import is checked before it is kept): an internal error naming the line.
fn unreadable(file: LifecycleFile, error: &FileError) -> AppError {
    AppError::Internal(format!(
        "the lifecycle table {} in use does not read: line {}: {:?}",
        file.code(),
        error.line,
        error.problem
    ))
}

/// The cut-off dates in use: the administrator's replacement, else the shipped table.
pub fn cutoffs(conn: &Connection) -> AppResult<Cutoffs> {
    let (text, _) = text(conn, LifecycleFile::Cutoffs)?;
    lifecycle::parse_cutoffs(&text).map_err(|e| unreadable(LifecycleFile::Cutoffs, &e))
}

/// The release table in use: the administrator's replacement, else the shipped table.
pub fn releases(conn: &Connection) -> AppResult<Releases> {
    let (text, _) = text(conn, LifecycleFile::Releases)?;
    lifecycle::parse_releases(&text).map_err(|e| unreadable(LifecycleFile::Releases, &e))
}

/// One row that a replacement adds, removes or changes: its key (an event code, or product
/// and version) and the row before and after, as `date source` text (codes and dates only).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RowChange {
    pub key: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// What replacing a table would change.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Preview {
    pub file: LifecycleFile,
    pub rows_before: usize,
    pub rows_after: usize,
    pub changes: Vec<RowChange>,
}

/// The rows of a table as key and value, in the table's order.
fn keyed_rows(file: LifecycleFile, text: &str) -> Result<Vec<(String, String)>, FileError> {
    Ok(match file {
        LifecycleFile::Cutoffs => lifecycle::parse_cutoffs(text)?
            .rows
            .into_iter()
            .map(|c| {
                let except: Vec<&str> = c.except.iter().map(|p| p.code()).collect();
                (
                    c.event.code().to_owned(),
                    format!(
                        "{} {} {} {} ({})",
                        c.date,
                        c.applies_to.as_str(),
                        except.join(" "),
                        c.source_url,
                        c.reported_by
                    )
                    .replace("  ", " "),
                )
            })
            .collect(),
        LifecycleFile::Releases => lifecycle::parse_releases(text)?
            .rows
            .into_iter()
            .map(|r| {
                (
                    format!("{} {}", r.product.code(), r.version),
                    format!("{} {}", r.date, r.source_url),
                )
            })
            .collect(),
    })
}

/// What importing `text` as this table would change, or why the text is refused. Nothing is
/// written.
pub fn preview(
    conn: &Connection,
    file: LifecycleFile,
    new_text: &str,
) -> AppResult<Result<Preview, FileError>> {
    let after = match keyed_rows(file, new_text) {
        Ok(rows) => rows,
        Err(error) => return Ok(Err(error)),
    };
    let (current, _) = text(conn, file)?;
    let before = keyed_rows(file, &current).map_err(|e| unreadable(file, &e))?;
    let mut changes = Vec::new();
    for (key, old) in &before {
        match after.iter().find(|(k, _)| k == key) {
            None => changes.push(RowChange {
                key: key.clone(),
                before: Some(old.clone()),
                after: None,
            }),
            Some((_, new)) if new != old => changes.push(RowChange {
                key: key.clone(),
                before: Some(old.clone()),
                after: Some(new.clone()),
            }),
            Some(_) => {}
        }
    }
    for (key, new) in &after {
        if !before.iter().any(|(k, _)| k == key) {
            changes.push(RowChange {
                key: key.clone(),
                before: None,
                after: Some(new.clone()),
            });
        }
    }
    Ok(Ok(Preview {
        file,
        rows_before: before.len(),
        rows_after: after.len(),
        changes,
    }))
}

/// Replaces a table with `new_text` after checking it again, in one transaction with its audit
/// entry; a refused text changes nothing.
pub fn replace(
    conn: &mut Connection,
    actor: &Actor,
    file: LifecycleFile,
    new_text: &str,
    now: i64,
) -> AppResult<Result<Preview, FileError>> {
    let tx = super::write(conn)?;
    let preview = match preview(&tx, file, new_text)? {
        Ok(preview) => preview,
        Err(error) => return Ok(Err(error)),
    };
    stored::put(&tx, file, new_text, now, actor.stored_label())?;
    let after = json!({ "rows": preview.rows_after, "changes": preview.changes.len() });
    audit::record(
        &tx,
        &audit::Entry {
            detail: file.code(),
            after: Some(&after),
            ..audit::Entry::new(actor, "lifecycle-file-replaced")
        },
        now,
    )?;
    tx.commit()?;
    Ok(Ok(preview))
}

/// Drops an administrator's replacement: the shipped table is used again. Whether there was
/// one to drop (only then is there an audit entry).
pub fn reset(
    conn: &mut Connection,
    actor: &Actor,
    file: LifecycleFile,
    now: i64,
) -> AppResult<bool> {
    let tx = super::write(conn)?;
    let removed = stored::remove(&tx, file)?;
    if removed {
        audit::record(
            &tx,
            &audit::Entry {
                detail: file.code(),
                ..audit::Entry::new(actor, "lifecycle-file-reset")
            },
            now,
        )?;
    }
    tx.commit()?;
    Ok(removed)
}

/// What the lifecycle rules need to know of a licence: the dates and kind the eligibility rule
/// reads, its deployment and its product in the release table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LicenceFacts {
    pub dates: LicenceDates,
    pub deployment: Deployment,
    pub product: Option<ReleaseProduct>,
    /// The products of the release table the licence covers; empty when it cannot be told
    /// (an app licence, a product the table does not have).
    pub covered: Vec<ReleaseProduct>,
}

/// The facts of a licence on record. Its kind comes from its key when it has one that decodes
/// (what a key says wins), else from its fields.
pub fn facts_of_licence(licence: &Licence) -> LicenceFacts {
    let decoded = licence
        .licence_key
        .as_deref()
        .and_then(|key| crate::atlassian::key::decode(key).ok());
    let names: Option<Vec<&str>> = decoded
        .as_ref()
        .map(|d| d.licence.products.iter().map(|p| p.name.as_str()).collect());
    facts_of_licence_and_key(licence, names.as_deref())
}

/// The facts of a licence on record whose key (when it has one that decodes) covers the
/// products named `key_products`: for a caller that has decoded the key already.
pub fn facts_of_licence_and_key(licence: &Licence, key_products: Option<&[&str]>) -> LicenceFacts {
    // The products a key covers are in the key; a licence without one covers its product.
    let covered = match key_products {
        Some(names) => covered_by(names.iter().copied()),
        None => ReleaseProduct::of_licence_product(&licence.product)
            .into_iter()
            .collect(),
    };
    LicenceFacts {
        dates: LicenceDates {
            kind: licence.kind,
            support_expiry: licence.support_expiry,
            licence_expiry: licence.licence_expiry,
        },
        deployment: licence.deployment,
        product: ReleaseProduct::of_licence_product(&licence.product),
        covered,
    }
}

/// The products of the release table among a key's products, by their names (none when it
/// covers only apps).
fn covered_by<'a>(names: impl Iterator<Item = &'a str>) -> Vec<ReleaseProduct> {
    let mut covered: Vec<ReleaseProduct> = names
        .filter_map(ReleaseProduct::of_licence_product)
        .collect();
    covered.dedup();
    covered
}

/// The facts of a decoded key: its kind, its calendar dates (a relative expiry has none), its
/// deployment and its primary product.
pub fn facts_of_key(decoded: &DecodedKey) -> LicenceFacts {
    let licence = &decoded.licence;
    let kind = crate::inventory::from_key::licence_kind(licence.kind());
    let data_center = licence.data_center
        || licence.subscription
        || licence.products.iter().any(|p| p.data_center);
    LicenceFacts {
        dates: LicenceDates {
            kind,
            support_expiry: licence
                .maintenance_expiry_date
                .as_ref()
                .and_then(|d| d.date()),
            licence_expiry: licence.licence_expiry_date.as_ref().and_then(|d| d.date()),
        },
        deployment: if data_center {
            Deployment::DataCenter
        } else {
            Deployment::Server
        },
        product: licence
            .primary_product()
            .and_then(|p| ReleaseProduct::of_licence_product(&p.name)),
        covered: covered_by(licence.products.iter().map(|p| p.name.as_str())),
    }
}

/// Can a licence with these facts run `product` at `version`, by the release table in use?
pub fn eligibility(
    conn: &Connection,
    facts: &LicenceFacts,
    product: ReleaseProduct,
    version: &Version,
) -> AppResult<Eligibility> {
    let releases = releases(conn)?;
    Ok(lifecycle::eligibility(
        facts.dates,
        &facts.covered,
        &releases,
        product,
        version,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lifecycle::CutoffEvent;
    use jiff::civil::date;

    #[test]
    fn the_shipped_tables_read_and_hold_every_product_and_cutoff() {
        let conn = crate::store::open_in_memory().expect("db");
        let cutoffs = cutoffs(&conn).expect("cutoffs");
        for event in CutoffEvent::ALL {
            assert!(cutoffs.event(event).is_some(), "{event:?}");
        }
        assert_eq!(
            cutoffs.event(CutoffEvent::DcEndOfLife).map(|c| c.date),
            Some(date(2029, 3, 28))
        );
        let releases = releases(&conn).expect("releases");
        for product in ReleaseProduct::ALL {
            assert!(
                releases.rows.iter().any(|r| r.product == product),
                "{product:?}"
            );
        }
    }

    #[test]
    fn a_replacement_is_previewed_kept_audited_and_reset() {
        let mut conn = crate::store::open_in_memory().expect("db");
        let actor = Actor::CommandLine;
        let new_text = "event,applies_to,except,date,source_url,reported_by\n\
                        dc-end-of-life,data-center,,2030-01-31,https://x.example,Someone\n";
        let preview = preview(&conn, LifecycleFile::Cutoffs, new_text)
            .expect("db")
            .expect("reads");
        assert_eq!(preview.rows_after, 1);
        assert!(preview.changes.iter().any(|c| {
            c.key == "dc-end-of-life"
                && c.after
                    .as_deref()
                    .is_some_and(|a| a.starts_with("2030-01-31"))
        }));
        assert!(preview.changes.iter().any(|c| c.after.is_none()));
        // A refused text changes nothing.
        let refused =
            replace(&mut conn, &actor, LifecycleFile::Cutoffs, "nonsense", 1).expect("db");
        assert!(refused.is_err());
        assert_eq!(
            text(&conn, LifecycleFile::Cutoffs).expect("db").1,
            Origin::Shipped
        );
        replace(&mut conn, &actor, LifecycleFile::Cutoffs, new_text, 7)
            .expect("db")
            .expect("reads");
        let in_use = cutoffs(&conn).expect("cutoffs");
        assert_eq!(
            in_use.event(CutoffEvent::DcEndOfLife).map(|c| c.date),
            Some(date(2030, 1, 31))
        );
        assert!(matches!(
            text(&conn, LifecycleFile::Cutoffs).expect("db").1,
            Origin::Imported { at: 7, .. }
        ));
        let logged = audit::recent(&conn, 5).expect("audit");
        assert_eq!(logged[0].action, "lifecycle-file-replaced");
        assert!(reset(&mut conn, &actor, LifecycleFile::Cutoffs, 8).expect("db"));
        assert_eq!(cutoffs(&conn).expect("cutoffs").rows.len(), 4);
        assert!(!reset(&mut conn, &actor, LifecycleFile::Cutoffs, 9).expect("db"));
    }
}
