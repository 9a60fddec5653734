//! Dates, numbers and amounts as each language writes them. The date patterns are messages of the
//! catalogues (`date-format`, `stamp-format`), so a translator sets them; exports and the JSON
//! keep ISO dates and plain numbers and never come through here.

use jiff::civil::{Date, DateTime};

use super::Language;

/// A date as the language writes it: `2026-11-21`, `2026年11月21日`, `21.11.2026`, `2026/11/21`.
pub fn date(language: Language, date: Date) -> String {
    with_pattern(&crate::tr!(language, "date-format"), date.into())
        .unwrap_or_else(|| date.to_string())
}

/// A date and time of day as the language writes it: `2026-11-21 14:03`, `21.11.2026 14:03`.
pub fn stamp(language: Language, at: DateTime) -> String {
    with_pattern(&crate::tr!(language, "stamp-format"), at)
        .unwrap_or_else(|| at.strftime("%Y-%m-%d %H:%M").to_string())
}

/// A pattern a translator wrote, or none when it is not one jiff can use.
fn with_pattern(pattern: &str, at: DateTime) -> Option<String> {
    jiff::fmt::strtime::format(pattern, at).ok()
}

/// A whole number with the language's thousands separator: `12,345`, `12.345`.
pub fn number(language: Language, n: i64) -> String {
    let (_, group) = language.number_separators();
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(digit);
    }
    out
}

/// A stored amount (`1200.50`, as the database and the exports keep it) as the language writes
/// it: `1,200.50`, `1.200,50`. Anything that is not a stored amount is shown as it is.
pub fn amount(language: Language, stored: &str) -> String {
    let (whole, cents) = stored.split_once('.').unwrap_or((stored, ""));
    let Ok(whole_number) = whole.parse::<i64>() else {
        return stored.to_owned();
    };
    let (decimal, _) = language.number_separators();
    let mut out = number(language, whole_number);
    if !cents.is_empty() {
        out.push(decimal);
        out.push_str(cents);
    }
    out
}

/// An amount as a person typed it in their language (`1.200,50` in German, `1,200.50` or
/// `1200.50` in English), as it is stored: `1200.50`. None when it is not an amount: digits,
/// thousands separators between groups of three, and at most two decimals.
pub fn parse_amount(language: Language, text: &str) -> Option<String> {
    let (decimal, group) = language.number_separators();
    // A Chinese or Japanese input method may type full-width digits and separators.
    let text: String = text.trim().chars().map(half_width).collect();
    let text = text.as_str();
    let (whole, cents) = match text.split_once(decimal) {
        Some((whole, cents)) => (whole, Some(cents)),
        None => (text, None),
    };
    let grouped: Vec<&str> = whole.split(group).collect();
    let groups_ok = grouped.len() == 1
        || (!grouped[0].is_empty()
            && grouped[0].len() <= 3
            && grouped[1..].iter().all(|g| g.len() == 3));
    let digits: String = grouped.concat();
    if !groups_ok
        || digits.is_empty()
        || digits.len() > 15
        || !digits.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    match cents {
        None => Some(digits),
        Some(c) if (1..=2).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_digit()) => {
            Some(format!("{digits}.{c}"))
        }
        Some(_) => None,
    }
}

/// The ASCII twin of a full-width digit, comma or full stop (`１` → `1`); any other character
/// as it is.
fn half_width(c: char) -> char {
    match c {
        '０'..='９' | '，' | '．' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date as d;

    #[test]
    fn numbers_are_grouped_as_the_language_groups_them() {
        assert_eq!(number(Language::En, 1_234_567), "1,234,567");
        assert_eq!(number(Language::De, 1_234_567), "1.234.567");
        assert_eq!(number(Language::Ja, 999), "999");
        assert_eq!(number(Language::En, -1000), "-1,000");
    }

    #[test]
    fn amounts_are_read_and_written_in_the_language_s_format() {
        assert_eq!(
            parse_amount(Language::De, "1.200,50").as_deref(),
            Some("1200.50")
        );
        assert_eq!(
            parse_amount(Language::De, "1200,5").as_deref(),
            Some("1200.5")
        );
        assert_eq!(
            parse_amount(Language::En, "1,200.50").as_deref(),
            Some("1200.50")
        );
        assert_eq!(parse_amount(Language::Ja, "1200").as_deref(), Some("1200"));
        assert_eq!(
            parse_amount(Language::Ja, "１，２００．５０").as_deref(),
            Some("1200.50")
        );
        for bad in [
            "",
            "1.2.3",
            "12,00.5",
            "1,2",
            "abc",
            "1.234",
            ",5",
            "1.000,123",
        ] {
            assert_eq!(parse_amount(Language::En, bad), None, "{bad}");
        }
        for bad in ["1200.50", "1,2,3", "1.20"] {
            assert_eq!(parse_amount(Language::De, bad), None, "{bad}");
        }
        assert_eq!(amount(Language::De, "1200.50"), "1.200,50");
        assert_eq!(amount(Language::En, "1200.50"), "1,200.50");
        assert_eq!(amount(Language::Ja, "1200"), "1,200");
    }

    #[test]
    fn dates_follow_the_catalogue_s_pattern() {
        assert_eq!(date(Language::En, d(2026, 11, 21)), "2026-11-21");
        assert_eq!(
            stamp(Language::En, d(2026, 11, 21).at(14, 3, 0, 0)),
            "2026-11-21 14:03"
        );
    }
}
