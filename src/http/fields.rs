//! What the forms of several features share: an address or a date shown again after a refusal,
//! a date read as `yyyy-mm-dd`, and a new password checked with its repetition.

use jiff::civil::Date;

use crate::domain::{EMAIL_MAX_BYTES, Password};

/// A date as the forms take it: exactly `yyyy-mm-dd` (not `+002026-12-31`, nor `2026-1-1`).
pub fn parse_date(raw: &str) -> Option<Date> {
    let raw = raw.trim();
    let bytes = raw.as_bytes();
    (bytes.len() == 10 && bytes[4] == b'-' && bytes[7] == b'-')
        .then(|| raw.parse::<Date>().ok())
        .flatten()
}

/// A typed date as a form shows it again after a refusal: a date is ten characters, and a page
/// never echoes kilobytes of whatever was sent instead.
pub fn date_to_show_again(raw: &str) -> String {
    raw.trim().chars().take(32).collect()
}

/// A typed address as a form shows it again after a refusal: not at all when it is longer
/// than any address can be (the field may be a megabyte).
pub fn email_to_show_again(raw: &str) -> &str {
    if raw.trim().len() > EMAIL_MAX_BYTES {
        ""
    } else {
        raw
    }
}

/// Why a new password is refused, worded, by the field the error goes next to.
#[derive(Debug)]
pub enum NewPasswordError {
    Password(String),
    Confirm(String),
}

/// Checks a new password and its repetition, the refusal in the reader's language.
pub fn check_new_password(
    lang: crate::i18n::Language,
    password: &str,
    confirm: &str,
) -> Result<Password, NewPasswordError> {
    match Password::new(password) {
        Err(e) => Err(NewPasswordError::Password(crate::i18n::password_error(
            lang, e,
        ))),
        Ok(_) if password != confirm => Err(NewPasswordError::Confirm(crate::tr!(
            lang,
            "passwords-differ"
        ))),
        Ok(p) => Ok(p),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_is_exactly_year_month_day_and_a_long_one_is_not_shown_again_whole() {
        assert_eq!(
            parse_date(" 2026-12-31 "),
            Some(jiff::civil::date(2026, 12, 31))
        );
        for bad in [
            "+002026-12-31",
            "2026-1-1",
            "2026-02-30",
            "20261231",
            "2026/12/31",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        assert_eq!(date_to_show_again(&"9".repeat(20_000)).len(), 32);
    }
}
