//! `licensedesk user add` and `licensedesk user reset-link`: account work from the server's own
//! terminal, for sites where no mail can leave.

use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;

use anyhow::{Context, bail};

use crate::app::accounts::{self, AddressTaken, NewUser};
use crate::app::links::{self, ResetLinkRefusal};
use crate::auth::PasswordHasher;
use crate::cli::{UserAddArgs, UserResetLinkArgs};
use crate::domain::{Email, Language, Password};
use crate::store;
use crate::tr;

pub fn add(args: &UserAddArgs) -> anyhow::Result<ExitCode> {
    // The terminal's language: for what this prints, and for the new account's pages and mail.
    let lang = Language::from_environment();
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
        bail!(tr!(
            lang,
            "people-cli-address-taken",
            email = email.to_string()
        ));
    }
    let hash = match &password {
        Some(password) => Some(PasswordHasher::new(args.bcrypt_cost, 1).hash(password)?),
        None => None,
    };
    let new = NewUser {
        email: &email,
        name: &args.name,
        password_hash: hash.as_deref(),
        is_admin: args.admin,
        language: lang,
    };
    let link = match accounts::add_user(&mut conn, &args.base_url, &new, store::unix_now())? {
        Ok(link) => link,
        Err(AddressTaken) => bail!(tr!(
            lang,
            "people-cli-address-taken",
            email = email.to_string()
        )),
    };
    match link {
        Some(link) => {
            let email = email.to_string();
            println!("{}", tr!(lang, "people-cli-invited-created", email = email));
            println!("{link}");
        }
        None => println!(
            "{}",
            tr!(lang, "people-cli-created", email = email.to_string())
        ),
    }
    Ok(ExitCode::SUCCESS)
}

pub fn reset_link(args: &UserResetLinkArgs) -> anyhow::Result<ExitCode> {
    let lang = Language::from_environment();
    let email = Email::parse(&args.email).with_context(|| format!("{:?}", args.email))?;
    let mut conn = super::open_data_dir(&args.data.data_dir)?;
    let link = match links::reset_link(&mut conn, &args.base_url, &email, store::unix_now())? {
        Ok(link) => link,
        Err(ResetLinkRefusal::NoAccount) => {
            bail!(tr!(
                lang,
                "people-cli-no-account",
                email = email.to_string()
            ))
        }
        Err(ResetLinkRefusal::Disabled) => {
            bail!(tr!(lang, "people-cli-disabled", email = email.to_string()))
        }
    };
    println!(
        "{}",
        tr!(lang, "people-cli-reset-link", email = email.to_string())
    );
    println!("{link}");
    Ok(ExitCode::SUCCESS)
}
