//! `licensedesk decode [KEY|FILE|-] [--json]`: decode the licence keys in a text (found with the
//! same scanner as `import`: a licence e-mail, a config file, a bare key) and verify their
//! signatures: Atlassian's outer signature and, for keys made since 2021, the inner licence
//! hash, with the products that refuse a key for it. Whatever looks like a key but cannot be
//! read is listed too, with its line and why, as `import` lists it. One entry prints as a summary (`--json`: an object), several
//! print in turn (`--json`: an array). Exit status 0 when every key is genuine, 1 when one
//! decodes but does not verify, 2 when the text holds no key or one that cannot be read.

use std::io::Read;
use std::process::ExitCode;

use anyhow::Context;
use serde_json::json;

use crate::atlassian::key::{self, DecodedKey, KeyDate};
use crate::cli::DecodeArgs;
use crate::i18n::{self, Language};
use crate::tr;

/// Exit status for a key whose signature does not verify.
const NOT_GENUINE: u8 = 1;
/// Exit status for input that is not a key at all.
const NOT_A_KEY: u8 = 2;

pub fn run(args: &DecodeArgs) -> anyhow::Result<ExitCode> {
    // `--json` stays in English whatever the locale: scripts read it.
    let lang = if args.json {
        Language::En
    } else {
        Language::from_environment()
    };
    let input = read_input(&args.input)?;
    let found = key::find_keys(&input);
    let leftovers = crate::inventory::import::unreadable_in(&input, &found);
    if found.is_empty() && leftovers.is_empty() {
        // Nothing shaped like a version-2 key: the decoder says why the whole text is not one
        // (empty, a version-1 key, no trailer).
        let reason = match key::decode(&input) {
            Err(error) => i18n::key::key_error(lang, &error),
            Ok(_) => tr!(lang, "key-none-found"),
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
            let decoded = key::decode(&candidate.raw).map_err(|e| i18n::key::key_error(lang, &e));
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
            Ok(decoded) => print!("{}", summary(lang, decoded)),
            Err(error) if args.json => println!("{}", json!({ "error": error })),
            Err(error) => eprintln!("licensedesk: {error}"),
        }
        return Ok(ExitCode::from(status));
    }
    if args.json {
        print_all_json(&results)?;
    } else {
        print_all(lang, &results);
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
fn print_all(lang: Language, results: &[(usize, Result<DecodedKey, String>)]) {
    for (index, (line, result)) in results.iter().enumerate() {
        if index > 0 {
            println!();
        }
        let heading = tr!(
            lang,
            "key-heading",
            n = ((index + 1) as i64),
            count = (results.len() as i64),
            line = (*line as i64)
        );
        println!("{heading}");
        match result {
            Ok(decoded) => print!("{}", summary(lang, decoded)),
            Err(error) => println!("  {error}"),
        }
    }
}

/// The argument as a key, a file holding one, or standard input for `-`.
pub(crate) fn read_input(input: &str) -> anyhow::Result<String> {
    if input == "-" {
        let mut text = String::new();
        std::io::stdin()
            .take(key::MAX_INPUT_BYTES as u64 + 1)
            .read_to_string(&mut text)
            .with_context(|| tr!(Language::from_environment(), "key-stdin-unreadable"))?;
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
        "inner_hash": decoded.inner_hash.code(),
        "key_version": decoded.property("keyVersion"),
        "refused_by": decoded.hash_refusals().iter().map(|r| json!({
            "product": r.product,
            "namespace": r.namespace,
            "from_version": r.from_version,
        })).collect::<Vec<_>>(),
        "kind": licence.kind().code(),
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
pub fn summary(lang: Language, decoded: &DecodedKey) -> String {
    let licence = &decoded.licence;
    let yes_no = |yes: bool| {
        Some(if yes {
            tr!(lang, "key-yes")
        } else {
            tr!(lang, "key-no")
        })
    };
    let date = |date: Option<&KeyDate>| date.map(|date| i18n::key::key_date(lang, date));
    let refusals: Vec<String> = decoded
        .hash_refusals()
        .iter()
        .map(|refusal| i18n::key::hash_refusal(lang, &decoded.inner_hash, refusal))
        .collect();
    let lines: [(String, Option<String>); 16] = [
        (
            tr!(lang, "key-label-signature"),
            Some(i18n::key::signature(lang, decoded.signature)),
        ),
        (
            tr!(lang, "key-label-inner-hash"),
            Some(i18n::key::inner_hash(
                lang,
                &decoded.inner_hash,
                decoded.property("keyVersion"),
            )),
        ),
        (tr!(lang, "key-label-refusal"), Some(refusals.join(" "))),
        (
            tr!(lang, "portal-label", label = tr!(lang, "kind-label")),
            Some(i18n::kind::key_kind_name(lang, licence.kind())),
        ),
        (tr!(lang, "key-label-sen"), licence.sen.clone()),
        (tr!(lang, "key-label-server-id"), licence.server_id.clone()),
        (
            tr!(lang, "key-label-organisation"),
            licence.organisation.clone(),
        ),
        (tr!(lang, "key-label-contact"), licence.contact_name.clone()),
        (
            tr!(lang, "key-label-description"),
            licence.description.clone(),
        ),
        (
            tr!(lang, "key-label-licence-type"),
            licence
                .licence_type_name
                .as_deref()
                .map(|raw| i18n::licence::key_type_name(lang, raw)),
        ),
        (
            tr!(lang, "key-label-evaluation"),
            yes_no(licence.evaluation),
        ),
        (
            tr!(lang, "key-label-data-center"),
            yes_no(licence.data_center),
        ),
        (
            tr!(lang, "key-label-purchased"),
            date(licence.purchase_date.as_ref()),
        ),
        (
            tr!(lang, "key-label-created"),
            date(licence.creation_date.as_ref()),
        ),
        (
            tr!(lang, "key-label-support-expires"),
            date(licence.maintenance_expiry_date.as_ref()),
        ),
        (
            tr!(lang, "key-label-licence-expires"),
            date(licence.licence_expiry_date.as_ref()),
        ),
    ];
    let mut out = format!("{}\n", licence.licence_name());
    // The values in one column after the widest label (at least English's 19 columns).
    let width = lines
        .iter()
        .map(|(label, _)| unicode_width::UnicodeWidthStr::width(label.as_str()))
        .fold(19, usize::max);
    for (label, value) in lines {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            out.push_str(&format!("  {} {value}\n", super::padded(&label, width)));
        }
    }
    out.push_str(&format!("  {}\n", tr!(lang, "key-label-products")));
    let separator = tr!(lang, "diagnose-list-separator");
    for product in &licence.products {
        // The licence type is named as on the licence's own line; "Data Center" is Atlassian's
        // own term, shown as the key has it.
        let details: Vec<String> = product
            .licence_type
            .as_deref()
            .map(|raw| i18n::licence::key_type_name(lang, raw))
            .into_iter()
            .chain(product.users.map(|users| i18n::key::users(lang, &users)))
            .chain(product.data_center.then(|| "Data Center".to_owned()))
            .collect();
        let name = format!("{} ({})", product.name, product.namespace);
        let line = std::iter::once(name).chain(details).collect::<Vec<_>>();
        out.push_str(&format!("    {}\n", line.join(&separator)));
    }
    out
}
