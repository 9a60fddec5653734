//! English.

use super::Catalogue;

pub const EN: Catalogue = Catalogue {
    language: super::Language::En,
    sign_in_title: "Sign in",
    email_label: "E-mail address",
    sign_in_try_again_in: "Too many failed sign-ins. Try again in {seconds} seconds.",
    name_label: "Your name",
    new_password_label: "New password",
    confirm_password_label: "Repeat the password",
    password_rules: "12 to 72 characters. A few words in a row make a good password.",
    passwords_differ: "The two passwords are not the same.",
    password_too_short: "The password is too short: use at least 12 characters.",
    password_too_long: "The password is too long: at most 72 bytes.",
    email_empty: "Enter an e-mail address.",
    email_malformed: "An e-mail address has the form name@example.com.",
    email_too_long: "That e-mail address is too long: an address has at most 254 bytes.",
    licences_title: "Licences",
    licences_empty: "No licences yet.",
    licences_empty_hint: "Import keys from files or paste them, or add a licence by hand.",
    export_bad_format: "Choose an export format: csv, json or keys.",
};
