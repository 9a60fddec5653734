//! Owns decoding and verifying Atlassian version-2 licence keys (SPEC §4), offline: from pasted
//! text to ordered properties, a signature verdict and a typed `Licence`.
//!
//! The layers, each in its own file: `envelope` (cleaning, trailer, base64, length prefix,
//! magic, capped zlib), `properties` (`java.util.Properties` text), `signature` (SHA1withDSA
//! against Atlassian's public key), `inner_hash` (the `licenseHash` of keys made since 2021),
//! `licence`, `product` and `date` (the typed view), and `scan`
//! (finding keys inside larger texts).
//!
//! Invariants: nothing here depends on the rest of the crate; nothing here can create or sign
//! a key (test keys are built by the integration tests' own encoder); no input, however
//! malformed or large, makes these functions panic, allocate more than about 1 MiB of
//! inflated text, or read past a 64 KiB input.

mod date;
mod envelope;
mod error;
mod inner_hash;
mod kind;
mod licence;
mod product;
mod scan;
mod signature;

use serde::{Serialize, Serializer};

pub use date::KeyDate;
pub use error::KeyError;
pub use inner_hash::{
    HashRefusal, InnerHash, KeyVersions, check as check_inner_hash, hashed_bytes,
};
pub use kind::KeyKind;
pub use licence::Licence;
pub use product::{Product, Users, is_host, product_name};
pub use scan::{FoundKey, find_keys};
pub use signature::SignatureVerdict;
#[cfg(test)]
pub(crate) use signature::test_encoder;

/// The largest input `decode` accepts, in bytes.
pub const MAX_INPUT_BYTES: usize = envelope::MAX_INPUT_BYTES;

/// The pairs of a licence's properties text, as [`decode`] reads them (public for fuzzing).
pub fn parse_licence_properties(text: &str) -> Result<Vec<(String, String)>, KeyError> {
    super::properties::parse_strict(text).map_err(|e| KeyError::BadProperties {
        line: e.line,
        reason: e.reason.to_string(),
    })
}

/// The largest inflated licence text `decode` accepts, in bytes.
pub const MAX_INFLATED_BYTES: usize = envelope::MAX_INFLATED_BYTES;

/// A successfully decoded version-2 key. Its signature may still be invalid: check
/// `signature` before trusting anything it says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DecodedKey {
    /// The key without whitespace, escapes or quoting: the form to store, export and compare,
    /// so the same key pasted with different line breaks is recognised as the same.
    pub canonical: String,
    /// The trailer's version digits: 1 or 2 (both are the version-2 format).
    pub version: u8,
    /// The licence properties exactly as inflated, in the order of the licence text.
    #[serde(serialize_with = "ordered_map")]
    pub properties: Vec<(String, String)>,
    pub signature: SignatureVerdict,
    /// The second layer of verification (SPEC §4.1): the `licenseHash` property, checked
    /// against the built-in key versions only.
    pub inner_hash: InnerHash,
    /// The typed view of `properties`.
    pub licence: Licence,
}

impl DecodedKey {
    /// The raw value of one property, by its exact name.
    pub fn property(&self, name: &str) -> Option<&str> {
        self.properties
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// Whether Atlassian's signature verifies over this key's licence text.
    pub fn is_genuine(&self) -> bool {
        self.signature.is_valid()
    }

    /// The products this key covers that refuse it for its inner hash (Bitbucket 8.9 and later
    /// for a missing one); empty when the hash is fine or not required.
    pub fn hash_refusals(&self) -> Vec<HashRefusal> {
        inner_hash::refusals(
            &self.inner_hash,
            self.licence.products.iter().map(|p| p.namespace.as_str()),
        )
    }
}

/// Decodes one pasted version-2 licence key.
///
/// Accepts the key as users paste it: wrapped with newlines or CRLF, with line breaks turned
/// into spaces, with literal `\r` `\n` escapes, or as a quoted (even concatenated) Java string.
/// Text around the key is not accepted here: use `find_keys` to pick keys out of a document.
/// A key that decodes but was altered is `Ok`, with `signature == SignatureVerdict::Invalid`.
pub fn decode(input: &str) -> Result<DecodedKey, KeyError> {
    let envelope = match envelope::open(input) {
        Err(KeyError::MissingTrailer) if envelope::looks_like_version1(input) => {
            return Err(KeyError::LegacyVersion1);
        }
        other => other?,
    };
    #[cfg(test)]
    decode_count::record(&envelope.canonical);
    let signature = signature::parse_signature(&envelope.signature)?;
    let text =
        std::str::from_utf8(&envelope.inflated).map_err(|e| KeyError::PropertiesNotUtf8 {
            valid_up_to: e.valid_up_to(),
        })?;
    let properties = parse_licence_properties(text)?;
    let verdict = signature::verify(&envelope.licence_text, &signature);
    let licence = Licence::from_properties(&properties);
    let inner_hash = inner_hash::check(
        &properties,
        licence.creation_date.as_ref(),
        KeyVersions::built_in(),
    );
    Ok(DecodedKey {
        canonical: envelope.canonical,
        version: envelope.version,
        properties,
        signature: verdict,
        inner_hash,
        licence,
    })
}

/// How many times each key text reached the signature check, for the tests that hold an import
/// to decoding each key once. Tests use keys of their own, so counting in parallel is fine.
#[cfg(test)]
pub(crate) mod decode_count {
    use std::collections::HashMap;
    use std::sync::{LazyLock, Mutex};

    static DECODED: LazyLock<Mutex<HashMap<String, usize>>> = LazyLock::new(Mutex::default);

    pub(super) fn record(canonical: &str) {
        if let Ok(mut counts) = DECODED.lock() {
            *counts.entry(canonical.to_owned()).or_default() += 1;
        }
    }

    /// How many times the key with this canonical text was decoded so far.
    pub(crate) fn of(canonical: &str) -> usize {
        DECODED
            .lock()
            .map_or(0, |counts| counts.get(canonical).copied().unwrap_or(0))
    }
}

/// Checks a detached signature (DER) over a licence text against Atlassian's key exactly as
/// [`decode`] does, without the rest of decoding: what the benchmarks time as one verification.
pub fn verify_signature(
    licence_text: &[u8],
    signature: &[u8],
) -> Result<SignatureVerdict, KeyError> {
    let signature = signature::parse_signature(signature)?;
    Ok(signature::verify(licence_text, &signature))
}

/// Builds the tables the signature check uses for Atlassian's key, which the first check
/// otherwise builds, and returns how many bytes they hold (for the benchmarks).
pub fn prepare_signature_tables() -> usize {
    signature::prepare()
}

/// Writes the ordered pairs as a JSON object, keeping their order.
fn ordered_map<S: Serializer>(
    pairs: &[(String, String)],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_map(pairs.iter().map(|(k, v)| (k, v)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_early_error_has_its_own_message() {
        let cases = [
            ("", KeyError::Empty),
            ("  \r\n ", KeyError::Empty),
            ("AAAAAAAA", KeyError::MissingTrailer),
            ("AAAAX03a", KeyError::UnsupportedVersion("03".into())),
            (
                "AAAAX02a",
                KeyError::WrongLength {
                    declared: 10,
                    actual: 4,
                },
            ),
            (
                "NQrPoNOBNRHnXHjaFJNPxwrQoropKmMGGTamaPMdptjcGW\nmi2KouuJLPf6fVkEq<hggtmF2K6LwzkgD3KEWKGzmc3rLm\nQmRSsRRNrponOQoPMNwwqOmmPNQqmRmmQXXsSVUvsVXuos\ntUUoomsotmummmmmUUoomsotmummmmmUU1qiXppfXk\n",
                KeyError::LegacyVersion1,
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(decode(input).err(), Some(expected), "{input:?}");
        }
        assert!(matches!(decode("AA!AX024"), Err(KeyError::NotBase64(_))));
        assert_eq!(
            decode("AAAAX024").err(),
            Some(KeyError::Truncated {
                needed: 4,
                available: 3
            })
        );
        assert_eq!(
            KeyError::LegacyVersion1.to_string(),
            "legacy version-1 licence key: cannot be decoded offline"
        );
    }

    #[test]
    fn all_messages_are_distinct() {
        let errors = [
            KeyError::Empty,
            KeyError::TooLarge { size: 1, max: 1 },
            KeyError::LegacyVersion1,
            KeyError::MissingTrailer,
            KeyError::UnsupportedVersion("03".into()),
            KeyError::WrongLength {
                declared: 1,
                actual: 2,
            },
            KeyError::NotBase64("x".into()),
            KeyError::Truncated {
                needed: 1,
                available: 0,
            },
            KeyError::BadMagic,
            KeyError::BadZlib("x".into()),
            KeyError::InflatedTooLarge { max: 1 },
            KeyError::PropertiesNotUtf8 { valid_up_to: 0 },
            KeyError::BadProperties {
                line: 1,
                reason: "x".into(),
            },
            KeyError::BadSignatureEncoding,
        ];
        let mut messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        messages.sort();
        messages.dedup();
        assert_eq!(messages.len(), errors.len());
    }
}
