//! The error pages: 400, 403, 404, 405, 408, 413, 429, 500, 503.

use maud::{Markup, html};

use crate::i18n::Catalogue;
use crate::paths::Route;

/// The title and the sentence for a status; `detail` is the specific reason when there is one.
pub fn error_body(cat: &Catalogue, status: u16, detail: Option<&str>) -> (String, Markup) {
    let (title, generic) = match status {
        400 => (cat.error_400_title, None),
        403 => (cat.error_403_title, None),
        404 => (cat.error_404_title, Some(cat.error_404_body)),
        405 => (cat.error_405_title, Some(cat.error_405_body)),
        408 => (cat.error_408_title, Some(cat.error_408_body)),
        413 => (cat.error_413_title, Some(cat.error_413_body)),
        429 => (cat.error_429_title, None),
        503 => (cat.error_503_title, Some(cat.error_503_body)),
        _ => (cat.error_500_title, Some(cat.error_500_body)),
    };
    let markup = html! {
        h1 { (title) }
        @if let Some(detail) = detail {
            p { (detail) }
        } @else if let Some(generic) = generic {
            p { (generic) }
        }
        p { a href=(Route::Home.path()) { (cat.back_home) } }
    };
    (title.to_owned(), markup)
}
