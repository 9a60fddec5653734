//! Confluence keeps its Server ID twice: in `confluence.cfg.xml` and in its database (table
//! `BANDANA`, context `_GLOBAL`, key `confluence.server.id`, the value wrapped as
//! `<string>…</string>`). Confluence runs with the database's; the file's is a copy that a
//! restored or cloned database leaves behind. Both are read, and a difference is reported.

use std::path::Path;

use super::database::{self, DEFAULT_CONNECT_TIMEOUT};
use super::products::{
    CONFLUENCE, ConfigText, Context, read_cfg_xml, reason_not_to_connect, server_id_reading,
};
use super::{DatabaseKind, InstallError, InstallNote, Installation, Source, cluster};

/// The SQL that reads Confluence's Server ID from its database. `BANDANA` unquoted is found in
/// every database Confluence supports (PostgreSQL folds it to the lower case it created).
pub fn confluence_server_id_sql(kind: &DatabaseKind, schema: Option<&str>) -> String {
    format!(
        "SELECT bandanavalue FROM {} WHERE bandanacontext = '_GLOBAL' AND bandanakey = 'confluence.server.id'",
        database::table(kind, schema, "BANDANA")
    )
}

/// Reads `confluence.cfg.xml`, then the Server ID in the database it names.
pub(super) fn read(
    config: &ConfigText<'_>,
    home: &Path,
    context: &Context<'_>,
) -> Result<Installation, InstallError> {
    let mut installation = read_cfg_xml(config, home, &CONFLUENCE)?;
    installation.cluster = cluster::confluence_node(&config.parse_xml()?, &config.label);
    if !context.server_id_given {
        read_database(&mut installation, &config.label, context);
    }
    Ok(installation)
}

fn read_database(installation: &mut Installation, label: &str, context: &Context<'_>) {
    let Some(database_config) = installation.database.clone() else {
        return;
    };
    let target = database::effective_target(&database_config, context.opts);
    let sql = confluence_server_id_sql(&database_config.kind, database_config.schema.as_deref());
    if let Some(reason) = reason_not_to_connect(&database_config, label, context) {
        installation
            .notes
            .push(InstallNote::ConfluenceDatabaseNotRead { reason });
        installation
            .notes
            .push(database::manual_sql_note(&database_config, &target, &[sql]));
        return;
    }
    let timeout = context
        .opts
        .connect_timeout
        .unwrap_or(DEFAULT_CONNECT_TIMEOUT);
    match database::query_texts(&target, timeout, &[sql.as_str()]) {
        Ok(mut answers) => {
            let stored = answers.pop().unwrap_or_default().into_iter().next();
            match stored.as_deref().and_then(unwrap_string) {
                Some(value) => use_database_value(installation, value),
                None => installation
                    .notes
                    .push(InstallNote::ConfluenceNoServerIdRow {
                        place: target.place(),
                    }),
            }
        }
        Err(failure) => {
            installation
                .notes
                .push(InstallNote::ConfluenceDatabaseFailed {
                    failure: failure.at(&target),
                });
            installation
                .notes
                .push(database::manual_sql_note(&database_config, &target, &[sql]));
        }
    }
}

/// The database's Server ID is the one Confluence uses: it replaces the file's, and a file that
/// says otherwise is a note naming both.
fn use_database_value(installation: &mut Installation, value: &str) {
    let source = Source::DatabaseRow {
        table: "BANDANA".to_string(),
        key: "confluence.server.id".to_string(),
    };
    let reading = server_id_reading(value, source, &mut installation.notes);
    if let Some(file) = installation.server_id.take()
        && !file.value.eq_ignore_ascii_case(&reading.value)
    {
        installation
            .notes
            .push(InstallNote::ConfluenceServerIdsDisagree {
                file: file.value,
                file_source: file.source,
                database: reading.value.clone(),
            });
    }
    installation.server_id = Some(reading);
}

/// The text inside Bandana's XML wrapping (`<string>…</string>`), or the value itself when it
/// is not wrapped; None when nothing is left.
fn unwrap_string(stored: &str) -> Option<&str> {
    let trimmed = stored.trim();
    let inner = trimmed
        .strip_prefix("<string>")
        .and_then(|rest| rest.strip_suffix("</string>"))
        .unwrap_or(trimmed)
        .trim();
    (!inner.is_empty()).then_some(inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bandana_values_are_unwrapped() {
        assert_eq!(
            unwrap_string("<string>B7QW-LK2M-9HZD-XR4T</string>"),
            Some("B7QW-LK2M-9HZD-XR4T")
        );
        assert_eq!(
            unwrap_string(" B7QW-LK2M-9HZD-XR4T\n"),
            Some("B7QW-LK2M-9HZD-XR4T")
        );
        assert_eq!(unwrap_string("<string></string>"), None);
    }

    #[test]
    fn the_sql_is_exact() {
        assert_eq!(
            confluence_server_id_sql(&DatabaseKind::PostgreSql, None),
            "SELECT bandanavalue FROM BANDANA WHERE bandanacontext = '_GLOBAL' AND bandanakey = 'confluence.server.id'"
        );
        assert_eq!(
            confluence_server_id_sql(&DatabaseKind::MySql, Some("wiki")),
            "SELECT bandanavalue FROM wiki.BANDANA WHERE bandanacontext = '_GLOBAL' AND bandanakey = 'confluence.server.id'"
        );
    }
}
