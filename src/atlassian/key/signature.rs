//! Owns checking a key's SHA1withDSA signature against Atlassian's version-2 public key, and
//! the verdict shown to users. This module can only verify: nothing in the product can sign.

use std::fmt;
use std::sync::LazyLock;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use dsa::pkcs8::DecodePublicKey;
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
///
/// The `dsa` crate parses the key and the signature; the arithmetic of the check runs on
/// `crypto-bigint`'s fixed-size Montgomery forms, because the `dsa` crate's big numbers spend
/// about a millisecond on each check (78 % of an import of 100,000 keys, measured with perf),
/// which made such an import last most of a minute. Tests hold the two to the same answers.
pub(super) fn verify(licence_text: &[u8], signature: &dsa::Signature) -> SignatureVerdict {
    if MONTGOMERY.verify(licence_text, signature) {
        SignatureVerdict::Valid
    } else {
        SignatureVerdict::Invalid
    }
}

/// The same check through the `dsa` crate alone: the reference the fast check is tested against.
#[cfg(test)]
fn verify_with_dsa_crate(licence_text: &[u8], signature: &dsa::Signature) -> bool {
    use dsa::signature::DigestVerifier;
    ATLASSIAN_V2_KEY
        .verify_digest(Sha1::new_with_prefix(licence_text), signature)
        .is_ok()
}

use crypto_bigint::modular::{MontyForm, MontyParams};
use crypto_bigint::{NonZero, Odd, U192, U1024};

/// Atlassian's key in Montgomery form: `p` is 1024 bits, `q` 160 bits (held in 192).
pub(super) struct Montgomery {
    q: MontyParams<{ U192::LIMBS }>,
    q_value: U192,
    q_small: NonZero<U192>,
    q_nonzero: NonZero<U1024>,
    g: MontyForm<{ U1024::LIMBS }>,
    y: MontyForm<{ U1024::LIMBS }>,
}

/// Bits of every exponent: they are reduced modulo `q`, which has 160 bits.
const EXPONENT_BITS: u32 = 160;

static MONTGOMERY: LazyLock<Montgomery> = LazyLock::new(|| {
    // The constant key is covered by a unit test: it is a 1024-bit key with a 160-bit q.
    Montgomery::from_key(&ATLASSIAN_V2_KEY).expect("Atlassian's key fits the fast check")
});

impl Montgomery {
    /// The fast form of a DSA key whose `p` fits 1024 bits and `q` 192; `None` for any other
    /// key (or one whose `p` or `q` is even, which no DSA key has).
    pub(super) fn from_key(key: &dsa::VerifyingKey) -> Option<Montgomery> {
        let components = key.components();
        let big = |n: &dsa::BigUint| to_u1024(&n.to_bytes_be());
        let p = big(components.p())?;
        let q = to_u192(&components.q().to_bytes_be())?;
        let p_params = MontyParams::new_vartime(Option::from(Odd::new(p))?);
        let q_params = MontyParams::new_vartime(Option::from(Odd::new(q))?);
        Some(Montgomery {
            g: MontyForm::new(&big(components.g())?, p_params),
            y: MontyForm::new(&big(key.y())?, p_params),
            q: q_params,
            q_value: q,
            q_nonzero: Option::from(NonZero::new(q.resize()))?,
            q_small: Option::from(NonZero::new(q))?,
        })
    }
}

/// A big-endian number of at most 128 bytes as a `U1024`.
fn to_u1024(bytes: &[u8]) -> Option<U1024> {
    let mut padded = [0u8; 128];
    let start = padded.len().checked_sub(bytes.len())?;
    padded[start..].copy_from_slice(bytes);
    Some(U1024::from_be_slice(&padded))
}

/// A big-endian number of at most 24 bytes as a `U192`.
fn to_u192(bytes: &[u8]) -> Option<U192> {
    let mut padded = [0u8; 24];
    let start = padded.len().checked_sub(bytes.len())?;
    padded[start..].copy_from_slice(bytes);
    Some(U192::from_be_slice(&padded))
}

impl Montgomery {
    /// FIPS 186 DSA verification: with `w = s^-1 mod q`, `u1 = H(m)·w`, `u2 = r·w`, the
    /// signature holds when `(g^u1 · y^u2 mod p) mod q == r`.
    pub(super) fn verify(&self, licence_text: &[u8], signature: &dsa::Signature) -> bool {
        let (Some(r), Some(s)) = (
            to_u192(&signature.r().to_bytes_be()),
            to_u192(&signature.s().to_bytes_be()),
        ) else {
            return false;
        };
        if r == U192::ZERO || s == U192::ZERO || r >= self.q_value || s >= self.q_value {
            return false;
        }
        // SHA-1 gives 160 bits, exactly the size of q: the whole digest is the number z.
        let digest = Sha1::digest(licence_text);
        let Some(z) = to_u192(&digest) else {
            return false;
        };
        let z = z.rem(&self.q_small);
        // q is prime, so s^(q-2) is the inverse of s modulo q.
        let q_minus_2 = self.q_value.wrapping_sub(&U192::from_u8(2));
        let w = MontyForm::new(&s, self.q).pow_bounded_exp(&q_minus_2, EXPONENT_BITS);
        let u1 = (MontyForm::new(&z, self.q) * w).retrieve();
        let u2 = (MontyForm::new(&r, self.q) * w).retrieve();
        let v = (self.g.pow_bounded_exp(&u1, EXPONENT_BITS)
            * self.y.pow_bounded_exp(&u2, EXPONENT_BITS))
        .retrieve();
        v.rem(&self.q_nonzero) == r.resize()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The genuine keys of the shared corpus, as (licence text, signature), when it is there.
    fn genuine_pairs() -> Vec<(Vec<u8>, dsa::Signature)> {
        let dir = std::env::var_os("LICENSEDESK_SHARED_DIR")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"))
            .join("fixtures/atlassian/keys");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!(
                "NOTE: the genuine-key corpus was not found at {}; the fast signature check is \
                 compared with the dsa crate on altered and random signatures only",
                dir.display()
            );
            return Vec::new();
        };
        let mut pairs = Vec::new();
        for entry in entries.flatten() {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            if let Ok(envelope) = super::super::envelope::open(&text)
                && let Ok(signature) = parse_signature(&envelope.signature)
            {
                pairs.push((envelope.licence_text, signature));
            }
        }
        pairs
    }

    #[test]
    fn the_fast_check_gives_the_dsa_crates_answer() {
        let genuine = genuine_pairs();
        for (text, signature) in &genuine {
            assert!(verify_with_dsa_crate(text, signature));
            assert_eq!(verify(text, signature), SignatureVerdict::Valid);
        }
        // Every genuine text with one byte changed, and every genuine signature over another
        // text: both checks refuse them.
        let mut checked = 0;
        for (index, (text, signature)) in genuine.iter().enumerate() {
            for position in (0..text.len()).step_by(37) {
                let mut altered = text.clone();
                altered[position] ^= 0x01;
                assert!(!verify_with_dsa_crate(&altered, signature));
                assert_eq!(verify(&altered, signature), SignatureVerdict::Invalid);
                checked += 1;
            }
            let (other_text, _) = &genuine[(index + 1) % genuine.len()];
            if other_text != text {
                assert_eq!(
                    verify_with_dsa_crate(other_text, signature),
                    verify(other_text, signature).is_valid()
                );
            }
        }
        // Arbitrary well-formed (r, s) below q, including the edges 1 and q - 1.
        let q = ATLASSIAN_V2_KEY.components().q().to_bytes_be();
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for round in 0..64 {
            let mut value = || {
                let mut bytes = q.clone();
                for byte in bytes.iter_mut() {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    *byte = (seed & 0xff) as u8;
                }
                bytes[0] &= 0x7f; // below q, whose top bit is set
                bytes
            };
            let (r, s) = match round {
                0 => (vec![1], vec![1]),
                1 => {
                    let mut q_minus_1 = q.clone();
                    if let Some(last) = q_minus_1.last_mut() {
                        *last -= 1;
                    }
                    (q_minus_1.clone(), q_minus_1)
                }
                _ => (value(), value()),
            };
            let der = der_signature(&r, &s);
            let Ok(signature) = parse_signature(&der) else {
                continue;
            };
            let text = b"licence text";
            assert!(!verify_with_dsa_crate(text, &signature));
            assert_eq!(verify(text, &signature), SignatureVerdict::Invalid);
            checked += 1;
        }
        assert!(checked >= 60, "{checked}");
    }

    /// DER `SEQUENCE { INTEGER r, INTEGER s }` for short positive values.
    fn der_signature(r: &[u8], s: &[u8]) -> Vec<u8> {
        let integer = |v: &[u8]| {
            let mut body: Vec<u8> = v.iter().copied().skip_while(|b| *b == 0).collect();
            if body.first().is_none_or(|b| b & 0x80 != 0) {
                body.insert(0, 0);
            }
            let mut out = vec![0x02, body.len() as u8];
            out.extend(body);
            out
        };
        let mut content = integer(r);
        content.extend(integer(s));
        let mut out = vec![0x30, content.len() as u8];
        out.extend(content);
        out
    }

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
