//! Validated strings: parse once at the edge, then the type carries the guarantee.

use std::fmt;

/// An e-mail address, trimmed and lower-cased: accounts are identified by it case-insensitively.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct Email(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("enter an e-mail address")]
    Empty,
    #[error("an e-mail address has the form name@example.com")]
    Malformed,
    #[error("that e-mail address is too long (at most 254 bytes)")]
    TooLong,
}

/// The longest e-mail address, in bytes (RFC 5321's limit on a path, less its brackets).
pub const EMAIL_MAX_BYTES: usize = 254;

impl Email {
    pub fn parse(input: &str) -> Result<Email, EmailError> {
        // Measured before anything is copied: a form field may be a megabyte long.
        if input.trim().len() > EMAIL_MAX_BYTES {
            return Err(EmailError::TooLong);
        }
        let normalised = input.trim().to_lowercase();
        if normalised.is_empty() {
            return Err(EmailError::Empty);
        }
        if normalised.len() > EMAIL_MAX_BYTES {
            return Err(EmailError::TooLong);
        }
        let (local, domain) = normalised.split_once('@').ok_or(EmailError::Malformed)?;
        let well_formed = !local.is_empty()
            && !domain.is_empty()
            && !domain.contains('@')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !normalised
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || "<>\"(),;:[]\\".contains(c));
        if !well_formed {
            return Err(EmailError::Malformed);
        }
        Ok(Email(normalised))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A product installation's Server ID: four groups of four letters or digits, e.g.
/// `BG9T-XUV4-KZZH-B01W`. Stored upper-case.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct ServerId(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a Server ID is four groups of four letters or digits, like BG9T-XUV4-KZZH-B01W")]
pub struct ServerIdError;

impl ServerId {
    pub fn parse(input: &str) -> Result<ServerId, ServerIdError> {
        let value = input.trim().to_ascii_uppercase();
        let groups: Vec<&str> = value.split('-').collect();
        let valid = groups.len() == 4
            && groups
                .iter()
                .all(|g| g.len() == 4 && g.bytes().all(|b| b.is_ascii_alphanumeric()));
        if valid {
            Ok(ServerId(value))
        } else {
            Err(ServerIdError)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ServerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A Support Entitlement Number as My Atlassian writes it: `SEN-` and then letters, digits and
/// hyphens (`SEN-1234567`, `SEN-L1234567`). Stored upper-case, without surrounding spaces.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct Sen(String);

/// Why a text is not a SEN.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SenError {
    /// Longer than [`Sen::MAX_CHARS`] characters.
    TooLong,
    /// Not `SEN-` followed by letters, digits and hyphens.
    Malformed,
}

impl Sen {
    /// The longest SEN taken, prefix included.
    pub const MAX_CHARS: usize = 40;

    pub fn parse(input: &str) -> Result<Sen, SenError> {
        let value = input.trim().to_ascii_uppercase();
        let well_formed = value.strip_prefix("SEN-").is_some_and(|rest| {
            rest.bytes().any(|b| b.is_ascii_alphanumeric())
                && rest.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        });
        if !well_formed {
            Err(SenError::Malformed)
        } else if value.len() > Sen::MAX_CHARS {
            Err(SenError::TooLong)
        } else {
            Ok(Sen(value))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

impl fmt::Display for Sen {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sens_have_the_prefix_and_letters_or_digits() {
        assert_eq!(Sen::parse(" sen-l12 ").unwrap().as_str(), "SEN-L12");
        assert!(Sen::parse("SEN-1234567").is_ok());
        assert!(Sen::parse("SEN-RT-7").is_ok());
        assert_eq!(Sen::parse("SEN-"), Err(SenError::Malformed));
        assert_eq!(Sen::parse("SEN--"), Err(SenError::Malformed));
        assert_eq!(Sen::parse("1234567"), Err(SenError::Malformed));
        assert_eq!(Sen::parse("SEN-12 34"), Err(SenError::Malformed));
        assert!(Sen::parse(&format!("SEN-{}", "1".repeat(36))).is_ok());
        assert_eq!(
            Sen::parse(&format!("SEN-{}", "1".repeat(37))),
            Err(SenError::TooLong)
        );
    }

    #[test]
    fn email_is_normalised_and_checked() {
        assert_eq!(
            Email::parse("  Ann@Example.COM ").unwrap().as_str(),
            "ann@example.com"
        );
        assert_eq!(Email::parse(""), Err(EmailError::Empty));
        assert_eq!(Email::parse("ann"), Err(EmailError::Malformed));
        assert_eq!(Email::parse("a@b@c"), Err(EmailError::Malformed));
        assert_eq!(Email::parse("a b@c.d"), Err(EmailError::Malformed));
        assert_eq!(Email::parse("a@.c"), Err(EmailError::Malformed));
    }

    #[test]
    fn server_id_has_four_groups_of_four() {
        assert_eq!(
            ServerId::parse(" bg9t-xuv4-kzzh-b01w").unwrap().as_str(),
            "BG9T-XUV4-KZZH-B01W"
        );
        for bad in [
            "",
            "BG9T-XUV4-KZZH",
            "BG9T-XUV4-KZZH-B01",
            "BG9T-XUV4-KZZH-B01W-",
            "BG9T_XUV4_KZZH_B01W",
            "BG9T-XUV4-KZZH-B0!W",
        ] {
            assert_eq!(ServerId::parse(bad), Err(ServerIdError), "{bad}");
        }
    }
}
