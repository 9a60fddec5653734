//! Reading the portal's form fields: each reader checks one field, keeps what was typed, and
//! puts a refusal next to the field, so a form shows every problem at once and saves nothing
//! until there are none.

use jiff::civil::Date;

use crate::domain::ServerId;
use crate::domain::licence::{NOTES_MAX_CHARS, NotesError, clean_notes};
use crate::i18n::{PortalCatalogue, fill};
use crate::views::licences::FormState;

use super::super::Form;

/// Longest organisation, name, product and similar text fields.
pub const MAX_TEXT_CHARS: usize = 200;
/// Longest free-text answer (reason for purchase).
pub const MAX_REASON_CHARS: usize = 500;

/// A trimmed text field; `None` (and an error) when required and empty, or too long.
pub fn text(
    t: &PortalCatalogue,
    form: &Form,
    state: &mut FormState,
    name: &str,
    required: bool,
    max: usize,
) -> Option<String> {
    let raw = form.get(name);
    state.set(name, raw);
    let value = raw.trim();
    if value.is_empty() && required {
        state.error(name, t.required);
        None
    } else if value.chars().count() > max {
        state.error(name, fill(t.too_long, &[("max", &max)]));
        None
    } else if value.chars().any(|c| c.is_control()) {
        state.error(name, t.control_characters);
        None
    } else {
        Some(value.to_owned())
    }
}

/// A Server ID; empty is `Some(None)` unless required.
pub fn server_id(
    t: &PortalCatalogue,
    form: &Form,
    state: &mut FormState,
    required: bool,
) -> Option<Option<ServerId>> {
    let raw = form.get("server_id");
    state.set("server_id", raw);
    if raw.trim().is_empty() {
        if required {
            state.error("server_id", t.server_id_required);
            return None;
        }
        return Some(None);
    }
    match ServerId::parse(raw) {
        Ok(id) => Some(Some(id)),
        Err(_) => {
            state.error("server_id", t.server_id_invalid);
            None
        }
    }
}

/// A licence's notes: free text over several lines, at most [`NOTES_MAX_CHARS`] characters.
/// Line ends are kept as `\n`; other control characters are refused.
pub fn notes(t: &PortalCatalogue, form: &Form, state: &mut FormState) -> Option<String> {
    let raw = form.get("notes");
    state.set("notes", raw);
    match clean_notes(raw) {
        Ok(notes) => Some(notes),
        Err(NotesError::TooLong) => {
            state.error("notes", fill(t.too_long, &[("max", &NOTES_MAX_CHARS)]));
            None
        }
        Err(NotesError::ControlCharacter) => {
            state.error("notes", t.notes_control_characters);
            None
        }
    }
}

/// A `yyyy-mm-dd` date; empty is `Some(None)` unless required.
pub fn date(
    t: &PortalCatalogue,
    form: &Form,
    state: &mut FormState,
    name: &str,
    required: bool,
) -> Option<Option<Date>> {
    let raw = form.get(name).trim();
    state.set(name, raw);
    if raw.is_empty() {
        if required {
            state.error(name, t.date_required);
            return None;
        }
        return Some(None);
    }
    let parsed = (raw.len() == 10)
        .then(|| raw.parse::<Date>().ok())
        .flatten();
    match parsed {
        Some(date) => Some(Some(date)),
        None => {
            state.error(name, t.date_malformed);
            None
        }
    }
}

/// The optional order fields of a renewal or upgrade.
pub struct OrderInput {
    pub po_number: Option<String>,
    pub amount: Option<String>,
    pub currency: Option<String>,
}

pub fn order(t: &PortalCatalogue, form: &Form, state: &mut FormState) -> Option<OrderInput> {
    let po_number = text(t, form, state, "po_number", false, 64);
    let amount_raw = form.get("amount").trim().to_owned();
    state.set("amount", form.get("amount"));
    let amount = if amount_raw.is_empty() {
        Some(None)
    } else if is_amount(&amount_raw) {
        Some(Some(amount_raw))
    } else {
        state.error("amount", t.amount_malformed);
        None
    };
    let currency_raw = form.get("currency").trim().to_ascii_uppercase();
    state.set("currency", form.get("currency"));
    let currency = if currency_raw.is_empty() {
        if matches!(amount, Some(Some(_))) {
            state.error("currency", t.currency_missing);
            None
        } else {
            Some(None)
        }
    } else if currency_raw.len() == 3 && currency_raw.bytes().all(|b| b.is_ascii_uppercase()) {
        Some(Some(currency_raw))
    } else {
        state.error("currency", t.currency_malformed);
        None
    };
    Some(OrderInput {
        po_number: po_number.filter(|p| !p.is_empty()),
        amount: amount?,
        currency: currency?,
    })
}

/// An amount: digits, optionally a point and one or two decimals ("1200", "1200.50").
fn is_amount(text: &str) -> bool {
    let (whole, decimals) = text.split_once('.').unwrap_or((text, ""));
    !whole.is_empty()
        && whole.len() <= 12
        && whole.bytes().all(|b| b.is_ascii_digit())
        && (text.contains('.') != decimals.is_empty())
        && decimals.len() <= 2
        && decimals.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_plain_decimal_numbers() {
        for good in ["0", "1200", "1200.5", "1200.50"] {
            assert!(is_amount(good), "{good}");
        }
        for bad in ["", ".5", "12.", "1,200", "-3", "1.234", "1e3", "12 00"] {
            assert!(!is_amount(bad), "{bad}");
        }
    }
}
