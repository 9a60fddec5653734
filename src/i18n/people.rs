//! The words of contacts, accounts, mail and administration that stand alone (a role, a state):
//! each a message of the `people-` section of the catalogue. Inside a sentence a role is not one
//! of these words: the sentence's message is given the role's code and chooses its own wording.

use super::Language;
use crate::domain::{AccountState, ContactRole, MailState};

/// A role on its own, as a column shows it ("technical").
pub fn role(lang: Language, role: ContactRole) -> String {
    match role {
        ContactRole::Technical => crate::tr!(lang, "people-role-technical"),
        ContactRole::Billing => crate::tr!(lang, "people-role-billing"),
    }
}

pub fn account_state(lang: Language, state: AccountState) -> String {
    match state {
        AccountState::Active => crate::tr!(lang, "people-state-active"),
        AccountState::Invited => crate::tr!(lang, "people-state-invited"),
        AccountState::Disabled => crate::tr!(lang, "people-state-disabled"),
    }
}

pub fn mail_state(lang: Language, state: MailState) -> String {
    match state {
        MailState::Queued => crate::tr!(lang, "people-mail-state-queued"),
        MailState::Sent => crate::tr!(lang, "people-mail-state-sent"),
        MailState::Failed => crate::tr!(lang, "people-mail-state-failed"),
    }
}
