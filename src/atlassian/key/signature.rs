//! Owns checking a key's SHA1withDSA signature against Atlassian's version-2 public key, and
//! the verdict shown to users. This module can only verify: nothing in the product can sign.

use std::fmt;
use std::sync::{Arc, LazyLock, OnceLock};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use crypto_bigint::modular::{MontyForm, MontyParams};
use crypto_bigint::{NonZero, Odd, U192, U1024};
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
/// about a millisecond on each check. Atlassian's key never changes, so the powers of `g` and
/// `y` the check needs are looked up in tables built once (`FixedBase`) rather than computed
/// by square-and-multiply each time. Tests hold the fast check to the `dsa` crate's answers.
pub(super) fn verify(licence_text: &[u8], signature: &dsa::Signature) -> SignatureVerdict {
    if MONTGOMERY.verify(licence_text, signature) {
        SignatureVerdict::Valid
    } else {
        SignatureVerdict::Invalid
    }
}

/// Builds the tables of Atlassian's key now; returns the bytes they hold.
pub(super) fn prepare() -> usize {
    let _ = MONTGOMERY.tables();
    2 * TABLE_BYTES
}

/// The same check through the `dsa` crate alone: the reference the fast check is tested against.
#[cfg(test)]
fn verify_with_dsa_crate(licence_text: &[u8], signature: &dsa::Signature) -> bool {
    use dsa::signature::DigestVerifier;
    ATLASSIAN_V2_KEY
        .verify_digest(Sha1::new_with_prefix(licence_text), signature)
        .is_ok()
}

/// A DSA key made ready for fast checks: `p` of at most 1024 bits, `q` of at most 160 (held in
/// 192), and the powers of `g` and `y` the check multiplies together, built on the first check.
pub(super) struct Montgomery {
    q: MontyParams<{ U192::LIMBS }>,
    q_value: U192,
    q_small: NonZero<U192>,
    q_nonzero: NonZero<U1024>,
    p: MontyParams<{ U1024::LIMBS }>,
    g: U1024,
    y: U1024,
    tables: OnceLock<(Arc<FixedBase>, FixedBase)>,
}

/// Bits of every exponent: they are reduced modulo `q`, which has at most 160 bits.
const EXPONENT_BITS: u32 = 160;

/// A fixed base's powers are kept for every byte of an exponent: 20 windows of 8 bits, each
/// with the 255 non-zero digits. A check then multiplies one entry per non-zero byte of `u1`
/// and of `u2` (at most 40 multiplications, no squaring) where square-and-multiply needs about
/// 2 × (160 squarings + 40 multiplications).
const WINDOW_BITS: u32 = 8;
const WINDOWS: usize = (EXPONENT_BITS / WINDOW_BITS) as usize;
const DIGITS: usize = (1 << WINDOW_BITS) - 1;

/// The entries of one table: 5,100 numbers of 128 bytes, 653 kB.
pub(super) const TABLE_BYTES: usize = WINDOWS * DIGITS * std::mem::size_of::<U1024>();

/// The powers of one fixed base modulo `p`, in Montgomery form: entry `DIGITS · i + d - 1` is
/// `base^(d · 256^i)`.
///
/// Only public numbers go through these tables (the key, the signature, the digest of a text
/// anyone may read), so looking entries up by the exponent's bytes leaks nothing secret.
pub(super) struct FixedBase {
    entries: Box<[U1024]>,
}

impl FixedBase {
    /// 5,100 multiplications: a few milliseconds, once per base.
    fn new(base: &U1024, p: MontyParams<{ U1024::LIMBS }>) -> FixedBase {
        let mut entries = Vec::with_capacity(WINDOWS * DIGITS);
        // base^(256^i) for the window i at hand.
        let mut step = MontyForm::new(base, p);
        for _ in 0..WINDOWS {
            let mut power = step;
            for _ in 0..DIGITS {
                entries.push(*power.as_montgomery());
                power = power.mul(&step);
            }
            // step^256, the next window's step.
            step = power;
        }
        FixedBase {
            entries: entries.into_boxed_slice(),
        }
    }

    /// Multiplies `product` by `base^exponent` for an exponent below 2^160. `scratch` is any
    /// number with the key's parameters, overwritten.
    fn multiply_into(
        &self,
        product: &mut Option<MontyForm<{ U1024::LIMBS }>>,
        scratch: &mut MontyForm<{ U1024::LIMBS }>,
        exponent: &U192,
    ) {
        let bytes = exponent.to_le_bytes();
        for (window, digit) in bytes.iter().take(WINDOWS).enumerate() {
            let Some(index) = (*digit as usize).checked_sub(1) else {
                continue;
            };
            let Some(entry) = self.entries.get(DIGITS * window + index) else {
                continue;
            };
            *scratch.as_montgomery_mut() = *entry;
            *product = Some(match product {
                Some(so_far) => so_far.mul(scratch),
                None => *scratch,
            });
        }
    }
}

/// Atlassian's key, parsed and made ready for fast checks on first use.
static MONTGOMERY: LazyLock<Montgomery> = LazyLock::new(|| {
    // The constant key is covered by a unit test: it is a 1024-bit key with a 160-bit q.
    Montgomery::from_key(&ATLASSIAN_V2_KEY).expect("Atlassian's key fits the fast check")
});

/// The powers of `g` of Atlassian's group, which its inner-hash key shares (the same `p`, `q`
/// and `g`, another `y`): one table serves both keys.
static ATLASSIAN_G: LazyLock<Arc<FixedBase>> =
    LazyLock::new(|| Arc::new(FixedBase::new(&MONTGOMERY.g, MONTGOMERY.p)));

impl Montgomery {
    /// The fast form of a DSA key whose `p` fits 1024 bits and `q` 160; `None` for any other
    /// key (or one whose `p` or `q` is even, which no DSA key has). Builds no table yet.
    pub(super) fn from_key(key: &dsa::VerifyingKey) -> Option<Montgomery> {
        let components = key.components();
        if components.q().bits() > EXPONENT_BITS as usize {
            return None;
        }
        let big = |n: &dsa::BigUint| to_u1024(&n.to_bytes_be());
        let p = big(components.p())?;
        let q = to_u192(&components.q().to_bytes_be())?;
        let p_params = MontyParams::new_vartime(Option::from(Odd::new(p))?);
        let q_params = MontyParams::new_vartime(Option::from(Odd::new(q))?);
        Some(Montgomery {
            g: big(components.g())?,
            y: big(key.y())?,
            p: p_params,
            q: q_params,
            q_value: q,
            q_nonzero: Option::from(NonZero::new(q.resize()))?,
            q_small: Option::from(NonZero::new(q))?,
            tables: OnceLock::new(),
        })
    }

    /// The tables of `g` and `y`, built on the first check with this key.
    fn tables(&self) -> &(Arc<FixedBase>, FixedBase) {
        self.tables.get_or_init(|| {
            let atlassian = &*MONTGOMERY;
            let shares_g = std::ptr::eq(self, atlassian)
                || (self.p.modulus() == atlassian.p.modulus() && self.g == atlassian.g);
            let g = if shares_g {
                Arc::clone(&ATLASSIAN_G)
            } else {
                Arc::new(FixedBase::new(&self.g, self.p))
            };
            (g, FixedBase::new(&self.y, self.p))
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
    /// FIPS 186 DSA verification over the SHA-1 of `licence_text`.
    pub(super) fn verify(&self, licence_text: &[u8], signature: &dsa::Signature) -> bool {
        self.verify_digest(&Sha1::digest(licence_text).into(), signature)
    }

    /// FIPS 186 DSA verification of a SHA-1 digest: with `w = s^-1 mod q`, `u1 = H(m)·w`,
    /// `u2 = r·w`, the signature holds when `(g^u1 · y^u2 mod p) mod q == r`.
    ///
    /// Every signature whose `r` and `s` are in range costs the same work whether it holds or
    /// not: nothing below stops early on a signature that will not verify.
    pub(super) fn verify_digest(&self, digest: &[u8; 20], signature: &dsa::Signature) -> bool {
        let (Some(r), Some(s)) = (
            to_u192(&signature.r().to_bytes_be()),
            to_u192(&signature.s().to_bytes_be()),
        ) else {
            return false;
        };
        if r == U192::ZERO || s == U192::ZERO || r >= self.q_value || s >= self.q_value {
            return false;
        }
        // SHA-1 gives 160 bits, no more than q has: the whole digest is the number z.
        let Some(z) = to_u192(digest) else {
            return false;
        };
        let z = z.rem(&self.q_small);
        // q is prime, so s^(q-2) is the inverse of s modulo q.
        let q_minus_2 = self.q_value.wrapping_sub(&U192::from_u8(2));
        let w = MontyForm::new(&s, self.q).pow_bounded_exp(&q_minus_2, EXPONENT_BITS);
        let u1 = (MontyForm::new(&z, self.q) * w).retrieve();
        let u2 = (MontyForm::new(&r, self.q) * w).retrieve();
        let (g, y) = self.tables();
        let mut product = None;
        let mut scratch = MontyForm::one(self.p);
        g.multiply_into(&mut product, &mut scratch, &u1);
        y.multiply_into(&mut product, &mut scratch, &u2);
        // No factor at all is g^0 · y^0 = 1 (u2 is never 0, as r and w are not).
        let v = product.map_or(U1024::ONE, |v| v.retrieve());
        v.rem(&self.q_nonzero) == r.resize()
    }
}

/// The tests' encoder and their own key: signatures that hold over chosen digests here, keys
/// for the unit tests of other modules.
#[cfg(test)]
#[path = "../../../tests/it/support/encoder.rs"]
pub(crate) mod test_encoder;

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
        // Arbitrary well-formed (r, s) below q, and the edges: 1, q - 1 and q itself (0 does
        // not parse, below).
        let q = ATLASSIAN_V2_KEY.components().q().to_bytes_be();
        let q_minus_1 = minus_one(&q);
        let edges = [
            (vec![1], vec![1]),
            (q_minus_1.clone(), q_minus_1.clone()),
            (vec![1], q_minus_1.clone()),
            (q_minus_1.clone(), vec![1]),
            (q.clone(), vec![1]),
            (vec![1], q.clone()),
            (q.clone(), q.clone()),
        ];
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for round in 0..64 {
            let (r, s) = match edges.get(round) {
                Some(edge) => edge.clone(),
                None => (below(&q, &mut seed), below(&q, &mut seed)),
            };
            let der = der_signature(&r, &s);
            let Ok(signature) = parse_signature(&der) else {
                panic!("r and s above 0 parse: {r:?} {s:?}");
            };
            let texts = [
                b"licence text".to_vec(),
                genuine.first().map_or(vec![], |g| g.0.clone()),
            ];
            for text in &texts {
                assert!(!verify_with_dsa_crate(text, &signature));
                assert_eq!(verify(text, &signature), SignatureVerdict::Invalid);
            }
            checked += 1;
        }
        // r or s = 0 is refused as it is read, before any arithmetic.
        for (r, s) in [(vec![0], vec![1]), (vec![1], vec![0]), (vec![0], vec![0])] {
            assert_eq!(
                parse_signature(&der_signature(&r, &s)).err(),
                Some(KeyError::BadSignatureEncoding)
            );
        }
        assert!(checked >= 60, "{checked}");
    }

    /// A random number below `q` (whose top bit is set), from a xorshift generator.
    fn below(q: &[u8], seed: &mut u64) -> Vec<u8> {
        let mut bytes = q.to_vec();
        for byte in bytes.iter_mut() {
            *seed ^= *seed << 13;
            *seed ^= *seed >> 7;
            *seed ^= *seed << 17;
            *byte = (*seed & 0xff) as u8;
        }
        bytes[0] &= 0x7f;
        bytes
    }

    /// A big-endian number less one (for a number whose last byte is not 0).
    fn minus_one(n: &[u8]) -> Vec<u8> {
        let mut out = n.to_vec();
        let last = out.len() - 1;
        assert_ne!(out[last], 0);
        out[last] -= 1;
        out
    }

    use super::test_encoder as encoder;

    /// Signatures that hold, made with the tests' own key over chosen digests, with the edges
    /// where `u1 = H(m)·w` is 0 (a digest of zeros, a digest equal to `q`) or 1 (a digest of 1
    /// and a digest of `q + 1`). `u2 = r·w` is never 0: r is not 0 and neither is w.
    #[test]
    fn the_fast_check_accepts_exactly_the_signatures_the_dsa_crate_accepts() {
        use dsa::signature::hazmat::PrehashVerifier;
        let key = encoder::test_verifying_key();
        let Some(fast) = Montgomery::from_key(&key) else {
            panic!("the test key is a 1024-bit key with a 160-bit q");
        };
        let q = key.components().q().to_bytes_be();
        let mut q_plus_1 = q.clone();
        q_plus_1[19] += 1; // q is odd: its last byte is not 0xff
        let mut one = [0u8; 20];
        one[19] = 1;
        let mut digests: Vec<[u8; 20]> = vec![[0; 20], one, [0xff; 20]];
        for edge in [&q, &q_plus_1] {
            digests.push(edge.as_slice().try_into().expect("q has 20 bytes"));
        }
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..48 {
            digests.push(below(&q, &mut seed).try_into().expect("20 bytes"));
        }
        for digest in &digests {
            let signature = encoder::sign_digest_with_test_key(digest);
            assert!(key.verify_prehash(digest, &signature).is_ok());
            assert!(fast.verify_digest(digest, &signature), "{digest:?}");
            // Another digest, and the same digest with either half of the signature changed.
            let mut other = *digest;
            other[7] ^= 0x10;
            assert!(key.verify_prehash(&other, &signature).is_err());
            assert!(!fast.verify_digest(&other, &signature));
            let r = signature.r() + 1u32;
            let s = signature.s() + 1u32;
            for altered in [
                dsa::Signature::from_components(r, signature.s().clone()),
                dsa::Signature::from_components(signature.r().clone(), s),
            ] {
                let Ok(altered) = altered else {
                    panic!("components above 0");
                };
                assert_eq!(
                    key.verify_prehash(digest, &altered).is_ok(),
                    fast.verify_digest(digest, &altered)
                );
                assert!(!fast.verify_digest(digest, &altered));
            }
        }
    }

    /// The tables give every power square-and-multiply gives, the edges of the exponent
    /// included: 0, one byte, the top of every window, all 160 bits set.
    #[test]
    fn the_tables_hold_the_powers_of_g_and_y() {
        let fast = &*MONTGOMERY;
        let (g_table, y_table) = fast.tables();
        let mut exponents = vec![
            U192::ZERO,
            U192::ONE,
            U192::from_u16(255),
            U192::from_u16(256),
            U192::ONE.shl_vartime(159),
            U192::ONE.shl_vartime(160).wrapping_sub(&U192::ONE),
            fast.q_value.wrapping_sub(&U192::ONE),
        ];
        let mut seed = 0x1234_5678_9abc_def1_u64;
        for _ in 0..6 {
            let q = fast.q_value.to_be_bytes();
            exponents.push(to_u192(&below(&q[4..], &mut seed)).expect("20 bytes"));
        }
        for exponent in &exponents {
            for (table, base) in [(&**g_table, &fast.g), (y_table, &fast.y)] {
                let mut product = None;
                let mut scratch = MontyForm::one(fast.p);
                table.multiply_into(&mut product, &mut scratch, exponent);
                let expected = MontyForm::new(base, fast.p).pow_bounded_exp(exponent, 160);
                let got = product.unwrap_or(MontyForm::one(fast.p));
                assert_eq!(got.retrieve(), expected.retrieve(), "{exponent}");
            }
        }
        assert_eq!(g_table.entries.len() * 128, TABLE_BYTES);
    }

    /// The inner-hash key is of Atlassian's group: it uses the same table of g.
    #[test]
    fn keys_of_one_group_share_the_table_of_g() {
        let der = STANDARD
            .decode(super::super::inner_hash::BUILT_IN_KEY_VERSIONS[0].1)
            .expect("base64");
        let key = dsa::VerifyingKey::from_public_key_der(&der).expect("a DSA key");
        let Some(inner) = Montgomery::from_key(&key) else {
            panic!("the inner-hash key fits");
        };
        assert!(Arc::ptr_eq(&inner.tables().0, &MONTGOMERY.tables().0));
        assert!(inner.y != MONTGOMERY.y);
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
