//! Finding Server IDs next to their labels, and licence keys, in any text: a config file, a
//! support zip entry, a pasted System Information page, an SQL dump.

use std::collections::HashSet;

use serde::Serialize;

use super::super::key::{FoundKey, find_keys};
use super::Product;
use super::limits::{MAX_LABEL_GAP, MAX_LABEL_PREFIX, MAX_SERVER_IDS_PER_TEXT, MAX_SKIPPED_TAG};

/// A Server ID found in text, with the label in front of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FoundServerId {
    pub value: String,
    /// The label as written: "Server ID", "confluence.setup.server.id", "serverId".
    pub label: String,
    /// 1-based line of the value.
    pub line: usize,
}

/// What [`scan_text`] found.
#[derive(Debug, Clone, Default)]
pub struct TextScan {
    pub server_ids: Vec<FoundServerId>,
    pub keys: Vec<FoundKey>,
}

impl TextScan {
    pub fn is_empty(&self) -> bool {
        self.server_ids.is_empty() && self.keys.is_empty()
    }

    /// The product the labels name, when they name exactly one.
    pub fn product(&self) -> Option<Product> {
        let mut products = self
            .server_ids
            .iter()
            .filter_map(|found| product_of_label(&found.label));
        let first = products.next()?;
        products.all(|other| other == first).then_some(first)
    }
}

/// Finds every labelled Server ID and every licence key in `text`.
pub fn scan_text(text: &str) -> TextScan {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    TextScan {
        server_ids: find_server_ids(text),
        keys: find_keys(text),
    }
}

fn product_of_label(label: &str) -> Option<Product> {
    let lower = label.to_ascii_lowercase();
    if lower.starts_with("confluence.") {
        Some(Product::Confluence)
    } else if lower.starts_with("crowd.") {
        Some(Product::Crowd)
    } else if lower.starts_with("jira.") {
        Some(Product::Jira)
    } else {
        None
    }
}

/// True for XXXX-XXXX-XXXX-XXXX of upper-case letters and digits, exactly.
pub(super) fn is_server_id(bytes: &[u8]) -> bool {
    bytes.len() == 19
        && bytes.iter().enumerate().all(|(index, &byte)| {
            if index % 5 == 4 {
                byte == b'-'
            } else {
                byte.is_ascii_uppercase() || byte.is_ascii_digit()
            }
        })
}

/// Finds labelled Server IDs in one pass: every byte is looked at a bounded number of times
/// (a label is widened left by at most [`MAX_LABEL_PREFIX`] bytes, a gap is at most
/// [`MAX_LABEL_GAP`] bytes, and the next `>` is found once for many tags), so the time is linear
/// in the text and nothing is copied.
fn find_server_ids(text: &str) -> Vec<FoundServerId> {
    let bytes = text.as_bytes();
    let mut found: Vec<FoundServerId> = Vec::new();
    let mut seen: HashSet<(String, String, usize)> = HashSet::new();
    let mut closing = NextByte::new(b'>');
    // Lines are counted forward from the last value found, never from the start again.
    let mut line = 1usize;
    let mut counted_to = 0usize;
    let mut from = 0;
    while let Some((label_start, label_end)) = next_label(bytes, from) {
        if found.len() >= MAX_SERVER_IDS_PER_TEXT {
            break;
        }
        from = label_end;
        let Some(value_start) = skip_separators(bytes, label_end, &mut closing) else {
            continue;
        };
        let Some(candidate) = bytes.get(value_start..value_start + 19) else {
            continue;
        };
        let ends_cleanly = bytes
            .get(value_start + 19)
            .is_none_or(|&next| !(next.is_ascii_alphanumeric() || next == b'-'));
        if !is_server_id(candidate) || !ends_cleanly {
            continue;
        }
        let value = String::from_utf8_lossy(candidate).into_owned();
        let label = text
            .get(label_start..label_end)
            .unwrap_or_default()
            .to_string();
        line += bytes
            .get(counted_to..value_start)
            .unwrap_or_default()
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        counted_to = value_start;
        if seen.insert((value.clone(), label.clone(), line)) {
            found.push(FoundServerId { value, label, line });
        }
        from = value_start + 19;
    }
    found
}

/// Where the next occurrence of one byte is, remembered, so that asking again from a nearby
/// position does not search the same bytes again.
struct NextByte {
    byte: u8,
    /// The last answer: searched from `.0`, found at `.1` (None: not before the end).
    last: Option<(usize, Option<usize>)>,
}

impl NextByte {
    fn new(byte: u8) -> NextByte {
        NextByte { byte, last: None }
    }

    /// The first position at or after `from` holding the byte.
    fn from(&mut self, bytes: &[u8], from: usize) -> Option<usize> {
        if let Some((searched_from, answer)) = self.last
            && searched_from <= from
            && answer.is_none_or(|at| from <= at)
        {
            return answer;
        }
        let answer = bytes
            .get(from..)
            .and_then(|rest| rest.iter().position(|&b| b == self.byte))
            .map(|at| at + from);
        self.last = Some((from, answer));
        answer
    }
}

/// Whether `bytes` holds `word` (lower case) at `at`, in any case.
fn word_at(bytes: &[u8], at: usize, word: &[u8]) -> bool {
    bytes
        .get(at..at + word.len())
        .is_some_and(|here| here.eq_ignore_ascii_case(word))
}

/// The next label at or after `from`, as a byte range of the text. Labels: `server` + `id`
/// joined by nothing, a space, `.`, `_` or `-` (any case), and `jira.sid.key`; a label is
/// widened to the left over a dotted prefix (at most [`MAX_LABEL_PREFIX`] bytes) so
/// "confluence.setup.server.id" is reported whole.
fn next_label(bytes: &[u8], from: usize) -> Option<(usize, usize)> {
    let mut at = from;
    loop {
        let offset = bytes
            .get(at..)?
            .iter()
            .position(|b| matches!(b, b's' | b'S' | b'j' | b'J'))?;
        at += offset;
        let end = if word_at(bytes, at, b"jira.sid.key") {
            Some(at + "jira.sid.key".len())
        } else if word_at(bytes, at, b"server") {
            let mut end = at + "server".len();
            if matches!(bytes.get(end), Some(b' ' | b'.' | b'_' | b'-')) {
                end += 1;
            }
            // "server identity" or "server.idle" is not a label.
            (word_at(bytes, end, b"id")
                && !bytes
                    .get(end + 2)
                    .is_some_and(|b| b.is_ascii_alphanumeric()))
            .then_some(end + 2)
        } else {
            None
        };
        let Some(end) = end else {
            at += 1;
            continue;
        };
        let floor = at.saturating_sub(MAX_LABEL_PREFIX).max(from);
        let mut start = at;
        while start > floor
            && bytes
                .get(start - 1)
                .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
        {
            start -= 1;
        }
        return Some((start, end));
    }
}

/// Steps over what may stand between a label and its value: whitespace, `=`, `:`, quotes, commas,
/// `|`, `*`, escaped whitespace, `&nbsp;` and whole tags (`</td><td class="x">`). Returns where
/// the value starts, or None when something else comes first or the gap is too long.
fn skip_separators(bytes: &[u8], mut at: usize, closing: &mut NextByte) -> Option<usize> {
    let limit = at + MAX_LABEL_GAP;
    while at < limit {
        let byte = *bytes.get(at)?;
        match byte {
            b' ' | b'\t' | b'\r' | b'\n' | b'=' | b':' | b'"' | b'\'' | b',' | b'|' | b'*'
            | b'>' | b'\\' => at += 1,
            b'<' => {
                let close = closing.from(bytes, at)?;
                if close - at >= MAX_SKIPPED_TAG {
                    return None;
                }
                at = close + 1;
            }
            b'&' if bytes.get(at..at + 6) == Some(b"&nbsp;".as_slice()) => at += 6,
            b'&' if bytes.get(at..at + 6) == Some(b"&quot;".as_slice()) => at += 6,
            // A no-break space (U+00A0) as pasted from a web page.
            0xC2 if bytes.get(at + 1) == Some(&0xA0) => at += 2,
            _ => return Some(at),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &str) -> Vec<(String, String, usize)> {
        scan_text(text)
            .server_ids
            .into_iter()
            .map(|found| (found.value, found.label, found.line))
            .collect()
    }

    fn one(value: &str, label: &str, line: usize) -> Vec<(String, String, usize)> {
        vec![(value.to_string(), label.to_string(), line)]
    }

    #[test]
    fn labels_and_separators() {
        assert_eq!(
            ids("Server ID: B7QW-LK2M-9HZD-XR4T"),
            one("B7QW-LK2M-9HZD-XR4T", "Server ID", 1)
        );
        assert_eq!(
            ids("x\nserver.id=B7QW-LK2M-9HZD-XR4T\n"),
            one("B7QW-LK2M-9HZD-XR4T", "server.id", 2)
        );
        assert_eq!(
            ids("Server ID\tB7QW-LK2M-9HZD-XR4T"),
            one("B7QW-LK2M-9HZD-XR4T", "Server ID", 1)
        );
        assert_eq!(
            ids("<property name=\"serverId\">BG9T-XUV4-KZZH-B01W</property>"),
            one("BG9T-XUV4-KZZH-B01W", "serverId", 1)
        );
        assert_eq!(
            ids("<property name=\"confluence.setup.server.id\">B7QW-LK2M-9HZD-XR4T</property>"),
            one("B7QW-LK2M-9HZD-XR4T", "confluence.setup.server.id", 1)
        );
        assert_eq!(
            ids("<tr><th>Server ID</th><td class=\"cell\">\n  B7QW-LK2M-9HZD-XR4T</td></tr>"),
            one("B7QW-LK2M-9HZD-XR4T", "Server ID", 2)
        );
        assert_eq!(
            ids("jira.sid.key = BP8Q-WXN6-SKX3-NB5M"),
            one("BP8Q-WXN6-SKX3-NB5M", "jira.sid.key", 1)
        );
        assert_eq!(
            ids("crowd.server.id:BF06-4UG3-OJW2-FIQD"),
            one("BF06-4UG3-OJW2-FIQD", "crowd.server.id", 1)
        );
        assert_eq!(
            ids("{\"serverId\": \"BF06-4UG3-OJW2-FIQD\"}"),
            one("BF06-4UG3-OJW2-FIQD", "serverId", 1)
        );
        assert_eq!(
            ids("('server.id', 'BG9T-XUV4-KZZH-B01W')"),
            one("BG9T-XUV4-KZZH-B01W", "server.id", 1)
        );
        assert_eq!(
            ids("| Server ID | BG9T-XUV4-KZZH-B01W |"),
            one("BG9T-XUV4-KZZH-B01W", "Server ID", 1)
        );
        assert_eq!(
            ids("Server ID:&nbsp;BG9T-XUV4-KZZH-B01W"),
            one("BG9T-XUV4-KZZH-B01W", "Server ID", 1)
        );
        assert_eq!(
            ids("Server ID:\u{a0}BG9T-XUV4-KZZH-B01W"),
            one("BG9T-XUV4-KZZH-B01W", "Server ID", 1)
        );
        assert_eq!(
            ids("<server-id>BG9T-XUV4-KZZH-B01W</server-id>"),
            one("BG9T-XUV4-KZZH-B01W", "server-id", 1)
        );
    }

    #[test]
    fn values_must_have_the_shape_and_follow_the_label() {
        assert!(ids("Server ID: (none) BG9T-XUV4-KZZH-B01W").is_empty());
        assert!(ids("Server ID: BG9T-XUV4-KZZH-B01WX").is_empty());
        assert!(ids("Server ID: BG9T-XUV4-KZZH").is_empty());
        assert!(ids("Server ID: bg9t-xuv4-kzzh-b01w").is_empty());
        assert!(ids("server identity BG9T-XUV4-KZZH-B01W").is_empty());
        assert!(ids("BG9T-XUV4-KZZH-B01W with no label").is_empty());
    }

    #[test]
    fn several_ids_are_all_found_once() {
        let text = "Server ID: AAAA-BBBB-CCCC-DDDD\nServer ID: AAAA-BBBB-CCCC-DDDD\nserverId=EEEE-FFFF-GGGG-HHHH";
        let found = ids(text);
        assert_eq!(found.len(), 3);
        assert_eq!(found[2].0, "EEEE-FFFF-GGGG-HHHH");
    }

    #[test]
    fn product_from_labels() {
        assert_eq!(
            scan_text("confluence.setup.server.id=AAAA-BBBB-CCCC-DDDD").product(),
            Some(Product::Confluence)
        );
        assert_eq!(scan_text("Server ID: AAAA-BBBB-CCCC-DDDD").product(), None);
        assert_eq!(
            scan_text("crowd.server.id=AAAA-BBBB-CCCC-DDDD jira.sid.key=AAAA-BBBB-CCCC-DDDD")
                .product(),
            None
        );
    }

    #[test]
    fn non_ascii_text_does_not_panic() {
        assert!(ids("Sérver ID: ✓ Server ID: ÄÄÄÄ-BBBB-CCCC-DDDD Server ID:").is_empty());
        assert!(ids("Server ID: <unterminated").is_empty());
    }

    /// A hostile text must not take longer than this to scan even in a debug build; the
    /// quadratic scan took 12.7 s for 512 KiB in a release build.
    const SECONDS_FOR_ONE_MIB: u64 = 15;

    fn scanned_in_time(text: &str) -> TextScan {
        let started = std::time::Instant::now();
        let scanned = scan_text(text);
        assert!(
            started.elapsed().as_secs() < SECONDS_FOR_ONE_MIB,
            "{} bytes took {:?}",
            text.len(),
            started.elapsed()
        );
        scanned
    }

    #[test]
    fn hostile_texts_are_scanned_in_linear_time() {
        let mib = 1024 * 1024;
        let tail = "\nServer ID: B7QW-LK2M-9HZD-XR4T";
        for unit in [
            "server ",
            "serverid<",
            "server-id-",
            "jira.sid.key ",
            "a.",
            "\\",
        ] {
            let text = format!("{}{tail}", unit.repeat(mib / unit.len()));
            let found = scanned_in_time(&text).server_ids;
            assert_eq!(
                found.last().map(|f| f.value.as_str()),
                Some("B7QW-LK2M-9HZD-XR4T"),
                "{unit:?}"
            );
        }
    }

    #[test]
    fn labels_are_widened_a_bounded_way_and_ids_are_capped() {
        let text = format!("{}server.id=B7QW-LK2M-9HZD-XR4T", "a".repeat(1000));
        let found = ids(&text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1.len(), MAX_LABEL_PREFIX + "server.id".len());
        let many = "Server ID: B7QW-LK2M-9HZD-XR4T\n".repeat(10_000);
        let found = scanned_in_time(&many).server_ids;
        assert_eq!(found.len(), MAX_SERVER_IDS_PER_TEXT);
        assert_eq!(found[99].line, 100);
    }
}
