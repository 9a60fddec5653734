//! Bitbucket: `shared/bitbucket.properties` holds the licence (`setup.license`) and the database
//! connection (`jdbc.*`); the Server ID is in the database, table `app_property`.

use std::path::Path;

use super::database::{self, DEFAULT_CONNECT_TIMEOUT};
use super::products::{
    ConfigText, Context, add_licences, database_config, empty_installation, reason_not_to_connect,
    server_id_reading,
};
use super::{
    DatabaseConfig, DatabaseKind, InstallError, InstallNote, Installation, Product, Source, h2,
};
use crate::atlassian::properties::{get, parse_lenient};

pub(super) fn read(
    config: &ConfigText<'_>,
    home: &Path,
    context: &Context<'_>,
) -> Result<Installation, InstallError> {
    let pairs = parse_lenient(config.text);
    let mut installation = empty_installation(Product::Bitbucket, home);
    let properties_licence = get(&pairs, "setup.license")
        .map(str::trim)
        .filter(|value| !value.is_empty());
    if let Some(value) = properties_licence {
        add_licences(
            &mut installation,
            value,
            &Source::Key {
                file: config.label.clone(),
                key: "setup.license".to_string(),
            },
        );
    }
    let optional = |key: &str| {
        get(&pairs, key)
            .filter(|value| !value.is_empty())
            .map(str::to_string)
    };
    let url = get(&pairs, "jdbc.url")
        .map(str::trim)
        .filter(|url| !url.is_empty());
    let database_licence = match url {
        Some(url) => {
            let database_config = database_config(
                url,
                None,
                optional("jdbc.user"),
                optional("jdbc.password"),
                &config.label,
            );
            read_database(
                &mut installation,
                database_config,
                &config.label,
                home,
                context,
            )
        }
        None => {
            // Without jdbc.url Bitbucket runs on its embedded H2 database in the home.
            match h2::file_in_home(home, Product::Bitbucket) {
                Some(file) => installation.notes.push(h2::bitbucket_file_note(&file)),
                None => installation.notes.push(InstallNote::BitbucketNoJdbcUrl {
                    file: config.label.clone(),
                    sql: database::bitbucket_server_id_sql(),
                }),
            }
            false
        }
    };
    if properties_licence.is_none() && !database_licence {
        installation
            .notes
            .push(InstallNote::BitbucketNoSetupLicence {
                file: config.label.clone(),
            });
    }
    Ok(installation)
}

/// Reads the Server ID, and the licence Bitbucket runs with, from its database, or says why
/// not and what to run by hand; returns whether the database gave a licence.
fn read_database(
    installation: &mut Installation,
    database_config: DatabaseConfig,
    label: &str,
    home: &Path,
    context: &Context<'_>,
) -> bool {
    let target = database::effective_target(&database_config, context.opts);
    let sqls = [database::bitbucket_server_id_sql()];
    let mut database_licence = false;
    if context.server_id_given {
        // The licence is in the properties and the Server ID was given: nothing to ask for.
    } else if database_config.kind == DatabaseKind::H2 {
        let url = h2::resolve_placeholders(&database_config.jdbc_url, home);
        installation.notes.push(InstallNote::EmbeddedH2 {
            product: Product::Bitbucket,
            found: format!("{label} jdbc.url"),
            command: h2::shell_command(&url, database_config.user.as_deref(), &h2::bitbucket_sql()),
        });
    } else if let Some(reason) = reason_not_to_connect(&database_config, label, context) {
        installation
            .notes
            .push(InstallNote::BitbucketNotRead { reason });
        installation
            .notes
            .push(database::manual_sql_note(&database_config, &target, &sqls));
    } else {
        let timeout = context
            .opts
            .connect_timeout
            .unwrap_or(DEFAULT_CONNECT_TIMEOUT);
        match database::query_bitbucket(&target, timeout) {
            Ok(rows) => {
                match rows.server_id {
                    Some(value) => {
                        installation.server_id = Some(server_id_reading(
                            &value,
                            Source::DatabaseRow {
                                table: "app_property".to_string(),
                                key: "server.id".to_string(),
                            },
                            &mut installation.notes,
                        ));
                    }
                    None => installation
                        .notes
                        .push(InstallNote::BitbucketNoServerIdRow {
                            place: target.place(),
                        }),
                }
                if let Some(licence) = rows.licence.as_deref().filter(|l| !l.trim().is_empty()) {
                    database_licence = true;
                    let before = installation.licences.len();
                    let source = Source::DatabaseRow {
                        table: "app_property".to_string(),
                        key: "license".to_string(),
                    };
                    add_licences(installation, licence, &source);
                    if before > 0 && installation.licences.len() > before {
                        installation
                            .notes
                            .push(InstallNote::BitbucketLicenceDiffers);
                    }
                }
            }
            Err(failure) => {
                installation.notes.push(InstallNote::BitbucketFailed {
                    failure: failure.at(&target),
                });
                installation.notes.push(database::manual_sql_note(
                    &database_config,
                    &target,
                    &sqls,
                ));
            }
        }
    }
    installation.database = Some(database_config);
    database_licence
}
