//! `licensedesk import PATH... [--dry-run] [--contact EMAIL] [--allow-unverified]`: the preview
//! of what would be added, updated, skipped and rejected, then (unless a dry run) the import in
//! one transaction, with a progress bar on a terminal.

use std::io::Read;
use std::process::ExitCode;

use anyhow::{Context, bail};
use indicatif::{ProgressBar, ProgressStyle};

use crate::cli::ImportArgs;
use crate::domain::{Actor, Email};
use crate::inventory::import::{self, Change, Options, Plan, Source};
use crate::store::{self, accounts};

/// How many entries of each kind the preview lists before it only counts the rest.
const SHOWN_PER_KIND: usize = 50;

pub fn run(args: &ImportArgs) -> anyhow::Result<ExitCode> {
    let mut conn = super::open_data_dir(&args.data.data_dir)?;
    let contact = match &args.contact {
        Some(raw) => {
            let email = Email::parse(raw).with_context(|| format!("--contact {raw:?}"))?;
            let Some(account) = accounts::by_email(&conn, &email)? else {
                bail!(
                    "--contact {email}: there is no account with that address (create it with `licensedesk user add`)"
                );
            };
            Some(account.id)
        }
        None => None,
    };

    let (mut sources, mut rejected) = if args.paths.iter().any(|p| p.as_os_str() == "-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .take(import::MAX_FILE_BYTES)
            .read_to_end(&mut bytes)
            .context("cannot read standard input")?;
        (
            vec![Source {
                name: "standard input".into(),
                bytes,
            }],
            Vec::new(),
        )
    } else {
        (Vec::new(), Vec::new())
    };
    let paths: Vec<_> = args
        .paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .cloned()
        .collect();
    let (read, unreadable) = import::read_paths(&paths);
    sources.extend(read);
    rejected.extend(unreadable);

    let total_bytes: u64 = sources.iter().map(|s| s.bytes.len() as u64).sum();
    let bar = progress_bar(total_bytes, "reading keys", true);
    let options = Options {
        allow_unverified: args.allow_unverified,
        viewer: None,
        max_keys: None,
        max_held_bytes: None,
    };
    let mut decoded = import::read(&sources, options, &|done| bar.set_position(done))?;
    bar.finish_and_clear();
    drop(sources);
    decoded.rejected.splice(0..0, rejected);
    let plan = import::decide(&conn, &decoded, options)?;

    print_preview(&plan);
    if args.dry_run {
        println!("Dry run: nothing was changed.");
        return Ok(exit_status(&plan));
    }
    if !plan.changes_anything() {
        println!("Nothing to import.");
        return Ok(exit_status(&plan));
    }
    let bar = progress_bar(plan.entries.len() as u64, "importing", false);
    // Decided again inside the transaction: a server or another command beside this one may
    // have changed the inventory since the preview above, and then nothing is imported.
    let tx = conn
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .context("cannot start the import")?;
    let now_plan = import::decide(&tx, &decoded, options)?;
    if now_plan.fingerprint() != plan.fingerprint() {
        bail!(
            "the inventory changed while the preview was shown: nothing was imported; run the import again"
        );
    }
    let applied = import::apply(
        &tx,
        &plan,
        &import::ApplyContext {
            actor: &Actor::CommandLine,
            contact,
            viewer: None,
            replace_genuine: args.replace_genuine,
            warning_words: crate::i18n::import::warning,
            now: store::unix_now(),
        },
        &|done| bar.set_position(done),
    )
    .and_then(|applied| tx.commit().map(|()| applied))
    .context("the import failed and was rolled back: nothing was changed")?;
    bar.finish_and_clear();
    println!(
        "Imported: {} added, {} updated, {} skipped, {} rejected.",
        applied.added,
        applied.updated,
        applied.skipped,
        plan.rejected.len()
    );
    if applied.held_back > 0 {
        println!(
            "{} update(s) that would replace a genuine key with one that does not verify were left out (--replace-genuine applies them).",
            applied.held_back
        );
    }
    if !applied.created_accounts.is_empty() {
        println!(
            "{} contact account(s) were created as invited; send them invitations from the admin pages or with `licensedesk user reset-link`.",
            applied.created_accounts.len()
        );
    }
    Ok(exit_status(&plan))
}

/// 0 when every entry could be imported, 1 when some were rejected.
fn exit_status(plan: &Plan) -> ExitCode {
    if plan.rejected.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn progress_bar(length: u64, label: &'static str, bytes: bool) -> ProgressBar {
    let bar = ProgressBar::new(length);
    let template = if bytes {
        "{msg:>14} [{bar:40}] {bytes}/{total_bytes} ({eta})"
    } else {
        "{msg:>14} [{bar:40}] {pos}/{len} ({per_sec}, {eta})"
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(label);
    bar
}

/// The longest field value the preview prints; the rest is left to the licence's page.
const SHOWN_VALUE_CHARS: usize = 120;

/// A line of the preview as a terminal can show it safely: the file's text may hold escape
/// sequences (which would clear the screen or retitle the window) and line breaks (which would
/// break the layout), so every control character is printed as its escape.
fn terminal_safe(line: &str) -> String {
    let mut shown = String::with_capacity(line.len());
    for c in line.chars() {
        if c.is_control() {
            shown.extend(c.escape_default());
        } else {
            shown.push(c);
        }
    }
    shown
}

/// A field value cut to [`SHOWN_VALUE_CHARS`] characters.
fn cut(value: &str) -> String {
    if value.chars().count() <= SHOWN_VALUE_CHARS {
        value.to_owned()
    } else {
        let kept: String = value.chars().take(SHOWN_VALUE_CHARS).collect();
        format!("{kept}…")
    }
}

fn print_preview(plan: &Plan) {
    let counts = plan.counts();
    println!(
        "Preview: {} to add, {} to update, {} to skip, {} rejected.",
        counts.added, counts.updated, counts.skipped, counts.rejected
    );
    let section = |title: &str, lines: Vec<String>| {
        if lines.is_empty() {
            return;
        }
        println!("\n{title}:");
        for line in lines.iter().take(SHOWN_PER_KIND) {
            println!("  {}", terminal_safe(line));
        }
        if lines.len() > SHOWN_PER_KIND {
            println!("  … and {} more", lines.len() - SHOWN_PER_KIND);
        }
    };
    let describe = |record: &crate::domain::LicenceFields| {
        format!(
            "{} {}",
            record.sen.as_deref().unwrap_or("(no SEN)"),
            record.name
        )
    };
    let mut add = Vec::new();
    let mut update = Vec::new();
    let mut skip = Vec::new();
    let mut warnings = Vec::new();
    for entry in &plan.entries {
        match &entry.change {
            Change::Add => add.push(format!("{}  {}", entry.origin, describe(&entry.record))),
            Change::Update { id, before } => {
                let changes: Vec<String> = import::changed_fields(before, &entry.record)
                    .into_iter()
                    .map(|(field, was, is)| format!("{field}: {} → {}", cut(&was), cut(&is)))
                    .collect();
                update.push(format!(
                    "{}  {} (licence {id}): {}",
                    entry.origin,
                    describe(&entry.record),
                    changes.join(", ")
                ));
            }
            Change::Skip { reason } => skip.push(format!(
                "{}  {}",
                entry.origin,
                crate::i18n::import::skip(reason)
            )),
        }
        for warning in &entry.warnings {
            warnings.push(format!(
                "{}  {}",
                entry.origin,
                crate::i18n::import::warning(warning)
            ));
        }
    }
    section("Add", add);
    section("Update", update);
    section("Skip", skip);
    // Every warning is listed, as every rejection: each is something to look at.
    if !warnings.is_empty() {
        println!("\nWarnings:");
        for warning in &warnings {
            println!("  {}", terminal_safe(warning));
        }
    }
    // Every rejection is listed: each one is something the user must look at.
    if !plan.rejected.is_empty() {
        println!("\nRejected:");
        for rejection in &plan.rejected {
            let line = format!(
                "{}  {}",
                rejection.origin,
                crate::i18n::import::refusal(&rejection.reason)
            );
            println!("  {}", terminal_safe(&line));
        }
    }
    println!();
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_files_escape_sequences_and_line_breaks_reach_the_terminal_as_text() {
        assert_eq!(
            super::terminal_safe("a\u{1b}[2J\u{7}b\nc"),
            "a\\u{1b}[2J\\u{7}b\\nc"
        );
        assert_eq!(super::cut(&"x".repeat(200)).chars().count(), 121);
    }
}
