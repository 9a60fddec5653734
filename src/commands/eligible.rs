//! `licensedesk eligible LICENCE PRODUCT VERSION [--json]`: can this licence run that version?
//! The licence is a SEN on record (read from `--data-dir`), or a key pasted or in a file. The
//! answer names the dates that decide it. Exit status 0 eligible, 1 not eligible, 2 when it
//! cannot tell (an unknown version, a release month holding the support expiry, no support
//! expiry) or on errors.

use std::process::ExitCode;

use serde_json::json;

use crate::app::lifecycle::{self, LicenceFacts};
use crate::atlassian::key;
use crate::cli::EligibleArgs;
use crate::domain::Sen;
use crate::domain::lifecycle::{ReleaseProduct, Version};
use crate::i18n::{self, Language};
use crate::tr;

const NOT_ELIGIBLE: u8 = 1;
const CANNOT_TELL: u8 = 2;

/// The licence asked about: its SEN when known, and its facts.
struct Asked {
    sen: Option<String>,
    facts: LicenceFacts,
}

pub fn run(args: &EligibleArgs) -> anyhow::Result<ExitCode> {
    // `--json` stays in English whatever the locale: scripts read it.
    let lang = if args.json {
        Language::En
    } else {
        Language::from_environment()
    };
    let fail = |message: String| {
        if args.json {
            println!("{}", json!({ "error": message }));
        } else {
            eprintln!("licensedesk: {message}");
        }
        Ok(ExitCode::from(CANNOT_TELL))
    };
    let Some(product) = ReleaseProduct::from_code(args.product.trim()) else {
        return fail(i18n::lifecycle::product_unknown(lang, &args.product));
    };
    let Some(version) = Version::parse(&args.version) else {
        return fail(i18n::lifecycle::version_invalid(lang, &args.version));
    };
    let conn = super::open_data_dir(&args.data.data_dir)?;
    let asked = match Sen::parse(&args.licence) {
        Ok(sen) => match crate::store::licences::by_sen(&conn, sen.as_str())?.first() {
            Some(licence) => Asked {
                sen: licence.sen.clone(),
                facts: lifecycle::facts_of_licence(licence),
            },
            None => {
                return fail(tr!(lang, "eligible-cli-no-licence", sen = sen.as_str()));
            }
        },
        Err(_) => {
            let text = super::decode::read_input(&args.licence)?;
            let decoded = key::find_keys(&text)
                .into_iter()
                .find_map(|found| key::decode(&found.raw).ok());
            match decoded {
                Some(decoded) => Asked {
                    sen: decoded.licence.sen.clone(),
                    facts: lifecycle::facts_of_key(&decoded),
                },
                None => {
                    let shown: String = args.licence.chars().take(60).collect();
                    return fail(tr!(lang, "eligible-cli-no-key", input = shown));
                }
            }
        }
    };
    let answer = lifecycle::eligibility(&conn, &asked.facts, product, &version)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    if args.json {
        let dates = asked.facts.dates;
        let value = json!({
            "licence": {
                "sen": asked.sen,
                "kind": dates.kind.code(),
                "deployment": asked.facts.deployment.as_str(),
                "support_expiry": dates.support_expiry.map(|d| d.to_string()),
                "licence_expiry": dates.licence_expiry.map(|d| d.to_string()),
            },
            "product": product.code(),
            "version": version.to_string(),
            "eligible": answer.verdict(),
            "answer": answer,
        });
        println!("{}", serde_json::to_string_pretty(&value)?);
    } else {
        println!(
            "{}",
            tr!(
                lang,
                "eligible-cli-heading",
                product = i18n::lifecycle::product(lang, product),
                version = version.to_string(),
                verdict = i18n::lifecycle::verdict(lang, &answer)
            )
        );
        for line in i18n::lifecycle::answer(lang, &answer) {
            println!("  {line}");
        }
        if let Some(release) = i18n::lifecycle::release_of(&answer) {
            println!(
                "  {}",
                tr!(
                    lang,
                    "lifecycle-release-source",
                    url = release.source_url.as_str()
                )
            );
        }
    }
    Ok(match answer.verdict() {
        Some(true) => ExitCode::SUCCESS,
        Some(false) => ExitCode::from(NOT_ELIGIBLE),
        None => ExitCode::from(CANNOT_TELL),
    })
}
