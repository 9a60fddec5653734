//! The Fluent loader that holds each language's messages (`i18n/{code}/licensedesk.ftl`,
//! embedded in the binary), and the `tr!` macro that reads them.

use std::sync::OnceLock;

use i18n_embed::LanguageLoader;
use i18n_embed::fluent::FluentLanguageLoader;
use rust_embed::RustEmbed;

pub use crate::domain::Language;

/// The message catalogues, read from the binary.
#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Catalogues;

impl Language {
    /// The loader holding this language's messages, English behind them. Each is parsed when
    /// first used: a server whose people all read one language holds that one only (each
    /// parsed catalogue is a few megabytes).
    pub fn loader(self) -> &'static FluentLanguageLoader {
        static LOADERS: [OnceLock<FluentLanguageLoader>; Language::ALL.len()] =
            [const { OnceLock::new() }; Language::ALL.len()];
        LOADERS[self as usize].get_or_init(|| load(self))
    }
}

fn load(language: Language) -> FluentLanguageLoader {
    let english: unic_langid::LanguageIdentifier = "en".parse().expect("a valid language tag");
    let loader = FluentLanguageLoader::new("licensedesk", english);
    let id: unic_langid::LanguageIdentifier =
        language.code().parse().expect("a valid language tag");
    loader
        .load_languages(&Catalogues, &[id])
        .expect("the English catalogue is embedded in the binary");
    // Fluent wraps each value in Unicode isolation marks by default; pages, mail and CSV are not
    // the place for invisible characters.
    loader.set_use_isolating(false);
    let numbers: NumberFormatter = match language {
        Language::En => |value, _| whole_number(Language::En, value),
        Language::ZhCn => |value, _| whole_number(Language::ZhCn, value),
        Language::De => |value, _| whole_number(Language::De, value),
        Language::Ja => |value, _| whole_number(Language::Ja, value),
    };
    loader.with_bundles_mut(|bundle| bundle.set_formatter(Some(numbers)));
    loader
}

/// How a bundle writes the numbers a message is given (Fluent's own writes `12345`).
type NumberFormatter =
    fn(&fluent::FluentValue, &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String>;

/// A whole number given to a message, grouped as the language groups digits (`12,345`,
/// `12.345`); anything else is left to Fluent.
fn whole_number(language: Language, value: &fluent::FluentValue) -> Option<String> {
    match value {
        fluent::FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 1e15 => {
            Some(super::format::number(language, n.value as i64))
        }
        _ => None,
    }
}

/// A message of a language's catalogue, its id and arguments checked against English when the
/// code is compiled: `tr!(language, "sign-in-title")`, `tr!(language, "licences-count", count = n)`.
#[macro_export]
macro_rules! tr {
    ($language:expr, $id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        i18n_embed_fl::fl!($crate::i18n::Language::loader($language), $id $(, $name = $value)*)
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_come_without_isolation_marks() {
        let text = crate::tr!(Language::En, "sign-in-try-again-in", seconds = 42);
        assert_eq!(text, "Too many failed sign-ins. Try again in 42 seconds.");
    }

    #[test]
    fn numbers_in_messages_are_grouped_per_language() {
        let en = crate::tr!(Language::En, "sign-in-try-again-in", seconds = 12345);
        assert!(en.contains("12,345"), "{en}");
        let de = crate::tr!(Language::De, "sign-in-try-again-in", seconds = 12345);
        assert!(de.contains("12.345"), "{de}");
    }
}
