//! Parsing the JDBC URLs the products are configured with: which database, and for PostgreSQL (and
//! as far as their syntax allows, the others) host, port and database name, with the drivers' defaults.

use super::DatabaseKind;

/// What a JDBC URL says about where the database is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JdbcUrl {
    pub kind: DatabaseKind,
    pub host: Option<String>,
    pub port: Option<u16>,
    pub database: Option<String>,
    /// `?key=value` (PostgreSQL, MySQL) or `;key=value` (SQL Server) parameters, in order.
    pub parameters: Vec<(String, String)>,
}

/// Parses a JDBC URL; `None` when it does not start with `jdbc:`.
pub fn parse_jdbc_url(url: &str) -> Option<JdbcUrl> {
    let url = url.trim();
    let rest = strip_prefix_ignore_case(url, "jdbc:")?;
    let (subprotocol, after) = rest.split_once(':').unwrap_or((rest, ""));
    let subprotocol = subprotocol.to_ascii_lowercase();
    let parsed = match subprotocol.as_str() {
        "postgresql" | "pgsql" => parse_slash_url(DatabaseKind::PostgreSql, after, 5432, true),
        "mysql" | "mariadb" => parse_slash_url(DatabaseKind::MySql, after, 3306, false),
        "sqlserver" => parse_sqlserver(after),
        "jtds" => {
            let after = strip_prefix_ignore_case(after, "sqlserver:").unwrap_or(after);
            let mut parsed = parse_slash_url(DatabaseKind::SqlServer, after, 1433, false);
            // jTDS puts its properties after ';' rather than '?'.
            if let Some(database) = parsed.database.take() {
                let mut parts = database.split(';');
                parsed.database = parts.next().filter(|d| !d.is_empty()).map(str::to_string);
                parsed.parameters.extend(parts.filter_map(split_parameter));
            }
            parsed
        }
        "oracle" => parse_oracle(after),
        "h2" => JdbcUrl {
            kind: DatabaseKind::H2,
            host: None,
            port: None,
            database: Some(after.split(';').next().unwrap_or(after).to_string()),
            parameters: Vec::new(),
        },
        "hsqldb" => JdbcUrl {
            kind: DatabaseKind::HsqlDb,
            host: None,
            port: None,
            database: Some(after.split(';').next().unwrap_or(after).to_string()),
            parameters: Vec::new(),
        },
        other => JdbcUrl {
            kind: DatabaseKind::Other(other.to_string()),
            host: None,
            port: None,
            database: None,
            parameters: Vec::new(),
        },
    };
    Some(parsed)
}

/// The kind a Jira `database-type` names (postgres72, mysql8, oracle10g, mssql, h2, hsql).
pub fn kind_from_jira_database_type(database_type: &str) -> Option<DatabaseKind> {
    let lower = database_type.trim().to_ascii_lowercase();
    let kind = if lower.starts_with("postgres") {
        DatabaseKind::PostgreSql
    } else if lower.starts_with("mysql") || lower.starts_with("mariadb") {
        DatabaseKind::MySql
    } else if lower.starts_with("oracle") {
        DatabaseKind::Oracle
    } else if lower.starts_with("mssql") || lower.starts_with("sqlserver") {
        DatabaseKind::SqlServer
    } else if lower.starts_with("h2") {
        DatabaseKind::H2
    } else if lower.starts_with("hsql") {
        DatabaseKind::HsqlDb
    } else {
        return None;
    };
    Some(kind)
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

fn split_parameter(pair: &str) -> Option<(String, String)> {
    let (key, value) = pair.split_once('=')?;
    Some((key.trim().to_string(), value.trim().to_string()))
}

/// `//host[:port][,host2...]/database?params`, or (PostgreSQL only) `database` alone or `/`,
/// meaning localhost.
fn parse_slash_url(
    kind: DatabaseKind,
    after: &str,
    default_port: u16,
    bare_database_allowed: bool,
) -> JdbcUrl {
    let (main, query) = after.split_once('?').unwrap_or((after, ""));
    let parameters: Vec<(String, String)> = query.split('&').filter_map(split_parameter).collect();
    let (host, port, database) = match main.strip_prefix("//") {
        Some(authority_and_path) => {
            let (authority, path) = authority_and_path
                .split_once('/')
                .unwrap_or((authority_and_path, ""));
            // Several hosts for failover: the first is where a client starts.
            let first = authority.split(',').next().unwrap_or("");
            let (host, port) = split_host_port(first);
            (
                Some(host.unwrap_or_else(|| "localhost".to_string())),
                Some(port.unwrap_or(default_port)),
                Some(path.to_string()).filter(|p| !p.is_empty()),
            )
        }
        None if bare_database_allowed => (
            Some("localhost".to_string()),
            Some(default_port),
            Some(main.trim_start_matches('/').to_string()).filter(|p| !p.is_empty()),
        ),
        None => (None, None, None),
    };
    let database = database.map(|d| percent_decode(&d));
    JdbcUrl {
        kind,
        host,
        port,
        database,
        parameters,
    }
}

/// `host`, `host:port`, `[v6]` or `[v6]:port`; an empty host or an unparsable port is left out.
fn split_host_port(authority: &str) -> (Option<String>, Option<u16>) {
    let authority = authority.rsplit('@').next().unwrap_or(authority);
    let (host, port) = if let Some(rest) = authority.strip_prefix('[') {
        match rest.split_once(']') {
            Some((v6, after)) => (v6, after.strip_prefix(':')),
            None => (rest, None),
        }
    } else {
        match authority.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    let host = Some(host.to_string()).filter(|h| !h.is_empty());
    let port = port.and_then(|p| p.parse::<u16>().ok());
    (host, port)
}

/// `//host[\instance][:port][;key=value...]`.
fn parse_sqlserver(after: &str) -> JdbcUrl {
    let mut parts = after.split(';');
    let authority = parts.next().unwrap_or("").trim_start_matches('/');
    let parameters: Vec<(String, String)> = parts.filter_map(split_parameter).collect();
    let (host, port) = split_host_port(authority);
    let host = host.map(|h| h.split('\\').next().unwrap_or(&h).to_string());
    let database = parameters
        .iter()
        .find(|(key, _)| {
            key.eq_ignore_ascii_case("databaseName") || key.eq_ignore_ascii_case("database")
        })
        .map(|(_, value)| value.clone());
    JdbcUrl {
        kind: DatabaseKind::SqlServer,
        host: host.or_else(|| Some("localhost".to_string())),
        port: port.or(Some(1433)),
        database,
        parameters,
    }
}

/// `thin:@host:port:SID`, `thin:@//host:port/service` or `thin:@(DESCRIPTION=...)`.
fn parse_oracle(after: &str) -> JdbcUrl {
    let mut url = JdbcUrl {
        kind: DatabaseKind::Oracle,
        host: None,
        port: None,
        database: None,
        parameters: Vec::new(),
    };
    let Some((_, target)) = after.split_once('@') else {
        return url;
    };
    if target.starts_with('(') {
        // A TNS descriptor: pick out HOST, PORT and SERVICE_NAME/SID where present.
        let upper = target.to_ascii_uppercase();
        let value_of = |key: &str| -> Option<String> {
            let at = upper.find(&format!("({key}="))? + key.len() + 2;
            let end = at + upper.get(at..)?.find(')')?;
            Some(target.get(at..end)?.trim().to_string())
        };
        url.host = value_of("HOST");
        url.port = value_of("PORT").and_then(|p| p.parse().ok());
        url.database = value_of("SERVICE_NAME").or_else(|| value_of("SID"));
    } else if let Some(service) = target.strip_prefix("//") {
        let (authority, name) = service.split_once('/').unwrap_or((service, ""));
        let (host, port) = split_host_port(authority);
        url.host = host;
        url.port = port.or(Some(1521));
        url.database = Some(name.to_string()).filter(|n| !n.is_empty());
    } else {
        let mut parts = target.split(':');
        url.host = parts.next().map(str::to_string).filter(|h| !h.is_empty());
        url.port = parts.next().and_then(|p| p.parse().ok()).or(Some(1521));
        url.database = parts.next().map(str::to_string).filter(|s| !s.is_empty());
    }
    url
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(byte) = text
                .get(i + 1..i + 3)
                .and_then(|hex| u8::from_str_radix(hex, 16).ok())
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pg(url: &str) -> (Option<String>, Option<u16>, Option<String>) {
        let parsed = parse_jdbc_url(url).expect("a jdbc url");
        assert_eq!(parsed.kind, DatabaseKind::PostgreSql);
        (parsed.host, parsed.port, parsed.database)
    }

    fn some(
        host: &str,
        port: u16,
        database: &str,
    ) -> (Option<String>, Option<u16>, Option<String>) {
        (
            Some(host.to_string()),
            Some(port),
            Some(database.to_string()),
        )
    }

    #[test]
    fn postgresql_forms() {
        assert_eq!(
            pg("jdbc:postgresql://localhost:5432/jiradb"),
            some("localhost", 5432, "jiradb")
        );
        assert_eq!(
            pg("jdbc:postgresql://db.internal/confluence"),
            some("db.internal", 5432, "confluence")
        );
        assert_eq!(
            pg("jdbc:postgresql:jiradb"),
            some("localhost", 5432, "jiradb")
        );
        assert_eq!(
            pg("JDBC:PostgreSQL://h:6543/db?ssl=true&currentSchema=jira"),
            some("h", 6543, "db")
        );
        assert_eq!(
            pg("jdbc:postgresql://a:5433,b:5434/db?targetServerType=primary"),
            some("a", 5433, "db")
        );
        assert_eq!(
            pg("jdbc:postgresql://[::1]:5433/db"),
            some("::1", 5433, "db")
        );
        assert_eq!(pg("jdbc:postgresql://[::1]/db"), some("::1", 5432, "db"));
        assert_eq!(pg("jdbc:postgresql:///db"), some("localhost", 5432, "db"));
        assert_eq!(
            pg(" jdbc:postgresql://h/my%20db "),
            some("h", 5432, "my db")
        );
        assert_eq!(pg("jdbc:postgresql://h:notaport/db"), some("h", 5432, "db"));
    }

    #[test]
    fn postgresql_parameters() {
        let parsed = parse_jdbc_url("jdbc:postgresql://h/db?user=u&password=p").expect("url");
        assert_eq!(
            parsed.parameters,
            vec![
                ("user".to_string(), "u".to_string()),
                ("password".to_string(), "p".to_string())
            ]
        );
    }

    #[test]
    fn other_databases() {
        let mysql = parse_jdbc_url("jdbc:mysql://address=x/jira?useUnicode=true").expect("url");
        assert_eq!(mysql.kind, DatabaseKind::MySql);
        let mysql = parse_jdbc_url("jdbc:mysql://dbhost:3307/jiradb?useUnicode=true").expect("url");
        assert_eq!(
            (mysql.host.as_deref(), mysql.port, mysql.database.as_deref()),
            (Some("dbhost"), Some(3307), Some("jiradb"))
        );

        let mssql =
            parse_jdbc_url("jdbc:sqlserver://sql\\inst:1444;databaseName=jira;portNumber=1")
                .expect("url");
        assert_eq!(
            (mssql.host.as_deref(), mssql.port, mssql.database.as_deref()),
            (Some("sql"), Some(1444), Some("jira"))
        );
        let jtds = parse_jdbc_url("jdbc:jtds:sqlserver://sql:1433/jira;instance=x").expect("url");
        assert_eq!(
            (jtds.kind, jtds.database.as_deref()),
            (DatabaseKind::SqlServer, Some("jira"))
        );

        let sid = parse_jdbc_url("jdbc:oracle:thin:@ora:1521:ORCL").expect("url");
        assert_eq!(
            (sid.host.as_deref(), sid.port, sid.database.as_deref()),
            (Some("ora"), Some(1521), Some("ORCL"))
        );
        let service = parse_jdbc_url("jdbc:oracle:thin:@//ora:1522/jira.example").expect("url");
        assert_eq!(
            (service.port, service.database.as_deref()),
            (Some(1522), Some("jira.example"))
        );
        let tns = parse_jdbc_url("jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=o)(PORT=1523))(CONNECT_DATA=(SERVICE_NAME=s)))").expect("url");
        assert_eq!(
            (tns.host.as_deref(), tns.port, tns.database.as_deref()),
            (Some("o"), Some(1523), Some("s"))
        );

        let h2 = parse_jdbc_url("jdbc:h2:file:/var/atlassian/jira/database/h2db;MV_STORE=TRUE")
            .expect("url");
        assert_eq!(
            (h2.kind, h2.database.as_deref()),
            (
                DatabaseKind::H2,
                Some("file:/var/atlassian/jira/database/h2db")
            )
        );
        assert_eq!(
            parse_jdbc_url("jdbc:hsqldb:file:x").map(|u| u.kind),
            Some(DatabaseKind::HsqlDb)
        );
        assert_eq!(
            parse_jdbc_url("jdbc:db2://x").map(|u| u.kind),
            Some(DatabaseKind::Other("db2".to_string()))
        );
        assert_eq!(parse_jdbc_url("postgresql://h/db"), None);
        assert_eq!(parse_jdbc_url("jdbc"), None);
    }

    #[test]
    fn jira_database_types() {
        assert_eq!(
            kind_from_jira_database_type("postgres72"),
            Some(DatabaseKind::PostgreSql)
        );
        assert_eq!(
            kind_from_jira_database_type("postgresaurora96"),
            Some(DatabaseKind::PostgreSql)
        );
        assert_eq!(
            kind_from_jira_database_type("mysql8"),
            Some(DatabaseKind::MySql)
        );
        assert_eq!(
            kind_from_jira_database_type("oracle10g"),
            Some(DatabaseKind::Oracle)
        );
        assert_eq!(
            kind_from_jira_database_type("mssql"),
            Some(DatabaseKind::SqlServer)
        );
        assert_eq!(kind_from_jira_database_type("h2"), Some(DatabaseKind::H2));
        assert_eq!(kind_from_jira_database_type("cobol"), None);
    }
}
