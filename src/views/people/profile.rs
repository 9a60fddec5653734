//! Forgotten password, the profile (name, language; the address cannot change) and the change
//! of password.

use maud::{Markup, html};

use crate::i18n::Language;
use crate::paths::{PeopleRoute, Route};
use crate::views::components::{Field, csrf_field};

pub struct ForgotForm<'a> {
    pub email: &'a str,
    pub error: Option<&'a str>,
    pub csrf: &'a str,
}

pub fn forgot(lang: Language, form: &ForgotForm<'_>) -> Markup {
    html! {
        h1 { (crate::tr!(lang, "people-forgot-title")) }
        p.lead { (crate::tr!(lang, "people-forgot-intro")) }
        form.stack method="post" action=(PeopleRoute::Forgot.path()) {
            (csrf_field(form.csrf))
            (Field { value: form.email, error: form.error, autocomplete: "username",
                     ..Field::new("email", &crate::tr!(lang, "email-label"), "email") })
            div { button.primary type="submit" { (crate::tr!(lang, "people-forgot-button")) } }
        }
        p { a href=(Route::SignIn.path()) { (crate::tr!(lang, "sign-in-title")) } }
    }
}

/// The same answer whether or not the address has an account.
pub fn forgot_sent(lang: Language, email: &str) -> Markup {
    html! {
        h1 { (crate::tr!(lang, "people-forgot-sent-title")) }
        p { (crate::tr!(lang, "people-forgot-sent-body", email = email.to_string())) }
        p.hint { (crate::tr!(lang, "people-forgot-no-mail")) }
        p { a href=(Route::SignIn.path()) { (crate::tr!(lang, "sign-in-title")) } }
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
    /// The account's API tokens section (see `views::people::tokens::section`).
    pub tokens: Markup,
}

pub fn profile(lang: Language, form: &ProfileForm<'_>) -> Markup {
    html! {
        h1 { (crate::tr!(lang, "people-profile-title")) }
        dl.facts {
            dt { (crate::tr!(lang, "email-label")) }
            dd { strong { (form.email) } }
        }
        p.hint {
            (crate::tr!(lang, "people-profile-email-fixed")) " "
            a href=(PeopleRoute::Consolidate.path()) { (crate::tr!(lang, "people-profile-move")) }
        }
        form.stack method="post" action=(PeopleRoute::Profile.path()) {
            (csrf_field(form.csrf))
            (Field { value: form.name, error: form.errors.name, required: false, autocomplete: "name",
                     ..Field::new("name", &crate::tr!(lang, "name-label"), "text") })
            div {
                label for="field-language" { (crate::tr!(lang, "people-profile-language")) }
                select #field-language name="language"
                    aria-invalid=[form.errors.language.map(|_| "true")]
                    aria-describedby=[form.errors.language.map(|_| "field-language-error")] {
                    // Each language is offered in its own name, marked as that language.
                    @for language in Language::ALL {
                        option value=(language.code()) lang=(language.code())
                            selected[Language::from_code(form.language) == Some(language)] {
                            (language.endonym())
                        }
                    }
                }
                @if let Some(error) = form.errors.language {
                    p.field-error #field-language-error { (error) }
                }
            }
            div { button.primary type="submit" { (crate::tr!(lang, "people-profile-save")) } }
        }
        p { a href=(PeopleRoute::Password.path()) { (crate::tr!(lang, "people-profile-change-password")) } }
        (form.tokens)
    }
}

#[derive(Default)]
pub struct PasswordErrors<'a> {
    pub current: Option<&'a str>,
    pub password: Option<&'a str>,
    pub confirm: Option<&'a str>,
}

pub fn password(lang: Language, email: &str, errors: &PasswordErrors<'_>, csrf: &str) -> Markup {
    html! {
        h1 { (crate::tr!(lang, "people-password-title")) }
        form.stack method="post" action=(PeopleRoute::Password.path()) {
            (csrf_field(csrf))
            input type="hidden" name="username" value=(email) autocomplete="username";
            (Field { error: errors.current, autocomplete: "current-password",
                     ..Field::new("current", &crate::tr!(lang, "people-password-current"), "password") })
            (Field { error: errors.password, hint: Some(&crate::tr!(lang, "password-rules")), autocomplete: "new-password",
                     ..Field::new("password", &crate::tr!(lang, "new-password-label"), "password") })
            (Field { error: errors.confirm, autocomplete: "new-password",
                     ..Field::new("confirm", &crate::tr!(lang, "confirm-password-label"), "password") })
            p.hint { (crate::tr!(lang, "people-password-others-signed-out")) }
            div { button.primary type="submit" { (crate::tr!(lang, "people-password-button")) } }
        }
        p { a href=(PeopleRoute::Profile.path()) { (crate::tr!(lang, "people-profile-title")) } }
    }
}
