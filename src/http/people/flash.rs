//! The messages shown once after a contacts, account or administration action. Like every
//! flash, the cookie carries only the name, never text.

use crate::i18n::Language;
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
    TokenRevoked,
    CalendarFeedRevoked,
    UserInvited,
    AdminGranted,
    AdminRevoked,
    ResetLinkSent,
}

const ALL: [PeopleFlash; 21] = [
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
    PeopleFlash::TokenRevoked,
    PeopleFlash::CalendarFeedRevoked,
    PeopleFlash::UserInvited,
    PeopleFlash::AdminGranted,
    PeopleFlash::AdminRevoked,
    PeopleFlash::ResetLinkSent,
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
            PeopleFlash::TokenRevoked => "token-revoked",
            PeopleFlash::CalendarFeedRevoked => "calendar-feed-revoked",
            PeopleFlash::UserInvited => "user-invited",
            PeopleFlash::AdminGranted => "admin-granted",
            PeopleFlash::AdminRevoked => "admin-revoked",
            PeopleFlash::ResetLinkSent => "reset-link-sent",
        }
    }

    pub fn parse(name: &str) -> Option<PeopleFlash> {
        ALL.into_iter().find(|f| f.name() == name)
    }

    pub fn view(self, lang: Language) -> (FlashKind, String) {
        let text = match self {
            PeopleFlash::ContactAdded => crate::tr!(lang, "people-flash-contact-added"),
            PeopleFlash::ContactInvited => crate::tr!(lang, "people-flash-contact-invited"),
            PeopleFlash::ContactRemoved => crate::tr!(lang, "people-flash-contact-removed"),
            PeopleFlash::RemovedYourself => crate::tr!(lang, "people-flash-removed-yourself"),
            PeopleFlash::PrimaryChanged => crate::tr!(lang, "people-flash-primary-changed"),
            PeopleFlash::ProfileSaved => crate::tr!(lang, "people-flash-profile-saved"),
            PeopleFlash::PasswordChanged => crate::tr!(lang, "people-flash-password-changed"),
            PeopleFlash::ConsolidationRequested => {
                crate::tr!(lang, "people-flash-consolidation-requested")
            }
            PeopleFlash::ConsolidationApplied => {
                crate::tr!(lang, "people-flash-consolidation-applied")
            }
            PeopleFlash::ConsolidationDeclined => {
                crate::tr!(lang, "people-flash-consolidation-declined")
            }
            PeopleFlash::ConsolidationCancelled => {
                crate::tr!(lang, "people-flash-consolidation-cancelled")
            }
            PeopleFlash::AccountDisabled => crate::tr!(lang, "people-flash-account-disabled"),
            PeopleFlash::AccountEnabled => crate::tr!(lang, "people-flash-account-enabled"),
            PeopleFlash::InvitationSent => crate::tr!(lang, "people-flash-invitation-sent"),
            PeopleFlash::MailRequeued => crate::tr!(lang, "people-flash-mail-requeued"),
            PeopleFlash::TokenRevoked => crate::tr!(lang, "token-flash-revoked"),
            PeopleFlash::CalendarFeedRevoked => crate::tr!(lang, "feed-flash-revoked"),
            PeopleFlash::UserInvited => crate::tr!(lang, "admin-flash-user-invited"),
            PeopleFlash::AdminGranted => crate::tr!(lang, "admin-flash-admin-granted"),
            PeopleFlash::AdminRevoked => crate::tr!(lang, "admin-flash-admin-revoked"),
            PeopleFlash::ResetLinkSent => crate::tr!(lang, "admin-flash-reset-link-sent"),
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
