//! `licensedesk backup FILE`: a consistent copy of the live database, safe while the server runs
//! (SQLite's `VACUUM INTO` reads one snapshot).

use std::process::ExitCode;

use anyhow::{Context, bail};

use crate::cli::BackupArgs;
use crate::store;
use crate::tr;

pub fn run(args: &BackupArgs) -> anyhow::Result<ExitCode> {
    let lang = crate::i18n::Language::from_environment();
    let file = args.file.display().to_string();
    let source = args.data.data_dir.join(store::DATABASE_FILE);
    if !source.is_file() {
        bail!(tr!(
            lang,
            "backup-no-database",
            path = source.display().to_string()
        ));
    }
    if args.file.exists() {
        if !args.force {
            bail!(tr!(lang, "backup-exists", path = file.as_str()));
        }
        std::fs::remove_file(&args.file)
            .with_context(|| tr!(lang, "backup-cannot-replace", path = file.as_str()))?;
    }
    let check = store::backup(&source, &args.file).with_context(|| {
        tr!(
            lang,
            "backup-cannot-back-up",
            source = source.display().to_string(),
            target = file.as_str()
        )
    })?;
    if check != "ok" {
        bail!(tr!(
            lang,
            "backup-integrity-failed",
            path = file.as_str(),
            check = check.as_str()
        ));
    }
    println!("{}", tr!(lang, "backup-written", path = file.as_str()));
    Ok(ExitCode::SUCCESS)
}
