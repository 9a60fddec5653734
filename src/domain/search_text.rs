//! Text folded for searching: the one folding the licence search index stores and every search
//! is read with, so that `müller`, `MÜLLER` and `Müller` are the same text.
//!
//! The folding is Unicode's compatibility composition (NFKC: full-width `ＡＢＣ` is `ABC`,
//! half-width katakana are katakana, `ﬁ` is `fi`), then lower case by Unicode's rules, then the
//! two letters whose lower case is not their caseless form: `ß` and `ẞ` are `ss` (so `strasse`
//! and `STRASSE` find `Straße`, and `straße` finds `Strasse`, as Unicode's case folding has it),
//! and the final sigma `ς` is `σ`. Accents stay: `muller` does not find `Müller`. The
//! replacement character and the noncharacters U+FFFE and U+FFFF become U+FFFC.

use unicode_normalization::UnicodeNormalization;

/// What the characters that separate fields in the search index become in folded text.
const SEPARATOR_STAND_IN: char = '\u{FFFC}';

/// `text` folded for searching (see the module's text).
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut folded = String::with_capacity(text.len());
    for c in text.nfkc() {
        push_folded(&mut folded, c);
    }
    folded
}

/// Where the folded `needle` first occurs in the folded `haystack`, as a byte offset into
/// `haystack` (the start of the character the match begins in), and where it ends. The haystack
/// is folded character by character to keep each folded character's origin, which is the
/// whole folding for text already in composed form (what keys and forms give); a haystack in
/// decomposed form may not be found here although the index finds it.
pub fn find_folded(haystack: &str, needle: &str) -> Option<(usize, usize)> {
    let needle = fold(needle);
    if needle.is_empty() {
        return None;
    }
    let mut folded = String::with_capacity(haystack.len());
    // For each character of the haystack: where its folded form starts, and where it starts.
    let mut origins: Vec<(usize, usize)> = Vec::with_capacity(haystack.len());
    for (at, c) in haystack.char_indices() {
        origins.push((folded.len(), at));
        if c.is_ascii() {
            folded.push(c.to_ascii_lowercase());
        } else {
            for d in std::iter::once(c).nfkc() {
                push_folded(&mut folded, d);
            }
        }
    }
    let start = folded.find(&needle)?;
    let end = start + needle.len();
    // The match starts in the last character whose fold starts at or before its start, and
    // ends where the first character whose fold starts at or after its end begins.
    let first = origins
        .partition_point(|&(f, _)| f <= start)
        .saturating_sub(1);
    let after = origins.partition_point(|&(f, _)| f < end);
    let end = origins.get(after).map_or(haystack.len(), |&(_, at)| at);
    Some((origins[first].1, end))
}

fn push_folded(folded: &mut String, c: char) {
    match c {
        'ß' | 'ẞ' => folded.push_str("ss"),
        'ς' => folded.push('σ'),
        // The search index separates fields with U+FFFF, and SQLite's full-text reader sees
        // it (and U+FFFE) as U+FFFD: none of them is left in folded text, so no search spans
        // two fields. They are what badly decoded text holds, and all mean "no character".
        '\u{FFFD}' | '\u{FFFE}' | '\u{FFFF}' => folded.push(SEPARATOR_STAND_IN),
        c if c.is_ascii() => folded.push(c.to_ascii_lowercase()),
        c => folded.extend(c.to_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_umlauts_sharp_s_and_full_width_fold_alike() {
        assert_eq!(fold("MÜLLER"), "müller");
        assert_eq!(fold("Müller"), fold("müller"));
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("STRAẞE"), "strasse");
        assert_eq!(fold("ＡＢＣ－１２"), "abc-12");
        assert_eq!(fold("ΟΔΟΣ"), fold("οδος"));
        // A decomposed umlaut is the composed one.
        assert_eq!(fold("Mu\u{308}ller"), "müller");
        // Accents and CJK stay what they are.
        assert_eq!(fold("Muller"), "muller");
        assert_eq!(fold("汇科技术"), "汇科技术");
        assert_eq!(fold("ｶﾞ"), "ガ");
        // Nothing folded holds the index's separator, or what SQLite reads it as.
        assert_eq!(
            fold("a\u{FFFF}b\u{FFFD}c\u{FFFE}"),
            "a\u{FFFC}b\u{FFFC}c\u{FFFC}"
        );
    }

    #[test]
    fn a_match_is_found_where_it_is_in_the_original_text() {
        let text = "Rechnung an die STRAẞE 5, Zimmer ＡＢＣ";
        let (start, end) = find_folded(text, "straße").expect("found");
        assert_eq!(&text[start..end], "STRAẞE");
        let (start, end) = find_folded(text, "abc").expect("found");
        assert_eq!(&text[start..end], "ＡＢＣ");
        assert_eq!(find_folded(text, "rechnung").map(|(s, _)| s), Some(0));
        assert_eq!(find_folded(text, "invoice"), None);
        assert_eq!(find_folded(text, ""), None);
    }
}
