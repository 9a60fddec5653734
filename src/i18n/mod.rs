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

    // Texts of the sign-in and password forms that other features' pages still read from here
    // (the messages of the same names are the ones to use).
    pub sign_in_title: &'static str,
    pub email_label: &'static str,
    pub sign_in_try_again_in: &'static str,
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

    // Licences.
    pub licences_title: &'static str,
    pub licences_empty: &'static str,
    pub licences_empty_hint: &'static str,
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

/// What a form says of an address it refuses.
pub fn email_error(lang: Language, e: &crate::domain::EmailError) -> String {
    use crate::domain::EmailError;
    match e {
        EmailError::Empty => crate::tr!(lang, "email-empty"),
        EmailError::Malformed => crate::tr!(lang, "email-malformed"),
        EmailError::TooLong => crate::tr!(lang, "email-too-long"),
    }
}

/// What a form says of a password it refuses.
pub fn password_error(lang: Language, e: crate::domain::PasswordError) -> String {
    use crate::domain::PasswordError;
    match e {
        PasswordError::TooShort => crate::tr!(lang, "password-too-short"),
        PasswordError::TooLong => crate::tr!(lang, "password-too-long"),
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
