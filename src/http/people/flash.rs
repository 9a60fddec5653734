//! The messages shown once after a contacts, account or administration action. Like every
//! flash, the cookie carries only the name, never text.

use crate::i18n::Catalogue;
use crate::views::FlashKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeopleFlash {
    ContactAdded,
    ContactInvited,
    ContactRemoved,
    RemovedYourself,
    PrimaryChanged,
    ProfileSaved,
    PasswordChanged,
    ConsolidationRequested,
    ConsolidationApplied,
    ConsolidationDeclined,
    ConsolidationCancelled,
    AccountDisabled,
    AccountEnabled,
    InvitationSent,
    MailRequeued,
}

const ALL: [PeopleFlash; 15] = [
    PeopleFlash::ContactAdded,
    PeopleFlash::ContactInvited,
    PeopleFlash::ContactRemoved,
    PeopleFlash::RemovedYourself,
    PeopleFlash::PrimaryChanged,
    PeopleFlash::ProfileSaved,
    PeopleFlash::PasswordChanged,
    PeopleFlash::ConsolidationRequested,
    PeopleFlash::ConsolidationApplied,
    PeopleFlash::ConsolidationDeclined,
    PeopleFlash::ConsolidationCancelled,
    PeopleFlash::AccountDisabled,
    PeopleFlash::AccountEnabled,
    PeopleFlash::InvitationSent,
    PeopleFlash::MailRequeued,
];

impl PeopleFlash {
    pub fn name(self) -> &'static str {
        match self {
            PeopleFlash::ContactAdded => "contact-added",
            PeopleFlash::ContactInvited => "contact-invited",
            PeopleFlash::ContactRemoved => "contact-removed",
            PeopleFlash::RemovedYourself => "removed-yourself",
            PeopleFlash::PrimaryChanged => "primary-changed",
            PeopleFlash::ProfileSaved => "profile-saved",
            PeopleFlash::PasswordChanged => "password-changed",
            PeopleFlash::ConsolidationRequested => "consolidation-requested",
            PeopleFlash::ConsolidationApplied => "consolidation-applied",
            PeopleFlash::ConsolidationDeclined => "consolidation-declined",
            PeopleFlash::ConsolidationCancelled => "consolidation-cancelled",
            PeopleFlash::AccountDisabled => "account-disabled",
            PeopleFlash::AccountEnabled => "account-enabled",
            PeopleFlash::InvitationSent => "invitation-sent",
            PeopleFlash::MailRequeued => "mail-requeued",
        }
    }

    pub fn parse(name: &str) -> Option<PeopleFlash> {
        ALL.into_iter().find(|f| f.name() == name)
    }

    pub fn view(self, cat: &Catalogue) -> (FlashKind, &'static str) {
        let p = cat.people;
        let text = match self {
            PeopleFlash::ContactAdded => p.flash_contact_added,
            PeopleFlash::ContactInvited => p.flash_contact_invited,
            PeopleFlash::ContactRemoved => p.flash_contact_removed,
            PeopleFlash::RemovedYourself => p.flash_removed_yourself,
            PeopleFlash::PrimaryChanged => p.flash_primary_changed,
            PeopleFlash::ProfileSaved => p.flash_profile_saved,
            PeopleFlash::PasswordChanged => p.flash_password_changed,
            PeopleFlash::ConsolidationRequested => p.flash_consolidation_requested,
            PeopleFlash::ConsolidationApplied => p.flash_consolidation_applied,
            PeopleFlash::ConsolidationDeclined => p.flash_consolidation_declined,
            PeopleFlash::ConsolidationCancelled => p.flash_consolidation_cancelled,
            PeopleFlash::AccountDisabled => p.flash_account_disabled,
            PeopleFlash::AccountEnabled => p.flash_account_enabled,
            PeopleFlash::InvitationSent => p.flash_invitation_sent,
            PeopleFlash::MailRequeued => p.flash_mail_requeued,
        };
        (FlashKind::Ok, text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_flash_round_trips_through_its_name() {
        for flash in ALL {
            assert_eq!(PeopleFlash::parse(flash.name()), Some(flash));
        }
        assert_eq!(PeopleFlash::parse("signed-out"), None);
    }
}
