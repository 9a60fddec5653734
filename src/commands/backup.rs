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
    let check = store::backup(&source, &args.file).with_context(|| {
        format!(
            "cannot back up {} to {}",
            source.display(),
            args.file.display()
        )
    })?;
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
