//! Sign-in, first-run setup and the set-password pages reached from one-time links.

use maud::{Markup, html};

use super::components::{Field, csrf_field};
use crate::i18n::Language;
use crate::paths::{PeopleRoute, Route};
use crate::tr;

pub struct SignInForm<'a> {
    pub email: &'a str,
    pub stay_signed_in: bool,
    pub error: Option<&'a str>,
    pub next: Option<&'a str>,
    pub csrf: &'a str,
}

pub fn sign_in(lang: Language, form: &SignInForm<'_>) -> Markup {
    html! {
        h1 { (tr!(lang, "sign-in-title")) }
        @if let Some(error) = form.error {
            div.notice.error role="alert" { (error) }
        }
        form.stack method="post" action=(Route::SignIn.path()) {
            (csrf_field(form.csrf))
            @if let Some(next) = form.next {
                input type="hidden" name="next" value=(next);
            }
            (Field { value: form.email, autocomplete: "username",
                     ..Field::new("email", &tr!(lang, "email-label"), "email") })
            (Field { autocomplete: "current-password",
                     ..Field::new("password", &tr!(lang, "password-label"), "password") })
            div {
                label.inline {
                    input type="checkbox" name="stay_signed_in" checked[form.stay_signed_in];
                    (tr!(lang, "stay-signed-in"))
                }
                p.hint { (tr!(lang, "stay-signed-in-hint")) }
            }
            div { button.primary type="submit" { (tr!(lang, "sign-in-button")) } }
        }
        p { a href=(PeopleRoute::Forgot.path()) { (tr!(lang, "people-forgot-link")) } }
    }
}

/// What a set-password form shows next to its fields after a failed attempt.
#[derive(Default)]
pub struct PasswordFormErrors<'a> {
    pub email: Option<&'a str>,
    pub name: Option<&'a str>,
    pub password: Option<&'a str>,
    pub confirm: Option<&'a str>,
}

pub struct SetupForm<'a> {
    pub action: &'a str,
    pub email: &'a str,
    pub name: &'a str,
    pub errors: PasswordFormErrors<'a>,
    pub csrf: &'a str,
}

pub fn setup(lang: Language, form: &SetupForm<'_>) -> Markup {
    html! {
        h1 { (tr!(lang, "setup-title")) }
        p.lead { (tr!(lang, "setup-intro")) }
        form.stack method="post" action=(form.action) {
            (csrf_field(form.csrf))
            (Field { value: form.email, error: form.errors.email, autocomplete: "username",
                     ..Field::new("email", &tr!(lang, "email-label"), "email") })
            (Field { value: form.name, error: form.errors.name, required: false, autocomplete: "name",
                     ..Field::new("name", &tr!(lang, "name-label"), "text") })
            (password_fields(lang, &form.errors))
            div { button.primary type="submit" { (tr!(lang, "setup-button")) } }
        }
    }
}

pub struct SetPasswordForm<'a> {
    pub title: &'a str,
    /// The sentence under the title, worded with the account's address.
    pub intro: &'a str,
    pub email: &'a str,
    /// The name asked for (an invitation's), as typed or as on record; `None` where the form
    /// does not ask (a reset).
    pub name: Option<&'a str>,
    pub action: &'a str,
    pub errors: PasswordFormErrors<'a>,
    pub csrf: &'a str,
}

pub fn set_password(lang: Language, form: &SetPasswordForm<'_>) -> Markup {
    html! {
        h1 { (form.title) }
        p.lead { (form.intro) }
        form.stack method="post" action=(form.action) {
            (csrf_field(form.csrf))
            input type="hidden" name="username" value=(form.email) autocomplete="username";
            @if let Some(name) = form.name {
                (Field { value: name, error: form.errors.name, hint: Some(&tr!(lang, "invitation-name-hint")),
                         required: false, autocomplete: "name", ..Field::new("name", &tr!(lang, "name-label"), "text") })
            }
            (password_fields(lang, &form.errors))
            div { button.primary type="submit" { (tr!(lang, "set-password-button")) } }
        }
    }
}

fn password_fields(lang: Language, errors: &PasswordFormErrors<'_>) -> Markup {
    html! {
        (Field { error: errors.password, hint: Some(&tr!(lang, "password-rules")), autocomplete: "new-password",
                 ..Field::new("password", &tr!(lang, "new-password-label"), "password") })
        (Field { error: errors.confirm, autocomplete: "new-password",
                 ..Field::new("confirm", &tr!(lang, "confirm-password-label"), "password") })
    }
}

pub fn link_invalid(lang: Language) -> Markup {
    html! {
        h1 { (tr!(lang, "link-invalid-title")) }
        p { (tr!(lang, "link-invalid-body")) }
        p { a href=(Route::SignIn.path()) { (tr!(lang, "sign-in-title")) } }
    }
}
