//! How times are written on the administration pages: UTC, to the minute.

/// "2026-11-21 05:21 UTC".
pub fn when(unix_seconds: i64) -> String {
    match jiff::Timestamp::from_second(unix_seconds) {
        Ok(t) => t.strftime("%Y-%m-%d %H:%M UTC").to_string(),
        Err(_) => unix_seconds.to_string(),
    }
}

/// "2026-11-21".
pub fn day(unix_seconds: i64) -> String {
    match jiff::Timestamp::from_second(unix_seconds) {
        Ok(t) => t.strftime("%Y-%m-%d").to_string(),
        Err(_) => unix_seconds.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn times_are_utc_to_the_minute() {
        assert_eq!(super::when(1_795_238_495), "2026-11-21 05:21 UTC");
        assert_eq!(super::day(1_795_238_495), "2026-11-21");
    }
}
