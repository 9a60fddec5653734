//! Reading an Atlassian product installation: which product it is, its Server ID and where that was
//! read, the raw licence key strings it has installed, and how to reach its database.
//!
//! The input is a product home directory, a single config file, a support zip, or any text (a pasted
//! System Information page), a Jira XML backup, or a container's environment. Keys are returned
//! as found, never decoded here (but for their SEN, to compare it with the one a product reports
//! in a support zip): decoding and the mismatch diagnosis belong to later layers. Nothing here
//! depends on the rest of the crate but `super::key` (the key scanner, and the decoder for that
//! SEN).

mod app_properties;
mod backup;
mod bitbucket;
mod cluster;
mod confluence_db;
mod database;
mod docker;
mod files;
mod fisheye;
mod h2;
mod jdbc;
mod jira;
pub mod limits;
mod note;
mod products;
mod scan;
mod source;
mod support_zip;
pub mod xml;

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Serialize;

pub use cluster::ClusterNode;
pub use confluence_db::confluence_server_id_sql;
pub use database::{
    JIRA_APP_LICENCE_PREFIX, bitbucket_server_id_sql, jira_app_licence_sql, jira_licence_sql,
    jira_server_id_sql,
};
pub use jdbc::{JdbcUrl, parse_jdbc_url};
pub use note::{DbFailure, DbPlace, InstallNote, ManualRun, NotConnecting, SkippedEntry};
pub use scan::{FoundServerId, TextScan, scan_text};
pub use source::Source;
pub use support_zip::ZipLimits;

/// The product an installation belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Product {
    /// Jira Software, Jira Service Management or Jira Core: one home layout, told apart only by
    /// the licences installed.
    Jira,
    Confluence,
    Bamboo,
    Crowd,
    Bitbucket,
    /// Fisheye and Crucible share one instance directory (FISHEYE_INST).
    Fisheye,
    /// Text or a support zip that holds a Server ID or a key but does not say which product.
    Unidentified,
}

impl Product {
    /// The name a user knows the product by.
    pub fn name(self) -> &'static str {
        match self {
            Product::Jira => "Jira",
            Product::Confluence => "Confluence",
            Product::Bamboo => "Bamboo",
            Product::Crowd => "Crowd",
            Product::Bitbucket => "Bitbucket",
            Product::Fisheye => "Fisheye/Crucible",
            Product::Unidentified => "unidentified product",
        }
    }
}

impl fmt::Display for Product {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What was read from one installation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Installation {
    pub product: Product,
    /// The home directory; for a config file, the directory holding it; for a support zip or a
    /// text file, the file itself.
    pub home: PathBuf,
    pub server_id: Option<ServerIdReading>,
    pub licences: Vec<RawLicence>,
    /// The database connection as the configuration names it (the password is never serialised).
    pub database: Option<DatabaseConfig>,
    /// Set when the product keeps its licences in a database that was not read (Jira): no key
    /// found then says nothing about what is installed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub licences_in_database: Option<DatabaseQueries>,
    /// Set when the installation is one node of a Data Center cluster.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster: Option<ClusterNode>,
    /// What could not be read and why, and the exact SQL to run by hand; the catalogue words
    /// them.
    #[serde(skip)]
    pub notes: Vec<InstallNote>,
}

/// The SQL that reads what a product keeps in its database, to run by hand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DatabaseQueries {
    /// Reads the Server ID; None when the Server ID was given by hand.
    pub server_id_sql: Option<String>,
    /// Reads the installed licence keys, one row each.
    pub licence_sql: String,
}

/// A Server ID and where it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ServerIdReading {
    pub value: String,
    /// Where it was read.
    pub source: Source,
}

/// One licence key exactly as installed (whitespace and escaped line breaks removed), not decoded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RawLicence {
    pub raw: String,
    /// Where it was read.
    pub source: Source,
}

/// The kind of database a product is configured with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum DatabaseKind {
    PostgreSql,
    MySql,
    Oracle,
    SqlServer,
    H2,
    HsqlDb,
    Other(String),
}

impl DatabaseKind {
    pub fn name(&self) -> &str {
        match self {
            DatabaseKind::PostgreSql => "PostgreSQL",
            DatabaseKind::MySql => "MySQL/MariaDB",
            DatabaseKind::Oracle => "Oracle",
            DatabaseKind::SqlServer => "SQL Server",
            DatabaseKind::H2 => "H2",
            DatabaseKind::HsqlDb => "HSQLDB",
            DatabaseKind::Other(name) => name,
        }
    }
}

/// A database connection as read from a product's configuration.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct DatabaseConfig {
    pub kind: DatabaseKind,
    /// The JDBC URL exactly as configured.
    pub jdbc_url: String,
    pub host: Option<String>,
    pub port: Option<u16>,
    pub database: Option<String>,
    /// Jira's `schema-name`, when it names one.
    pub schema: Option<String>,
    pub user: Option<String>,
    #[serde(skip)]
    pub password: Option<String>,
    /// Where the connection was read: "dbconfig.xml" or "shared/bitbucket.properties".
    pub source: String,
}

impl fmt::Debug for DatabaseConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DatabaseConfig")
            .field("kind", &self.kind)
            .field("jdbc_url", &self.jdbc_url)
            .field("host", &self.host)
            .field("port", &self.port)
            .field("database", &self.database)
            .field("schema", &self.schema)
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "<hidden>"))
            .field("source", &self.source)
            .finish()
    }
}

/// What the caller can change about how an installation is read.
#[derive(Clone, Default)]
pub struct ReadOptions {
    /// Replace the database host (and port, name, user, password) from the configuration.
    pub db_host: Option<String>,
    pub db_port: Option<u16>,
    pub db_name: Option<String>,
    pub db_user: Option<String>,
    pub db_password: Option<String>,
    /// The Server ID given by hand; it wins over anything read.
    pub server_id_override: Option<String>,
    /// Never connect to a database.
    pub no_database: bool,
    /// How long to wait for the database; 5 seconds when not given.
    pub connect_timeout: Option<Duration>,
    /// Caps on what a support zip may make us decompress.
    pub zip_limits: ZipLimits,
}

impl fmt::Debug for ReadOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ReadOptions")
            .field("db_host", &self.db_host)
            .field("db_port", &self.db_port)
            .field("db_name", &self.db_name)
            .field("db_user", &self.db_user)
            .field(
                "db_password",
                &self.db_password.as_ref().map(|_| "<hidden>"),
            )
            .field("server_id_override", &self.server_id_override)
            .field("no_database", &self.no_database)
            .field("connect_timeout", &self.connect_timeout)
            .field("zip_limits", &self.zip_limits)
            .finish()
    }
}

/// Why an installation could not be read. A database that cannot be reached is not an error: the
/// installation then carries a note instead.
#[derive(Debug, thiserror::Error)]
pub enum InstallError {
    #[error("{path}: no such file or directory")]
    NotFound { path: PathBuf },
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} is not a product home: looked for {looked_for}")]
    NotAProductHome { path: PathBuf, looked_for: String },
    #[error(
        "{path}: not a product home, config file, support zip or text containing a Server ID or licence key"
    )]
    Unrecognised { path: PathBuf },
    #[error("{path}: {reason}")]
    BadConfig { path: PathBuf, reason: String },
    #[error("{path}: not a readable zip file: {reason}")]
    BadZip { path: PathBuf, reason: String },
    #[error("{path}: refused to unpack: {reason}")]
    ZipTooLarge { path: PathBuf, reason: String },
    #[error("{path}: too large to be a config file or pasted text ({size} bytes; at most {limit})")]
    FileTooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    #[error("the Server ID given by hand, {0:?}, is not of the form XXXX-XXXX-XXXX-XXXX")]
    BadServerId(String),
}

/// The Server ID given by hand, normalised, or why it is not one.
fn server_id_given(opts: &ReadOptions) -> Result<Option<String>, InstallError> {
    opts.server_id_override
        .as_ref()
        .map(|given| {
            normalise_server_id(given).ok_or_else(|| InstallError::BadServerId(given.clone()))
        })
        .transpose()
}

/// Read the installation at `path`: a product home, one config file, a support zip or a text file.
pub fn read_installation(path: &Path, opts: &ReadOptions) -> Result<Installation, InstallError> {
    let server_id_override = server_id_given(opts)?;
    let metadata = std::fs::metadata(path).map_err(|source| io_error(path, source))?;
    let mut installation = if metadata.is_dir() {
        products::read_home(path, opts, server_id_override.is_some())?
    } else {
        files::read_file(path, opts, server_id_override.is_some())?
    };
    // Only a home on disk has a cluster.properties beside its config: an upload's name is no
    // place to look on this machine.
    if installation.product == Product::Jira && installation.cluster.is_none() {
        installation.cluster = cluster::jira_node(&installation.home)?;
    }
    Ok(apply_server_id_override(installation, server_id_override))
}

/// Read text that is not a file: standard input or a pasted form field, named by `label`
/// ("standard input"). A config file is known by its content; any other text is scanned for
/// Server IDs next to their labels and for licence keys. A zip cannot be read this way.
pub fn read_text(
    bytes: &[u8],
    label: &str,
    opts: &ReadOptions,
) -> Result<Installation, InstallError> {
    let server_id_override = server_id_given(opts)?;
    let installation = files::read_text(bytes, label, "", opts, server_id_override.is_some())?;
    Ok(apply_server_id_override(installation, server_id_override))
}

/// Read a file that is in memory, not on disk (an upload), named `file_name` as its owner named
/// it: a config file by that name, else by its content, else any text. The bytes are read in
/// place, never copied whole. A zip cannot be read this way; give it to [`read_installation`].
pub fn read_named_text(
    bytes: &[u8],
    file_name: &str,
    opts: &ReadOptions,
) -> Result<Installation, InstallError> {
    let server_id_override = server_id_given(opts)?;
    let installation = files::read_text(
        bytes,
        file_name,
        file_name,
        opts,
        server_id_override.is_some(),
    )?;
    Ok(apply_server_id_override(installation, server_id_override))
}

/// The Server ID given by hand wins over the one read, which is kept in a note.
fn apply_server_id_override(
    mut installation: Installation,
    server_id_override: Option<String>,
) -> Installation {
    if let Some(value) = server_id_override {
        if let Some(read) = &installation.server_id
            && read.value != value
        {
            installation.notes.push(InstallNote::ServerIdOverridden {
                read: read.value.clone(),
                read_source: read.source.clone(),
                given: value.clone(),
            });
        }
        installation.server_id = Some(ServerIdReading {
            value,
            source: Source::GivenByHand,
        });
    }
    installation
}

/// A Server ID in its canonical form (upper case, XXXX-XXXX-XXXX-XXXX of letters and digits), or
/// None when `text` is not one.
pub fn normalise_server_id(text: &str) -> Option<String> {
    let upper = text.trim().to_ascii_uppercase();
    scan::is_server_id(upper.as_bytes()).then_some(upper)
}

fn io_error(path: &Path, source: std::io::Error) -> InstallError {
    if source.kind() == std::io::ErrorKind::NotFound {
        InstallError::NotFound {
            path: path.to_path_buf(),
        }
    } else {
        InstallError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// A licence value as stored, cut into the keys it holds. A value in which the key scanner finds
/// no key is still returned whole, so that a later layer can report it as damaged.
fn licences_from_value(value: &str, source: &Source) -> Vec<RawLicence> {
    let found = super::key::find_keys(value);
    let raws: Vec<String> = if found.is_empty() {
        vec![compact_key_text(value)]
    } else {
        found.iter().map(|key| compact_key_text(&key.raw)).collect()
    };
    raws.into_iter()
        .filter(|raw| !raw.is_empty())
        .map(|raw| RawLicence {
            raw,
            source: source.clone(),
        })
        .collect()
}

/// Removes whitespace and escaped line breaks (`\n`, `\r`, `\t` written out), which Atlassian's
/// base64 alphabet never contains, so the result is the key exactly as Atlassian issued it.
fn compact_key_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && matches!(chars.peek(), Some('n' | 'r' | 't')) {
            chars.next();
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compacting_removes_spaces_and_escaped_newlines() {
        assert_eq!(
            compact_key_text(" AAA B\\nCC\r\n DD\\r\\n\tX02q6 "),
            "AAABCCDDX02q6"
        );
    }

    #[test]
    fn server_ids_are_normalised() {
        assert_eq!(
            normalise_server_id(" bg9t-xuv4-kzzh-b01w\n").as_deref(),
            Some("BG9T-XUV4-KZZH-B01W")
        );
        assert_eq!(normalise_server_id("BG9T-XUV4-KZZH"), None);
        assert_eq!(normalise_server_id("BG9T-XUV4-KZZH-B01W-"), None);
    }
}
