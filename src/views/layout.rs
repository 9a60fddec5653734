//! The one page layout: top bar with the sections and the account menu, a flash message, and the
//! body.

use maud::{DOCTYPE, Markup, html};

use crate::domain::Section;
use crate::i18n::Catalogue;
use crate::paths::Route;

/// The section the page belongs to, marked in the top bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    None,
    Licences,
    Evaluations,
    Orders,
    Import,
    Diagnose,
    Admin,
}

/// The signed-in user as the top bar shows them.
pub struct NavUser<'a> {
    pub label: &'a str,
    pub is_admin: bool,
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
    pub cat: &'static Catalogue,
    pub title: &'a str,
    pub user: Option<NavUser<'a>>,
    pub nav: Nav,
    pub flash: Option<&'a Flash>,
    /// A narrow column, for sign-in and other short forms.
    pub narrow: bool,
}

impl Page<'_> {
    pub fn render(&self, body: Markup) -> Markup {
        let cat = self.cat;
        html! {
            (DOCTYPE)
            html lang=(cat.language.code()) {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    title { (self.title) " · " (cat.product_name) }
                    link rel="stylesheet" href=(Route::Asset("style.css".into()).path());
                    link rel="icon" href=(Route::Asset("icon.svg".into()).path()) type="image/svg+xml";
                    script src=(Route::Asset("app.js".into()).path()) defer {}
                }
                body {
                    a.skip href="#content" { (cat.skip_to_content) }
                    header.top {
                        a.brand href=(Route::Home.path()) { (cat.product_name) }
                        @if let Some(user) = &self.user {
                            nav aria-label="Sections" {
                                ul {
                                    (nav_item(Route::licences(), cat.nav_licences, self.nav == Nav::Licences))
                                    (nav_item(Route::section(Section::Evaluations), cat.nav_evaluations, self.nav == Nav::Evaluations))
                                    (nav_item(Route::Orders { page: 1 }, cat.nav_orders, self.nav == Nav::Orders))
                                    (nav_item(Route::Import, cat.nav_import, self.nav == Nav::Import))
                                    (nav_item(Route::Diagnose, cat.nav_diagnose, self.nav == Nav::Diagnose))
                                    @if user.is_admin {
                                        (nav_item(Route::Admin, cat.nav_admin, self.nav == Nav::Admin))
                                    }
                                }
                            }
                            div.account {
                                span {
                                    (cat.nav_signed_in_as) " "
                                    // Contacts and mail: the name leads to the profile.
                                    a href=(crate::paths::PeopleRoute::Profile.path()) { strong { (user.label) } }
                                }
                                form method="post" action=(Route::SignOut.path()) {
                                    (super::components::csrf_field(user.csrf))
                                    button.link type="submit" { (cat.sign_out) }
                                }
                            }
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
    html! {
        li {
            @if current {
                a href=(route.path()) aria-current="page" { (label) }
            } @else {
                a href=(route.path()) { (label) }
            }
        }
    }
}

fn flash_notice(flash: &Flash) -> Markup {
    let class = match flash.kind {
        FlashKind::Ok => "notice ok",
        FlashKind::Error => "notice error",
        FlashKind::Info => "notice",
    };
    html! { div class=(class) role="status" { (flash.text) } }
}
