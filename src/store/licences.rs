//! The `licences` table and the contacts that decide who sees a licence.

use jiff::civil::Date;
use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::domain::{AccountId, Deployment, Licence, LicenceId};

const COLUMNS: &str = "l.id, l.product, l.name, l.licence_type, l.deployment, l.user_tier, l.sen, \
    l.licence_key, l.key_genuine, l.server_id, l.organisation, l.licensed_to, l.purchase_date, \
    l.support_expiry, l.licence_expiry, l.support_level, l.auto_renew, l.archived, \
    l.is_evaluation, l.reason_for_purchase, l.key_retrieved_at, l.production_licence_id, \
    l.created_at, l.updated_at";

fn date_column(row: &Row<'_>, index: usize) -> rusqlite::Result<Option<Date>> {
    let text: Option<String> = row.get(index)?;
    text.map(|t| {
        t.parse::<Date>().map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, e.into())
        })
    })
    .transpose()
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Licence> {
    let deployment: String = row.get(4)?;
    Ok(Licence {
        id: LicenceId(row.get(0)?),
        product: row.get(1)?,
        name: row.get(2)?,
        licence_type: row.get(3)?,
        deployment: Deployment::parse(&deployment).unwrap_or(Deployment::Server),
        user_tier: row.get(5)?,
        sen: row.get(6)?,
        licence_key: row.get(7)?,
        key_genuine: row.get(8)?,
        server_id: row.get(9)?,
        organisation: row.get(10)?,
        licensed_to: row.get(11)?,
        purchase_date: date_column(row, 12)?,
        support_expiry: date_column(row, 13)?,
        licence_expiry: date_column(row, 14)?,
        support_level: row.get(15)?,
        auto_renew: row.get(16)?,
        archived: row.get(17)?,
        is_evaluation: row.get(18)?,
        reason_for_purchase: row.get(19)?,
        key_retrieved_at: row.get(20)?,
        production_licence_id: row.get::<_, Option<i64>>(21)?.map(LicenceId),
        created_at: row.get(22)?,
        updated_at: row.get(23)?,
    })
}

/// Who is looking: admins see every licence, everyone else the ones they are a contact on.
#[derive(Debug, Clone, Copy)]
pub struct Viewer {
    pub account_id: AccountId,
    pub is_admin: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Licences,
    Evaluations,
    Archived,
}

#[derive(Debug, Clone)]
pub struct ListQuery<'a> {
    pub section: Section,
    /// Matched against SEN, product, organisation, Server ID and name.
    pub search: &'a str,
    pub page: i64,
    pub per_page: i64,
}

pub struct ListPage {
    pub licences: Vec<Licence>,
    pub total: i64,
}

fn section_condition(section: Section) -> &'static str {
    match section {
        Section::Licences => "l.archived = 0 AND l.is_evaluation = 0",
        Section::Evaluations => "l.archived = 0 AND l.is_evaluation = 1",
        Section::Archived => "l.archived = 1",
    }
}

/// One page of the licences a viewer may see, soonest support expiry first.
pub fn list(
    conn: &Connection,
    viewer: Viewer,
    query: &ListQuery<'_>,
) -> rusqlite::Result<ListPage> {
    let search = query.search.trim();
    let mut conditions = vec![section_condition(query.section).to_owned()];
    let mut values: Vec<&dyn rusqlite::ToSql> = Vec::new();
    if !viewer.is_admin {
        values.push(&viewer.account_id.0);
        conditions.push(format!(
            "EXISTS (SELECT 1 FROM licence_contacts c WHERE c.licence_id = l.id \
             AND c.account_id = ?{})",
            values.len()
        ));
    }
    if !search.is_empty() {
        values.push(&search);
        let n = values.len();
        // An exact SEN or Server ID uses the indexes; other text is matched as a substring.
        conditions.push(format!(
            "(l.sen = ?{n} COLLATE NOCASE OR l.server_id = upper(?{n}) \
             OR instr(lower(l.product), lower(?{n})) OR instr(lower(l.organisation), lower(?{n})) \
             OR instr(lower(l.name), lower(?{n})) OR instr(lower(l.sen), lower(?{n})))"
        ));
    }
    let condition = conditions.join(" AND ");
    let total: i64 = conn
        .prepare_cached(&format!(
            "SELECT count(*) FROM licences l WHERE {condition}"
        ))?
        .query_row(values.as_slice(), |row| row.get(0))?;
    let offset = (query.page.max(1) - 1) * query.per_page;
    let (limit_at, offset_at) = (values.len() + 1, values.len() + 2);
    values.push(&query.per_page);
    values.push(&offset);
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM licences l WHERE {condition} \
         ORDER BY l.support_expiry IS NULL, l.support_expiry, l.id LIMIT ?{limit_at} OFFSET ?{offset_at}"
    ))?;
    let licences = stmt
        .query_map(values.as_slice(), from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(ListPage { licences, total })
}

/// A licence the viewer may see. `None` both when it does not exist and when it is not theirs,
/// so that ids of other people's licences are not confirmed.
pub fn visible(
    conn: &Connection,
    viewer: Viewer,
    id: LicenceId,
) -> rusqlite::Result<Option<Licence>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM licences l WHERE l.id = ?1 AND (?3 OR EXISTS \
         (SELECT 1 FROM licence_contacts c WHERE c.licence_id = l.id AND c.account_id = ?2))"
    ))?
    .query_row(
        params![id.0, viewer.account_id.0, viewer.is_admin],
        from_row,
    )
    .optional()
}

/// Every licence the viewer may see, in id order (their export).
pub fn all_visible(conn: &Connection, viewer: Viewer) -> rusqlite::Result<Vec<Licence>> {
    if viewer.is_admin {
        return all(conn);
    }
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM licences l WHERE EXISTS (SELECT 1 FROM licence_contacts c \
         WHERE c.licence_id = l.id AND c.account_id = ?1) ORDER BY l.id"
    ))?;
    let rows = stmt.query_map([viewer.account_id.0], from_row)?;
    rows.collect()
}

pub fn by_id(conn: &Connection, id: LicenceId) -> rusqlite::Result<Option<Licence>> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM licences l WHERE l.id = ?1"))?
        .query_row([id.0], from_row)
        .optional()
}

pub fn by_key(conn: &Connection, key: &str) -> rusqlite::Result<Option<Licence>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM licences l WHERE l.licence_key = ?1"
    ))?
    .query_row([key], from_row)
    .optional()
}

pub fn by_sen(conn: &Connection, sen: &str) -> rusqlite::Result<Vec<Licence>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM licences l WHERE l.sen = ?1 ORDER BY l.id"
    ))?;
    let rows = stmt.query_map([sen], from_row)?;
    rows.collect()
}

/// Every licence, in id order, for export.
pub fn all(conn: &Connection) -> rusqlite::Result<Vec<Licence>> {
    let mut stmt = conn.prepare(&format!("SELECT {COLUMNS} FROM licences l ORDER BY l.id"))?;
    let rows = stmt.query_map([], from_row)?;
    rows.collect()
}

/// The fields of a new licence; ids and timestamps are assigned here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewLicence {
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
    pub purchase_date: Option<Date>,
    pub support_expiry: Option<Date>,
    pub licence_expiry: Option<Date>,
    pub support_level: String,
    pub auto_renew: bool,
    pub archived: bool,
    pub is_evaluation: bool,
    pub production_licence_id: Option<LicenceId>,
}

pub fn insert(conn: &Connection, new: &NewLicence, now: i64) -> rusqlite::Result<LicenceId> {
    insert_at(conn, new, now, now)
}

/// Inserts with given timestamps (an import of the portal's own export keeps them).
pub fn insert_at(
    conn: &Connection,
    new: &NewLicence,
    created_at: i64,
    updated_at: i64,
) -> rusqlite::Result<LicenceId> {
    conn.prepare_cached(
        "INSERT INTO licences (product, name, licence_type, deployment, user_tier, sen, \
         licence_key, key_genuine, server_id, organisation, licensed_to, purchase_date, \
         support_expiry, licence_expiry, support_level, auto_renew, archived, is_evaluation, \
         production_licence_id, created_at, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, \
         ?18, ?19, ?20, ?21)",
    )?
    .execute(params![
        new.product,
        new.name,
        new.licence_type,
        new.deployment.as_str(),
        new.user_tier,
        new.sen,
        new.licence_key,
        new.key_genuine,
        new.server_id,
        new.organisation,
        new.licensed_to,
        new.purchase_date.map(|d| d.to_string()),
        new.support_expiry.map(|d| d.to_string()),
        new.licence_expiry.map(|d| d.to_string()),
        new.support_level,
        new.auto_renew,
        new.archived,
        new.is_evaluation,
        new.production_licence_id.map(|l| l.0),
        created_at,
        updated_at,
    ])?;
    Ok(LicenceId(conn.last_insert_rowid()))
}

/// Overwrites every field of a licence (an import of an edited export). Timestamps and the
/// Server ID gate state are kept; the caller records key and Server ID history.
pub fn overwrite(
    conn: &Connection,
    id: LicenceId,
    new: &NewLicence,
    now: i64,
) -> rusqlite::Result<usize> {
    conn.prepare_cached(
        "UPDATE licences SET product = ?2, name = ?3, licence_type = ?4, deployment = ?5, \
         user_tier = ?6, sen = ?7, licence_key = ?8, key_genuine = ?9, server_id = ?10, \
         organisation = ?11, licensed_to = ?12, purchase_date = ?13, support_expiry = ?14, \
         licence_expiry = ?15, support_level = ?16, auto_renew = ?17, archived = ?18, \
         is_evaluation = ?19, production_licence_id = ?20, updated_at = ?21 WHERE id = ?1",
    )?
    .execute(params![
        id.0,
        new.product,
        new.name,
        new.licence_type,
        new.deployment.as_str(),
        new.user_tier,
        new.sen,
        new.licence_key,
        new.key_genuine,
        new.server_id,
        new.organisation,
        new.licensed_to,
        new.purchase_date.map(|d| d.to_string()),
        new.support_expiry.map(|d| d.to_string()),
        new.licence_expiry.map(|d| d.to_string()),
        new.support_level,
        new.auto_renew,
        new.archived,
        new.is_evaluation,
        new.production_licence_id.map(|l| l.0),
        now,
    ])
}

/// The licence's fields as a `NewLicence`, to compare with or to change and write back.
pub fn as_new(licence: &Licence) -> NewLicence {
    NewLicence {
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
        production_licence_id: licence.production_licence_id,
    }
}

/// Sets the gate facts kept with a licence (an import of the portal's own export).
pub fn set_gate(
    conn: &Connection,
    id: LicenceId,
    reason_for_purchase: Option<&str>,
    key_retrieved_at: Option<i64>,
) -> rusqlite::Result<usize> {
    conn.execute(
        "UPDATE licences SET reason_for_purchase = ?2, key_retrieved_at = ?3 WHERE id = ?1",
        params![id.0, reason_for_purchase, key_retrieved_at],
    )
}

/// The production licence a developer licence with this SEN and product belongs to.
pub fn production_for_developer(
    conn: &Connection,
    sen: &str,
    product: &str,
) -> rusqlite::Result<Option<LicenceId>> {
    conn.prepare_cached(
        "SELECT id FROM licences WHERE sen = ?1 AND product = ?2 AND licence_type <> 'Developer' \
         AND production_licence_id IS NULL ORDER BY archived, id LIMIT 1",
    )?
    .query_row(params![sen, product], |row| Ok(LicenceId(row.get(0)?)))
    .optional()
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct KeyChange {
    pub licence_key: String,
    pub replaced_at: i64,
    pub replaced_by: String,
    pub reason: String,
}

pub fn record_key_change(
    conn: &Connection,
    id: LicenceId,
    change: &KeyChange,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO key_history (licence_id, licence_key, replaced_at, replaced_by, reason) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        id.0,
        change.licence_key,
        change.replaced_at,
        change.replaced_by,
        change.reason
    ])?;
    Ok(())
}

/// The keys a licence had before its current one, oldest first.
pub fn key_history(conn: &Connection, id: LicenceId) -> rusqlite::Result<Vec<KeyChange>> {
    let mut stmt = conn.prepare_cached(
        "SELECT licence_key, replaced_at, replaced_by, reason FROM key_history \
         WHERE licence_id = ?1 ORDER BY replaced_at, id",
    )?;
    let rows = stmt.query_map([id.0], |row| {
        Ok(KeyChange {
            licence_key: row.get(0)?,
            replaced_at: row.get(1)?,
            replaced_by: row.get(2)?,
            reason: row.get(3)?,
        })
    })?;
    rows.collect()
}

/// Appends a Server ID change exactly as given (an import of the portal's own export).
pub fn record_server_id_change(
    conn: &Connection,
    id: LicenceId,
    change: &ServerIdChange,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO server_id_history (licence_id, old_value, new_value, changed_by, changed_at, \
         reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        id.0,
        change.old_value,
        change.new_value,
        change.changed_by,
        change.changed_at,
        change.reason
    ])?;
    Ok(())
}

/// A licence's contacts as (e-mail, role), by role then the order they were added.
pub fn contact_emails(conn: &Connection, id: LicenceId) -> rusqlite::Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.email, c.role FROM licence_contacts c JOIN accounts a ON a.id = c.account_id \
         WHERE c.licence_id = ?1 ORDER BY c.role DESC, c.added_at, a.email",
    )?;
    let rows = stmt.query_map([id.0], |row| Ok((row.get(0)?, row.get(1)?)))?;
    rows.collect()
}

/// Adds a contact; the first contact of a role is its primary (see the contacts rules).
pub fn add_contact(
    conn: &Connection,
    licence: LicenceId,
    account: AccountId,
    role: &str,
    now: i64,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO licence_contacts (licence_id, account_id, role, added_at) \
         VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![licence.0, account.0, role, now])?;
    Ok(())
}

pub fn count(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("SELECT count(*) FROM licences", [], |row| row.get(0))
}

/// Why a Server ID changed, as kept in the history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerIdReason {
    Manual,
    Diagnosis,
    Import,
    Gate,
}

impl ServerIdReason {
    pub fn as_str(self) -> &'static str {
        match self {
            ServerIdReason::Manual => "manual",
            ServerIdReason::Diagnosis => "diagnosis",
            ServerIdReason::Import => "import",
            ServerIdReason::Gate => "gate",
        }
    }
}

/// Sets a licence's Server ID and records the change in its history (nothing is recorded when
/// the value does not change). Returns whether it changed.
pub fn set_server_id(
    conn: &Connection,
    id: LicenceId,
    new_value: Option<&str>,
    changed_by: &str,
    reason: ServerIdReason,
    now: i64,
) -> rusqlite::Result<bool> {
    let old: Option<String> = conn
        .query_row(
            "SELECT server_id FROM licences WHERE id = ?1",
            [id.0],
            |row| row.get(0),
        )
        .optional()?
        .flatten();
    if old.as_deref() == new_value {
        return Ok(false);
    }
    conn.execute(
        "UPDATE licences SET server_id = ?2, updated_at = ?3 WHERE id = ?1",
        params![id.0, new_value, now],
    )?;
    conn.execute(
        "INSERT INTO server_id_history (licence_id, old_value, new_value, changed_by, changed_at, \
         reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![id.0, old, new_value, changed_by, now, reason.as_str()],
    )?;
    Ok(true)
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ServerIdChange {
    pub old_value: Option<String>,
    pub new_value: Option<String>,
    pub changed_by: String,
    pub changed_at: i64,
    pub reason: String,
}

/// A licence's Server ID history, newest first.
pub fn server_id_history(
    conn: &Connection,
    id: LicenceId,
) -> rusqlite::Result<Vec<ServerIdChange>> {
    let mut stmt = conn.prepare_cached(
        "SELECT old_value, new_value, changed_by, changed_at, reason FROM server_id_history \
         WHERE licence_id = ?1 ORDER BY changed_at DESC, id DESC",
    )?;
    let rows = stmt.query_map([id.0], |row| {
        Ok(ServerIdChange {
            old_value: row.get(0)?,
            new_value: row.get(1)?,
            changed_by: row.get(2)?,
            changed_at: row.get(3)?,
            reason: row.get(4)?,
        })
    })?;
    rows.collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AccountState, Email};
    use crate::store::accounts::{self, NewAccount};

    fn sample(sen: &str) -> NewLicence {
        NewLicence {
            product: "Confluence".into(),
            name: "Confluence (Data Center) 10 Users: Commercial License".into(),
            licence_type: "Commercial".into(),
            deployment: Deployment::DataCenter,
            user_tier: Some(10),
            sen: Some(sen.into()),
            licence_key: None,
            key_genuine: None,
            server_id: None,
            organisation: "Example Ltd".into(),
            licensed_to: String::new(),
            purchase_date: None,
            support_expiry: Some(jiff::civil::date(2027, 1, 1)),
            licence_expiry: None,
            support_level: String::new(),
            auto_renew: false,
            archived: false,
            is_evaluation: false,
            production_licence_id: None,
        }
    }

    #[test]
    fn users_see_only_licences_they_are_contacts_on_and_admins_see_all() {
        let conn = crate::store::open_in_memory().unwrap();
        let account = |email: &str, admin: bool| {
            accounts::insert(
                &conn,
                &NewAccount {
                    email: &Email::parse(email).unwrap(),
                    display_name: "",
                    password_hash: None,
                    is_admin: admin,
                    state: AccountState::Active,
                },
                0,
            )
            .unwrap()
        };
        let (ann, bob, admin) = (
            account("ann@x.com", false),
            account("bob@x.com", false),
            account("root@x.com", true),
        );
        let mine = insert(&conn, &sample("SEN-1"), 0).unwrap();
        let _theirs = insert(&conn, &sample("SEN-2"), 0).unwrap();
        add_contact(&conn, mine, ann, "technical", 0).unwrap();
        let query = ListQuery {
            section: Section::Licences,
            search: "",
            page: 1,
            per_page: 50,
        };
        let as_viewer = |id, is_admin| Viewer {
            account_id: id,
            is_admin,
        };
        assert_eq!(list(&conn, as_viewer(ann, false), &query).unwrap().total, 1);
        assert_eq!(list(&conn, as_viewer(bob, false), &query).unwrap().total, 0);
        assert_eq!(
            list(&conn, as_viewer(admin, true), &query).unwrap().total,
            2
        );
        assert!(
            visible(&conn, as_viewer(bob, false), mine)
                .unwrap()
                .is_none()
        );
        let search = ListQuery {
            search: "sen-2",
            ..query
        };
        assert_eq!(
            list(&conn, as_viewer(admin, true), &search).unwrap().total,
            1
        );
    }

    #[test]
    fn server_id_changes_are_kept_in_the_history() {
        let conn = crate::store::open_in_memory().unwrap();
        let id = insert(&conn, &sample("SEN-1"), 0).unwrap();
        assert!(
            set_server_id(
                &conn,
                id,
                Some("AAAA-BBBB-CCCC-DDDD"),
                "ann@x.com",
                ServerIdReason::Gate,
                5
            )
            .unwrap()
        );
        assert!(
            !set_server_id(
                &conn,
                id,
                Some("AAAA-BBBB-CCCC-DDDD"),
                "ann@x.com",
                ServerIdReason::Manual,
                6
            )
            .unwrap()
        );
        assert!(
            set_server_id(
                &conn,
                id,
                Some("EEEE-BBBB-CCCC-DDDD"),
                "cli",
                ServerIdReason::Diagnosis,
                7
            )
            .unwrap()
        );
        let history = server_id_history(&conn, id).unwrap();
        assert_eq!(history.len(), 2);
        assert_eq!(history[0].old_value.as_deref(), Some("AAAA-BBBB-CCCC-DDDD"));
        assert_eq!(history[0].reason, "diagnosis");
        assert_eq!(
            by_id(&conn, id).unwrap().unwrap().server_id.as_deref(),
            Some("EEEE-BBBB-CCCC-DDDD")
        );
    }
}
