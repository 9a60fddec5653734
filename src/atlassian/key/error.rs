//! Owns `KeyError`: every way a pasted licence key can fail to decode, each with its own
//! plain-language message (these messages are shown to users as they are).

use thiserror::Error;

/// Why a piece of text could not be decoded as a version-2 Atlassian licence key.
///
/// A key that decodes but whose signature does not verify is *not* an error: it yields a
/// `DecodedKey` whose `signature` is `SignatureVerdict::Invalid`, so the portal can still show
/// what the key claims while warning that it is not genuine.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum KeyError {
    #[error("the licence key is empty")]
    Empty,

    #[error(
        "the input is too large to be a licence key ({size} bytes; keys are 1-2 KB, at most {max} bytes are accepted)"
    )]
    TooLarge { size: usize, max: usize },

    #[error("legacy version-1 licence key: cannot be decoded offline")]
    LegacyVersion1,

    #[error(
        "not a licence key: it does not end with the 'X' + version + length trailer of a version-2 key"
    )]
    MissingTrailer,

    #[error(
        "unsupported licence key version \"{0}\": only version-2 keys (marked 01 or 02) can be decoded"
    )]
    UnsupportedVersion(String),

    #[error(
        "damaged licence key: its length marker says {declared} characters but it has {actual} (characters were lost or added while copying)"
    )]
    WrongLength { declared: u64, actual: usize },

    #[error("damaged licence key: not valid base64 ({0})")]
    NotBase64(String),

    #[error(
        "damaged licence key: truncated (its data needs {needed} bytes but only {available} are there)"
    )]
    Truncated { needed: u64, available: usize },

    #[error(
        "not an Atlassian licence key: the licence text does not start with the expected magic bytes"
    )]
    BadMagic,

    #[error("damaged licence key: the compressed licence text cannot be inflated ({0})")]
    BadZlib(String),

    #[error(
        "refusing to decode: the licence text inflates to more than {max} bytes (genuine keys hold under 2 KB)"
    )]
    InflatedTooLarge { max: usize },

    #[error(
        "damaged licence key: the licence text is not UTF-8 (invalid byte at offset {valid_up_to})"
    )]
    PropertiesNotUtf8 { valid_up_to: usize },

    #[error("damaged licence key: malformed licence properties at line {line}: {reason}")]
    BadProperties { line: usize, reason: String },

    #[error("damaged licence key: the signature is not a DER-encoded DSA signature")]
    BadSignatureEncoding,
}
