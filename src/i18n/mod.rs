//! The message catalogue: every word a page shows comes from here, one catalogue per language,
//! so a language can be added without touching the views.

pub mod diagnose;
mod en;
pub mod format;
pub mod import;
pub mod install;
pub mod key;
mod language;
pub mod people;
pub use language::Language;

/// Every user-visible text. Templates take named values written `{name}`; see [`fill`].
pub struct Catalogue {
    pub language: Language,
    pub product_name: &'static str,
    pub skip_to_content: &'static str,

    // Navigation.
    pub nav_licences: &'static str,
    pub nav_evaluations: &'static str,
    pub nav_orders: &'static str,
    pub nav_import: &'static str,
    pub nav_diagnose: &'static str,
    pub nav_admin: &'static str,
    pub nav_signed_in_as: &'static str,
    pub sign_out: &'static str,

    // Sign in.
    pub sign_in_title: &'static str,
    pub sign_in_button: &'static str,
    pub email_label: &'static str,
    pub password_label: &'static str,
    pub stay_signed_in: &'static str,
    pub stay_signed_in_hint: &'static str,
    pub sign_in_failed: &'static str,
    pub sign_in_try_again_in: &'static str,
    pub signed_out: &'static str,
    pub account_disabled: &'static str,

    // First run and password links.
    pub setup_title: &'static str,
    pub setup_intro: &'static str,
    pub setup_button: &'static str,
    pub name_label: &'static str,
    pub new_password_label: &'static str,
    pub confirm_password_label: &'static str,
    pub password_rules: &'static str,
    pub passwords_differ: &'static str,
    pub password_too_short: &'static str,
    pub password_too_long: &'static str,
    pub email_empty: &'static str,
    pub email_malformed: &'static str,
    pub email_too_long: &'static str,
    pub link_invalid_title: &'static str,
    pub link_invalid_body: &'static str,
    pub reset_title: &'static str,
    pub reset_intro: &'static str,
    pub invitation_title: &'static str,
    pub invitation_intro: &'static str,
    pub set_password_button: &'static str,
    pub password_set: &'static str,
    pub setup_done: &'static str,

    // Licences.
    pub licences_title: &'static str,
    pub licences_empty: &'static str,
    pub licences_empty_hint: &'static str,

    // Errors.
    pub error_400_title: &'static str,
    pub error_403_title: &'static str,
    pub error_404_title: &'static str,
    pub error_404_body: &'static str,
    pub error_405_body: &'static str,
    pub error_405_title: &'static str,
    pub error_408_title: &'static str,
    pub error_408_body: &'static str,
    pub error_413_title: &'static str,
    pub error_413_body: &'static str,
    pub error_429_title: &'static str,
    pub error_500_title: &'static str,
    pub error_500_body: &'static str,
    pub error_503_title: &'static str,
    pub error_503_body: &'static str,
    pub csrf_refused: &'static str,
    pub back_home: &'static str,

    // Import and export.
    pub import_title: &'static str,
    pub import_intro: &'static str,
    pub import_paste_label: &'static str,
    pub import_paste_hint: &'static str,
    pub import_files_label: &'static str,
    pub import_files_hint: &'static str,
    pub import_allow_unverified: &'static str,
    pub import_allow_unverified_hint: &'static str,
    pub import_preview_button: &'static str,
    pub import_nothing: &'static str,
    pub import_pasted_source: &'static str,
    pub import_preview_title: &'static str,
    pub import_preview_summary: &'static str,
    pub import_add_heading: &'static str,
    pub import_update_heading: &'static str,
    pub import_skip_heading: &'static str,
    pub import_rejected_heading: &'static str,
    pub import_column_where: &'static str,
    pub import_column_licence: &'static str,
    pub import_column_reason: &'static str,
    pub import_confirm_button: &'static str,
    pub import_cancel: &'static str,
    pub import_nothing_to_do: &'static str,
    pub import_preview_expired: &'static str,
    pub import_done_title: &'static str,
    pub import_done_summary: &'static str,
    pub import_more: &'static str,
    pub import_too_many_keys: &'static str,
    pub import_preview_too_large: &'static str,
    pub import_previews_full: &'static str,
    pub import_read_stopped: &'static str,
    pub import_preview_over_budget: &'static str,
    pub import_changed_since_preview: &'static str,
    pub import_column_changes: &'static str,
    pub import_warnings_heading: &'static str,
    pub import_replace_genuine: &'static str,
    pub import_replace_genuine_hint: &'static str,
    pub import_invite: &'static str,
    pub import_invite_hint: &'static str,
    pub import_contacts_restored: &'static str,
    pub import_contacts_ignored: &'static str,
    pub import_orders_ignored: &'static str,
    pub import_installations_restored: &'static str,
    pub import_held_back: &'static str,
    pub import_invited: &'static str,
    pub export_title: &'static str,
    pub export_intro: &'static str,
    pub export_csv: &'static str,
    pub export_json: &'static str,
    pub export_keys: &'static str,
    pub export_bad_format: &'static str,
}

impl Catalogue {
    /// What a form says of an address it refuses.
    pub fn email_error(&self, e: &crate::domain::EmailError) -> &'static str {
        use crate::domain::EmailError;
        match e {
            EmailError::Empty => self.email_empty,
            EmailError::Malformed => self.email_malformed,
            EmailError::TooLong => self.email_too_long,
        }
    }

    /// What a form says of a password it refuses.
    pub fn password_error(&self, e: crate::domain::PasswordError) -> &'static str {
        use crate::domain::PasswordError;
        match e {
            PasswordError::TooShort => self.password_too_short,
            PasswordError::TooLong => self.password_too_long,
        }
    }
}

/// The catalogue for a language code, English when the code names no language we speak.
pub fn catalogue(language: &str) -> &'static Catalogue {
    catalogue_for(Language::from_code(language).unwrap_or_default())
}

/// The catalogue of a language.
pub fn catalogue_for(language: Language) -> &'static Catalogue {
    static CATALOGUES: [Catalogue; 4] = [
        en::EN,
        Catalogue {
            language: Language::ZhCn,
            ..en::EN
        },
        Catalogue {
            language: Language::De,
            ..en::EN
        },
        Catalogue {
            language: Language::Ja,
            ..en::EN
        },
    ];
    &CATALOGUES[language as usize]
}

/// Replaces each `{name}` in a template with its value.
pub fn fill(template: &str, values: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut text = template.to_owned();
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), &value.to_string());
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_named_values() {
        assert_eq!(
            fill("try again in {seconds} seconds", &[("seconds", &42)]),
            "try again in 42 seconds"
        );
    }
}
