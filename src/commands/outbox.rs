//! `licensedesk outbox export DIR`: every mail of the outbox as an `.eml` file, the way mail
//! leaves an air-gapped site (on removable media, into any mail client).

use std::process::ExitCode;

use anyhow::Context;

use crate::cli::{MailStateArg, OutboxExportArgs};
use crate::domain::{Language, MailState};
use crate::mail::eml;
use crate::store;
use crate::tr;

pub fn export(args: &OutboxExportArgs) -> anyhow::Result<ExitCode> {
    let conn = super::open_data_dir(&args.data.data_dir)?;
    let wanted = args.state.map(|s| match s {
        MailStateArg::Queued => MailState::Queued,
        MailStateArg::Sent => MailState::Sent,
        MailStateArg::Failed => MailState::Failed,
    });
    let lang = Language::from_environment();
    std::fs::create_dir_all(&args.dir).with_context(|| {
        tr!(
            lang,
            "outbox-cli-cannot-create",
            folder = args.dir.display().to_string()
        )
    })?;
    let mut written = 0;
    let mut failed = 0;
    for mail in store::outbox::all(&conn)? {
        if wanted.is_some_and(|state| state != mail.state) {
            continue;
        }
        match eml::bytes(&mail) {
            Ok(bytes) => {
                let path = args.dir.join(eml::file_name(&mail));
                std::fs::write(&path, bytes).with_context(|| {
                    tr!(
                        lang,
                        "outbox-cli-cannot-write",
                        file = path.display().to_string()
                    )
                })?;
                written += 1;
            }
            Err(e) => {
                let id = mail.id.to_string();
                let reason = e.to_string();
                eprintln!(
                    "licensedesk: {}",
                    tr!(lang, "outbox-cli-skipped", id = id, reason = reason)
                );
                failed += 1;
            }
        }
    }
    let folder = args.dir.display().to_string();
    println!(
        "{}",
        tr!(
            lang,
            "outbox-cli-written",
            written = written,
            failed = failed,
            folder = folder
        )
    );
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
