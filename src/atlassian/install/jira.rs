//! Jira (Software, Service Management, Core): `dbconfig.xml` names the database, and the database
//! holds both the Server ID (`jira.sid.key`) and the licences (`productlicense`).

use std::path::Path;

use super::database::{self, DEFAULT_CONNECT_TIMEOUT};
use super::products::{
    ConfigText, Context, add_licences, database_config, empty_installation, reason_not_to_connect,
    server_id_reading,
};
use super::{
    DatabaseConfig, DatabaseKind, DatabaseQueries, InstallError, InstallNote, Installation,
    Product, Source, jdbc, xml,
};

pub(super) fn read(
    config: &ConfigText<'_>,
    home: &Path,
    context: &Context<'_>,
) -> Result<Installation, InstallError> {
    let document = config.parse_xml()?;
    let mut installation = empty_installation(Product::Jira, home);
    match database_of(&document, &config.label) {
        Some(database_config) => {
            read_database(&mut installation, database_config, &config.label, context);
        }
        None => {
            installation.notes.push(InstallNote::JiraNoJdbcUrl {
                file: config.label.clone(),
            });
            // The licences are still in Jira's database, wherever it is.
            let any = DatabaseKind::Other(String::new());
            installation.licences_in_database = Some(DatabaseQueries {
                server_id_sql: (!context.server_id_given)
                    .then(|| database::jira_server_id_sql(&any, None)),
                licence_sql: database::jira_licence_sql(&any, None),
            });
        }
    }
    Ok(installation)
}

/// The database `dbconfig.xml` names, or `None` when it names none.
fn database_of(document: &xml::Document, label: &str) -> Option<DatabaseConfig> {
    let optional = |path: &str| {
        document
            .text(path)
            .filter(|value| !value.is_empty())
            .map(str::to_string)
    };
    let url = optional("jira-database-config/jdbc-datasource/url")?;
    let kind_hint = optional("jira-database-config/database-type")
        .and_then(|database_type| jdbc::kind_from_jira_database_type(&database_type));
    let mut database_config = database_config(
        &url,
        kind_hint,
        optional("jira-database-config/jdbc-datasource/username"),
        optional("jira-database-config/jdbc-datasource/password"),
        label,
    );
    if let Some(schema) = optional("jira-database-config/schema-name") {
        database_config.schema = Some(schema);
    }
    // Jira can keep the password encrypted, naming the cipher that decrypts it.
    if optional("jira-database-config/atlassian-password-cipher-provider").is_some()
        && let Some(password) = database_config.password.as_mut()
        && !database::password_is_encrypted(password)
    {
        password.insert_str(0, "{ATL_SECURED}");
    }
    Some(database_config)
}

/// Reads the Server ID and the licences from Jira's database, or says why not and what to run
/// by hand.
fn read_database(
    installation: &mut Installation,
    database_config: DatabaseConfig,
    label: &str,
    context: &Context<'_>,
) {
    let schema = database_config.schema.clone();
    let target = database::effective_target(&database_config, context.opts);
    let sqls = [
        database::jira_server_id_sql(&database_config.kind, schema.as_deref()),
        database::jira_licence_sql(&database_config.kind, schema.as_deref()),
    ];
    // App licences are only listed, never asked for: the Server ID and host licences decide.
    let apps = InstallNote::JiraAppLicenceSql {
        sql: database::jira_app_licence_sql(&database_config.kind, schema.as_deref()),
    };
    // With the Server ID given by hand, only the licences are missing.
    let ask_server_id = !context.server_id_given;
    // What to run by hand when the database is not read here.
    let queries = DatabaseQueries {
        server_id_sql: (!context.server_id_given).then(|| sqls[0].clone()),
        licence_sql: sqls[1].clone(),
    };
    if let Some(reason) = reason_not_to_connect(&database_config, label, context) {
        installation.notes.push(InstallNote::JiraNotRead {
            reason,
            ask_server_id,
        });
        installation
            .notes
            .push(database::manual_sql_note(&database_config, &target, &sqls));
        installation.notes.push(apps);
        installation.database = Some(database_config);
        installation.licences_in_database = Some(queries);
        return;
    }
    let timeout = context
        .opts
        .connect_timeout
        .unwrap_or(DEFAULT_CONNECT_TIMEOUT);
    match database::query_jira(&target, schema.as_deref(), timeout) {
        Ok(rows) => {
            match rows.server_id {
                Some(value) => {
                    installation.server_id = Some(server_id_reading(
                        &value,
                        Source::DatabaseRow {
                            table: "propertyentry/propertystring".to_string(),
                            key: "jira.sid.key".to_string(),
                        },
                        &mut installation.notes,
                    ));
                }
                None => installation.notes.push(InstallNote::JiraNoServerIdRow {
                    place: target.place(),
                }),
            }
            if rows.licences.is_empty() {
                installation.notes.push(InstallNote::JiraNoLicenceRow {
                    place: target.place(),
                });
            }
            for licence in &rows.licences {
                let source = Source::DatabaseTable {
                    table: "productlicense".to_string(),
                };
                add_licences(installation, licence, &source);
            }
            // App licences are licences of the installation too: decoded, they say they are
            // apps (their namespaces are no host product's).
            match rows.app_licences {
                Ok(apps) => {
                    for (key, licence) in &apps {
                        let source = Source::DatabaseRow {
                            table: "propertyentry/propertytext".to_string(),
                            key: key.clone(),
                        };
                        add_licences(installation, licence, &source);
                    }
                }
                Err(failure) => installation.notes.push(InstallNote::JiraAppLicencesFailed {
                    failure: failure.at(&target),
                }),
            }
        }
        Err(failure) => {
            installation.notes.push(InstallNote::JiraFailed {
                failure: failure.at(&target),
                ask_server_id,
            });
            installation
                .notes
                .push(database::manual_sql_note(&database_config, &target, &sqls));
            installation.notes.push(apps);
            installation.licences_in_database = Some(queries);
        }
    }
    installation.database = Some(database_config);
}
