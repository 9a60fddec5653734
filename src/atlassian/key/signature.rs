//! Owns checking a key's SHA1withDSA signature against Atlassian's version-2 public key, and
//! the verdict shown to users. This module can only verify: nothing in the product can sign.

use std::fmt;
use std::sync::LazyLock;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use dsa::pkcs8::DecodePublicKey;
use dsa::signature::DigestVerifier;
use serde::Serialize;
use sha1::{Digest, Sha1};

use super::error::KeyError;

/// Atlassian's version-2 licence public key: a 1024-bit DSA key as base64 of an X.509
/// SubjectPublicKeyInfo (SPEC §4).
const ATLASSIAN_V2_PUBLIC_KEY: &str = "MIIBuDCCASwGByqGSM44BAEwggEfAoGBAP1/U4EddRIpUt9KnC7s5Of2EbdSPO9EAMMeP4C2USZpRV1AIlH7WT2NWPq/xfW6MPbLm1Vs14E7gB00b/JmYLdrmVClpJ+f6AR7ECLCT7up1/63xhv4O1fnxqimFQ8E+4P208UewwI1VBNaFpEy9nXzrith1yrv8iIDGZ3RSAHHAhUAl2BQjxUjC8yykrmCouuEC/BYHPUCgYEA9+GghdabPd7LvKtcNrhXuXmUr7v6OuqC+VdMCz0HgmdRWVeOutRZT+ZxBxCBgLRJFnEj6EwoFhO3zwkyjMim4TwWeotUfI0o4KOuHiuzpnWRbqN/C/ohNWLx+2J6ASQ7zKTxvqhRkImog9/hWuWfBpKLZl6Ae1UlZAFMO/7PSSoDgYUAAoGBAIvfweZvmGo5otwawI3no7Udanxal3hX2haw962KL/nHQrnC4FG2PvUFf34OecSK1KtHDPQoSQ+DHrfdf6vKUJphw0Kn3gXm4LS8VK/LrY7on/wh2iUobS2XlhuIqEc5mLAUu9Hd+1qxsQkQ50d0lzKrnDqPsM0WA9htkdJJw2nS";

/// The parsed public key, built on first use. The constant above is fixed and covered by a unit
/// test, so failing to parse it is a programming error, not something input can cause.
static ATLASSIAN_V2_KEY: LazyLock<dsa::VerifyingKey> = LazyLock::new(|| {
    let der = STANDARD
        .decode(ATLASSIAN_V2_PUBLIC_KEY)
        .expect("Atlassian's public key constant is valid base64");
    dsa::VerifyingKey::from_public_key_der(&der)
        .expect("Atlassian's public key constant is a valid DSA SubjectPublicKeyInfo")
});

/// Whether a decoded key carries Atlassian's genuine signature over its licence text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SignatureVerdict {
    /// Atlassian signed exactly this licence text.
    Valid,
    /// The signature is well-formed but does not match: the key was altered, damaged in a way
    /// that still decodes, or never made by Atlassian.
    Invalid,
}

impl SignatureVerdict {
    /// What to tell a user about a genuine key.
    pub const GENUINE: &'static str = "signature verifies: a genuine Atlassian key";
    /// What to tell a user about a key whose signature does not verify.
    pub const NOT_GENUINE: &'static str = "signature does not verify: not a genuine Atlassian key";

    pub fn is_valid(self) -> bool {
        self == SignatureVerdict::Valid
    }

    /// The plain-language message for this verdict.
    pub fn message(self) -> &'static str {
        match self {
            SignatureVerdict::Valid => Self::GENUINE,
            SignatureVerdict::Invalid => Self::NOT_GENUINE,
        }
    }
}

impl fmt::Display for SignatureVerdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

/// Reads the DER `SEQUENCE { r INTEGER, s INTEGER }` that follows the licence text.
pub(super) fn parse_signature(der: &[u8]) -> Result<dsa::Signature, KeyError> {
    dsa::Signature::try_from(der).map_err(|_| KeyError::BadSignatureEncoding)
}

/// Verifies SHA1withDSA over the whole licence text, magic bytes included.
pub(super) fn verify(licence_text: &[u8], signature: &dsa::Signature) -> SignatureVerdict {
    match ATLASSIAN_V2_KEY.verify_digest(Sha1::new_with_prefix(licence_text), signature) {
        Ok(()) => SignatureVerdict::Valid,
        Err(_) => SignatureVerdict::Invalid,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_public_key_constant_parses() {
        assert_eq!(ATLASSIAN_V2_KEY.components().q().bits(), 160);
        assert_eq!(ATLASSIAN_V2_KEY.components().p().bits(), 1024);
    }

    #[test]
    fn signature_encoding_is_checked() {
        assert_eq!(
            parse_signature(&[]).err(),
            Some(KeyError::BadSignatureEncoding)
        );
        assert_eq!(
            parse_signature(&[0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01]).err(),
            Some(KeyError::BadSignatureEncoding)
        );
        // r = 0 is not a valid DSA signature value.
        assert_eq!(
            parse_signature(&[0x30, 0x06, 0x02, 0x01, 0x00, 0x02, 0x01, 0x01]).err(),
            Some(KeyError::BadSignatureEncoding)
        );
    }

    #[test]
    fn a_wellformed_but_wrong_signature_is_invalid() {
        let Ok(signature) = parse_signature(&[0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01])
        else {
            panic!("r = 1, s = 1 is well-formed DER");
        };
        assert_eq!(verify(b"anything", &signature), SignatureVerdict::Invalid);
        assert_eq!(
            SignatureVerdict::Invalid.to_string(),
            "signature does not verify: not a genuine Atlassian key"
        );
    }
}
