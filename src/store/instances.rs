//! The `instances` and `instance_keys` tables: installations recorded by `diagnose --record`,
//! the keys each runs, and the licences on record those keys belong to.

use rusqlite::{Connection, Row, params};

use crate::domain::{Instance, LicenceId, OrganisationId, Viewer};

const COLUMNS: &str = "i.id, i.product, i.label, i.host, i.home, i.server_id, i.verdict, \
    i.recorded_at, i.recorded_by, i.cluster_node, i.cluster";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Instance> {
    Ok(Instance {
        id: row.get(0)?,
        product: row.get(1)?,
        label: row.get(2)?,
        host: row.get(3)?,
        home: row.get(4)?,
        server_id: row.get(5)?,
        verdict: row.get(6)?,
        recorded_at: row.get(7)?,
        recorded_by: row.get(8)?,
        cluster_node: row.get(9)?,
        cluster: row.get(10)?,
    })
}

/// One key of a snapshot, and the licence on record it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstanceKey {
    pub licence_key: String,
    pub sen: Option<String>,
    /// The licence on record this key belongs to, when one was found.
    pub licence_id: Option<LicenceId>,
}

#[derive(Debug, Clone)]
pub struct NewInstance<'a> {
    pub product: &'a str,
    pub label: &'a str,
    pub host: &'a str,
    pub home: &'a str,
    pub server_id: Option<&'a str>,
    pub verdict: &'a str,
    pub recorded_by: &'a str,
    pub keys: &'a [InstanceKey],
    /// The node id and cluster of a Data Center node.
    pub cluster_node: Option<&'a str>,
    pub cluster: Option<&'a str>,
}

/// Records a snapshot; a snapshot of the same host and label is replaced, keys and all.
/// Call it inside a transaction so the keys are replaced together with the row.
pub fn record(conn: &Connection, new: &NewInstance<'_>, now: i64) -> rusqlite::Result<i64> {
    let id: i64 = conn.query_row(
        "INSERT INTO instances (product, label, host, home, server_id, verdict, recorded_at, \
         recorded_by, cluster_node, cluster) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) \
         ON CONFLICT (host, label) DO UPDATE SET product = excluded.product, \
         home = excluded.home, server_id = excluded.server_id, verdict = excluded.verdict, \
         recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by, \
         cluster_node = excluded.cluster_node, cluster = excluded.cluster RETURNING id",
        params![
            new.product,
            new.label,
            new.host,
            new.home,
            new.server_id,
            new.verdict,
            now,
            new.recorded_by,
            new.cluster_node,
            new.cluster
        ],
        |row| row.get(0),
    )?;
    conn.execute("DELETE FROM instance_keys WHERE instance_id = ?1", [id])?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO instance_keys (instance_id, position, licence_key, sen, licence_id) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (position, key) in new.keys.iter().enumerate() {
        insert.execute(params![
            id,
            position as i64,
            key.licence_key,
            key.sen,
            key.licence_id.map(|l| l.0)
        ])?;
    }
    Ok(id)
}

/// Where a licence is installed: the recorded instances running one of its keys, most
/// recently recorded first.
pub fn for_licence(conn: &Connection, licence_id: LicenceId) -> rusqlite::Result<Vec<Instance>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM instances i WHERE EXISTS (SELECT 1 FROM instance_keys k \
         WHERE k.instance_id = i.id AND k.licence_id = ?1) ORDER BY i.recorded_at DESC, i.id DESC"
    ))?;
    let rows = stmt.query_map([licence_id.0], from_row)?;
    rows.collect()
}

/// Every recorded instance with this Server ID.
pub fn with_server_id(conn: &Connection, server_id: &str) -> rusqlite::Result<Vec<Instance>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM instances i WHERE i.server_id = upper(?1) ORDER BY i.id"
    ))?;
    let rows = stmt.query_map([server_id], from_row)?;
    rows.collect()
}

/// The recorded instances with this Server ID that a viewer may know of: all for admins,
/// otherwise those running a licence the viewer reaches.
pub fn with_server_id_visible(
    conn: &Connection,
    viewer: Viewer,
    server_id: &str,
) -> rusqlite::Result<Vec<Instance>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM instances i WHERE i.server_id = upper(?1) AND (?3 OR EXISTS \
         (SELECT 1 FROM instance_keys k WHERE k.instance_id = i.id AND k.licence_id IN ({}))) \
         ORDER BY i.id",
        super::licences::reachable_ids(2)
    ))?;
    let rows = stmt.query_map(
        params![server_id, viewer.account_id.0, viewer.is_admin],
        from_row,
    )?;
    rows.collect()
}

/// The recorded instances a viewer may know of, most recently recorded first: every one for an
/// administrator, otherwise those running a licence the viewer reaches (as the licence pages
/// and the diagnosis show them). With an organisation, only those running one of its licences.
pub fn visible(
    conn: &Connection,
    viewer: Viewer,
    organisation: Option<OrganisationId>,
) -> rusqlite::Result<Vec<Instance>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM instances i WHERE (?2 AND ?3 IS NULL) OR EXISTS \
         (SELECT 1 FROM instance_keys k JOIN licences l ON l.id = k.licence_id \
         WHERE k.instance_id = i.id AND (?2 OR l.id IN ({})) \
         AND (?3 IS NULL OR l.organisation_id = ?3)) \
         ORDER BY i.recorded_at DESC, i.id DESC",
        super::licences::reachable_ids(1)
    ))?;
    let rows = stmt.query_map(
        params![
            viewer.account_id.0,
            viewer.is_admin,
            organisation.map(|o| o.0)
        ],
        from_row,
    )?;
    rows.collect()
}

/// Every recorded instance with its keys, in the order they were first recorded (the export).
pub fn all_with_keys(conn: &Connection) -> rusqlite::Result<Vec<(Instance, Vec<InstanceKey>)>> {
    let mut stmt = conn.prepare(&format!("SELECT {COLUMNS} FROM instances i ORDER BY i.id"))?;
    let all = stmt
        .query_map([], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut out = Vec::with_capacity(all.len());
    for instance in all {
        let keys = keys(conn, instance.id)?;
        out.push((instance, keys));
    }
    Ok(out)
}

/// Whether an installation with this host and label is recorded.
pub fn exists(conn: &Connection, host: &str, label: &str) -> rusqlite::Result<bool> {
    conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM instances WHERE host = ?1 AND label = ?2)")?
        .query_row([host, label], |row| row.get(0))
}

/// A recorded instance by its id.
pub fn by_id(conn: &Connection, id: i64) -> rusqlite::Result<Option<Instance>> {
    use rusqlite::OptionalExtension;
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM instances i WHERE i.id = ?1"
    ))?
    .query_row([id], from_row)
    .optional()
}

/// The id of the instance recorded with this host and label.
pub fn find(conn: &Connection, host: &str, label: &str) -> rusqlite::Result<Option<i64>> {
    use rusqlite::OptionalExtension;
    conn.prepare_cached("SELECT id FROM instances WHERE host = ?1 AND label = ?2")?
        .query_row([host, label], |row| row.get(0))
        .optional()
}

/// The licences on record a recorded instance runs, each once, in the order of its keys.
pub fn licences_of(conn: &Connection, instance_id: i64) -> rusqlite::Result<Vec<LicenceId>> {
    let mut stmt = conn.prepare_cached(
        "SELECT licence_id FROM instance_keys WHERE instance_id = ?1 AND licence_id IS NOT NULL \
         GROUP BY licence_id ORDER BY min(position)",
    )?;
    let rows = stmt.query_map([instance_id], |row| Ok(LicenceId(row.get(0)?)))?;
    rows.collect()
}

/// Deletes a recorded instance and its keys; false when there was none.
pub fn delete(conn: &Connection, instance_id: i64) -> rusqlite::Result<bool> {
    Ok(conn.execute("DELETE FROM instances WHERE id = ?1", [instance_id])? == 1)
}

/// The keys of a recorded instance, in order.
pub fn keys(conn: &Connection, instance_id: i64) -> rusqlite::Result<Vec<InstanceKey>> {
    let mut stmt = conn.prepare_cached(
        "SELECT licence_key, sen, licence_id FROM instance_keys WHERE instance_id = ?1 \
         ORDER BY position",
    )?;
    let rows = stmt.query_map([instance_id], |row| {
        Ok(InstanceKey {
            licence_key: row.get(0)?,
            sen: row.get(1)?,
            licence_id: row.get::<_, Option<i64>>(2)?.map(LicenceId),
        })
    })?;
    rows.collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::LicenceFields;
    use crate::domain::{AccountState, Email};
    use crate::store::accounts::{self, NewAccount};
    use crate::store::licences;

    fn licence(conn: &Connection, sen: &str) -> LicenceId {
        licences::insert(
            conn,
            &LicenceFields {
                licence_key: Some(format!("KEY-{sen}")),
                key_genuine: Some(true),
                ..LicenceFields::sample(sen)
            },
            0,
        )
        .unwrap()
    }

    fn snapshot<'a>(host: &'a str, label: &'a str, keys: &'a [InstanceKey]) -> NewInstance<'a> {
        NewInstance {
            product: "Confluence",
            label,
            host,
            home: "/srv/confluence-home",
            server_id: Some("B7QW-LK2M-9HZD-XR4T"),
            verdict: "server-id-mismatch",
            recorded_by: "command line",
            keys,
            cluster_node: None,
            cluster: None,
        }
    }

    #[test]
    fn a_snapshot_links_licences_and_is_replaced_when_recorded_again() {
        let conn = crate::store::open_in_memory().unwrap();
        let first = licence(&conn, "SEN-1");
        let second = licence(&conn, "SEN-2");
        let keys = [InstanceKey {
            licence_key: "KEY-SEN-1".into(),
            sen: Some("SEN-1".into()),
            licence_id: Some(first),
        }];
        let id = record(&conn, &snapshot("web01", "confluence", &keys), 10).unwrap();
        assert_eq!(for_licence(&conn, first).unwrap().len(), 1);
        assert!(for_licence(&conn, second).unwrap().is_empty());

        let keys = [InstanceKey {
            licence_key: "KEY-SEN-2".into(),
            sen: Some("SEN-2".into()),
            licence_id: Some(second),
        }];
        let again = record(&conn, &snapshot("web01", "confluence", &keys), 20).unwrap();
        assert_eq!(again, id, "same host and label: the same instance");
        assert!(for_licence(&conn, first).unwrap().is_empty());
        let installed = for_licence(&conn, second).unwrap();
        assert_eq!(installed[0].recorded_at, 20);
        assert_eq!(self::keys(&conn, id).unwrap().len(), 1);

        record(&conn, &snapshot("web02", "confluence", &keys), 30).unwrap();
        assert_eq!(for_licence(&conn, second).unwrap()[0].host, "web02");
        assert_eq!(
            with_server_id(&conn, "b7qw-lk2m-9hzd-xr4t").unwrap().len(),
            2
        );
    }

    #[test]
    fn users_know_only_of_instances_running_their_licences() {
        let conn = crate::store::open_in_memory().unwrap();
        let account = |email: &str| {
            accounts::insert(
                &conn,
                &NewAccount {
                    email: &Email::parse(email).unwrap(),
                    display_name: "",
                    password_hash: None,
                    is_admin: false,
                    state: AccountState::Active,
                },
                0,
            )
            .unwrap()
        };
        let (ann, bob) = (account("ann@x.com"), account("bob@x.com"));
        let mine = licence(&conn, "SEN-1");
        licences::add_contact(&conn, mine, ann, "technical", 0).unwrap();
        let keys = [InstanceKey {
            licence_key: "KEY-SEN-1".into(),
            sen: Some("SEN-1".into()),
            licence_id: Some(mine),
        }];
        record(&conn, &snapshot("web01", "confluence", &keys), 10).unwrap();
        let sid = "B7QW-LK2M-9HZD-XR4T";
        let viewer = |account_id, is_admin| Viewer {
            account_id,
            is_admin,
        };
        assert_eq!(
            with_server_id_visible(&conn, viewer(ann, false), sid)
                .unwrap()
                .len(),
            1
        );
        assert!(
            with_server_id_visible(&conn, viewer(bob, false), sid)
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            with_server_id_visible(&conn, viewer(bob, true), sid)
                .unwrap()
                .len(),
            1
        );
    }
    #[test]
    fn the_list_shows_what_a_viewer_may_know_of_narrowed_to_an_organisation() {
        let conn = crate::store::open_in_memory().unwrap();
        let ann = accounts::insert(
            &conn,
            &NewAccount {
                email: &Email::parse("ann@x.com").unwrap(),
                display_name: "",
                password_hash: None,
                is_admin: false,
                state: AccountState::Active,
            },
            0,
        )
        .unwrap();
        let (mine, theirs) = (licence(&conn, "SEN-1"), licence(&conn, "SEN-2"));
        licences::add_contact(&conn, mine, ann, "technical", 0).unwrap();
        let organisation = crate::store::organisations::create(&conn, "Org", 0)
            .unwrap()
            .unwrap();
        crate::store::organisations::set_licence(&conn, theirs, organisation).unwrap();
        let running = |licence_id| {
            [InstanceKey {
                licence_key: "KEY".into(),
                sen: None,
                licence_id,
            }]
        };
        let (a, b, c) = (running(Some(mine)), running(Some(theirs)), running(None));
        record(&conn, &snapshot("web01", "confluence", &a), 10).unwrap();
        record(&conn, &snapshot("web02", "confluence", &b), 20).unwrap();
        record(&conn, &snapshot("web03", "confluence", &c), 30).unwrap();
        let hosts = |viewer, organisation| -> Vec<String> {
            visible(&conn, viewer, organisation)
                .unwrap()
                .into_iter()
                .map(|i| i.host)
                .collect()
        };
        let (admin, user) = (
            Viewer {
                account_id: ann,
                is_admin: true,
            },
            Viewer {
                account_id: ann,
                is_admin: false,
            },
        );
        assert_eq!(hosts(admin, None), ["web03", "web02", "web01"]);
        assert_eq!(hosts(admin, Some(organisation)), ["web02"]);
        assert_eq!(hosts(user, None), ["web01"]);
        assert!(hosts(user, Some(organisation)).is_empty());
    }
}
