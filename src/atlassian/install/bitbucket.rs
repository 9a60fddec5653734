//! Bitbucket: `shared/bitbucket.properties` holds the licence (`setup.license`) and the database
//! connection (`jdbc.*`); the Server ID is in the database, table `app_property`.

use std::path::Path;

use super::database::{self, DEFAULT_CONNECT_TIMEOUT};
use super::products::{
    ConfigText, Context, add_licences, database_config, empty_installation, reason_not_to_connect,
    server_id_reading,
};
use super::{DatabaseConfig, InstallError, Installation, Product};
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
            &format!("{} key setup.license", config.label),
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
            read_database(&mut installation, database_config, &config.label, context)
        }
        None => {
            installation.notes.push(format!(
                "{} has no jdbc.url: Bitbucket then runs on its embedded H2 database, which cannot be read while Bitbucket runs; give the Server ID from Administration > Licensing by hand (the Server ID field, or --server-id), or run by hand: {}",
                config.label,
                database::bitbucket_server_id_sql()
            ));
            false
        }
    };
    if properties_licence.is_none() && !database_licence {
        installation.notes.push(format!(
            "{} has no setup.license; Bitbucket keeps the licence it runs with in its database (Administration > Licensing shows it)",
            config.label
        ));
    }
    Ok(installation)
}

/// Reads the Server ID, and the licence Bitbucket runs with, from its database, or says why
/// not and what to run by hand; returns whether the database gave a licence.
fn read_database(
    installation: &mut Installation,
    database_config: DatabaseConfig,
    label: &str,
    context: &Context<'_>,
) -> bool {
    let target = database::effective_target(&database_config, context.opts);
    let sqls = [database::bitbucket_server_id_sql()];
    let mut database_licence = false;
    if context.server_id_given {
        // The licence is in the properties and the Server ID was given: nothing to ask for.
    } else if let Some(reason) = reason_not_to_connect(&database_config, label, context) {
        installation.notes.push(format!(
            "{reason}: Bitbucket keeps its Server ID in the database; give the Server ID by hand (the Server ID field, or --server-id)"
        ));
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
                            "database app_property server.id".to_string(),
                            &mut installation.notes,
                        ));
                    }
                    None => installation.notes.push(format!(
                        "{} has no server.id row in app_property: Bitbucket has not finished its setup",
                        target.describe()
                    )),
                }
                if let Some(licence) = rows.licence.as_deref().filter(|l| !l.trim().is_empty()) {
                    database_licence = true;
                    let before = installation.licences.len();
                    add_licences(installation, licence, "database app_property license");
                    if before > 0 && installation.licences.len() > before {
                        installation.notes.push(
                            "the licence in the database differs from setup.license in bitbucket.properties; Bitbucket uses the one in the database (setup.license only applies at the first start)"
                                .to_string(),
                        );
                    }
                }
            }
            Err(failure) => {
                installation.notes.push(format!(
                    "{}; give the Server ID by hand (the Server ID field, or --server-id)",
                    failure.describe(&target)
                ));
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
