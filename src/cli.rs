//! The command line: one struct per subcommand. Server options have environment-variable twins
//! so that a service manager can configure them without a command line.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "licensedesk",
    version,
    about = "A self-hosted licence portal for Atlassian Server and Data Center licences",
    long_about = "A self-hosted licence portal for Atlassian Server and Data Center licences.\n\n\
        Start with `licensedesk serve`: it creates its data directory and prints a one-time \
        link that creates the first admin account."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web portal.
    Serve(ServeArgs),
    /// Manage accounts from the server's own terminal (for air-gapped sites).
    #[command(subcommand)]
    User(UserCommand),
    /// Write a consistent copy of the live database, even while the server runs.
    Backup(BackupArgs),
    /// Decode a licence key and verify its signature.
    Decode(DecodeArgs),
    /// Import licence keys and the portal's own CSV/JSON exports.
    Import(ImportArgs),
    /// Export the licence inventory as CSV, JSON, or one key file per licence.
    Export(ExportArgs),
    // Contacts and mail.
    /// The mail outbox: write every mail as an .eml file (how mail leaves an air-gapped site).
    #[command(subcommand)]
    Outbox(OutboxCommand),
    /// Expiry reminders: queue the ones due today (for cron; `serve` also does it hourly).
    #[command(subcommand)]
    Reminders(RemindersCommand),
}

/// Where the data lives; every command that touches the database takes it the same way.
#[derive(Debug, Clone, Args)]
pub struct DataDirArgs {
    /// The data directory; created if missing.
    #[arg(long, env = "LICENSEDESK_DATA_DIR", default_value = "licensedesk-data")]
    pub data_dir: PathBuf,
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub data: DataDirArgs,
    /// Address to listen on; port 0 picks a free port.
    #[arg(long, env = "LICENSEDESK_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: String,
    /// The address users reach the portal at, used in links and to decide whether cookies are
    /// marked Secure (https). Defaults to http:// and the listening address.
    #[arg(long, env = "LICENSEDESK_BASE_URL")]
    pub base_url: Option<String>,
    /// Worker threads handling requests (default: twice the number of cores).
    #[arg(long, env = "LICENSEDESK_WORKERS")]
    pub workers: Option<usize>,
    /// bcrypt cost for new password hashes (4 to 31).
    #[arg(long, env = "LICENSEDESK_BCRYPT_COST", default_value_t = 12,
          value_parser = clap::value_parser!(u32).range(4..=31))]
    pub bcrypt_cost: u32,
    // Contacts and mail.
    /// Deliver mail through this SMTP server: smtp://host:25, smtp://host:587?tls=required or
    /// smtps://user:password@host. Without it mail waits in the outbox.
    #[arg(long, env = "LICENSEDESK_SMTP_URL")]
    pub smtp_url: Option<String>,
    /// The sender address of every mail.
    #[arg(long, env = "LICENSEDESK_MAIL_FROM", default_value = crate::mail::DEFAULT_FROM)]
    pub mail_from: String,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account. The password is read from standard input when it is not a terminal
    /// (or with --password-stdin); with --invite, or on a terminal, an invitation link is
    /// printed instead.
    Add(UserAddArgs),
    /// Print a one-time password-reset link (valid for one hour).
    ResetLink(UserResetLinkArgs),
}

#[derive(Debug, Args)]
pub struct UserAddArgs {
    #[command(flatten)]
    pub data: DataDirArgs,
    /// The account's e-mail address.
    pub email: String,
    /// Make the account an administrator.
    #[arg(long)]
    pub admin: bool,
    /// The display name.
    #[arg(long, default_value = "")]
    pub name: String,
    /// Read the password from the first line of standard input.
    #[arg(long, conflicts_with = "invite")]
    pub password_stdin: bool,
    /// Print an invitation link (valid 7 days) for the owner to choose a password.
    #[arg(long)]
    pub invite: bool,
    /// The portal's address, for the printed link.
    #[arg(
        long,
        env = "LICENSEDESK_BASE_URL",
        default_value = "http://127.0.0.1:8080"
    )]
    pub base_url: String,
    #[arg(long, env = "LICENSEDESK_BCRYPT_COST", default_value_t = 12,
          value_parser = clap::value_parser!(u32).range(4..=31))]
    pub bcrypt_cost: u32,
}

#[derive(Debug, Args)]
pub struct UserResetLinkArgs {
    #[command(flatten)]
    pub data: DataDirArgs,
    /// The account's e-mail address.
    pub email: String,
    /// The portal's address, for the printed link.
    #[arg(
        long,
        env = "LICENSEDESK_BASE_URL",
        default_value = "http://127.0.0.1:8080"
    )]
    pub base_url: String,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    #[command(flatten)]
    pub data: DataDirArgs,
    /// Where to write the copy.
    pub file: PathBuf,
    /// Replace the file if it exists.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct DecodeArgs {
    /// A key, a file holding one, or - for standard input (the default).
    #[arg(default_value = "-")]
    pub input: String,
    /// Print one JSON object instead of a summary.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(flatten)]
    pub data: DataDirArgs,
    /// Files or folders holding keys, or the portal's CSV/JSON exports; - for standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Show what would change, change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Make this account (which must exist) a technical contact of every imported licence.
    #[arg(long)]
    pub contact: Option<String>,
    /// Import keys whose signature does not verify, marked as not genuine.
    #[arg(long)]
    pub allow_unverified: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Json,
    Keys,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub data: DataDirArgs,
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Output file (csv, json; default standard output) or folder (keys; required).
    #[arg(short = 'o', long)]
    pub output: Option<PathBuf>,
}

// Contacts and mail.

#[derive(Debug, Subcommand)]
pub enum OutboxCommand {
    /// Write every mail of the outbox to a folder, one .eml file each.
    Export(OutboxExportArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MailStateArg {
    Queued,
    Sent,
    Failed,
}

#[derive(Debug, Args)]
pub struct OutboxExportArgs {
    #[command(flatten)]
    pub data: DataDirArgs,
    /// The folder to write to; created if missing. Files of the same mail are replaced.
    pub dir: PathBuf,
    /// Only the mails in this state.
    #[arg(long, value_enum)]
    pub state: Option<MailStateArg>,
}

#[derive(Debug, Subcommand)]
pub enum RemindersCommand {
    /// Queue the support-expiry (90, 60, 30, 15 days) and evaluation (7, 1 days) reminders due
    /// today. Each is queued once per expiry date, however often this runs.
    Run(RemindersRunArgs),
}

#[derive(Debug, Args)]
pub struct RemindersRunArgs {
    #[command(flatten)]
    pub data: DataDirArgs,
    /// The portal's address, for the links in the mails.
    #[arg(
        long,
        env = "LICENSEDESK_BASE_URL",
        default_value = "http://127.0.0.1:8080"
    )]
    pub base_url: String,
    /// The sender address of the mails.
    #[arg(long, env = "LICENSEDESK_MAIL_FROM", default_value = crate::mail::DEFAULT_FROM)]
    pub mail_from: String,
}
