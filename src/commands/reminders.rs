//! `licensedesk reminders run`: queues the expiry reminders due today, for sites that prefer
//! cron to the server's own hourly run. Running it again the same day queues nothing new.

use std::process::ExitCode;

use anyhow::Context;

use crate::cli::RemindersRunArgs;
use crate::mail::{Sender, eml, reminders};
use crate::store;

pub fn run(args: &RemindersRunArgs) -> anyhow::Result<ExitCode> {
    eml::check_from(&args.mail_from).context("the --mail-from address is not usable")?;
    let mut conn = super::open_data_dir(&args.data.data_dir)?;
    let today = jiff::Zoned::now().date();
    let sender = Sender {
        from: &args.mail_from,
        base_url: &args.base_url,
    };
    let queued = reminders::run(&mut conn, sender, today, store::unix_now())?;
    let mails: usize = queued.iter().map(|q| q.mails).sum();
    println!(
        "{} reminder(s) due on {today}: {mails} mail(s) queued in the outbox.",
        queued.len()
    );
    for q in &queued {
        println!(
            "  licence {}: {} reminder, {} days before, {} mail(s)",
            q.licence_id,
            q.kind.as_str(),
            q.days_before,
            q.mails
        );
    }
    Ok(ExitCode::SUCCESS)
}
