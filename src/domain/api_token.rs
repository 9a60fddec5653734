//! Personal access tokens: how a script or a monitoring host acts for an account through the
//! JSON API. A token carries its account's rights, narrowed by a scope (only reading, or
//! reading and changing) and, when given one, to the licences of one organisation. It ends by
//! itself, and at once when revoked.

use super::organisation::OrganisationRef;
use super::{AccountId, OrganisationId};

/// The longest a token may live, in days from the day it is made.
pub const MAX_DAYS: i64 = 366;
/// How long a token lives when its maker does not say.
pub const DEFAULT_DAYS: i64 = 90;
/// The longest name a token keeps, in characters.
pub const NAME_MAX_CHARS: usize = 80;

/// What a token may do with what its account may see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenScope {
    /// Reads only: every request that would change something is refused.
    Read,
    /// Reads and changes, as the account may on the web.
    Write,
}

impl TokenScope {
    pub const ALL: [TokenScope; 2] = [TokenScope::Read, TokenScope::Write];

    pub fn as_str(self) -> &'static str {
        match self {
            TokenScope::Read => "read",
            TokenScope::Write => "write",
        }
    }

    pub fn parse(raw: &str) -> Option<TokenScope> {
        TokenScope::ALL.into_iter().find(|s| s.as_str() == raw)
    }
}

/// A token as its owner sees it listed (never the secret itself, which is not kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiToken {
    pub id: i64,
    pub account_id: AccountId,
    pub name: String,
    pub scope: TokenScope,
    /// The one organisation whose licences the token reaches; `None`: all the account sees.
    pub organisation: Option<OrganisationRef>,
    pub created_at: i64,
    pub expires_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

/// Whether a token still opens the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenState {
    Live,
    Expired,
    Revoked,
}

impl ApiToken {
    pub fn state(&self, now: i64) -> TokenState {
        if self.revoked_at.is_some() {
            TokenState::Revoked
        } else if now >= self.expires_at {
            TokenState::Expired
        } else {
            TokenState::Live
        }
    }

    /// The organisation the token is narrowed to, if any.
    pub fn organisation_id(&self) -> Option<OrganisationId> {
        self.organisation.as_ref().map(|o| o.id)
    }
}

/// Why a new token's name or lifetime is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenRequestError {
    NameMissing,
    NameTooLong,
    /// The name holds a control or direction-turning character, which would garble the list.
    NameUnprintable,
    /// Not a whole number of days from 1 to [`MAX_DAYS`].
    Days,
}

/// A token's name as it is kept: trimmed, one to [`NAME_MAX_CHARS`] printable characters.
pub fn check_name(raw: &str) -> Result<String, TokenRequestError> {
    let name = raw.trim();
    if name.is_empty() {
        return Err(TokenRequestError::NameMissing);
    }
    if name.chars().count() > NAME_MAX_CHARS {
        return Err(TokenRequestError::NameTooLong);
    }
    if name
        .chars()
        .any(|c| c.is_control() || super::organisation::is_bidi_control(c))
    {
        return Err(TokenRequestError::NameUnprintable);
    }
    Ok(name.to_owned())
}

/// A lifetime in days, from 1 to [`MAX_DAYS`]; blank is [`DEFAULT_DAYS`].
pub fn check_days(raw: &str) -> Result<i64, TokenRequestError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(DEFAULT_DAYS);
    }
    let digits = raw.len() <= 4 && raw.bytes().all(|b| b.is_ascii_digit());
    match raw.parse::<i64>() {
        Ok(days) if digits && (1..=MAX_DAYS).contains(&days) => Ok(days),
        _ => Err(TokenRequestError::Days),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(revoked_at: Option<i64>) -> ApiToken {
        ApiToken {
            id: 1,
            account_id: AccountId(1),
            name: "monitoring".into(),
            scope: TokenScope::Read,
            organisation: None,
            created_at: 0,
            expires_at: 100,
            last_used_at: None,
            revoked_at,
        }
    }

    #[test]
    fn a_token_lives_until_it_expires_or_is_revoked() {
        assert_eq!(token(None).state(99), TokenState::Live);
        assert_eq!(token(None).state(100), TokenState::Expired);
        assert_eq!(token(Some(50)).state(10), TokenState::Revoked);
    }

    #[test]
    fn names_are_trimmed_bounded_and_printable() {
        assert_eq!(check_name("  Nagios  "), Ok("Nagios".to_owned()));
        assert_eq!(check_name("   "), Err(TokenRequestError::NameMissing));
        assert_eq!(
            check_name(&"x".repeat(NAME_MAX_CHARS + 1)),
            Err(TokenRequestError::NameTooLong)
        );
        assert_eq!(
            check_name("a\u{202E}b"),
            Err(TokenRequestError::NameUnprintable)
        );
        assert_eq!(check_name("監視"), Ok("監視".to_owned()));
    }

    #[test]
    fn lifetimes_are_whole_days_within_the_limit() {
        assert_eq!(check_days(""), Ok(DEFAULT_DAYS));
        assert_eq!(check_days("1"), Ok(1));
        assert_eq!(check_days("366"), Ok(366));
        for bad in ["0", "367", "-1", "1.5", "+3", "99999999999999999999", "ten"] {
            assert_eq!(check_days(bad), Err(TokenRequestError::Days), "{bad}");
        }
    }

    #[test]
    fn scopes_read_back() {
        for scope in TokenScope::ALL {
            assert_eq!(TokenScope::parse(scope.as_str()), Some(scope));
        }
        assert_eq!(TokenScope::parse("admin"), None);
    }
}
