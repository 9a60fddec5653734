//! Accounts and the password rules.

use super::{AccountId, Email};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AccountState {
    Active,
    Invited,
    Disabled,
}

impl AccountState {
    pub fn as_str(self) -> &'static str {
        match self {
            AccountState::Active => "active",
            AccountState::Invited => "invited",
            AccountState::Disabled => "disabled",
        }
    }

    pub fn parse(value: &str) -> Option<AccountState> {
        match value {
            "active" => Some(AccountState::Active),
            "invited" => Some(AccountState::Invited),
            "disabled" => Some(AccountState::Disabled),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: AccountId,
    pub email: Email,
    pub display_name: String,
    pub language: String,
    pub is_admin: bool,
    pub state: AccountState,
    pub created_at: i64,
    pub last_sign_in_at: Option<i64>,
}

/// The longest display name an account keeps, in characters.
pub const DISPLAY_NAME_MAX_CHARS: usize = 200;

/// Whether a display name (already trimmed) can be kept: not too long, no control characters.
pub fn display_name_fits(name: &str) -> bool {
    name.chars().count() <= DISPLAY_NAME_MAX_CHARS && !name.chars().any(char::is_control)
}

impl Account {
    /// The name to show: the display name, or the e-mail address when there is none.
    pub fn label(&self) -> &str {
        if self.display_name.trim().is_empty() {
            self.email.as_str()
        } else {
            &self.display_name
        }
    }
}

/// A new password that meets the rules. bcrypt reads at most 72 bytes, so a longer password
/// is refused rather than silently truncated.
#[derive(Clone)]
pub struct Password(String);

/// Counted in characters: twelve Chinese characters are as long a password as twelve letters.
pub const PASSWORD_MIN_CHARS: usize = 12;
pub const PASSWORD_MAX_BYTES: usize = 72;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("the password is too short: use at least 12 characters")]
    TooShort,
    #[error("the password is too long: at most 72 bytes (bcrypt would ignore the rest)")]
    TooLong,
}

impl Password {
    pub fn new(value: &str) -> Result<Password, PasswordError> {
        if value.chars().count() < PASSWORD_MIN_CHARS {
            Err(PasswordError::TooShort)
        } else if value.len() > PASSWORD_MAX_BYTES {
            Err(PasswordError::TooLong)
        } else {
            Ok(Password(value.to_owned()))
        }
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_s_minimum_is_characters_and_its_maximum_bcrypt_s_bytes() {
        assert!(matches!(
            Password::new("一二三四"),
            Err(PasswordError::TooShort)
        ));
        assert!(Password::new("一二三四五六七八九十百千").is_ok());
        assert!(Password::new(&"漢".repeat(24)).is_ok());
        assert!(matches!(
            Password::new(&"漢".repeat(25)),
            Err(PasswordError::TooLong)
        ));
    }

    #[test]
    fn password_length_is_12_to_72_bytes() {
        assert_eq!(Password::new("short").unwrap_err(), PasswordError::TooShort);
        assert!(Password::new("twelve chars").is_ok());
        assert!(Password::new(&"x".repeat(72)).is_ok());
        assert_eq!(
            Password::new(&"x".repeat(73)).unwrap_err(),
            PasswordError::TooLong
        );
        // 25 three-byte characters are 75 bytes: refused, not truncated.
        assert_eq!(
            Password::new(&"€".repeat(25)).unwrap_err(),
            PasswordError::TooLong
        );
    }
}
