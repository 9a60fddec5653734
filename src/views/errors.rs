//! The error pages: 400, 403, 404, 405, 408, 413, 429, 500, 503.

use maud::{Markup, html};

use crate::i18n::Language;
use crate::paths::Route;
use crate::tr;

/// The title and the sentence for a status; `detail` is the specific reason when there is one.
pub fn error_body(lang: Language, status: u16, detail: Option<&str>) -> (String, Markup) {
    let (title, generic) = match status {
        400 => (tr!(lang, "error-400-title"), None),
        403 => (tr!(lang, "error-403-title"), None),
        404 => (
            tr!(lang, "error-404-title"),
            Some(tr!(lang, "error-404-body")),
        ),
        405 => (
            tr!(lang, "error-405-title"),
            Some(tr!(lang, "error-405-body")),
        ),
        408 => (
            tr!(lang, "error-408-title"),
            Some(tr!(lang, "error-408-body")),
        ),
        413 => (
            tr!(lang, "error-413-title"),
            Some(tr!(lang, "error-413-body")),
        ),
        429 => (tr!(lang, "error-429-title"), None),
        503 => (
            tr!(lang, "error-503-title"),
            Some(tr!(lang, "error-503-body")),
        ),
        _ => (
            tr!(lang, "error-500-title"),
            Some(tr!(lang, "error-500-body")),
        ),
    };
    let markup = html! {
        h1 { (title) }
        @if let Some(detail) = detail {
            p { (detail) }
        } @else if let Some(generic) = generic {
            p { (generic) }
        }
        p { a href=(Route::Home.path()) { (tr!(lang, "back-home")) } }
    };
    (title, markup)
}
