//! A reader for Java `.properties` text with `java.util.Properties.load` semantics: comments,
//! `=`/`:`/whitespace separators, line continuations and backslash escapes including `\uXXXX`.

/// The key/value pairs of a properties text, in file order; a later duplicate wins when looked up
/// with [`get`].
pub fn parse_properties(text: &str) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for_each_line(text, |logical| {
        let (key, value) = split_key_value(logical);
        pairs.push((unescape(key), unescape(value)));
    });
    pairs
}

/// Whether the text has a property named any of `keys`, without keeping its pairs.
pub fn has_any_key(text: &str, keys: &[&str]) -> bool {
    // An escape stands for one character in at most six (`\uXXXX`): a longer key cannot be
    // any of these, and is not copied to find out.
    let longest = keys.iter().map(|key| key.len()).max().unwrap_or(0);
    let mut found = false;
    for_each_line(text, |logical| {
        if !found {
            let (key, _) = split_key_value(logical);
            found = key.len() <= 6 * longest && keys.contains(&unescape(key).as_str());
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

/// Calls `each` with every logical line: continued lines (an odd number of trailing
/// backslashes) joined, blank and comment lines dropped. Leading whitespace of a continuation
/// line is dropped, as Java does. A line that is not continued is handed on where it stands;
/// one continued logical line is held at a time, and the trailing backslashes are counted on
/// the new piece only, so the work is linear in the text.
fn for_each_line(text: &str, mut each: impl FnMut(&str)) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut current: Option<String> = None;
    // Trailing backslashes of `current`.
    let mut carried = 0usize;
    for physical in physical_lines(text) {
        let trimmed = physical.trim_start_matches([' ', '\t', '\u{c}']);
        let own_trailing = trimmed.bytes().rev().take_while(|&b| b == b'\\').count();
        let (mut piece, trailing) = match current.take() {
            Some(mut partial) => {
                partial.push_str(trimmed);
                let trailing = if own_trailing == trimmed.len() {
                    carried + own_trailing
                } else {
                    own_trailing
                };
                (partial, trailing)
            }
            None => {
                if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with('!') {
                    continue;
                }
                if own_trailing % 2 == 0 {
                    each(trimmed);
                    continue;
                }
                (trimmed.to_string(), own_trailing)
            }
        };
        if trailing % 2 == 1 {
            piece.pop();
            carried = trailing - 1;
            current = Some(piece);
        } else {
            each(&piece);
        }
    }
    if let Some(rest) = current {
        each(&rest);
    }
}

/// Splits at the first unescaped `=`, `:` or whitespace; whitespace around the separator, and one
/// `=` or `:` after whitespace, belong to neither side.
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
    let key_end = key_end.min(line.len());
    let mut rest = &line[key_end..];
    rest = rest.trim_start_matches([' ', '\t', '\u{c}']);
    if let Some(after) = rest.strip_prefix(['=', ':']) {
        rest = after.trim_start_matches([' ', '\t', '\u{c}']);
    }
    (&line[..key_end], rest)
}

fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('f') => out.push('\u{c}'),
            Some('u') => {
                let hex: String = chars.clone().take(4).collect();
                match u32::from_str_radix(&hex, 16)
                    .ok()
                    .filter(|_| hex.len() == 4)
                {
                    Some(code) => {
                        // Surrogate halves cannot stand alone in a Rust string; Java would keep
                        // them, we replace them.
                        out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                        for _ in 0..4 {
                            chars.next();
                        }
                    }
                    // Java rejects a malformed \u escape; keep the text so nothing is lost.
                    None => out.push_str("\\u"),
                }
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Vec<(String, String)> {
        parse_properties(text)
    }

    #[test]
    fn separators_and_whitespace() {
        let pairs = parse("a=1\nb : 2\nc 3\n  d=  4  \ne\n");
        assert_eq!(get(&pairs, "a"), Some("1"));
        assert_eq!(get(&pairs, "b"), Some("2"));
        assert_eq!(get(&pairs, "c"), Some("3"));
        assert_eq!(get(&pairs, "d"), Some("4  "));
        assert_eq!(get(&pairs, "e"), Some(""));
    }

    #[test]
    fn comments_bom_and_crlf() {
        let pairs = parse("\u{feff}# comment\r\n! other\r\nkey=value\r\n\r\n");
        assert_eq!(pairs, vec![("key".to_string(), "value".to_string())]);
    }

    #[test]
    fn continuation_lines_join_without_leading_whitespace() {
        let pairs = parse("setup.license=AAAB\\\n    CCCD\\\r\n  X02q6\nnext=1");
        assert_eq!(get(&pairs, "setup.license"), Some("AAABCCCDX02q6"));
        assert_eq!(get(&pairs, "next"), Some("1"));
    }

    #[test]
    fn escaped_backslash_at_end_is_not_a_continuation() {
        let pairs = parse("path=C:\\\\\nnext=1");
        assert_eq!(get(&pairs, "path"), Some("C:\\"));
        assert_eq!(get(&pairs, "next"), Some("1"));
    }

    #[test]
    fn escapes() {
        let pairs = parse("k\\=ey\\ x=a\\nb\\tc\\u0041\\:\\=\\q\n");
        assert_eq!(get(&pairs, "k=ey x"), Some("a\nb\tcA:=q"));
    }

    #[test]
    fn later_duplicate_wins() {
        let pairs = parse("a=1\na=2\n");
        assert_eq!(get(&pairs, "a"), Some("2"));
    }

    #[test]
    fn comment_marker_inside_a_continuation_is_text() {
        let pairs = parse("a=x\\\n#y\n");
        assert_eq!(get(&pairs, "a"), Some("x#y"));
    }

    #[test]
    fn malformed_unicode_escape_is_kept() {
        let pairs = parse("a=\\u12\n");
        assert_eq!(get(&pairs, "a"), Some("\\u12"));
    }

    #[test]
    fn long_backslash_continuations_are_linear() {
        let text = format!("a=x{}\nnext=1", "\\\\\\\n".repeat(200_000));
        let started = std::time::Instant::now();
        let pairs = parse(&text);
        assert!(started.elapsed().as_secs() < 15, "{:?}", started.elapsed());
        assert_eq!(get(&pairs, "a").map(str::len), Some(1 + 200_000));
        assert_eq!(get(&pairs, "next"), Some("1"));
        assert!(has_any_key(&text, &["next"]));
        assert!(!has_any_key(&text, &["setup.license"]));
    }
}
