//! `licensedesk backup FILE`: a consistent copy of the live database, safe while the server runs
//! (SQLite's `VACUUM INTO` reads one snapshot).

use std::process::ExitCode;

use anyhow::{Context, bail};

use crate::cli::BackupArgs;
use crate::store;

pub fn run(args: &BackupArgs) -> anyhow::Result<ExitCode> {
    let source = args.data.data_dir.join(store::DATABASE_FILE);
    if !source.is_file() {
        bail!(
            "there is no database at {} (use --data-dir to point at the data directory)",
            source.display()
        );
    }
    if args.file.exists() {
        if !args.force {
            bail!("{} exists; use --force to replace it", args.file.display());
        }
        std::fs::remove_file(&args.file)
            .with_context(|| format!("cannot replace {}", args.file.display()))?;
    }
    // Opened without migrating: a backup must not change the database it copies.
    let conn = rusqlite::Connection::open_with_flags(
        &source,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .with_context(|| format!("cannot open {}", source.display()))?;
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    store::backup(&conn, &args.file)
        .with_context(|| format!("cannot write the backup to {}", args.file.display()))?;
    let check: String =
        rusqlite::Connection::open(&args.file)?
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))?;
    if check != "ok" {
        bail!(
            "the backup at {} failed its integrity check: {check}",
            args.file.display()
        );
    }
    println!(
        "Backup written to {} (integrity check: ok).",
        args.file.display()
    );
    Ok(ExitCode::SUCCESS)
}
