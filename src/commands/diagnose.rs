//! `licensedesk diagnose PATH`: reads an installation, compares it with the portal's records
//! (or a key given by hand), and says what is wrong in plain words: the verdict first, then each
//! finding, then what to do. `--record` keeps the run as an instance snapshot, `--apply` sets
//! the Server ID on record. Exit status 0 for a match, 1 for findings, 2 for errors.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, bail};
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
use crate::i18n::{self, diagnose::DiagnoseText};
use crate::store;

use super::server_id;

pub fn run(args: &DiagnoseArgs) -> anyhow::Result<ExitCode> {
    let text = i18n::catalogue("en").diagnose;
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
    if let Some(conn) = conn.as_mut() {
        let snapshot = app::diagnosis::Snapshot {
            installation: &installation,
            label: &label,
            host: &host,
            keys: &keys,
            records: &records,
            verdict: result.verdict,
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
        text,
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
    let found = server_id::keys_in_file(file)?;
    if found.len() > 1 {
        bail!(
            "{} holds {} licence keys; give a file with the one key to compare with",
            file.display(),
            found.len()
        );
    }
    let raw = found.into_iter().next().unwrap_or_default();
    key::decode(&raw).with_context(|| {
        format!(
            "the key in {} (given with --key) cannot be decoded",
            file.display()
        )
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
    text: &'static DiagnoseText,
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
        let text = self.text;
        let result = self.result;
        let mut object = server_id::installation_json(self.installation);
        let mut out = serde_json::Map::new();
        out.insert("verdict".into(), json!(result.verdict.as_str()));
        out.insert("summary".into(), json!(text.headline(result)));
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
        let findings: Vec<Value> = result
            .findings
            .iter()
            .map(|f| json!({ "code": f.code().as_str(), "message": text.finding(f) }))
            .collect();
        out.insert("findings".into(), json!(findings));
        out.insert("advice".into(), json!(text.advice_for(&result.findings)));
        let notes: Vec<String> = result.notes.iter().map(|n| text.note(n)).collect();
        out.insert("notes".into(), json!(notes));
        out.insert("reader_notes".into(), json!(self.installation.notes));
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
        let text = self.text;
        let result = self.result;
        let mut out = format!(
            "Verdict: {}\n{}\n\n",
            result.verdict.as_str(),
            text.headline(result)
        );
        out.push_str(&server_id::installation_text(self.installation));
        for (index, installed) in self.keys.iter().enumerate() {
            out.push('\n');
            out.push_str(&server_id::licence_text(index, self.keys.len(), installed));
            if self.compared_with == "records" {
                let records = self.on_record(index);
                if records.is_empty() {
                    out.push_str(&format!(
                        "  {:<22}{}\n",
                        text.on_record_label, text.not_on_record
                    ));
                }
                for record in records {
                    out.push_str(&format!(
                        "  {:<22}#{} {} ({}), Server ID {}\n",
                        text.on_record_label,
                        record.id,
                        record.name,
                        record.sen.as_deref().unwrap_or(text.no_sen),
                        record
                            .server_id
                            .as_deref()
                            .unwrap_or(text.server_id_unknown),
                    ));
                }
            }
        }
        if !result.findings.is_empty() {
            out.push_str(&format!("\n{}:\n", text.findings_heading));
            for finding in &result.findings {
                out.push_str(&format!(
                    "  - [{}] {}\n",
                    finding.code().as_str(),
                    text.finding(finding)
                ));
            }
        }
        out.push_str(&format!("\n{}:\n", text.what_to_do_heading));
        for advice in text.advice_for(&result.findings) {
            out.push_str(&format!("  - {advice}\n"));
        }
        if !result.updates.is_empty() && !self.apply {
            out.push_str("  - Run the same command with --apply to set the Server ID on record:\n");
            for update in &result.updates {
                out.push_str(&format!(
                    "      licence #{} ({}): {} -> {}\n",
                    update.licence_id,
                    update.name,
                    update.old.as_deref().unwrap_or(text.confirm_none),
                    update.new
                ));
            }
        }
        if self.apply {
            out.push_str("\nChanged:\n");
            if self.applied.is_empty() {
                out.push_str("  nothing: no Server ID on record needed changing\n");
            }
            for update in self.applied {
                out.push_str(&format!(
                    "  - licence #{} ({}, {}): Server ID {} -> {} (the old value is kept in its Server ID history)\n",
                    update.licence_id,
                    update.name,
                    update.sen.as_deref().unwrap_or(text.no_sen),
                    update.old.as_deref().unwrap_or(text.confirm_none),
                    update.new
                ));
            }
        }
        if let Some((id, label, host)) = self.recorded {
            out.push_str(&format!(
                "\nRecorded: instance #{id} \"{label}\" on {host}\n"
            ));
        }
        if !result.notes.is_empty() {
            out.push_str(&format!("\n{}:\n", text.notes_heading));
            for note in &result.notes {
                out.push_str(&format!("  - {}\n", text.note(note)));
            }
        }
        if !self.installation.notes.is_empty() {
            out.push_str(&format!("\n{}:\n", text.reader_notes_heading));
            for note in &self.installation.notes {
                out.push_str(&format!("  - {note}\n"));
            }
        }
        out
    }
}
