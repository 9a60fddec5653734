//! How times are written on the administration pages: UTC, to the minute, in the reader's
//! language's own order.

use jiff::tz::TimeZone;

use crate::i18n::{Language, format};

/// "2026-11-21 05:21 UTC", "21.11.2026 05:21 UTC".
pub fn when(lang: Language, unix_seconds: i64) -> String {
    match jiff::Timestamp::from_second(unix_seconds) {
        Ok(t) => format!(
            "{} UTC",
            format::stamp(lang, t.to_zoned(TimeZone::UTC).datetime())
        ),
        Err(_) => unix_seconds.to_string(),
    }
}

/// "2026-11-21", "21.11.2026".
pub fn day(lang: Language, unix_seconds: i64) -> String {
    match jiff::Timestamp::from_second(unix_seconds) {
        Ok(t) => format::date(lang, t.to_zoned(TimeZone::UTC).date()),
        Err(_) => unix_seconds.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Language;

    #[test]
    fn times_are_utc_to_the_minute() {
        assert_eq!(
            super::when(Language::En, 1_795_238_495),
            "2026-11-21 05:21 UTC"
        );
        assert_eq!(super::day(Language::En, 1_795_238_495), "2026-11-21");
    }
}
