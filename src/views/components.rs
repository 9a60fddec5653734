//! Small pieces shared by the views: labelled fields with their error, the error summary of a
//! long form, the CSRF field, and the one look every confirmation page shares.

use maud::{Markup, html};

use crate::domain::Licence;
use crate::i18n::Language;

/// A labelled input with an optional hint and error, keeping what the user typed.
pub struct Field<'a> {
    pub name: &'a str,
    pub label: &'a str,
    pub kind: &'a str,
    pub value: &'a str,
    pub error: Option<&'a str>,
    pub hint: Option<&'a str>,
    pub autocomplete: &'a str,
    pub required: bool,
    /// The first field in error of a refused form: the cursor starts there.
    pub autofocus: bool,
}

impl<'a> Field<'a> {
    pub fn new(name: &'a str, label: &'a str, kind: &'a str) -> Field<'a> {
        Field {
            name,
            label,
            kind,
            value: "",
            error: None,
            hint: None,
            autocomplete: "off",
            required: true,
            autofocus: false,
        }
    }
}

impl maud::Render for Field<'_> {
    fn render(&self) -> Markup {
        let id = format!("field-{}", self.name);
        let described = match (self.error.is_some(), self.hint.is_some()) {
            (true, _) => Some(format!("{id}-error")),
            (false, true) => Some(format!("{id}-hint")),
            (false, false) => None,
        };
        html! {
            div {
                label for=(id) { (self.label) }
                input id=(id) name=(self.name) type=(self.kind) value=(self.value)
                    autocomplete=(self.autocomplete) required[self.required]
                    autofocus[self.autofocus]
                    aria-invalid=[self.error.map(|_| "true")]
                    aria-describedby=[described];
                @if let Some(hint) = self.hint {
                    p.hint id={(id) "-hint"} { (hint) }
                }
                @if let Some(error) = self.error {
                    p.field-error id={(id) "-error"} { (error) }
                }
            }
        }
    }
}

/// The CSRF token of a form, as the handler gives it (masked once per request, see
/// `http::session::Session::csrf`).
pub fn csrf_field(token: &str) -> Markup {
    html! { input type="hidden" name="csrf" value=(token); }
}

/// The refusals of a long form at its top, each a link to its field (`#field-<name>`), so a
/// person who cannot see the whole form learns what to fix and can jump there. Nothing when the
/// form was not refused.
pub fn error_summary(lang: Language, errors: &[(String, String)]) -> Markup {
    if errors.is_empty() {
        return html! {};
    }
    html! {
        div.notice.error.error-summary role="alert" aria-labelledby="error-summary-title" {
            p #error-summary-title { strong { (crate::tr!(lang, "details-error-summary-title", n = errors.len())) } }
            ul {
                @for (field, message) in errors {
                    li { a href={ "#field-" (field) } { (message) } }
                }
            }
        }
    }
}

/// Which licence a confirmation is about, as a person recognises it: product, name and SEN.
pub fn licence_subject(lang: Language, licence: &Licence) -> Markup {
    html! {
        p.confirm-subject { strong { (licence_subject_text(lang, licence)) } }
    }
}

/// [`licence_subject`] as text, for a sentence that names the licence.
pub fn licence_subject_text(lang: Language, licence: &Licence) -> String {
    crate::tr!(
        lang,
        "details-confirm-subject",
        product = licence.product.as_str(),
        name = licence.name.as_str(),
        sen = licence
            .sen
            .as_deref()
            .filter(|s| !s.is_empty())
            .unwrap_or("—")
    )
}

/// The buttons that end every confirmation page: the action as a filled button (red when it
/// cannot be undone, or removes something) and Cancel as an outlined button beside it, with
/// space between them.
pub struct ConfirmActions<'a> {
    pub confirm: &'a str,
    pub danger: bool,
    pub cancel: &'a str,
    pub cancel_href: &'a str,
}

impl maud::Render for ConfirmActions<'_> {
    fn render(&self) -> Markup {
        html! {
            div.confirm-actions {
                @if self.danger {
                    button.primary.danger type="submit" { (self.confirm) }
                } @else {
                    button.primary type="submit" { (self.confirm) }
                }
                a.button.cancel href=(self.cancel_href) { (self.cancel) }
            }
        }
    }
}
