//! `licensedesk reminders run`: queues the expiry reminders due today, and tells organisations'
//! managers of consultants' access that ended, for sites that prefer cron to the server's own
//! hourly run. Running it again the same day queues nothing new.

use std::process::ExitCode;

use anyhow::Context;

use crate::cli::RemindersRunArgs;
use crate::domain::Language;
use crate::i18n::format;
use crate::mail::{Sender, eml, reminders};
use crate::store;
use crate::tr;

pub fn run(args: &RemindersRunArgs) -> anyhow::Result<ExitCode> {
    let lang = Language::from_environment();
    eml::check_from(&args.mail_from).with_context(|| tr!(lang, "reminders-cli-bad-from"))?;
    let mut conn = super::open_data_dir(&args.data.data_dir)?;
    let today = jiff::Zoned::now().date();
    let base_url = base_url(&conn, args.base_url.as_deref(), lang)?;
    let sender = Sender {
        from: &args.mail_from,
        base_url: &base_url,
    };
    let cutoffs = crate::app::lifecycle::cutoffs(&conn)?;
    let queues = reminders::run_all(&mut conn, sender, &cutoffs, today, store::unix_now())?;
    let queued = &queues.licences;
    let mails: usize = queued.iter().map(|q| q.mails).sum::<usize>()
        + queues.cutoffs.iter().map(|q| q.mails).sum::<usize>()
        + queues.reports.iter().map(|q| q.mails).sum::<usize>();
    let reminders_due: usize = queued.len() + queues.cutoffs.len() + queues.reports.len();
    let date = format::date(lang, today);
    println!(
        "{}",
        tr!(
            lang,
            "reminders-cli-due",
            reminders = reminders_due,
            date = date,
            mails = mails
        )
    );
    for q in queued {
        let line = tr!(
            lang,
            "reminders-cli-line",
            id = q.licence_id.to_string(),
            kind = q.kind.as_str(),
            days = q.days_before,
            mails = q.mails
        );
        println!("  {line}");
    }
    for q in &queues.cutoffs {
        let line = tr!(
            lang,
            "eodc-reminders-cli-line",
            event = crate::i18n::data_center_end::event(lang, q.event),
            date = format::date(lang, q.date),
            days = q.days_before,
            mails = q.mails
        );
        println!("  {line}");
    }
    for q in &queues.reports {
        let line = tr!(
            lang,
            "org-report-cli-line",
            organisation = q.organisation.as_str(),
            month = q.month.as_str(),
            mails = q.mails
        );
        println!("  {line}");
    }
    if queues.access_ended > 0 {
        let line = tr!(
            lang,
            "org-access-reminders-cli-ended",
            count = queues.access_ended
        );
        println!("  {line}");
    }
    Ok(ExitCode::SUCCESS)
}

/// Where the mails' links lead: `--base-url` when given, else the address `serve` last started
/// with, else (no server ever ran on this data) the address `serve` listens at by default, with
/// a warning.
fn base_url(
    conn: &rusqlite::Connection,
    given: Option<&str>,
    lang: Language,
) -> anyhow::Result<String> {
    if let Some(given) = given.map(str::trim).filter(|g| !g.is_empty()) {
        return Ok(given.trim_end_matches('/').to_owned());
    }
    if let Some(stored) = store::portal_address::get(conn)? {
        return Ok(stored);
    }
    eprintln!(
        "{}",
        tr!(lang, "reminders-cli-no-base-url", url = DEFAULT_BASE_URL)
    );
    Ok(DEFAULT_BASE_URL.to_owned())
}

/// The address `serve` answers at when started without options.
const DEFAULT_BASE_URL: &str = "http://127.0.0.1:8080";
