//! Reading Jira's and Bitbucket's Server ID (and Jira's licences) from their PostgreSQL database,
//! read-only and with a connect timeout, and the exact SQL to run by hand for every database.

use std::time::Duration;

use postgres::NoTls;

use super::{
    DatabaseConfig, DatabaseKind, DbFailure, DbPlace, InstallNote, ManualRun, ReadOptions,
};

/// How long to wait for a database when the caller does not say.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// Where a connection goes once the caller's overrides are applied.
#[derive(Clone, PartialEq, Eq)]
pub(super) struct Target {
    pub host: String,
    pub port: u16,
    pub dbname: String,
    pub user: String,
    pub password: Option<String>,
}

impl Target {
    /// Where the query goes, for a note.
    pub fn place(&self) -> DbPlace {
        DbPlace {
            host: self.host.clone(),
            port: self.port.to_string(),
            database: self.dbname.clone(),
            user: self.user.clone(),
        }
    }
}

/// The connection to make: the configuration with the caller's overrides applied. PostgreSQL's
/// own defaults fill what neither says (user "postgres", database named like the user).
pub(super) fn effective_target(config: &DatabaseConfig, opts: &ReadOptions) -> Target {
    let user = opts
        .db_user
        .clone()
        .or_else(|| config.user.clone())
        .unwrap_or_else(|| "postgres".to_string());
    Target {
        host: opts
            .db_host
            .clone()
            .or_else(|| config.host.clone())
            .unwrap_or_else(|| "localhost".to_string()),
        port: opts.db_port.or(config.port).unwrap_or(5432),
        dbname: opts
            .db_name
            .clone()
            .or_else(|| config.database.clone())
            .unwrap_or_else(|| user.clone()),
        user,
        password: opts.db_password.clone().or_else(|| config.password.clone()),
    }
}

/// A qualified table name: `schema.table` unless the schema is the default one.
pub(super) fn table(kind: &DatabaseKind, schema: Option<&str>, name: &str) -> String {
    match schema.map(str::trim).filter(|s| !s.is_empty()) {
        Some(schema)
            if !schema.eq_ignore_ascii_case("public") && !schema.eq_ignore_ascii_case("dbo") =>
        {
            format!("{}.{}", quote_identifier(kind, schema), name)
        }
        _ => name.to_string(),
    }
}

fn quote_identifier(kind: &DatabaseKind, identifier: &str) -> String {
    let plain = identifier
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && identifier
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if plain {
        identifier.to_string()
    } else if *kind == DatabaseKind::MySql {
        format!("`{}`", identifier.replace('`', "``"))
    } else {
        format!("\"{}\"", identifier.replace('"', "\"\""))
    }
}

/// The SQL that reads Jira's Server ID.
pub fn jira_server_id_sql(kind: &DatabaseKind, schema: Option<&str>) -> String {
    format!(
        "SELECT ps.propertyvalue FROM {} pe JOIN {} ps ON ps.id = pe.id WHERE pe.property_key = 'jira.sid.key'",
        table(kind, schema, "propertyentry"),
        table(kind, schema, "propertystring"),
    )
}

/// The SQL that reads Jira's licences, one row per licence.
pub fn jira_licence_sql(kind: &DatabaseKind, schema: Option<&str>) -> String {
    format!(
        "SELECT license FROM {}",
        table(kind, schema, "productlicense")
    )
}

/// What every key under which Jira's Universal Plugin Manager keeps an app licence starts with:
/// the repository's name, cut where Jira's 100-character property keys make it cut.
pub const JIRA_APP_LICENCE_PREFIX: &str =
    "com.atlassian.upm.license.internal.impl.PluginSettingsPluginLicenseR";

/// The SQL that reads the app (Marketplace) licences Jira keeps, one row each: the property key
/// and the licence.
pub fn jira_app_licence_sql(kind: &DatabaseKind, schema: Option<&str>) -> String {
    format!(
        "SELECT pe.property_key, pt.propertyvalue FROM {} pe JOIN {} pt ON pt.id = pe.id WHERE pe.property_key LIKE '{JIRA_APP_LICENCE_PREFIX}%' ORDER BY pe.id",
        table(kind, schema, "propertyentry"),
        table(kind, schema, "propertytext"),
    )
}

/// The SQL that reads Bitbucket's Server ID.
pub fn bitbucket_server_id_sql() -> String {
    "SELECT prop_value FROM app_property WHERE prop_key = 'server.id'".to_string()
}

/// Bitbucket keeps the licence it runs with in the same table; `setup.license` in
/// bitbucket.properties only seeds it at the first start.
fn bitbucket_licence_sql() -> String {
    "SELECT prop_value FROM app_property WHERE prop_key = 'license'".to_string()
}

/// Why a database could not be read, with the driver's message.
pub(super) enum Failure {
    Connect(String),
    Query(String),
}

impl Failure {
    /// The failure with where it happened, for a note.
    pub fn at(self, target: &Target) -> DbFailure {
        let place = target.place();
        match self {
            Failure::Connect(reason) => DbFailure::Connect { place, reason },
            Failure::Query(reason) => DbFailure::Query { place, reason },
        }
    }
}

/// What Jira's database holds.
pub(super) struct JiraRows {
    pub server_id: Option<String>,
    pub licences: Vec<String>,
    /// The app licences, as (property key, licence), or why they could not be read.
    pub app_licences: Result<Vec<(String, String)>, Failure>,
}

/// What Bitbucket's database holds.
pub(super) struct BitbucketRows {
    pub server_id: Option<String>,
    pub licence: Option<String>,
}

pub(super) fn query_jira(
    target: &Target,
    schema: Option<&str>,
    timeout: Duration,
) -> Result<JiraRows, Failure> {
    let kind = DatabaseKind::PostgreSql;
    let mut client = connect(target, timeout)?;
    let mut transaction = client
        .build_transaction()
        .read_only(true)
        .start()
        .map_err(|error| Failure::Query(describe_error(&error)))?;
    let server_id = transaction
        .query(jira_server_id_sql(&kind, schema).as_str(), &[])
        .map_err(|error| Failure::Query(describe_error(&error)))?
        .iter()
        .find_map(|row| row.try_get::<_, Option<String>>(0).ok().flatten());
    let licences = transaction
        .query(jira_licence_sql(&kind, schema).as_str(), &[])
        .map_err(|error| Failure::Query(describe_error(&error)))?
        .iter()
        .filter_map(|row| row.try_get::<_, Option<String>>(0).ok().flatten())
        .collect();
    // Last, because a failure ends the transaction: the Server ID and licences are kept.
    let app_licences = query_jira_apps(&mut transaction, schema);
    // Nothing was written; ending the transaction either way is the same.
    let _ = transaction.rollback();
    Ok(JiraRows {
        server_id,
        licences,
        app_licences,
    })
}

/// Jira's app licences; none when the database has no `propertytext` table (a database holding
/// only what the Server ID and host licences need).
fn query_jira_apps(
    transaction: &mut postgres::Transaction<'_>,
    schema: Option<&str>,
) -> Result<Vec<(String, String)>, Failure> {
    let kind = DatabaseKind::PostgreSql;
    let failed = |error: postgres::Error| Failure::Query(describe_error(&error));
    let has_table: bool = transaction
        .query_one(
            "SELECT to_regclass($1) IS NOT NULL",
            &[&table(&kind, schema, "propertytext")],
        )
        .map_err(failed)?
        .try_get(0)
        .map_err(failed)?;
    if !has_table {
        return Ok(Vec::new());
    }
    Ok(transaction
        .query(jira_app_licence_sql(&kind, schema).as_str(), &[])
        .map_err(failed)?
        .iter()
        .filter_map(|row| {
            let key = row.try_get::<_, Option<String>>(0).ok().flatten()?;
            let value = row.try_get::<_, Option<String>>(1).ok().flatten()?;
            Some((key, value))
        })
        .collect())
}

pub(super) fn query_bitbucket(
    target: &Target,
    timeout: Duration,
) -> Result<BitbucketRows, Failure> {
    let mut client = connect(target, timeout)?;
    let mut transaction = client
        .build_transaction()
        .read_only(true)
        .start()
        .map_err(|error| Failure::Query(describe_error(&error)))?;
    let server_id = transaction
        .query(bitbucket_server_id_sql().as_str(), &[])
        .map_err(|error| Failure::Query(describe_error(&error)))?
        .iter()
        .find_map(|row| row.try_get::<_, Option<String>>(0).ok().flatten());
    let licence = transaction
        .query(bitbucket_licence_sql().as_str(), &[])
        .map_err(|error| Failure::Query(describe_error(&error)))?
        .iter()
        .find_map(|row| row.try_get::<_, Option<String>>(0).ok().flatten());
    let _ = transaction.rollback();
    Ok(BitbucketRows { server_id, licence })
}

/// Runs each query in one read-only transaction and returns, for each, the text of the first
/// column of every row (NULLs left out).
pub(super) fn query_texts(
    target: &Target,
    timeout: Duration,
    sqls: &[&str],
) -> Result<Vec<Vec<String>>, Failure> {
    let mut client = connect(target, timeout)?;
    let mut transaction = client
        .build_transaction()
        .read_only(true)
        .start()
        .map_err(|error| Failure::Query(describe_error(&error)))?;
    let mut answers = Vec::with_capacity(sqls.len());
    for sql in sqls {
        let rows = transaction
            .query(*sql, &[])
            .map_err(|error| Failure::Query(describe_error(&error)))?;
        answers.push(
            rows.iter()
                .filter_map(|row| row.try_get::<_, Option<String>>(0).ok().flatten())
                .collect(),
        );
    }
    // Nothing was written; ending the transaction either way is the same.
    let _ = transaction.rollback();
    Ok(answers)
}

fn connect(target: &Target, timeout: Duration) -> Result<postgres::Client, Failure> {
    let mut config = postgres::Config::new();
    config
        .host(&target.host)
        .port(target.port)
        .dbname(&target.dbname)
        .user(&target.user)
        .application_name("licensedesk")
        .connect_timeout(timeout)
        // Read-only for the whole session, and no query may hang the tool.
        .options("-c default_transaction_read_only=on -c statement_timeout=15000");
    if let Some(password) = &target.password {
        config.password(password);
    }
    config
        .connect(NoTls)
        .map_err(|error| Failure::Connect(describe_error(&error)))
}

/// The server's own message when there is one, else the client's error with its causes.
fn describe_error(error: &postgres::Error) -> String {
    if let Some(db) = error.as_db_error() {
        return format!("{}: {}", db.severity(), db.message());
    }
    let mut message = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        let text = cause.to_string();
        if !message.contains(&text) {
            message.push_str(": ");
            message.push_str(&text);
        }
        source = cause.source();
    }
    message
}

/// A note telling the user how to run `sqls` by hand against the configured database.
pub(super) fn manual_sql_note(
    config: &DatabaseConfig,
    target: &Target,
    sqls: &[String],
) -> InstallNote {
    let joined = sqls.join("; ");
    let run = match &config.kind {
        DatabaseKind::PostgreSql => ManualRun::Command(format!(
            "psql -h {} -p {} -U {} -d {} -c \"{}\"",
            target.host,
            target.port,
            target.user,
            target.dbname,
            joined.replace('"', "\\\"")
        )),
        DatabaseKind::MySql => ManualRun::Command(format!(
            "mysql -h {} -P {} -u {} -p {} -e \"{}\"",
            config.host.as_deref().unwrap_or("localhost"),
            config.port.unwrap_or(3306),
            config.user.as_deref().unwrap_or("USER"),
            config.database.as_deref().unwrap_or("DATABASE"),
            joined.replace('"', "\\\"")
        )),
        DatabaseKind::SqlServer => ManualRun::Command(format!(
            "sqlcmd -S {},{} -U {} -d {} -Q \"{}\"",
            config.host.as_deref().unwrap_or("localhost"),
            config.port.unwrap_or(1433),
            config.user.as_deref().unwrap_or("USER"),
            config.database.as_deref().unwrap_or("DATABASE"),
            joined.replace('"', "\"\"")
        )),
        DatabaseKind::Oracle => ManualRun::SqlPlus {
            connect: format!(
                "sqlplus {}@//{}:{}/{}",
                config.user.as_deref().unwrap_or("USER"),
                config.host.as_deref().unwrap_or("localhost"),
                config.port.unwrap_or(1521),
                config.database.as_deref().unwrap_or("SERVICE"),
            ),
            sql: format!("{};", sqls.join(";\n")),
        },
        DatabaseKind::H2 => ManualRun::H2Shell {
            command: super::h2::shell_command(&config.jdbc_url, config.user.as_deref(), &joined),
        },
        DatabaseKind::HsqlDb => ManualRun::Embedded {
            kind: config.kind.name().to_string(),
            url: config.jdbc_url.clone(),
            sql: joined,
        },
        DatabaseKind::Other(_) => ManualRun::Other {
            url: config.jdbc_url.clone(),
            sql: joined,
        },
    };
    InstallNote::ManualSql {
        kind: config.kind.name().to_string(),
        sqls: sqls.to_vec(),
        run,
    }
}

/// Whether a configured password is stored encrypted (Jira's `{ATL_SECURED}`, Bitbucket's
/// `{ENC}` and the like), which this tool cannot use.
pub(super) fn password_is_encrypted(password: &str) -> bool {
    let trimmed = password.trim();
    trimmed.starts_with('{') && trimmed.find('}').is_some_and(|end| end > 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jira_sql_is_exact() {
        assert_eq!(
            jira_server_id_sql(&DatabaseKind::PostgreSql, Some("public")),
            "SELECT ps.propertyvalue FROM propertyentry pe JOIN propertystring ps ON ps.id = pe.id WHERE pe.property_key = 'jira.sid.key'"
        );
        assert_eq!(
            jira_licence_sql(&DatabaseKind::PostgreSql, None),
            "SELECT license FROM productlicense"
        );
        assert_eq!(
            jira_licence_sql(&DatabaseKind::PostgreSql, Some("Jira")),
            "SELECT license FROM \"Jira\".productlicense"
        );
        assert_eq!(
            jira_licence_sql(&DatabaseKind::MySql, Some("jira db")),
            "SELECT license FROM `jira db`.productlicense"
        );
        assert_eq!(
            jira_licence_sql(&DatabaseKind::SqlServer, Some("dbo")),
            "SELECT license FROM productlicense"
        );
        assert_eq!(
            jira_licence_sql(&DatabaseKind::Oracle, Some("jiraschema")),
            "SELECT license FROM jiraschema.productlicense"
        );
    }

    #[test]
    fn encrypted_passwords_are_recognised() {
        assert!(password_is_encrypted("{ATL_SECURED}"));
        assert!(password_is_encrypted("{ENC}abc"));
        assert!(!password_is_encrypted("secret"));
        assert!(!password_is_encrypted("{}"));
    }

    #[test]
    fn overrides_win_over_the_configuration() {
        let config = DatabaseConfig {
            kind: DatabaseKind::PostgreSql,
            jdbc_url: "jdbc:postgresql://localhost:5432/jiradb".to_string(),
            host: Some("localhost".to_string()),
            port: Some(5432),
            database: Some("jiradb".to_string()),
            schema: None,
            user: Some("jira".to_string()),
            password: Some("p".to_string()),
            source: "dbconfig.xml".to_string(),
        };
        let opts = ReadOptions {
            db_host: Some("127.0.0.1".to_string()),
            db_port: Some(6543),
            db_password: Some("q".to_string()),
            ..ReadOptions::default()
        };
        let target = effective_target(&config, &opts);
        assert_eq!(
            target.place(),
            DbPlace {
                host: "127.0.0.1".to_string(),
                port: "6543".to_string(),
                database: "jiradb".to_string(),
                user: "jira".to_string(),
            }
        );
        assert_eq!(target.password.as_deref(), Some("q"));
    }
}
