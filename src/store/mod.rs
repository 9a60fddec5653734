//! All SQL lives here: opening the database, migrations, and one module per table family.
//! Functions take a `&Connection` (or a transaction, which derefs to one) and return domain types.

pub mod accounts;
pub mod api_tokens;
pub mod app_hosts;
pub mod audit;
pub mod audit_search;
pub mod calendar_feeds;
pub mod consolidations;
pub mod contacts;
pub mod dashboard;
pub mod data_center;
pub mod instances;
pub mod licence_edits;
pub mod licences;
pub mod lifecycle;
pub mod links;
pub mod mailboxes;
pub mod orders;
pub mod organisations;
pub mod outbox;
pub mod people;
pub mod portal_address;
pub mod reminders;
pub mod search;
pub mod sessions;
mod sql_types;
pub mod webhooks;

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

/// The migrations, oldest first. The database's `PRAGMA user_version` is the number applied.
/// Append only: a released migration is never edited, so every database follows the same path.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_accounts.sql"),
    include_str!("migrations/0002_licences.sql"),
    include_str!("migrations/0003_instances.sql"),
    include_str!("migrations/0004_people.sql"),
    include_str!("migrations/0005_portal.sql"),
    include_str!("migrations/0006_page_cache.sql"),
    include_str!("migrations/0007_licence_notes.sql"),
    include_str!("migrations/0008_licence_kind.sql"),
    include_str!("migrations/0009_lifecycle_files.sql"),
    include_str!("migrations/0010_app_hosts.sql"),
    include_str!("migrations/0011_instance_cluster.sql"),
    include_str!("migrations/0012_cutoff_reminders.sql"),
    include_str!("migrations/0013_organisations.sql"),
    include_str!("migrations/0014_organisation_reports.sql"),
    include_str!("migrations/0015_api_tokens.sql"),
    include_str!("migrations/0016_role_mailboxes.sql"),
    include_str!("migrations/0017_calendar_feeds.sql"),
    include_str!("migrations/0018_webhooks.sql"),
    include_str!("migrations/0019_portal_address.sql"),
    include_str!("migrations/0020_server_id_reasons.sql"),
    include_str!("migrations/0021_list_sort_orders.sql"),
    include_str!("migrations/0022_licence_search.sql"),
    include_str!("migrations/0023_licence_search_batches.sql"),
    include_str!("migrations/0024_licence_section_by_id.sql"),
    include_str!("migrations/0025_licence_search_section.sql"),
    include_str!("migrations/0026_licence_search_pairs.sql"),
];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// The file name of the database inside the data directory.
pub const DATABASE_FILE: &str = "licensedesk.sqlite3";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "the database is at schema version {found}, newer than this licensedesk understands \
         (version {supported}); run a newer licensedesk or restore a backup"
    )]
    TooNew { found: i64, supported: i64 },
    #[error(
        "the database is at schema version {found}, not the version {supported} this \
         licensedesk reads without changing it; start this licensedesk's `serve` once, or use \
         the licensedesk the server runs"
    )]
    OtherVersion { found: i64, supported: i64 },
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

/// Opens (creating if needed) the database file and brings its schema up to date.
pub fn open(path: &Path) -> Result<Connection, StoreError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let mut conn = Connection::open_with_flags(path, flags)?;
    configure(&conn)?;
    migrate(&mut conn)?;
    Ok(conn)
}

/// Opens an existing database to read it only: never created, never migrated, never written
/// (a monitoring check beside a running server, perhaps as a user who may not write). A
/// database at another schema version than this binary's is refused rather than upgraded
/// under the server that owns it.
pub fn open_to_read(path: &Path) -> Result<Connection, StoreError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(Duration::from_secs(10))?;
    search::register(&conn)?;
    let found: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if found != SCHEMA_VERSION {
        return Err(StoreError::OtherVersion {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(conn)
}

/// An in-memory database with the full schema, for unit tests.
pub fn open_in_memory() -> Result<Connection, StoreError> {
    let mut conn = Connection::open_in_memory()?;
    configure(&conn)?;
    migrate(&mut conn)?;
    Ok(conn)
}

/// Per-connection settings. WAL lets readers run beside the one writer; `synchronous=NORMAL`
/// in WAL mode keeps every committed transaction across a process crash (only an OS crash
/// can lose the last ones), which is the durability the product promises. Temporary storage is
/// memory: every write with a trigger keeps a statement journal, which in a file cost an import
/// of 100,000 keys a system call per page it changed (the licences are what bounds its size).
fn configure(conn: &Connection) -> Result<(), rusqlite::Error> {
    conn.busy_timeout(Duration::from_secs(10))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.set_prepared_statement_cache_capacity(64);
    search::register(conn)?;
    Ok(())
}

/// Runs `work`, which writes about `rows` licences in one transaction, with a page cache large
/// enough for what it changes (up to 64 MiB, a few kilobytes per licence with its indexes,
/// history and audit entry), then gives the memory back. With the default 2 MiB, a large
/// import wrote pages out to the log mid-transaction and read them back.
pub fn with_page_cache_for<T, E: From<rusqlite::Error>>(
    conn: &Connection,
    rows: usize,
    work: impl FnOnce() -> Result<T, E>,
) -> Result<T, E> {
    const KIB_PER_ROW: usize = 4;
    const MAX_KIB: usize = 64 * 1024;
    let before: i64 = conn.query_row("PRAGMA cache_size", [], |row| row.get(0))?;
    let wanted = -(rows.saturating_mul(KIB_PER_ROW).min(MAX_KIB) as i64);
    if wanted >= before {
        // A negative size is in KiB: the cache is already this large.
        return work();
    }
    conn.pragma_update(None, "cache_size", wanted)?;
    let done = work();
    conn.pragma_update(None, "cache_size", before)?;
    done
}

/// Applies the migrations the database has not seen yet, all in one transaction.
pub fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    migrate_to(conn, SCHEMA_VERSION)
}

/// Applies migrations up to `target` (tests use this to build an older database).
pub fn migrate_to(conn: &mut Connection, target: i64) -> Result<(), StoreError> {
    // The search index's triggers and its first filling fold text (see `search`); a
    // connection opened elsewhere (a test's) gets the function here.
    search::register(conn)?;
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let found: i64 = tx.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    for (index, sql) in MIGRATIONS.iter().enumerate() {
        let version = index as i64 + 1;
        if version > found && version <= target {
            tx.execute_batch(sql)?;
        }
    }
    // Licences from before organisations join the ones their keys name.
    const ORGANISATIONS: i64 = 13;
    if found < ORGANISATIONS && target >= ORGANISATIONS {
        organisations::adopt_unassigned(&tx, unix_now())?;
    }
    if target > found {
        tx.pragma_update(None, "user_version", target)?;
    }
    tx.commit()?;
    Ok(())
}

/// Writes a consistent copy of the database at `source` to `dest`, even while a server writes
/// to it (`VACUUM INTO` reads one snapshot), then checks the copy: returns SQLite's integrity
/// verdict, `"ok"` or what is wrong. The source is opened read-only and not migrated: a backup
/// must not change the database it copies.
pub fn backup(source: &Path, dest: &Path) -> rusqlite::Result<String> {
    let conn = Connection::open_with_flags(
        source,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    conn.execute("VACUUM INTO ?1", [dest.to_string_lossy().as_ref()])?;
    Connection::open(dest)?.query_row("PRAGMA integrity_check", [], |row| row.get(0))
}

/// A number that grows with every change to what the licence lists show, made by any process
/// (kept by the triggers of migrations 0006 and 0013). Rendered lists are cached under it.
pub fn page_generation(conn: &Connection) -> rusqlite::Result<i64> {
    conn.prepare_cached("SELECT n FROM page_generation WHERE id = 1")?
        .query_row([], |row| row.get(0))
}

/// The current time as Unix seconds; the one place the store reads the clock is its callers.
pub fn unix_now() -> i64 {
    jiff::Timestamp::now().as_second()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema_of(conn: &Connection) -> Vec<(String, String)> {
        let mut stmt = conn
            .prepare(
                "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL \
                 AND name NOT LIKE 'sqlite_%' ORDER BY name",
            )
            .unwrap();
        stmt.query_map([], |row| {
            let sql: String = row.get(1)?;
            Ok((
                row.get(0)?,
                sql.split_whitespace().collect::<Vec<_>>().join(" "),
            ))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect()
    }

    #[test]
    fn migrations_produce_exactly_schema_sql() {
        let migrated = open_in_memory().unwrap();
        let from_file = Connection::open_in_memory().unwrap();
        from_file
            .execute_batch(include_str!("../../schema.sql"))
            .unwrap();
        assert_eq!(schema_of(&migrated), schema_of(&from_file));
    }

    #[test]
    fn a_database_newer_than_the_binary_is_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
        let err = migrate(&mut conn).unwrap_err();
        assert!(err.to_string().contains("newer than this licensedesk"));
    }

    #[test]
    fn an_older_database_is_upgraded_in_place() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate_to(&mut conn, 1).unwrap();
        conn.execute(
            "INSERT INTO accounts (email, state, created_at) VALUES ('a@example.com', 'active', 0)",
            [],
        )
        .unwrap();
        migrate(&mut conn).unwrap();
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, SCHEMA_VERSION);
        let kept: i64 = conn
            .query_row("SELECT count(*) FROM accounts", [], |r| r.get(0))
            .unwrap();
        assert_eq!(kept, 1);
    }
}
