//! `licensedesk user add` and `licensedesk user reset-link`: account work from the server's own
//! terminal, for sites where no mail can leave.

use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;

use anyhow::{Context, bail};

use crate::auth::{PasswordHasher, Token};
use crate::cli::{UserAddArgs, UserResetLinkArgs};
use crate::domain::{AccountState, Email, Password};
use crate::paths::Route;
use crate::store::{self, audit, links::LinkPurpose};

/// An invitation link is valid this long.
pub const INVITATION_SECONDS: i64 = 7 * 24 * 3600;
/// A password-reset link is valid this long.
pub const RESET_SECONDS: i64 = 3600;

pub fn add(args: &UserAddArgs) -> anyhow::Result<ExitCode> {
    let email = Email::parse(&args.email).with_context(|| format!("{:?}", args.email))?;
    let read_password = !args.invite && (args.password_stdin || !std::io::stdin().is_terminal());
    let password = if read_password {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .context("cannot read the password from standard input")?;
        let line = line.trim_end_matches(['\r', '\n']);
        Some(Password::new(line)?)
    } else {
        None
    };
    let mut conn = super::open_data_dir(&args.data.data_dir)?;
    if store::accounts::by_email(&conn, &email)?.is_some() {
        bail!("an account with the address {email} already exists");
    }
    let hash = match &password {
        Some(password) => Some(PasswordHasher::new(args.bcrypt_cost, 1).hash(password)?),
        None => None,
    };
    let now = store::unix_now();
    let tx = conn.transaction()?;
    let id = store::accounts::insert(
        &tx,
        &store::accounts::NewAccount {
            email: &email,
            display_name: args.name.trim(),
            password_hash: hash.as_deref(),
            is_admin: args.admin,
            state: if hash.is_some() {
                AccountState::Active
            } else {
                AccountState::Invited
            },
        },
        now,
    )?;
    let link = if hash.is_none() {
        let token = Token::generate();
        store::links::insert(
            &tx,
            &token.hash(),
            LinkPurpose::Invitation,
            Some(id),
            now,
            now + INVITATION_SECONDS,
        )?;
        Some(Route::Invite(token.as_str().to_owned()).url(&args.base_url))
    } else {
        None
    };
    let detail = format!(
        "account {email} created on the command line{}",
        if args.admin { " as administrator" } else { "" }
    );
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: Some(id),
            detail: &detail,
            ..audit::Entry::new(&audit::Actor::CommandLine, "account-created")
        },
        now,
    )?;
    tx.commit()?;
    match link {
        Some(link) => {
            println!("Created the invited account {email}.");
            println!("Send this link to its owner to choose a password (works once, for 7 days):");
            println!("{link}");
        }
        None => println!("Created the account {email}; it can sign in now."),
    }
    Ok(ExitCode::SUCCESS)
}

pub fn reset_link(args: &UserResetLinkArgs) -> anyhow::Result<ExitCode> {
    let email = Email::parse(&args.email).with_context(|| format!("{:?}", args.email))?;
    let conn = super::open_data_dir(&args.data.data_dir)?;
    let Some(account) = store::accounts::by_email(&conn, &email)? else {
        bail!("there is no account with the address {email}");
    };
    if account.state == AccountState::Disabled {
        bail!("the account {email} is disabled; enable it first");
    }
    let token = Token::generate();
    let now = store::unix_now();
    store::links::insert(
        &conn,
        &token.hash(),
        LinkPurpose::Reset,
        Some(account.id),
        now,
        now + RESET_SECONDS,
    )?;
    audit::record(
        &conn,
        &audit::Entry {
            subject_account_id: Some(account.id),
            detail: "password-reset link made on the command line",
            ..audit::Entry::new(&audit::Actor::CommandLine, "reset-link-created")
        },
        now,
    )?;
    println!("Password-reset link for {email} (works once, for one hour):");
    println!(
        "{}",
        Route::Reset(token.as_str().to_owned()).url(&args.base_url)
    );
    Ok(ExitCode::SUCCESS)
}
