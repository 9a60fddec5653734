//! The `portal_address` table: the address `serve` last started with, for the commands that
//! build links without being told the address (`reminders run` from cron).

use rusqlite::{Connection, OptionalExtension, params};

/// Keeps `base_url` as the portal's address (replacing the one before).
pub fn store(conn: &Connection, base_url: &str, now: i64) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO portal_address (id, base_url, stored_at) VALUES (1, ?1, ?2) \
         ON CONFLICT (id) DO UPDATE SET base_url = excluded.base_url, \
         stored_at = excluded.stored_at",
        params![base_url, now],
    )?;
    Ok(())
}

/// The address `serve` last started with; `None` before it ever ran on this database.
pub fn get(conn: &Connection) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        "SELECT base_url FROM portal_address WHERE id = 1",
        [],
        |row| row.get(0),
    )
    .optional()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_address_stored_is_the_one_read() {
        let conn = crate::store::open_in_memory().unwrap();
        assert_eq!(get(&conn).unwrap(), None);
        store(&conn, "http://127.0.0.1:9000", 1).unwrap();
        store(&conn, "https://licences.example.com", 2).unwrap();
        assert_eq!(
            get(&conn).unwrap().as_deref(),
            Some("https://licences.example.com")
        );
    }
}
