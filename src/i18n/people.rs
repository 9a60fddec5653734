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

/// The words for a mail kind as the outbox stores it (`MailKind::as_str`); an unknown kind as it is.
pub fn mail_kind(lang: Language, kind: &str) -> String {
    match kind {
        "invitation" => crate::tr!(lang, "people-mail-kind-invitation"),
        "reset" => crate::tr!(lang, "people-mail-kind-reset"),
        "contact-added" => crate::tr!(lang, "people-mail-kind-contact-added"),
        "contact-removed" => crate::tr!(lang, "people-mail-kind-contact-removed"),
        "primary-changed" => crate::tr!(lang, "people-mail-kind-primary-changed"),
        "support-reminder" => crate::tr!(lang, "people-mail-kind-support-reminder"),
        "evaluation-reminder" => crate::tr!(lang, "people-mail-kind-evaluation-reminder"),
        "consolidation" => crate::tr!(lang, "people-mail-kind-consolidation"),
        "account-disabled" => crate::tr!(lang, "people-mail-kind-account-disabled"),
        "cutoff-reminder" => crate::tr!(lang, "people-mail-kind-cutoff-reminder"),
        "organisation-report" => crate::tr!(lang, "org-report-mail-kind"),
        "organisation-access" => crate::tr!(lang, "org-access-mail-kind"),
        other => other.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::mail::MailKind;

    #[test]
    fn every_mail_kind_has_words_in_every_language() {
        let kinds = [
            MailKind::Invitation,
            MailKind::Reset,
            MailKind::ContactAdded,
            MailKind::ContactRemoved,
            MailKind::PrimaryChanged,
            MailKind::SupportReminder,
            MailKind::EvaluationReminder,
            MailKind::Consolidation,
            MailKind::AccountDisabled,
            MailKind::CutoffReminder,
            MailKind::OrganisationReport,
            MailKind::OrganisationAccess,
        ];
        for lang in Language::ALL {
            for kind in kinds {
                listed(kind);
                assert_ne!(mail_kind(lang, kind.as_str()), kind.as_str());
                if lang != Language::En {
                    assert_ne!(
                        mail_kind(lang, kind.as_str()),
                        mail_kind(Language::En, kind.as_str())
                    );
                }
            }
        }
    }

    /// A kind added to `MailKind` does not compile here until it is in the list above too.
    fn listed(kind: MailKind) {
        match kind {
            MailKind::Invitation
            | MailKind::Reset
            | MailKind::ContactAdded
            | MailKind::ContactRemoved
            | MailKind::PrimaryChanged
            | MailKind::SupportReminder
            | MailKind::EvaluationReminder
            | MailKind::Consolidation
            | MailKind::AccountDisabled
            | MailKind::CutoffReminder
            | MailKind::OrganisationReport
            | MailKind::OrganisationAccess => {}
        }
    }

    #[test]
    fn an_unknown_mail_kind_is_shown_as_it_is() {
        assert_eq!(mail_kind(Language::Ja, "something-new"), "something-new");
    }
}
