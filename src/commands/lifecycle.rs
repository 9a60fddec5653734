//! `licensedesk lifecycle import|export|reset cutoffs|releases`: the lifecycle tables from the
//! command line, through the same use cases as the admin page. A refused file changes nothing
//! and ends with exit status 2, naming its line and why.

use std::io::{Read, Write};
use std::process::ExitCode;

use anyhow::Context;

use crate::app::lifecycle::{self, Preview};
use crate::cli::{LifecycleExportArgs, LifecycleImportArgs, LifecycleResetArgs, LifecycleTable};
use crate::domain::Actor;
use crate::domain::lifecycle::{FILE_MAX_BYTES, LifecycleFile};
use crate::i18n::{self, Language};
use crate::tr;

const REFUSED: u8 = 2;

fn file_of(table: LifecycleTable) -> LifecycleFile {
    match table {
        LifecycleTable::Cutoffs => LifecycleFile::Cutoffs,
        LifecycleTable::Releases => LifecycleFile::Releases,
    }
}

/// Reads at most one byte past the largest file taken, so that a larger one is refused as
/// such without being read whole.
fn read_bounded(path: &std::path::Path) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    let limit = FILE_MAX_BYTES as u64 + 1;
    if path.as_os_str() == "-" {
        std::io::stdin().take(limit).read_to_end(&mut bytes)?;
    } else {
        std::fs::File::open(path)?
            .take(limit)
            .read_to_end(&mut bytes)?;
    }
    Ok(bytes)
}

/// Each change as one line: `+` a new row, `-` a removed one, `~` a changed one.
fn print_changes(preview: &Preview) {
    for change in &preview.changes {
        match (&change.before, &change.after) {
            (None, Some(after)) => println!("  + {}: {after}", change.key),
            (Some(before), None) => println!("  - {}: {before}", change.key),
            (Some(before), Some(after)) => {
                println!("  ~ {}: {before} -> {after}", change.key)
            }
            (None, None) => {}
        }
    }
}

pub fn import(args: &LifecycleImportArgs) -> anyhow::Result<ExitCode> {
    let lang = Language::from_environment();
    let file = file_of(args.table);
    let shown = args.file.display().to_string();
    let bytes = read_bounded(&args.file)
        .with_context(|| tr!(lang, "lifecycle-cli-cannot-read", path = shown.as_str()))?;
    let refuse = |reason: String| {
        eprintln!(
            "licensedesk: {}",
            tr!(
                lang,
                "lifecycle-cli-refused",
                path = shown.as_str(),
                reason = reason
            )
        );
        Ok(ExitCode::from(REFUSED))
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return refuse(tr!(lang, "lifecycle-admin-not-utf8"));
    };
    let mut conn = super::open_data_dir(&args.data.data_dir)?;
    let checked = if args.dry_run {
        lifecycle::preview(&conn, file, &text)
    } else {
        lifecycle::replace(
            &mut conn,
            &Actor::CommandLine,
            file,
            &text,
            crate::store::unix_now(),
        )
    }
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    let preview = match checked {
        Ok(preview) => preview,
        Err(error) => return refuse(i18n::lifecycle::file_error(lang, &error)),
    };
    let rows = preview.rows_after as i64;
    let changes = preview.changes.len() as i64;
    let message = if args.dry_run {
        tr!(
            lang,
            "lifecycle-cli-dry-run",
            file = file.code(),
            rows = rows,
            changes = changes
        )
    } else {
        tr!(
            lang,
            "lifecycle-cli-imported",
            file = file.code(),
            rows = rows,
            changes = changes
        )
    };
    println!("{message}");
    print_changes(&preview);
    Ok(ExitCode::SUCCESS)
}

pub fn export(args: &LifecycleExportArgs) -> anyhow::Result<ExitCode> {
    let lang = Language::from_environment();
    let conn = super::open_data_dir(&args.data.data_dir)?;
    let (text, _) =
        lifecycle::text(&conn, file_of(args.table)).map_err(|e| anyhow::anyhow!("{e}"))?;
    match &args.output {
        Some(path) => std::fs::write(path, text.as_bytes()).with_context(|| {
            tr!(
                lang,
                "export-cli-cannot-write",
                path = path.display().to_string()
            )
        })?,
        None => std::io::stdout().write_all(text.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}

pub fn reset(args: &LifecycleResetArgs) -> anyhow::Result<ExitCode> {
    let lang = Language::from_environment();
    let file = file_of(args.table);
    let mut conn = super::open_data_dir(&args.data.data_dir)?;
    let removed = lifecycle::reset(
        &mut conn,
        &Actor::CommandLine,
        file,
        crate::store::unix_now(),
    )
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    let message = if removed {
        tr!(lang, "lifecycle-cli-reset", file = file.code())
    } else {
        tr!(lang, "lifecycle-cli-nothing-to-reset", file = file.code())
    };
    println!("{message}");
    Ok(ExitCode::SUCCESS)
}
