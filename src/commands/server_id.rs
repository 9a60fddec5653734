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
        print!("{}", text(&installation, &keys));
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
    let mut installation = if args.path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .take(MAX_STDIN_BYTES + 1)
            .read_to_end(&mut bytes)
            .context("cannot read standard input")?;
        install::read_text(&bytes, "standard input", &opts)?
    } else {
        install::read_installation(Path::new(&args.path), &opts)?
    };
    for file in given_keys {
        for raw in keys_in_file(file)? {
            if !installation.licences.iter().any(|l| l.raw == raw) {
                installation.licences.push(RawLicence {
                    raw,
                    source: format!("given by hand ({})", file.display()),
                });
            }
        }
    }
    Ok(installation)
}

/// The keys in a key file: every key found in it, or the whole text when none is (so that a
/// damaged key is reported as damaged rather than missing).
pub(crate) fn keys_in_file(file: &Path) -> anyhow::Result<Vec<String>> {
    let mut bytes = Vec::new();
    std::fs::File::open(file)
        .and_then(|f| f.take(MAX_KEY_FILE_BYTES + 1).read_to_end(&mut bytes))
        .with_context(|| format!("cannot read the key file {}", file.display()))?;
    if bytes.len() as u64 > MAX_KEY_FILE_BYTES {
        bail!(
            "{}: too large to be a licence key file (more than {} bytes)",
            file.display(),
            MAX_KEY_FILE_BYTES
        );
    }
    let Ok(text) = String::from_utf8(bytes) else {
        bail!("{}: not a text file, so not a licence key", file.display());
    };
    let text = text.trim_start_matches('\u{feff}');
    let found: Vec<String> = key::find_keys(text).into_iter().map(|k| k.raw).collect();
    if !found.is_empty() {
        return Ok(found);
    }
    let whole: String = text.split_whitespace().collect();
    if whole.is_empty() {
        bail!("{}: the file is empty, not a licence key", file.display());
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
                "key": decoded.canonical,
                "error": Value::Null,
            })
        }
        Err(error) => json!({
            "source": installed.source,
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
    object
}

fn json(installation: &Installation, keys: &[InstalledKey]) -> Value {
    let mut object = installation_json(installation);
    object.insert(
        "licences".into(),
        Value::Array(keys.iter().map(licence_json).collect()),
    );
    object.insert("notes".into(), json!(installation.notes));
    Value::Object(object)
}

/// The installation's lines of the text report: product, home, Server ID, database.
pub(crate) fn installation_text(installation: &Installation) -> String {
    let mut out = String::new();
    out.push_str(&format!("Product:   {}\n", installation.product));
    out.push_str(&format!("Read from: {}\n", installation.home.display()));
    match &installation.server_id {
        Some(reading) => out.push_str(&format!(
            "Server ID: {} (from {})\n",
            reading.value, reading.source
        )),
        None => out.push_str("Server ID: not found\n"),
    }
    if let Some(database) = &installation.database {
        out.push_str(&format!(
            "Database:  {} {} (from {})\n",
            database.kind.name(),
            database.jdbc_url,
            database.source
        ));
    }
    out
}

/// One installed key's lines of the text report.
pub(crate) fn licence_text(index: usize, count: usize, installed: &InstalledKey) -> String {
    let mut out = format!(
        "Licence {} of {} (from {})\n",
        index + 1,
        count,
        installed.source
    );
    let decoded = match &installed.decoded {
        Ok(decoded) => decoded,
        Err(error) => {
            out.push_str(&format!("  cannot be decoded: {error}\n"));
            return out;
        }
    };
    let licence = &decoded.licence;
    let line = |out: &mut String, label: &str, value: Option<String>| {
        if let Some(value) = value {
            out.push_str(&format!("  {label:<22}{value}\n"));
        }
    };
    line(
        &mut out,
        "SEN",
        Some(licence.sen.clone().unwrap_or("none".into())),
    );
    line(&mut out, "Name", Some(licence.licence_name()));
    line(
        &mut out,
        "Products",
        Some(
            licence
                .products
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        ),
    );
    line(&mut out, "Type", licence.licence_type_name.clone());
    line(&mut out, "Users", licence.users.map(|u| u.to_string()));
    line(
        &mut out,
        "Evaluation",
        licence.evaluation.then(|| "yes".to_string()),
    );
    line(&mut out, "Organisation", licence.organisation.clone());
    line(
        &mut out,
        "Purchased",
        licence.purchase_date.as_ref().map(ToString::to_string),
    );
    line(
        &mut out,
        "Support expires",
        licence
            .maintenance_expiry_date
            .as_ref()
            .map(ToString::to_string),
    );
    line(
        &mut out,
        "Licence expires",
        licence
            .licence_expiry_date
            .as_ref()
            .map(ToString::to_string),
    );
    line(
        &mut out,
        "Server ID in the key",
        Some(licence.server_id.clone().unwrap_or("none".into())),
    );
    line(
        &mut out,
        "Signature",
        Some(decoded.signature.message().to_string()),
    );
    out
}

fn text(installation: &Installation, keys: &[InstalledKey]) -> String {
    let mut out = installation_text(installation);
    if keys.is_empty() {
        out.push_str("Licences:  none found\n");
    }
    for (index, installed) in keys.iter().enumerate() {
        out.push('\n');
        out.push_str(&licence_text(index, keys.len(), installed));
    }
    if !installation.notes.is_empty() {
        out.push_str("\nNotes:\n");
        for note in &installation.notes {
            out.push_str(&format!("  - {note}\n"));
        }
    }
    out
}
