//! What the reader has to tell about an installation, as codes with their values. The words
//! live in the catalogue (`i18n::install::install_note`), which sits above this layer.

use super::{Product, Source};

/// Where a PostgreSQL query was sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DbPlace {
    pub host: String,
    pub port: String,
    pub database: String,
    pub user: String,
}

/// Why a database could not be read, with the driver's own message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DbFailure {
    Connect { place: DbPlace, reason: String },
    Query { place: DbPlace, reason: String },
}

/// Why the database a configuration names is not queried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotConnecting {
    /// `--no-database`, or the Diagnose page, which never connects.
    NoDatabase,
    /// The configuration came in a support zip from another machine.
    FromSupportZip { file: String },
    /// Only PostgreSQL is queried.
    NotPostgreSql { file: String, kind: String },
    /// The password is encrypted and none was given.
    EncryptedPassword { file: String },
}

/// How to run the SQL by hand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ManualRun {
    /// A complete command line for the database's client.
    Command(String),
    /// Connect with sqlplus, then type the SQL.
    SqlPlus { connect: String, sql: String },
    /// An embedded database (H2, HSQLDB) opened with its own shell.
    Embedded {
        kind: String,
        url: String,
        sql: String,
    },
    /// Any other database's client.
    Other { url: String, sql: String },
    /// H2's own shell, run on the database file with the product stopped: the whole command.
    H2Shell { command: String },
}

/// A support zip entry left unread, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkippedEntry {
    /// The zip library's own message.
    Unreadable {
        name: String,
        error: String,
    },
    NotText {
        name: String,
    },
}

/// One note about an installation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InstallNote {
    BitbucketNoJdbcUrl {
        file: String,
        sql: String,
    },
    BitbucketNoSetupLicence {
        file: String,
    },
    BitbucketNotRead {
        reason: NotConnecting,
    },
    BitbucketFailed {
        failure: DbFailure,
    },
    BitbucketNoServerIdRow {
        place: DbPlace,
    },
    BitbucketLicenceDiffers,
    JiraNoJdbcUrl {
        file: String,
    },
    /// `ask_server_id`: the Server ID was not given by hand, so the note asks for it.
    JiraNotRead {
        reason: NotConnecting,
        ask_server_id: bool,
    },
    JiraFailed {
        failure: DbFailure,
        ask_server_id: bool,
    },
    JiraNoServerIdRow {
        place: DbPlace,
    },
    JiraNoLicenceRow {
        place: DbPlace,
    },
    /// The SQL (one statement or more) to run by hand on a database of `kind`.
    ManualSql {
        kind: String,
        sqls: Vec<String>,
        run: ManualRun,
    },
    FisheyeNoLicence {
        file: String,
    },
    FisheyeNoServerId,
    NoServerIdProperty {
        file: String,
        property: String,
    },
    NoLicenceProperty {
        file: String,
        property: String,
    },
    UnusualServerId {
        value: String,
        source: Source,
    },
    OtherServerId {
        found: String,
        source: Source,
        used: String,
        used_source: Source,
    },
    ServerIdOverridden {
        read: String,
        read_source: Source,
        given: String,
    },
    LicenceSanitised {
        source: Source,
    },
    ZipEntriesNotRead {
        entries: Vec<SkippedEntry>,
    },
    /// A Jira XML backup (`file`, its `entities.xml`) holds no `jira.sid.key` property.
    BackupNoServerId {
        file: String,
    },
    /// A Jira XML backup holds no `ProductLicense` row.
    BackupNoLicence {
        file: String,
    },
    /// A container's environment (an env file, `docker inspect` output) gives the licence but
    /// never the Server ID.
    ServerIdNotInEnvironment {
        product: Product,
        file: String,
    },
    /// Where `docker inspect` says the product's home is mounted from on the host: the folder
    /// to read the Server ID from.
    ContainerHomeVolume {
        volume: String,
    },
    /// The product runs on its embedded H2 database (`found`: the file or URL that shows it);
    /// `command` reads the Server ID and the licence from it with the product stopped.
    EmbeddedH2 {
        product: Product,
        found: String,
        command: String,
    },
    /// What the product itself reports in a support zip's `application.xml`: SEN, Server ID and
    /// the licence details it shows, by the names it gives them.
    ProductReport {
        file: String,
        sen: Option<String>,
        server_id: Option<String>,
        details: Vec<(String, String)>,
    },
    /// The Server ID the product reports differs from the one its config files hold.
    ReportedServerIdDiffers {
        file: String,
        reported: String,
        read: String,
        read_source: Source,
    },
    /// The SEN the product reports is none of the installed keys' SENs.
    ReportedSenDiffers {
        file: String,
        reported: String,
        in_keys: Vec<String>,
    },
    /// Confluence's database, which holds the Server ID it runs with, was not read: the file's
    /// is used.
    ConfluenceDatabaseNotRead {
        reason: NotConnecting,
    },
    ConfluenceDatabaseFailed {
        failure: DbFailure,
    },
    ConfluenceNoServerIdRow {
        place: DbPlace,
    },
    /// `confluence.cfg.xml` and the database hold different Server IDs; the database's is used.
    ConfluenceServerIdsDisagree {
        file: String,
        file_source: Source,
        database: String,
    },
    /// Jira's app licences could not be read (its host licences and Server ID were).
    JiraAppLicencesFailed {
        failure: DbFailure,
    },
    /// Jira's database was not read: the SQL that lists its app licences.
    JiraAppLicenceSql {
        sql: String,
    },
}

impl InstallNote {
    /// Every text the note carries, to rewrite in place (e.g. a temporary path the user should
    /// not see).
    pub fn texts_mut(&mut self) -> Vec<&mut String> {
        fn place(p: &mut DbPlace) -> Vec<&mut String> {
            vec![&mut p.host, &mut p.port, &mut p.database, &mut p.user]
        }
        fn failure(f: &mut DbFailure) -> Vec<&mut String> {
            let (DbFailure::Connect { place: p, reason } | DbFailure::Query { place: p, reason }) =
                f;
            let mut all = place(p);
            all.push(reason);
            all
        }
        fn reason(r: &mut NotConnecting) -> Vec<&mut String> {
            match r {
                NotConnecting::NoDatabase => Vec::new(),
                NotConnecting::FromSupportZip { file }
                | NotConnecting::EncryptedPassword { file } => {
                    vec![file]
                }
                NotConnecting::NotPostgreSql { file, kind } => vec![file, kind],
            }
        }
        match self {
            InstallNote::BitbucketLicenceDiffers | InstallNote::FisheyeNoServerId => Vec::new(),
            InstallNote::BitbucketNoJdbcUrl { file, sql } => vec![file, sql],
            InstallNote::BitbucketNoSetupLicence { file }
            | InstallNote::JiraNoJdbcUrl { file }
            | InstallNote::FisheyeNoLicence { file } => vec![file],
            InstallNote::BitbucketNotRead { reason: r }
            | InstallNote::JiraNotRead { reason: r, .. }
            | InstallNote::ConfluenceDatabaseNotRead { reason: r } => reason(r),
            InstallNote::BitbucketFailed { failure: f }
            | InstallNote::JiraFailed { failure: f, .. }
            | InstallNote::ConfluenceDatabaseFailed { failure: f }
            | InstallNote::JiraAppLicencesFailed { failure: f } => failure(f),
            InstallNote::JiraAppLicenceSql { sql } => vec![sql],
            InstallNote::ConfluenceServerIdsDisagree {
                file,
                file_source,
                database,
            } => {
                let mut all = vec![file, database];
                all.extend(file_source.texts_mut());
                all
            }
            InstallNote::BitbucketNoServerIdRow { place: p }
            | InstallNote::ConfluenceNoServerIdRow { place: p }
            | InstallNote::JiraNoServerIdRow { place: p }
            | InstallNote::JiraNoLicenceRow { place: p } => place(p),
            InstallNote::ManualSql { kind, sqls, run } => {
                let mut all = vec![kind];
                all.extend(sqls.iter_mut());
                match run {
                    ManualRun::Command(command) => all.push(command),
                    ManualRun::SqlPlus { connect, sql } => all.extend([connect, sql]),
                    ManualRun::Embedded { kind, url, sql } => all.extend([kind, url, sql]),
                    ManualRun::Other { url, sql } => all.extend([url, sql]),
                    ManualRun::H2Shell { command } => all.push(command),
                }
                all
            }
            InstallNote::NoServerIdProperty { file, property }
            | InstallNote::NoLicenceProperty { file, property } => vec![file, property],
            InstallNote::UnusualServerId { value, source } => {
                let mut all = vec![value];
                all.extend(source.texts_mut());
                all
            }
            InstallNote::OtherServerId {
                found,
                source,
                used,
                used_source,
            } => {
                let mut all = vec![found, used];
                all.extend(source.texts_mut());
                all.extend(used_source.texts_mut());
                all
            }
            InstallNote::ServerIdOverridden {
                read,
                read_source,
                given,
            } => {
                let mut all = vec![read, given];
                all.extend(read_source.texts_mut());
                all
            }
            InstallNote::LicenceSanitised { source } => source.texts_mut(),
            InstallNote::ZipEntriesNotRead { entries } => entries
                .iter_mut()
                .flat_map(|entry| match entry {
                    SkippedEntry::Unreadable { name, error } => vec![name, error],
                    SkippedEntry::NotText { name } => vec![name],
                })
                .collect(),
            InstallNote::BackupNoServerId { file } | InstallNote::BackupNoLicence { file } => {
                vec![file]
            }
            InstallNote::ServerIdNotInEnvironment { file, .. } => vec![file],
            InstallNote::ContainerHomeVolume { volume } => vec![volume],
            InstallNote::EmbeddedH2 { found, command, .. } => vec![found, command],
            InstallNote::ProductReport {
                file,
                sen,
                server_id,
                details,
            } => {
                let mut all = vec![file];
                all.extend(sen.as_mut());
                all.extend(server_id.as_mut());
                all.extend(details.iter_mut().flat_map(|(name, value)| [name, value]));
                all
            }
            InstallNote::ReportedServerIdDiffers {
                file,
                reported,
                read,
                read_source,
            } => {
                let mut all = vec![file, reported, read];
                all.extend(read_source.texts_mut());
                all
            }
            InstallNote::ReportedSenDiffers {
                file,
                reported,
                in_keys,
            } => {
                let mut all = vec![file, reported];
                all.extend(in_keys.iter_mut());
                all
            }
        }
    }
}
