//! `licensedesk organisation mailbox add|list|remove`: an organisation's role mailboxes (or,
//! without `--organisation`, the portal's) from the command line, through the same use cases as
//! the pages, audited as the command line. A refusal changes nothing and ends with exit
//! status 2.

use std::process::ExitCode;

use crate::app::mailboxes::{self as use_case, AddRefused, By};
use crate::cli::{MailboxAddArgs, MailboxListArgs, MailboxRemoveArgs};
use crate::domain::organisation::Organisation;
use crate::domain::{Actor, Email, OrganisationId};
use crate::i18n::Language;
use crate::store;
use crate::tr;

const REFUSED: u8 = 2;

/// The organisation a command names; `Err` when it names one that does not exist.
fn owner(
    conn: &rusqlite::Connection,
    organisation: Option<i64>,
) -> anyhow::Result<Result<Option<Organisation>, ()>> {
    Ok(match organisation {
        None => Ok(None),
        Some(id) => store::organisations::by_id(conn, OrganisationId(id))?
            .map(Some)
            .ok_or(()),
    })
}

/// Whose mails, in a sentence: the organisation's name, or "the portal".
fn owner_words(lang: Language, organisation: Option<&Organisation>) -> String {
    match organisation {
        Some(organisation) => organisation.name.clone(),
        None => tr!(lang, "mailbox-cli-portal"),
    }
}

fn refused(message: &str) -> anyhow::Result<ExitCode> {
    eprintln!("licensedesk: {message}");
    Ok(ExitCode::from(REFUSED))
}

pub fn list(args: &MailboxListArgs) -> anyhow::Result<ExitCode> {
    let lang = Language::from_environment();
    let conn = super::open_data_dir(&args.data.data_dir)?;
    let Ok(organisation) = owner(&conn, args.organisation)? else {
        return refused(&tr!(lang, "org-cli-unknown"));
    };
    let mailboxes =
        use_case::list(&conn, organisation.as_ref()).map_err(|e| anyhow::anyhow!("{e}"))?;
    if mailboxes.is_empty() {
        println!("{}", tr!(lang, "mailbox-cli-none"));
    }
    for mailbox in mailboxes {
        println!(
            "{}\t{}\t{}",
            mailbox.address,
            mailbox.language.code(),
            mailbox.created_by
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn add(args: &MailboxAddArgs) -> anyhow::Result<ExitCode> {
    let lang = Language::from_environment();
    let address = match Email::parse(&args.address) {
        Ok(address) => address,
        Err(e) => return refused(&crate::i18n::email_error(lang, &e)),
    };
    let Some(language) = Language::from_code(&args.language) else {
        return refused(&tr!(lang, "mailbox-language-unknown"));
    };
    let mut conn = super::open_data_dir(&args.data.data_dir)?;
    let Ok(organisation) = owner(&conn, args.organisation)? else {
        return refused(&tr!(lang, "org-cli-unknown"));
    };
    let now = store::unix_now();
    let added = use_case::add(
        &mut conn,
        By {
            actor: &Actor::CommandLine,
            viewer: None,
        },
        organisation.as_ref(),
        &address,
        language,
        now,
    )
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    match added {
        Ok(_) => {
            println!(
                "{}",
                tr!(
                    lang,
                    "mailbox-cli-added",
                    address = address.to_string(),
                    owner = owner_words(lang, organisation.as_ref())
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(AddRefused::AlreadyThere) => {
            refused(&tr!(lang, "mailbox-already", address = address.to_string()))
        }
    }
}

pub fn remove(args: &MailboxRemoveArgs) -> anyhow::Result<ExitCode> {
    let lang = Language::from_environment();
    let mut conn = super::open_data_dir(&args.data.data_dir)?;
    let Ok(organisation) = owner(&conn, args.organisation)? else {
        return refused(&tr!(lang, "org-cli-unknown"));
    };
    let listed =
        use_case::list(&conn, organisation.as_ref()).map_err(|e| anyhow::anyhow!("{e}"))?;
    let found = Email::parse(&args.address)
        .ok()
        .and_then(|address| listed.into_iter().find(|m| m.address == address));
    let Some(mailbox) = found else {
        return refused(&tr!(lang, "mailbox-cli-not-found"));
    };
    let now = store::unix_now();
    let removed = use_case::remove(
        &mut conn,
        By {
            actor: &Actor::CommandLine,
            viewer: None,
        },
        organisation.as_ref(),
        mailbox.id,
        now,
    )
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    if removed.is_none() {
        return refused(&tr!(lang, "mailbox-cli-not-found"));
    }
    println!(
        "{}",
        tr!(
            lang,
            "mailbox-cli-removed",
            address = mailbox.address.to_string(),
            owner = owner_words(lang, organisation.as_ref())
        )
    );
    Ok(ExitCode::SUCCESS)
}
