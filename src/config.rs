//! The server's resolved configuration: built once from the command line, passed explicitly.

use std::net::SocketAddr;
use std::path::PathBuf;

// The body limits are stated with every other limit on untrusted input.
pub use crate::atlassian::install::limits::{FORM_BODY_LIMIT, UPLOAD_BODY_LIMIT};

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

pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}
