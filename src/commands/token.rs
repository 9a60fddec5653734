//! `licensedesk token create|list|revoke`: personal access tokens from the server's own
//! terminal, through the same use cases as the account page, with the command line as the
//! actor in the audit log. `create` prints the secret alone on standard output (so that a
//! script can capture it) and its notes on standard error. A refusal changes nothing and ends
//! with exit status 2.

use std::process::ExitCode;

use anyhow::Context;
use rusqlite::Connection;

use crate::app::api_tokens::{self, TokenRefused, TokenRequest};
use crate::cli::{TokenCreateArgs, TokenListArgs, TokenRevokeArgs, TokenScopeArg};
use crate::domain::api_token::{ApiToken, TokenRequestError, TokenScope, TokenState};
use crate::domain::{Account, AccountState, Actor, Email, Language, OrganisationId};
use crate::store;
use crate::tr;

const REFUSED: u8 = 2;

/// The account with this address, or the message that says there is none.
fn account(
    conn: &Connection,
    lang: Language,
    raw: &str,
) -> anyhow::Result<Result<Account, String>> {
    let email = Email::parse(raw).with_context(|| format!("{raw:?}"))?;
    Ok(store::accounts::by_email(conn, &email)?
        .ok_or_else(|| tr!(lang, "token-cli-no-account", email = email.to_string())))
}

/// An organisation by its number or its name; `None` when neither names one.
fn organisation(conn: &Connection, raw: &str) -> anyhow::Result<Option<OrganisationId>> {
    let raw = raw.trim();
    if let Ok(id) = raw.parse::<OrganisationId>()
        && store::organisations::by_id(conn, id)?.is_some()
    {
        return Ok(Some(id));
    }
    Ok(store::organisations::named(conn, raw)?)
}

fn refuse(message: &str) -> anyhow::Result<ExitCode> {
    eprintln!("licensedesk: {message}");
    Ok(ExitCode::from(REFUSED))
}

/// "2027-03-02" (UTC).
fn day(unix_seconds: i64) -> String {
    jiff::Timestamp::from_second(unix_seconds)
        .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).date().to_string())
        .unwrap_or_else(|_| unix_seconds.to_string())
}

/// "2026-12-02 14:43 UTC".
fn minute(unix_seconds: i64) -> String {
    jiff::Timestamp::from_second(unix_seconds)
        .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_else(|_| unix_seconds.to_string())
}

pub fn create(args: &TokenCreateArgs) -> anyhow::Result<ExitCode> {
    let lang = Language::from_environment();
    let mut conn = super::open_data_dir(&args.data.data_dir)?;
    let account = match account(&conn, lang, &args.user)? {
        Ok(account) => account,
        Err(message) => return refuse(&message),
    };
    if account.state == AccountState::Disabled {
        let email = account.email.to_string();
        return refuse(&tr!(lang, "token-cli-disabled", email = email));
    }
    let organisation = match &args.organisation {
        None => None,
        Some(raw) => match organisation(&conn, raw)? {
            Some(id) => Some(id),
            None => {
                let message = tr!(
                    lang,
                    "token-cli-organisation-unknown",
                    organisation = raw.clone()
                );
                return refuse(&message);
            }
        },
    };
    let request = TokenRequest {
        name: &args.name,
        scope: match args.scope {
            TokenScopeArg::Read => TokenScope::Read,
            TokenScopeArg::Write => TokenScope::Write,
        },
        organisation,
        days: args.days.as_deref().unwrap_or(""),
    };
    let now = store::unix_now();
    let made = api_tokens::create(&mut conn, &Actor::CommandLine, &account, &request, now)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let made = match made {
        Ok(made) => made,
        Err(TokenRefused::Request(e)) => {
            let message = match e {
                TokenRequestError::NameMissing => tr!(lang, "token-name-missing"),
                TokenRequestError::NameTooLong => tr!(lang, "token-name-too-long"),
                TokenRequestError::NameUnprintable => tr!(lang, "token-name-unprintable"),
                TokenRequestError::Days => tr!(lang, "token-days-invalid"),
            };
            return refuse(&message);
        }
        Err(TokenRefused::Organisation) => {
            let email = account.email.to_string();
            return refuse(&tr!(
                lang,
                "token-cli-organisation-not-reached",
                email = email
            ));
        }
    };
    eprintln!(
        "{}",
        tr!(
            lang,
            "token-cli-created",
            id = made.token.id.to_string(),
            name = made.token.name.clone(),
            email = account.email.to_string(),
            expires = day(made.token.expires_at)
        )
    );
    eprintln!("{}", tr!(lang, "token-made-copy"));
    println!("{}", made.secret);
    Ok(ExitCode::SUCCESS)
}

fn state(lang: Language, token: &ApiToken, now: i64) -> String {
    match token.state(now) {
        TokenState::Live => tr!(lang, "token-state-live"),
        TokenState::Expired => tr!(lang, "token-state-expired"),
        TokenState::Revoked => tr!(lang, "token-state-revoked"),
    }
}

pub fn list(args: &TokenListArgs) -> anyhow::Result<ExitCode> {
    let lang = Language::from_environment();
    let conn = super::open_data_dir(&args.data.data_dir)?;
    let tokens: Vec<(ApiToken, String)> = match &args.user {
        None => store::api_tokens::all(&conn)?,
        Some(raw) => {
            let account = match account(&conn, lang, raw)? {
                Ok(account) => account,
                Err(message) => return refuse(&message),
            };
            let email = account.email.to_string();
            store::api_tokens::list(&conn, account.id)?
                .into_iter()
                .map(|token| (token, email.clone()))
                .collect()
        }
    };
    if tokens.is_empty() {
        eprintln!("{}", tr!(lang, "token-cli-none"));
        return Ok(ExitCode::SUCCESS);
    }
    let now = store::unix_now();
    let header = [
        tr!(lang, "token-cli-col-id"),
        tr!(lang, "token-cli-col-account"),
        tr!(lang, "token-col-name"),
        tr!(lang, "token-col-scope"),
        tr!(lang, "token-col-organisation"),
        tr!(lang, "token-col-expires"),
        tr!(lang, "token-col-last-used"),
        tr!(lang, "token-col-state"),
    ];
    println!("{}", header.join("\t"));
    for (token, email) in &tokens {
        let organisation = match &token.organisation {
            Some(organisation) => organisation.name.clone(),
            None => tr!(lang, "token-cli-all"),
        };
        let last_used = match token.last_used_at {
            Some(at) => minute(at),
            None => tr!(lang, "token-never"),
        };
        let row = [
            token.id.to_string(),
            email.clone(),
            token.name.clone(),
            token.scope.as_str().to_owned(),
            organisation,
            day(token.expires_at),
            last_used,
            state(lang, token, now),
        ];
        println!("{}", row.join("\t"));
    }
    Ok(ExitCode::SUCCESS)
}

pub fn revoke(args: &TokenRevokeArgs) -> anyhow::Result<ExitCode> {
    let lang = Language::from_environment();
    let mut conn = super::open_data_dir(&args.data.data_dir)?;
    let account = match account(&conn, lang, &args.user)? {
        Ok(account) => account,
        Err(message) => return refuse(&message),
    };
    let now = store::unix_now();
    let revoked = api_tokens::revoke(&mut conn, &Actor::CommandLine, &account, args.id, now)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let email = account.email.to_string();
    if !revoked {
        return refuse(&tr!(
            lang,
            "token-cli-not-found",
            id = args.id.to_string(),
            email = email
        ));
    }
    println!(
        "{}",
        tr!(
            lang,
            "token-cli-revoked",
            id = args.id.to_string(),
            email = email
        )
    );
    Ok(ExitCode::SUCCESS)
}
