//! `licensedesk diagnose PATH`: reads an installation, compares it with the portal's records
//! (or a key given by hand), and says what is wrong in plain words: the verdict first, then each
//! finding, then what to do. `--record` keeps the run as an instance snapshot, `--apply` sets
//! the Server ID on record. Exit status 0 for a match, 1 for findings, 2 for errors.

use std::path::Path;
use std::process::ExitCode;

use anyhow::bail;
use rusqlite::Connection;
use serde_json::{Value, json};

use crate::app;
use crate::atlassian::diagnosis::{
    self, Code, Diagnosis, Environment, Input, InstalledKey, KeyRecords, Record, Reference,
    ServerIdUpdate,
};
use crate::atlassian::install::Installation;
use crate::atlassian::key::{self, DecodedKey};
use crate::cli::{DiagnoseArgs, EnvArg};
use crate::domain::Actor;
use crate::i18n::{self, Language};
use crate::store;
use crate::tr;

use super::server_id;

pub fn run(args: &DiagnoseArgs) -> anyhow::Result<ExitCode> {
    let installation = server_id::read(&args.install, &args.install.installed_keys)?;
    let keys = diagnosis::decode_installed(&installation);
    let given = match &args.key {
        Some(file) => Some(given_key(file)?),
        None => None,
    };
    let mut conn = open_records(&args.data_dir, args.record || args.apply)?;
    let records: Vec<KeyRecords> = match &conn {
        Some(conn) => keys
            .iter()
            .map(|k| app::diagnosis::records_for(conn, None, k))
            .collect::<rusqlite::Result<_>>()?,
        None => Vec::new(),
    };
    let label = args
        .label
        .clone()
        .unwrap_or_else(|| default_label(&installation));
    let host = match &args.host {
        Some(host) => host.clone(),
        None => hostname::get()
            .map(|h| h.to_string_lossy().into_owned())
            .unwrap_or_else(|_| "localhost".to_string()),
    };
    let same_server_id = match (&conn, &installation.server_id) {
        (Some(conn), Some(reading)) => app::diagnosis::others_with_server_id(
            conn,
            None,
            &reading.value,
            Some((&host, &label)),
        )?,
        _ => Vec::new(),
    };
    let reference = match (&given, &conn) {
        (Some(given), _) => Reference::GivenKey(given),
        (None, Some(_)) => Reference::Records(&records),
        (None, None) => Reference::KeysOnly,
    };
    let result = diagnosis::diagnose(&Input {
        installation: &installation,
        keys: &keys,
        reference,
        same_server_id: &same_server_id,
        environment: args.env.map(|env| match env {
            EnvArg::Production => Environment::Production,
            EnvArg::NonProduction => Environment::NonProduction,
        }),
        allow_unverified: args.allow_unverified,
        today: jiff::Zoned::now().date(),
    });

    let mut applied: Vec<&ServerIdUpdate> = Vec::new();
    let mut recorded_id = None;
    let findings: Vec<Code> = result.findings.iter().map(|f| f.code()).collect();
    if let Some(conn) = conn.as_mut() {
        let snapshot = app::diagnosis::Snapshot {
            installation: &installation,
            label: &label,
            host: &host,
            keys: &keys,
            records: &records,
            verdict: result.verdict,
            findings: &findings,
        };
        let updates: &[ServerIdUpdate] = if args.apply { &result.updates } else { &[] };
        let kept = app::diagnosis::keep(
            conn,
            &Actor::CommandLine,
            &installation,
            updates,
            args.record.then_some(&snapshot),
            store::unix_now(),
        )?;
        applied = kept.applied.iter().map(|&i| &result.updates[i]).collect();
        recorded_id = kept.instance;
    }

    let report = Report {
        lang: Language::from_environment(),
        installation: &installation,
        keys: &keys,
        records: &records,
        result: &result,
        compared_with: match reference {
            Reference::KeysOnly => "keys-only",
            Reference::Records(_) => "records",
            Reference::GivenKey(_) => "key",
        },
        apply: args.apply,
        applied: &applied,
        recorded: recorded_id.map(|id| (id, label.as_str(), host.as_str())),
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report.json())?);
    } else {
        print!("{}", report.text());
    }
    Ok(if result.verdict == Code::Match {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The key given with `--key`, which must decode.
fn given_key(file: &Path) -> anyhow::Result<DecodedKey> {
    let lang = Language::from_environment();
    let found = server_id::keys_in_file(file)?;
    if found.len() > 1 {
        bail!(tr!(
            lang,
            "diagnose-cli-key-file-holds-several",
            file = file.display().to_string(),
            count = (found.len() as i64)
        ));
    }
    let raw = found.into_iter().next().unwrap_or_default();
    key::decode(&raw).map_err(|error| {
        anyhow::anyhow!(tr!(
            lang,
            "diagnose-cli-given-key-damaged",
            file = file.display().to_string(),
            error = i18n::key::key_error(lang, &error)
        ))
    })
}

/// The portal's database when there is one; with `create`, one is made when missing.
fn open_records(data_dir: &Path, create: bool) -> anyhow::Result<Option<Connection>> {
    if create || data_dir.join(store::DATABASE_FILE).is_file() {
        super::open_data_dir(data_dir).map(Some)
    } else {
        Ok(None)
    }
}

/// The home folder's name; for a file, the file's name.
fn default_label(installation: &Installation) -> String {
    installation
        .home
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| installation.home.display().to_string())
}

struct Report<'a> {
    /// The language of the text report; `--json` stays in English, the words of its codes.
    lang: Language,
    installation: &'a Installation,
    keys: &'a [InstalledKey],
    records: &'a [KeyRecords],
    result: &'a Diagnosis,
    compared_with: &'static str,
    apply: bool,
    applied: &'a [&'a ServerIdUpdate],
    recorded: Option<(i64, &'a str, &'a str)>,
}

impl Report<'_> {
    fn on_record(&self, index: usize) -> Vec<&Record> {
        self.records.get(index).map_or_else(Vec::new, |found| {
            found.by_key.iter().chain(found.same_sen.iter()).collect()
        })
    }

    fn json(&self) -> Value {
        let lang = Language::En;
        let result = self.result;
        let mut object = server_id::installation_json(self.installation);
        let mut out = serde_json::Map::new();
        out.insert("verdict".into(), json!(result.verdict.as_str()));
        out.insert(
            "summary".into(),
            json!(i18n::diagnose::headline(lang, result)),
        );
        out.append(&mut object);
        out.insert("compared_with".into(), json!(self.compared_with));
        let licences: Vec<Value> = self
            .keys
            .iter()
            .enumerate()
            .map(|(index, installed)| {
                let mut licence = server_id::licence_json(installed);
                licence["on_record"] = json!(self.on_record(index));
                licence
            })
            .collect();
        out.insert("licences".into(), json!(licences));
        out.insert(
            "app_licences".into(),
            server_id::app_licences_json(self.keys),
        );
        let findings: Vec<Value> = result
            .findings
            .iter()
            .map(|f| json!({ "code": f.code().as_str(), "message": i18n::diagnose::finding_for_json(f) }))
            .collect();
        out.insert("findings".into(), json!(findings));
        out.insert(
            "advice".into(),
            json!(i18n::diagnose::advice_for(lang, &result.findings)),
        );
        let notes: Vec<String> = result
            .notes
            .iter()
            .map(|n| i18n::diagnose::note(lang, n))
            .collect();
        out.insert("notes".into(), json!(notes));
        out.insert(
            "reader_notes".into(),
            json!(i18n::install::install_notes(lang, &self.installation.notes)),
        );
        let updates: Vec<Value> = result
            .updates
            .iter()
            .map(|u| {
                let applied = self.applied.iter().any(|a| a.licence_id == u.licence_id);
                json!({
                    "licence_id": u.licence_id,
                    "name": u.name,
                    "sen": u.sen,
                    "old": u.old,
                    "new": u.new,
                    "applied": applied,
                })
            })
            .collect();
        out.insert("updates".into(), json!(updates));
        out.insert(
            "recorded".into(),
            match self.recorded {
                Some((id, label, host)) => {
                    json!({ "instance_id": id, "label": label, "host": host })
                }
                None => Value::Null,
            },
        );
        Value::Object(out)
    }

    fn text(&self) -> String {
        let lang = self.lang;
        let result = self.result;
        let heading =
            |name: String| format!("\n{}\n", tr!(lang, "diagnose-cli-heading", heading = name));
        let mut out = format!(
            "{}\n{}\n\n",
            tr!(lang, "diagnose-cli-verdict", code = result.verdict.as_str()),
            i18n::diagnose::headline(lang, result)
        );
        out.push_str(&server_id::installation_text(lang, self.installation));
        for (index, installed) in self.keys.iter().enumerate() {
            out.push('\n');
            out.push_str(&server_id::licence_text(
                lang,
                index,
                self.keys.len(),
                installed,
            ));
            if self.compared_with == "records" {
                let label = tr!(lang, "diagnose-on-record-label");
                let records = self.on_record(index);
                if records.is_empty() {
                    let none = tr!(lang, "diagnose-not-on-record");
                    out.push_str(&server_id::line(&label, &none));
                }
                for record in records {
                    let details = tr!(
                        lang,
                        "diagnose-cli-on-record",
                        id = record.id.to_string(),
                        name = record.name.clone(),
                        sen = i18n::diagnose::sen(lang, record.sen.as_deref()),
                        server_id = record
                            .server_id
                            .clone()
                            .unwrap_or_else(|| tr!(lang, "diagnose-server-id-unknown"))
                    );
                    out.push_str(&server_id::line(&label, &details));
                }
            }
        }
        if !result.findings.is_empty() {
            out.push_str(&heading(tr!(lang, "diagnose-findings-heading")));
            for finding in &result.findings {
                out.push_str(&format!(
                    "  - [{}] {}\n",
                    finding.code().as_str(),
                    i18n::diagnose::finding(lang, finding)
                ));
            }
        }
        out.push_str(&heading(tr!(lang, "diagnose-what-to-do-heading")));
        for advice in i18n::diagnose::advice_for(lang, &result.findings) {
            out.push_str(&format!("  - {advice}\n"));
        }
        let old_or_none = |old: &Option<String>| {
            old.clone()
                .unwrap_or_else(|| tr!(lang, "diagnose-confirm-none"))
        };
        if !result.updates.is_empty() && !self.apply {
            out.push_str(&format!("  - {}\n", tr!(lang, "diagnose-cli-apply-hint")));
            for update in &result.updates {
                let line = tr!(
                    lang,
                    "diagnose-cli-update",
                    id = update.licence_id.to_string(),
                    name = update.name.clone(),
                    old = old_or_none(&update.old),
                    new = update.new.clone()
                );
                out.push_str(&format!("      {line}\n"));
            }
        }
        if self.apply {
            out.push_str(&heading(tr!(lang, "diagnose-cli-changed-heading")));
            if self.applied.is_empty() {
                out.push_str(&format!(
                    "  {}\n",
                    tr!(lang, "diagnose-cli-nothing-changed")
                ));
            }
            for update in self.applied {
                let line = tr!(
                    lang,
                    "diagnose-cli-applied",
                    id = update.licence_id.to_string(),
                    name = update.name.clone(),
                    sen = i18n::diagnose::sen(lang, update.sen.as_deref()),
                    old = old_or_none(&update.old),
                    new = update.new.clone()
                );
                out.push_str(&format!("  - {line}\n"));
            }
        }
        if let Some((id, label, host)) = self.recorded {
            let line = tr!(
                lang,
                "diagnose-cli-recorded",
                id = id.to_string(),
                label = label,
                host = host
            );
            out.push_str(&format!("\n{line}\n"));
        }
        if !result.notes.is_empty() {
            out.push_str(&heading(tr!(lang, "diagnose-notes-heading")));
            for note in &result.notes {
                out.push_str(&format!("  - {}\n", i18n::diagnose::note(lang, note)));
            }
        }
        if !self.installation.notes.is_empty() {
            out.push_str(&heading(tr!(lang, "diagnose-reader-notes-heading")));
            for note in i18n::install::install_notes(lang, &self.installation.notes) {
                out.push_str(&format!("  - {note}\n"));
            }
        }
        out
    }
}
