//! The languages licensedesk speaks, and how one is chosen for a person: a stored code, a
//! browser's `Accept-Language`, a `?lang=` switch, or the command line's locale. Their words are
//! the catalogues' (`crate::i18n`).

/// A language with a complete catalogue. English is the one every other is checked against, and
/// the one a message falls back to if a catalogue lacks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    #[default]
    En,
    ZhCn,
    De,
    Ja,
}

impl Language {
    pub const ALL: [Language; 4] = [Language::En, Language::ZhCn, Language::De, Language::Ja];

    /// The code stored on an account, used in `?lang=` and in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::ZhCn => "zh-CN",
            Language::De => "de",
            Language::Ja => "ja",
        }
    }

    /// The language's name in itself, as a language picker shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::ZhCn => "中文（简体）",
            Language::De => "Deutsch",
            Language::Ja => "日本語",
        }
    }

    /// The language of a stored code or a `?lang=` value: exactly one of the codes of
    /// [`Language::code`], in any case.
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL
            .into_iter()
            .find(|language| language.code().eq_ignore_ascii_case(code))
    }

    /// The language that serves a BCP 47 tag such as `de-AT`, `ja-JP` or `zh-Hans-CN`, matched on
    /// its primary subtag. Every Chinese tag gets Simplified Chinese, the only Chinese there is.
    pub fn for_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        match primary.to_ascii_lowercase().as_str() {
            "en" => Some(Language::En),
            "zh" => Some(Language::ZhCn),
            "de" => Some(Language::De),
            "ja" => Some(Language::Ja),
            _ => None,
        }
    }

    /// The browser's first choice that licensedesk speaks, from an `Accept-Language` header
    /// (`de-DE,de;q=0.9,en;q=0.8`): by quality, then by order; `q=0` means "not this one".
    pub fn from_accept_language(header: &str) -> Option<Language> {
        let mut choices: Vec<(u16, usize, Language)> = header
            .split(',')
            .take(32)
            .enumerate()
            .filter_map(|(order, item)| {
                let mut parts = item.split(';');
                let language = Language::for_tag(parts.next()?.trim())?;
                let quality = parts
                    .find_map(|p| {
                        let p = p.trim();
                        p.strip_prefix("q=").or_else(|| p.strip_prefix("Q="))
                    })
                    .map_or(Some(1000), quality_per_mille)?;
                (quality > 0).then_some((quality, order, language))
            })
            .collect();
        choices.sort_by_key(|&(quality, order, _)| (std::cmp::Reverse(quality), order));
        choices.first().map(|&(_, _, language)| language)
    }

    /// The language of a POSIX locale name such as `de_DE.UTF-8` or `ja_JP.eucJP@x`; none for
    /// `C` and `POSIX`.
    pub fn from_locale(locale: &str) -> Option<Language> {
        let name = locale.split(['.', '@']).next().unwrap_or("");
        if name == "C" || name == "POSIX" {
            return None;
        }
        Language::for_tag(name)
    }

    /// The language the command line speaks: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set, as POSIX orders them; English when that one is not a language we speak.
    pub fn from_environment() -> Language {
        Language::from_locale_variables(|name| std::env::var(name).ok())
    }

    /// [`Language::from_environment`] over any source of variables, for tests.
    pub fn from_locale_variables(var: impl Fn(&str) -> Option<String>) -> Language {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(var)
            .find(|value| !value.is_empty())
            .and_then(|value| Language::from_locale(&value))
            .unwrap_or_default()
    }

    /// The decimal separator and the thousands separator of this language's numbers.
    pub fn number_separators(self) -> (char, char) {
        match self {
            Language::De => (',', '.'),
            Language::En | Language::ZhCn | Language::Ja => ('.', ','),
        }
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// A `q=` value in thousandths; none when it is not a quality (`q=2`, `q=x`).
fn quality_per_mille(text: &str) -> Option<u16> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths: u16 = format!("{fraction:0<3}").parse().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_browser_s_first_choice_we_speak_wins() {
        assert_eq!(Language::from_accept_language("ja"), Some(Language::Ja));
        assert_eq!(
            Language::from_accept_language("fr-FR,fr;q=0.9,de;q=0.8,en;q=0.7"),
            Some(Language::De)
        );
        assert_eq!(
            Language::from_accept_language("en;q=0.5, zh-Hans-CN"),
            Some(Language::ZhCn)
        );
        assert_eq!(
            Language::from_accept_language("de;q=0, ja;q=0.1"),
            Some(Language::Ja)
        );
        assert_eq!(Language::from_accept_language("fr, *"), None);
        assert_eq!(Language::from_accept_language("de;q=7"), None);
        assert_eq!(Language::from_accept_language(""), None);
        assert_eq!(
            Language::from_accept_language("de;Q=0, ja"),
            Some(Language::Ja)
        );
    }

    #[test]
    fn stored_codes_and_locales_name_a_language() {
        assert_eq!(Language::from_code("zh-cn"), Some(Language::ZhCn));
        assert_eq!(Language::from_code("zh"), None);
        assert_eq!(Language::from_locale("de_DE.UTF-8"), Some(Language::De));
        assert_eq!(Language::from_locale("ja_JP.eucJP@x"), Some(Language::Ja));
        assert_eq!(Language::from_locale("C.UTF-8"), None);
        let vars = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            Language::from_locale_variables(vars(&[("LANG", "ja_JP.UTF-8")])),
            Language::Ja
        );
        assert_eq!(
            Language::from_locale_variables(vars(&[
                ("LANG", "ja_JP.UTF-8"),
                ("LC_MESSAGES", "de_DE"),
            ])),
            Language::De
        );
        assert_eq!(
            Language::from_locale_variables(vars(&[("LC_ALL", ""), ("LANG", "zh_CN.GB18030")])),
            Language::ZhCn
        );
        assert_eq!(
            Language::from_locale_variables(vars(&[("LANG", "C")])),
            Language::En
        );
    }
}
