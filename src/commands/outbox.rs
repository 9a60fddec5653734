//! `licensedesk outbox export DIR`: every mail of the outbox as an `.eml` file, the way mail
//! leaves an air-gapped site (on removable media, into any mail client).

use std::process::ExitCode;

use anyhow::Context;

use crate::cli::{MailStateArg, OutboxExportArgs};
use crate::domain::MailState;
use crate::mail::eml;
use crate::store;

pub fn export(args: &OutboxExportArgs) -> anyhow::Result<ExitCode> {
    let conn = super::open_data_dir(&args.data.data_dir)?;
    let wanted = args.state.map(|s| match s {
        MailStateArg::Queued => MailState::Queued,
        MailStateArg::Sent => MailState::Sent,
        MailStateArg::Failed => MailState::Failed,
    });
    std::fs::create_dir_all(&args.dir)
        .with_context(|| format!("cannot create the folder {}", args.dir.display()))?;
    let mut written = 0;
    let mut failed = 0;
    for mail in store::outbox::all(&conn)? {
        if wanted.is_some_and(|state| state != mail.state) {
            continue;
        }
        match eml::bytes(&mail) {
            Ok(bytes) => {
                let path = args.dir.join(eml::file_name(&mail));
                std::fs::write(&path, bytes)
                    .with_context(|| format!("cannot write {}", path.display()))?;
                written += 1;
            }
            Err(e) => {
                eprintln!("licensedesk: mail {} skipped: {e}", mail.id);
                failed += 1;
            }
        }
    }
    println!(
        "Wrote {written} mail file(s) to {}{}.",
        args.dir.display(),
        if failed > 0 {
            format!("; {failed} could not be written")
        } else {
            String::new()
        }
    );
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
