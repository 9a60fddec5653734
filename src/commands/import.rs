//! `licensedesk import PATH... [--dry-run] [--contact EMAIL] [--allow-unverified]`: the preview
//! of what would be added, updated, skipped and rejected, then (unless a dry run) the import in
//! one transaction, with a progress bar on a terminal.

use std::io::Read;
use std::process::ExitCode;

use anyhow::{Context, anyhow, bail};
use indicatif::{ProgressBar, ProgressStyle};

use crate::cli::ImportArgs;
use crate::domain::{Actor, Email};
use crate::i18n::Language;
use crate::inventory::import::{self, Change, Options, Plan, Source};
use crate::store::{self, accounts};
use crate::tr;

/// How many entries of each kind the preview lists before it only counts the rest.
const SHOWN_PER_KIND: usize = 50;

pub fn run(args: &ImportArgs) -> anyhow::Result<ExitCode> {
    let lang = Language::from_environment();
    let mut conn = super::open_data_dir(&args.data.data_dir)?;
    let contact = match &args.contact {
        Some(raw) => {
            let email = Email::parse(raw).map_err(|e| {
                anyhow!("--contact {raw:?}: {}", crate::i18n::email_error(lang, &e))
            })?;
            let Some(account) = accounts::by_email(&conn, &email)? else {
                bail!(tr!(
                    lang,
                    "import-cli-contact-unknown",
                    email = email.as_str()
                ));
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
            .with_context(|| tr!(lang, "import-cli-cannot-read-standard-input"))?;
        (
            vec![Source {
                name: tr!(lang, "import-cli-standard-input"),
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
    let bar = progress_bar(total_bytes, tr!(lang, "import-cli-reading"), true);
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

    print_preview(lang, &plan);
    if args.dry_run {
        println!("{}", tr!(lang, "import-cli-dry-run"));
        return Ok(exit_status(&plan));
    }
    if !plan.changes_anything() {
        println!("{}", tr!(lang, "import-cli-nothing"));
        return Ok(exit_status(&plan));
    }
    let bar = progress_bar(
        plan.entries.len() as u64,
        tr!(lang, "import-cli-importing"),
        false,
    );
    // Decided again inside the transaction: a server or another command beside this one may
    // have changed the inventory since the preview above, and then nothing is imported.
    let tx = conn
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .with_context(|| tr!(lang, "import-cli-cannot-start"))?;
    let now_plan = import::decide(&tx, &decoded, options)?;
    if now_plan.fingerprint() != plan.fingerprint() {
        bail!(tr!(lang, "import-cli-changed"));
    }
    let now = store::unix_now();
    let applied = import::apply(
        &tx,
        &plan,
        &import::ApplyContext {
            actor: &Actor::CommandLine,
            contact,
            viewer: None,
            replace_genuine: args.replace_genuine,
            warning_words: crate::i18n::import::warning_in_audit,
            now,
        },
        &|done| bar.set_position(done),
    )
    .and_then(|applied| {
        crate::mail::webhooks::raise_import_applied(&tx, &applied, now)?;
        tx.commit().map(|()| applied)
    })
    .with_context(|| tr!(lang, "import-cli-failed"))?;
    bar.finish_and_clear();
    println!(
        "{}",
        tr!(
            lang,
            "import-cli-done",
            added = applied.added,
            updated = applied.updated,
            skipped = applied.skipped,
            rejected = plan.rejected.len()
        )
    );
    if applied.held_back > 0 {
        let count = applied.held_back;
        println!("{}", tr!(lang, "import-cli-held-back", count = count));
    }
    if !applied.created_accounts.is_empty() {
        let count = applied.created_accounts.len();
        println!(
            "{}",
            tr!(lang, "import-cli-accounts-invited", count = count)
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

fn progress_bar(length: u64, label: String, bytes: bool) -> ProgressBar {
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

fn print_preview(lang: Language, plan: &Plan) {
    let counts = plan.counts();
    println!(
        "{}",
        tr!(
            lang,
            "import-cli-preview",
            added = counts.added,
            updated = counts.updated,
            skipped = counts.skipped,
            rejected = counts.rejected
        )
    );
    let section = |title: String, lines: Vec<String>| {
        if lines.is_empty() {
            return;
        }
        println!("\n{title}");
        for line in lines.iter().take(SHOWN_PER_KIND) {
            println!("  {}", terminal_safe(line));
        }
        if lines.len() > SHOWN_PER_KIND {
            let count = lines.len() - SHOWN_PER_KIND;
            println!("  {}", tr!(lang, "import-more", count = count));
        }
    };
    let no_sen = tr!(lang, "import-cli-no-sen");
    let describe = |record: &crate::domain::LicenceFields| {
        format!(
            "{} {}",
            record.sen.as_deref().unwrap_or(&no_sen),
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
                let changes: Vec<String> =
                    crate::i18n::import::changed_fields(lang, before, &entry.record)
                        .into_iter()
                        .map(|(field, was, is)| {
                            let (before, after) = (cut(&was), cut(&is));
                            tr!(
                                lang,
                                "import-change",
                                field = field,
                                before = before,
                                after = after
                            )
                        })
                        .collect();
                let line = tr!(
                    lang,
                    "import-cli-update",
                    entry = describe(&entry.record),
                    licence = id.to_string(),
                    changes = changes.join(&tr!(lang, "diagnose-list-separator"))
                );
                update.push(format!("{}  {line}", entry.origin));
            }
            Change::Skip { reason } => skip.push(format!(
                "{}  {}",
                entry.origin,
                crate::i18n::import::skip(lang, reason)
            )),
        }
        for warning in &entry.warnings {
            warnings.push(format!(
                "{}  {}",
                entry.origin,
                crate::i18n::import::warning(lang, warning)
            ));
        }
    }
    section(tr!(lang, "import-cli-add-heading"), add);
    section(tr!(lang, "import-cli-update-heading"), update);
    section(tr!(lang, "import-cli-skip-heading"), skip);
    // Every warning is listed, as every rejection: each is something to look at.
    if !warnings.is_empty() {
        println!("\n{}", tr!(lang, "import-cli-warnings-heading"));
        for warning in &warnings {
            println!("  {}", terminal_safe(warning));
        }
    }
    // Every rejection is listed: each one is something the user must look at.
    if !plan.rejected.is_empty() {
        println!("\n{}", tr!(lang, "import-cli-rejected-heading"));
        for rejection in &plan.rejected {
            let line = format!(
                "{}  {}",
                rejection.origin,
                crate::i18n::import::refusal(lang, &rejection.reason)
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
