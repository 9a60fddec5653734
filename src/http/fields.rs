//! What the forms of several features share: an address shown again after a refusal, and a new
//! password checked with its repetition.

use crate::domain::{EMAIL_MAX_BYTES, Password};

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
