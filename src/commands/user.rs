//! `licensedesk user add` and `licensedesk user reset-link`: account work from the server's own
//! terminal, for sites where no mail can leave.

use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;

use anyhow::{Context, bail};

use crate::app::accounts::{self, AddressTaken, NewUser};
use crate::app::links::{self, ResetLinkRefusal};
use crate::auth::PasswordHasher;
use crate::cli::{UserAddArgs, UserResetLinkArgs};
use crate::domain::{Email, Password};
use crate::store;

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
    let new = NewUser {
        email: &email,
        name: &args.name,
        password_hash: hash.as_deref(),
        is_admin: args.admin,
    };
    let link = match accounts::add_user(&mut conn, &args.base_url, &new, store::unix_now())? {
        Ok(link) => link,
        Err(AddressTaken) => bail!("an account with the address {email} already exists"),
    };
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
    let mut conn = super::open_data_dir(&args.data.data_dir)?;
    let link = match links::reset_link(&mut conn, &args.base_url, &email, store::unix_now())? {
        Ok(link) => link,
        Err(ResetLinkRefusal::NoAccount) => bail!("there is no account with the address {email}"),
        Err(ResetLinkRefusal::Disabled) => {
            bail!("the account {email} is disabled; enable it first")
        }
    };
    println!("Password-reset link for {email} (works once, for one hour):");
    println!("{link}");
    Ok(ExitCode::SUCCESS)
}
