//! The command line: one struct per subcommand. Server options have environment-variable twins
//! so that a service manager can configure them without a command line.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::config::{self, Config, HttpLimits, ImportLimits, MailConfig};

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
    /// Decode a licence key and verify its signature and, for keys made since 2021, its licence hash.
    Decode(DecodeArgs),
    /// Import licence keys and the portal's own CSV/JSON exports.
    Import(ImportArgs),
    /// Export the licence inventory as CSV, JSON, or one key file per licence.
    Export(ExportArgs),
    /// Read an installation's Server ID and licence keys (a product home, a config file, a
    /// support zip, a Jira XML backup, a container's env file or docker inspect output, or any
    /// text holding them).
    ServerId(ServerIdArgs),
    /// Compare an installation with the portal's records and explain any mismatch. Exit status:
    /// 0 when everything agrees, 1 when there are findings, 2 on errors.
    Diagnose(DiagnoseArgs),
    /// The mail outbox: write every mail as an .eml file (how mail leaves an air-gapped site).
    #[command(subcommand)]
    Outbox(OutboxCommand),
    /// Expiry reminders: queue the ones due today (for cron; `serve` also does it hourly).
    #[command(subcommand)]
    Reminders(RemindersCommand),
    /// Can a licence run a product version? Compares the version's release date with the
    /// licence's support expiry. Exit status: 0 eligible, 1 not eligible, 2 cannot tell (an
    /// unknown version, a release month that holds the support expiry) or errors.
    Eligible(EligibleArgs),
    /// The lifecycle tables (the cut-off dates and the release table): import a replacement,
    /// export the table in use, or go back to the shipped one.
    #[command(subcommand)]
    Lifecycle(LifecycleCommand),
    /// The organisations licences belong to: list them, or merge one into another.
    #[command(subcommand)]
    Organisation(OrganisationCommand),
    /// Personal access tokens for the JSON API: make one for an account (its secret is printed
    /// once), list them (never their secrets), or revoke one.
    #[command(subcommand)]
    Token(TokenCommand),
    /// A monitoring plugin for Nagios and Icinga: which licences end soon or have ended. Exit
    /// status: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.
    #[command(long_about = CHECK_ABOUT)]
    Check(CheckArgs),
}

const CHECK_ABOUT: &str = "A monitoring plugin for Nagios and Icinga: which licences end soon \
    or have ended.

Archived licences are ignored. A licence whose licence expiry (or an evaluation whose end) has \
    passed or comes within --critical days is CRITICAL, within --days days WARNING. Support \
    ending within --critical days is CRITICAL, within --days days WARNING; support that has \
    already ended is WARNING (the product keeps running). \"Within N days\" counts the Nth day; \
    --critical may not be more than --days.

Prints one status line in the plugin format, `LICENSEDESK WARNING - summary | perfdata` (the \
    perfdata: licences, warning, critical, expired, support_ended and soonest_days, the fewest \
    days until a date ahead, with the two thresholds), then one line per licence concerned, \
    most urgent first; with --json one JSON object instead.

Exit status: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (bad arguments, an unreadable database, \
    an unknown organisation or SEN, a portal that cannot be reached or refuses the token).

Reads the data directory's database, or with --url asks a portal over its JSON API, with a \
    personal access token: the portal checks the licences the token's account may see.";

/// `licensedesk check`: the thresholds, what to check, and where the licences are.
#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub data: DataDirArgs,
    /// WARNING when something ends within this many days.
    #[arg(long, value_name = "N", default_value_t = crate::domain::check::DEFAULT_WARNING_DAYS)]
    pub days: u32,
    /// CRITICAL when something ends within this many days (at most --days).
    #[arg(long, value_name = "N", default_value_t = crate::domain::check::DEFAULT_CRITICAL_DAYS)]
    pub critical: u32,
    /// Only the licences of this organisation: its name (as `organisation list` shows it; case
    /// and spacing do not matter) or its number.
    #[arg(long, value_name = "NAME_OR_ID")]
    pub organisation: Option<String>,
    /// Only the licence with this SEN.
    #[arg(long)]
    pub sen: Option<String>,
    /// Print one JSON object instead of the plugin's lines.
    #[arg(long)]
    pub json: bool,
    /// Ask this portal (its address, such as https://licences.example.com) over its JSON API
    /// instead of reading a data directory; needs a token.
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// The personal access token for --url. Better given in the environment variable, which
    /// keeps it off the process list.
    #[arg(long, env = "LICENSEDESK_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
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
    /// Memory for rendered licence lists, kept gzipped until the data under them changes
    /// (MiB; 0 turns the cache off). A list page of 50 licences takes about 6 KB. Pages for
    /// clients that do not take gzip (about 66 KB each) are kept apart, in a quarter as much.
    #[arg(long, env = "LICENSEDESK_PAGE_CACHE_MIB", default_value_t = 8)]
    pub page_cache_mib: usize,
    /// The language of pages before sign-in when the browser asks for none licensedesk speaks,
    /// and of new accounts: en, zh-CN, de or ja.
    #[arg(long, env = "LICENSEDESK_DEFAULT_LANGUAGE", default_value = "en",
          value_parser = parse_language)]
    pub default_language: crate::i18n::Language,
    /// Seconds a client may take to send a request's head, from its first byte (and a new
    /// connection to start its first request).
    #[arg(long, env = "LICENSEDESK_HEADER_TIMEOUT", default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub header_timeout: u64,
    /// Seconds a request body may take beyond what the minimum rate allows.
    #[arg(long, env = "LICENSEDESK_BODY_TIMEOUT", default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub body_timeout: u64,
    /// The rate (KiB a second) a long upload must keep up; slower ones are cut off with 408.
    #[arg(long, env = "LICENSEDESK_BODY_MIN_RATE_KIB", default_value_t = 16,
          value_parser = clap::value_parser!(u64).range(1..=1_048_576))]
    pub body_min_rate_kib: u64,
    /// Seconds a response may wait on a client that does not read it.
    #[arg(long, env = "LICENSEDESK_WRITE_TIMEOUT", default_value_t = 30,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub write_timeout: u64,
    /// Seconds an idle keep-alive connection is kept open.
    #[arg(long, env = "LICENSEDESK_KEEP_ALIVE_TIMEOUT", default_value_t = 60,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub keep_alive_timeout: u64,
    /// The largest request head (request line and headers) in bytes; larger ones get 431.
    #[arg(long, env = "LICENSEDESK_MAX_HEADER_BYTES", default_value_t = 32 * 1024,
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1024..=1_048_576))]
    pub max_header_bytes: usize,
    /// The most headers a request may carry; more get 431.
    #[arg(long, env = "LICENSEDESK_MAX_HEADERS", default_value_t = 100,
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(8..=10_000))]
    pub max_headers: usize,
    /// Connections held open at once; further ones wait in the accept queue. Default: 10,000,
    /// or fewer when the open-file limit would run out first.
    #[arg(long, env = "LICENSEDESK_MAX_CONNECTIONS",
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(16..))]
    pub max_connections: Option<usize>,
    /// Connections one client address (an IPv6 /64) may hold open at once; further ones are
    /// closed at once. Trusted proxies (--trusted-proxy) are not limited.
    #[arg(long, env = "LICENSEDESK_MAX_CONNECTIONS_PER_CLIENT", default_value_t = 256,
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    pub max_connections_per_client: usize,
    /// Memory for request bodies being received, all connections together (MiB); past it a
    /// request gets 503.
    #[arg(long, env = "LICENSEDESK_BODY_BUDGET_MIB", default_value_t = 512,
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(33..))]
    pub body_budget_mib: usize,
    /// Reverse proxies (addresses or CIDR blocks, comma-separated; the flag may be repeated)
    /// whose X-Forwarded-For or Forwarded header gives the client's address; from any other
    /// peer those headers are ignored.
    #[arg(long, env = "LICENSEDESK_TRUSTED_PROXY")]
    pub trusted_proxy: Vec<crate::domain::client::AddrRanges>,
    /// Memory all import previews waiting for their confirmation may hold together (MiB).
    #[arg(long, env = "LICENSEDESK_IMPORT_PENDING_MIB", default_value_t = 64)]
    pub import_pending_mib: usize,
    /// Memory one account's waiting import previews may hold (MiB).
    #[arg(
        long,
        env = "LICENSEDESK_IMPORT_PENDING_ACCOUNT_MIB",
        default_value_t = 16
    )]
    pub import_pending_account_mib: usize,
    /// Licence keys one upload on the import page may hold.
    #[arg(long, env = "LICENSEDESK_IMPORT_MAX_KEYS", default_value_t = 10_000)]
    pub import_max_keys: usize,
    /// Deliver mail through this SMTP server: smtp://host:25, smtp://host:587?tls=required or
    /// smtps://user:password@host. Without it mail waits in the outbox.
    #[arg(long, env = "LICENSEDESK_SMTP_URL")]
    pub smtp_url: Option<String>,
    /// The sender address of every mail.
    #[arg(long, env = "LICENSEDESK_MAIL_FROM", default_value = crate::config::DEFAULT_MAIL_FROM)]
    pub mail_from: String,
}

impl ServeArgs {
    /// The configuration these options give.
    pub fn config(&self) -> Config {
        let cores = config::cores();
        Config {
            data_dir: self.data.data_dir.clone(),
            listen: self.listen.clone(),
            base_url: self.base_url.clone(),
            workers: self.workers.unwrap_or(2 * cores).max(1),
            bcrypt_cost: self.bcrypt_cost,
            // Half the cores at most: a sign-in flood leaves the other half to page requests.
            bcrypt_threads: (cores / 2).max(1),
            enable_panic_route: false,
            page_cache_bytes: self.page_cache_mib.saturating_mul(1 << 20),
            default_language: self.default_language,
            http: HttpLimits {
                header_timeout: Duration::from_secs(self.header_timeout),
                body_timeout: Duration::from_secs(self.body_timeout),
                body_min_rate: self.body_min_rate_kib.saturating_mul(1024),
                write_timeout: Duration::from_secs(self.write_timeout),
                keep_alive_timeout: Duration::from_secs(self.keep_alive_timeout),
                max_header_bytes: self.max_header_bytes,
                max_headers: self.max_headers,
                max_connections: self.max_connections,
                max_connections_per_client: self.max_connections_per_client,
                body_budget_bytes: self.body_budget_mib.saturating_mul(1 << 20),
            },
            trusted_proxies: self
                .trusted_proxy
                .iter()
                .flat_map(|list| list.0.iter().copied())
                .collect(),
            imports: ImportLimits {
                pending_bytes: self.import_pending_mib.saturating_mul(1 << 20),
                pending_account_bytes: self.import_pending_account_mib.saturating_mul(1 << 20),
                max_keys: self.import_max_keys,
            },
            mail: MailConfig {
                smtp_url: self.smtp_url.clone().filter(|u| !u.trim().is_empty()),
                from: self.mail_from.clone(),
                reminders_every: Some(Duration::from_secs(3600)),
                ..MailConfig::default()
            },
        }
    }
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
    /// Let keys that do not verify replace genuine keys (without it those updates are left
    /// out and listed).
    #[arg(long)]
    pub replace_genuine: bool,
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

/// Which installation to read, and how to reach what is not in its files.
#[derive(Debug, Clone, Args)]
pub struct InstallArgs {
    /// A product home directory, one config file, a support zip, a Jira XML backup (its zip or
    /// entities.xml), a container's env file or docker inspect output, a text file (a copy of the
    /// System Information page), or - for standard input.
    pub path: String,
    /// The installation's Server ID, when it cannot be read (for example from a database this
    /// tool cannot query); it wins over the one read.
    #[arg(long, value_name = "ID")]
    pub server_id: Option<String>,
    /// A file holding a licence key installed in the product, when it cannot be read from the
    /// installation (repeat for several keys).
    #[arg(long = "installed-key", value_name = "FILE")]
    pub installed_keys: Vec<PathBuf>,
    /// The database host, instead of the one the configuration names (Jira and Bitbucket).
    #[arg(long, value_name = "HOST")]
    pub db_host: Option<String>,
    /// The database port, instead of the configured one.
    #[arg(long, value_name = "PORT")]
    pub db_port: Option<u16>,
    /// The database name, instead of the configured one.
    #[arg(long, value_name = "NAME")]
    pub db_name: Option<String>,
    /// The database user, instead of the configured one.
    #[arg(long, value_name = "USER")]
    pub db_user: Option<String>,
    /// The database password, instead of the configured one (which may be encrypted).
    #[arg(
        long,
        value_name = "PASSWORD",
        env = "LICENSEDESK_DB_PASSWORD",
        hide_env_values = true
    )]
    pub db_password: Option<String>,
    /// Never connect to a database; print the SQL to run by hand instead.
    #[arg(long)]
    pub no_database: bool,
}

#[derive(Debug, Args)]
pub struct ServerIdArgs {
    #[command(flatten)]
    pub install: InstallArgs,
    /// A file holding an installed licence key (the same as --installed-key).
    #[arg(long = "key", value_name = "FILE")]
    pub keys: Vec<PathBuf>,
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
}

/// What the installation is used for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EnvArg {
    Production,
    NonProduction,
}

#[derive(Debug, Args)]
pub struct DiagnoseArgs {
    #[command(flatten)]
    pub install: InstallArgs,
    /// The portal's data directory, whose records the installation is compared with. When it
    /// holds no database, each key is compared with the installation only (--record and
    /// --apply create it).
    #[arg(long, env = "LICENSEDESK_DATA_DIR", default_value = "licensedesk-data")]
    pub data_dir: PathBuf,
    /// Compare with this licence key (a key file, e.g. from My Atlassian) instead of the
    /// portal's records.
    #[arg(long, value_name = "FILE", conflicts_with = "apply")]
    pub key: Option<PathBuf>,
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
    /// Store this run as an instance snapshot, linked to the licences found.
    #[arg(long)]
    pub record: bool,
    /// Set the Server ID on record to the installation's for the licences found (kept in each
    /// licence's Server ID history, and in the audit log).
    #[arg(long)]
    pub apply: bool,
    /// What the installation is used for; checks that it runs the right kind of licence.
    #[arg(long, value_enum)]
    pub env: Option<EnvArg>,
    /// A name for the recorded instance (default: the home folder's name).
    #[arg(long)]
    pub label: Option<String>,
    /// The host of the recorded instance (default: this machine's hostname).
    #[arg(long)]
    pub host: Option<String>,
    /// Do not count keys whose signature does not verify (test keys) as a finding.
    #[arg(long)]
    pub allow_unverified: bool,
}

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
    /// today, the administrators' reminders of the Data Center cut-off dates (180, 90, 30
    /// days), and each organisation's monthly report to its managers. Each is queued once per
    /// date (a report once per month), however often this runs.
    Run(RemindersRunArgs),
}

#[derive(Debug, Args)]
pub struct RemindersRunArgs {
    #[command(flatten)]
    pub data: DataDirArgs,
    /// The portal's address, for the links in the mails (default: the address `serve` last
    /// started with).
    #[arg(long, env = "LICENSEDESK_BASE_URL")]
    pub base_url: Option<String>,
    /// The sender address of the mails.
    #[arg(long, env = "LICENSEDESK_MAIL_FROM", default_value = crate::config::DEFAULT_MAIL_FROM)]
    pub mail_from: String,
}

/// A language code as `--default-language` takes it.
fn parse_language(code: &str) -> Result<crate::i18n::Language, String> {
    crate::i18n::Language::from_code(code).ok_or_else(|| {
        let codes: Vec<&str> = crate::i18n::Language::ALL
            .iter()
            .map(|l| l.code())
            .collect();
        format!(
            "not a language licensedesk speaks; choose one of {}",
            codes.join(", ")
        )
    })
}

#[derive(Debug, Args)]
pub struct EligibleArgs {
    #[command(flatten)]
    pub data: DataDirArgs,
    /// A SEN on record, a licence key, a file holding one, or - for standard input.
    pub licence: String,
    /// The product: jira-software, jira-service-management, confluence, bitbucket, bamboo,
    /// crowd or fisheye-crucible.
    pub product: String,
    /// The version, such as 9.12.
    pub version: String,
    /// Print one JSON object instead of sentences.
    #[arg(long)]
    pub json: bool,
}

/// A lifecycle table, as the command line names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LifecycleTable {
    Cutoffs,
    Releases,
}

#[derive(Debug, Subcommand)]
pub enum LifecycleCommand {
    /// Replace a table with a CSV file (the same header as `export` writes); a file with a bad
    /// line is refused whole, with the line and why (exit status 2).
    Import(LifecycleImportArgs),
    /// Write the table in use as CSV (to standard output, or to a file with -o).
    Export(LifecycleExportArgs),
    /// Drop an imported table: the one shipped with licensedesk is used again.
    Reset(LifecycleResetArgs),
}

#[derive(Debug, Args)]
pub struct LifecycleImportArgs {
    #[command(flatten)]
    pub data: DataDirArgs,
    #[arg(value_enum)]
    pub table: LifecycleTable,
    /// The CSV file, or - for standard input.
    pub file: PathBuf,
    /// Check the file and show what would change; change nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct LifecycleExportArgs {
    #[command(flatten)]
    pub data: DataDirArgs,
    #[arg(value_enum)]
    pub table: LifecycleTable,
    /// Output file (default standard output).
    #[arg(short = 'o', long)]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct LifecycleResetArgs {
    #[command(flatten)]
    pub data: DataDirArgs,
    #[arg(value_enum)]
    pub table: LifecycleTable,
}

#[derive(Debug, Subcommand)]
pub enum OrganisationCommand {
    /// Every organisation: its number, its licences (not archived) and its name.
    List(OrganisationListArgs),
    /// Merge one organisation into another (by their numbers, as `list` shows them): its
    /// licences and managers move, its consultants' access ends, and it is removed. Exit
    /// status 2 when either does not exist or they are the same.
    Merge(OrganisationMergeArgs),
    /// Role mailboxes: shared addresses that receive an organisation's (or, without
    /// --organisation, the portal's) reminders and notices without being accounts.
    #[command(subcommand)]
    Mailbox(MailboxCommand),
}

#[derive(Debug, Subcommand)]
pub enum MailboxCommand {
    /// Add an address; exit status 2 when it is not an address, the language is not one
    /// licensedesk speaks, the organisation does not exist or has the address already.
    Add(MailboxAddArgs),
    /// The mailboxes: address, language, who added them.
    List(MailboxListArgs),
    /// Remove an address; exit status 2 when it is no mailbox there.
    Remove(MailboxRemoveArgs),
}

#[derive(Debug, Args)]
pub struct MailboxListArgs {
    #[command(flatten)]
    pub data: DataDirArgs,
    /// The organisation's number (as `organisation list` shows it); without it, the portal's.
    #[arg(long)]
    pub organisation: Option<i64>,
}

#[derive(Debug, Args)]
pub struct MailboxAddArgs {
    #[command(flatten)]
    pub data: DataDirArgs,
    /// The organisation's number (as `organisation list` shows it); without it, the portal's.
    #[arg(long)]
    pub organisation: Option<i64>,
    /// The language of its mails: en, zh-CN, de or ja.
    #[arg(long, default_value = "en")]
    pub language: String,
    pub address: String,
}

#[derive(Debug, Args)]
pub struct MailboxRemoveArgs {
    #[command(flatten)]
    pub data: DataDirArgs,
    /// The organisation's number (as `organisation list` shows it); without it, the portal's.
    #[arg(long)]
    pub organisation: Option<i64>,
    pub address: String,
}

#[derive(Debug, Args)]
pub struct OrganisationListArgs {
    #[command(flatten)]
    pub data: DataDirArgs,
}

#[derive(Debug, Args)]
pub struct OrganisationMergeArgs {
    #[command(flatten)]
    pub data: DataDirArgs,
    /// The organisation that is merged away.
    pub from: i64,
    /// The organisation that takes its licences and people.
    pub into: i64,
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Make a token for an account and print its secret, once, on standard output (and nothing
    /// else there). Exit status 2 when it is refused; nothing is stored then.
    Create(TokenCreateArgs),
    /// Every token, or one account's: number, account, name, scope, organisation, expiry, last
    /// use and state. Secrets are not kept, so never shown.
    List(TokenListArgs),
    /// Revoke one of an account's tokens, by its number as `list` shows it: scripts using it
    /// are refused at once. Exit status 2 when the account has no such running token.
    Revoke(TokenRevokeArgs),
}

/// What a token may do, on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TokenScopeArg {
    /// Only reading.
    Read,
    /// Reading and changing, as the account may on the web.
    Write,
}

#[derive(Debug, Args)]
pub struct TokenCreateArgs {
    #[command(flatten)]
    pub data: DataDirArgs,
    /// The e-mail address of the account the token acts for.
    #[arg(long, value_name = "EMAIL")]
    pub user: String,
    /// What the token is for (at most 80 characters), as the account page lists it.
    #[arg(long)]
    pub name: String,
    #[arg(long, value_enum, default_value = "read")]
    pub scope: TokenScopeArg,
    /// Narrow the token to one organisation's licences (its name or its number, as
    /// `licensedesk organisation list` shows them); the account must reach it.
    #[arg(long, value_name = "NAME_OR_NUMBER")]
    pub organisation: Option<String>,
    /// Days the token lives, 1 to 366 (default 90).
    #[arg(long, value_name = "N")]
    pub days: Option<String>,
}

#[derive(Debug, Args)]
pub struct TokenListArgs {
    #[command(flatten)]
    pub data: DataDirArgs,
    /// Only this account's tokens.
    #[arg(long, value_name = "EMAIL")]
    pub user: Option<String>,
}

#[derive(Debug, Args)]
pub struct TokenRevokeArgs {
    #[command(flatten)]
    pub data: DataDirArgs,
    /// The e-mail address of the token's account.
    #[arg(long, value_name = "EMAIL")]
    pub user: String,
    /// The token's number, as `licensedesk token list` shows it.
    pub id: i64,
}
