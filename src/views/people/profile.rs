//! Forgotten password, the profile (name, language; the address cannot change) and the change
//! of password.

use maud::{Markup, html};

use crate::i18n::people::LANGUAGES;
use crate::i18n::{Catalogue, fill};
use crate::paths::{PeopleRoute, Route};
use crate::views::components::{Field, csrf_field};

pub struct ForgotForm<'a> {
    pub email: &'a str,
    pub error: Option<&'a str>,
    pub csrf: &'a str,
}

pub fn forgot(cat: &Catalogue, form: &ForgotForm<'_>) -> Markup {
    let p = cat.people;
    html! {
        h1 { (p.forgot_title) }
        p.lead { (p.forgot_intro) }
        form.stack method="post" action=(PeopleRoute::Forgot.path()) {
            (csrf_field(form.csrf))
            (Field { value: form.email, error: form.error, autocomplete: "username",
                     ..Field::new("email", cat.email_label, "email") })
            div { button.primary type="submit" { (p.forgot_button) } }
        }
        p { a href=(Route::SignIn.path()) { (cat.sign_in_title) } }
    }
}

/// The same answer whether or not the address has an account.
pub fn forgot_sent(cat: &Catalogue, email: &str) -> Markup {
    let p = cat.people;
    html! {
        h1 { (p.forgot_sent_title) }
        p { (fill(p.forgot_sent_body, &[("email", &email)])) }
        p.hint { (p.forgot_no_mail) }
        p { a href=(Route::SignIn.path()) { (cat.sign_in_title) } }
    }
}

#[derive(Default)]
pub struct ProfileErrors<'a> {
    pub name: Option<&'a str>,
    pub language: Option<&'a str>,
}

pub struct ProfileForm<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub language: &'a str,
    pub errors: ProfileErrors<'a>,
    pub csrf: &'a str,
}

pub fn profile(cat: &Catalogue, form: &ProfileForm<'_>) -> Markup {
    let p = cat.people;
    html! {
        h1 { (p.profile_title) }
        dl.facts {
            dt { (cat.email_label) }
            dd { strong { (form.email) } }
        }
        p.hint {
            (p.profile_email_fixed) " "
            a href=(PeopleRoute::Consolidate.path()) { (p.profile_move) }
        }
        form.stack method="post" action=(PeopleRoute::Profile.path()) {
            (csrf_field(form.csrf))
            (Field { value: form.name, error: form.errors.name, required: false, autocomplete: "name",
                     ..Field::new("name", cat.name_label, "text") })
            div {
                label for="field-language" { (p.profile_language) }
                select #field-language name="language"
                    aria-invalid=[form.errors.language.map(|_| "true")]
                    aria-describedby=[form.errors.language.map(|_| "field-language-error")] {
                    @for code in LANGUAGES {
                        option value=(code) selected[*code == form.language] {
                            (p.language_name(code).unwrap_or(code))
                        }
                    }
                }
                @if let Some(error) = form.errors.language {
                    p.field-error #field-language-error { (error) }
                }
            }
            div { button.primary type="submit" { (p.profile_save) } }
        }
        p { a href=(PeopleRoute::Password.path()) { (p.profile_change_password) } }
    }
}

#[derive(Default)]
pub struct PasswordErrors<'a> {
    pub current: Option<&'a str>,
    pub password: Option<&'a str>,
    pub confirm: Option<&'a str>,
}

pub fn password(cat: &Catalogue, email: &str, errors: &PasswordErrors<'_>, csrf: &str) -> Markup {
    let p = cat.people;
    html! {
        h1 { (p.password_title) }
        form.stack method="post" action=(PeopleRoute::Password.path()) {
            (csrf_field(csrf))
            input type="hidden" name="username" value=(email) autocomplete="username";
            (Field { error: errors.current, autocomplete: "current-password",
                     ..Field::new("current", p.password_current, "password") })
            (Field { error: errors.password, hint: Some(cat.password_rules), autocomplete: "new-password",
                     ..Field::new("password", cat.new_password_label, "password") })
            (Field { error: errors.confirm, autocomplete: "new-password",
                     ..Field::new("confirm", cat.confirm_password_label, "password") })
            p.hint { (p.password_others_signed_out) }
            div { button.primary type="submit" { (p.password_button) } }
        }
        p { a href=(PeopleRoute::Profile.path()) { (p.profile_title) } }
    }
}
