//! The `lifecycle_files` table: an administrator's replacement of a lifecycle table, kept as
//! the CSV text imported.

use rusqlite::{Connection, OptionalExtension, params};

use crate::domain::lifecycle::LifecycleFile;

/// A replacement as stored: its text, when and by whom it was imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFile {
    pub content: String,
    pub imported_at: i64,
    pub imported_by: String,
}

/// The replacement of this table, if an administrator imported one.
pub fn get(conn: &Connection, file: LifecycleFile) -> rusqlite::Result<Option<StoredFile>> {
    conn.prepare_cached(
        "SELECT content, imported_at, imported_by FROM lifecycle_files WHERE name = ?1",
    )?
    .query_row([file.code()], |row| {
        Ok(StoredFile {
            content: row.get("content")?,
            imported_at: row.get("imported_at")?,
            imported_by: row.get("imported_by")?,
        })
    })
    .optional()
}

/// Keeps `content` as the replacement of this table, over any earlier one.
pub fn put(
    conn: &Connection,
    file: LifecycleFile,
    content: &str,
    imported_at: i64,
    imported_by: &str,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO lifecycle_files (name, content, imported_at, imported_by) \
         VALUES (?1, ?2, ?3, ?4) \
         ON CONFLICT (name) DO UPDATE SET content = excluded.content, \
         imported_at = excluded.imported_at, imported_by = excluded.imported_by",
    )?
    .execute(params![file.code(), content, imported_at, imported_by])?;
    Ok(())
}

/// Drops the replacement: the shipped table is used again. Whether there was one.
pub fn remove(conn: &Connection, file: LifecycleFile) -> rusqlite::Result<bool> {
    Ok(conn
        .prepare_cached("DELETE FROM lifecycle_files WHERE name = ?1")?
        .execute([file.code()])?
        > 0)
}
