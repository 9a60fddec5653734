//! Owns the second layer of verification that keys created since 2021 carry (SPEC §4.1): the
//! `licenseHash` property, a SHA1withDSA signature over the licence's other properties made
//! with the key named by `keyVersion`, and which products refuse a key whose hash is missing.
//! Like the outer signature, this module can only verify.

use std::sync::LazyLock;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use dsa::pkcs8::DecodePublicKey;
use jiff::civil::Date;
use serde::{Serialize, Serializer};

use super::date::KeyDate;
use super::signature::{Montgomery, parse_signature};

/// The property that holds the inner hash, and the one that names the key it was made with.
const HASH_PROPERTY: &str = "licenseHash";
const KEY_VERSION_PROPERTY: &str = "keyVersion";

/// Keys created on or after this day carry the inner hash; products do not check older ones.
const HASH_REQUIRED_FROM: Date = jiff::civil::date(2021, 1, 1);

/// The key versions Atlassian signs inner hashes with, each with its public key (base64 of an
/// X.509 SubjectPublicKeyInfo). `1600708331` is the only one seen in the wild (SPEC §4.1).
pub(super) const BUILT_IN_KEY_VERSIONS: [(&str, &str); 1] = [(
    "1600708331",
    "MIIBtzCCASwGByqGSM44BAEwggEfAoGBAP1/U4EddRIpUt9KnC7s5Of2EbdSPO9EAMMeP4C2USZpRV1AIlH7WT2NWPq/xfW6MPbLm1Vs14E7gB00b/JmYLdrmVClpJ+f6AR7ECLCT7up1/63xhv4O1fnxqimFQ8E+4P208UewwI1VBNaFpEy9nXzrith1yrv8iIDGZ3RSAHHAhUAl2BQjxUjC8yykrmCouuEC/BYHPUCgYEA9+GghdabPd7LvKtcNrhXuXmUr7v6OuqC+VdMCz0HgmdRWVeOutRZT+ZxBxCBgLRJFnEj6EwoFhO3zwkyjMim4TwWeotUfI0o4KOuHiuzpnWRbqN/C/ohNWLx+2J6ASQ7zKTxvqhRkImog9/hWuWfBpKLZl6Ae1UlZAFMO/7PSSoDgYQAAoGALZHuJwQzgGnYm/X9BkMcewYQnWjMIGWHd9Yom5Qw7cVIdiZkqpiSzSKurO/WAHHLN31obg7NgGkitWUysECRE3zuJVbKGhx9xjVMnP6z5SwI89vB7Gn7UWxoCvT0JZgcMyQobXeVBtM9J3EgzkdDx/+Dck7uz/l1y+HDNdRzW00=",
)];

/// The built-in table, parsed on first use. Its constants are covered by a unit test, so a key
/// that fails to parse is a programming error; it would only be left out of the table.
static BUILT_IN: LazyLock<KeyVersions> = LazyLock::new(|| {
    KeyVersions::from_public_keys(&BUILT_IN_KEY_VERSIONS)
        .unwrap_or(KeyVersions { keys: Vec::new() })
});

/// What the inner hash of a key says.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum InnerHash {
    /// The hash verifies with the key of its `keyVersion`.
    Verified,
    /// No hash, and the key was created before 2021: products do not ask for one.
    NotRequired,
    /// No hash, although the key was created in 2021 or later (or names a `keyVersion`):
    /// products that check the hash refuse the key.
    MissingRequired,
    /// A hash that does not verify over these properties (or is not a signature at all): the
    /// properties were altered after it was made.
    Wrong,
    /// A hash made with a key version this tool does not know, so it cannot be checked.
    UnknownKeyVersion(String),
}

impl InnerHash {
    /// The code `--json` and exports write.
    pub fn code(&self) -> &'static str {
        match self {
            InnerHash::Verified => "verified",
            InnerHash::NotRequired => "not-required",
            InnerHash::MissingRequired => "missing-required",
            InnerHash::Wrong => "wrong",
            InnerHash::UnknownKeyVersion(_) => "unknown-key-version",
        }
    }

    /// Whether a product that checks the hash refuses the key for it.
    pub fn is_refused(&self) -> bool {
        matches!(self, InnerHash::MissingRequired | InnerHash::Wrong)
    }
}

impl Serialize for InnerHash {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

/// A product known to refuse a key whose inner hash is missing or wrong, from which version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct HashRefusal {
    /// The product's namespace in a key (`stash`).
    pub namespace: &'static str,
    /// The product's name (`Bitbucket`).
    pub product: &'static str,
    /// The first version that refuses (`8.9`).
    pub from_version: &'static str,
}

impl HashRefusal {
    /// The refusal of the product with this namespace (`stash`), when it is known to check.
    pub fn for_namespace(namespace: &str) -> Option<HashRefusal> {
        CHECKED_BY
            .iter()
            .find(|refusal| refusal.namespace == namespace)
            .copied()
    }
}

/// The products known to check the inner hash: Bitbucket 8.9 and later refuse a key without it
/// ("Failed to verify license hash: missing property licenseHash").
const CHECKED_BY: [HashRefusal; 1] = [HashRefusal {
    namespace: "stash",
    product: "Bitbucket",
    from_version: "8.9",
}];

/// The products among `namespaces` that refuse a key with this inner hash result.
pub fn refusals<'a>(
    result: &InnerHash,
    namespaces: impl IntoIterator<Item = &'a str>,
) -> Vec<HashRefusal> {
    if !result.is_refused() {
        return Vec::new();
    }
    let namespaces: Vec<&str> = namespaces.into_iter().collect();
    CHECKED_BY
        .iter()
        .filter(|refusal| namespaces.contains(&refusal.namespace))
        .copied()
        .collect()
}

/// Public keys by key version: the built-in table for every real check, or a table a test
/// builds with its own test-only key version.
pub struct KeyVersions {
    keys: Vec<(String, Montgomery)>,
}

impl KeyVersions {
    /// The key versions Atlassian is known to use. The only table `decode` consults.
    pub fn built_in() -> &'static KeyVersions {
        &BUILT_IN
    }

    /// A table from (key version, base64 X.509 SubjectPublicKeyInfo) pairs; `None` when a key
    /// is not a DSA key the check can use.
    pub fn from_public_keys(pairs: &[(&str, &str)]) -> Option<KeyVersions> {
        let keys = pairs
            .iter()
            .map(|(version, spki)| {
                let der = STANDARD.decode(spki).ok()?;
                let key = dsa::VerifyingKey::from_public_key_der(&der).ok()?;
                Some(((*version).to_owned(), Montgomery::from_key(&key)?))
            })
            .collect::<Option<Vec<_>>>()?;
        Some(KeyVersions { keys })
    }

    fn key(&self, version: &str) -> Option<&Montgomery> {
        self.keys
            .iter()
            .find(|(known, _)| known == version)
            .map(|(_, key)| key)
    }
}

/// Checks the inner hash of a key's properties against a table of key versions. `created` is
/// the key's creation date, which decides whether a missing hash matters.
///
/// A hash without a `keyVersion` is `Wrong`: no product can tell which key made it.
pub fn check(
    properties: &[(String, String)],
    created: Option<&KeyDate>,
    versions: &KeyVersions,
) -> InnerHash {
    let last = |name: &str| {
        properties
            .iter()
            .rev()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.trim())
            .filter(|value| !value.is_empty())
    };
    let key_version = last(KEY_VERSION_PROPERTY);
    let Some(hash) = last(HASH_PROPERTY) else {
        let recent = created
            .and_then(KeyDate::date)
            .is_some_and(|date| date >= HASH_REQUIRED_FROM);
        return if recent || key_version.is_some() {
            InnerHash::MissingRequired
        } else {
            InnerHash::NotRequired
        };
    };
    let Some(key_version) = key_version else {
        return InnerHash::Wrong;
    };
    let Some(key) = versions.key(key_version) else {
        return InnerHash::UnknownKeyVersion(key_version.to_owned());
    };
    let signature = STANDARD
        .decode(hash)
        .ok()
        .and_then(|der| parse_signature(&der).ok());
    match signature {
        Some(signature) if key.verify(&hashed_bytes(properties), &signature) => InnerHash::Verified,
        _ => InnerHash::Wrong,
    }
}

/// The bytes the inner hash signs: every property but `licenseHash`, sorted by name as Java
/// compares strings (UTF-16 code units), each written `name=value` and a line feed with
/// `java.util.Properties` escaping, no comment line, UTF-8 (all ASCII after escaping). When a
/// name appears twice, the last value counts, as `java.util.Properties` keeps it.
pub fn hashed_bytes(properties: &[(String, String)]) -> Vec<u8> {
    let mut pairs: Vec<(&str, &str)> = Vec::with_capacity(properties.len());
    for (name, value) in properties {
        if name == HASH_PROPERTY {
            continue;
        }
        match pairs.iter_mut().find(|(known, _)| known == name) {
            Some(pair) => pair.1 = value,
            None => pairs.push((name, value)),
        }
    }
    pairs.sort_by(|(a, _), (b, _)| a.encode_utf16().cmp(b.encode_utf16()));
    let mut out = String::new();
    for (name, value) in pairs {
        escape_into(&mut out, name, true);
        out.push('=');
        escape_into(&mut out, value, false);
        out.push('\n');
    }
    out.into_bytes()
}

/// Writes `text` as `java.util.Properties.store(OutputStream, …)` does: backslash escapes for
/// `\`, tab, line feed, carriage return, form feed and `= : # !`; every space of a name but
/// only a leading space of a value as `\ `; everything outside printable ASCII as `\uXXXX`
/// (upper-case hex, one per UTF-16 code unit, so a character beyond the BMP is a surrogate pair).
fn escape_into(out: &mut String, text: &str, is_name: bool) {
    for (index, c) in text.chars().enumerate() {
        match c {
            ' ' if is_name || index == 0 => out.push_str("\\ "),
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\u{c}' => out.push_str("\\f"),
            '=' | ':' | '#' | '!' => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            _ => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04X}"));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    fn text(list: &[(&str, &str)]) -> String {
        String::from_utf8(hashed_bytes(&pairs(list))).unwrap_or_default()
    }

    #[test]
    fn the_bytes_are_sorted_lines_without_the_hash_or_a_comment() {
        assert_eq!(
            text(&[
                ("SEN", "SEN-1"),
                ("licenseHash", "MCwCFA=="),
                ("CreationDate", "2023-05-01"),
                ("keyVersion", "1600708331"),
                ("conf.active", "true"),
            ]),
            "CreationDate=2023-05-01\nSEN=SEN-1\nconf.active=true\nkeyVersion=1600708331\n"
        );
        assert_eq!(text(&[]), "");
        // The last of two values counts, in the first one's place.
        assert_eq!(text(&[("b", "1"), ("a", "2"), ("b", "3")]), "a=2\nb=3\n");
    }

    #[test]
    fn names_and_values_are_escaped_as_java_properties_writes_them() {
        assert_eq!(
            text(&[("Description", "a=b: c#d!e\\f")]),
            "Description=a\\=b\\: c\\#d\\!e\\\\f\n"
        );
        assert_eq!(
            text(&[("a b", " lead and inner ")]),
            "a\\ b=\\ lead and inner \n"
        );
        assert_eq!(text(&[("k", "1\t2\n3\r4\u{c}5")]), "k=1\\t2\\n3\\r4\\f5\n");
        assert_eq!(
            text(&[("Organisation", "Zürich 東京\u{7f}\u{1}")]),
            "Organisation=Z\\u00FCrich \\u6771\\u4EAC\\u007F\\u0001\n"
        );
        // Beyond the BMP: the two UTF-16 code units.
        assert_eq!(text(&[("k", "😀")]), "k=\\uD83D\\uDE00\n");
        assert_eq!(text(&[("k:=", "")]), "k\\:\\==\n");
    }

    #[test]
    fn names_sort_as_java_compares_strings() {
        // U+FF5E sorts after U+1F600 in UTF-8, before it in UTF-16.
        assert_eq!(
            text(&[("k😀", "1"), ("k～", "2"), ("K", "3"), ("k", "4")]),
            "K=3\nk=4\nk\\uD83D\\uDE00=1\nk\\uFF5E=2\n"
        );
    }

    #[test]
    fn the_built_in_table_holds_the_key_version_seen_in_the_wild() {
        assert_eq!(BUILT_IN.keys.len(), BUILT_IN_KEY_VERSIONS.len());
        assert!(KeyVersions::built_in().key("1600708331").is_some());
        assert!(KeyVersions::built_in().key("1").is_none());
        assert!(KeyVersions::from_public_keys(&[("1", "not base64!")]).is_none());
    }

    #[test]
    fn a_missing_hash_matters_from_2021_or_with_a_key_version() {
        let table = KeyVersions::built_in();
        let date = |raw: &str| Some(KeyDate::parse(raw));
        let none: Vec<(String, String)> = Vec::new();
        assert_eq!(
            check(&none, date("2020-12-31").as_ref(), table),
            InnerHash::NotRequired
        );
        assert_eq!(
            check(&none, date("2021-01-01").as_ref(), table),
            InnerHash::MissingRequired
        );
        assert_eq!(check(&none, None, table), InnerHash::NotRequired);
        assert_eq!(
            check(&none, date("P3H").as_ref(), table),
            InnerHash::NotRequired
        );
        let versioned = pairs(&[("keyVersion", "1600708331")]);
        assert_eq!(
            check(&versioned, date("2019-01-01").as_ref(), table),
            InnerHash::MissingRequired
        );
    }

    #[test]
    fn a_hash_that_cannot_be_checked_or_does_not_verify() {
        let table = KeyVersions::built_in();
        let created = Some(KeyDate::parse("2023-01-01"));
        let unversioned = pairs(&[("licenseHash", "MCwCFA==")]);
        assert_eq!(
            check(&unversioned, created.as_ref(), table),
            InnerHash::Wrong
        );
        let unknown = pairs(&[("licenseHash", "MCwCFA=="), ("keyVersion", "42")]);
        assert_eq!(
            check(&unknown, created.as_ref(), table),
            InnerHash::UnknownKeyVersion("42".into())
        );
        for hash in ["not base64!", "MCwCFA==", "MAYCAQECAQE="] {
            let known = pairs(&[("licenseHash", hash), ("keyVersion", "1600708331")]);
            assert_eq!(
                check(&known, created.as_ref(), table),
                InnerHash::Wrong,
                "{hash}"
            );
        }
    }

    #[test]
    fn only_bitbucket_is_known_to_refuse() {
        let bitbucket = [HashRefusal {
            namespace: "stash",
            product: "Bitbucket",
            from_version: "8.9",
        }];
        assert_eq!(
            refusals(&InnerHash::MissingRequired, ["conf", "stash"]),
            bitbucket
        );
        assert_eq!(refusals(&InnerHash::Wrong, ["stash"]), bitbucket);
        assert!(refusals(&InnerHash::MissingRequired, ["conf"]).is_empty());
        assert!(refusals(&InnerHash::NotRequired, ["stash"]).is_empty());
        assert!(refusals(&InnerHash::UnknownKeyVersion("1".into()), ["stash"]).is_empty());
        assert_eq!(HashRefusal::for_namespace("stash"), Some(bitbucket[0]));
        assert_eq!(HashRefusal::for_namespace("conf"), None);
    }
}
