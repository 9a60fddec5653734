//! Installations as they are found, read by `licensedesk server-id` / `diagnose` and the
//! Diagnose page: Jira XML backups (the backup zip and a bare `entities.xml`), a support zip's
//! `application-properties/application.xml` beside its `application-config/`, container
//! environments (env files and `docker inspect` output for Confluence, Bitbucket and Bamboo),
//! and products on their embedded H2 database. Every home and file is built here, at run time;
//! keys come from the test encoder, and from the shared corpus when this checkout has it.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::cli::binary;
use crate::install::{cfg_xml, write, zip_file};
use crate::support::{TestServer, corpus, encoder};

const SID: &str = "BP8Q-WXN6-SKX3-NB5M";
const OTHER_SID: &str = "B7QW-LK2M-9HZD-XR4T";

/// What a run of the binary showed.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", self.stdout, self.stderr))
    }
}

fn run(args: &[&str]) -> Run {
    let mut command: Command = binary();
    command.args(args).env("LANG", "C");
    let output = command.output().expect("the binary runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn p(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

/// The `kind`s of `found` in a `--json` output.
fn found_kinds(json: &Value) -> Vec<String> {
    json["found"]
        .as_array()
        .expect("found")
        .iter()
        .map(|f| f["kind"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// The `found` entry of a kind.
fn found<'a>(json: &'a Value, kind: &str) -> &'a Value {
    json["found"]
        .as_array()
        .expect("found")
        .iter()
        .find(|f| f["kind"] == kind)
        .unwrap_or_else(|| panic!("no {kind} in {json}"))
}

// ---------------------------------------------------------------------------------------------
// Jira XML backups.

/// An `entities.xml` as Jira writes it: property rows around the Server ID (its string before its
/// entry, as the two tables may come in either order), `filler` unrelated rows, and one
/// `ProductLicense` row per key, the key in a CDATA child with its line breaks.
fn entities_xml(server_id: Option<&str>, keys: &[String], filler: usize) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<entity-engine-xml date=\"1700000000000\">\n",
    );
    if let Some(server_id) = server_id {
        xml.push_str(&format!(
            "    <OSPropertyString id=\"10110\" value=\"{server_id}\"/>\n"
        ));
    }
    xml.push_str("    <OSPropertyString id=\"10111\" value=\"AAAA-BBBB-CCCC-DDDD\"/>\n");
    xml.push_str("    <OSPropertyEntry id=\"10111\" entityName=\"jira.properties\" entityId=\"1\" propertyKey=\"jira.baseurl.id\" type=\"5\"/>\n");
    for row in 0..filler {
        xml.push_str(&format!(
            "    <Issue id=\"{row}\" key=\"PRJ-{row}\" summary=\"Server ID: {OTHER_SID} &amp; more\">\n        <description><![CDATA[line one\nline two]]></description>\n    </Issue>\n"
        ));
    }
    if server_id.is_some() {
        xml.push_str("    <OSPropertyEntry id=\"10110\" entityName=\"jira.properties\" entityId=\"1\" propertyKey=\"jira.sid.key\" type=\"5\"/>\n");
    }
    for (index, key) in keys.iter().enumerate() {
        xml.push_str(&format!(
            "    <ProductLicense id=\"{}\">\n        <license><![CDATA[{}]]></license>\n    </ProductLicense>\n",
            10200 + index,
            encoder::wrap(key, 76, "\n")
        ));
    }
    xml.push_str("</entity-engine-xml>\n");
    xml
}

#[test]
fn a_jira_xml_backup_zip_and_a_bare_entities_xml() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut keys = vec![encoder::test_key("SEN-700", "jira", &[])];
    // A genuine Atlassian key too, when the shared corpus is here.
    if let Some(text) = corpus::key("jira_webtests_LicenseKeysA_V2_COMMERCIAL.txt") {
        keys.push(text.split_whitespace().collect());
    }
    let xml = entities_xml(Some(SID), &keys, 5_000);
    let zip_path = dir.path().join("jira-backup-20240101.zip");
    zip_file(
        &zip_path,
        &[
            ("activeobjects.xml", b"<backup/>".as_slice()),
            ("entities.xml", xml.as_bytes()),
        ],
    );

    let run_zip = run(&["server-id", p(&zip_path)]);
    assert_eq!(run_zip.code, 0, "{}", run_zip.stderr);
    let text = &run_zip.stdout;
    assert!(text.contains("Product"), "{text}");
    assert!(text.contains("Jira"), "{text}");
    assert!(
        text.contains(&format!(
            "{SID} (from entities.xml element OSPropertyEntry[propertyKey=jira.sid.key]/OSPropertyString attribute value)"
        )),
        "{text}"
    );
    assert!(text.contains("SEN-700"), "{text}");
    assert!(
        !text.contains(OTHER_SID),
        "the Server ID in issue text is not taken: {text}"
    );
    if keys.len() > 1 {
        assert!(text.contains("Licence 2 of 2"), "{text}");
    }

    let json = run(&["server-id", p(&zip_path), "--json"]).json();
    assert_eq!(json["product"], "Jira");
    assert_eq!(json["server_id"], SID);
    assert_eq!(
        json["server_id_source"],
        "entities.xml element OSPropertyEntry[propertyKey=jira.sid.key]/OSPropertyString attribute value"
    );
    assert_eq!(json["licences"][0]["sen"], "SEN-700");
    assert_eq!(
        json["licences"][0]["source"],
        "entities.xml element ProductLicense attribute license"
    );
    assert_eq!(json["licences"].as_array().map(Vec::len), Some(keys.len()));

    // The bare file, under any name: known by its root element.
    let bare = dir.path().join("jira-entities-copy.xml");
    write(&bare, &xml);
    let json = run(&["server-id", p(&bare), "--json"]).json();
    assert_eq!(json["server_id"], SID);
    assert_eq!(json["licences"][0]["sen"], "SEN-700");

    // A backup without the Server ID and without a licence says so, in diagnose as well.
    let empty = dir.path().join("entities.xml");
    write(&empty, entities_xml(None, &[], 3));
    let diagnosed = run(&["diagnose", p(&empty), "--json"]);
    assert_eq!(diagnosed.code, 1, "{}", diagnosed.stderr);
    let json = diagnosed.json();
    assert_eq!(json["product"], "Jira");
    assert_eq!(json["server_id"], Value::Null);
    assert_eq!(
        found_kinds(&json),
        ["backup-without-server-id", "backup-without-licence"]
    );
    let text = run(&["server-id", p(&empty)]).stdout;
    assert!(
        text.contains("entities.xml holds no jira.sid.key property"),
        "{text}"
    );
    assert!(text.contains("holds no ProductLicense row"), "{text}");
}

#[test]
fn a_hostile_backup_is_refused_with_a_clear_error_after_bounded_work() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A zip bomb: 8 MiB of one byte compress to a few kilobytes.
    let bomb = format!(
        "<entity-engine-xml>{}</entity-engine-xml>",
        " ".repeat(8 * 1024 * 1024)
    );
    let bomb_path = dir.path().join("bomb.zip");
    zip_file(&bomb_path, &[("entities.xml", bomb.as_bytes())]);
    assert!(std::fs::metadata(&bomb_path).expect("zip").len() < 100 * 1024);
    let started = std::time::Instant::now();
    let refused = run(&["server-id", p(&bomb_path)]);
    assert_eq!(refused.code, 2, "{}", refused.stdout);
    assert!(
        refused.stderr.contains("refused to unpack"),
        "{}",
        refused.stderr
    );
    assert!(refused.stderr.contains("zip bomb"), "{}", refused.stderr);
    assert!(started.elapsed().as_secs() < 30);

    // Malformed XML, and a document that is not a backup at all.
    for (name, contents, says) in [
        (
            "entities.xml",
            "<entity-engine-xml><OSPropertyEntry id=\"1\"></Issue></entity-engine-xml>",
            "is not a readable Jira backup",
        ),
        (
            "entities.xml",
            "<entity-engine-xml><ProductLicense id=\"1\" license=\"AAAB",
            "is not a readable Jira backup",
        ),
        (
            "entities.xml",
            "<jira-database-config/>",
            "not <entity-engine-xml>",
        ),
    ] {
        let path = dir.path().join(name);
        write(&path, contents);
        let refused = run(&["server-id", p(&path)]);
        assert_eq!(refused.code, 2, "{contents}: {}", refused.stdout);
        assert!(
            refused.stderr.contains(says),
            "{contents}: {}",
            refused.stderr
        );
        assert!(!refused.stderr.contains("panicked"), "{}", refused.stderr);
    }
}

// ---------------------------------------------------------------------------------------------
// A support zip's application.xml beside its application-config.

/// The licence section as the support tools write it.
fn application_xml(sen: &str, server_id: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<properties>\n  <stp.properties.license>\n\
         <stp.properties.license.sen>{sen}</stp.properties.license.sen>\n\
         <stp.properties.license.server.id>{server_id}</stp.properties.license.server.id>\n\
         <stp.properties.license.edition>DATACENTER</stp.properties.license.edition>\n\
         <stp.properties.license.users>500</stp.properties.license.users>\n\
         </stp.properties.license>\n</properties>\n"
    )
}

fn confluence_support_zip(path: &Path, key: &str, application: &str) {
    let cfg = cfg_xml(
        "confluence-configuration",
        &[
            ("atlassian.license.message", &encoder::wrap(key, 76, " ")),
            ("confluence.setup.server.id", SID),
        ],
    );
    zip_file(
        path,
        &[
            ("application-config/confluence.cfg.xml", cfg.as_bytes()),
            (
                "application-properties/application.xml",
                application.as_bytes(),
            ),
        ],
    );
}

#[test]
fn a_support_zip_reports_what_the_product_says_and_when_it_disagrees() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = encoder::test_key("SEN-500", "conf", &[]);

    let agreeing = dir.path().join("agreeing.zip");
    confluence_support_zip(&agreeing, &key, &application_xml("SEN-500", SID));
    let ran = run(&["server-id", p(&agreeing)]);
    assert_eq!(ran.code, 0, "{}", ran.stderr);
    assert!(
        ran.stdout.contains(&format!(
            "application-properties/application.xml says what the product itself reports: SEN SEN-500, Server ID {SID}; licence details: stp.properties.license.edition: DATACENTER; stp.properties.license.users: 500"
        )),
        "{}",
        ran.stdout
    );
    assert!(
        !ran.stdout.contains("The product reports"),
        "{}",
        ran.stdout
    );
    let json = run(&["server-id", p(&agreeing), "--json"]).json();
    assert_eq!(found_kinds(&json), ["product-report"]);
    let report = found(&json, "product-report");
    assert_eq!(report["sen"], "SEN-500");
    assert_eq!(report["server_id"], SID);
    assert_eq!(
        report["details"]["stp.properties.license.edition"],
        "DATACENTER"
    );

    let disagreeing = dir.path().join("disagreeing.zip");
    confluence_support_zip(&disagreeing, &key, &application_xml("SEN-999", OTHER_SID));
    let ran = run(&["server-id", p(&disagreeing)]);
    assert_eq!(ran.code, 0, "{}", ran.stderr);
    assert!(
        ran.stdout.contains(&format!("Server ID: {SID} (from support zip entry application-config/confluence.cfg.xml property confluence.setup.server.id)")),
        "the configuration's Server ID stays the one read: {}",
        ran.stdout
    );
    assert!(
        ran.stdout.contains(&format!(
            "The product reports Server ID {OTHER_SID} (application-properties/application.xml), but support zip entry application-config/confluence.cfg.xml property confluence.setup.server.id holds {SID}"
        )),
        "{}",
        ran.stdout
    );
    assert!(
        ran.stdout.contains(
            "The product reports SEN-999 (application-properties/application.xml), but the installed keys carry SEN-500"
        ),
        "{}",
        ran.stdout
    );
    let json = run(&["diagnose", p(&disagreeing), "--json"]).json();
    assert_eq!(
        found_kinds(&json),
        [
            "product-report",
            "reported-server-id-differs",
            "reported-sen-differs"
        ]
    );
    let differs = found(&json, "reported-server-id-differs");
    assert_eq!(differs["reported"], OTHER_SID);
    assert_eq!(differs["read"], SID);
    assert_eq!(
        found(&json, "reported-sen-differs")["in_keys"][0],
        "SEN-500"
    );

    // Jira's application-config has no Server ID (it is in the database): the report gives it.
    let jira = dir.path().join("jira.zip");
    let dbconfig = "<jira-database-config><database-type>postgres72</database-type><jdbc-datasource>\
                    <url>jdbc:postgresql://127.0.0.1:1/jiradb</url><username>jira</username>\
                    <password>Sanitized by Support Utility</password></jdbc-datasource></jira-database-config>";
    zip_file(
        &jira,
        &[
            ("application-config/dbconfig.xml", dbconfig.as_bytes()),
            (
                "application-properties/application.xml",
                application_xml("SEN-700", OTHER_SID).as_bytes(),
            ),
        ],
    );
    let json = run(&["server-id", p(&jira), "--json"]).json();
    assert_eq!(json["product"], "Jira");
    assert_eq!(json["server_id"], OTHER_SID);
    assert_eq!(
        json["server_id_source"],
        "support zip entry application-properties/application.xml element properties/stp.properties.license/stp.properties.license.server.id"
    );
}

// ---------------------------------------------------------------------------------------------
// Container environments.

/// The three products the official images take a licence for: variable, key namespace, name.
const CONTAINERS: &[(&str, &str, &str)] = &[
    ("ATL_LICENSE_KEY", "conf", "Confluence"),
    ("SETUP_LICENSE", "stash", "Bitbucket"),
    ("ATL_LICENSE", "bamboo", "Bamboo"),
];

#[test]
fn env_files_and_docker_inspect_output_for_each_product() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (index, (variable, namespace, product)) in CONTAINERS.iter().enumerate() {
        let sen = format!("SEN-80{index}");
        let key = encoder::test_key(&sen, namespace, &[]);

        // An env file: comments, other variables, `export` and a quoted key with `\n` escapes.
        let env_path = dir.path().join(format!("{namespace}.env"));
        write(
            &env_path,
            format!(
                "# {product}\nATL_PROXY_NAME=wiki.example.com\nexport {variable}=\"{}\"\nJVM_MAXIMUM_MEMORY=4g\n",
                encoder::wrap(&key, 76, "\\n")
            ),
        );
        let ran = run(&["server-id", p(&env_path)]);
        assert_eq!(ran.code, 0, "{}", ran.stderr);
        assert!(
            ran.stdout.contains(&format!("Product:   {product}\n")),
            "{}",
            ran.stdout
        );
        assert!(ran.stdout.contains(&sen), "{}", ran.stdout);
        assert!(
            ran.stdout
                .contains(&format!("{namespace}.env key {variable}")),
            "{}",
            ran.stdout
        );
        assert!(
            ran.stdout
                .contains("a container's environment never holds the Server ID"),
            "{}",
            ran.stdout
        );
        let json = run(&["server-id", p(&env_path), "--json"]).json();
        assert_eq!(json["product"], *product);
        assert_eq!(json["server_id"], Value::Null);
        assert_eq!(json["licences"][0]["sen"], sen.as_str());
        assert_eq!(
            found(&json, "server-id-not-in-environment")["product"],
            *product
        );

        // docker inspect output, with the home volume it names.
        let inspect = serde_json::json!([{
            "Id": "0123abcd",
            "Config": { "Env": ["PATH=/usr/local/bin", format!("{variable}={key}")] },
            "Mounts": [
                { "Type": "volume", "Source": format!("/var/lib/docker/volumes/{namespace}/_data"),
                  "Destination": format!("/var/atlassian/application-data/{namespace}") },
                { "Type": "bind", "Source": "/etc/timezone", "Destination": "/etc/timezone" }
            ]
        }]);
        let inspect_path = dir.path().join(format!("{namespace}-inspect.json"));
        write(
            &inspect_path,
            serde_json::to_string_pretty(&inspect).expect("json"),
        );
        let ran = run(&["server-id", p(&inspect_path)]);
        assert_eq!(ran.code, 0, "{}", ran.stderr);
        assert!(ran.stdout.contains(product), "{}", ran.stdout);
        assert!(
            ran.stdout.contains(&format!(
                "docker inspect shows the product's home mounted from /var/lib/docker/volumes/{namespace}/_data on the host"
            )),
            "{}",
            ran.stdout
        );
        let json = run(&["diagnose", p(&inspect_path), "--json"]).json();
        assert_eq!(json["product"], *product);
        assert_eq!(json["licences"][0]["sen"], sen.as_str());
        assert_eq!(
            found(&json, "container-home-volume")["volume"],
            format!("/var/lib/docker/volumes/{namespace}/_data")
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Embedded H2 databases.

#[test]
fn bitbucket_and_jira_on_h2_get_the_exact_command() {
    // Bitbucket set up on its embedded database: no bitbucket.properties at all.
    let home = tempfile::tempdir().expect("tempdir");
    write(
        &home.path().join("shared/data/db.mv.db"),
        b"H:2,block:3,blockSize:1000,chunk:2\n",
    );
    let base = home.path().join("shared/data/db");
    let command = format!(
        "java -cp h2*.jar org.h2.tools.Shell -url \"jdbc:h2:file:{}\" -user sa -password \"\" -sql \"SELECT prop_key, prop_value FROM app_property WHERE prop_key IN ('server.id', 'license')\"",
        base.display()
    );
    let ran = run(&["server-id", p(home.path())]);
    assert_eq!(ran.code, 0, "{}", ran.stderr);
    assert!(ran.stdout.contains("Bitbucket"), "{}", ran.stdout);
    assert!(
        ran.stdout
            .contains("Bitbucket runs on its embedded H2 database"),
        "{}",
        ran.stdout
    );
    assert!(ran.stdout.contains(&command), "{}", ran.stdout);
    let json = run(&["server-id", p(home.path()), "--json"]).json();
    assert_eq!(json["product"], "Bitbucket");
    let h2 = found(&json, "embedded-h2");
    assert_eq!(h2["command"], command.as_str());
    assert_eq!(h2["product"], "Bitbucket");

    // bitbucket.properties naming H2 with Bitbucket's placeholder: the command has the path.
    let key = encoder::test_key("SEN-900", "stash", &[]);
    write(
        &home.path().join("shared/bitbucket.properties"),
        format!(
            "setup.license={key}\njdbc.url=jdbc:h2:${{bitbucket.shared.home}}/data/db;MV_STORE=TRUE\njdbc.user=sa\n"
        ),
    );
    let ran = run(&["server-id", p(home.path())]);
    assert_eq!(ran.code, 0, "{}", ran.stderr);
    assert!(ran.stdout.contains("SEN-900"), "{}", ran.stdout);
    assert!(
        ran.stdout.contains(&format!(
            "-url \"jdbc:h2:{}/data/db;MV_STORE=TRUE\" -user sa",
            home.path().join("shared").display()
        )),
        "{}",
        ran.stdout
    );

    // Jira on H2 (its evaluation setup): the two queries through H2's shell.
    let jira = tempfile::tempdir().expect("tempdir");
    write(
        &jira.path().join("dbconfig.xml"),
        "<jira-database-config><database-type>h2</database-type><jdbc-datasource>\
         <url>jdbc:h2:file:/var/atlassian/application-data/jira/database/h2db</url>\
         <username>sa</username><password></password></jdbc-datasource></jira-database-config>",
    );
    let ran = run(&["server-id", p(jira.path())]);
    assert_eq!(ran.code, 0, "{}", ran.stderr);
    assert!(
        ran.stdout
            .contains("stop the product first (H2 lets one program at a time open the file)"),
        "{}",
        ran.stdout
    );
    assert!(
        ran.stdout.contains("java -cp h2*.jar org.h2.tools.Shell -url \"jdbc:h2:file:/var/atlassian/application-data/jira/database/h2db\" -user sa -password \"\" -sql \"SELECT ps.propertyvalue FROM propertyentry pe JOIN propertystring ps ON ps.id = pe.id WHERE pe.property_key = 'jira.sid.key'; SELECT license FROM productlicense\""),
        "{}",
        ran.stdout
    );
}

// ---------------------------------------------------------------------------------------------
// The Diagnose page reads the same uploads.

#[test]
fn the_diagnose_page_reads_a_backup_and_an_env_file() {
    let (_server, mut admin) = TestServer::with_admin();
    let csrf = admin.get("/diagnose").csrf();
    let key = encoder::test_key("SEN-700", "jira", &[]);
    let xml = entities_xml(Some(SID), std::slice::from_ref(&key), 10);

    let dir = tempfile::tempdir().expect("tempdir");
    let zip_path = dir.path().join("backup.zip");
    zip_file(&zip_path, &[("entities.xml", xml.as_bytes())]);
    let zip = std::fs::read(&zip_path).expect("zip");
    for (name, bytes) in [
        ("backup.zip", zip.as_slice()),
        ("entities.xml", xml.as_bytes()),
    ] {
        let result = admin.post_multipart(
            "/diagnose",
            &[("csrf", &csrf), ("key", ""), ("server_id", "")],
            &[("file", name, bytes)],
        );
        assert_eq!(result.status, 200, "{name}: {}", result.body);
        let text = result.text();
        assert!(text.contains(SID), "{name}: {text}");
        assert!(text.contains("Jira"), "{name}: {text}");
        assert!(text.contains("SEN-700"), "{name}: {text}");
    }

    let env = format!(
        "ATL_LICENSE_KEY={}\n",
        encoder::test_key("SEN-801", "conf", &[])
    );
    let result = admin.post_multipart(
        "/diagnose",
        &[("csrf", &csrf), ("key", ""), ("server_id", "")],
        &[("file", "confluence.env", env.as_bytes())],
    );
    assert_eq!(result.status, 200, "{}", result.body);
    let text = result.text();
    assert!(text.contains("SEN-801"), "{text}");
    assert!(
        text.contains("a container's environment never holds the Server ID"),
        "{text}"
    );

    let bad = "<entity-engine-xml><ProductLicense></entity-engine-xml>";
    let result = admin.post_multipart(
        "/diagnose",
        &[("csrf", &csrf), ("key", ""), ("server_id", "")],
        &[("file", "entities.xml", bad.as_bytes())],
    );
    assert!(
        (400..500).contains(&result.status),
        "{}: {}",
        result.status,
        result.body
    );
    assert!(
        result.text().contains("is not a readable Jira backup"),
        "{}",
        result.text()
    );
}

// ---------------------------------------------------------------------------------------------
// Languages.

#[test]
fn the_notes_speak_the_locales_language_and_json_stays_the_same() {
    let dir = tempfile::tempdir().expect("tempdir");
    let env_path = dir.path().join("bitbucket.env");
    write(
        &env_path,
        format!(
            "SETUP_LICENSE={}\n",
            encoder::test_key("SEN-810", "stash", &[])
        ),
    );
    let in_locale = |locale: &str, json: bool| {
        let mut command: Command = binary();
        command
            .args(["server-id", p(&env_path)])
            .env("LANG", locale);
        if json {
            command.arg("--json");
        }
        let output = command.output().expect("the binary runs");
        assert!(output.status.success());
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let german = in_locale("de_DE.UTF-8", false);
    assert!(
        german.contains("die Umgebung eines Containers enthält nie die Server ID"),
        "{german}"
    );
    assert!(
        german.contains("Bitbucket speichert sie in seiner Datenbank (Tabelle app_property)"),
        "{german}"
    );
    let japanese = in_locale("ja_JP.UTF-8", false);
    assert!(
        japanese.contains("コンテナーの環境変数に Server ID が含まれることはありません"),
        "{japanese}"
    );
    assert_eq!(in_locale("de_DE.UTF-8", true), in_locale("C", true));
}
