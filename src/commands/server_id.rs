//! `licensedesk server-id PATH`: reads an installation (a home, a config file, a support zip,
//! any text, or standard input) and reports its product, its Server ID and where it was read,
//! and every installed licence key decoded. Also the reading shared with `diagnose`.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use serde_json::{Value, json};

use crate::atlassian::diagnosis::{self, InstalledKey};
use crate::atlassian::install::{self, Installation, RawLicence, ReadOptions};
use crate::atlassian::key::{self, KeyDate};
use crate::cli::{InstallArgs, ServerIdArgs};
use crate::i18n::{self, Language};
use crate::tr;

/// Standard input is read up to this size, like a text file.
const MAX_STDIN_BYTES: u64 = 64 * 1024 * 1024;
/// A key file given by hand is at most this large.
const MAX_KEY_FILE_BYTES: u64 = 1024 * 1024;

pub fn run(args: &ServerIdArgs) -> anyhow::Result<ExitCode> {
    let mut given = args.install.installed_keys.clone();
    given.extend(args.keys.iter().cloned());
    let installation = read(&args.install, &given)?;
    let keys = diagnosis::decode_installed(&installation);
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&json(&installation, &keys))?
        );
    } else {
        print!(
            "{}",
            text(Language::from_environment(), &installation, &keys)
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads the installation the arguments name, with the keys given by hand added to it.
pub(crate) fn read(args: &InstallArgs, given_keys: &[PathBuf]) -> anyhow::Result<Installation> {
    let opts = ReadOptions {
        db_host: args.db_host.clone(),
        db_port: args.db_port,
        db_name: args.db_name.clone(),
        db_user: args.db_user.clone(),
        db_password: args.db_password.clone(),
        server_id_override: args.server_id.clone(),
        no_database: args.no_database,
        ..ReadOptions::default()
    };
    let lang = Language::from_environment();
    let mut installation = if args.path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .take(MAX_STDIN_BYTES + 1)
            .read_to_end(&mut bytes)
            .with_context(|| tr!(lang, "diagnose-cli-stdin-unreadable"))?;
        let standard_input = tr!(lang, "diagnose-cli-standard-input");
        install::read_text(&bytes, &standard_input, &opts)
    } else {
        install::read_installation(Path::new(&args.path), &opts)
    }
    .map_err(|error| anyhow::anyhow!(i18n::install::install_error(lang, &error)))?;
    for file in given_keys {
        for raw in keys_in_file(file)? {
            if !installation.licences.iter().any(|l| l.raw == raw) {
                installation.licences.push(RawLicence {
                    raw,
                    source: install::Source::Text(tr!(
                        lang,
                        "diagnose-cli-given-by-hand",
                        file = file.display().to_string()
                    )),
                });
            }
        }
    }
    Ok(installation)
}

/// The keys in a key file: every key found in it, or the whole text when none is (so that a
/// damaged key is reported as damaged rather than missing).
pub(crate) fn keys_in_file(file: &Path) -> anyhow::Result<Vec<String>> {
    let lang = Language::from_environment();
    let shown = || file.display().to_string();
    let mut bytes = Vec::new();
    std::fs::File::open(file)
        .and_then(|f| f.take(MAX_KEY_FILE_BYTES + 1).read_to_end(&mut bytes))
        .with_context(|| tr!(lang, "diagnose-cli-key-file-unreadable", file = shown()))?;
    if bytes.len() as u64 > MAX_KEY_FILE_BYTES {
        bail!(tr!(
            lang,
            "diagnose-cli-key-file-too-large",
            file = shown(),
            max = (MAX_KEY_FILE_BYTES as i64)
        ));
    }
    let Ok(text) = String::from_utf8(bytes) else {
        bail!(tr!(lang, "diagnose-cli-key-file-not-text", file = shown()));
    };
    let text = text.trim_start_matches('\u{feff}');
    let found: Vec<String> = key::find_keys(text).into_iter().map(|k| k.raw).collect();
    if !found.is_empty() {
        return Ok(found);
    }
    let whole: String = text.split_whitespace().collect();
    if whole.is_empty() {
        bail!(tr!(lang, "diagnose-cli-key-file-empty", file = shown()));
    }
    Ok(vec![whole])
}

/// A key date as `--json` writes it: the calendar date, or the relative period as written.
pub(crate) fn date_text(date: Option<&KeyDate>) -> Value {
    match date {
        Some(KeyDate::Absolute(date)) => json!(date.to_string()),
        Some(KeyDate::Relative { raw, .. }) | Some(KeyDate::Unrecognised(raw)) => json!(raw),
        None => Value::Null,
    }
}

/// One installed key as `--json` writes it.
pub(crate) fn licence_json(installed: &InstalledKey) -> Value {
    match &installed.decoded {
        Ok(decoded) => {
            let licence = &decoded.licence;
            json!({
                "source": installed.source,
                "kind": licence.kind().code(),
                "sen": licence.sen,
                "server_id": licence.server_id,
                "name": licence.licence_name(),
                "products": licence.products.iter().map(|p| p.name.clone()).collect::<Vec<_>>(),
                "licence_type": licence.licence_type_name,
                "users": licence.users,
                "evaluation": licence.evaluation,
                "data_center": licence.data_center,
                "organisation": licence.organisation,
                "purchase_date": date_text(licence.purchase_date.as_ref()),
                "maintenance_expiry": date_text(licence.maintenance_expiry_date.as_ref()),
                "licence_expiry": date_text(licence.licence_expiry_date.as_ref()),
                "signature_valid": decoded.is_genuine(),
                "inner_hash": decoded.inner_hash.code(),
                "key": decoded.canonical,
                "error": Value::Null,
            })
        }
        Err(error) => json!({
            "source": installed.source,
            "kind": Value::Null,
            "sen": Value::Null,
            "server_id": Value::Null,
            "products": [],
            "licence_type": Value::Null,
            "signature_valid": Value::Null,
            "maintenance_expiry": Value::Null,
            "key": installed.raw,
            "error": error.to_string(),
        }),
    }
}

/// The installation as `--json` writes it.
pub(crate) fn installation_json(installation: &Installation) -> serde_json::Map<String, Value> {
    let mut object = serde_json::Map::new();
    object.insert("product".into(), json!(installation.product.name()));
    object.insert(
        "home".into(),
        json!(installation.home.display().to_string()),
    );
    object.insert(
        "server_id".into(),
        json!(installation.server_id.as_ref().map(|s| &s.value)),
    );
    object.insert(
        "server_id_source".into(),
        json!(installation.server_id.as_ref().map(|s| &s.source)),
    );
    object.insert(
        "database".into(),
        serde_json::to_value(&installation.database).unwrap_or(Value::Null),
    );
    object.insert(
        "cluster".into(),
        serde_json::to_value(&installation.cluster).unwrap_or(Value::Null),
    );
    object.insert("found".into(), super::install_json::found(installation));
    object
}

/// The app (Marketplace) licences among the installed keys, as `--json` lists them beside the
/// host's: which app, its own SEN, tier and dates, and where it was read.
pub(crate) fn app_licences_json(keys: &[InstalledKey]) -> Value {
    let apps = keys
        .iter()
        .filter_map(|installed| {
            let decoded = installed.decoded.as_ref().ok()?;
            let licence = &decoded.licence;
            licence.is_app().then(|| {
                let app = licence.primary_product();
                json!({
                    "app": app.map(|p| p.namespace.clone()),
                    "name": app.map(|p| p.name.clone()),
                    "sen": licence.sen,
                    "kind": licence.kind().code(),
                    "licence_type": licence.licence_type_name,
                    "users": licence.users,
                    "data_center": licence.data_center,
                    "maintenance_expiry": date_text(licence.maintenance_expiry_date.as_ref()),
                    "licence_expiry": date_text(licence.licence_expiry_date.as_ref()),
                    "server_id": licence.server_id,
                    "signature_valid": decoded.is_genuine(),
                    "source": installed.source,
                })
            })
        })
        .collect();
    Value::Array(apps)
}

fn json(installation: &Installation, keys: &[InstalledKey]) -> Value {
    let mut object = installation_json(installation);
    object.insert(
        "licences".into(),
        Value::Array(keys.iter().map(licence_json).collect()),
    );
    object.insert("app_licences".into(), app_licences_json(keys));
    // Like the rest of the JSON, the notes stay English whatever LANG says.
    object.insert(
        "notes".into(),
        json!(i18n::install::install_notes(
            Language::En,
            &installation.notes
        )),
    );
    Value::Object(object)
}

/// A labelled line of the text report, the values in one column.
pub(crate) fn line(label: &str, value: &str) -> String {
    line_in(label, value, LABEL_COLUMN)
}

/// Where the values of a licence's lines start, unless a label is wider.
const LABEL_COLUMN: usize = 22;

/// A labelled line with the value at `width`, or one space after a longer label: a translated
/// label may be wider than the English one ("Server ID im Schlüssel").
fn line_in(label: &str, value: &str, width: usize) -> String {
    let shown = unicode_width::UnicodeWidthStr::width(label);
    format!("  {}{value}\n", super::padded(label, width.max(shown + 1)))
}

/// The installation's lines of the text report: product, home, Server ID, database.
pub(crate) fn installation_text(lang: Language, installation: &Installation) -> String {
    let mut lines: Vec<(String, String)> = vec![
        (
            tr!(lang, "diagnose-cli-product"),
            i18n::install::product_name(lang, installation.product),
        ),
        (
            tr!(lang, "diagnose-cli-read-from"),
            installation.home.display().to_string(),
        ),
    ];
    let server_id = match &installation.server_id {
        Some(reading) => tr!(
            lang,
            "diagnose-cli-from-source",
            value = reading.value.clone(),
            source = i18n::install::install_source(lang, &reading.source)
        ),
        None => tr!(lang, "diagnose-cli-not-found"),
    };
    lines.push((tr!(lang, "diagnose-cli-server-id"), server_id));
    if let Some(node) = &installation.cluster {
        let none = || tr!(lang, "diagnose-cli-none");
        lines.push((
            tr!(lang, "diagnose-cli-cluster-node"),
            tr!(
                lang,
                "diagnose-cli-cluster-node-value",
                node = node.node_id.clone().unwrap_or_else(none),
                cluster = node.cluster.clone().unwrap_or_else(none),
                source = i18n::install::install_source(lang, &node.source)
            ),
        ));
    }
    if let Some(database) = &installation.database {
        let value = format!("{} {}", database.kind.name(), database.jdbc_url);
        lines.push((
            tr!(lang, "diagnose-cli-database"),
            tr!(
                lang,
                "diagnose-cli-from-source",
                value = value,
                source = database.source.clone()
            ),
        ));
    }
    columns(&lines)
}

/// Labels and their values, the values in one column one space after the longest label.
fn columns(lines: &[(String, String)]) -> String {
    let width = lines
        .iter()
        .map(|(label, _)| unicode_width::UnicodeWidthStr::width(label.as_str()))
        .max()
        .unwrap_or(0)
        + 1;
    lines
        .iter()
        .map(|(label, value)| format!("{}{value}\n", super::padded(label, width)))
        .collect()
}

/// One installed key's lines of the text report.
pub(crate) fn licence_text(
    lang: Language,
    index: usize,
    count: usize,
    installed: &InstalledKey,
) -> String {
    let mut out = tr!(
        lang,
        "diagnose-cli-licence-heading",
        n = ((index + 1) as i64),
        count = (count as i64),
        source = i18n::install::install_source(lang, &installed.source)
    );
    out.push('\n');
    let decoded = match &installed.decoded {
        Ok(decoded) => decoded,
        Err(error) => {
            let error = i18n::key::key_error(lang, error);
            let message = tr!(lang, "diagnose-cli-cannot-be-decoded", error = error);
            out.push_str(&format!("  {message}\n"));
            return out;
        }
    };
    let licence = &decoded.licence;
    let none = || tr!(lang, "diagnose-cli-none");
    let date = |date: Option<&KeyDate>| date.map(|date| i18n::key::key_date(lang, date));
    let lines: [(String, Option<String>); 14] = [
        (
            tr!(lang, "diagnose-sen-label"),
            Some(licence.sen.clone().unwrap_or_else(none)),
        ),
        (tr!(lang, "diagnose-cli-name"), Some(licence.licence_name())),
        (
            tr!(lang, "kind-label"),
            Some(i18n::kind::key_kind_name(lang, licence.kind())),
        ),
        (
            tr!(lang, "diagnose-products-label"),
            Some(
                licence
                    .products
                    .iter()
                    .map(|p| p.name.as_str())
                    .collect::<Vec<_>>()
                    .join(&tr!(lang, "diagnose-list-separator")),
            ),
        ),
        (
            tr!(lang, "diagnose-type-label"),
            licence
                .licence_type_name
                .as_deref()
                .map(|raw| i18n::licence::key_type_name(lang, raw)),
        ),
        (
            tr!(lang, "diagnose-users-label"),
            licence
                .users
                .as_ref()
                .map(|users| i18n::key::users(lang, users)),
        ),
        (
            tr!(lang, "diagnose-cli-evaluation"),
            licence.evaluation.then(|| tr!(lang, "diagnose-cli-yes")),
        ),
        (
            tr!(lang, "diagnose-cli-organisation"),
            licence.organisation.clone(),
        ),
        (
            tr!(lang, "diagnose-cli-purchased"),
            date(licence.purchase_date.as_ref()),
        ),
        (
            tr!(lang, "diagnose-support-label"),
            date(licence.maintenance_expiry_date.as_ref()),
        ),
        (
            tr!(lang, "diagnose-licence-expiry-label"),
            date(licence.licence_expiry_date.as_ref()),
        ),
        (
            tr!(lang, "diagnose-key-server-id-label"),
            Some(licence.server_id.clone().unwrap_or_else(none)),
        ),
        (
            tr!(lang, "diagnose-signature-label"),
            Some(i18n::key::signature(lang, decoded.signature)),
        ),
        (
            tr!(lang, "portal-inner-hash"),
            Some(i18n::key::inner_hash(
                lang,
                &decoded.inner_hash,
                decoded.property("keyVersion"),
            )),
        ),
    ];
    // One column for the whole block, as wide as its widest label needs.
    let width = lines
        .iter()
        .filter(|(_, value)| value.is_some())
        .map(|(label, _)| unicode_width::UnicodeWidthStr::width(label.as_str()) + 1)
        .fold(LABEL_COLUMN, usize::max);
    for (label, value) in lines {
        if let Some(value) = value {
            out.push_str(&line_in(&label, &value, width));
        }
    }
    out
}

fn text(lang: Language, installation: &Installation, keys: &[InstalledKey]) -> String {
    let mut out = installation_text(lang, installation);
    if keys.is_empty() {
        out.push_str(&tr!(lang, "diagnose-cli-no-licences"));
        out.push('\n');
    }
    for (index, installed) in keys.iter().enumerate() {
        out.push('\n');
        out.push_str(&licence_text(lang, index, keys.len(), installed));
    }
    if !installation.notes.is_empty() {
        let heading = tr!(
            lang,
            "diagnose-cli-heading",
            heading = tr!(lang, "diagnose-cli-notes")
        );
        out.push_str(&format!("\n{heading}\n"));
        for note in i18n::install::install_notes(lang, &installation.notes) {
            out.push_str(&format!("  - {note}\n"));
        }
    }
    out
}
