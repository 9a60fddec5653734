//! Who acts and who looks. An [`Actor`] is who made a change and from where: every audit entry
//! and every history (Server ID, keys, recorded instances) names one. A [`Viewer`] is who is
//! looking: administrators see and manage every licence, everyone else the licences they are a
//! contact of.

use super::{Account, AccountId, Email};

/// What the database keeps for the command line where a history or the audit log names who
/// acted. Kept as the text older databases hold; pages show [`RecordedActor`]'s words instead.
pub const COMMAND_LINE_LABEL: &str = "command line";
/// What the database keeps for someone not signed in (a failed sign-in, a reset request).
pub const ANONYMOUS_LABEL: &str = "anonymous";

/// Who acted, and from which client address when it came over HTTP.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// A signed-in account (or one that just proved who it is, by signing in or by a link).
    Account {
        id: AccountId,
        email: Email,
        client_addr: Option<String>,
    },
    /// Someone not signed in.
    Anonymous { client_addr: Option<String> },
    /// The command line on the server itself.
    CommandLine,
}

impl Actor {
    /// An account acting from `client_addr`.
    pub fn account(account: &Account, client_addr: Option<String>) -> Actor {
        Actor::Account {
            id: account.id,
            email: account.email.clone(),
            client_addr,
        }
    }

    pub fn account_id(&self) -> Option<AccountId> {
        match self {
            Actor::Account { id, .. } => Some(*id),
            Actor::Anonymous { .. } | Actor::CommandLine => None,
        }
    }

    pub fn client_addr(&self) -> Option<&str> {
        match self {
            Actor::Account { client_addr, .. } | Actor::Anonymous { client_addr } => {
                client_addr.as_deref()
            }
            Actor::CommandLine => None,
        }
    }

    /// The text the database keeps for this actor: the account's address, or a fixed label.
    pub fn stored_label(&self) -> &str {
        match self {
            Actor::Account { email, .. } => email.as_str(),
            Actor::Anonymous { .. } => ANONYMOUS_LABEL,
            Actor::CommandLine => COMMAND_LINE_LABEL,
        }
    }
}

/// An actor as a history or the audit log kept it, read back from its stored label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordedActor<'a> {
    /// An account's address (or whatever text an older database holds).
    Account(&'a str),
    Anonymous,
    CommandLine,
}

impl<'a> RecordedActor<'a> {
    pub fn from_stored(label: &'a str) -> RecordedActor<'a> {
        match label {
            COMMAND_LINE_LABEL => RecordedActor::CommandLine,
            ANONYMOUS_LABEL => RecordedActor::Anonymous,
            other => RecordedActor::Account(other),
        }
    }
}

/// Who is looking: administrators see every licence, everyone else the ones they are a
/// contact of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Viewer {
    pub account_id: AccountId,
    pub is_admin: bool,
}

impl Viewer {
    pub fn of(account: &Account) -> Viewer {
        Viewer {
            account_id: account.id,
            is_admin: account.is_admin,
        }
    }
}

/// Who acts on one licence's contacts: the account, and whether it oversees the licence (an
/// administrator, or a manager of the licence's organisation), which lets it do what the
/// licence's primary contact may.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Acting {
    pub account_id: AccountId,
    pub oversees: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_label_reads_back_as_the_actor_that_wrote_it() {
        let email = Email::parse("ana@example.com").unwrap();
        let account = Actor::Account {
            id: AccountId(1),
            email: email.clone(),
            client_addr: Some("192.0.2.1".into()),
        };
        for (actor, recorded) in [
            (account, RecordedActor::Account("ana@example.com")),
            (
                Actor::Anonymous { client_addr: None },
                RecordedActor::Anonymous,
            ),
            (Actor::CommandLine, RecordedActor::CommandLine),
        ] {
            assert_eq!(RecordedActor::from_stored(actor.stored_label()), recorded);
        }
    }
}
