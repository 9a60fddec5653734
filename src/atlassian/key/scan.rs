//! Owns `find_keys`: spotting version-2 licence keys inside arbitrary text (e-mails, XML,
//! `.properties` files, JSON with escaped line breaks, Java sources), as the import and the
//! installation reader need.

use serde::Serialize;

use std::collections::BTreeMap;

use super::envelope::{
    MAX_INPUT_BYTES, MIN_BODY_CHARS, base31, is_base31_digit, is_base64_byte, opening_is_a_key,
};

/// A key found in a larger text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FoundKey {
    /// The 1-based line where the key starts.
    pub line: usize,
    /// The 1-based line where the key ends (keys are often wrapped over many lines).
    pub last_line: usize,
    /// The key with every whitespace, escape and quote removed; `decode` accepts it as is.
    pub raw: String,
}

/// Trailer digits beyond this many are text glued after the key: a 64 KiB key needs 4.
const MAX_LENGTH_DIGITS: usize = 6;

/// Finds every version-2 key in `text`, in order.
///
/// The text is read as runs of base64 characters; whitespace, `\r` `\n` `\t` escapes, backslash
/// continuations, Java `" + "` concatenation, XML line-break references (`&#13;` `&#10;`),
/// `<br>` and e-mail quote markers (`>` at a line start) do not end a run, anything else does.
/// Inside a run, a key ends with `X0` + `1|2` + a base-31 length, and that length says exactly
/// where the key starts, so words glued to either side do not matter. A candidate whose
/// envelope opens (base64, length prefix, magic bytes) is preferred; one that only has the shape
/// of a key (at least 64 characters starting `AAA`, as every real key does) is still reported
/// so that an import can say why it is damaged, unless it overlaps a sound key.
///
/// The work is linear in the length of the text, with memory proportional to the longest run
/// plus its number of lines, so an import can hand it a whole file.
pub fn find_keys(text: &str) -> Vec<FoundKey> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut run = Run::default();
    let mut line = 1usize;
    let mut at_line_start = true;
    let mut i = 0usize;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'\n' => {
                line += 1;
                at_line_start = true;
                i += 1;
            }
            b'\r' => {
                if bytes.get(i + 1) != Some(&b'\n') {
                    line += 1;
                    at_line_start = true;
                }
                i += 1;
            }
            b' ' | b'\t' | 0x0b | 0x0c => i += 1,
            _ => {
                if let Some(len) = separator_len(bytes, i, at_line_start) {
                    line += bytes.get(i..i + len).map_or(0, count_line_breaks);
                    i += len;
                    continue;
                }
                at_line_start = false;
                if is_base64_byte(b) {
                    run.push(b, line, &mut found);
                    i += 1;
                    continue;
                }
                if b == b'\\' {
                    // A run of backslashes that is no escape: every one of them would end the
                    // run here, so they are stepped over together rather than counted again
                    // from each one (which made a long run quadratic).
                    run.flush_into(&mut found);
                    i += bytes
                        .get(i..)
                        .map_or(1, |rest| rest.iter().take_while(|&&c| c == b'\\').count());
                    continue;
                }
                let c = text.get(i..).and_then(|rest| rest.chars().next());
                let width = c.map_or(1, char::len_utf8);
                if !c.is_some_and(char::is_whitespace) {
                    run.flush_into(&mut found);
                }
                i += width;
            }
        }
    }
    run.flush_into(&mut found);
    found
}

/// Characters after a key's `X` that can belong to it: `0`, the version and the length digits.
const TRAILER_MAX: usize = 3 + MAX_LENGTH_DIGITS;

/// A run is looked at, and its settled beginning let go, whenever it grows to this length: a
/// key is at most `MAX_INPUT_BYTES` long, so a run of megabytes (a wall of letters, a base64
/// attachment) is held a window at a time, never whole.
const RUN_WINDOW: usize = 4 * MAX_INPUT_BYTES;

/// The base64 characters of one unbroken stretch of text, and where its lines begin.
#[derive(Default)]
struct Run {
    bytes: Vec<u8>,
    /// `(index in bytes, line)` for the first character of the run on each new line.
    line_starts: Vec<(usize, usize)>,
    /// Every `X` before this index has been looked at by an earlier pass over a long run.
    settled: usize,
    /// The last key an earlier pass reported, as `(start, end)`, for the overlap check.
    last_chosen: Option<(usize, usize)>,
}

struct Candidate {
    start: usize,
    end: usize,
    sound: bool,
}

impl Run {
    fn push(&mut self, byte: u8, line: usize, found: &mut Vec<FoundKey>) {
        if self
            .line_starts
            .last()
            .is_none_or(|(_, last)| *last != line)
        {
            self.line_starts.push((self.bytes.len(), line));
        }
        self.bytes.push(byte);
        if self.bytes.len() >= RUN_WINDOW {
            self.settle(found);
        }
    }

    /// Reports the keys whose trailers can no longer grow, then lets go of the beginning of
    /// the run that no later key can reach back to.
    fn settle(&mut self, found: &mut Vec<FoundKey>) {
        let settled = self.bytes.len() - TRAILER_MAX;
        let candidates = self.candidates(self.settled..settled);
        self.report(candidates, found);
        self.settled = settled;
        let keep_from = settled.saturating_sub(MAX_INPUT_BYTES);
        if keep_from == 0 {
            return;
        }
        self.bytes.drain(..keep_from);
        self.settled -= keep_from;
        // The line of the first kept character starts the kept lines.
        let first_kept = self
            .line_starts
            .partition_point(|(start, _)| *start <= keep_from)
            .saturating_sub(1);
        self.line_starts.drain(..first_kept);
        for (start, _) in &mut self.line_starts {
            *start = start.saturating_sub(keep_from);
        }
        self.last_chosen = self
            .last_chosen
            .filter(|(_, end)| *end > keep_from)
            .map(|(start, end)| (start.saturating_sub(keep_from), end - keep_from));
    }

    /// The line of the character at `index`.
    fn line_of(&self, index: usize) -> Option<usize> {
        let after = self
            .line_starts
            .partition_point(|(start, _)| *start <= index);
        after
            .checked_sub(1)
            .and_then(|i| self.line_starts.get(i))
            .map(|(_, line)| *line)
    }

    fn flush_into(&mut self, found: &mut Vec<FoundKey>) {
        let candidates = self.candidates(self.settled..self.bytes.len());
        self.report(candidates, found);
        self.bytes.clear();
        self.line_starts.clear();
        self.settled = 0;
        self.last_chosen = None;
    }

    /// Reports the candidates that overlap no sounder or earlier one.
    fn report(&mut self, candidates: Vec<Candidate>, found: &mut Vec<FoundKey>) {
        // Chosen keys by start, mapped to their end; they never overlap, so only the one
        // starting last before a candidate's end can overlap it. A key an earlier pass
        // reported still counts, and is not reported again.
        let mut chosen: BTreeMap<usize, usize> = self.last_chosen.into_iter().collect();
        for sound in [true, false] {
            for candidate in candidates.iter().filter(|c| c.sound == sound) {
                let overlaps = chosen
                    .range(..candidate.end)
                    .next_back()
                    .is_some_and(|(_, end)| *end > candidate.start);
                if !overlaps {
                    chosen.insert(candidate.start, candidate.end);
                }
            }
        }
        let earlier = self.last_chosen;
        if let Some((start, end)) = chosen.last_key_value() {
            self.last_chosen = Some((*start, *end));
        }
        for (start, end) in chosen {
            if earlier == Some((start, end)) {
                continue;
            }
            let raw = self
                .bytes
                .get(start..end)
                .and_then(|b| std::str::from_utf8(b).ok());
            let first = self.line_of(start);
            let last = end.checked_sub(1).and_then(|end| self.line_of(end));
            if let (Some(raw), Some(line), Some(last_line)) = (raw, first, last) {
                found.push(FoundKey {
                    line,
                    last_line,
                    raw: raw.to_string(),
                });
            }
        }
    }

    /// For every `X0[12]` at an index in `xs`, the best reading of the length digits after it.
    fn candidates(&self, xs: std::ops::Range<usize>) -> Vec<Candidate> {
        let run = &self.bytes;
        let mut out = Vec::new();
        let offset = xs.start;
        let positions = run.get(xs).unwrap_or_default().iter().enumerate();
        for (x, _) in positions.filter(|(_, b)| **b == b'X') {
            let x = x + offset;
            let version_ok =
                run.get(x + 1) == Some(&b'0') && matches!(run.get(x + 2), Some(b'1' | b'2'));
            if !version_ok {
                continue;
            }
            let digits_start = x + 3;
            let digit_count = run
                .get(digits_start..)
                .unwrap_or_default()
                .iter()
                .take(MAX_LENGTH_DIGITS)
                .take_while(|b| is_base31_digit(**b))
                .count();
            let mut best: Option<Candidate> = None;
            for k in 1..=digit_count {
                let end = digits_start + k;
                let declared = run
                    .get(digits_start..end)
                    .and_then(|d| std::str::from_utf8(d).ok())
                    .and_then(base31)
                    .and_then(|n| usize::try_from(n).ok());
                // Bodies longer than `decode` accepts are not worth reporting.
                let Some(len) =
                    declared.filter(|len| (MIN_BODY_CHARS..=MAX_INPUT_BYTES).contains(len))
                else {
                    continue;
                };
                let Some(start) = x.checked_sub(len) else {
                    continue;
                };
                // Only the body's opening and length are looked at: reading the whole body for
                // every candidate made text full of `X02` markers quadratic.
                let Some(body) = run.get(start..x).filter(|body| body.starts_with(b"AAA")) else {
                    continue;
                };
                let sound = body
                    .get(..12)
                    .and_then(|head| std::str::from_utf8(head).ok())
                    .is_some_and(|head| opening_is_a_key(head, body.len()));
                if sound || best.is_none() {
                    best = Some(Candidate { start, end, sound });
                }
                if sound {
                    break;
                }
            }
            out.extend(best);
        }
        out
    }
}

fn count_line_breaks(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .enumerate()
        .filter(|(i, b)| **b == b'\n' || (**b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count()
}

/// The length of a separator starting at `i` that does not end a run of key characters.
fn separator_len(bytes: &[u8], i: usize, at_line_start: bool) -> Option<usize> {
    let rest = bytes.get(i..)?;
    match rest.first()? {
        b'\\' => {
            // `\r`, `\n`, `\t`, also double-escaped (`\\n`), and continuation backslashes.
            let slashes = rest.iter().take_while(|b| **b == b'\\').count();
            match rest.get(slashes) {
                Some(b'r' | b'n' | b't') => Some(slashes + 1),
                None | Some(b' ' | b'\t' | b'\r' | b'\n') => Some(slashes),
                Some(_) => None,
            }
        }
        b'"' => {
            // `" + "` of Java string concatenation, possibly across lines.
            let blanks = |from: usize| {
                rest.get(from..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|b| b.is_ascii_whitespace())
                    .count()
            };
            let plus = 1 + blanks(1);
            (rest.get(plus) == Some(&b'+')).then_some(())?;
            let quote = plus + 1 + blanks(plus + 1);
            (rest.get(quote) == Some(&b'"')).then_some(quote + 1)
        }
        b'&' => ["&#13;", "&#10;", "&#9;", "&#xd;", "&#xa;", "&#x9;"]
            .iter()
            .find(|entity| starts_with_ignore_case(rest, entity.as_bytes()))
            .map(|entity| entity.len()),
        b'<' => ["<br>", "<br/>", "<br />"]
            .iter()
            .find(|tag| starts_with_ignore_case(rest, tag.as_bytes()))
            .map(|tag| tag.len()),
        b'>' if at_line_start => Some(1),
        _ => None,
    }
}

fn starts_with_ignore_case(haystack: &[u8], prefix: &[u8]) -> bool {
    haystack
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_in_ordinary_text() {
        assert!(find_keys("").is_empty());
        assert!(find_keys("Hello,\nthe key is attached. BOX012 X02ab AAAX02\n").is_empty());
        assert!(find_keys("\\\\\\").is_empty());
        assert!(find_keys("\"  +").is_empty());
        assert!(find_keys("&#1").is_empty());
    }

    #[test]
    fn shape_only_candidates_are_reported() {
        // 64 characters starting AAA, then X02 and 64 in base 31 ("22"), glued to prose.
        let body = format!("AAA{}", "B".repeat(61));
        let text = format!("Key:\n  {}\n  {}X0222 thanks", &body[..30], &body[30..]);
        let found = find_keys(&text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].line, 2);
        assert_eq!(found[0].last_line, 3);
        assert_eq!(found[0].raw, format!("{body}X0222"));
    }

    #[test]
    fn separators_do_not_break_a_run() {
        let body = format!("AAA{}", "B".repeat(61));
        let (a, b) = body.split_at(20);
        for joined in [
            format!("{a}\\r\\n{b}"),
            format!("{a}\\\\n{b}"),
            format!("{a}\\\n   {b}"),
            format!("\"{a}\" +\n  \"{b}"),
            format!("{a}&#13;&#10;{b}"),
            format!("{a}<BR/>{b}"),
            format!("> {a}\n> {b}"),
            format!("{a}\u{a0}{b}"),
        ] {
            let text = format!("{joined}X0222");
            let found = find_keys(&text);
            assert_eq!(found.len(), 1, "{text:?}");
            assert_eq!(found[0].raw, format!("{body}X0222"), "{text:?}");
        }
    }

    #[test]
    fn hostile_look_alikes_are_scanned_in_linear_time() {
        // Thousands of trailers whose bodies start `AAA` and even open like a key: a scanner
        // that decoded each candidate's whole body, or compared every pair, would crawl.
        let unit = format!("AAAADQ0ODAoP{}X0222", "A".repeat(52));
        let text = unit.repeat(20_000);
        let found = find_keys(&text);
        assert_eq!(found.len(), 20_000);
        assert!(found.iter().all(|key| key.raw == unit && key.line == 1));
    }

    #[test]
    fn keys_in_a_run_of_megabytes_are_found_once_on_their_lines() {
        // A wall of letters is held a window at a time: keys anywhere in it, across the
        // window's edges and on later lines, are found as in a short run, and only once.
        let body = format!("AAA{}", "B".repeat(61));
        let key = format!("{body}X0222");
        let mut text = String::new();
        let mut expected = Vec::new();
        let gaps = [
            RUN_WINDOW - 70,
            1,
            RUN_WINDOW - 3,
            MAX_INPUT_BYTES,
            3 * RUN_WINDOW + 17,
        ];
        for (index, gap) in gaps.into_iter().enumerate() {
            text.push_str(&"q".repeat(gap));
            // Glued to the letters before it: a key ends at its trailer, and starts where its
            // declared length says.
            text.push_str(&key);
            expected.push(index + 1);
            text.push('\n');
        }
        text.push_str(&"z".repeat(2 * RUN_WINDOW));
        let found = find_keys(&text);
        assert_eq!(
            found.len(),
            expected.len(),
            "{:?}",
            found.iter().map(|k| k.line).collect::<Vec<_>>()
        );
        for (key_found, line) in found.iter().zip(expected) {
            assert_eq!(key_found.raw, key);
            assert_eq!(key_found.line, line);
            assert_eq!(key_found.last_line, line);
        }
    }

    #[test]
    fn backslash_runs_and_dense_trailers_are_linear() {
        // A megabyte of backslashes was counted again from each one; trailers every few
        // characters each declaring a long body had each body read whole.
        let started = std::time::Instant::now();
        assert!(find_keys(&"\\".repeat(1024 * 1024)).is_empty());
        let dense = format!("{}{}", "A".repeat(64 * 1024), "X02jjjX02jjj".repeat(80_000));
        assert!(find_keys(&dense).len() <= 1);
        assert!(started.elapsed().as_secs() < 15, "{:?}", started.elapsed());
    }
}
