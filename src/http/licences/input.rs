//! Reading the portal's form fields: each reader checks one field, keeps what was typed, and
//! puts a refusal next to the field, so a form shows every problem at once and saves nothing
//! until there are none.

use jiff::civil::Date;

use crate::domain::ServerId;
use crate::domain::licence::{NOTES_MAX_CHARS, NotesError, clean_notes};
use crate::i18n::Language;
use crate::views::licences::FormState;

use super::super::Form;

/// Longest organisation, name, product and similar text fields.
pub const MAX_TEXT_CHARS: usize = 200;
/// Longest free-text answer (reason for purchase).
pub const MAX_REASON_CHARS: usize = 500;

/// A trimmed text field; `None` (and an error) when required and empty, or too long.
pub fn text(
    lang: Language,
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
        state.error(name, crate::tr!(lang, "portal-required"));
        None
    } else if value.chars().count() > max {
        state.error(name, crate::tr!(lang, "portal-too-long", max = max));
        None
    } else if value.chars().any(|c| c.is_control()) {
        state.error(name, crate::tr!(lang, "portal-control-characters"));
        None
    } else {
        Some(value.to_owned())
    }
}

/// A Server ID; empty is `Some(None)` unless required.
pub fn server_id(
    lang: Language,
    form: &Form,
    state: &mut FormState,
    required: bool,
) -> Option<Option<ServerId>> {
    let raw = form.get("server_id");
    state.set("server_id", raw);
    if raw.trim().is_empty() {
        if required {
            state.error("server_id", crate::tr!(lang, "portal-server-id-required"));
            return None;
        }
        return Some(None);
    }
    match ServerId::parse(raw) {
        Ok(id) => Some(Some(id)),
        Err(_) => {
            state.error("server_id", crate::tr!(lang, "portal-server-id-invalid"));
            None
        }
    }
}

/// A licence's notes: free text over several lines, at most [`NOTES_MAX_CHARS`] characters.
/// Line ends are kept as `\n`; other control characters are refused.
pub fn notes(lang: Language, form: &Form, state: &mut FormState) -> Option<String> {
    let raw = form.get("notes");
    state.set("notes", raw);
    match clean_notes(raw) {
        Ok(notes) => Some(notes),
        Err(NotesError::TooLong) => {
            state.error(
                "notes",
                crate::tr!(lang, "portal-too-long", max = NOTES_MAX_CHARS),
            );
            None
        }
        Err(NotesError::ControlCharacter) => {
            state.error("notes", crate::tr!(lang, "portal-notes-control-characters"));
            None
        }
    }
}

/// A `yyyy-mm-dd` date; empty is `Some(None)` unless required.
pub fn date(
    lang: Language,
    form: &Form,
    state: &mut FormState,
    name: &str,
    required: bool,
) -> Option<Option<Date>> {
    let raw = form.get(name).trim();
    state.set(name, &crate::http::fields::date_to_show_again(raw));
    if raw.is_empty() {
        if required {
            state.error(name, crate::tr!(lang, "portal-date-required"));
            return None;
        }
        return Some(None);
    }
    match crate::http::fields::parse_date(raw) {
        Some(date) => Some(Some(date)),
        None => {
            state.error(name, crate::tr!(lang, "portal-date-malformed"));
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

pub fn order(lang: Language, form: &Form, state: &mut FormState) -> Option<OrderInput> {
    let po_number = text(lang, form, state, "po_number", false, 64);
    let amount_raw = form.get("amount").trim().to_owned();
    state.set("amount", form.get("amount"));
    let amount = if amount_raw.is_empty() {
        Some(None)
    } else if let Some(stored) = amount(lang, &amount_raw) {
        Some(Some(stored))
    } else {
        // The message's example is written as the language writes amounts (`1200,50` in German).
        state.error("amount", crate::tr!(lang, "portal-amount-malformed"));
        None
    };
    let currency_raw = form.get("currency").trim().to_ascii_uppercase();
    state.set("currency", form.get("currency"));
    let currency = if currency_raw.is_empty() {
        if matches!(amount, Some(Some(_))) {
            state.error("currency", crate::tr!(lang, "portal-currency-missing"));
            None
        } else {
            Some(None)
        }
    } else if currency_raw.len() == 3 && currency_raw.bytes().all(|b| b.is_ascii_uppercase()) {
        Some(Some(currency_raw))
    } else {
        state.error("currency", crate::tr!(lang, "portal-currency-malformed"));
        None
    };
    Some(OrderInput {
        po_number: po_number.filter(|p| !p.is_empty()),
        amount: amount?,
        currency: currency?,
    })
}

/// An amount as the person typed it in their language (`1.200,50` in German), as it is stored
/// (`1200.50`): at most twelve digits before the decimals.
fn amount(lang: Language, text: &str) -> Option<String> {
    let stored = crate::i18n::format::parse_amount(lang, text)?;
    let whole = stored
        .split_once('.')
        .map_or(stored.as_str(), |(whole, _)| whole);
    (whole.len() <= 12).then_some(stored)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_read_in_the_language_and_stored_plain() {
        for (typed, stored) in [
            ("0", "0"),
            ("1200", "1200"),
            ("1200.5", "1200.5"),
            ("1,200.50", "1200.50"),
        ] {
            assert_eq!(
                amount(Language::En, typed).as_deref(),
                Some(stored),
                "{typed}"
            );
        }
        for bad in [
            "",
            ".5",
            "12.",
            "1,20",
            "-3",
            "1.234",
            "1e3",
            "12 00",
            "1234567890123",
        ] {
            assert_eq!(amount(Language::En, bad), None, "{bad}");
        }
        assert_eq!(amount(Language::De, "1.200,50").as_deref(), Some("1200.50"));
        assert_eq!(amount(Language::De, "1200.50"), None);
    }
}
