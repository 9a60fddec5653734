//! Owns the envelope of a version-2 key: cleaning pasted text, the `X` + version + base-31
//! length trailer, base64, the length-prefixed licence text with its magic bytes, and the
//! size-capped zlib inflation. Nothing here interprets the properties or the signature.

use std::io::Read;

use base64::Engine;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use flate2::read::ZlibDecoder;

use super::error::KeyError;

/// Raw input larger than this is refused before any work: genuine keys are 1-2 KB, and the cap
/// bounds the cost of every later step.
pub(super) const MAX_INPUT_BYTES: usize = 64 * 1024;

/// Inflated licence text larger than this is refused, so a zlib bomb costs at most this much
/// memory; genuine keys inflate to under 2 KB.
pub(super) const MAX_INFLATED_BYTES: usize = 1024 * 1024;

/// The bytes every version-2 licence text starts with, before its zlib stream.
pub(super) const MAGIC: [u8; 5] = [0x0D, 0x0E, 0x0C, 0x0A, 0x0F];

/// The shortest base64 body worth calling a key: a length prefix, the magic, a minimal zlib
/// stream and a DSA signature together need well over 64 characters.
pub(super) const MIN_BODY_CHARS: usize = 64;

/// Base64 as Atlassian writes it (standard alphabet), read leniently about padding and unused
/// trailing bits, because those carry no information and some tools rewrite them.
const BASE64: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new()
        .with_decode_allow_trailing_bits(true)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// A key taken apart down to its inflated properties text, not yet parsed or verified.
#[derive(Debug)]
pub(super) struct Envelope {
    /// The key without whitespace, escapes or quoting: the form to store and compare.
    pub canonical: String,
    /// The trailer's version digits (1 or 2; both mean the version-2 format).
    pub version: u8,
    /// The signed licence text: magic bytes followed by the zlib stream.
    pub licence_text: Vec<u8>,
    /// The DER-encoded DSA signature that follows the licence text.
    pub signature: Vec<u8>,
    /// The inflated properties text, still as bytes.
    pub inflated: Vec<u8>,
}

/// Takes a pasted key apart, checking every layer of the envelope in order.
pub(super) fn open(input: &str) -> Result<Envelope, KeyError> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(KeyError::TooLarge {
            size: input.len(),
            max: MAX_INPUT_BYTES,
        });
    }
    let canonical = compact(input);
    if canonical.is_empty() {
        return Err(KeyError::Empty);
    }
    let (body, version) = split_trailer(&canonical)?;
    let bytes = decode_base64(body)?;
    let (licence_text, signature) = split_payload(&bytes)?;
    let compressed = strip_magic(licence_text)?;
    let inflated = inflate_capped(compressed, MAX_INFLATED_BYTES)?;
    Ok(Envelope {
        licence_text: licence_text.to_vec(),
        signature: signature.to_vec(),
        inflated,
        version,
        canonical,
    })
}

/// Removes what copying adds around a key: every whitespace character (newlines, CRLF, the
/// spaces some config files put in place of line breaks), the two-character escapes `\r` `\n`
/// `\t` left by JSON or Java sources, backslash line continuations of `.properties` files, and
/// the quotes and `" + "` of Java string concatenation. None of these characters can occur in
/// a key, so removing them never changes a genuine key.
pub(super) fn compact(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if c == '\\' {
            match chars.peek() {
                Some('r' | 'n' | 't') => {
                    chars.next();
                    continue;
                }
                Some(next) if next.is_whitespace() => continue,
                None => continue,
                Some(_) => {}
            }
        }
        out.push(c);
    }
    if out.contains(['"', '\'']) {
        strip_quoting(&out)
    } else {
        out
    }
}

/// Undoes Java string concatenation and quoting on whitespace-free text. A `+` is a base64
/// character, so only a `+` between two quotes (or after a final quote) is taken as an operator.
fn strip_quoting(text: &str) -> String {
    let joined = text.replace("\"+\"", "");
    let mut trimmed = joined.trim_end_matches(';');
    if let Some(before_plus) = trimmed.strip_suffix("\"+") {
        trimmed = before_plus;
    }
    trimmed
        .chars()
        .filter(|c| *c != '"' && *c != '\'')
        .collect()
}

/// Splits a compacted key at its last `X` into the base64 body and the version, checking that
/// the base-31 length marker equals the body's length.
pub(super) fn split_trailer(canonical: &str) -> Result<(&str, u8), KeyError> {
    let x = canonical.rfind('X').ok_or(KeyError::MissingTrailer)?;
    let body = canonical.get(..x).ok_or(KeyError::MissingTrailer)?;
    let tail = canonical.get(x + 1..).ok_or(KeyError::MissingTrailer)?;
    let version_digits = tail.get(..2).ok_or(KeyError::MissingTrailer)?;
    let length_digits = tail.get(2..).ok_or(KeyError::MissingTrailer)?;
    if !version_digits.bytes().all(|b| b.is_ascii_digit())
        || length_digits.is_empty()
        || !length_digits.bytes().all(is_base31_digit)
    {
        return Err(KeyError::MissingTrailer);
    }
    let version = match version_digits {
        "01" => 1,
        "02" => 2,
        other => return Err(KeyError::UnsupportedVersion(other.to_string())),
    };
    // An overflowing marker cannot match any body, so it is reported like any other mismatch.
    let declared = base31(length_digits).unwrap_or(u64::MAX);
    let actual = body.chars().count();
    if u64::try_from(actual).ok() != Some(declared) {
        return Err(KeyError::WrongLength { declared, actual });
    }
    Ok((body, version))
}

/// Whether a byte is a base-31 digit as Atlassian writes them: `0-9` then `a-u`.
pub(super) fn is_base31_digit(b: u8) -> bool {
    b.is_ascii_digit() || (b'a'..=b'u').contains(&b)
}

/// Reads a base-31 number (`0-9a-u`, like Java's `Integer.toString(n, 31)`); `None` when a
/// character is not a digit, the text is empty, or the value overflows.
pub(super) fn base31(digits: &str) -> Option<u64> {
    if digits.is_empty() {
        return None;
    }
    digits.bytes().try_fold(0u64, |value, b| {
        let digit = match b {
            b'0'..=b'9' => b - b'0',
            b'a'..=b'u' => b - b'a' + 10,
            _ => return None,
        };
        value.checked_mul(31)?.checked_add(u64::from(digit))
    })
}

/// Whether a byte belongs to the standard base64 alphabet, padding included.
pub(super) fn is_base64_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'+' || b == b'/' || b == b'='
}

/// Decodes the key body.
pub(super) fn decode_base64(body: &str) -> Result<Vec<u8>, KeyError> {
    BASE64
        .decode(body)
        .map_err(|e| KeyError::NotBase64(e.to_string()))
}

/// Splits the decoded body into the licence text (announced by a 4-byte big-endian length) and
/// the signature that follows it.
pub(super) fn split_payload(bytes: &[u8]) -> Result<(&[u8], &[u8]), KeyError> {
    let Some((prefix, rest)) = bytes.split_first_chunk::<4>() else {
        return Err(KeyError::Truncated {
            needed: 4,
            available: bytes.len(),
        });
    };
    let announced = u32::from_be_bytes(*prefix);
    let truncated = KeyError::Truncated {
        needed: 4 + u64::from(announced),
        available: bytes.len(),
    };
    let text_len = usize::try_from(announced).map_err(|_| truncated.clone())?;
    if text_len > rest.len() {
        return Err(truncated);
    }
    Ok(rest.split_at(text_len))
}

/// Checks the magic bytes and returns the zlib stream after them.
pub(super) fn strip_magic(licence_text: &[u8]) -> Result<&[u8], KeyError> {
    licence_text
        .strip_prefix(&MAGIC[..])
        .ok_or(KeyError::BadMagic)
}

/// Inflates a zlib stream, refusing to produce more than `max` bytes.
pub(super) fn inflate_capped(compressed: &[u8], max: usize) -> Result<Vec<u8>, KeyError> {
    let limit = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
    let mut inflated = Vec::new();
    ZlibDecoder::new(compressed)
        .take(limit)
        .read_to_end(&mut inflated)
        .map_err(|e| KeyError::BadZlib(e.to_string()))?;
    if inflated.len() > max {
        return Err(KeyError::InflatedTooLarge { max });
    }
    Ok(inflated)
}

/// Whether text that has no version-2 trailer looks like a version-1 key (pre-2008): a few
/// long, mostly alphanumeric tokens. A broken version-2 key is excluded by its start: a 4-byte
/// length below 65,536 always encodes to `AAA`.
pub(super) fn looks_like_version1(input: &str) -> bool {
    let canonical = compact(input);
    if canonical.starts_with("AAA") || canonical.len() < 60 {
        return false;
    }
    let printable = canonical.bytes().all(|b| b.is_ascii_graphic());
    let alphanumeric = canonical
        .bytes()
        .filter(|b| b.is_ascii_alphanumeric())
        .count();
    let tokens: Vec<&str> = input.split_whitespace().collect();
    let long_tokens = tokens
        .iter()
        .take(tokens.len().saturating_sub(1))
        .all(|t| t.len() >= 20);
    printable && long_tokens && alphanumeric * 10 >= canonical.len() * 9
}

/// Whether a candidate body found in free text opens like a key: its first 12 characters
/// (`head`) decode to a length prefix and the magic bytes, and the announced length fits in a
/// body of `body_len` characters. Used by the scanner to prefer real keys over look-alikes; it
/// reads a fixed number of characters, so scanning stays linear however many look-alikes a
/// hostile text holds.
pub(super) fn opening_is_a_key(head: &str, body_len: usize) -> bool {
    let Ok(bytes) = BASE64.decode(head) else {
        return false;
    };
    let Some((prefix, rest)) = bytes.split_first_chunk::<4>() else {
        return false;
    };
    let announced = u64::from(u32::from_be_bytes(*prefix));
    let capacity = u64::try_from(body_len).unwrap_or(u64::MAX) / 4 * 3;
    rest.starts_with(&MAGIC) && announced + 4 <= capacity
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn base31_reads_java_radix_31() {
        assert_eq!(base31("0"), Some(0));
        assert_eq!(base31("u"), Some(30));
        assert_eq!(base31("10"), Some(31));
        assert_eq!(base31("em"), Some(14 * 31 + 22));
        assert_eq!(base31("q6"), Some(812));
        assert_eq!(base31(""), None);
        assert_eq!(base31("v"), None);
        assert_eq!(base31("A"), None);
        assert_eq!(base31(&"u".repeat(20)), None, "overflow is not a number");
    }

    #[test]
    fn compact_removes_whitespace_escapes_and_java_quoting() {
        assert_eq!(compact(" AA\r\nBB\tCC \u{a0}DD"), "AABBCCDD");
        assert_eq!(compact("AA\\r\\nBB\\nCC"), "AABBCC");
        assert_eq!(compact("AA\\\n   BB"), "AABB");
        assert_eq!(
            compact("\"AA+a\" +\n  \"BB\" +\r\n \"CCX02a\";"),
            "AA+aBBCCX02a"
        );
        assert_eq!(compact("\"AA\" +"), "AA");
        assert_eq!(compact("'AA/+'"), "AA/+");
        assert_eq!(compact("\\"), "");
    }

    #[test]
    fn trailer_errors_are_distinct() {
        assert_eq!(split_trailer("AAAA"), Err(KeyError::MissingTrailer));
        assert_eq!(split_trailer("AAAAX"), Err(KeyError::MissingTrailer));
        assert_eq!(split_trailer("AAAAX02"), Err(KeyError::MissingTrailer));
        assert_eq!(split_trailer("AAAAX0z4"), Err(KeyError::MissingTrailer));
        assert_eq!(split_trailer("AAAAX02A"), Err(KeyError::MissingTrailer));
        assert_eq!(
            split_trailer("AAAAX034"),
            Err(KeyError::UnsupportedVersion("03".into()))
        );
        assert_eq!(
            split_trailer("AAAAX025"),
            Err(KeyError::WrongLength {
                declared: 5,
                actual: 4
            })
        );
        assert_eq!(split_trailer("AXAAX024"), Ok(("AXAA", 2)));
        assert_eq!(split_trailer("AAAAX014"), Ok(("AAAA", 1)));
    }

    #[test]
    fn base64_errors_are_reported() {
        assert!(matches!(decode_base64("AA!A"), Err(KeyError::NotBase64(_))));
        assert_eq!(decode_base64("AAAAAQ"), Ok(vec![0, 0, 0, 1]));
    }

    #[test]
    fn payload_length_prefix_is_checked() {
        assert_eq!(
            split_payload(&[0, 0]),
            Err(KeyError::Truncated {
                needed: 4,
                available: 2
            })
        );
        assert_eq!(
            split_payload(&[0, 0, 0, 9, 1]),
            Err(KeyError::Truncated {
                needed: 13,
                available: 5
            })
        );
        assert_eq!(
            split_payload(&[0xff, 0xff, 0xff, 0xff]),
            Err(KeyError::Truncated {
                needed: 4 + u64::from(u32::MAX),
                available: 4
            })
        );
        let ok = [0, 0, 0, 2, 7, 8, 9];
        assert_eq!(split_payload(&ok), Ok((&[7u8, 8][..], &[9u8][..])));
    }

    #[test]
    fn magic_is_required() {
        assert_eq!(
            strip_magic(&[0x0D, 0x0E, 0x0C, 0x0A]),
            Err(KeyError::BadMagic)
        );
        assert_eq!(strip_magic(&[1, 2, 3, 4, 5, 6]), Err(KeyError::BadMagic));
        assert_eq!(
            strip_magic(&[0x0D, 0x0E, 0x0C, 0x0A, 0x0F, 6]),
            Ok(&[6u8][..])
        );
    }

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut encoder =
            flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        encoder
            .write_all(data)
            .expect("writing to a Vec cannot fail");
        encoder.finish().expect("writing to a Vec cannot fail")
    }

    #[test]
    fn inflation_is_capped_and_checked() {
        assert_eq!(inflate_capped(&zlib(b"a=b\n"), 100), Ok(b"a=b\n".to_vec()));
        let bomb = zlib(&vec![0u8; 2 * MAX_INFLATED_BYTES]);
        assert!(bomb.len() < 10_000);
        assert_eq!(
            inflate_capped(&bomb, MAX_INFLATED_BYTES),
            Err(KeyError::InflatedTooLarge {
                max: MAX_INFLATED_BYTES
            })
        );
        assert!(matches!(
            inflate_capped(b"not zlib at all", 100),
            Err(KeyError::BadZlib(_))
        ));
        let whole = zlib(b"a=b\nc=d\n");
        let cut = whole.get(..whole.len() / 2).unwrap_or_default();
        assert!(matches!(
            inflate_capped(cut, 100),
            Err(KeyError::BadZlib(_))
        ));
    }

    #[test]
    fn open_checks_size_and_emptiness_first() {
        assert_eq!(open(" \r\n\\n ").map(|e| e.version), Err(KeyError::Empty));
        let huge = "A".repeat(MAX_INPUT_BYTES + 1);
        assert_eq!(
            open(&huge).map(|e| e.version),
            Err(KeyError::TooLarge {
                size: MAX_INPUT_BYTES + 1,
                max: MAX_INPUT_BYTES
            })
        );
    }

    #[test]
    fn version1_heuristic() {
        let v1 = "NQrPoNOBNRHnXHjaFJNPxwrQoropKmMGGTamaPMdptjcGW\n\
                  mi2KouuJLPf6fVkEq<hggtmF2K6LwzkgD3KEWKGzmc3rLm\n\
                  QmRSsRRNrponOQoPMNwwqOmmPNQqmRmmQXXsSVUvsVXuos\n\
                  tUUoomsotmummmmmUUoomsotmummmmmUU1qiXppfXk\n";
        assert!(looks_like_version1(v1));
        assert!(!looks_like_version1("hello world"));
        assert!(!looks_like_version1(
            "this is an ordinary sentence and not a licence key at all, not even close"
        ));
        assert!(!looks_like_version1(&"AAAB".repeat(30)));
    }
}
