//! The one page layout: top bar with the sections and the account menu, a flash message, and the
//! body.

use maud::{DOCTYPE, Markup, html};

use crate::domain::Section;
use crate::i18n::Language;
use crate::paths::Route;
use crate::tr;

/// The section the page belongs to, marked in the top bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    None,
    Licences,
    Evaluations,
    Orders,
    Import,
    Diagnose,
    Organisations,
    Dashboard,
    /// Moving licences between accounts.
    Consolidate,
    Admin,
}

/// The signed-in user as the top bar shows them.
pub struct NavUser<'a> {
    pub label: &'a str,
    pub is_admin: bool,
    /// An administrator, or someone who manages an organisation or holds running access to
    /// one: the top bar offers organisations and the dashboard.
    pub reaches_organisations: bool,
    pub csrf: &'a str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlashKind {
    Ok,
    Error,
    Info,
}

/// A message shown once at the top of the next page ("Server ID updated").
#[derive(Debug, Clone)]
pub struct Flash {
    pub kind: FlashKind,
    pub text: String,
}

pub struct Page<'a> {
    pub lang: Language,
    pub title: &'a str,
    pub user: Option<NavUser<'a>>,
    pub nav: Nav,
    pub flash: Option<&'a Flash>,
    /// A narrow column, for sign-in and other short forms.
    pub narrow: bool,
    /// The address the page answers, for the language picker shown before sign-in; `None`
    /// where following it with GET would not show this page again.
    pub here: Option<Here<'a>>,
}

/// The path and query a page was asked for.
#[derive(Debug, Clone, Copy)]
pub struct Here<'a> {
    pub path: &'a str,
    pub query: &'a [(String, String)],
}

impl Page<'_> {
    pub fn render(&self, body: Markup) -> Markup {
        let lang = self.lang;
        html! {
            (DOCTYPE)
            html lang=(lang.code()) {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    title { (self.title) " · " (tr!(lang, "product-name")) }
                    link rel="stylesheet" href=(Route::Asset("style.css".into()).path());
                    link rel="icon" href=(Route::Asset("icon.svg".into()).path()) type="image/svg+xml";
                    script src=(Route::Asset("app.js".into()).path()) defer {}
                }
                body {
                    a.skip href="#content" { (tr!(lang, "skip-to-content")) }
                    header.top {
                        a.brand href=(Route::Home.path()) { (tr!(lang, "product-name")) }
                        @if let Some(user) = &self.user {
                            nav aria-label=(tr!(lang, "nav-sections-label")) {
                                ul {
                                    (nav_item(Route::licences(), &tr!(lang, "nav-licences"), self.nav == Nav::Licences))
                                    (nav_item(Route::section(Section::Evaluations), &tr!(lang, "nav-evaluations"), self.nav == Nav::Evaluations))
                                    (nav_item(Route::Orders { page: 1 }, &tr!(lang, "nav-orders"), self.nav == Nav::Orders))
                                    (nav_item(Route::Import, &tr!(lang, "nav-import"), self.nav == Nav::Import))
                                    (nav_item(Route::Diagnose, &tr!(lang, "nav-diagnose"), self.nav == Nav::Diagnose))
                                    (nav_item(Route::People(crate::paths::PeopleRoute::Consolidate), &tr!(lang, "nav-consolidate"), self.nav == Nav::Consolidate))
                                    @if user.reaches_organisations {
                                        (nav_item(Route::Organisations(crate::paths::OrganisationRoute::List), &tr!(lang, "org-nav-organisations"), self.nav == Nav::Organisations))
                                        (nav_item(Route::Dashboard(None), &tr!(lang, "org-dash-nav"), self.nav == Nav::Dashboard))
                                    }
                                    @if user.is_admin {
                                        (nav_item(Route::Admin, &tr!(lang, "nav-admin"), self.nav == Nav::Admin))
                                    }
                                }
                            }
                            div.account {
                                span {
                                    (tr!(lang, "nav-signed-in-as")) " "
                                    // Contacts and mail: the name leads to the profile.
                                    a href=(crate::paths::PeopleRoute::Profile.path()) { strong { (user.label) } }
                                }
                                form method="post" action=(Route::SignOut.path()) {
                                    (super::components::csrf_field(user.csrf))
                                    button.link type="submit" { (tr!(lang, "sign-out")) }
                                }
                            }
                        } @else if let Some(here) = self.here {
                            (language_picker(lang, here))
                        }
                    }
                    main #content .narrow[self.narrow] {
                        @if let Some(flash) = self.flash {
                            (flash_notice(flash))
                        }
                        (body)
                    }
                }
            }
        }
    }
}

fn nav_item(route: Route, label: &str, current: bool) -> Markup {
    nav_link(&route.path(), label, current)
}

fn nav_link(path: &str, label: &str, current: bool) -> Markup {
    html! {
        li {
            @if current {
                a href=(path) aria-current="page" { (label) }
            } @else {
                a href=(path) { (label) }
            }
        }
    }
}

/// Links to this page in each language, for someone not signed in (once signed in, the
/// account's language applies). Plain links: `?lang=` is kept in a cookie by the server.
fn language_picker(current: Language, here: Here<'_>) -> Markup {
    html! {
        nav.languages aria-label=(tr!(current, "language-picker-label")) {
            ul {
                @for language in Language::ALL {
                    li {
                        a href=(language_link(here, language)) lang=(language.code())
                            hreflang=(language.code())
                            aria-current=[(language == current).then_some("true")] {
                            (language.endonym())
                        }
                    }
                }
            }
        }
    }
}

/// The page's address with `lang` set to the language, every other query parameter kept.
fn language_link(here: Here<'_>, language: Language) -> String {
    use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
    // The path arrives percent-decoded: encode what would end it or change its meaning.
    const PATH: &AsciiSet = &CONTROLS
        .add(b' ')
        .add(b'"')
        .add(b'#')
        .add(b'%')
        .add(b'<')
        .add(b'>')
        .add(b'?')
        .add(b'`')
        .add(b'{')
        .add(b'}');
    let query = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(here.query.iter().filter(|(name, _)| name != "lang"))
        .append_pair("lang", language.code())
        .finish();
    format!("{}?{query}", utf8_percent_encode(here.path, PATH))
}

fn flash_notice(flash: &Flash) -> Markup {
    let class = match flash.kind {
        FlashKind::Ok => "notice ok",
        FlashKind::Error => "notice error",
        FlashKind::Info => "notice",
    };
    html! { div class=(class) role="status" { (flash.text) } }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
            .collect()
    }

    #[test]
    fn the_language_links_keep_the_other_query_parameters() {
        let query = query(&[("next", "/licences?q=a b&page=2"), ("lang", "en")]);
        let here = Here {
            path: "/sign-in",
            query: &query,
        };
        assert_eq!(
            language_link(here, Language::De),
            "/sign-in?next=%2Flicences%3Fq%3Da+b%26page%3D2&lang=de"
        );
    }

    #[test]
    fn a_path_cannot_break_out_of_its_link() {
        let here = Here {
            path: "/no such?page#x",
            query: &[],
        };
        assert_eq!(
            language_link(here, Language::Ja),
            "/no%20such%3Fpage%23x?lang=ja"
        );
    }

    #[test]
    fn the_picker_offers_every_language_and_marks_the_current_one() {
        let here = Here {
            path: "/sign-in",
            query: &[],
        };
        let html = language_picker(Language::De, here).into_string();
        for language in Language::ALL {
            assert!(
                html.contains(&format!("hreflang=\"{}\"", language.code())),
                "{html}"
            );
            assert!(html.contains(language.endonym()), "{html}");
        }
        assert!(
            html.contains(r#"lang="de" hreflang="de" aria-current="true">Deutsch<"#),
            "{html}"
        );
        assert_eq!(html.matches("aria-current").count(), 1, "{html}");
    }

    #[test]
    fn the_picker_shows_only_before_sign_in() {
        let here = Here {
            path: "/sign-in",
            query: &[],
        };
        let page = |user| Page {
            lang: Language::En,
            title: "t",
            user,
            nav: Nav::None,
            flash: None,
            narrow: true,
            here: Some(here),
        };
        let signed_out = page(None).render(html! {}).into_string();
        assert!(signed_out.contains("?lang=zh-CN"), "{signed_out}");
        let signed_in = page(Some(NavUser {
            label: "a",
            is_admin: false,
            reaches_organisations: false,
            csrf: "c",
        }))
        .render(html! {})
        .into_string();
        assert!(!signed_in.contains("?lang="), "{signed_in}");
    }
}
