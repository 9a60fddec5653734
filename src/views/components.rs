//! Small pieces shared by the views: labelled fields with their error, the CSRF field.

use maud::{Markup, html};

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
