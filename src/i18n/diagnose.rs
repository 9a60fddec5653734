//! The words of the mismatch diagnosis, for the command line and the Diagnose page alike:
//! verdicts, findings, notes and what to do, in the reader's language (messages `diagnose-*`).
//! Where the command line's words name its options, the page has its own (`*_page`), naming
//! its fields and buttons instead.

use crate::atlassian::diagnosis::{Against, Code, Diagnosis, Finding, FindingKind, Note};
use crate::tr;

use super::Language;
use super::format::date;

/// The verdict's sentence for a code.
pub fn verdict(lang: Language, code: Code) -> String {
    match code {
        Code::Match => tr!(lang, "diagnose-verdict-match"),
        Code::ServerIdMismatch => tr!(lang, "diagnose-verdict-server-id-mismatch"),
        Code::KeyDiffersFromRecord => tr!(lang, "diagnose-verdict-key-differs-from-record"),
        Code::KeyNotInInventory => tr!(lang, "diagnose-verdict-key-not-in-inventory"),
        Code::SenDiffers => tr!(lang, "diagnose-verdict-sen-differs"),
        Code::LicenceDamaged => tr!(lang, "diagnose-verdict-licence-damaged"),
        Code::NotGenuine => tr!(lang, "diagnose-verdict-not-genuine"),
        Code::LicenceHashRefused => tr!(lang, "diagnose-verdict-licence-hash-refused"),
        Code::NoLicence => tr!(lang, "diagnose-verdict-no-licence"),
        Code::CannotTell => tr!(lang, "diagnose-verdict-cannot-tell"),
        Code::SupportExpired => tr!(lang, "diagnose-verdict-support-expired"),
        Code::LicenceExpired => tr!(lang, "diagnose-verdict-licence-expired"),
        Code::Evaluation => tr!(lang, "diagnose-verdict-evaluation"),
        Code::DeveloperLicenceInProduction => {
            tr!(lang, "diagnose-verdict-developer-in-production")
        }
        Code::ProductionLicenceInNonProduction => {
            tr!(lang, "diagnose-verdict-production-in-non-production")
        }
        Code::DuplicateServerId => tr!(lang, "diagnose-verdict-duplicate-server-id"),
    }
}

/// What to do about a code.
pub fn advice(lang: Language, code: Code) -> String {
    match code {
        Code::Match => tr!(lang, "diagnose-advice-match"),
        Code::ServerIdMismatch => tr!(lang, "diagnose-advice-server-id-mismatch"),
        Code::KeyDiffersFromRecord => tr!(lang, "diagnose-advice-key-differs-from-record"),
        Code::KeyNotInInventory => tr!(lang, "diagnose-advice-key-not-in-inventory"),
        Code::SenDiffers => tr!(lang, "diagnose-advice-sen-differs"),
        Code::LicenceDamaged => tr!(lang, "diagnose-advice-licence-damaged"),
        Code::NotGenuine => tr!(lang, "diagnose-advice-not-genuine"),
        Code::LicenceHashRefused => tr!(lang, "diagnose-advice-licence-hash-refused"),
        Code::NoLicence => tr!(lang, "diagnose-advice-no-licence"),
        Code::CannotTell => tr!(lang, "diagnose-advice-cannot-tell"),
        Code::SupportExpired => tr!(lang, "diagnose-advice-support-expired"),
        Code::LicenceExpired => tr!(lang, "diagnose-advice-licence-expired"),
        Code::Evaluation => tr!(lang, "diagnose-advice-evaluation"),
        Code::DeveloperLicenceInProduction => {
            tr!(lang, "diagnose-advice-developer-in-production")
        }
        Code::ProductionLicenceInNonProduction => {
            tr!(lang, "diagnose-advice-production-in-non-production")
        }
        Code::DuplicateServerId => tr!(lang, "diagnose-advice-duplicate-server-id"),
    }
}

/// The verdict's headline; a match without a Server ID to compare says so.
pub fn headline(lang: Language, diagnosis: &Diagnosis) -> String {
    if diagnosis.verdict == Code::Match && diagnosis.notes.contains(&Note::NoServerId) {
        tr!(lang, "diagnose-verdict-match-unchecked")
    } else {
        verdict(lang, diagnosis.verdict)
    }
}

/// What to do, once per code, most important first.
pub fn advice_for(lang: Language, findings: &[Finding]) -> Vec<String> {
    let mut codes: Vec<Code> = findings.iter().map(Finding::code).collect();
    codes.dedup();
    if codes.is_empty() {
        codes.push(Code::Match);
    }
    codes.into_iter().map(|code| advice(lang, code)).collect()
}

/// What to do, once per code, in the Diagnose page's words: its fields, buttons and pages
/// where the command line's words name its options.
pub fn advice_for_page(lang: Language, findings: &[Finding]) -> Vec<String> {
    let mut codes: Vec<Code> = findings.iter().map(Finding::code).collect();
    codes.dedup();
    if codes.is_empty() {
        codes.push(Code::Match);
    }
    codes
        .into_iter()
        .map(|code| match code {
            Code::ServerIdMismatch => tr!(lang, "diagnose-page-advice-server-id-mismatch"),
            Code::KeyNotInInventory => tr!(lang, "diagnose-page-advice-key-not-in-inventory"),
            Code::NoLicence => tr!(lang, "diagnose-page-advice-no-licence"),
            Code::CannotTell => tr!(lang, "diagnose-page-advice-cannot-tell"),
            other => advice(lang, other),
        })
        .collect()
}

/// A note in the Diagnose page's words (see [`advice_for_page`]).
pub fn note_on_page(lang: Language, found: &Note) -> String {
    match found {
        Note::NoServerId => tr!(lang, "diagnose-page-note-no-server-id"),
        other => note(lang, other),
    }
}

/// A SEN as written in a sentence, or the words for a key without one.
pub fn sen(lang: Language, sen: Option<&str>) -> String {
    match sen {
        Some(sen) if !sen.is_empty() => sen.to_owned(),
        _ => tr!(lang, "diagnose-no-sen"),
    }
}

/// A finding in plain words.
pub fn finding(lang: Language, finding: &Finding) -> String {
    worded_finding(lang, finding, |raw| {
        super::licence::key_type_name(lang, raw)
    })
}

/// A finding for `--json`: English, with a licence type as the key's code (`DEVELOPER`), as
/// the JSON's `licence_type` fields give it.
pub fn finding_for_json(finding: &Finding) -> String {
    worded_finding(Language::En, finding, str::to_owned)
}

fn worded_finding(
    lang: Language,
    finding: &Finding,
    licence_type_shown: impl Fn(&str) -> String,
) -> String {
    let s = |value: &Option<String>| sen(lang, value.as_deref());
    match &finding.kind {
        FindingKind::ServerIdMismatch {
            installation,
            expected,
            against,
        } => {
            let installation = installation.clone();
            let expected = expected.clone();
            match against {
                Against::Key => tr!(
                    lang,
                    "diagnose-finding-server-id-vs-key",
                    installation = installation,
                    expected = expected
                ),
                Against::Record { id, name } => tr!(
                    lang,
                    "diagnose-finding-server-id-vs-record",
                    installation = installation,
                    expected = expected,
                    name = name.clone(),
                    id = id.to_string()
                ),
                Against::GivenKey => tr!(
                    lang,
                    "diagnose-finding-server-id-vs-given",
                    installation = installation,
                    expected = expected
                ),
            }
        }
        FindingKind::LicenceDamaged { source, error } => tr!(
            lang,
            "diagnose-finding-licence-damaged",
            source = super::install::install_source(lang, source),
            error = super::key::key_error(lang, error)
        ),
        FindingKind::NotGenuine { source, sen } => tr!(
            lang,
            "diagnose-finding-not-genuine",
            source = super::install::install_source(lang, source),
            sen = s(sen)
        ),
        FindingKind::LicenceHashMissing { sen, refusal } => tr!(
            lang,
            "diagnose-finding-licence-hash-missing",
            sen = s(sen),
            product = refusal.product.to_owned(),
            version = refusal.from_version.to_owned()
        ),
        FindingKind::LicenceHashWrong { sen } => {
            tr!(lang, "diagnose-finding-licence-hash-wrong", sen = s(sen))
        }
        FindingKind::NoLicence => tr!(lang, "diagnose-finding-no-licence"),
        FindingKind::CannotTell => tr!(lang, "diagnose-finding-cannot-tell"),
        FindingKind::LicenceExpired {
            sen,
            expired_on,
            evaluation: true,
        } => tr!(
            lang,
            "diagnose-finding-evaluation-expired",
            sen = s(sen),
            date = date(lang, *expired_on)
        ),
        FindingKind::LicenceExpired {
            sen,
            expired_on,
            evaluation: false,
        } => tr!(
            lang,
            "diagnose-finding-licence-expired",
            sen = s(sen),
            date = date(lang, *expired_on)
        ),
        FindingKind::DuplicateServerId { server_id, others } => {
            let separator = tr!(lang, "diagnose-list-separator");
            let others = others
                .iter()
                .map(|o| {
                    tr!(
                        lang,
                        "diagnose-other-installation",
                        label = o.label.clone(),
                        host = o.host.clone(),
                        product = o.product.clone()
                    )
                })
                .collect::<Vec<_>>()
                .join(&separator);
            tr!(
                lang,
                "diagnose-finding-duplicate-server-id",
                server_id = server_id.clone(),
                others = others
            )
        }
        FindingKind::SenDiffers {
            installed_sen,
            reference_sen,
            against,
        } => match against {
            Against::Record { id, name } => tr!(
                lang,
                "diagnose-finding-sen-differs-record",
                sen = s(installed_sen),
                record_sen = s(reference_sen),
                name = name.clone(),
                id = id.to_string()
            ),
            _ => tr!(
                lang,
                "diagnose-finding-sen-differs-given",
                sen = s(installed_sen),
                record_sen = s(reference_sen)
            ),
        },
        FindingKind::KeyDiffersFromRecord {
            sen: key_sen,
            against,
        } => {
            let key_sen = sen(lang, Some(key_sen));
            match against {
                Against::Record { id, name } => tr!(
                    lang,
                    "diagnose-finding-key-differs-record",
                    sen = key_sen,
                    name = name.clone(),
                    id = id.to_string()
                ),
                _ => tr!(lang, "diagnose-finding-key-differs-given", sen = key_sen),
            }
        }
        FindingKind::KeyNotInInventory { sen, source } => tr!(
            lang,
            "diagnose-finding-key-not-in-inventory",
            sen = s(sen),
            source = super::install::install_source(lang, source)
        ),
        FindingKind::DeveloperLicenceInProduction { sen, licence_type } => tr!(
            lang,
            "diagnose-finding-developer-in-production",
            sen = s(sen),
            licence_type = licence_type_shown(licence_type)
        ),
        FindingKind::ProductionLicenceInNonProduction { sen, licence_type } => tr!(
            lang,
            "diagnose-finding-production-in-non-production",
            sen = s(sen),
            licence_type = licence_type_shown(licence_type)
        ),
        FindingKind::Evaluation {
            sen,
            expires_on: Some(expires_on),
        } => tr!(
            lang,
            "diagnose-finding-evaluation",
            sen = s(sen),
            date = date(lang, *expires_on)
        ),
        FindingKind::Evaluation {
            sen,
            expires_on: None,
        } => tr!(lang, "diagnose-finding-evaluation-no-date", sen = s(sen)),
        FindingKind::SupportExpired { sen, expired_on } => tr!(
            lang,
            "diagnose-finding-support-expired",
            sen = s(sen),
            date = date(lang, *expired_on)
        ),
    }
}

/// A note in plain words.
pub fn note(lang: Language, note: &Note) -> String {
    let s = |value: &Option<String>| sen(lang, value.as_deref());
    match note {
        Note::KeysOnly => tr!(lang, "diagnose-note-keys-only"),
        Note::NoServerId => tr!(lang, "diagnose-note-no-server-id"),
        Note::RelativeExpiry { sen, raw } => tr!(
            lang,
            "diagnose-note-relative-expiry",
            sen = s(sen),
            raw = raw.clone()
        ),
        Note::UnrecognisedDate { sen, raw } => tr!(
            lang,
            "diagnose-note-unrecognised-date",
            sen = s(sen),
            raw = raw.clone()
        ),
        Note::KeyCarriesOtherServerId { sen, key_server_id } => tr!(
            lang,
            "diagnose-note-key-carries-other-server-id",
            sen = s(sen),
            server_id = key_server_id.clone()
        ),
        Note::UnverifiedAccepted { sen } => {
            tr!(lang, "diagnose-note-unverified-accepted", sen = s(sen))
        }
        Note::RecordWithoutKey { id, name } => tr!(
            lang,
            "diagnose-note-record-without-key",
            id = id.to_string(),
            name = name.clone()
        ),
        Note::OtherClusterNodes {
            server_id, others, ..
        } => {
            let separator = tr!(lang, "diagnose-list-separator");
            let others = others
                .iter()
                .map(|o| {
                    tr!(
                        lang,
                        "diagnose-other-cluster-node",
                        node = o.cluster_node.clone().unwrap_or_default(),
                        label = o.label.clone(),
                        host = o.host.clone()
                    )
                })
                .collect::<Vec<_>>()
                .join(&separator);
            tr!(
                lang,
                "diagnose-note-other-cluster-nodes",
                server_id = server_id.clone(),
                others = others
            )
        }
        Note::ServerIdNotEnforcedForTest {
            sen,
            installation,
            expected,
        } => tr!(
            lang,
            "diagnose-note-server-id-not-enforced-for-test",
            sen = s(sen),
            installation = installation.clone(),
            expected = expected.clone()
        ),
    }
}
