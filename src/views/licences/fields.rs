//! The portal's form pieces: what the user typed and the errors beside each field, and the
//! inputs the shared `Field` does not cover (text areas, selects, checkboxes).

use maud::{Markup, html};

use crate::i18n::Language;
use crate::views::components::{Field, csrf_field};

/// A form as the user left it: the values they typed and, after a refused submission, one
/// error per field. Shown again with the errors next to their fields.
#[derive(Debug, Clone, Default)]
pub struct FormState {
    values: Vec<(String, String)>,
    errors: Vec<(String, String)>,
}

impl FormState {
    pub fn new() -> FormState {
        FormState::default()
    }

    /// Keeps what the user typed in these fields.
    pub fn keep(mut self, name: &str, value: &str) -> FormState {
        self.values.push((name.to_owned(), value.to_owned()));
        self
    }

    pub fn set(&mut self, name: &str, value: &str) {
        self.values.retain(|(n, _)| n != name);
        self.values.push((name.to_owned(), value.to_owned()));
    }

    pub fn error(&mut self, name: &str, message: impl Into<String>) {
        if self.error_for(name).is_none() {
            self.errors.push((name.to_owned(), message.into()));
        }
    }

    pub fn value(&self, name: &str) -> &str {
        self.values
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map_or("", |(_, v)| v.as_str())
    }

    pub fn checked(&self, name: &str) -> bool {
        matches!(self.value(name), "on" | "true" | "1" | "yes")
    }

    pub fn error_for(&self, name: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, e)| e.as_str())
    }

    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    /// Whether `name` is the first field in error: the one the cursor starts in.
    pub fn is_first_error(&self, name: &str) -> bool {
        self.errors.first().is_some_and(|(n, _)| n == name)
    }

    /// Every refusal, as (field, message), in the order the fields were read.
    pub fn errors(&self) -> &[(String, String)] {
        &self.errors
    }
}

/// A labelled text input keeping its value and showing its error.
pub fn text(
    state: &FormState,
    name: &'static str,
    label: &str,
    hint: Option<&str>,
    required: bool,
) -> Markup {
    html! {
        (Field {
            value: state.value(name),
            error: state.error_for(name),
            hint,
            required,
            autofocus: state.is_first_error(name),
            ..Field::new(name, label, "text")
        })
    }
}

/// A labelled date input (`yyyy-mm-dd`).
pub fn date(
    state: &FormState,
    name: &'static str,
    label: &str,
    hint: Option<&str>,
    required: bool,
) -> Markup {
    html! {
        (Field {
            value: state.value(name),
            error: state.error_for(name),
            hint,
            required,
            autofocus: state.is_first_error(name),
            ..Field::new(name, label, "date")
        })
    }
}

fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    match (error, hint) {
        (true, _) => Some(format!("{id}-error")),
        (false, true) => Some(format!("{id}-hint")),
        (false, false) => None,
    }
}

/// A labelled text area for pasted keys and codes: monospaced, no spell-checking.
pub fn textarea(
    state: &FormState,
    name: &'static str,
    label: &str,
    hint: Option<&str>,
    required: bool,
) -> Markup {
    any_textarea(state, name, label, hint, required, false)
}

/// A labelled text area for prose a person writes (a reason, a note): the page's font, and the
/// browser checks the spelling.
pub fn prose_textarea(
    state: &FormState,
    name: &'static str,
    label: &str,
    hint: Option<&str>,
    required: bool,
) -> Markup {
    any_textarea(state, name, label, hint, required, true)
}

fn any_textarea(
    state: &FormState,
    name: &'static str,
    label: &str,
    hint: Option<&str>,
    required: bool,
    prose: bool,
) -> Markup {
    let id = format!("field-{name}");
    let error = state.error_for(name);
    html! {
        div {
            label for=(id) { (label) }
            textarea id=(id) name=(name) rows="6" class=[prose.then_some("prose")]
                spellcheck=(if prose { "true" } else { "false" }) required[required]
                autofocus[state.is_first_error(name)]
                aria-invalid=[error.map(|_| "true")]
                aria-describedby=[described_by(&id, hint.is_some(), error.is_some())] {
                (state.value(name))
            }
            @if let Some(hint) = hint { p.hint id={(id) "-hint"} { (hint) } }
            @if let Some(error) = error { p.field-error id={(id) "-error"} { (error) } }
        }
    }
}

/// A labelled select; `options` are (value, label).
pub fn select(
    state: &FormState,
    name: &'static str,
    label: &str,
    options: &[(String, String)],
    hint: Option<&str>,
) -> Markup {
    let id = format!("field-{name}");
    let error = state.error_for(name);
    let chosen = state.value(name);
    html! {
        div {
            label for=(id) { (label) }
            select id=(id) name=(name) aria-invalid=[error.map(|_| "true")]
                autofocus[state.is_first_error(name)]
                aria-describedby=[described_by(&id, hint.is_some(), error.is_some())] {
                @for (value, text) in options {
                    option value=(value) selected[value == chosen] { (text) }
                }
            }
            @if let Some(hint) = hint { p.hint id={(id) "-hint"} { (hint) } }
            @if let Some(error) = error { p.field-error id={(id) "-error"} { (error) } }
        }
    }
}

/// A checkbox with its label, keeping its state and showing its error.
pub fn checkbox(state: &FormState, name: &'static str, label: &str, hint: Option<&str>) -> Markup {
    let id = format!("field-{name}");
    let error = state.error_for(name);
    html! {
        div {
            label.inline for=(id) {
                input id=(id) type="checkbox" name=(name) checked[state.checked(name)]
                    autofocus[state.is_first_error(name)]
                    aria-describedby=[described_by(&id, hint.is_some(), error.is_some())];
                (label)
            }
            @if let Some(hint) = hint { p.hint id={(id) "-hint"} { (hint) } }
            @if let Some(error) = error { p.field-error id={(id) "-error"} { (error) } }
        }
    }
}

/// The pasted-key field and its "add although not genuine" box.
pub fn key_fields(lang: Language, state: &FormState, label: &str, required: bool) -> Markup {
    html! {
        (textarea(state, "key", label, Some(&crate::tr!(lang, "portal-key-hint")), required))
        (checkbox(state, "accept_not_genuine", &crate::tr!(lang, "portal-accept-not-genuine-label"),
                  Some(&crate::tr!(lang, "portal-accept-not-genuine-hint"))))
    }
}

/// The optional order fields of a renewal or upgrade.
pub fn order_fields(lang: Language, state: &FormState) -> Markup {
    html! {
        fieldset {
            legend { (crate::tr!(lang, "portal-order-legend")) }
            (text(state, "po_number", &crate::tr!(lang, "portal-po-number-label"), None, false))
            (text(state, "amount", &crate::tr!(lang, "portal-amount-label"), Some(&crate::tr!(lang, "portal-amount-hint")), false))
            (text(state, "currency", &crate::tr!(lang, "portal-currency-label"), Some(&crate::tr!(lang, "portal-currency-hint")), false))
        }
    }
}

/// A form that posts to `action` with the CSRF token.
pub fn post_form(action: &str, csrf: &str, class: &str, body: Markup) -> Markup {
    html! {
        form method="post" action=(action) class={ "portal " (class) } {
            (csrf_field(csrf))
            (body)
        }
    }
}
