//! HTTP: the server (the only file that knows the transport, hyper), our own request and response types,
//! the routing table, and one module per feature for handlers. Handlers contain no SQL.

pub mod account;
pub mod api;
pub mod assets;
pub mod auditor_exports;
pub mod calendar_feed;
pub mod client_addr;
pub mod context;
pub mod coterm;
pub mod dashboard;
pub mod data_center_end;
pub mod diagnose;
pub mod fields;
pub mod import;
pub mod installations;
pub mod licences;
pub mod lifecycle;
pub mod mailboxes;
pub mod multipart;
pub mod organisation_people;
pub mod organisations;
pub mod page_cache;
pub mod people;
pub mod request;
pub mod response;
pub mod routes;
pub mod server;
pub mod session;
pub mod uploads;
pub mod webhooks;

pub use context::{App, Ctx};
pub use request::{Form, Method, Request};
pub use response::{HeaderValue, Response};

use crate::error::AppError;
use crate::views;

/// How long a client told "busy" (503) is asked to wait before trying again.
pub const BUSY_RETRY_SECONDS: &str = "5";

/// The error page of an error, with its status (`AppError::status`).
pub fn error_response(lang: crate::i18n::Language, error: &AppError) -> Response {
    error_response_at(lang, error, None, None)
}

/// [`error_response`] for a page someone asked for at `here` before signing in: the error page
/// offers its languages, each a link to the same address. With `user`, someone signed in: the
/// page keeps the top bar and its navigation, as every other page does (it says no more about
/// what exists than the error itself).
pub fn error_response_at(
    lang: crate::i18n::Language,
    error: &AppError,
    here: Option<views::Here<'_>>,
    user: Option<views::NavUser<'_>>,
) -> Response {
    let detail: Option<String> = match error {
        AppError::Unauthenticated => {
            return Response::see_other(&crate::paths::Route::SignIn.path());
        }
        AppError::BadRequest(message) | AppError::Forbidden(message) => Some(message.clone()),
        AppError::TooManyRequests { seconds } => {
            Some(crate::tr!(lang, "error-429-body", seconds = seconds))
        }
        AppError::Internal(detail) => {
            eprintln!("licensedesk: internal error: {detail}");
            None
        }
        _ => None,
    };
    let status = error.status();
    let (title, body) = views::errors::error_body(lang, status, detail.as_deref());
    let page = views::Page {
        lang,
        title: &title,
        narrow: user.is_none(),
        user,
        nav: views::Nav::None,
        flash: None,
        here,
    };
    let mut response = Response::html(status, page.render(body));
    if let AppError::TooManyRequests { seconds } = error
        && let Ok(value) = HeaderValue::new(seconds.to_string())
    {
        response = response.header("Retry-After", value);
    }
    if let AppError::Busy = error {
        response = response.header("Retry-After", HeaderValue::fixed(BUSY_RETRY_SECONDS));
    }
    if let AppError::MethodNotAllowed { allow } = error
        && let Ok(value) = HeaderValue::new((*allow).to_owned())
    {
        response = response.header("Allow", value);
    }
    if matches!(
        error,
        AppError::PayloadTooLarge { .. } | AppError::RequestTimeout
    ) {
        response = response.closing();
    }
    response
}

/// Headers every response carries, added in one place.
pub fn add_security_headers(response: &mut Response) {
    let fixed: [(&'static str, &'static str); 6] = [
        (
            "Content-Security-Policy",
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "same-origin"),
        ("X-Frame-Options", "DENY"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        ("Server", "licensedesk"),
    ];
    for (name, value) in fixed {
        if response.header_value(name).is_none() {
            response.headers.push((name, HeaderValue::fixed(value)));
        }
    }
    if response.header_value("Cache-Control").is_none() {
        response
            .headers
            .push(("Cache-Control", HeaderValue::fixed("no-store")));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn busy_and_too_many_say_when_to_try_again() {
        let busy = error_response(crate::i18n::Language::En, &AppError::Busy);
        assert_eq!(busy.status, 503);
        assert!(busy.header_value("Retry-After").is_some());
        let many = error_response(
            crate::i18n::Language::En,
            &AppError::TooManyRequests { seconds: 30 },
        );
        assert_eq!(many.status, 429);
        assert!(many.header_value("Retry-After").is_some());
    }
}
