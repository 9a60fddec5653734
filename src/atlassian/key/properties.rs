//! Owns reading the licence's `java.util.Properties` text into an ordered list of pairs, with
//! the exact semantics of `Properties.load(Reader)`.
//!
//! Written here rather than taken from the `java-properties` crate: that crate pulls in `regex`,
//! `lazy_static` and `encoding_rs`, reads ISO-8859-1 unless told otherwise, and returns a
//! `HashMap` from its convenient entry point; the format is small enough to follow Java's
//! `LineReader` and `loadConvert` line by line, which also lets us promise never to panic.

use std::collections::HashMap;

use super::error::KeyError;

/// The characters `Properties.load` treats as blanks inside a line (line ends are handled apart).
const BLANKS: [char; 3] = [' ', '\t', '\u{c}'];

/// Parses properties text into `(key, value)` pairs in the order the keys first appear.
///
/// Like Java, a key given twice keeps its last value; unlike a `Hashtable`, it keeps the
/// position of its first appearance, so the order shown to users follows the text.
pub(super) fn parse(text: &str) -> Result<Vec<(String, String)>, KeyError> {
    let lines = natural_lines(text);
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut positions: HashMap<String, usize> = HashMap::new();
    let mut next = 0;
    while let Some(first) = lines.get(next) {
        let line_number = next + 1;
        next += 1;
        let first = first.trim_start_matches(BLANKS);
        if first.is_empty() || first.starts_with('#') || first.starts_with('!') {
            continue;
        }
        // A line ending in an odd number of backslashes continues on the next natural line,
        // whose leading blanks are dropped; comments never continue.
        let mut logical = String::new();
        let mut current = first;
        loop {
            match current.strip_suffix('\\') {
                Some(without) if ends_in_even_backslashes(without) => {
                    logical.push_str(without);
                    match lines.get(next) {
                        Some(following) => {
                            current = following.trim_start_matches(BLANKS);
                            next += 1;
                        }
                        None => break,
                    }
                }
                _ => {
                    logical.push_str(current);
                    break;
                }
            }
        }
        let (raw_key, raw_value) = split_key_value(&logical);
        let key = unescape(raw_key, line_number)?;
        let value = unescape(raw_value, line_number)?;
        // Looked up by hashing: searching the pairs for every line made a licence text of many
        // distinct keys quadratic.
        match positions.get(&key).and_then(|&at| pairs.get_mut(at)) {
            Some(pair) => pair.1 = value,
            None => {
                positions.insert(key.clone(), pairs.len());
                pairs.push((key, value));
            }
        }
    }
    Ok(pairs)
}

/// Splits text at `\n`, `\r` and `\r\n`, as Java's `LineReader` does.
fn natural_lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut rest = text;
    while let Some(end) = rest.find(['\r', '\n']) {
        let (line, after) = rest.split_at(end);
        lines.push(line);
        rest = after
            .strip_prefix("\r\n")
            .or_else(|| after.get(1..))
            .unwrap_or_default();
    }
    if !rest.is_empty() {
        lines.push(rest);
    }
    lines
}

fn ends_in_even_backslashes(text: &str) -> bool {
    let trailing = text.bytes().rev().take_while(|b| *b == b'\\').count();
    trailing % 2 == 0
}

/// Finds where the (still escaped) key ends and the value starts: the key stops at the first
/// unescaped `=`, `:` or blank; then blanks, at most one `=` or `:` if none ended the key, and
/// more blanks are skipped.
fn split_key_value(logical: &str) -> (&str, &str) {
    let mut escaped = false;
    let mut key_end = logical.len();
    let mut value_start = logical.len();
    let mut has_separator = false;
    for (index, c) in logical.char_indices() {
        if !escaped && (c == '=' || c == ':') {
            key_end = index;
            value_start = index + 1;
            has_separator = true;
            break;
        }
        if !escaped && BLANKS.contains(&c) {
            key_end = index;
            value_start = index + 1;
            break;
        }
        escaped = c == '\\' && !escaped;
    }
    let key = logical.get(..key_end).unwrap_or_default();
    let mut value = logical.get(value_start..).unwrap_or_default();
    loop {
        value = value.trim_start_matches(BLANKS);
        match value.strip_prefix(['=', ':']) {
            Some(after) if !has_separator => {
                has_separator = true;
                value = after;
            }
            _ => break,
        }
    }
    (key, value)
}

/// Resolves `\t \n \r \f`, `\uXXXX` (pairing UTF-16 surrogates) and `\c` -> `c`.
fn unescape(raw: &str, line: usize) -> Result<String, KeyError> {
    let malformed = |reason: &str| KeyError::BadProperties {
        line,
        reason: reason.to_string(),
    };
    let mut out = String::with_capacity(raw.len());
    let mut high_surrogate: Option<u16> = None;
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        let unit = match c {
            '\\' => match chars.next() {
                Some('u') => {
                    let hex: String = chars.by_ref().take(4).collect();
                    let unit = (hex.len() == 4 && hex.bytes().all(|b| b.is_ascii_hexdigit()))
                        .then(|| u16::from_str_radix(&hex, 16).ok())
                        .flatten()
                        .ok_or_else(|| malformed("malformed \\uXXXX escape"))?;
                    Some(unit)
                }
                Some('t') => {
                    out.push('\t');
                    None
                }
                Some('n') => {
                    out.push('\n');
                    None
                }
                Some('r') => {
                    out.push('\r');
                    None
                }
                Some('f') => {
                    out.push('\u{c}');
                    None
                }
                Some(other) => {
                    out.push(other);
                    None
                }
                // A lone trailing backslash is dropped, as Java's reader does at end of input.
                None => None,
            },
            plain => {
                out.push(plain);
                None
            }
        };
        let lone = || malformed("unpaired UTF-16 surrogate in a \\u escape");
        match (unit, high_surrogate) {
            (None, Some(_)) => return Err(lone()),
            (None, None) => {}
            (Some(unit), pending) => {
                if (0xD800..0xDC00).contains(&unit) {
                    if pending.is_some() {
                        return Err(lone());
                    }
                    high_surrogate = Some(unit);
                } else if (0xDC00..0xE000).contains(&unit) {
                    let high = pending.ok_or_else(lone)?;
                    let decoded = char::decode_utf16([high, unit])
                        .next()
                        .and_then(Result::ok)
                        .ok_or_else(lone)?;
                    out.push(decoded);
                    high_surrogate = None;
                } else {
                    if pending.is_some() {
                        return Err(lone());
                    }
                    out.push(char::from_u32(u32::from(unit)).ok_or_else(lone)?);
                }
            }
        }
    }
    if high_surrogate.is_some() {
        return Err(malformed("unpaired UTF-16 surrogate in a \\u escape"));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(text: &str) -> Vec<(String, String)> {
        parse(text).unwrap_or_else(|e| panic!("{text:?} should parse: {e}"))
    }

    fn pair(key: &str, value: &str) -> (String, String) {
        (key.to_string(), value.to_string())
    }

    #[test]
    fn order_is_kept_and_comments_skipped() {
        let text = "#Fri Oct 23 11:54:43 PDT 2015\nb=2\n! bang comment\na=1\n   # indented\n\nc=3";
        assert_eq!(
            pairs(text),
            vec![pair("b", "2"), pair("a", "1"), pair("c", "3")]
        );
    }

    #[test]
    fn separators() {
        assert_eq!(pairs("a=1"), vec![pair("a", "1")]);
        assert_eq!(pairs("a:1"), vec![pair("a", "1")]);
        assert_eq!(pairs("a 1"), vec![pair("a", "1")]);
        assert_eq!(pairs("a \t = \t 1 "), vec![pair("a", "1 ")]);
        assert_eq!(pairs("a = = 1"), vec![pair("a", "= 1")]);
        assert_eq!(pairs("a=:1"), vec![pair("a", ":1")]);
        assert_eq!(pairs("a"), vec![pair("a", "")]);
        assert_eq!(pairs("a="), vec![pair("a", "")]);
        assert_eq!(pairs("=v"), vec![pair("", "v")]);
        assert_eq!(pairs("   key   "), vec![pair("key", "")]);
    }

    #[test]
    fn escapes() {
        assert_eq!(
            pairs(r"crowd.LicenseType=Crowd\: Developer"),
            vec![pair("crowd.LicenseType", "Crowd: Developer")]
        );
        assert_eq!(pairs(r"a\=b\:c\ d=e"), vec![pair("a=b:c d", "e")]);
        assert_eq!(pairs(r"k=\t\n\r\f\\\q"), vec![pair("k", "\t\n\r\u{c}\\q")]);
        assert_eq!(pairs(r"k=caf\u00e9 \u20AC"), vec![pair("k", "café €")]);
        assert_eq!(pairs(r"k=\uD83D\uDE00"), vec![pair("k", "😀")]);
        assert_eq!(pairs("k=déjà vu ✓"), vec![pair("k", "déjà vu ✓")]);
        assert_eq!(pairs(r"\#notcomment=1"), vec![pair("#notcomment", "1")]);
    }

    #[test]
    fn malformed_escapes_are_errors_not_panics() {
        for bad in [
            r"k=\u12",
            r"k=\u12G4",
            r"k=\uD83D",
            r"k=\uDE00",
            r"k=\uD83Dx",
            "a=1\n\\u",
        ] {
            assert!(
                matches!(parse(bad), Err(KeyError::BadProperties { .. })),
                "{bad:?}"
            );
        }
        assert_eq!(
            parse("a=1\nb=\\uZZZZ"),
            Err(KeyError::BadProperties {
                line: 2,
                reason: "malformed \\uXXXX escape".into()
            })
        );
    }

    #[test]
    fn continuations() {
        assert_eq!(pairs("k=ab\\\n   cd\\\r\n\tef"), vec![pair("k", "abcdef")]);
        assert_eq!(
            pairs("k=ab\\\\\nc=d"),
            vec![pair("k", "ab\\"), pair("c", "d")]
        );
        assert_eq!(pairs("k=ab\\"), vec![pair("k", "ab")]);
        assert_eq!(pairs("k=a\\\n\n b"), vec![pair("k", "a"), pair("b", "")]);
        assert_eq!(
            pairs("k=a\\\n# not a comment"),
            vec![pair("k", "a# not a comment")]
        );
        assert_eq!(pairs("# comment \\\nk=v"), vec![pair("k", "v")]);
        assert_eq!(pairs("  \\\n  k=v"), vec![pair("k", "v")]);
        assert_eq!(pairs("ke\\\n  y=v"), vec![pair("key", "v")]);
    }

    #[test]
    fn line_ends() {
        assert_eq!(
            pairs("a=1\r\nb=2\rc=3\n"),
            vec![pair("a", "1"), pair("b", "2"), pair("c", "3")]
        );
        assert_eq!(
            pairs("a=1\r\n\r\n\n\rb=2"),
            vec![pair("a", "1"), pair("b", "2")]
        );
    }

    #[test]
    fn duplicates_keep_first_position_and_last_value() {
        assert_eq!(pairs("a=1\nb=2\na=3"), vec![pair("a", "3"), pair("b", "2")]);
    }

    #[test]
    fn empty_text_has_no_properties() {
        assert_eq!(pairs(""), vec![]);
        assert_eq!(pairs("\n\n#only a comment\n"), vec![]);
    }

    #[test]
    fn many_distinct_keys_are_read_in_linear_time() {
        // Searching the pairs for each of 100,000 keys made 5 billion string comparisons.
        let text: String = (0..100_000).map(|i| format!("k{i}=v\n")).collect();
        let started = std::time::Instant::now();
        let pairs = parse(&text).expect("parses");
        assert_eq!(pairs.len(), 100_000);
        assert_eq!(pairs[99_999], ("k99999".to_string(), "v".to_string()));
        assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
    }
}
