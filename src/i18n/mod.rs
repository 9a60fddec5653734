//! The words: every text a person reads comes from the Fluent catalogues (`i18n/{code}/
//! licensedesk.ftl`), named by `tr!`; the modules here word the codes of the layers below
//! (import reasons, key and installation errors, the diagnosis, people's roles and states) and
//! write dates and numbers per language.

pub mod audit;
pub mod check;
pub mod coterm;
pub mod dashboard;
pub mod data_center_end;
pub mod diagnose;
pub mod format;
pub mod import;
pub mod install;
pub mod installs_found;
pub mod key;
pub mod kind;
mod language;
pub mod licence;
pub mod lifecycle;
pub mod people;
pub use language::Language;

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
