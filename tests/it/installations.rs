//! Installations as they are found, through the real binary and the Diagnose page: Confluence's
//! Server ID in its database beside `confluence.cfg.xml`, nodes of a Data Center cluster,
//! test licences on any Server ID, and the app licences Jira keeps in its database. The
//! PostgreSQL tests need LICENSEDESK_TEST_PG (required when CI is set).

use std::path::Path;

use licensedesk::store;

use crate::diagnose::{Run, p, run};
use crate::install::{TestDb, cfg_xml, jira_sql, test_pg, write};
use crate::support::{TestServer, encoder};

const SID: &str = "B7QW-LK2M-9HZD-XR4T";
const KEY_SID: &str = "BG9T-XUV4-KZZH-B01W";
const OTHER_SID: &str = "C3PO-R2D2-BB8X-K2SO";

// ---------------------------------------------------------------------------------------------
// Helpers.

/// A run of the binary with these environment variables (and no standard input).
fn run_with(args: &[&str], env: &[(&str, &str)]) -> Run {
    crate::diagnose::run_with(args, "", env)
}

/// A test-encoder key for `namespace`, issued for KEY_SID, support until 2099.
fn key(sen: &str, namespace: &str, extra: &[(&str, &str)]) -> String {
    crate::diagnose::key_for(sen, namespace, extra)
}

/// A Confluence home whose `confluence.cfg.xml` names a database at `url`, plus `more`.
fn confluence_home(dir: &Path, server_id: &str, licence: &str, url: &str, more: &[(&str, &str)]) {
    let mut properties = vec![
        ("atlassian.license.message", licence),
        ("confluence.setup.server.id", server_id),
        ("hibernate.connection.url", url),
        ("hibernate.connection.username", "confluence"),
    ];
    properties.extend_from_slice(more);
    write(
        &dir.join("confluence.cfg.xml"),
        cfg_xml("confluence-configuration", &properties),
    );
}

/// A Jira home naming the PostgreSQL database at `url`.
fn jira_home(dir: &Path, url: &str) {
    write(
        &dir.join("dbconfig.xml"),
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<jira-database-config>\n  \
             <database-type>postgres72</database-type>\n  <schema-name>public</schema-name>\n  \
             <jdbc-datasource>\n    <url>{url}</url>\n    <username>jira</username>\n    \
             <password>not-the-password</password>\n  </jdbc-datasource>\n</jira-database-config>\n"
        ),
    );
}

/// Where the binary is told to find the test database, whatever the home's config says.
fn db_args(db: &TestDb) -> Vec<String> {
    vec![
        "--db-host".into(),
        db.host.clone(),
        "--db-port".into(),
        db.port.to_string(),
        "--db-name".into(),
        db.name.clone(),
        "--db-user".into(),
        db.user.clone(),
    ]
}

fn bandana_sql(server_id: &str) -> String {
    format!(
        "CREATE TABLE bandana (bandanaid numeric(19,0) PRIMARY KEY, bandanacontext varchar(255), \
         bandanakey varchar(100), bandanavalue text);\n\
         INSERT INTO bandana VALUES (1, '_GLOBAL', 'atlassian.confluence.settings', '<settings/>');\n\
         INSERT INTO bandana VALUES (2, '_GLOBAL', 'confluence.server.id', '<string>{server_id}</string>');\n\
         INSERT INTO bandana VALUES (3, 'SPACEKEY', 'confluence.server.id', '<string>{OTHER_SID}</string>');\n"
    )
}

// ---------------------------------------------------------------------------------------------
// Confluence: the file and the database.

#[test]
fn confluence_reads_its_server_id_from_the_database_and_says_when_the_file_disagrees() {
    let Some(admin) = test_pg() else { return };
    let db = TestDb::create(&admin, "confluence", &bandana_sql(SID));
    let licence = key("SEN-500", "conf", &[("ServerID", SID)]);
    let password = [("LICENSEDESK_DB_PASSWORD", db.password.as_str())];

    // The file and the database agree: the database is where the Server ID was read.
    let agreeing = tempfile::tempdir().expect("tempdir");
    confluence_home(agreeing.path(), SID, &licence, &db.url(), &[]);
    let mut args = vec!["server-id".to_string(), p(agreeing.path()).to_string()];
    args.extend(db_args(&db));
    args.push("--json".into());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let reading = run_with(&args, &password);
    assert_eq!(reading.code, 0, "{}", reading.stderr);
    let json = reading.json();
    assert_eq!(json["server_id"], SID, "{}", reading.stdout);
    assert_eq!(
        json["server_id_source"],
        "database BANDANA confluence.server.id"
    );
    assert!(
        !json["notes"]
            .to_string()
            .contains("confluence.cfg.xml says"),
        "{}",
        json["notes"]
    );

    // The file was left by another installation: the database's Server ID is used, and both
    // are named.
    let disagreeing = tempfile::tempdir().expect("tempdir");
    confluence_home(disagreeing.path(), OTHER_SID, &licence, &db.url(), &[]);
    let mut args = vec![
        "diagnose".to_string(),
        p(disagreeing.path()).to_string(),
        "--allow-unverified".into(),
    ];
    args.extend(db_args(&db));
    let empty = tempfile::tempdir().expect("tempdir");
    args.extend(["--data-dir".into(), p(empty.path()).to_string()]);
    let text_args: Vec<&str> = args.iter().map(String::as_str).collect();
    let text = run_with(&text_args, &password);
    assert_eq!(text.code, 0, "{}{}", text.stdout, text.stderr);
    assert!(
        text.stdout.starts_with("Verdict: match\n"),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout.contains(&format!(
            "Server ID: {SID} (from database BANDANA confluence.server.id)"
        )),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout.contains(&format!(
            "confluence.cfg.xml says {OTHER_SID} (confluence.cfg.xml property confluence.setup.server.id), but the database says {SID}: Confluence runs with the database's"
        )),
        "{}",
        text.stdout
    );
    let mut json_args = text_args.clone();
    json_args.push("--json");
    let json = run_with(&json_args, &password).json();
    assert_eq!(json["server_id"], SID);
    assert!(
        json["reader_notes"]
            .to_string()
            .contains(&format!("confluence.cfg.xml says {OTHER_SID}")),
        "{}",
        json["reader_notes"]
    );

    // A database without the row: the file's Server ID, and a note saying so.
    let without_row = TestDb::create(
        &admin,
        "confluence_empty",
        &bandana_sql(SID).replace(
            "'confluence.server.id', '<string>B7QW",
            "'another.key', '<string>B7QW",
        ),
    );
    let mut args = vec!["server-id".to_string(), p(disagreeing.path()).to_string()];
    args.extend(db_args(&without_row));
    args.push("--json".into());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let password = [("LICENSEDESK_DB_PASSWORD", without_row.password.as_str())];
    let json = run_with(&args, &password).json();
    assert_eq!(json["server_id"], OTHER_SID);
    assert!(
        json["notes"]
            .to_string()
            .contains("has no confluence.server.id row in BANDANA"),
        "{}",
        json["notes"]
    );
}

#[test]
fn confluence_on_another_database_gets_the_exact_sql() {
    let home = tempfile::tempdir().expect("tempdir");
    let licence = key("SEN-500", "conf", &[]);
    confluence_home(
        home.path(),
        SID,
        &licence,
        "jdbc:mysql://db.internal:3306/confluence",
        &[],
    );
    let reading = run(&["server-id", p(home.path())]);
    assert_eq!(reading.code, 0, "{}", reading.stderr);
    assert!(
        reading.stdout.contains(&format!(
            "Server ID: {SID} (from confluence.cfg.xml property confluence.setup.server.id)"
        )),
        "{}",
        reading.stdout
    );
    assert!(
        reading.stdout.contains(
            "mysql -h db.internal -P 3306 -u confluence -p confluence -e \"SELECT bandanavalue FROM BANDANA WHERE bandanacontext = '_GLOBAL' AND bandanakey = 'confluence.server.id'\""
        ),
        "{}",
        reading.stdout
    );
    assert!(
        reading
            .stdout
            .contains("Confluence runs with the Server ID kept in its database"),
        "{}",
        reading.stdout
    );
}

// ---------------------------------------------------------------------------------------------
// Data Center clusters.

/// A Jira node's home: `cluster.properties` and a `dbconfig.xml` whose database is not read
/// (the Server ID is given by hand, the key in a file).
fn jira_node(dir: &Path, node: Option<&str>, shared_home: &str) {
    jira_home(dir, "jdbc:postgresql://db.internal:5432/jira");
    if let Some(node) = node {
        write(
            &dir.join("cluster.properties"),
            format!(
                "# This ID must be unique across the cluster\njira.node.id = {node}\njira.shared.home = {shared_home}\n"
            ),
        );
    }
}

fn record(home: &Path, label: &str, host: &str, key_file: &Path, data: &Path) -> Run {
    run(&[
        "diagnose",
        p(home),
        "--json",
        "--no-database",
        "--server-id",
        SID,
        "--installed-key",
        p(key_file),
        "--allow-unverified",
        "--record",
        "--label",
        label,
        "--host",
        host,
        "--data-dir",
        p(data),
    ])
}

#[test]
fn two_nodes_of_one_cluster_are_cluster_nodes_and_another_installation_is_a_clone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key_file = dir.path().join("jira.key");
    write(
        &key_file,
        key(
            "SEN-900",
            "jira.product.jira-software",
            &[("ServerID", SID)],
        ),
    );
    let data = dir.path().join("data");
    let shared = "/var/atlassian/application-data/jira-shared";
    let (node1, node2) = (dir.path().join("node1"), dir.path().join("node2"));
    jira_node(&node1, Some("node1"), shared);
    jira_node(&node2, Some("node2"), shared);

    let first = record(&node1, "jira", "jira-node-1", &key_file, &data);
    assert!(!first.codes().contains(&"duplicate-server-id".to_string()));
    assert_eq!(
        first.json()["cluster"]["node_id"],
        "node1",
        "{}",
        first.stdout
    );
    assert_eq!(first.json()["cluster"]["cluster"], shared);
    // The database is not read here: the SQL that lists Jira's app licences is given.
    let reader_notes = first.json()["reader_notes"].to_string();
    assert!(
        reader_notes.contains("to list them, run: SELECT pe.property_key, pt.propertyvalue FROM propertyentry pe JOIN propertytext pt ON pt.id = pe.id WHERE pe.property_key LIKE 'com.atlassian.upm.license.internal.impl.PluginSettingsPluginLicenseR%'"),
        "{reader_notes}"
    );

    let second = record(&node2, "jira", "jira-node-2", &key_file, &data);
    assert!(
        !second.codes().contains(&"duplicate-server-id".to_string()),
        "{}",
        second.stdout
    );
    assert_ne!(second.json()["verdict"], "duplicate-server-id");
    let notes = second.json()["notes"].to_string();
    assert!(
        notes.contains("also recorded for other nodes of this Data Center cluster: node node1 (jira on jira-node-1)"),
        "{notes}"
    );
    assert!(notes.contains("not a cloned instance"), "{notes}");

    // The text report names the node.
    let text = run(&["server-id", p(&node2), "--no-database", "--server-id", SID]);
    assert!(
        text.stdout.contains(&format!(
            "Cluster node: node2 (cluster {shared}, from cluster.properties key jira.node.id)"
        )),
        "{}",
        text.stdout
    );

    // The records keep which node each is.
    let conn = rusqlite::Connection::open(data.join(store::DATABASE_FILE)).expect("open");
    let nodes: Vec<(String, Option<String>, Option<String>)> = conn
        .prepare("SELECT host, cluster_node, cluster FROM instances ORDER BY host")
        .expect("prepare")
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    assert_eq!(
        nodes,
        vec![
            (
                "jira-node-1".into(),
                Some("node1".into()),
                Some(shared.into())
            ),
            (
                "jira-node-2".into(),
                Some("node2".into()),
                Some(shared.into())
            ),
        ]
    );

    // A single server with the same Server ID is still a clone of the cluster.
    let single = dir.path().join("single");
    jira_node(&single, None, shared);
    let clone = record(&single, "jira", "laptop", &key_file, &data);
    assert!(
        clone.codes().contains(&"duplicate-server-id".to_string()),
        "{}",
        clone.stdout
    );
    let finding = clone.json()["findings"].to_string();
    assert!(finding.contains("jira on jira-node-1"), "{finding}");

    // So is a node of another cluster (a copied cluster has another shared home).
    let staging = dir.path().join("staging");
    jira_node(&staging, Some("node1"), "/var/atlassian/staging-shared");
    let copied = record(&staging, "jira", "staging-node-1", &key_file, &data);
    assert!(
        copied.codes().contains(&"duplicate-server-id".to_string()),
        "{}",
        copied.stdout
    );
}

#[test]
fn confluence_cluster_nodes_are_read_from_confluence_cfg_xml() {
    let dir = tempfile::tempdir().expect("tempdir");
    let licence = key("SEN-500", "conf", &[("ServerID", SID)]);
    let node = |name: &str| -> std::path::PathBuf {
        let home = dir.path().join(name);
        confluence_home(
            &home,
            SID,
            &licence,
            "jdbc:postgresql://db.internal:5432/confluence",
            &[
                ("confluence.cluster", "true"),
                ("confluence.cluster.name", "wiki-cluster"),
                ("confluence.cluster.node.name", name),
            ],
        );
        home
    };
    let (a, b) = (node("wiki-a"), node("wiki-b"));
    let data = dir.path().join("data");
    let args = |home: &Path, host: &'static str| {
        vec![
            "diagnose".to_string(),
            p(home).to_string(),
            "--json".into(),
            "--no-database".into(),
            "--allow-unverified".into(),
            "--record".into(),
            "--label".into(),
            "confluence".into(),
            "--host".into(),
            host.into(),
            "--data-dir".into(),
            p(&data).to_string(),
        ]
    };
    let first = args(&a, "wiki-a.example");
    run(&first.iter().map(String::as_str).collect::<Vec<_>>());
    let second = args(&b, "wiki-b.example");
    let result = run(&second.iter().map(String::as_str).collect::<Vec<_>>());
    let json = result.json();
    assert_eq!(json["cluster"]["node_id"], "wiki-b", "{}", result.stdout);
    assert_eq!(json["cluster"]["cluster"], "wiki-cluster");
    assert!(!result.codes().contains(&"duplicate-server-id".to_string()));
    assert!(
        json["notes"].to_string().contains("node wiki-a"),
        "{}",
        json["notes"]
    );
}

// ---------------------------------------------------------------------------------------------
// Test licences.

#[test]
fn a_test_licence_with_another_server_id_is_not_a_mismatch() {
    // A timebomb licence for app developers, issued for KEY_SID, on an installation with SID.
    let test_licence = key(
        "SEN-500",
        "conf",
        &[
            ("Description", "Test license for plugin developers"),
            ("LicenseExpiryDate", "P72H"),
            ("MaintenanceExpiryDate", "P72H"),
        ],
    );
    let home = tempfile::tempdir().expect("tempdir");
    confluence_home(
        home.path(),
        SID,
        &test_licence,
        "jdbc:postgresql://db.internal:5432/confluence",
        &[],
    );
    let empty = tempfile::tempdir().expect("tempdir");
    let args = [
        "diagnose",
        p(home.path()),
        "--no-database",
        "--allow-unverified",
        "--data-dir",
        p(empty.path()),
    ];
    let text = run(&args);
    assert_eq!(text.code, 0, "{}", text.stdout);
    assert!(
        text.stdout.starts_with("Verdict: match\n"),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout.contains(&format!(
            "The key SEN-500 is a test licence, issued for the Server ID {KEY_SID}; the installation's is {SID}. Test licences are not bound to a Server ID, so this is not a mismatch."
        )),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout.contains("Kind of licence       Test licence"),
        "{}",
        text.stdout
    );
    let mut json_args = args.to_vec();
    json_args.push("--json");
    let json = run(&json_args).json();
    assert_eq!(json["verdict"], "match");
    assert_eq!(json["licences"][0]["kind"], "test");

    // An ordinary licence with the same Server IDs is a mismatch.
    let commercial = tempfile::tempdir().expect("tempdir");
    confluence_home(
        commercial.path(),
        SID,
        &key("SEN-500", "conf", &[]),
        "jdbc:postgresql://db.internal:5432/confluence",
        &[],
    );
    let json = run(&[
        "diagnose",
        p(commercial.path()),
        "--json",
        "--no-database",
        "--allow-unverified",
        "--data-dir",
        p(empty.path()),
    ])
    .json();
    assert_eq!(json["verdict"], "server-id-mismatch");
    assert_eq!(json["licences"][0]["kind"], "server");
}

#[test]
fn the_diagnose_page_says_a_test_licence_is_not_bound_to_the_server_id() {
    let (_server, mut admin) = TestServer::with_admin();
    let test_licence = key(
        "SEN-500",
        "conf",
        &[("Description", "Test license for plugin developers")],
    );
    let csrf = admin.get("/diagnose").csrf();
    let result = admin.post(
        "/diagnose",
        &[("csrf", &csrf), ("key", &test_licence), ("server_id", SID)],
    );
    assert_eq!(result.status, 200, "{}", result.body);
    let text = result.text();
    assert!(!text.contains("server-id-mismatch"), "{text}");
    assert!(
        text.contains("Test licences are not bound to a Server ID"),
        "{text}"
    );
    assert!(
        text.contains("Kind of licence Test licence"),
        "the key's kind is shown: {text}"
    );
}

// ---------------------------------------------------------------------------------------------
// Jira's app licences.

#[test]
fn jira_app_licences_are_read_from_its_database() {
    let Some(admin) = test_pg() else { return };
    let host_licence = key(
        "SEN-900",
        "jira.product.jira-software",
        &[("ServerID", SID)],
    );
    let app = "com.mxgraph.jira.plugins.drawio";
    let app_licence = key(
        "SEN-901",
        app,
        &[("ServerID", SID), ("NumberOfUsers", "100")],
    );
    let property_key = "com.atlassian.upm.license.internal.impl.PluginSettingsPluginLicenseRepository:licenses:com.mxgraph.jira.plugins.drawio";
    let mut sql = jira_sql(SID, &[&host_licence]);
    sql.push_str(&format!(
        "CREATE TABLE propertytext (id numeric(18,0) PRIMARY KEY, propertyvalue text);\n\
         INSERT INTO propertyentry VALUES (10200, 'jira.properties', 1, '{property_key}', 6);\n\
         INSERT INTO propertytext VALUES (10200, '{}');\n\
         INSERT INTO propertyentry VALUES (10201, 'jira.properties', 1, 'com.example.not.a.licence', 6);\n\
         INSERT INTO propertytext VALUES (10201, 'nothing');\n",
        encoder::wrap(&app_licence, 76, "\n")
    ));
    let db = TestDb::create(&admin, "jira_apps", &sql);
    let home = tempfile::tempdir().expect("tempdir");
    jira_home(home.path(), &db.url());
    let password = [("LICENSEDESK_DB_PASSWORD", db.password.as_str())];
    let mut args = vec!["server-id".to_string(), p(home.path()).to_string()];
    args.extend(db_args(&db));
    let text_args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut json_args = text_args.clone();
    json_args.push("--json");

    let reading = run_with(&json_args, &password);
    assert_eq!(reading.code, 0, "{}", reading.stderr);
    let json = reading.json();
    let licences = json["licences"].as_array().expect("licences");
    assert_eq!(licences.len(), 2, "{}", reading.stdout);
    assert_eq!(licences[0]["kind"], "server");
    assert_eq!(licences[1]["kind"], "app");
    assert_eq!(
        licences[1]["source"],
        format!("database propertyentry/propertytext {property_key}")
    );
    let apps = json["app_licences"].as_array().expect("app_licences");
    assert_eq!(apps.len(), 1);
    assert_eq!(apps[0]["app"], app);
    assert_eq!(apps[0]["sen"], "SEN-901");
    assert_eq!(apps[0]["users"], 100);
    assert_eq!(apps[0]["maintenance_expiry"], "2099-01-01");

    let text = run_with(&text_args, &password);
    assert!(
        text.stdout.contains("Kind of licence       App"),
        "{}",
        text.stdout
    );
    assert!(text.stdout.contains("SEN-901"), "{}", text.stdout);

    // The diagnosis lists them too.
    let empty = tempfile::tempdir().expect("tempdir");
    let mut diagnose_args = vec!["diagnose".to_string(), p(home.path()).to_string()];
    diagnose_args.extend(db_args(&db));
    diagnose_args.extend([
        "--json".into(),
        "--allow-unverified".into(),
        "--data-dir".into(),
        p(empty.path()).to_string(),
    ]);
    let diagnose_args: Vec<&str> = diagnose_args.iter().map(String::as_str).collect();
    let diagnosis = run_with(&diagnose_args, &password).json();
    assert_eq!(diagnosis["app_licences"][0]["sen"], "SEN-901");
    assert_eq!(diagnosis["verdict"], "match", "{diagnosis}");

    // Recorded, the installation is where the app licence runs: its page lists the instance.
    let portal = tempfile::tempdir().expect("tempdir");
    let app_file = portal.path().join("drawio.txt");
    write(&app_file, &app_licence);
    let imported = run(&[
        "import",
        p(&app_file),
        "--allow-unverified",
        "--data-dir",
        p(portal.path()),
    ]);
    assert_eq!(imported.code, 0, "{}\n{}", imported.stdout, imported.stderr);
    let mut record_args = vec!["diagnose".to_string(), p(home.path()).to_string()];
    record_args.extend(db_args(&db));
    record_args.extend(
        [
            "--record",
            "--allow-unverified",
            "--label",
            "jira-prod",
            "--host",
            "jira01",
            "--data-dir",
            p(portal.path()),
        ]
        .map(String::from),
    );
    let record_args: Vec<&str> = record_args.iter().map(String::as_str).collect();
    let recorded = run_with(&record_args, &password);
    assert!(
        recorded
            .stdout
            .contains("Recorded: instance #1 \"jira-prod\" on jira01"),
        "{}\n{}",
        recorded.stdout,
        recorded.stderr
    );
    let conn = rusqlite::Connection::open(portal.path().join(licensedesk::store::DATABASE_FILE))
        .expect("database");
    let app_id: i64 = conn
        .query_row("SELECT id FROM licences WHERE sen = 'SEN-901'", [], |row| {
            row.get(0)
        })
        .expect("the app licence was imported");
    let installed_at =
        licensedesk::store::instances::for_licence(&conn, licensedesk::domain::LicenceId(app_id))
            .expect("instances");
    assert_eq!(
        installed_at.len(),
        1,
        "the app licence runs on the recorded Jira"
    );
    assert_eq!(installed_at[0].label, "jira-prod");
}

#[test]
fn a_pasted_server_id_of_a_recorded_cluster_is_no_clone_on_the_diagnose_page() {
    use licensedesk::store::instances::{NewInstance, record};
    let (server, mut admin) = TestServer::with_admin();
    let node = |host: &str, node: &str, cluster: &str| {
        record(
            &server.db(),
            &NewInstance {
                product: "Jira",
                label: "jira",
                host,
                home: "/var/atlassian/application-data/jira",
                server_id: Some(SID),
                verdict: "match",
                recorded_by: "command line",
                keys: &[],
                cluster_node: Some(node),
                cluster: Some(cluster),
            },
            0,
        )
        .expect("recorded");
    };
    node("jira-node-1", "node1", "/srv/jira-shared");
    node("jira-node-2", "node2", "/srv/jira-shared");
    let licence = key(
        "SEN-900",
        "jira.product.jira-software",
        &[("ServerID", SID)],
    );
    let csrf = admin.get("/diagnose").csrf();
    let paste = |admin: &mut crate::support::Client| {
        admin
            .post(
                "/diagnose",
                &[("csrf", &csrf), ("key", &licence), ("server_id", SID)],
            )
            .text()
    };
    let text = paste(&mut admin);
    assert!(!text.contains("duplicate-server-id"), "{text}");

    // A third installation that is no node of the cluster makes it a clone.
    record(
        &server.db(),
        &NewInstance {
            product: "Jira",
            label: "jira",
            host: "laptop",
            home: "/home/dev/jira",
            server_id: Some(SID),
            verdict: "match",
            recorded_by: "command line",
            keys: &[],
            cluster_node: None,
            cluster: None,
        },
        0,
    )
    .expect("recorded");
    let text = paste(&mut admin);
    assert!(text.contains("duplicate-server-id"), "{text}");
}
