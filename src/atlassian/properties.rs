//! Java `.properties` text, read with the semantics of `java.util.Properties.load(Reader)`:
//! `#` and `!` comments, `=`, `:` or blanks between key and value, continued lines, and the
//! backslash escapes including `\uXXXX` (UTF-16 surrogate pairs joined).
//!
//! One reader with two entry points, because the two texts we read forgive different things:
//! - [`parse_strict`] for the properties inside a licence key: a malformed escape is damage
//!   (the key is refused and the line said), and a key given twice keeps its last value at the
//!   position it first appeared, so the order shown to users follows the text.
//! - [`parse_lenient`] for files of a product installation (`bitbucket.properties`): nothing is
//!   refused (a malformed escape is kept as written, a lone surrogate becomes U+FFFD, a byte
//!   order mark is skipped), and every pair is kept in file order; [`get`] takes the last.
//!
//! Written here rather than taken from the `java-properties` crate: that crate pulls in `regex`,
//! `lazy_static` and `encoding_rs`, reads ISO-8859-1 unless told otherwise, and returns a
//! `HashMap` from its convenient entry point; the format is small enough to follow Java's
//! `LineReader` and `loadConvert`, which also lets us promise never to panic and to read any
//! text in time linear in its length.

use std::collections::HashMap;
use std::ops::ControlFlow;

/// The characters `Properties.load` treats as blanks inside a line (line ends are handled apart).
const BLANKS: [char; 3] = [' ', '\t', '\u{c}'];

/// What makes a properties text unreadable to the strict reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Malformation {
    #[error("malformed \\uXXXX escape")]
    UnicodeEscape,
    #[error("unpaired UTF-16 surrogate in a \\u escape")]
    LoneSurrogate,
}

/// A malformation and the line (counted from 1) where its logical line starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Malformed {
    pub line: usize,
    pub reason: Malformation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Strict,
    Lenient,
}

impl Mode {
    /// Whether to read on past `malformation`.
    fn tolerate(self, malformation: Malformation) -> Result<(), Malformation> {
        match self {
            Mode::Strict => Err(malformation),
            Mode::Lenient => Ok(()),
        }
    }
}

/// The pairs of a licence's properties text, one per key, in the order keys first appear.
pub fn parse_strict(text: &str) -> Result<Vec<(String, String)>, Malformed> {
    let mut pairs: Vec<(String, String)> = Vec::new();
    // Looked up by hashing: searching the pairs for every line made a licence text of many
    // distinct keys quadratic.
    let mut positions: HashMap<String, usize> = HashMap::new();
    let mut failure = None;
    for_each_line(text, |line, logical| {
        let (raw_key, raw_value) = split_key_value(logical);
        let unescaped = unescape(raw_key, Mode::Strict)
            .and_then(|key| Ok((key, unescape(raw_value, Mode::Strict)?)));
        match unescaped {
            Ok((key, value)) => {
                match positions.get(&key).and_then(|&at| pairs.get_mut(at)) {
                    Some(pair) => pair.1 = value,
                    None => {
                        positions.insert(key.clone(), pairs.len());
                        pairs.push((key, value));
                    }
                }
                ControlFlow::Continue(())
            }
            Err(reason) => {
                failure = Some(Malformed { line, reason });
                ControlFlow::Break(())
            }
        }
    });
    failure.map_or(Ok(pairs), Err)
}

/// Every pair of an installation's properties file, in file order, repeated keys included.
pub fn parse_lenient(text: &str) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for_each_line(without_bom(text), |_, logical| {
        let (key, value) = split_key_value(logical);
        pairs.push((lenient(key), lenient(value)));
        ControlFlow::Continue(())
    });
    pairs
}

/// Whether the text has a property named any of `keys`, without keeping its pairs.
pub fn has_any_key(text: &str, keys: &[&str]) -> bool {
    // An escape stands for one character in at most six (`\uXXXX`): a longer key cannot be
    // any of these, and is not copied to find out.
    let longest = keys.iter().map(|key| key.len()).max().unwrap_or(0);
    let mut found = false;
    for_each_line(without_bom(text), |_, logical| {
        let (key, _) = split_key_value(logical);
        found = key.len() <= 6 * longest && keys.contains(&lenient(key).as_str());
        if found {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    });
    found
}

/// The value of `key`, the last one when the key is repeated (as `Properties.load` keeps).
pub fn get<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .rev()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

fn lenient(raw: &str) -> String {
    // The lenient mode tolerates every malformation, so there is no error to see.
    unescape(raw, Mode::Lenient).unwrap_or_default()
}

/// The physical lines of a text: broken at `\n`, `\r\n` or a lone `\r`, as Java breaks them.
fn physical_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let current = rest?;
        match current.find(['\n', '\r']) {
            Some(at) => {
                let after = if current.get(at..at + 2) == Some("\r\n") {
                    at + 2
                } else {
                    at + 1
                };
                rest = current.get(after..);
                current.get(..at)
            }
            None => {
                rest = None;
                Some(current)
            }
        }
    })
}

/// Calls `each` with every logical line and the number of the physical line it starts on:
/// continued lines (an odd number of trailing backslashes) joined, blank and comment lines
/// dropped (a comment never continues). Leading blanks of a continuation line are dropped, as
/// Java does. A line that is not continued is handed on where it stands; one continued logical
/// line is held at a time, and the trailing backslashes are counted on the new piece only, so
/// the work is linear in the text.
fn for_each_line(text: &str, mut each: impl FnMut(usize, &str) -> ControlFlow<()>) {
    // The logical line being continued, the line it started on, and its trailing backslashes.
    let mut current: Option<(String, usize)> = None;
    let mut carried = 0usize;
    for (index, physical) in physical_lines(text).enumerate() {
        let number = index + 1;
        let trimmed = physical.trim_start_matches(BLANKS);
        let own_trailing = trimmed.bytes().rev().take_while(|&b| b == b'\\').count();
        let (mut piece, started, trailing) = match current.take() {
            Some((mut partial, started)) => {
                partial.push_str(trimmed);
                let trailing = if own_trailing == trimmed.len() {
                    carried + own_trailing
                } else {
                    own_trailing
                };
                (partial, started, trailing)
            }
            None => {
                if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with('!') {
                    continue;
                }
                if own_trailing % 2 == 0 {
                    if each(number, trimmed).is_break() {
                        return;
                    }
                    continue;
                }
                (trimmed.to_string(), number, own_trailing)
            }
        };
        if trailing % 2 == 1 {
            piece.pop();
            carried = trailing - 1;
            current = Some((piece, started));
        } else if each(started, &piece).is_break() {
            return;
        }
    }
    if let Some((rest, started)) = current {
        let _ = each(started, &rest);
    }
}

/// Finds where the (still escaped) key ends and the value starts: the key stops at the first
/// unescaped `=`, `:` or blank; then blanks, at most one `=` or `:`, and more blanks belong to
/// neither side.
fn split_key_value(line: &str) -> (&str, &str) {
    let bytes = line.as_bytes();
    let mut i = 0;
    let mut key_end = line.len();
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'=' | b':' | b' ' | b'\t' | b'\x0c' => {
                key_end = i;
                break;
            }
            _ => i += 1,
        }
    }
    // Only an ASCII separator sets `key_end`, so both slices fall on character boundaries.
    let key = line.get(..key_end).unwrap_or(line);
    let mut rest = line.get(key_end..).unwrap_or_default();
    rest = rest.trim_start_matches(BLANKS);
    if let Some(after) = rest.strip_prefix(['=', ':']) {
        rest = after.trim_start_matches(BLANKS);
    }
    (key, rest)
}

/// Resolves `\t \n \r \f`, `\uXXXX` (pairing UTF-16 surrogates) and `\c` -> `c`; a lone
/// trailing backslash is dropped, as Java's reader does at the end of input.
fn unescape(raw: &str, mode: Mode) -> Result<String, Malformation> {
    let mut out = String::with_capacity(raw.len());
    let mut high_surrogate: Option<u16> = None;
    // A high surrogate followed by anything but a low one stands alone.
    let settle = |out: &mut String, pending: &mut Option<u16>| {
        if pending.take().is_some() {
            mode.tolerate(Malformation::LoneSurrogate)?;
            out.push(char::REPLACEMENT_CHARACTER);
        }
        Ok(())
    };
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        let plain = match c {
            '\\' => match chars.next() {
                Some('u') => {
                    let rest = chars.as_str();
                    let unit = rest
                        .get(..4)
                        .filter(|hex| hex.bytes().all(|b| b.is_ascii_hexdigit()))
                        .and_then(|hex| u16::from_str_radix(hex, 16).ok());
                    match unit {
                        Some(unit) => {
                            chars = rest.get(4..).unwrap_or_default().chars();
                            unit_of_escape(unit, &mut out, &mut high_surrogate, mode)?;
                            continue;
                        }
                        None => {
                            mode.tolerate(Malformation::UnicodeEscape)?;
                            settle(&mut out, &mut high_surrogate)?;
                            out.push_str("\\u");
                            continue;
                        }
                    }
                }
                Some('t') => '\t',
                Some('n') => '\n',
                Some('r') => '\r',
                Some('f') => '\u{c}',
                Some(other) => other,
                None => continue,
            },
            plain => plain,
        };
        settle(&mut out, &mut high_surrogate)?;
        out.push(plain);
    }
    settle(&mut out, &mut high_surrogate)?;
    Ok(out)
}

/// One UTF-16 unit of a `\uXXXX` escape: a high surrogate waits for its low half.
fn unit_of_escape(
    unit: u16,
    out: &mut String,
    high_surrogate: &mut Option<u16>,
    mode: Mode,
) -> Result<(), Malformation> {
    let lone = |out: &mut String| {
        mode.tolerate(Malformation::LoneSurrogate)?;
        out.push(char::REPLACEMENT_CHARACTER);
        Ok(())
    };
    match unit {
        0xD800..=0xDBFF => {
            if high_surrogate.replace(unit).is_some() {
                lone(out)?;
            }
        }
        0xDC00..=0xDFFF => match high_surrogate.take() {
            Some(high) => match char::decode_utf16([high, unit]).next() {
                Some(Ok(c)) => out.push(c),
                _ => lone(out)?,
            },
            None => lone(out)?,
        },
        _ => {
            if high_surrogate.take().is_some() {
                lone(out)?;
            }
            out.push(char::from_u32(u32::from(unit)).unwrap_or(char::REPLACEMENT_CHARACTER));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    // The licence text's reader.
    fn pairs(text: &str) -> Vec<(String, String)> {
        parse_strict(text).unwrap_or_else(|e| panic!("{text:?} should parse: {e:?}"))
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
    fn strict_escapes() {
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
            assert!(parse_strict(bad).is_err(), "{bad:?}");
        }
        assert_eq!(
            parse_strict("a=1\n\n# c\nb=\\\n  \\uZZZZ"),
            Err(Malformed {
                line: 4,
                reason: Malformation::UnicodeEscape
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
        let pairs = parse_strict(&text).expect("parses");
        assert_eq!(pairs.len(), 100_000);
        assert_eq!(pairs[99_999], ("k99999".to_string(), "v".to_string()));
        assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
    }

    // The installation files' reader.
    #[test]
    fn separators_and_whitespace() {
        let pairs = parse_lenient("a=1\nb : 2\nc 3\n  d=  4  \ne\n");
        assert_eq!(get(&pairs, "a"), Some("1"));
        assert_eq!(get(&pairs, "b"), Some("2"));
        assert_eq!(get(&pairs, "c"), Some("3"));
        assert_eq!(get(&pairs, "d"), Some("4  "));
        assert_eq!(get(&pairs, "e"), Some(""));
    }

    #[test]
    fn comments_bom_and_crlf() {
        let pairs = parse_lenient("\u{feff}# comment\r\n! other\r\nkey=value\r\n\r\n");
        assert_eq!(pairs, vec![("key".to_string(), "value".to_string())]);
    }

    #[test]
    fn continuation_lines_join_without_leading_whitespace() {
        let pairs = parse_lenient("setup.license=AAAB\\\n    CCCD\\\r\n  X02q6\nnext=1");
        assert_eq!(get(&pairs, "setup.license"), Some("AAABCCCDX02q6"));
        assert_eq!(get(&pairs, "next"), Some("1"));
    }

    #[test]
    fn escaped_backslash_at_end_is_not_a_continuation() {
        let pairs = parse_lenient("path=C:\\\\\nnext=1");
        assert_eq!(get(&pairs, "path"), Some("C:\\"));
        assert_eq!(get(&pairs, "next"), Some("1"));
    }

    #[test]
    fn lenient_escapes() {
        let pairs = parse_lenient("k\\=ey\\ x=a\\nb\\tc\\u0041\\:\\=\\q\n");
        assert_eq!(get(&pairs, "k=ey x"), Some("a\nb\tcA:=q"));
    }

    #[test]
    fn later_duplicate_wins() {
        let pairs = parse_lenient("a=1\na=2\n");
        assert_eq!(get(&pairs, "a"), Some("2"));
    }

    #[test]
    fn comment_marker_inside_a_continuation_is_text() {
        let pairs = parse_lenient("a=x\\\n#y\n");
        assert_eq!(get(&pairs, "a"), Some("x#y"));
    }

    #[test]
    fn malformed_unicode_escape_is_kept() {
        let pairs = parse_lenient("a=\\u12\n");
        assert_eq!(get(&pairs, "a"), Some("\\u12"));
    }

    #[test]
    fn long_backslash_continuations_are_linear() {
        let text = format!("a=x{}\nnext=1", "\\\\\\\n".repeat(200_000));
        let started = std::time::Instant::now();
        let pairs = parse_lenient(&text);
        assert!(started.elapsed().as_secs() < 15, "{:?}", started.elapsed());
        assert_eq!(get(&pairs, "a").map(str::len), Some(1 + 200_000));
        assert_eq!(get(&pairs, "next"), Some("1"));
        assert!(has_any_key(&text, &["next"]));
        assert!(!has_any_key(&text, &["setup.license"]));
    }

    #[test]
    fn the_lenient_reader_joins_surrogate_pairs_and_replaces_lone_halves() {
        let pairs = parse_lenient("a=\\uD83D\\uDE00\nb=\\uD83Dx\nc=\\uDE00\n");
        assert_eq!(get(&pairs, "a"), Some("😀"));
        assert_eq!(get(&pairs, "b"), Some("\u{fffd}x"));
        assert_eq!(get(&pairs, "c"), Some("\u{fffd}"));
    }

    #[test]
    fn only_the_lenient_reader_skips_a_byte_order_mark() {
        assert_eq!(get(&parse_lenient("\u{feff}a=1"), "a"), Some("1"));
        assert_eq!(
            parse_strict("\u{feff}a=1"),
            Ok(vec![("\u{feff}a".into(), "1".into())])
        );
    }
}
