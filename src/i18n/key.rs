//! The words for what the licence-key decoder reports (messages `key-*`): why a text is not a
//! key, whether its signature verifies, and its dates. The decoder itself (`atlassian::key`)
//! only gives codes and values, since it sits below the catalogue.

use std::time::Duration;

use crate::atlassian::key::{HashRefusal, InnerHash, KeyDate, KeyError, SignatureVerdict, Users};
use crate::tr;

use super::Language;
use super::format::date;

/// Why a text could not be decoded as a licence key. Its numbers are written plainly (byte
/// counts and offsets to compare with a file, not amounts), so the English is exactly what the
/// decoder's own `Display` says and `--json` keeps its bytes.
pub fn key_error(lang: Language, error: &KeyError) -> String {
    match error {
        KeyError::Empty => tr!(lang, "key-error-empty"),
        KeyError::TooLarge { size, max } => tr!(
            lang,
            "key-error-too-large",
            size = size.to_string(),
            max = max.to_string()
        ),
        KeyError::LegacyVersion1 => tr!(lang, "key-error-legacy-version-1"),
        KeyError::MissingTrailer => tr!(lang, "key-error-missing-trailer"),
        KeyError::UnsupportedVersion(version) => tr!(
            lang,
            "key-error-unsupported-version",
            version = version.clone()
        ),
        KeyError::WrongLength { declared, actual } => tr!(
            lang,
            "key-error-wrong-length",
            declared = declared.to_string(),
            actual = actual.to_string()
        ),
        KeyError::NotBase64(detail) => {
            tr!(lang, "key-error-not-base64", detail = detail.clone())
        }
        KeyError::Truncated { needed, available } => tr!(
            lang,
            "key-error-truncated",
            needed = needed.to_string(),
            available = available.to_string()
        ),
        KeyError::BadMagic => tr!(lang, "key-error-bad-magic"),
        KeyError::BadZlib(detail) => tr!(lang, "key-error-bad-zlib", detail = detail.clone()),
        KeyError::InflatedTooLarge { max } => {
            tr!(lang, "key-error-inflated-too-large", max = max.to_string())
        }
        KeyError::PropertiesNotUtf8 { valid_up_to } => tr!(
            lang,
            "key-error-properties-not-utf8",
            offset = valid_up_to.to_string()
        ),
        KeyError::BadProperties { line, reason } => tr!(
            lang,
            "key-error-bad-properties",
            line = line.to_string(),
            reason = reason.clone()
        ),
        KeyError::BadSignatureEncoding => tr!(lang, "key-error-bad-signature-encoding"),
    }
}

/// Whether a key's signature verifies, in a sentence.
pub fn signature(lang: Language, verdict: SignatureVerdict) -> String {
    match verdict {
        SignatureVerdict::Valid => tr!(lang, "key-signature-valid"),
        SignatureVerdict::Invalid => tr!(lang, "key-signature-invalid"),
    }
}

/// What a key's inner licence hash says, in a sentence; `key_version` is the key's
/// `keyVersion` property, named when the hash verifies.
pub fn inner_hash(lang: Language, result: &InnerHash, key_version: Option<&str>) -> String {
    match result {
        InnerHash::Verified => tr!(
            lang,
            "key-inner-hash-verified",
            version = key_version.unwrap_or_default().to_owned()
        ),
        InnerHash::NotRequired => tr!(lang, "key-inner-hash-not-required"),
        InnerHash::MissingRequired => tr!(lang, "key-inner-hash-missing-required"),
        InnerHash::Wrong => tr!(lang, "key-inner-hash-wrong"),
        InnerHash::UnknownKeyVersion(version) => tr!(
            lang,
            "key-inner-hash-unknown-key-version",
            version = version.clone()
        ),
    }
}

/// Which product refuses a key for its inner hash, from which version, and why.
pub fn hash_refusal(lang: Language, result: &InnerHash, refusal: &HashRefusal) -> String {
    let product = refusal.product.to_owned();
    let version = refusal.from_version.to_owned();
    match result {
        InnerHash::Wrong => tr!(
            lang,
            "key-hash-refusal-wrong",
            product = product,
            version = version
        ),
        _ => tr!(
            lang,
            "key-hash-refusal-missing",
            product = product,
            version = version
        ),
    }
}

/// A licence's user tier: "10 Users", "Unlimited Users".
pub fn users(lang: Language, users: &Users) -> String {
    match users {
        Users::Limited(n) => tr!(lang, "key-users", n = i64::try_from(*n).unwrap_or(i64::MAX)),
        Users::Unlimited => tr!(lang, "key-users-unlimited"),
    }
}

/// A date of a key: a calendar date in the language's pattern, a relative expiry with the
/// period it stands for, anything else as written.
pub fn key_date(lang: Language, key_date: &KeyDate) -> String {
    match key_date {
        KeyDate::Absolute(day) => date(lang, *day),
        KeyDate::Relative {
            raw,
            after: Some(after),
        } => tr!(
            lang,
            "key-date-relative",
            raw = raw.clone(),
            period = period(lang, *after)
        ),
        KeyDate::Relative { raw, after: None } => {
            tr!(lang, "key-date-relative-unknown", raw = raw.clone())
        }
        KeyDate::Unrecognised(raw) => raw.clone(),
    }
}

/// A period in its largest whole unit: "3 hours", "1 day".
fn period(lang: Language, duration: Duration) -> String {
    let secs = duration.as_secs();
    let count = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
    if duration.subsec_millis() != 0 || secs == 0 {
        let millis = u64::try_from(duration.as_millis()).unwrap_or(u64::MAX);
        tr!(lang, "key-period-milliseconds", n = count(millis))
    } else if secs.is_multiple_of(86_400) {
        tr!(lang, "key-period-days", n = count(secs / 86_400))
    } else if secs.is_multiple_of(3_600) {
        tr!(lang, "key-period-hours", n = count(secs / 3_600))
    } else if secs.is_multiple_of(60) {
        tr!(lang, "key-period-minutes", n = count(secs / 60))
    } else {
        tr!(lang, "key-period-seconds", n = count(secs))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_errors_are_the_decoders_own_words() {
        for error in [
            KeyError::Empty,
            KeyError::TooLarge {
                size: 70_000,
                max: 65_536,
            },
            KeyError::LegacyVersion1,
            KeyError::MissingTrailer,
            KeyError::UnsupportedVersion("07".into()),
            KeyError::WrongLength {
                declared: 1234,
                actual: 1200,
            },
            KeyError::NotBase64("invalid byte 33, offset 12".into()),
            KeyError::Truncated {
                needed: 4000,
                available: 1000,
            },
            KeyError::BadMagic,
            KeyError::BadZlib("corrupt deflate stream".into()),
            KeyError::InflatedTooLarge { max: 65_536 },
            KeyError::PropertiesNotUtf8 { valid_up_to: 17 },
            KeyError::BadProperties {
                line: 3,
                reason: "no '=' or ':'".into(),
            },
            KeyError::BadSignatureEncoding,
        ] {
            assert_eq!(key_error(Language::En, &error), error.to_string());
        }
    }

    #[test]
    fn english_signature_verdicts_are_the_decoders_own_words() {
        for verdict in [SignatureVerdict::Valid, SignatureVerdict::Invalid] {
            assert_eq!(signature(Language::En, verdict), verdict.message());
        }
    }

    #[test]
    fn relative_dates_name_their_period_with_its_plural() {
        let one = KeyDate::parse("P1D");
        assert_eq!(
            key_date(Language::En, &one),
            "P1D (1 day after the licence is applied)"
        );
        let three = KeyDate::parse("PT3H");
        assert_eq!(
            key_date(Language::En, &three),
            "PT3H (3 hours after the licence is applied)"
        );
    }
}
