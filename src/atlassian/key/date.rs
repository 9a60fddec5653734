//! Owns `KeyDate`: the dates a licence carries, which are either calendar dates or, in test
//! keys, durations counted from the moment the licence is applied to a product.

use std::fmt;
use std::time::Duration;

use jiff::civil::Date;
use serde::{Serialize, Serializer};

/// A purchase, creation or expiry date as written in a licence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyDate {
    /// A calendar date (`yyyy-MM-dd`, or epoch milliseconds read as a UTC date).
    Absolute(Date),
    /// A period counted from when the licence is applied (`P3H`, `P72H`, `Duration:60000` in
    /// milliseconds): the raw text, and the length when it could be read.
    Relative {
        raw: String,
        after: Option<Duration>,
    },
    /// Anything else, kept as written so nothing is lost.
    Unrecognised(String),
}

impl KeyDate {
    /// Reads a licence date; never fails, because an odd date must not hide the rest of a key.
    pub fn parse(raw: &str) -> KeyDate {
        let text = raw.trim();
        if let Some(millis) = text.strip_prefix("Duration:") {
            return KeyDate::Relative {
                raw: text.to_string(),
                after: millis.trim().parse::<u64>().ok().map(Duration::from_millis),
            };
        }
        if text.starts_with(['P', 'p']) {
            return KeyDate::Relative {
                raw: text.to_string(),
                after: parse_period(text),
            };
        }
        if text.len() == 10
            && let Ok(date) = text.parse::<Date>()
        {
            return KeyDate::Absolute(date);
        }
        if text.len() >= 10
            && text.bytes().all(|b| b.is_ascii_digit())
            && let Some(date) = text
                .parse::<i64>()
                .ok()
                .and_then(|ms| jiff::Timestamp::from_millisecond(ms).ok())
                .map(|ts| ts.to_zoned(jiff::tz::TimeZone::UTC).date())
        {
            return KeyDate::Absolute(date);
        }
        KeyDate::Unrecognised(text.to_string())
    }

    /// The calendar date, when the licence gives one.
    pub fn date(&self) -> Option<Date> {
        match self {
            KeyDate::Absolute(date) => Some(*date),
            _ => None,
        }
    }
}

/// Reads the ISO-8601-like periods of test keys: `P3H` (Atlassian omits the `T`), `PT30M`,
/// `P1DT2H`, `P2W`. Months and years have no fixed length, so they give `None`, as does a bare
/// `M` outside the time part, where it would mean months.
fn parse_period(text: &str) -> Option<Duration> {
    let rest = text.get(1..)?;
    let mut seconds: u64 = 0;
    let mut number: Option<u64> = None;
    let mut in_time = false;
    let mut any_unit = false;
    for c in rest.chars() {
        if let Some(digit) = c.to_digit(10) {
            number = Some(
                number
                    .unwrap_or(0)
                    .checked_mul(10)?
                    .checked_add(u64::from(digit))?,
            );
            continue;
        }
        if c.eq_ignore_ascii_case(&'T') && number.is_none() {
            in_time = true;
            continue;
        }
        let unit_seconds = match c.to_ascii_uppercase() {
            'W' if !in_time => 7 * 86_400,
            'D' if !in_time => 86_400,
            'H' => 3_600,
            'M' if in_time => 60,
            'S' => 1,
            _ => return None,
        };
        seconds = seconds.checked_add(number.take()?.checked_mul(unit_seconds)?)?;
        any_unit = true;
    }
    (any_unit && number.is_none()).then(|| Duration::from_secs(seconds))
}

/// Says a duration the way a person would: "3 hours", "1 minute", "10 seconds".
fn describe(duration: Duration) -> String {
    let secs = duration.as_secs();
    let plural = |n: u64, unit: &str| {
        if n == 1 {
            format!("1 {unit}")
        } else {
            format!("{n} {unit}s")
        }
    };
    if duration.subsec_millis() != 0 || secs == 0 {
        plural(
            u64::try_from(duration.as_millis()).unwrap_or(u64::MAX),
            "millisecond",
        )
    } else if secs.is_multiple_of(86_400) {
        plural(secs / 86_400, "day")
    } else if secs.is_multiple_of(3_600) {
        plural(secs / 3_600, "hour")
    } else if secs.is_multiple_of(60) {
        plural(secs / 60, "minute")
    } else {
        plural(secs, "second")
    }
}

impl fmt::Display for KeyDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyDate::Absolute(date) => write!(f, "{date}"),
            KeyDate::Relative {
                raw,
                after: Some(after),
            } => write!(
                f,
                "{raw} ({} after the licence is applied)",
                describe(*after)
            ),
            KeyDate::Relative { raw, after: None } => {
                write!(f, "{raw} (counted from when the licence is applied)")
            }
            KeyDate::Unrecognised(raw) => f.write_str(raw),
        }
    }
}

/// Serialised as a tagged object so JSON readers need not re-parse the text:
/// `{"kind":"absolute","date":"2018-05-01"}`, `{"kind":"relative","raw":"P3H","millis":10800000}`,
/// `{"kind":"unrecognised","raw":"…"}`.
impl Serialize for KeyDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        #[serde(tag = "kind", rename_all = "snake_case")]
        enum Repr<'a> {
            Absolute { date: String },
            Relative { raw: &'a str, millis: Option<u64> },
            Unrecognised { raw: &'a str },
        }
        let repr = match self {
            KeyDate::Absolute(date) => Repr::Absolute {
                date: date.to_string(),
            },
            KeyDate::Relative { raw, after } => Repr::Relative {
                raw,
                millis: after.map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX)),
            },
            KeyDate::Unrecognised(raw) => Repr::Unrecognised { raw },
        };
        repr.serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn relative(raw: &str, secs: Option<u64>) -> KeyDate {
        KeyDate::Relative {
            raw: raw.to_string(),
            after: secs.map(Duration::from_secs),
        }
    }

    #[test]
    fn calendar_dates() {
        assert_eq!(
            KeyDate::parse("2018-05-01"),
            KeyDate::Absolute(jiff::civil::date(2018, 5, 1))
        );
        assert_eq!(KeyDate::parse("2018-05-01").to_string(), "2018-05-01");
        assert_eq!(
            KeyDate::parse("1262304000000"),
            KeyDate::Absolute(jiff::civil::date(2010, 1, 1))
        );
        assert_eq!(
            KeyDate::parse("2018-13-01"),
            KeyDate::Unrecognised("2018-13-01".into())
        );
        assert_eq!(KeyDate::parse(""), KeyDate::Unrecognised(String::new()));
    }

    #[test]
    fn relative_periods() {
        assert_eq!(KeyDate::parse("P3H"), relative("P3H", Some(3 * 3600)));
        assert_eq!(KeyDate::parse("P72H"), relative("P72H", Some(72 * 3600)));
        assert_eq!(KeyDate::parse("PT30M"), relative("PT30M", Some(1800)));
        assert_eq!(
            KeyDate::parse("P1DT2H"),
            relative("P1DT2H", Some(86_400 + 7200))
        );
        assert_eq!(KeyDate::parse("P2W"), relative("P2W", Some(14 * 86_400)));
        assert_eq!(KeyDate::parse("P1M"), relative("P1M", None));
        assert_eq!(KeyDate::parse("P3"), relative("P3", None));
        assert_eq!(KeyDate::parse("P"), relative("P", None));
        assert_eq!(
            KeyDate::parse("P99999999999999999999H"),
            relative("P99999999999999999999H", None)
        );
        assert_eq!(
            KeyDate::parse("Duration:60000"),
            KeyDate::Relative {
                raw: "Duration:60000".into(),
                after: Some(Duration::from_millis(60_000))
            }
        );
    }

    #[test]
    fn display_says_what_a_relative_date_means() {
        assert_eq!(
            KeyDate::parse("P3H").to_string(),
            "P3H (3 hours after the licence is applied)"
        );
        assert_eq!(
            KeyDate::parse("Duration:60000").to_string(),
            "Duration:60000 (1 minute after the licence is applied)"
        );
        assert_eq!(
            KeyDate::parse("Duration:10000").to_string(),
            "Duration:10000 (10 seconds after the licence is applied)"
        );
        assert_eq!(
            KeyDate::parse("P1M").to_string(),
            "P1M (counted from when the licence is applied)"
        );
    }

    #[test]
    fn json_shape() {
        let json = |d: KeyDate| serde_json::to_string(&d).unwrap_or_default();
        assert_eq!(
            json(KeyDate::parse("2018-05-01")),
            r#"{"kind":"absolute","date":"2018-05-01"}"#
        );
        assert_eq!(
            json(KeyDate::parse("P3H")),
            r#"{"kind":"relative","raw":"P3H","millis":10800000}"#
        );
    }
}
