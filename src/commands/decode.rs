//! `licensedesk decode [KEY|FILE|-] [--json]`: decode the licence keys in a text (found with the
//! same scanner as `import`: a licence e-mail, a config file, a bare key) and verify their
//! signatures. Whatever looks like a key but cannot be read is listed too, with its line and
//! why, as `import` lists it. One entry prints as a summary (`--json`: an object), several
//! print in turn (`--json`: an array). Exit status 0 when every key is genuine, 1 when one
//! decodes but does not verify, 2 when the text holds no key or one that cannot be read.

use std::io::Read;
use std::process::ExitCode;

use anyhow::Context;
use serde_json::json;

use crate::atlassian::key::{self, DecodedKey, KeyDate};
use crate::cli::DecodeArgs;

/// Exit status for a key whose signature does not verify.
const NOT_GENUINE: u8 = 1;
/// Exit status for input that is not a key at all.
const NOT_A_KEY: u8 = 2;

pub fn run(args: &DecodeArgs) -> anyhow::Result<ExitCode> {
    let input = read_input(&args.input)?;
    let found = key::find_keys(&input);
    let leftovers = crate::inventory::import::unreadable_in(&input, &found);
    if found.is_empty() && leftovers.is_empty() {
        // Nothing shaped like a version-2 key: the decoder says why the whole text is not one
        // (empty, a version-1 key, no trailer).
        let reason = match key::decode(&input) {
            Err(error) => error.to_string(),
            Ok(_) => "no licence key found".to_owned(),
        };
        if args.json {
            println!("{}", json!({ "error": reason }));
        } else {
            eprintln!("licensedesk: {reason}");
        }
        return Ok(ExitCode::from(NOT_A_KEY));
    }
    let mut results: Vec<(usize, Result<DecodedKey, String>)> = found
        .iter()
        .map(|candidate| {
            let decoded = key::decode(&candidate.raw).map_err(|e| e.to_string());
            (candidate.line, decoded)
        })
        .chain(leftovers.into_iter().map(|(line, reason)| {
            (
                line,
                Err(crate::i18n::import::refusal(
                    crate::i18n::Language::from_environment(),
                    &reason,
                )),
            )
        }))
        .collect();
    results.sort_by_key(|(line, _)| *line);
    let status = results
        .iter()
        .map(|(_, result)| match result {
            Ok(decoded) if decoded.is_genuine() => 0,
            Ok(_) => NOT_GENUINE,
            Err(_) => NOT_A_KEY,
        })
        .max()
        .unwrap_or(NOT_A_KEY);
    if let [(_, only)] = results.as_slice() {
        match only {
            Ok(decoded) if args.json => {
                println!("{}", serde_json::to_string_pretty(&to_json(decoded))?);
            }
            Ok(decoded) => print!("{}", summary(decoded)),
            Err(error) if args.json => println!("{}", json!({ "error": error })),
            Err(error) => eprintln!("licensedesk: {error}"),
        }
        return Ok(ExitCode::from(status));
    }
    if args.json {
        print_all_json(&results)?;
    } else {
        print_all(&results);
    }
    Ok(ExitCode::from(status))
}

/// Every key found, each with its line, as one JSON array.
fn print_all_json(results: &[(usize, Result<DecodedKey, String>)]) -> anyhow::Result<()> {
    let all: Vec<serde_json::Value> = results
        .iter()
        .map(|(line, result)| {
            let mut value = match result {
                Ok(decoded) => to_json(decoded),
                Err(error) => json!({ "error": error }),
            };
            if let Some(object) = value.as_object_mut() {
                object.insert("line".into(), json!(line));
            }
            value
        })
        .collect();
    println!("{}", serde_json::to_string_pretty(&all)?);
    Ok(())
}

/// Every key found, each under a heading with its line.
fn print_all(results: &[(usize, Result<DecodedKey, String>)]) {
    for (index, (line, result)) in results.iter().enumerate() {
        if index > 0 {
            println!();
        }
        println!("Key {} of {} (line {line}):", index + 1, results.len());
        match result {
            Ok(decoded) => print!("{}", summary(decoded)),
            Err(error) => println!("  {error}"),
        }
    }
}

/// The argument as a key, a file holding one, or standard input for `-`.
fn read_input(input: &str) -> anyhow::Result<String> {
    if input == "-" {
        let mut text = String::new();
        std::io::stdin()
            .take(key::MAX_INPUT_BYTES as u64 + 1)
            .read_to_string(&mut text)
            .context("cannot read the key from standard input")?;
        return Ok(text);
    }
    let path = std::path::Path::new(input);
    if path.is_file() {
        // Read as `import` reads a file: regular files only, up to its size cap.
        let (sources, rejected) = crate::inventory::import::read_paths(&[path.to_path_buf()]);
        if let Some(rejection) = rejected.first() {
            let reason = crate::i18n::import::refusal(
                crate::i18n::Language::from_environment(),
                &rejection.reason,
            );
            anyhow::bail!("{} {reason}", rejection.origin);
        }
        let bytes = sources
            .into_iter()
            .next()
            .map(|s| s.bytes)
            .unwrap_or_default();
        return Ok(String::from_utf8_lossy(&bytes).into_owned());
    }
    Ok(input.to_owned())
}

fn date_json(date: Option<&KeyDate>) -> serde_json::Value {
    date.map_or(serde_json::Value::Null, |d| json!(d.to_string()))
}

/// The `--json` object: the exact properties, the verdict, and the typed facts.
pub fn to_json(decoded: &DecodedKey) -> serde_json::Value {
    let licence = &decoded.licence;
    let properties: serde_json::Map<String, serde_json::Value> = decoded
        .properties
        .iter()
        .map(|(k, v)| (k.clone(), json!(v)))
        .collect();
    json!({
        "signature_valid": decoded.is_genuine(),
        "signature": decoded.signature.message(),
        "sen": licence.sen,
        "server_id": licence.server_id,
        "organisation": licence.organisation,
        "description": licence.description,
        "licence_name": licence.licence_name(),
        "licence_type": licence.licence_type_name,
        "evaluation": licence.evaluation,
        "data_center": licence.data_center,
        "purchase_date": date_json(licence.purchase_date.as_ref()),
        "creation_date": date_json(licence.creation_date.as_ref()),
        "maintenance_expiry": date_json(licence.maintenance_expiry_date.as_ref()),
        "licence_expiry": date_json(licence.licence_expiry_date.as_ref()),
        "products": licence.products.iter().map(|p| json!({
            "namespace": p.namespace,
            "name": p.name,
            "licence_type": p.licence_type,
            "users": p.users,
            "data_center": p.data_center,
        })).collect::<Vec<_>>(),
        "properties": properties,
    })
}

/// The readable summary: the verdict first, then what the key says.
pub fn summary(decoded: &DecodedKey) -> String {
    use std::fmt::Write;
    let licence = &decoded.licence;
    let mut out = String::new();
    let _ = writeln!(out, "{}", licence.licence_name());
    let _ = writeln!(out, "  Signature:          {}", decoded.signature.message());
    let mut line = |label: &str, value: Option<String>| {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            let _ = writeln!(out, "  {:<19} {value}", format!("{label}:"));
        }
    };
    line("SEN", licence.sen.clone());
    line("Server ID", licence.server_id.clone());
    line("Organisation", licence.organisation.clone());
    line("Contact", licence.contact_name.clone());
    line("Description", licence.description.clone());
    line("Licence type", licence.licence_type_name.clone());
    line(
        "Evaluation",
        Some(if licence.evaluation { "yes" } else { "no" }.into()),
    );
    line(
        "Data Center",
        Some(if licence.data_center { "yes" } else { "no" }.into()),
    );
    line(
        "Purchased",
        licence.purchase_date.as_ref().map(ToString::to_string),
    );
    line(
        "Created",
        licence.creation_date.as_ref().map(ToString::to_string),
    );
    line(
        "Support expires",
        licence
            .maintenance_expiry_date
            .as_ref()
            .map(ToString::to_string),
    );
    line(
        "Licence expires",
        licence
            .licence_expiry_date
            .as_ref()
            .map(ToString::to_string),
    );
    let _ = writeln!(out, "  Products:");
    for product in &licence.products {
        let users = product.users.map_or_else(String::new, |u| format!(", {u}"));
        let kind = product
            .licence_type
            .as_deref()
            .map_or_else(String::new, |t| format!(", {t}"));
        let dc = if product.data_center {
            ", Data Center"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "    {} ({}){kind}{users}{dc}",
            product.name, product.namespace
        );
    }
    out
}
