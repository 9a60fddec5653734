//! The contacts, accounts, mail and administration texts: a part of the message catalogue
//! kept in its own file so that it grows without touching the main one. Templates take
//! named values written `{name}`; see [`super::fill`].

/// Every text of contacts, accounts, consolidation, administration and mail.
pub struct People {
    // Roles and states.
    pub role_technical: &'static str,
    pub role_billing: &'static str,
    pub state_active: &'static str,
    pub state_invited: &'static str,
    pub state_disabled: &'static str,
    pub days_one: &'static str,
    pub days_many: &'static str,
    pub never: &'static str,
    pub cancel: &'static str,
    pub yes: &'static str,
    pub back_to_licence: &'static str,

    // The contacts section of a licence.
    pub contacts_heading: &'static str,
    pub contacts_technical: &'static str,
    pub contacts_billing: &'static str,
    pub contacts_none: &'static str,
    pub contacts_primary: &'static str,
    pub contacts_invited: &'static str,
    pub contacts_disabled: &'static str,
    pub contacts_you: &'static str,
    pub contacts_rules: &'static str,
    pub contacts_primary_stays: &'static str,
    pub contacts_make_primary: &'static str,
    pub contacts_remove: &'static str,
    pub contacts_add_technical: &'static str,
    pub contacts_add_billing: &'static str,
    pub contacts_add_hint: &'static str,
    pub contacts_add_button: &'static str,
    pub contacts_page_title: &'static str,
    pub contacts_already: &'static str,
    pub contacts_account_disabled: &'static str,
    pub contacts_role_missing: &'static str,
    pub account_number_invalid: &'static str,

    // Removing a contact.
    pub remove_title: &'static str,
    pub remove_intro: &'static str,
    pub remove_loses_access: &'static str,
    pub remove_keeps_access: &'static str,
    pub remove_yourself: &'static str,
    pub remove_button: &'static str,
    pub remove_primary_title: &'static str,
    pub remove_primary_body: &'static str,
    pub not_a_contact_title: &'static str,
    pub not_a_contact_body: &'static str,

    // Making a contact primary.
    pub promote_title: &'static str,
    pub promote_intro: &'static str,
    pub promote_means: &'static str,
    pub promote_invoices: &'static str,
    pub promote_others: &'static str,
    pub promote_past: &'static str,
    pub promote_previous: &'static str,
    pub promote_notify: &'static str,
    pub promote_yes: &'static str,
    pub promote_refused_title: &'static str,
    pub promote_refused_secondary: &'static str,
    pub promote_refused_already: &'static str,
    pub promote_refused_disabled: &'static str,
    pub promote_refused_not_contact: &'static str,

    // Messages shown once after an action.
    pub flash_contact_added: &'static str,
    pub flash_contact_invited: &'static str,
    pub flash_contact_removed: &'static str,
    pub flash_removed_yourself: &'static str,
    pub flash_primary_changed: &'static str,
    pub flash_profile_saved: &'static str,
    pub flash_password_changed: &'static str,
    pub flash_consolidation_requested: &'static str,
    pub flash_consolidation_applied: &'static str,
    pub flash_consolidation_declined: &'static str,
    pub flash_consolidation_cancelled: &'static str,
    pub flash_account_disabled: &'static str,
    pub flash_account_enabled: &'static str,
    pub flash_invitation_sent: &'static str,
    pub flash_mail_requeued: &'static str,

    // Forgotten password.
    pub forgot_link: &'static str,
    pub forgot_title: &'static str,
    pub forgot_intro: &'static str,
    pub forgot_button: &'static str,
    pub forgot_sent_title: &'static str,
    pub forgot_sent_body: &'static str,
    pub forgot_no_mail: &'static str,

    // Profile and password.
    pub profile_title: &'static str,
    pub profile_email_fixed: &'static str,
    pub profile_move: &'static str,
    pub profile_language: &'static str,
    pub profile_save: &'static str,
    pub profile_change_password: &'static str,
    pub profile_name_too_long: &'static str,
    pub profile_language_unknown: &'static str,
    pub language_en: &'static str,
    pub password_title: &'static str,
    pub password_current: &'static str,
    pub password_current_wrong: &'static str,
    pub password_button: &'static str,
    pub password_others_signed_out: &'static str,

    // Consolidation.
    pub consolidate_title: &'static str,
    pub consolidate_intro: &'static str,
    pub consolidate_admin_intro: &'static str,
    pub consolidate_from: &'static str,
    pub consolidate_from_hint: &'static str,
    pub consolidate_show: &'static str,
    pub consolidate_to: &'static str,
    pub consolidate_to_hint: &'static str,
    pub consolidate_licences: &'static str,
    pub consolidate_licences_hint: &'static str,
    pub consolidate_roles: &'static str,
    pub consolidate_no_licences: &'static str,
    pub consolidate_after: &'static str,
    pub consolidate_remove_source: &'static str,
    pub consolidate_keep_source: &'static str,
    pub consolidate_preview: &'static str,
    pub consolidate_no_account: &'static str,
    pub consolidate_same_account: &'static str,
    pub consolidate_target_disabled: &'static str,
    pub consolidate_choose: &'static str,
    pub consolidate_not_yours: &'static str,
    pub preview_title: &'static str,
    pub change_add_target: &'static str,
    pub change_move_primary: &'static str,
    pub change_remove_source: &'static str,
    pub change_keep_source: &'static str,
    pub skipped_not_contact: &'static str,
    pub orders_stay: &'static str,
    pub orders_none: &'static str,
    pub nothing_to_move: &'static str,
    pub request_send: &'static str,
    pub request_explain: &'static str,
    pub apply_button: &'static str,
    pub apply_explain: &'static str,
    pub requests_heading: &'static str,
    pub request_incoming: &'static str,
    pub request_outgoing: &'static str,
    pub request_review: &'static str,
    pub request_title: &'static str,
    pub request_accept: &'static str,
    pub request_decline: &'static str,
    pub request_cancel: &'static str,
    pub request_waiting: &'static str,
    pub request_applied: &'static str,
    pub request_declined: &'static str,
    pub request_cancelled: &'static str,
    pub request_expired: &'static str,

    // Administration.
    pub admin_title: &'static str,
    pub admin_accounts: &'static str,
    pub admin_audit: &'static str,
    pub admin_outbox: &'static str,
    pub orphans_heading: &'static str,
    pub orphans_hint: &'static str,
    pub orphans_fix: &'static str,
    pub col_licence: &'static str,
    pub col_role: &'static str,
    pub col_primary: &'static str,
    pub col_email: &'static str,
    pub col_name: &'static str,
    pub col_state: &'static str,
    pub col_last_sign_in: &'static str,
    pub col_licences: &'static str,
    pub col_actions: &'static str,
    pub admin_badge: &'static str,
    pub primary_on: &'static str,
    pub account_disable: &'static str,
    pub account_enable: &'static str,
    pub account_resend: &'static str,
    pub disable_title: &'static str,
    pub disable_body: &'static str,
    pub disable_primaries: &'static str,
    pub disable_button: &'static str,
    pub disable_yourself: &'static str,
    pub resend_not_invited: &'static str,

    // Audit log.
    pub audit_title: &'static str,
    pub audit_licence: &'static str,
    pub audit_account: &'static str,
    pub audit_action: &'static str,
    pub audit_any_action: &'static str,
    pub audit_from: &'static str,
    pub audit_to: &'static str,
    pub audit_filter: &'static str,
    pub audit_date_invalid: &'static str,
    pub audit_licence_unknown: &'static str,
    pub audit_account_unknown: &'static str,
    pub audit_empty: &'static str,
    pub col_when: &'static str,
    pub col_who: &'static str,
    pub col_action: &'static str,
    pub col_detail: &'static str,
    pub col_change: &'static str,
    pub audit_before: &'static str,
    pub audit_after: &'static str,
    pub page_status: &'static str,
    pub page_previous: &'static str,
    pub page_next: &'static str,

    // Outbox.
    pub outbox_title: &'static str,
    pub outbox_smtp: &'static str,
    pub outbox_no_smtp: &'static str,
    /// A `state` filter of the outbox that is not one of its states.
    pub outbox_bad_state: &'static str,
    pub outbox_state: &'static str,
    pub outbox_all: &'static str,
    pub outbox_empty: &'static str,
    pub mail_state_queued: &'static str,
    pub mail_state_sent: &'static str,
    pub mail_state_failed: &'static str,
    pub col_created: &'static str,
    pub col_to: &'static str,
    pub col_subject: &'static str,
    pub col_kind: &'static str,
    pub col_attempts: &'static str,
    pub col_last_error: &'static str,
    pub mail_view: &'static str,
    pub mail_download: &'static str,
    pub mail_send_again: &'static str,
    pub mail_title: &'static str,
    pub mail_not_failed: &'static str,

    // Mails.
    pub mail_greeting: &'static str,
    pub mail_signature: &'static str,
    pub mail_invitation_subject: &'static str,
    pub mail_invitation_by_contact: &'static str,
    pub mail_invitation_by_admin: &'static str,
    pub mail_invitation_body: &'static str,
    pub mail_ignore: &'static str,
    pub mail_reset_subject: &'static str,
    pub mail_reset_body: &'static str,
    pub mail_reset_ignore: &'static str,
    pub mail_contact_added_subject: &'static str,
    pub mail_contact_added_body: &'static str,
    pub mail_contact_added_invited_body: &'static str,
    pub mail_contact_removed_subject: &'static str,
    pub mail_contact_removed_body: &'static str,
    pub mail_primary_previous_subject: &'static str,
    pub mail_primary_previous_body: &'static str,
    pub mail_primary_new_subject: &'static str,
    pub mail_primary_new_body: &'static str,
    pub mail_support_subject: &'static str,
    pub mail_support_body: &'static str,
    pub mail_evaluation_subject: &'static str,
    pub mail_evaluation_body: &'static str,
    pub mail_reminder_why: &'static str,
    pub mail_request_subject: &'static str,
    pub mail_request_body: &'static str,
    pub mail_request_action: &'static str,
    pub mail_moved_subject: &'static str,
    pub mail_moved_body: &'static str,
    pub mail_moved_orders: &'static str,
    pub mail_licence_link: &'static str,
}

impl People {
    /// A role as a word inside a sentence ("technical").
    pub fn role(&self, role: crate::domain::ContactRole) -> &'static str {
        match role {
            crate::domain::ContactRole::Technical => self.role_technical,
            crate::domain::ContactRole::Billing => self.role_billing,
        }
    }

    pub fn account_state(&self, state: crate::domain::AccountState) -> &'static str {
        match state {
            crate::domain::AccountState::Active => self.state_active,
            crate::domain::AccountState::Invited => self.state_invited,
            crate::domain::AccountState::Disabled => self.state_disabled,
        }
    }

    pub fn mail_state(&self, state: crate::domain::MailState) -> &'static str {
        match state {
            crate::domain::MailState::Queued => self.mail_state_queued,
            crate::domain::MailState::Sent => self.mail_state_sent,
            crate::domain::MailState::Failed => self.mail_state_failed,
        }
    }

    /// "1 day", "23 days".
    pub fn days(&self, days: i32) -> String {
        if days == 1 {
            self.days_one.to_owned()
        } else {
            super::fill(self.days_many, &[("days", &days)])
        }
    }

    /// The name of a language the interface offers, in that language.
    pub fn language_name(&self, code: &str) -> Option<&'static str> {
        match code {
            "en" => Some(self.language_en),
            _ => None,
        }
    }
}

/// The languages a user can choose in their profile.
pub const LANGUAGES: &[&str] = &["en"];
