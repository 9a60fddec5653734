//! The calendar feed on the account page: whether there is one and the forms that make a new
//! address or end it; the page that shows a new address once, with how to subscribe to it; and
//! the confirmation before ending it.

use maud::{Markup, html};

use crate::i18n::Language;
use crate::paths::{FeedRoute, PeopleRoute};
use crate::views::components::csrf_field;
use crate::views::people::format::when;

/// The account page's section: `made_at` is when the feed's address was made, `None` when the
/// account has no feed.
pub fn section(lang: Language, made_at: Option<i64>, csrf: &str) -> Markup {
    html! {
        section.calendar-feed aria-labelledby="calendar-feed" {
            h2 #calendar-feed { (crate::tr!(lang, "feed-heading")) }
            p.hint { (crate::tr!(lang, "feed-intro")) }
            @match made_at {
                None => {
                    p { (crate::tr!(lang, "feed-none")) }
                    form method="post" action=(FeedRoute::AccountCalendar.path()) {
                        (csrf_field(csrf))
                        button.primary type="submit" { (crate::tr!(lang, "feed-create")) }
                    }
                }
                Some(at) => {
                    p { (crate::tr!(lang, "feed-active", date = when(lang, at))) }
                    p.hint { (crate::tr!(lang, "feed-regenerate-hint")) }
                    form method="post" action=(FeedRoute::AccountCalendar.path()) {
                        (csrf_field(csrf))
                        button type="submit" { (crate::tr!(lang, "feed-regenerate")) }
                    }
                    p { a href=(FeedRoute::AccountCalendarRevoke.path()) { (crate::tr!(lang, "feed-revoke")) } }
                }
            }
        }
    }
}

/// A new feed address, shown this once, and how to subscribe to it.
pub fn created(lang: Language, url: &str) -> Markup {
    html! {
        h1 { (crate::tr!(lang, "feed-created-title")) }
        p.lead { (crate::tr!(lang, "feed-created-lead")) }
        div {
            label for="feed-url" { (crate::tr!(lang, "feed-url-label")) }
            input #feed-url type="text" readonly value=(url) size="60" spellcheck="false";
        }
        p { code.feed-url { (url) } }
        h2 { (crate::tr!(lang, "feed-how-heading")) }
        ul {
            li { (crate::tr!(lang, "feed-how-thunderbird")) }
            li { (crate::tr!(lang, "feed-how-outlook")) }
        }
        p.hint { (crate::tr!(lang, "feed-how-refresh")) }
        p { a href=(PeopleRoute::Profile.path()) { (crate::tr!(lang, "feed-back")) } }
    }
}

/// The confirmation before the feed ends.
pub fn confirm_revoke(lang: Language, csrf: &str) -> Markup {
    html! {
        h1 { (crate::tr!(lang, "feed-revoke-title")) }
        p { (crate::tr!(lang, "feed-revoke-body")) }
        form.confirm method="post" action=(FeedRoute::AccountCalendarRevoke.path()) {
            (csrf_field(csrf))
            (crate::views::components::ConfirmActions {
                confirm: &crate::tr!(lang, "feed-revoke-button"),
                danger: true,
                cancel: &crate::tr!(lang, "feed-cancel"),
                cancel_href: &PeopleRoute::Profile.path(),
            })
        }
    }
}
