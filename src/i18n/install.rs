//! The words for why an installation could not be read (messages `install-*`). The reader
//! (`atlassian::install`) sits below the catalogue and gives only the kind of failure and its
//! values.

use crate::atlassian::install::{
    DbFailure, DbPlace, InstallError, InstallNote, ManualRun, NotConnecting, Product, SkippedEntry,
    Source,
};
use crate::tr;

use super::Language;

/// Why an installation could not be read, in a sentence. Byte counts are written plainly, as
/// limits to compare with a file's size.
pub fn install_error(lang: Language, error: &InstallError) -> String {
    let shown = |path: &std::path::Path| path.display().to_string();
    match error {
        InstallError::NotFound { path } => tr!(lang, "install-error-not-found", path = shown(path)),
        InstallError::Io { path, source } => tr!(
            lang,
            "install-error-io",
            path = shown(path),
            reason = source.to_string()
        ),
        InstallError::NotAProductHome { path, looked_for } => tr!(
            lang,
            "install-error-not-a-product-home",
            path = shown(path),
            looked_for = looked_for.clone()
        ),
        InstallError::Unrecognised { path } => {
            tr!(lang, "install-error-unrecognised", path = shown(path))
        }
        InstallError::BadConfig { path, reason } => tr!(
            lang,
            "install-error-bad-config",
            path = shown(path),
            reason = reason.clone()
        ),
        InstallError::BadZip { path, reason } => tr!(
            lang,
            "install-error-bad-zip",
            path = shown(path),
            reason = reason.clone()
        ),
        InstallError::ZipTooLarge { path, reason } => tr!(
            lang,
            "install-error-zip-too-large",
            path = shown(path),
            reason = reason.clone()
        ),
        InstallError::FileTooLarge { path, size, limit } => tr!(
            lang,
            "install-error-file-too-large",
            path = shown(path),
            size = size.to_string(),
            limit = limit.to_string()
        ),
        InstallError::BadServerId(given) => {
            tr!(lang, "install-error-bad-server-id", given = given.clone())
        }
    }
}

/// A note about an installation, in a sentence. SQL, commands and the driver's own messages are
/// shown as they are.
pub fn install_note(lang: Language, note: &InstallNote) -> String {
    match note {
        InstallNote::BitbucketNoJdbcUrl { file, sql } => tr!(
            lang,
            "install-note-bitbucket-no-jdbc-url",
            file = file.as_str(),
            sql = sql.as_str()
        ),
        InstallNote::BitbucketNoSetupLicence { file } => tr!(
            lang,
            "install-note-bitbucket-no-setup-licence",
            file = file.as_str()
        ),
        InstallNote::BitbucketNotRead { reason } => tr!(
            lang,
            "install-note-bitbucket-not-read",
            reason = not_connecting(lang, reason)
        ),
        InstallNote::BitbucketFailed { failure } => tr!(
            lang,
            "install-note-failed-ask-server-id",
            failure = db_failure(lang, failure)
        ),
        InstallNote::BitbucketNoServerIdRow { place } => tr!(
            lang,
            "install-note-bitbucket-no-server-id-row",
            place = db_place(lang, place)
        ),
        InstallNote::BitbucketLicenceDiffers => {
            tr!(lang, "install-note-bitbucket-licence-differs")
        }
        InstallNote::JiraNoJdbcUrl { file } => {
            tr!(lang, "install-note-jira-no-jdbc-url", file = file.as_str())
        }
        InstallNote::JiraNotRead {
            reason,
            ask_server_id: true,
        } => tr!(
            lang,
            "install-note-jira-not-read",
            reason = not_connecting(lang, reason)
        ),
        InstallNote::JiraNotRead {
            reason,
            ask_server_id: false,
        } => tr!(
            lang,
            "install-note-jira-not-read-licences",
            reason = not_connecting(lang, reason)
        ),
        InstallNote::JiraFailed {
            failure,
            ask_server_id: true,
        } => tr!(
            lang,
            "install-note-failed-ask-server-id",
            failure = db_failure(lang, failure)
        ),
        InstallNote::JiraFailed {
            failure,
            ask_server_id: false,
        } => db_failure(lang, failure),
        InstallNote::JiraNoServerIdRow { place } => tr!(
            lang,
            "install-note-jira-no-server-id-row",
            place = db_place(lang, place)
        ),
        InstallNote::JiraNoLicenceRow { place } => tr!(
            lang,
            "install-note-jira-no-licence-row",
            place = db_place(lang, place)
        ),
        InstallNote::ManualSql { kind, sqls, run } => {
            // Two statements (Jira's Server ID and licences) are joined as a sentence would.
            let sql = sqls
                .iter()
                .cloned()
                .reduce(|first, second| {
                    tr!(lang, "install-note-sql-and", first = first, second = second)
                })
                .unwrap_or_default();
            let run = match run {
                ManualRun::Command(command) => command.clone(),
                ManualRun::SqlPlus { connect, sql } => tr!(
                    lang,
                    "install-run-sqlplus",
                    connect = connect.as_str(),
                    sql = sql.as_str()
                ),
                ManualRun::Embedded { kind, url, sql } => tr!(
                    lang,
                    "install-run-embedded",
                    kind = kind.as_str(),
                    url = url.as_str(),
                    sql = sql.as_str()
                ),
                ManualRun::Other { url, sql } => tr!(
                    lang,
                    "install-run-other",
                    url = url.as_str(),
                    sql = sql.as_str()
                ),
                ManualRun::H2Shell { command } => {
                    tr!(lang, "install-found-run-h2", command = command.as_str())
                }
            };
            tr!(
                lang,
                "install-note-manual-sql",
                kind = kind.as_str(),
                sql = sql,
                run = run
            )
        }
        InstallNote::FisheyeNoLicence { file } => {
            tr!(
                lang,
                "install-note-fisheye-no-licence",
                file = file.as_str()
            )
        }
        InstallNote::FisheyeNoServerId => tr!(lang, "install-note-fisheye-no-server-id"),
        InstallNote::NoServerIdProperty { file, property } => tr!(
            lang,
            "install-note-no-server-id-property",
            file = file.as_str(),
            property = property.as_str()
        ),
        InstallNote::NoLicenceProperty { file, property } => tr!(
            lang,
            "install-note-no-licence-property",
            file = file.as_str(),
            property = property.as_str()
        ),
        // Quoted and escaped, so that odd characters in the value show.
        InstallNote::UnusualServerId { value, source } => tr!(
            lang,
            "install-note-unusual-server-id",
            value = format!("{value:?}"),
            source = install_source(lang, source)
        ),
        InstallNote::OtherServerId {
            found,
            source,
            used,
            used_source,
        } => tr!(
            lang,
            "install-note-other-server-id",
            found = found.as_str(),
            source = install_source(lang, source),
            used = used.as_str(),
            used_source = install_source(lang, used_source)
        ),
        InstallNote::ServerIdOverridden {
            read,
            read_source,
            given,
        } => tr!(
            lang,
            "install-note-server-id-overridden",
            read = read.as_str(),
            read_source = install_source(lang, read_source),
            given = given.as_str()
        ),
        InstallNote::LicenceSanitised { source } => {
            tr!(
                lang,
                "install-note-licence-sanitised",
                source = install_source(lang, source)
            )
        }
        InstallNote::ConfluenceDatabaseNotRead { reason } => tr!(
            lang,
            "install-note-confluence-not-read",
            reason = not_connecting(lang, reason)
        ),
        InstallNote::ConfluenceDatabaseFailed { failure } => tr!(
            lang,
            "install-note-confluence-failed",
            failure = db_failure(lang, failure)
        ),
        InstallNote::ConfluenceNoServerIdRow { place } => tr!(
            lang,
            "install-note-confluence-no-server-id-row",
            place = db_place(lang, place)
        ),
        InstallNote::ConfluenceServerIdsDisagree {
            file,
            file_source,
            database,
        } => tr!(
            lang,
            "install-note-confluence-server-ids-disagree",
            file = file.as_str(),
            file_source = install_source(lang, file_source),
            database = database.as_str()
        ),
        InstallNote::JiraAppLicenceSql { sql } => {
            tr!(
                lang,
                "install-note-jira-app-licence-sql",
                sql = sql.as_str()
            )
        }
        InstallNote::JiraAppLicencesFailed { failure } => tr!(
            lang,
            "install-note-jira-app-licences-failed",
            failure = db_failure(lang, failure)
        ),
        InstallNote::ZipEntriesNotRead { entries } => {
            let entries: Vec<String> = entries
                .iter()
                .map(|entry| match entry {
                    SkippedEntry::Unreadable { name, error } => tr!(
                        lang,
                        "install-skipped-unreadable",
                        name = name.as_str(),
                        error = error.as_str()
                    ),
                    SkippedEntry::NotText { name } => {
                        tr!(lang, "install-skipped-not-text", name = name.as_str())
                    }
                })
                .collect();
            tr!(
                lang,
                "install-note-zip-entries-not-read",
                entries = entries.join(&tr!(lang, "install-note-separator"))
            )
        }
        // Backups, containers, embedded databases and what a product reports of itself.
        found @ (InstallNote::BackupNoServerId { .. }
        | InstallNote::BackupNoLicence { .. }
        | InstallNote::ServerIdNotInEnvironment { .. }
        | InstallNote::ContainerHomeVolume { .. }
        | InstallNote::EmbeddedH2 { .. }
        | InstallNote::ProductReport { .. }
        | InstallNote::ReportedServerIdDiffers { .. }
        | InstallNote::ReportedSenDiffers { .. }) => {
            super::installs_found::note(lang, found).unwrap_or_default()
        }
    }
}

/// A note about an installation in the Diagnose page's words: where the command line's words
/// name its options (`--server-id`, `--no-database`), the page's name its Server ID field.
pub fn install_note_on_page(lang: Language, note: &InstallNote) -> String {
    match note {
        InstallNote::BitbucketNoJdbcUrl { file, sql } => tr!(
            lang,
            "install-page-note-bitbucket-no-jdbc-url",
            file = file.as_str(),
            sql = sql.as_str()
        ),
        InstallNote::BitbucketNotRead { reason } => tr!(
            lang,
            "install-page-note-bitbucket-not-read",
            reason = not_connecting_on_page(lang, reason)
        ),
        InstallNote::BitbucketFailed { failure }
        | InstallNote::JiraFailed {
            failure,
            ask_server_id: true,
        } => tr!(
            lang,
            "install-page-note-failed-ask-server-id",
            failure = db_failure(lang, failure)
        ),
        InstallNote::JiraNoJdbcUrl { file } => tr!(
            lang,
            "install-page-note-jira-no-jdbc-url",
            file = file.as_str()
        ),
        InstallNote::JiraNotRead {
            reason,
            ask_server_id: true,
        } => tr!(
            lang,
            "install-page-note-jira-not-read",
            reason = not_connecting_on_page(lang, reason)
        ),
        InstallNote::JiraNotRead {
            reason,
            ask_server_id: false,
        } => tr!(
            lang,
            "install-note-jira-not-read-licences",
            reason = not_connecting_on_page(lang, reason)
        ),
        InstallNote::ConfluenceDatabaseNotRead { reason } => tr!(
            lang,
            "install-note-confluence-not-read",
            reason = not_connecting_on_page(lang, reason)
        ),
        InstallNote::FisheyeNoServerId => tr!(lang, "install-page-note-fisheye-no-server-id"),
        InstallNote::BackupNoServerId { file } => tr!(
            lang,
            "install-page-found-backup-no-server-id",
            file = file.as_str()
        ),
        other => install_note(lang, other),
    }
}

/// Why a database was not read, as the Diagnose page says it: the page never connects to one,
/// so no option of the command line would change that.
fn not_connecting_on_page(lang: Language, reason: &NotConnecting) -> String {
    match reason {
        NotConnecting::NoDatabase | NotConnecting::EncryptedPassword { .. } => {
            tr!(lang, "install-page-not-connecting")
        }
        other => not_connecting(lang, other),
    }
}

/// The notes in `lang`, in their order.
pub fn install_notes(lang: Language, notes: &[InstallNote]) -> Vec<String> {
    notes.iter().map(|note| install_note(lang, note)).collect()
}

fn db_place(lang: Language, place: &DbPlace) -> String {
    tr!(
        lang,
        "install-db-place",
        host = place.host.as_str(),
        port = place.port.as_str(),
        database = place.database.as_str(),
        user = place.user.as_str()
    )
}

fn db_failure(lang: Language, failure: &DbFailure) -> String {
    match failure {
        DbFailure::Connect { place, reason } => tr!(
            lang,
            "install-db-connect-failed",
            place = db_place(lang, place),
            reason = reason.as_str()
        ),
        DbFailure::Query { place, reason } => tr!(
            lang,
            "install-db-query-failed",
            place = db_place(lang, place),
            reason = reason.as_str()
        ),
    }
}

fn not_connecting(lang: Language, reason: &NotConnecting) -> String {
    match reason {
        NotConnecting::NoDatabase => tr!(lang, "install-not-connecting-no-database"),
        NotConnecting::FromSupportZip { file } => {
            tr!(
                lang,
                "install-not-connecting-support-zip",
                file = file.as_str()
            )
        }
        NotConnecting::NotPostgreSql { file, kind } => tr!(
            lang,
            "install-not-connecting-not-postgresql",
            file = file.as_str(),
            kind = kind.as_str()
        ),
        NotConnecting::EncryptedPassword { file } => tr!(
            lang,
            "install-not-connecting-encrypted-password",
            file = file.as_str()
        ),
    }
}

/// The product an installation is of: Atlassian's product names as they are, and words when
/// none was recognised.
pub fn product_name(lang: Language, product: Product) -> String {
    match product {
        Product::Unidentified => tr!(lang, "install-product-unidentified"),
        named => named.name().to_string(),
    }
}

/// Where a value was read. File names, property keys and table names are shown as they are;
/// line numbers are written plainly, as in an editor.
pub fn install_source(lang: Language, source: &Source) -> String {
    match source {
        Source::Property { file, key } => tr!(
            lang,
            "install-source-property",
            file = file.as_str(),
            key = key.as_str()
        ),
        Source::Key { file, key } => tr!(
            lang,
            "install-source-key",
            file = file.as_str(),
            key = key.as_str()
        ),
        Source::Element {
            file,
            path,
            attribute: None,
        } => tr!(
            lang,
            "install-source-element",
            file = file.as_str(),
            path = path.as_str()
        ),
        Source::Element {
            file,
            path,
            attribute: Some(attribute),
        } => tr!(
            lang,
            "install-source-element-attribute",
            file = file.as_str(),
            path = path.as_str(),
            attribute = attribute.as_str()
        ),
        Source::Line {
            file,
            line,
            label: None,
        } => tr!(
            lang,
            "install-source-line",
            file = file.as_str(),
            line = line.to_string()
        ),
        Source::Line {
            file,
            line,
            label: Some(label),
        } => tr!(
            lang,
            "install-source-line-labelled",
            file = file.as_str(),
            line = line.to_string(),
            label = label.as_str()
        ),
        Source::DatabaseTable { table } => tr!(
            lang,
            "install-source-database-table",
            table = table.as_str()
        ),
        Source::DatabaseRow { table, key } => tr!(
            lang,
            "install-source-database-row",
            table = table.as_str(),
            key = key.as_str()
        ),
        Source::GivenByHand => tr!(lang, "install-source-given-by-hand"),
        Source::Text(text) => text.clone(),
    }
}
