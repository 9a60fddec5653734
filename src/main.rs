//! Parses the command line and hands over to one function per command.

use std::process::ExitCode;

use clap::Parser;
use licensedesk::cli::{
    Cli, Command, LifecycleCommand, MailboxCommand, OrganisationCommand, OutboxCommand,
    RemindersCommand, TokenCommand, UserCommand,
};
use licensedesk::commands;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // A monitoring system reads exit status 2 as CRITICAL: the check's own argument errors
        // end with its UNKNOWN instead.
        Err(error) if commands::check::invoked() => return commands::check::usage_error(&error),
        Err(error) => error.exit(),
    };
    if !matches!(cli.command, Command::Serve(_)) {
        restore_default_sigpipe();
    }
    let result = match cli.command {
        Command::Serve(args) => commands::serve::run(&args),
        Command::User(UserCommand::Add(args)) => commands::user::add(&args),
        Command::User(UserCommand::ResetLink(args)) => commands::user::reset_link(&args),
        Command::Backup(args) => commands::backup::run(&args),
        Command::Decode(args) => commands::decode::run(&args),
        Command::Import(args) => commands::import::run(&args),
        Command::Export(args) => commands::export::run(&args),
        Command::ServerId(args) => commands::server_id::run(&args),
        Command::Diagnose(args) => commands::diagnose::run(&args),
        Command::Outbox(OutboxCommand::Export(args)) => commands::outbox::export(&args),
        Command::Reminders(RemindersCommand::Run(args)) => commands::reminders::run(&args),
        Command::Eligible(args) => commands::eligible::run(&args),
        Command::Lifecycle(LifecycleCommand::Import(args)) => commands::lifecycle::import(&args),
        Command::Lifecycle(LifecycleCommand::Export(args)) => commands::lifecycle::export(&args),
        Command::Lifecycle(LifecycleCommand::Reset(args)) => commands::lifecycle::reset(&args),
        Command::Organisation(OrganisationCommand::List(args)) => {
            commands::organisation::list(&args)
        }
        Command::Organisation(OrganisationCommand::Merge(args)) => {
            commands::organisation::merge(&args)
        }
        Command::Check(args) => commands::check::run(&args),
        Command::Token(TokenCommand::Create(args)) => commands::token::create(&args),
        Command::Token(TokenCommand::List(args)) => commands::token::list(&args),
        Command::Token(TokenCommand::Revoke(args)) => commands::token::revoke(&args),
        Command::Organisation(OrganisationCommand::Mailbox(MailboxCommand::Add(args))) => {
            commands::mailboxes::add(&args)
        }
        Command::Organisation(OrganisationCommand::Mailbox(MailboxCommand::List(args))) => {
            commands::mailboxes::list(&args)
        }
        Command::Organisation(OrganisationCommand::Mailbox(MailboxCommand::Remove(args))) => {
            commands::mailboxes::remove(&args)
        }
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("licensedesk: {error:#}");
            ExitCode::from(2)
        }
    }
}

/// Rust ignores SIGPIPE, so printing into a closed pipe (`licensedesk export | head`) would
/// panic. The one-shot commands get the default back and end quietly, as command-line tools
/// do. The server keeps ignoring it: a client that hangs up must never stop it.
fn restore_default_sigpipe() {
    // SAFETY: called once at start, before any other thread exists; it changes only the
    // disposition of SIGPIPE.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
