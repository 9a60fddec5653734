//! Test-only licence-key encoder: builds keys of Atlassian's version-2 shape from properties,
//! signed with a throwaway DSA test key that is NOT Atlassian's, so every key made here decodes
//! but verifies as not genuine. The product itself cannot make or sign keys; only tests can.

#![allow(dead_code)] // Each test file uses a different part of this toolbox.

use std::io::Write;
use std::sync::LazyLock;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use dsa::pkcs8::DecodePrivateKey;
use dsa::signature::{DigestSigner, SignatureEncoding};
use flate2::Compression;
use flate2::write::ZlibEncoder;
use sha1::{Digest, Sha1};

/// A 1024-bit DSA private key (PKCS#8, base64 of DER) generated once with
/// `openssl genpkey -algorithm DSA` for these tests only. It has nothing to do with Atlassian:
/// signatures made with it never verify against Atlassian's public key.
const TEST_ONLY_DSA_PRIVATE_KEY: &str = "\
MIIBSwIBADCCASwGByqGSM44BAEwggEfAoGBAKdqZpvpKkDrZ8m30mkQXY81zNMekpQWACA/\
+A5LzFeKY8Vco4+i2pMAinWF89C41vdgOb8DSNi0s7MC/xWe5YT+Jqexl3Z9hOioHHD6/gpD\
1sIbFQaPEIzdPcSLsyDJ6VDgzKfdKDJ1Xdvh8/3R4LLfL3jIDXdfjZtdvhck1RPJAhUAl1AE\
LGfkU1XMh16Tb7/Rv7YAeQkCgYEAi99OU19jNzyGrwnsMhh1kdldqZGRLKD8pOh44c9gg2+s\
SrulWOkcC6cKcaWVOfuQoATmqEeFY7ZIH8VrJbIYLXL75LOpxAXmgnwWOXbG2VA4g7dFo9OJ\
8ghpQmRMaSCpoglIm34vMo/TQEpOJBesBDguDoXDXdIxZODkkzN67G0EFgIUFbC7XwF2KQa9\
1JMuye5A0v0sxHg=";

static TEST_SIGNING_KEY: LazyLock<dsa::SigningKey> = LazyLock::new(|| {
    let der = STANDARD
        .decode(TEST_ONLY_DSA_PRIVATE_KEY)
        .expect("test key constant is base64");
    dsa::SigningKey::from_pkcs8_der(&der).expect("test key constant is a PKCS#8 DSA key")
});

/// The magic bytes that open every version-2 licence text.
pub const MAGIC: [u8; 5] = [0x0D, 0x0E, 0x0C, 0x0A, 0x0F];

/// How an encoded key is signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signing {
    /// A real SHA1withDSA signature made with the test-only key (about a millisecond a key).
    TestKey,
    /// A well-formed DER signature with arbitrary `r`, `s` below the group order, derived from
    /// the text's SHA-1: free to make, and exactly as costly to verify as a real one.
    Garbage,
}

/// The test-only verifying key, to check that the encoder's signatures are themselves correct.
pub fn test_verifying_key() -> dsa::VerifyingKey {
    TEST_SIGNING_KEY.verifying_key().clone()
}

/// Builds a key from properties, signed with the test-only key.
pub fn encode<K: AsRef<str>, V: AsRef<str>>(properties: &[(K, V)]) -> String {
    encode_with(properties, Signing::TestKey)
}

/// Builds a key from properties, signed as asked.
pub fn encode_with<K: AsRef<str>, V: AsRef<str>>(
    properties: &[(K, V)],
    signing: Signing,
) -> String {
    let licence_text = licence_text(properties_text(properties, false).as_bytes());
    let signature = sign(&licence_text, signing);
    envelope(&licence_text, &signature)
}

/// The signed part of a key: magic bytes, then the zlib-compressed properties text.
pub fn licence_text(properties_text: &[u8]) -> Vec<u8> {
    let mut text = MAGIC.to_vec();
    text.extend(zlib(properties_text));
    text
}

/// Compresses bytes with zlib, as Atlassian's encoder does.
pub fn zlib(data: &[u8]) -> Vec<u8> {
    let mut encoder = ZlibEncoder::new(Vec::new(), Compression::default());
    encoder
        .write_all(data)
        .expect("writing to a Vec cannot fail");
    encoder.finish().expect("writing to a Vec cannot fail")
}

/// Signs licence text with the test-only key, or makes a garbage signature.
pub fn sign(licence_text: &[u8], signing: Signing) -> Vec<u8> {
    match signing {
        Signing::TestKey => {
            let signature: dsa::Signature =
                TEST_SIGNING_KEY.sign_digest(Sha1::new_with_prefix(licence_text));
            signature.to_vec()
        }
        Signing::Garbage => {
            let hash = Sha1::digest(licence_text);
            // Clearing the top bit keeps r and s below any 160-bit q; or-ing the low bit keeps
            // them non-zero.
            let mut r = hash.to_vec();
            let mut s: Vec<u8> = hash.iter().rev().copied().collect();
            for half in [&mut r, &mut s] {
                if let Some(first) = half.first_mut() {
                    *first &= 0x7f;
                }
                if let Some(last) = half.last_mut() {
                    *last |= 1;
                }
            }
            dsa::Signature::from_components(
                dsa::BigUint::from_bytes_be(&r),
                dsa::BigUint::from_bytes_be(&s),
            )
            .expect("non-zero components")
            .to_vec()
        }
    }
}

/// Signs a SHA-1 digest as it is, with the test-only key: lets the verifier's arithmetic be
/// checked on digests no text is known to have (all zeros, `q` itself).
pub fn sign_digest_with_test_key(digest: &[u8; 20]) -> dsa::Signature {
    use dsa::signature::hazmat::PrehashSigner;
    TEST_SIGNING_KEY
        .sign_prehash(digest)
        .expect("the test key signs any digest")
}

/// Wraps licence text and signature in the key envelope: a 4-byte big-endian length, base64,
/// then `X`, the version `02` and the body length in base 31.
pub fn envelope(licence_text: &[u8], signature: &[u8]) -> String {
    let length = u32::try_from(licence_text.len()).expect("licence text under 4 GiB");
    let mut payload = length.to_be_bytes().to_vec();
    payload.extend_from_slice(licence_text);
    payload.extend_from_slice(signature);
    with_trailer(&STANDARD.encode(payload), "02")
}

/// Appends `X`, a version and the base-31 length of `body`.
pub fn with_trailer(body: &str, version: &str) -> String {
    format!("{body}X{version}{}", base31(body.len() as u64))
}

/// Writes `n` in base 31 with digits `0-9a-u`, like Java's `Long.toString(n, 31)`.
pub fn base31(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstu";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 31) as usize]);
        n /= 31;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII digits")
}

/// Takes a key apart into (licence text, signature), for tests that re-wrap a genuine key's
/// signature around altered text. Panics on anything but a well-formed key: test input only.
pub fn split_key(key: &str) -> (Vec<u8>, Vec<u8>) {
    let compact: String = key.chars().filter(|c| !c.is_whitespace()).collect();
    let x = compact.rfind('X').expect("a trailer");
    let bytes = STANDARD.decode(&compact[..x]).expect("base64 body");
    let n = u32::from_be_bytes(bytes[..4].try_into().expect("4 bytes")) as usize;
    (bytes[4..4 + n].to_vec(), bytes[4 + n..].to_vec())
}

/// Writes properties as `java.util.Properties.store` does: a `#date` comment, then one
/// `key=value` line each, escaping what the format needs. With `ascii_only`, every non-ASCII
/// character is written as `\uXXXX` (surrogate pairs beyond the BMP), as `store(OutputStream)`
/// does; otherwise as UTF-8.
pub fn properties_text<K: AsRef<str>, V: AsRef<str>>(
    properties: &[(K, V)],
    ascii_only: bool,
) -> String {
    let mut out = String::from("#Tue Aug 20 11:09:59 CEST 2013\n");
    for (key, value) in properties {
        out.push_str(&escape(key.as_ref(), true, ascii_only));
        out.push('=');
        out.push_str(&escape(value.as_ref(), false, ascii_only));
        out.push('\n');
    }
    out
}

fn escape(text: &str, is_key: bool, ascii_only: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        match c {
            ' ' if is_key || i == 0 => out.push_str("\\ "),
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\u{c}' => out.push_str("\\f"),
            '=' | ':' | '#' | '!' => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c == '\u{7f}' || (ascii_only && !c.is_ascii()) => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04X}"));
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// Breaks a key into lines of `width` characters joined by `separator`, as e-mails, config
/// files and web forms do.
pub fn wrap(key: &str, width: usize, separator: &str) -> String {
    key.as_bytes()
        .chunks(width.max(1))
        .map(|chunk| std::str::from_utf8(chunk).expect("keys are ASCII"))
        .collect::<Vec<_>>()
        .join(separator)
}

/// A realistic licence's properties, for tests that need "a key" rather than particular values.
/// A test-signed key (imported as "not genuine") for a licence with this SEN and product
/// namespace: the sample properties, with each of `extra` replacing its namesake.
pub fn test_key(sen: &str, product: &str, extra: &[(&str, &str)]) -> String {
    let mut properties = sample_properties(sen, product);
    for (k, v) in extra {
        properties.retain(|(name, _)| name != k);
        properties.push(((*k).to_owned(), (*v).to_owned()));
    }
    encode_with(&properties, Signing::TestKey)
}

pub fn sample_properties(sen: &str, product: &str) -> Vec<(String, String)> {
    [
        // Worded as a commercial key's description: "test licence" in it would make every
        // sample key a test licence (which no Server ID binds), whatever a test builds it as.
        (
            "Description",
            "Commercial licence made by licensedesk's test encoder",
        ),
        ("CreationDate", "2024-01-15"),
        ("PurchaseDate", "2024-01-15"),
        ("MaintenanceExpiryDate", "2025-01-15"),
        ("LicenseExpiryDate", "2025-01-15"),
        ("Organisation", "Example Pty Ltd"),
        ("ContactName", "Ada Lovelace"),
        ("ContactEMail", "ada@example.com"),
        ("SEN", sen),
        ("ServerID", "B1C2-D3E4-F5G6-H7I8"),
        ("LicenseID", "LIDSEN-1"),
        ("NumberOfUsers", "500"),
        ("LicenseTypeName", "COMMERCIAL"),
        ("Evaluation", "false"),
        ("licenseVersion", "2"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .chain([(format!("{product}.active"), "true".to_string())])
    .collect()
}

/// The key version of the test-only inner-hash key. No Atlassian key version looks like it, so
/// the product's own table never knows it: a hash made here never verifies in production.
pub const TEST_KEY_VERSION: &str = "licensedesk-test-only-1";

/// A second 1024-bit DSA private key (PKCS#8, base64 of DER), generated once with `openssl
/// genpkey` for these tests only, that makes the inner `licenseHash` of test keys.
const TEST_ONLY_INNER_HASH_PRIVATE_KEY: &str = "\
MIIBSgIBADCCASsGByqGSM44BAEwggEeAoGBAJocZSAROkOYQuwuTE4NYXPyg3xMH5z1fhKZ\
9IWCLStrD3qob1GLaLyB+eKhCL5JN70f7A7Rt+trb8R4Ot6PfP7eiotS/e1YwkIoMvAgthqB\
yxEKXBVhpIlkvtMnMHGrqGeVdlHwxNiN0/XrCD5RMeXPoy9p6wZpMYqYGWPn5Co3AhUAozig\
n47rtnN6dmulxNBEX1R51EsCgYAzHbVnQJazHExhw246kSeJAkCUhQG9cT+klY7sg1E4ov8T\
eDbsrkJke+TS/yIvHzS48lqGyptTECXFIZ0aIEEMtyB5x3Hlo47rkjTkNYL8E0l0Pskd6QI1\
N61O0lnQkr8riXrDDAP8dwN1GNFoz2r0uga5FxIhYHMmhI3CmCiArQQWAhQQFvG278Vzksqe\
i9qLiHfhrk+G1w==";

/// Its public key (base64 of an X.509 SubjectPublicKeyInfo), for a test's own table of key
/// versions.
pub const TEST_ONLY_INNER_HASH_PUBLIC_KEY: &str = "\
MIIBtjCCASsGByqGSM44BAEwggEeAoGBAJocZSAROkOYQuwuTE4NYXPyg3xMH5z1fhKZ9IWCLStrD3qob1GLaLyB+eKhCL5J\
N70f7A7Rt+trb8R4Ot6PfP7eiotS/e1YwkIoMvAgthqByxEKXBVhpIlkvtMnMHGrqGeVdlHwxNiN0/XrCD5RMeXPoy9p6wZp\
MYqYGWPn5Co3AhUAozign47rtnN6dmulxNBEX1R51EsCgYAzHbVnQJazHExhw246kSeJAkCUhQG9cT+klY7sg1E4ov8TeDbs\
rkJke+TS/yIvHzS48lqGyptTECXFIZ0aIEEMtyB5x3Hlo47rkjTkNYL8E0l0Pskd6QI1N61O0lnQkr8riXrDDAP8dwN1GNFo\
z2r0uga5FxIhYHMmhI3CmCiArQOBhAACgYAufm1SS8fANq4Tg3pd2vjpRiskjbcIyjj6V1DhEo+jjgcPPydpmIRS0OmubEXF\
A/w7ouch6vwJ2xSAHwhuU6KNCootMPmr7CgNSqOud7maDb6anl+QPouoOkwxmdo7uFIN6tkqOz1nwuobA4131Buv5bh7NQAI\
y9yhbVPTC/p1SA==";

static TEST_INNER_HASH_KEY: LazyLock<dsa::SigningKey> = LazyLock::new(|| {
    let der = STANDARD
        .decode(TEST_ONLY_INNER_HASH_PRIVATE_KEY)
        .expect("test key constant is base64");
    dsa::SigningKey::from_pkcs8_der(&der).expect("test key constant is a PKCS#8 DSA key")
});

/// The test-only inner-hash key's verifying key, to check the public constant against it.
pub fn test_inner_hash_verifying_key() -> dsa::VerifyingKey {
    TEST_INNER_HASH_KEY.verifying_key().clone()
}

/// The bytes an inner hash signs, written here from SPEC §4.1 independently of the product:
/// every property but `licenseHash`, sorted by name (as Java compares strings), each as
/// `name=value` and a line feed, escaped as `java.util.Properties.store(OutputStream)` writes
/// them, no comment line.
pub fn inner_hash_bytes<K: AsRef<str>, V: AsRef<str>>(properties: &[(K, V)]) -> Vec<u8> {
    let mut sorted: Vec<(&str, &str)> = properties
        .iter()
        .map(|(k, v)| (k.as_ref(), v.as_ref()))
        .filter(|(k, _)| *k != "licenseHash")
        .collect();
    sorted.sort_by(|(a, _), (b, _)| a.encode_utf16().cmp(b.encode_utf16()));
    let mut out = String::new();
    for (key, value) in sorted {
        out.push_str(&escape(key, true, true));
        out.push('=');
        out.push_str(&escape(value, false, true));
        out.push('\n');
    }
    out.into_bytes()
}

/// The properties with `keyVersion` set to the test-only key version and a `licenseHash`
/// signed with the test-only inner-hash key, as Atlassian's keys since 2021 carry them.
pub fn with_test_inner_hash(properties: &[(String, String)]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = properties
        .iter()
        .filter(|(k, _)| k != "keyVersion" && k != "licenseHash")
        .cloned()
        .collect();
    out.push(("keyVersion".into(), TEST_KEY_VERSION.into()));
    let signature: dsa::Signature =
        TEST_INNER_HASH_KEY.sign_digest(Sha1::new_with_prefix(inner_hash_bytes(&out)));
    out.push(("licenseHash".into(), STANDARD.encode(signature.to_vec())));
    out
}
