//! The server's resolved configuration: built once from the command line, passed explicitly.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

// The body limits are stated with every other limit on untrusted input.
pub use crate::atlassian::install::limits::{FORM_BODY_LIMIT, UPLOAD_BODY_LIMIT};

/// The sender of every mail unless `--mail-from` says otherwise.
pub const DEFAULT_MAIL_FROM: &str = "licensedesk@localhost";

#[derive(Debug, Clone)]
pub struct Config {
    pub data_dir: PathBuf,
    pub listen: String,
    /// Set from `--base-url`, or from the address actually bound when absent.
    pub base_url: Option<String>,
    pub workers: usize,
    pub bcrypt_cost: u32,
    /// Threads allowed to run bcrypt at once; as many sign-ins again may wait for a turn, and
    /// no more, so that sign-ins never hold more than a few workers.
    pub bcrypt_threads: usize,
    /// Adds a route that panics, for the test proving a panic becomes a 500. Never set by the CLI.
    pub enable_panic_route: bool,
    /// Bytes of gzipped licence lists the server keeps until the data changes; 0 turns it off.
    pub page_cache_bytes: usize,
    /// What a client may take of the server: time, connections and memory.
    pub http: HttpLimits,
    /// Reverse proxies whose `X-Forwarded-For` or `Forwarded` header names the client.
    pub trusted_proxies: Vec<crate::domain::client::AddrRange>,
    /// What import previews may hold while they wait for their confirmation.
    pub imports: ImportLimits,
    pub mail: MailConfig,
    /// The language of pages before sign-in when the browser asks for none we speak, and of
    /// new accounts.
    pub default_language: crate::domain::Language,
}

impl Config {
    pub fn database_path(&self) -> PathBuf {
        self.data_dir.join(crate::store::DATABASE_FILE)
    }

    /// The base URL links are built with: `--base-url`, or http:// and the bound address.
    pub fn resolved_base_url(&self, bound: SocketAddr) -> String {
        match &self.base_url {
            Some(url) => url.trim_end_matches('/').to_owned(),
            None => format!("http://{bound}"),
        }
    }
}

/// The transport's limits, each with a `serve` flag; `Default` gives the flags' defaults.
#[derive(Debug, Clone)]
pub struct HttpLimits {
    /// From the first byte of a request to the end of its head (and a new connection's wait
    /// for its first request).
    pub header_timeout: Duration,
    /// A request body may take this long, plus a second for every `body_min_rate` bytes.
    pub body_timeout: Duration,
    /// Bytes a second a slow upload must keep up.
    pub body_min_rate: u64,
    /// How long a response may wait on a client that does not read it.
    pub write_timeout: Duration,
    /// How long an idle keep-alive connection is kept.
    pub keep_alive_timeout: Duration,
    /// The largest request head (request line and headers), in bytes: past it 431.
    pub max_header_bytes: usize,
    /// The most headers a request may carry: past it 431.
    pub max_headers: usize,
    /// Connections held open at once; further ones wait in the accept queue. `None`: the
    /// default, 10,000 or fewer when the open-file limit would run out first.
    pub max_connections: Option<usize>,
    /// Connections one client address (an IPv6 /64) may hold open; trusted proxies are not
    /// limited. Past it, a new connection is closed at once.
    pub max_connections_per_client: usize,
    /// Bytes of request bodies held at once, all connections together: past it 503.
    pub body_budget_bytes: usize,
}

impl Default for HttpLimits {
    fn default() -> HttpLimits {
        HttpLimits {
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(10),
            body_min_rate: 16 * 1024,
            write_timeout: Duration::from_secs(30),
            keep_alive_timeout: Duration::from_secs(60),
            max_header_bytes: 32 * 1024,
            max_headers: 100,
            max_connections: None,
            max_connections_per_client: 256,
            body_budget_bytes: 512 << 20,
        }
    }
}

/// The limits of the import page: a preview keeps its decoded entries (never the upload) until
/// it is confirmed or expires, within these budgets.
#[derive(Debug, Clone, Copy)]
pub struct ImportLimits {
    /// Bytes all waiting previews may hold together.
    pub pending_bytes: usize,
    /// Bytes one account's waiting previews may hold.
    pub pending_account_bytes: usize,
    /// Keys one upload may hold.
    pub max_keys: usize,
}

impl Default for ImportLimits {
    fn default() -> ImportLimits {
        ImportLimits {
            pending_bytes: 64 << 20,
            pending_account_bytes: 16 << 20,
            max_keys: 10_000,
        }
    }
}

pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The mail settings of a running portal.
#[derive(Debug, Clone)]
pub struct MailConfig {
    /// `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user:pass@host`; without it
    /// mail stays in the outbox for an administrator to export.
    pub smtp_url: Option<String>,
    /// The sender of every mail.
    pub from: String,
    /// How often the delivery thread looks for mail due.
    pub poll: Duration,
    /// The first retry waits this long; each further one twice as long, up to an hour.
    pub retry_base_seconds: i64,
    /// Attempts before a mail with transient errors is given up (failed).
    pub max_attempts: i64,
    /// How often `serve` queues the reminders due; `None` leaves it to `licensedesk reminders
    /// run` (cron).
    pub reminders_every: Option<Duration>,
    /// The first wait after a failed webhook delivery; the later ones are 5, 30, 120 and 720
    /// times as long.
    pub webhook_retry_base_seconds: i64,
}

impl Default for MailConfig {
    fn default() -> MailConfig {
        MailConfig {
            smtp_url: None,
            from: DEFAULT_MAIL_FROM.to_owned(),
            poll: Duration::from_secs(5),
            retry_base_seconds: 60,
            max_attempts: 8,
            reminders_every: None,
            webhook_retry_base_seconds: 60,
        }
    }
}
