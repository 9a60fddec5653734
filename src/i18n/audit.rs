//! Words for the action codes of the audit log. The codes themselves stay in the database (and in
//! the filter's URL), so the audit page shows the words with the code beside them; a code this build
//! does not know (an older or newer release wrote it) is shown as it is.

use super::Language;

/// Every action code the product records in the audit log. Kept by hand: a new `audit::Entry`
/// action needs a line here and a message `audit-action-<code>` (the test below checks the second).
pub const ACTIONS: &[&str] = &[
    "account-created",
    "account-invited",
    "account-disabled",
    "account-enabled",
    "profile-changed",
    "password-changed",
    "password-reset",
    "reset-requested",
    "reset-link-created",
    "reset-link-sent",
    "admin-granted",
    "admin-revoked",
    "invitation-resent",
    "invitation-accepted",
    "mail-requeued",
    "sign-in",
    "sign-in-failed",
    "sign-out",
    "contact-added",
    "contact-removed",
    "primary-changed",
    "consolidation-requested",
    "consolidation-accepted",
    "consolidation-declined",
    "consolidation-cancelled",
    "consolidated",
    "licence-added",
    "licence-imported",
    "licence-updated-by-import",
    "licence-renewed",
    "licence-upgraded",
    "licence-archived",
    "licence-restored",
    "licence-deleted",
    "evaluation-extended",
    "developer-licence-linked",
    "developer-licence-unlinked",
    "developer-licence-synced",
    "app-licence-linked",
    "organisation-changed",
    "notes-changed",
    "auto-renew-on",
    "auto-renew-off",
    "server-id-changed",
    "key-added",
    "key-retrieved",
    "key-restored",
    "lifecycle-file-replaced",
    "lifecycle-file-reset",
    "organisation-reports-on",
    "organisation-reports-off",
    "organisation-manager-added",
    "organisation-manager-removed",
    "organisation-access-granted",
    "organisation-access-revoked",
    "key-viewed",
    "organisation-created",
    "organisation-renamed",
    "organisations-merged",
    "licence-organisation-moved",
    "api-token-created",
    "api-token-revoked",
    "mailbox-added",
    "mailbox-removed",
    "calendar-feed-created",
    "calendar-feed-regenerated",
    "calendar-feed-revoked",
    "webhook-created",
    "webhook-deleted",
    "webhook-tested",
    "webhook-delivery-requeued",
    "webhook-enabled",
    "webhook-disabled",
    "instance-recorded",
    "instance-deleted",
];

/// The words for an audit action code; an unknown code as it is.
pub fn action(lang: Language, code: &str) -> String {
    match code {
        "account-created" => crate::tr!(lang, "audit-action-account-created"),
        "account-invited" => crate::tr!(lang, "audit-action-account-invited"),
        "account-disabled" => crate::tr!(lang, "audit-action-account-disabled"),
        "account-enabled" => crate::tr!(lang, "audit-action-account-enabled"),
        "profile-changed" => crate::tr!(lang, "audit-action-profile-changed"),
        "password-changed" => crate::tr!(lang, "audit-action-password-changed"),
        "password-reset" => crate::tr!(lang, "audit-action-password-reset"),
        "reset-requested" => crate::tr!(lang, "audit-action-reset-requested"),
        "reset-link-created" => crate::tr!(lang, "audit-action-reset-link-created"),
        "reset-link-sent" => crate::tr!(lang, "audit-action-reset-link-sent"),
        "admin-granted" => crate::tr!(lang, "audit-action-admin-granted"),
        "admin-revoked" => crate::tr!(lang, "audit-action-admin-revoked"),
        "invitation-resent" => crate::tr!(lang, "audit-action-invitation-resent"),
        "invitation-accepted" => crate::tr!(lang, "audit-action-invitation-accepted"),
        "mail-requeued" => crate::tr!(lang, "audit-action-mail-requeued"),
        "sign-in" => crate::tr!(lang, "audit-action-sign-in"),
        "sign-in-failed" => crate::tr!(lang, "audit-action-sign-in-failed"),
        "sign-out" => crate::tr!(lang, "audit-action-sign-out"),
        "contact-added" => crate::tr!(lang, "audit-action-contact-added"),
        "contact-removed" => crate::tr!(lang, "audit-action-contact-removed"),
        "primary-changed" => crate::tr!(lang, "audit-action-primary-changed"),
        "consolidation-requested" => crate::tr!(lang, "audit-action-consolidation-requested"),
        "consolidation-accepted" => crate::tr!(lang, "audit-action-consolidation-accepted"),
        "consolidation-declined" => crate::tr!(lang, "audit-action-consolidation-declined"),
        "consolidation-cancelled" => crate::tr!(lang, "audit-action-consolidation-cancelled"),
        "consolidated" => crate::tr!(lang, "audit-action-consolidated"),
        "licence-added" => crate::tr!(lang, "audit-action-licence-added"),
        "licence-imported" => crate::tr!(lang, "audit-action-licence-imported"),
        "licence-updated-by-import" => crate::tr!(lang, "audit-action-licence-updated-by-import"),
        "licence-renewed" => crate::tr!(lang, "audit-action-licence-renewed"),
        "licence-upgraded" => crate::tr!(lang, "audit-action-licence-upgraded"),
        "licence-archived" => crate::tr!(lang, "audit-action-licence-archived"),
        "licence-restored" => crate::tr!(lang, "audit-action-licence-restored"),
        "licence-deleted" => crate::tr!(lang, "audit-action-licence-deleted"),
        "evaluation-extended" => crate::tr!(lang, "audit-action-evaluation-extended"),
        "developer-licence-linked" => crate::tr!(lang, "audit-action-developer-licence-linked"),
        "developer-licence-unlinked" => {
            crate::tr!(lang, "audit-action-developer-licence-unlinked")
        }
        "developer-licence-synced" => crate::tr!(lang, "audit-action-developer-licence-synced"),
        "app-licence-linked" => crate::tr!(lang, "audit-action-app-licence-linked"),
        "organisation-changed" => crate::tr!(lang, "audit-action-organisation-changed"),
        "notes-changed" => crate::tr!(lang, "audit-action-notes-changed"),
        "auto-renew-on" => crate::tr!(lang, "audit-action-auto-renew-on"),
        "auto-renew-off" => crate::tr!(lang, "audit-action-auto-renew-off"),
        "server-id-changed" => crate::tr!(lang, "audit-action-server-id-changed"),
        "key-added" => crate::tr!(lang, "audit-action-key-added"),
        "key-retrieved" => crate::tr!(lang, "audit-action-key-retrieved"),
        "key-restored" => crate::tr!(lang, "audit-action-key-restored"),
        "lifecycle-file-replaced" => crate::tr!(lang, "audit-action-lifecycle-file-replaced"),
        "lifecycle-file-reset" => crate::tr!(lang, "audit-action-lifecycle-file-reset"),
        "organisation-reports-on" => crate::tr!(lang, "audit-action-organisation-reports-on"),
        "organisation-reports-off" => crate::tr!(lang, "audit-action-organisation-reports-off"),
        "organisation-manager-added" => {
            crate::tr!(lang, "audit-action-organisation-manager-added")
        }
        "organisation-manager-removed" => {
            crate::tr!(lang, "audit-action-organisation-manager-removed")
        }
        "organisation-access-granted" => {
            crate::tr!(lang, "audit-action-organisation-access-granted")
        }
        "organisation-access-revoked" => {
            crate::tr!(lang, "audit-action-organisation-access-revoked")
        }
        "key-viewed" => crate::tr!(lang, "audit-action-key-viewed"),
        "organisation-created" => crate::tr!(lang, "audit-action-organisation-created"),
        "organisation-renamed" => crate::tr!(lang, "audit-action-organisation-renamed"),
        "organisations-merged" => crate::tr!(lang, "audit-action-organisations-merged"),
        "licence-organisation-moved" => crate::tr!(lang, "audit-action-licence-organisation-moved"),
        "api-token-created" => crate::tr!(lang, "audit-action-api-token-created"),
        "api-token-revoked" => crate::tr!(lang, "audit-action-api-token-revoked"),
        "mailbox-added" => crate::tr!(lang, "audit-action-mailbox-added"),
        "mailbox-removed" => crate::tr!(lang, "audit-action-mailbox-removed"),
        "calendar-feed-created" => crate::tr!(lang, "audit-action-calendar-feed-created"),
        "calendar-feed-regenerated" => {
            crate::tr!(lang, "audit-action-calendar-feed-regenerated")
        }
        "calendar-feed-revoked" => crate::tr!(lang, "audit-action-calendar-feed-revoked"),
        "webhook-created" => crate::tr!(lang, "audit-action-webhook-created"),
        "webhook-deleted" => crate::tr!(lang, "audit-action-webhook-deleted"),
        "webhook-tested" => crate::tr!(lang, "audit-action-webhook-tested"),
        "webhook-delivery-requeued" => crate::tr!(lang, "audit-action-webhook-delivery-requeued"),
        "webhook-enabled" => crate::tr!(lang, "audit-action-webhook-enabled"),
        "webhook-disabled" => crate::tr!(lang, "audit-action-webhook-disabled"),
        "instance-recorded" => crate::tr!(lang, "audit-action-instance-recorded"),
        "instance-deleted" => crate::tr!(lang, "audit-action-instance-deleted"),
        other => other.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_recorded_action_has_words_in_every_language() {
        for lang in Language::ALL {
            for code in ACTIONS {
                let id = format!("audit-action-{code}");
                assert!(lang.loader().has(&id), "{id} missing in {}", lang.code());
                assert_ne!(
                    action(lang, code),
                    *code,
                    "{code} has no words in {}",
                    lang.code()
                );
                // A message missing in a translation falls back to English: catch that too.
                if lang != Language::En {
                    assert_ne!(
                        action(lang, code),
                        action(Language::En, code),
                        "{id} in {}",
                        lang.code()
                    );
                }
            }
        }
    }

    #[test]
    fn an_unknown_code_is_shown_as_it_is() {
        assert_eq!(action(Language::De, "something-new"), "something-new");
    }
}
