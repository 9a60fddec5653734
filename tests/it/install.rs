//! Reading product installations as a user points the tool at them: the shared fixture homes,
//! homes laid out here, single config files, support zips, pasted text, and Jira's and
//! Bitbucket's PostgreSQL databases (needs LICENSEDESK_TEST_PG; required when CI is set).

use std::io::Write;
use std::path::Path;

use licensedesk::atlassian::install::{
    InstallError, Installation, Product, ReadOptions, ZipLimits, read_installation, scan_text,
};

use licensedesk::i18n::Language;

use crate::support::{corpus, encoder};

// ---------------------------------------------------------------------------------------------
// Support: keys, homes, the shared corpus, PostgreSQL.

/// A string with the shape of a version-2 key (no valid content or signature): "AAA", base64
/// characters, "X02" and the body length in base 31, as the key scanner expects.
fn fake_key(seed: u32) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut state = seed.wrapping_mul(2_654_435_761).wrapping_add(12345);
    let mut body = String::from("AAAB");
    while body.len() < 300 {
        state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
        body.push(ALPHABET[(state >> 16) as usize % 64] as char);
    }
    format!("{body}X02{}", encoder::base31(body.len() as u64))
}

pub(crate) fn write(path: &Path, contents: impl AsRef<[u8]>) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create dirs");
    }
    std::fs::write(path, contents).expect("write file");
}

pub(crate) fn cfg_xml(root: &str, properties: &[(&str, &str)]) -> String {
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<{root}>\n  <setupStep>complete</setupStep>\n  <properties>\n"
    );
    for (name, value) in properties {
        xml.push_str(&format!(
            "    <property name=\"{name}\">{value}</property>\n"
        ));
    }
    xml.push_str(&format!("  </properties>\n</{root}>\n"));
    xml
}

pub(crate) fn confluence_home(dir: &Path, server_id: &str, licence_text: &str) {
    write(
        &dir.join("confluence.cfg.xml"),
        cfg_xml(
            "confluence-configuration",
            &[
                ("atlassian.license.message", licence_text),
                ("confluence.setup.server.id", server_id),
                (
                    "hibernate.connection.url",
                    "jdbc:postgresql://db.internal:5432/confluence",
                ),
            ],
        ),
    );
}

pub(crate) fn bamboo_home(dir: &Path, server_id: &str, licence_text: &str) {
    write(
        &dir.join("bamboo.cfg.xml"),
        cfg_xml(
            "application-configuration",
            &[("license.string", licence_text), ("serverId", server_id)],
        ),
    );
}

/// Crowd 2.x and later keep crowd.cfg.xml in shared/; older installs in the home itself.
fn crowd_home(dir: &Path, server_id: &str, licence_text: &str, older_layout: bool) {
    let file = if older_layout {
        dir.join("crowd.cfg.xml")
    } else {
        dir.join("shared/crowd.cfg.xml")
    };
    write(
        &file,
        cfg_xml(
            "application-configuration",
            &[("crowd.server.id", server_id), ("license", licence_text)],
        ),
    );
}

fn jira_home(dir: &Path, database_type: &str, url: &str, user: &str, password: &str) {
    write(
        &dir.join("dbconfig.xml"),
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<jira-database-config>\n  <name>defaultDS</name>\n  \
             <delegator-name>default</delegator-name>\n  <database-type>{database_type}</database-type>\n  \
             <schema-name>public</schema-name>\n  <jdbc-datasource>\n    <url>{url}</url>\n    \
             <username>{user}</username>\n    <password>{password}</password>\n  </jdbc-datasource>\n\
             </jira-database-config>\n"
        ),
    );
}

fn bitbucket_home(dir: &Path, licence_line: &str, url: &str, user: &str, password: &str) {
    write(
        &dir.join("shared/bitbucket.properties"),
        format!(
            "# Bitbucket\nsetup.displayName=Test\n{licence_line}\njdbc.driver=org.postgresql.Driver\n\
             jdbc.url={url}\njdbc.user={user}\njdbc.password={password}\n"
        ),
    );
}

fn read(path: &Path) -> Installation {
    read_installation(path, &ReadOptions::default())
        .unwrap_or_else(|error| panic!("reading {}: {error}", path.display()))
}

fn no_database() -> ReadOptions {
    ReadOptions {
        no_database: true,
        ..ReadOptions::default()
    }
}

fn server_id(installation: &Installation) -> Option<&str> {
    installation
        .server_id
        .as_ref()
        .map(|reading| reading.value.as_str())
}

fn raws(installation: &Installation) -> Vec<&str> {
    installation
        .licences
        .iter()
        .map(|licence| licence.raw.as_str())
        .collect()
}

fn notes(installation: &Installation) -> String {
    licensedesk::i18n::install::install_notes(Language::En, &installation.notes).join("\n")
}

/// Prints past the test harness's capture, so that a skipped part shows in every run.
fn say(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// A key as a product stores it has the version-2 trailer: "X02" and base-31 length digits.
fn has_key_shape(raw: &str) -> bool {
    let Some(at) = raw.rfind("X02") else {
        return false;
    };
    let digits = &raw[at + 3..];
    raw.starts_with("AAA")
        && !digits.is_empty()
        && digits
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'u').contains(&b))
        && raw
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/' || b == b'=')
}

/// PostgreSQL for the tests, from LICENSEDESK_TEST_PG; in CI its absence fails the test.
pub(crate) fn test_pg() -> Option<postgres::Config> {
    match std::env::var("LICENSEDESK_TEST_PG") {
        Ok(text) if !text.trim().is_empty() => Some(
            text.parse()
                .expect("LICENSEDESK_TEST_PG is a libpq connection string"),
        ),
        _ => {
            assert!(
                std::env::var_os("CI").is_none(),
                "PostgreSQL required in CI: set LICENSEDESK_TEST_PG (bash .ci/start-postgres prints it)"
            );
            say(
                "NOTE: the PostgreSQL tests of the installation reader did not run: LICENSEDESK_TEST_PG is not set (run `bash .ci/start-postgres` as root and export what it prints)",
            );
            None
        }
    }
}

/// A fresh database for one test, dropped at the end.
pub(crate) struct TestDb {
    admin: postgres::Config,
    pub(crate) name: String,
    pub(crate) host: String,
    pub(crate) port: u16,
    pub(crate) user: String,
    pub(crate) password: String,
}

impl TestDb {
    pub(crate) fn create(admin: &postgres::Config, tag: &str, sql: &str) -> TestDb {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let name = format!(
            "licensedesk_test_{tag}_{}_{}_{}",
            std::process::id(),
            nanos,
            COUNTER.fetch_add(1, Ordering::SeqCst)
        );
        let mut client = admin
            .connect(postgres::NoTls)
            .expect("connect to LICENSEDESK_TEST_PG");
        client
            .batch_execute(&format!("CREATE DATABASE \"{name}\""))
            .expect("create test database");
        let mut config = admin.clone();
        config.dbname(&name);
        let mut db_client = config
            .connect(postgres::NoTls)
            .expect("connect to the test database");
        db_client.batch_execute(sql).expect("load the SQL");
        let host = match admin.get_hosts().first() {
            Some(postgres::config::Host::Tcp(host)) => host.clone(),
            _ => "127.0.0.1".to_string(),
        };
        TestDb {
            admin: admin.clone(),
            name,
            host,
            port: admin.get_ports().first().copied().unwrap_or(5432),
            user: admin.get_user().unwrap_or("postgres").to_string(),
            password: admin
                .get_password()
                .map(|p| String::from_utf8_lossy(p).into_owned())
                .unwrap_or_default(),
        }
    }

    pub(crate) fn url(&self) -> String {
        format!(
            "jdbc:postgresql://{}:{}/{}",
            self.host, self.port, self.name
        )
    }

    /// Options pointing whatever the configuration says at this database.
    fn overrides(&self) -> ReadOptions {
        ReadOptions {
            db_host: Some(self.host.clone()),
            db_port: Some(self.port),
            db_name: Some(self.name.clone()),
            db_user: Some(self.user.clone()),
            db_password: Some(self.password.clone()),
            ..ReadOptions::default()
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Ok(mut client) = self.admin.connect(postgres::NoTls) {
            let _ = client.batch_execute(&format!(
                "DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)",
                self.name
            ));
        }
    }
}

pub(crate) fn jira_sql(server_id: &str, licences: &[&str]) -> String {
    let mut sql = String::from(
        "CREATE TABLE propertyentry (id numeric(18,0) PRIMARY KEY, entity_name varchar(255), entity_id numeric(18,0), property_key varchar(255), propertytype numeric(9,0));\n\
         CREATE TABLE propertystring (id numeric(18,0) PRIMARY KEY, propertyvalue text);\n\
         CREATE TABLE productlicense (id numeric(18,0) PRIMARY KEY, license text);\n\
         INSERT INTO propertyentry VALUES (10011, 'jira.properties', 1, 'jira.title', 5);\n\
         INSERT INTO propertystring VALUES (10011, 'Server ID: ZZZZ-ZZZZ-ZZZZ-ZZZZ is not this');\n",
    );
    sql.push_str(&format!(
        "INSERT INTO propertyentry VALUES (10010, 'jira.properties', 1, 'jira.sid.key', 5);\nINSERT INTO propertystring VALUES (10010, '{server_id}');\n"
    ));
    for (index, licence) in licences.iter().enumerate() {
        sql.push_str(&format!(
            "INSERT INTO productlicense VALUES ({}, '{}');\n",
            10100 + index,
            licence.replace('\'', "''")
        ));
    }
    sql
}

pub(crate) fn bitbucket_sql(server_id: &str) -> String {
    format!(
        "CREATE TABLE app_property (prop_key varchar(50) PRIMARY KEY, prop_value varchar(2048));\n\
         INSERT INTO app_property VALUES ('server.id', '{server_id}');\n\
         INSERT INTO app_property VALUES ('instance.name', 'Test');\n"
    )
}

// ---------------------------------------------------------------------------------------------
// The shared corpus.

#[test]
fn shared_fixture_homes_read_as_expected() {
    let Some(installs) = corpus::installs_dir() else {
        return;
    };
    let expected: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(installs.join("EXPECTED.json")).expect("EXPECTED.json"),
    )
    .expect("EXPECTED.json is JSON");
    let expected = expected.as_object().expect("an object");
    assert!(expected.len() >= 5, "EXPECTED.json lists the homes");
    for (folder, want) in expected {
        let installation = read_installation(&installs.join(folder), &no_database())
            .unwrap_or_else(|error| panic!("{folder}: {error}"));
        assert_eq!(
            installation.product.name(),
            want["product"],
            "{folder}: product"
        );
        let from_database = want.get("server_id_source").is_some();
        if from_database {
            // Jira and Bitbucket: the Server ID is in the database, which this test does not read.
            assert_eq!(server_id(&installation), None, "{folder}");
            assert!(
                notes(&installation).contains("SQL to run by hand"),
                "{folder}: {:?}",
                installation.notes
            );
        } else {
            assert_eq!(
                server_id(&installation),
                want["server_id"].as_str(),
                "{folder}: server ID"
            );
        }
        let key_count = want["license_server_ids"].as_array().map_or(0, Vec::len);
        if installation.product != Product::Jira {
            assert_eq!(
                installation.licences.len(),
                key_count,
                "{folder}: licences {:?}",
                installation.licences
            );
        }
        for licence in &installation.licences {
            assert!(
                has_key_shape(&licence.raw),
                "{folder}: {} from {}",
                licence.raw,
                licence.source
            );
        }
    }
}

#[test]
fn shared_fixture_jira_and_bitbucket_read_their_postgresql_databases() {
    let Some(installs) = corpus::installs_dir() else {
        return;
    };
    let Some(admin) = test_pg() else { return };
    let expected: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(installs.join("EXPECTED.json")).expect("EXPECTED.json"),
    )
    .expect("JSON");
    for (folder, sql_file, tag) in [
        ("jira-home", "jira-db.sql", "jira"),
        ("bitbucket-home", "bitbucket-db.sql", "bitbucket"),
    ] {
        let sql = std::fs::read_to_string(installs.join(sql_file)).expect("fixture SQL");
        let db = TestDb::create(&admin, tag, &sql);
        let want = &expected[folder];
        let key_count = want["license_server_ids"].as_array().map_or(0, Vec::len);

        // 1. The fixture home as it is, with the connection pointed at the test database.
        let installation = read_installation(&installs.join(folder), &db.overrides())
            .unwrap_or_else(|error| panic!("{folder}: {error}"));
        assert_eq!(installation.product.name(), want["product"]);
        assert_eq!(
            server_id(&installation),
            want["server_id"].as_str(),
            "{folder}: {:?}",
            installation.notes
        );
        assert_eq!(installation.licences.len(), key_count, "{folder}");
        assert!(installation.licences.iter().all(|l| has_key_shape(&l.raw)));

        // 2. A copy of the home whose own config names the test database: no overrides.
        let home = tempfile::tempdir().expect("tempdir");
        let config_path = match tag {
            "jira" => "dbconfig.xml",
            _ => "shared/bitbucket.properties",
        };
        let original =
            std::fs::read_to_string(installs.join(folder).join(config_path)).expect("config");
        let rewritten = original
            .replace("jdbc:postgresql://localhost:5432/jiradb", &db.url())
            .replace("jdbc:postgresql://localhost:5432/bitbucket", &db.url())
            .replace(
                "<username>jira</username>",
                &format!("<username>{}</username>", db.user),
            )
            .replace("jdbc.user=bitbucket", &format!("jdbc.user={}", db.user))
            .replace("not-a-real-password", &db.password);
        write(&home.path().join(config_path), rewritten);
        let installation = read(home.path());
        assert_eq!(
            server_id(&installation),
            want["server_id"].as_str(),
            "{folder} copy: {:?}",
            installation.notes
        );
        let source = &installation.server_id.as_ref().expect("read").source;
        assert!(source.to_string().starts_with("database"), "{source}");
        assert_eq!(installation.licences.len(), key_count);
    }
}

// ---------------------------------------------------------------------------------------------
// Homes written by the tests.

#[test]
fn confluence_home_with_the_key_written_with_spaces() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = fake_key(1);
    confluence_home(
        dir.path(),
        "B7QW-LK2M-9HZD-XR4T",
        &encoder::wrap(&key, 76, " "),
    );
    let installation = read(dir.path());
    assert_eq!(installation.product, Product::Confluence);
    assert_eq!(server_id(&installation), Some("B7QW-LK2M-9HZD-XR4T"));
    assert_eq!(
        installation
            .server_id
            .as_ref()
            .map(|r| r.source.to_string())
            .as_deref(),
        Some("confluence.cfg.xml property confluence.setup.server.id")
    );
    assert_eq!(raws(&installation), vec![key.as_str()]);
    assert_eq!(
        installation.licences[0].source.to_string(),
        "confluence.cfg.xml property atlassian.license.message"
    );
    let database = installation
        .database
        .as_ref()
        .expect("hibernate connection");
    assert_eq!(database.host.as_deref(), Some("db.internal"));
}

#[test]
fn bamboo_home_with_bom_crlf_and_xml_line_break_references() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = fake_key(2);
    let text = cfg_xml(
        "application-configuration",
        &[
            ("license.string", &encoder::wrap(&key, 60, "&#13;&#10;")),
            ("serverId", "BG9T-XUV4-KZZH-B01W"),
        ],
    );
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(text.replace('\n', "\r\n").into_bytes());
    write(&dir.path().join("bamboo.cfg.xml"), bytes);
    let installation = read(dir.path());
    assert_eq!(installation.product, Product::Bamboo);
    assert_eq!(server_id(&installation), Some("BG9T-XUV4-KZZH-B01W"));
    assert_eq!(raws(&installation), vec![key.as_str()]);
}

#[test]
fn bamboo_home_with_the_key_wrapped_over_crlf_lines() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = fake_key(3);
    bamboo_home(
        dir.path(),
        "BG9T-XUV4-KZZH-B01W",
        &encoder::wrap(&key, 76, "\r\n"),
    );
    assert_eq!(raws(&read(dir.path())), vec![key.as_str()]);
}

#[test]
fn crowd_homes_in_both_layouts() {
    for older_layout in [false, true] {
        let dir = tempfile::tempdir().expect("tempdir");
        let key = fake_key(4);
        crowd_home(dir.path(), "BF06-4UG3-OJW2-FIQD", &key, older_layout);
        let installation = read(dir.path());
        assert_eq!(installation.product, Product::Crowd);
        assert_eq!(server_id(&installation), Some("BF06-4UG3-OJW2-FIQD"));
        let expected_file = if older_layout {
            "crowd.cfg.xml"
        } else {
            "shared/crowd.cfg.xml"
        };
        assert_eq!(
            installation
                .server_id
                .as_ref()
                .map(|r| r.source.to_string()),
            Some(format!("{expected_file} property crowd.server.id"))
        );
        assert_eq!(raws(&installation), vec![key.as_str()]);
    }
}

#[test]
fn bitbucket_licence_with_continuations_and_escaped_newlines() {
    let key = fake_key(5);
    let escaped = encoder::wrap(&key, 64, "\\n");
    let continued = encoder::wrap(&key, 64, "\\\r\n    ");
    for licence_line in [
        format!("setup.license={escaped}"),
        format!("setup.license = {continued}"),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        bitbucket_home(
            dir.path(),
            &licence_line,
            "jdbc:postgresql://localhost:5432/bitbucket",
            "bitbucket",
            "pw",
        );
        let installation = read_installation(dir.path(), &no_database()).expect("reads");
        assert_eq!(installation.product, Product::Bitbucket);
        assert_eq!(raws(&installation), vec![key.as_str()], "{licence_line}");
        assert_eq!(
            installation.licences[0].source.to_string(),
            "shared/bitbucket.properties key setup.license"
        );
        assert_eq!(server_id(&installation), None);
        assert!(
            notes(&installation)
                .contains("SELECT prop_value FROM app_property WHERE prop_key = 'server.id'")
        );
        let database = installation.database.as_ref().expect("database");
        assert_eq!(
            (
                database.host.as_deref(),
                database.port,
                database.database.as_deref(),
                database.user.as_deref()
            ),
            (
                Some("localhost"),
                Some(5432),
                Some("bitbucket"),
                Some("bitbucket")
            )
        );
    }
}

#[test]
fn fisheye_instance_directory() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fisheye = fake_key(6);
    let crucible = fake_key(7);
    write(
        &dir.path().join("config.xml"),
        format!(
            "<?xml version=\"1.0\"?>\n<config control-bind=\"127.0.0.1:8059\" version=\"1.0\">\n  <license>\n    \
             <fisheye>{}</fisheye>\n    <crucible>{crucible}</crucible>\n  </license>\n  \
             <web-server site-url=\"http://fecru\"/>\n  <database type=\"postgresql\">\n    \
             <connection jdbc-url=\"jdbc:postgresql://pg:5432/fecru\" username=\"fecru\" password=\"x\"/>\n  </database>\n</config>\n",
            encoder::wrap(&fisheye, 70, "\n      ")
        ),
    );
    let installation = read(dir.path());
    assert_eq!(installation.product, Product::Fisheye);
    assert_eq!(
        raws(&installation),
        vec![fisheye.as_str(), crucible.as_str()]
    );
    assert_eq!(server_id(&installation), None);
    assert!(
        notes(&installation).contains("--server-id"),
        "{:?}",
        installation.notes
    );
    assert_eq!(
        installation
            .database
            .as_ref()
            .and_then(|d| d.host.as_deref()),
        Some("pg")
    );
}

#[test]
fn a_config_file_given_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = fake_key(8);
    crowd_home(dir.path(), "BF06-4UG3-OJW2-FIQD", &key, false);
    let installation = read(&dir.path().join("shared/crowd.cfg.xml"));
    assert_eq!(installation.product, Product::Crowd);
    assert_eq!(installation.home, dir.path());
    assert_eq!(server_id(&installation), Some("BF06-4UG3-OJW2-FIQD"));

    // A copy under another name is recognised by its content.
    confluence_home(dir.path(), "B7QW-LK2M-9HZD-XR4T", &key);
    let copy = dir.path().join("confluence.cfg.xml.bak");
    std::fs::copy(dir.path().join("confluence.cfg.xml"), &copy).expect("copy");
    let installation = read(&copy);
    assert_eq!(installation.product, Product::Confluence);
    assert_eq!(server_id(&installation), Some("B7QW-LK2M-9HZD-XR4T"));
    assert_eq!(raws(&installation), vec![key.as_str()]);
}

#[test]
fn a_home_without_a_server_id_or_licence_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        &dir.path().join("confluence.cfg.xml"),
        cfg_xml("confluence-configuration", &[]),
    );
    let installation = read(dir.path());
    assert_eq!(installation.product, Product::Confluence);
    assert_eq!(server_id(&installation), None);
    assert!(installation.licences.is_empty());
    assert!(notes(&installation).contains("no confluence.setup.server.id"));
}

#[test]
fn a_damaged_licence_is_still_returned() {
    let dir = tempfile::tempdir().expect("tempdir");
    bamboo_home(dir.path(), "BG9T-XUV4-KZZH-B01W", "AAAB not really a key");
    let installation = read(dir.path());
    assert_eq!(raws(&installation), vec!["AAABnotreallyakey"]);
}

#[test]
fn the_server_id_given_by_hand_wins() {
    let dir = tempfile::tempdir().expect("tempdir");
    bamboo_home(dir.path(), "BG9T-XUV4-KZZH-B01W", &fake_key(9));
    let options = ReadOptions {
        server_id_override: Some(" abcd-efgh-1234-5678 ".to_string()),
        ..ReadOptions::default()
    };
    let installation = read_installation(dir.path(), &options).expect("reads");
    assert_eq!(server_id(&installation), Some("ABCD-EFGH-1234-5678"));
    assert!(notes(&installation).contains("BG9T-XUV4-KZZH-B01W"));

    let bad = ReadOptions {
        server_id_override: Some("not-an-id".to_string()),
        ..ReadOptions::default()
    };
    let error = read_installation(dir.path(), &bad).expect_err("refused");
    assert!(matches!(error, InstallError::BadServerId(_)));
    assert!(error.to_string().contains("XXXX-XXXX-XXXX-XXXX"));
}

// ---------------------------------------------------------------------------------------------
// Databases that cannot be reached or are not PostgreSQL.

#[test]
fn an_unreachable_database_is_a_note_with_the_sql_not_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Nothing listens on port 1: the connection is refused at once.
    jira_home(
        dir.path(),
        "postgres72",
        "jdbc:postgresql://127.0.0.1:1/jiradb",
        "jira",
        "secret",
    );
    let installation = read(dir.path());
    assert_eq!(installation.product, Product::Jira);
    assert_eq!(server_id(&installation), None);
    assert!(installation.licences.is_empty());
    let text = notes(&installation);
    assert!(
        text.contains("could not connect to PostgreSQL at 127.0.0.1:1 database jiradb as jira: "),
        "{text}"
    );
    assert!(
        text.contains("give the Server ID by hand (the Server ID field, or --server-id)"),
        "{text}"
    );
    assert!(text.contains(
        "SELECT ps.propertyvalue FROM propertyentry pe JOIN propertystring ps ON ps.id = pe.id WHERE pe.property_key = 'jira.sid.key'"
    ));
    assert!(text.contains("SELECT license FROM productlicense"));
    assert!(
        text.contains("psql -h 127.0.0.1 -p 1 -U jira -d jiradb"),
        "{text}"
    );
    assert!(
        !format!("{installation:?}").contains("secret"),
        "the password stays out of Debug output"
    );

    // With the Server ID given, Jira still tries the database for its licences.
    let options = ReadOptions {
        server_id_override: Some("BP8Q-WXN6-SKX3-NB5M".to_string()),
        ..ReadOptions::default()
    };
    let installation = read_installation(dir.path(), &options).expect("reads");
    assert_eq!(server_id(&installation), Some("BP8Q-WXN6-SKX3-NB5M"));
    assert!(notes(&installation).contains("could not connect"));
}

#[test]
fn bitbucket_with_the_server_id_given_does_not_need_its_database() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = fake_key(10);
    bitbucket_home(
        dir.path(),
        &format!("setup.license={key}"),
        "jdbc:postgresql://127.0.0.1:1/bitbucket",
        "bb",
        "pw",
    );
    let options = ReadOptions {
        server_id_override: Some("BG9T-XUV4-KZZH-B01W".to_string()),
        ..ReadOptions::default()
    };
    let installation = read_installation(dir.path(), &options).expect("reads");
    assert_eq!(server_id(&installation), Some("BG9T-XUV4-KZZH-B01W"));
    assert_eq!(raws(&installation), vec![key.as_str()]);
    assert!(
        !notes(&installation).contains("could not connect"),
        "{:?}",
        installation.notes
    );
}

#[test]
fn other_databases_get_the_exact_sql_for_them() {
    let cases = [
        (
            "mysql8",
            "jdbc:mysql://dbhost:3306/jiradb?useUnicode=true",
            "mysql -h dbhost -P 3306 -u jira -p jiradb",
        ),
        (
            "mssql",
            "jdbc:sqlserver://sql:1433;databaseName=jiradb",
            "sqlcmd -S sql,1433 -U jira -d jiradb",
        ),
        (
            "oracle10g",
            "jdbc:oracle:thin:@//ora:1521/JIRA",
            "sqlplus jira@//ora:1521/JIRA",
        ),
        (
            "h2",
            "jdbc:h2:file:/var/atlassian/application-data/jira/database/h2db",
            "stop the product first",
        ),
    ];
    for (database_type, url, command) in cases {
        let dir = tempfile::tempdir().expect("tempdir");
        jira_home(dir.path(), database_type, url, "jira", "pw");
        let installation = read(dir.path());
        let text = notes(&installation);
        assert!(text.contains("this tool queries PostgreSQL only"), "{text}");
        assert!(
            text.contains("SELECT license FROM productlicense"),
            "{text}"
        );
        assert!(
            text.contains("WHERE pe.property_key = 'jira.sid.key'"),
            "{text}"
        );
        assert!(text.contains(command), "{database_type}: {text}");
        assert_eq!(server_id(&installation), None);
    }
}

#[test]
fn no_database_option_and_encrypted_passwords() {
    let dir = tempfile::tempdir().expect("tempdir");
    jira_home(
        dir.path(),
        "postgres72",
        "jdbc:postgresql://127.0.0.1:1/jiradb",
        "jira",
        "{ATL_SECURED}",
    );
    let installation = read(dir.path());
    assert!(
        notes(&installation).contains("password in dbconfig.xml is encrypted"),
        "{:?}",
        installation.notes
    );
    let installation = read_installation(dir.path(), &no_database()).expect("reads");
    assert!(notes(&installation).contains("--no-database"));
    assert!(!notes(&installation).contains("could not connect"));
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL-backed products on homes written by the tests.

#[test]
fn jira_and_bitbucket_homes_read_from_postgresql() {
    let Some(admin) = test_pg() else { return };
    let software = fake_key(11);
    let service_management = fake_key(12);
    let stored_wrapped = encoder::wrap(&service_management, 76, "\n");
    let db = TestDb::create(
        &admin,
        "jira",
        &jira_sql("BP8Q-WXN6-SKX3-NB5M", &[&software, &stored_wrapped]),
    );
    let dir = tempfile::tempdir().expect("tempdir");
    jira_home(dir.path(), "postgres72", &db.url(), &db.user, &db.password);
    let installation = read(dir.path());
    assert_eq!(installation.product, Product::Jira);
    assert_eq!(
        server_id(&installation),
        Some("BP8Q-WXN6-SKX3-NB5M"),
        "{:?}",
        installation.notes
    );
    assert_eq!(
        installation
            .server_id
            .as_ref()
            .map(|r| r.source.to_string())
            .as_deref(),
        Some("database propertyentry/propertystring jira.sid.key")
    );
    assert_eq!(
        raws(&installation),
        vec![software.as_str(), service_management.as_str()]
    );
    assert!(
        installation
            .licences
            .iter()
            .all(|l| l.source.to_string() == "database table productlicense")
    );

    // The same home given as its dbconfig.xml alone.
    let installation = read(&dir.path().join("dbconfig.xml"));
    assert_eq!(server_id(&installation), Some("BP8Q-WXN6-SKX3-NB5M"));

    // A wrong password is a note naming where it tried, not an error.
    jira_home(
        dir.path(),
        "postgres72",
        &db.url(),
        &db.user,
        "wrong-password",
    );
    let installation = read(dir.path());
    assert_eq!(server_id(&installation), None);
    assert!(
        notes(&installation).contains("could not connect to PostgreSQL at"),
        "{:?}",
        installation.notes
    );

    let bitbucket_db = TestDb::create(&admin, "bitbucket", &bitbucket_sql("BG9T-XUV4-KZZH-B01W"));
    let key = fake_key(13);
    let home = tempfile::tempdir().expect("tempdir");
    bitbucket_home(
        home.path(),
        &format!("setup.license={key}"),
        &bitbucket_db.url(),
        &bitbucket_db.user,
        &bitbucket_db.password,
    );
    let installation = read(home.path());
    assert_eq!(installation.product, Product::Bitbucket);
    assert_eq!(
        server_id(&installation),
        Some("BG9T-XUV4-KZZH-B01W"),
        "{:?}",
        installation.notes
    );
    assert_eq!(
        installation
            .server_id
            .as_ref()
            .map(|r| r.source.to_string())
            .as_deref(),
        Some("database app_property server.id")
    );
    assert_eq!(raws(&installation), vec![key.as_str()]);

    // A database that is not the product's: connected, but the query fails.
    let installation = read_installation(home.path(), &db.overrides()).expect("reads");
    assert_eq!(server_id(&installation), None);
    assert!(
        notes(&installation).contains("but the query failed"),
        "{:?}",
        installation.notes
    );
}

#[test]
fn the_database_is_only_read() {
    let Some(admin) = test_pg() else { return };
    let db = TestDb::create(&admin, "readonly", &bitbucket_sql("BG9T-XUV4-KZZH-B01W"));
    let dir = tempfile::tempdir().expect("tempdir");
    bitbucket_home(dir.path(), "", &db.url(), &db.user, &db.password);
    let installation = read(dir.path());
    assert_eq!(server_id(&installation), Some("BG9T-XUV4-KZZH-B01W"));
    // Nothing was changed: the table still has exactly its two rows.
    let mut config = admin.clone();
    config.dbname(&db.name);
    let mut client = config.connect(postgres::NoTls).expect("connect");
    let count: i64 = client
        .query_one("SELECT count(*) FROM app_property", &[])
        .expect("count")
        .get(0);
    assert_eq!(count, 2);
}

// ---------------------------------------------------------------------------------------------
// Support zips, pasted text, and what is not an installation.

pub(crate) fn zip_file(path: &Path, entries: &[(&str, &[u8])]) {
    let file = std::fs::File::create(path).expect("create zip");
    let mut writer = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(false);
    for (name, contents) in entries {
        writer.start_file(*name, options).expect("start entry");
        writer.write_all(contents).expect("write entry");
    }
    writer.finish().expect("finish zip");
}

#[test]
fn a_support_zip() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = fake_key(14);
    let cfg = cfg_xml(
        "confluence-configuration",
        &[
            ("atlassian.license.message", &encoder::wrap(&key, 76, " ")),
            ("confluence.setup.server.id", "B7QW-LK2M-9HZD-XR4T"),
            (
                "hibernate.connection.password",
                "Sanitized by Support Utility",
            ),
        ],
    );
    let application = "<application><server-id>B7QW-LK2M-9HZD-XR4T</server-id></application>";
    let zip_path = dir.path().join("Confluence_support_2024-01-01.zip");
    zip_file(
        &zip_path,
        &[
            ("application-config/confluence.cfg.xml", cfg.as_bytes()),
            (
                "application-properties/application.xml",
                application.as_bytes(),
            ),
            (
                "application-logs/atlassian-confluence.log",
                b"Server ID: XXXX-XXXX-XXXX-XXXX\n",
            ),
            ("images/logo.png", b"\x89PNG\r\n\x1a\n\0\0\0"),
        ],
    );
    let installation = read(&zip_path);
    assert_eq!(installation.product, Product::Confluence);
    assert_eq!(server_id(&installation), Some("B7QW-LK2M-9HZD-XR4T"));
    assert_eq!(
        installation
            .server_id
            .as_ref()
            .map(|r| r.source.to_string())
            .as_deref(),
        Some(
            "support zip entry application-config/confluence.cfg.xml property confluence.setup.server.id"
        )
    );
    assert_eq!(raws(&installation), vec![key.as_str()]);
    assert_eq!(installation.home, zip_path);
}

#[test]
fn a_jira_support_zip_takes_the_server_id_from_its_text_and_never_connects() {
    let dir = tempfile::tempdir().expect("tempdir");
    let dbconfig = "<jira-database-config><database-type>postgres72</database-type><jdbc-datasource>\
                    <url>jdbc:postgresql://127.0.0.1:1/jiradb</url><username>jira</username>\
                    <password>Sanitized by Support Utility</password></jdbc-datasource></jira-database-config>";
    let key = fake_key(15);
    let system_info = format!(
        "Server ID: BP8Q-WXN6-SKX3-NB5M\nLicense: {}\n",
        encoder::wrap(&key, 76, "\n")
    );
    let zip_path = dir.path().join("jira_support.zip");
    zip_file(
        &zip_path,
        &[
            ("application-config/dbconfig.xml", dbconfig.as_bytes()),
            (
                "application-properties/system-info.txt",
                system_info.as_bytes(),
            ),
        ],
    );
    let installation = read(&zip_path);
    assert_eq!(installation.product, Product::Jira);
    assert_eq!(server_id(&installation), Some("BP8Q-WXN6-SKX3-NB5M"));
    assert_eq!(raws(&installation), vec![key.as_str()]);
    let text = notes(&installation);
    assert!(text.contains("not queried"), "{text}");
    assert!(!text.contains("could not connect"), "{text}");
}

#[test]
fn a_zip_bomb_is_refused_with_a_clear_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let zip_path = dir.path().join("bomb.zip");
    let zeros = vec![0u8; 20 * 1024 * 1024];
    zip_file(
        &zip_path,
        &[("application-properties/application.xml", &zeros)],
    );
    assert!(std::fs::metadata(&zip_path).expect("zip").len() < 1024 * 1024);
    let error = read_installation(&zip_path, &ReadOptions::default()).expect_err("refused");
    assert!(matches!(error, InstallError::ZipTooLarge { .. }), "{error}");
    assert!(error.to_string().contains("zip bomb"), "{error}");

    // Below the size caps, the expansion ratio alone gives it away.
    let zip_path = dir.path().join("ratio.zip");
    let zeros = vec![b' '; 4 * 1024 * 1024];
    zip_file(&zip_path, &[("a.xml", &zeros)]);
    let error = read_installation(&zip_path, &ReadOptions::default()).expect_err("refused");
    assert!(error.to_string().contains("times"), "{error}");

    // Too many entries, and too much in all.
    let many: Vec<(String, Vec<u8>)> = (0..20)
        .map(|i| (format!("f{i}.txt"), vec![b'x'; 1000]))
        .collect();
    let entries: Vec<(&str, &[u8])> = many
        .iter()
        .map(|(n, c)| (n.as_str(), c.as_slice()))
        .collect();
    let zip_path = dir.path().join("many.zip");
    zip_file(&zip_path, &entries);
    let small = |limits: ZipLimits| ReadOptions {
        zip_limits: limits,
        ..ReadOptions::default()
    };
    let error = read_installation(
        &zip_path,
        &small(ZipLimits {
            max_entries: 10,
            ..ZipLimits::default()
        }),
    )
    .expect_err("refused");
    assert!(
        error.to_string().contains("20 entries, more than 10"),
        "{error}"
    );
    let error = read_installation(
        &zip_path,
        &small(ZipLimits {
            max_total_bytes: 5000,
            ..ZipLimits::default()
        }),
    )
    .expect_err("refused");
    assert!(error.to_string().contains("in all"), "{error}");
}

#[test]
fn a_pasted_system_information_page() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = fake_key(16);
    let pasted = format!(
        "System Information\n\nBase URL\thttps://jira.example.com\nServer ID\tBP8Q-WXN6-SKX3-NB5M\n\
         <tr><td>License</td><td>{}</td></tr>\n",
        encoder::wrap(&key, 64, "\\n")
    );
    let path = dir.path().join("pasted.txt");
    write(&path, &pasted);
    let installation = read(&path);
    assert_eq!(installation.product, Product::Unidentified);
    assert_eq!(server_id(&installation), Some("BP8Q-WXN6-SKX3-NB5M"));
    assert_eq!(
        installation
            .server_id
            .as_ref()
            .map(|r| r.source.to_string())
            .as_deref(),
        Some("pasted.txt line 4 (Server ID)")
    );
    assert_eq!(raws(&installation), vec![key.as_str()]);

    let html = "<table><tr><th>Server ID</th></tr><tr><td>Server ID</td><td class=\"value\">B7QW-LK2M-9HZD-XR4T</td></tr></table>";
    let scanned = scan_text(html);
    assert_eq!(scanned.server_ids.len(), 1);
    assert_eq!(scanned.server_ids[0].value, "B7QW-LK2M-9HZD-XR4T");
    assert!(scanned.keys.is_empty());
}

#[test]
fn what_is_not_an_installation() {
    let dir = tempfile::tempdir().expect("tempdir");

    let garbage = dir.path().join("garbage.bin");
    let bytes: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    write(&garbage, bytes);
    let error = read_installation(&garbage, &ReadOptions::default()).expect_err("refused");
    assert_eq!(
        error.to_string(),
        format!(
            "{}: not a product home, config file, support zip or text containing a Server ID or licence key",
            garbage.display()
        )
    );

    let prose = dir.path().join("notes.txt");
    write(&prose, "nothing to see here\n");
    assert!(matches!(
        read_installation(&prose, &ReadOptions::default()),
        Err(InstallError::Unrecognised { .. })
    ));

    let broken_zip = dir.path().join("broken.zip");
    write(&broken_zip, b"PK\x03\x04 and then nothing a zip needs");
    assert!(matches!(
        read_installation(&broken_zip, &ReadOptions::default()),
        Err(InstallError::BadZip { .. })
    ));

    let missing = dir.path().join("no-such-home");
    let error = read_installation(&missing, &ReadOptions::default()).expect_err("missing");
    assert!(matches!(error, InstallError::NotFound { .. }));
    assert!(
        error.to_string().contains("no such file or directory"),
        "{error}"
    );

    let empty_home = dir.path().join("empty-home");
    std::fs::create_dir(&empty_home).expect("mkdir");
    let error = read_installation(&empty_home, &ReadOptions::default()).expect_err("not a home");
    let message = error.to_string();
    assert!(
        message.contains("is not a product home: looked for dbconfig.xml, confluence.cfg.xml"),
        "{message}"
    );
    assert!(message.contains("shared/bitbucket.properties"), "{message}");

    let broken = dir.path().join("broken-home");
    write(
        &broken.join("bamboo.cfg.xml"),
        "<application-configuration><properties>",
    );
    let error = read_installation(&broken, &ReadOptions::default()).expect_err("malformed");
    assert!(
        error
            .to_string()
            .contains("bamboo.cfg.xml is not well-formed XML"),
        "{error}"
    );
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_an_error_naming_it() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bamboo.cfg.xml");
    write(
        &path,
        cfg_xml(
            "application-configuration",
            &[("serverId", "BG9T-XUV4-KZZH-B01W")],
        ),
    );
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    // root reads anything, so the permission case is checked only for other users.
    if std::fs::read(&path).is_err() {
        let error = read_installation(&path, &ReadOptions::default()).expect_err("unreadable");
        assert!(matches!(error, InstallError::Io { .. }), "{error}");
        assert!(error.to_string().contains("bamboo.cfg.xml"), "{error}");
    }
    // A path through a file cannot be read by anyone.
    let through_a_file = path.join("child");
    let error =
        read_installation(&through_a_file, &ReadOptions::default()).expect_err("unreadable");
    assert!(matches!(error, InstallError::Io { .. }), "{error}");
    assert!(error.to_string().starts_with("cannot read "), "{error}");
    assert!(
        error.to_string().contains("bamboo.cfg.xml/child"),
        "{error}"
    );
}
