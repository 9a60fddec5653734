//! Sign-in, first-run setup and the set-password pages reached from one-time links.

use maud::{Markup, html};

use super::components::{Field, csrf_field};
use crate::i18n::{Catalogue, fill};
use crate::paths::{PeopleRoute, Route};

pub struct SignInForm<'a> {
    pub email: &'a str,
    pub stay_signed_in: bool,
    pub error: Option<&'a str>,
    pub next: Option<&'a str>,
    pub csrf: &'a str,
}

pub fn sign_in(cat: &Catalogue, form: &SignInForm<'_>) -> Markup {
    html! {
        h1 { (cat.sign_in_title) }
        @if let Some(error) = form.error {
            div.notice.error role="alert" { (error) }
        }
        form.stack method="post" action=(Route::SignIn.path()) {
            (csrf_field(form.csrf))
            @if let Some(next) = form.next {
                input type="hidden" name="next" value=(next);
            }
            (Field { value: form.email, autocomplete: "username",
                     ..Field::new("email", cat.email_label, "email") })
            (Field { autocomplete: "current-password",
                     ..Field::new("password", cat.password_label, "password") })
            div {
                label.inline {
                    input type="checkbox" name="stay_signed_in" checked[form.stay_signed_in];
                    (cat.stay_signed_in)
                }
                p.hint { (cat.stay_signed_in_hint) }
            }
            div { button.primary type="submit" { (cat.sign_in_button) } }
        }
        p { a href=(PeopleRoute::Forgot.path()) { (crate::tr!(cat.language, "people-forgot-link")) } }
    }
}

/// What a set-password form shows next to its fields after a failed attempt.
#[derive(Default)]
pub struct PasswordFormErrors<'a> {
    pub email: Option<&'a str>,
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

pub fn setup(cat: &Catalogue, form: &SetupForm<'_>) -> Markup {
    html! {
        h1 { (cat.setup_title) }
        p.lead { (cat.setup_intro) }
        form.stack method="post" action=(form.action) {
            (csrf_field(form.csrf))
            (Field { value: form.email, error: form.errors.email, autocomplete: "username",
                     ..Field::new("email", cat.email_label, "email") })
            (Field { value: form.name, required: false, autocomplete: "name",
                     ..Field::new("name", cat.name_label, "text") })
            (password_fields(cat, &form.errors))
            div { button.primary type="submit" { (cat.setup_button) } }
        }
    }
}

pub struct SetPasswordForm<'a> {
    pub title: &'a str,
    pub intro_template: &'a str,
    pub email: &'a str,
    pub action: &'a str,
    pub errors: PasswordFormErrors<'a>,
    pub csrf: &'a str,
}

pub fn set_password(cat: &Catalogue, form: &SetPasswordForm<'_>) -> Markup {
    html! {
        h1 { (form.title) }
        p.lead { (fill(form.intro_template, &[("email", &form.email)])) }
        form.stack method="post" action=(form.action) {
            (csrf_field(form.csrf))
            input type="hidden" name="username" value=(form.email) autocomplete="username";
            (password_fields(cat, &form.errors))
            div { button.primary type="submit" { (cat.set_password_button) } }
        }
    }
}

fn password_fields(cat: &Catalogue, errors: &PasswordFormErrors<'_>) -> Markup {
    html! {
        (Field { error: errors.password, hint: Some(cat.password_rules), autocomplete: "new-password",
                 ..Field::new("password", cat.new_password_label, "password") })
        (Field { error: errors.confirm, autocomplete: "new-password",
                 ..Field::new("confirm", cat.confirm_password_label, "password") })
    }
}

pub fn link_invalid(cat: &Catalogue) -> Markup {
    html! {
        h1 { (cat.link_invalid_title) }
        p { (cat.link_invalid_body) }
        p { a href=(Route::SignIn.path()) { (cat.sign_in_title) } }
    }
}
