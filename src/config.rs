//! The server's resolved configuration: built once from the command line, passed explicitly.

use std::net::SocketAddr;
use std::path::PathBuf;

/// Form bodies larger than this are refused with 413 before they are read.
pub const FORM_BODY_LIMIT: usize = 1024 * 1024;
/// Uploads (key files, support zips) may be this large.
pub const UPLOAD_BODY_LIMIT: usize = 32 * 1024 * 1024;

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
    /// What import previews may hold while they wait for their confirmation.
    pub imports: ImportLimits,
    // Contacts and mail.
    pub mail: crate::mail::MailConfig,
}

impl Config {
    pub fn from_serve_args(args: &crate::cli::ServeArgs) -> Config {
        let cores = cores();
        Config {
            data_dir: args.data.data_dir.clone(),
            listen: args.listen.clone(),
            base_url: args.base_url.clone(),
            workers: args.workers.unwrap_or(2 * cores).max(1),
            bcrypt_cost: args.bcrypt_cost,
            // Half the cores at most: a sign-in flood leaves the other half to page requests.
            bcrypt_threads: (cores / 2).max(1),
            enable_panic_route: false,
            page_cache_bytes: args.page_cache_mib.saturating_mul(1 << 20),
            imports: ImportLimits {
                pending_bytes: args.import_pending_mib.saturating_mul(1 << 20),
                pending_account_bytes: args.import_pending_account_mib.saturating_mul(1 << 20),
                max_keys: args.import_max_keys,
            },
            // Contacts and mail.
            mail: crate::mail::MailConfig::from_serve_args(args),
        }
    }

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
