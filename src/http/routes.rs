//! The dispatch: one `match` on the parsed `Route` (and, where a path both shows a page and
//! takes its form, on the method), calling one handler each. What a path is, which methods it
//! answers and how large a body it takes are `paths::Route`'s.

use crate::error::{AppError, AppResult};
use crate::i18n::Language;
use crate::paths::{FeedRoute, QueryError, Route, RouteError};

use super::account::{self, PasswordLink};
use super::context::LANGUAGE_COOKIE;
use super::{Ctx, Method, Response, assets, import, licences};
use super::{diagnose, installations};

/// The largest body a request to this target (path and query, as on the request line) may
/// carry.
pub fn body_limit(url: &str) -> usize {
    Route::body_limit_of(url)
}

/// Handles a request and always produces a response: errors become their error pages.
pub fn handle(ctx: &mut Ctx) -> Response {
    // The API answers in JSON, its errors included.
    if crate::paths::api::is_api_path(&ctx.req.path) {
        return super::api::handle(ctx);
    }
    match route(ctx) {
        Ok(response) => remember_language_switch(ctx, response),
        Err(AppError::Unauthenticated) => {
            // Come back here after signing in, when "here" is a page (not a form post).
            let mut target = Route::SignIn.path();
            if matches!(ctx.req.method, Method::Get | Method::Head) {
                let mut here = ctx.req.path.clone();
                if !ctx.req.query.is_empty() {
                    here.push('?');
                    here.push_str(
                        &form_urlencoded::Serializer::new(String::new())
                            .extend_pairs(&ctx.req.query)
                            .finish(),
                    );
                }
                let next: String = form_urlencoded::Serializer::new(String::new())
                    .append_pair("next", &here)
                    .finish();
                target = format!("{target}?{next}");
            }
            Response::see_other(&target)
        }
        Err(error) => {
            // The error page of a page asked for before sign-in offers its languages. A form's
            // address is left out (a link to it would not show the form again), and so is a
            // browser with a session, whose language is its account's.
            let picker = matches!(ctx.req.method, Method::Get | Method::Head)
                && ctx.req.cookie(super::session::SESSION_COOKIE).is_none();
            let session = signed_in(ctx);
            // A database that fails here fails the error page no further: it goes without
            // the top bar.
            let user = session.as_ref().and_then(|s| ctx.nav_user(s).ok());
            let here = picker.then_some(crate::views::Here {
                path: &ctx.req.path,
                query: &ctx.req.query,
            });
            super::error_response_at(ctx.lang, &error, here, user)
        }
    }
}

fn route(ctx: &mut Ctx) -> AppResult<Response> {
    // Administration answers 404 to everyone but administrators, whatever the method and
    // whether or not the path exists.
    if ctx.req.path.split('/').find(|s| !s.is_empty()) == Some("admin") {
        super::people::admin::require_admin(ctx)?;
    }
    // `?lang=` switches the language of any page before sign-in; it is no part of the route.
    let query: Vec<(String, String)> = ctx
        .req
        .query
        .iter()
        .filter(|(name, _)| name != "lang")
        .cloned()
        .collect();
    if query.len() != ctx.req.query.len() && Ctx::language_switch(ctx.req).is_none() {
        speak_as_signed_in(ctx);
        return Err(AppError::BadRequest(crate::tr!(
            ctx.lang,
            "language-unknown",
            codes = language_codes()
        )));
    }
    let route = match Route::parse(ctx.req.method, &ctx.req.path, &query) {
        Ok(route) => route,
        Err(RouteError::NotFound) => return Err(AppError::NotFound),
        Err(RouteError::MethodNotAllowed { allow }) => {
            return Err(AppError::MethodNotAllowed { allow });
        }
        Err(RouteError::BadQuery(error)) => {
            speak_as_signed_in(ctx);
            return Err(bad_query(ctx, error));
        }
    };
    // `Route::parse` has answered which method each route takes: a route that shows a page
    // and takes its form is told apart here by `post`.
    let post = ctx.req.method == Method::Post;
    match route {
        Route::Home => home(ctx),
        Route::Healthz => Ok(Response::text(200, "ok")),
        Route::Asset(name) => assets::serve(ctx, &name),
        Route::SignIn if post => account::sign_in(ctx),
        Route::SignIn => account::sign_in_page(ctx),
        Route::SignOut => account::sign_out(ctx),
        Route::Setup(token) if post => account::setup(ctx, &token),
        Route::Setup(token) => account::setup_page(ctx, &token),
        Route::Reset(token) if post => account::use_password_link(ctx, PasswordLink::Reset, &token),
        Route::Reset(token) => account::password_link_page(ctx, PasswordLink::Reset, &token),
        Route::Invite(token) if post => {
            account::use_password_link(ctx, PasswordLink::Invitation, &token)
        }
        Route::Invite(token) => account::password_link_page(ctx, PasswordLink::Invitation, &token),
        Route::Licences(list) => licences::list(ctx, list),
        Route::Orders { page } => licences::orders::page(ctx, page),
        Route::Import if post => import::preview(ctx),
        Route::Import => import::page(ctx),
        Route::ImportConfirm => import::confirm(ctx),
        Route::Export(format) => import::download(ctx, format),
        Route::Diagnose if post => diagnose::run(ctx),
        Route::Diagnose => diagnose::page(ctx),
        Route::DiagnoseApply => diagnose::apply(ctx),
        Route::InstanceDelete(id) if post => installations::delete(ctx, id),
        Route::InstanceDelete(id) => installations::delete_page(ctx, id),
        Route::Admin => super::people::admin::home(ctx),
        Route::EndOfDataCenter => super::data_center_end::page(ctx),
        Route::EndOfDataCenterCsv => super::data_center_end::csv(ctx),
        Route::OrganisationCoterm(id, _) if post => super::coterm::post(ctx, id),
        Route::OrganisationCoterm(id, until) => super::coterm::page(ctx, id, &until),
        Route::OrganisationCotermCsv(id, until) => super::coterm::csv(ctx, id, &until),
        Route::People(route) => super::people::route(ctx, route),
        Route::Organisations(route) => super::organisations::route(ctx, route),
        Route::NewLicence => licences::add::page(ctx),
        Route::NewLicenceByKey => licences::add::by_key(ctx),
        Route::NewLicenceByHand => licences::add::by_hand(ctx),
        Route::NewEvaluation if post => licences::add::evaluation(ctx),
        Route::NewEvaluation => licences::add::evaluation_page(ctx),
        Route::Licence(id) => licences::details(ctx, id),
        Route::LicenceOrganisation(id) => licences::edit::organisation(ctx, id),
        Route::LicenceBelongsTo(id) => super::organisations::move_licence(ctx, id),
        Route::LicenceNotes(id) => licences::edit::notes(ctx, id),
        Route::LicenceServerId(id) => licences::edit::server_id(ctx, id),
        Route::LicenceAutoRenew(id) => licences::edit::auto_renew(ctx, id),
        Route::LicenceKey(id) if post => licences::edit::gate(ctx, id),
        Route::LicenceKey(id) => licences::edit::gate_page(ctx, id),
        Route::LicenceDownload(id) => licences::edit::download(ctx, id),
        Route::LicenceArchive(id) if post => licences::edit::archive(ctx, id),
        Route::LicenceArchive(id) => licences::edit::archive_page(ctx, id),
        Route::LicenceRestore(id) => licences::edit::restore(ctx, id),
        Route::LicenceRenew(id) if post => licences::terms::renew(ctx, id),
        Route::LicenceRenew(id) => licences::terms::renew_page(ctx, id),
        Route::LicenceUpgrade(id) if post => licences::terms::upgrade(ctx, id),
        Route::LicenceUpgrade(id) => licences::terms::upgrade_page(ctx, id),
        Route::LicenceExtend(id) if post => licences::terms::extend(ctx, id),
        Route::LicenceExtend(id) => licences::terms::extend_page(ctx, id),
        Route::LicenceAttachKey(id) if post => licences::terms::attach(ctx, id),
        Route::LicenceAttachKey(id) => licences::terms::attach_page(ctx, id),
        Route::LicenceDeveloper(id) if post => licences::developer::add(ctx, id),
        Route::LicenceDeveloper(id) => licences::developer::page(ctx, id),
        Route::LicenceRestoreKey(id, entry) if post => licences::keys::restore(ctx, id, entry),
        Route::LicenceRestoreKey(id, entry) => licences::keys::restore_page(ctx, id, entry),
        Route::LicenceReplaceKey(id) if post => licences::keys::replace(ctx, id),
        Route::LicenceReplaceKey(id) => licences::keys::replace_page(ctx, id),
        Route::LicenceHost(id) => licences::apps::link_host(ctx, id),
        Route::LicenceDelete(id) if post => licences::keys::delete(ctx, id),
        Route::LicenceDelete(id) => licences::keys::delete_page(ctx, id),
        Route::LicenceEligibility(id, question) => {
            licences::lifecycle::eligibility(ctx, id, &question)
        }
        Route::AdminLifecycle => super::lifecycle::page(ctx),
        Route::AdminLifecyclePreview(file) => super::lifecycle::preview(ctx, file),
        Route::AdminLifecycleConfirm(file) => super::lifecycle::confirm(ctx, file),
        Route::AdminLifecycleReset(file) => super::lifecycle::reset(ctx, file),
        Route::AdminLifecycleDownload(file) => super::lifecycle::download(ctx, file),
        Route::Dashboard(only) => super::dashboard::page(ctx, only),
        Route::OrganisationReport(id) => super::dashboard::report(ctx, id),
        Route::OrganisationReports(id) => super::dashboard::switch_reports(ctx, id),
        Route::OrganisationAccess(route) => super::organisation_people::route(ctx, route),
        // `handle` sends every API path to `api::handle` before this table; a route of the API
        // that came here all the same is answered the API's way.
        Route::Api(route) => Ok(super::api::dispatch(ctx, route)
            .unwrap_or_else(|error| super::api::problem(ctx.lang, &error))),
        Route::Mailboxes(route) => super::mailboxes::route(ctx, route),
        Route::Feeds(route) => feeds(ctx, route),
        Route::Webhooks(route) => super::webhooks::route(ctx, route),
        Route::Panic if ctx.app.config.enable_panic_route => {
            panic!("the test route panicked on purpose")
        }
        Route::Panic => Err(AppError::NotFound),
    }
}

/// The calendar feed's and the CSV downloads' routes.
fn feeds(ctx: &mut Ctx, route: FeedRoute) -> AppResult<Response> {
    use super::{auditor_exports, calendar_feed};
    let post = ctx.req.method == Method::Post;
    match route {
        FeedRoute::Calendar(secret) => calendar_feed::feed(ctx, &secret),
        FeedRoute::AccountCalendar => calendar_feed::create(ctx),
        FeedRoute::AccountCalendarRevoke if post => calendar_feed::revoke(ctx),
        FeedRoute::AccountCalendarRevoke => calendar_feed::confirm_revoke(ctx),
        FeedRoute::AuditCsv(query) => auditor_exports::audit_csv(ctx, query),
        FeedRoute::OrdersCsv => auditor_exports::orders_csv(ctx),
    }
}

/// An error found before any handler looked for the session is still told in the signed-in
/// account's language: the session is looked up for it (a cost only errors pay).
fn speak_as_signed_in(ctx: &mut Ctx) {
    signed_in(ctx);
}

/// The session of someone signed in, which also makes the page speak their language. A
/// database that fails here fails the error page no further: the language stays.
fn signed_in(ctx: &mut Ctx) -> Option<super::session::Session> {
    if ctx.req.cookie(super::session::SESSION_COOKIE).is_some() {
        ctx.session().ok().flatten()
    } else {
        None
    }
}

/// The codes `?lang=` takes: `en, zh-CN, de, ja`.
fn language_codes() -> String {
    let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
    codes.join(", ")
}

/// A page reached with `?lang=` keeps the choice for the pages after it, in a cookie. Only a
/// page before sign-in does: a signed-in page speaks its account's language, and an asset or
/// `/healthz` is no page.
fn remember_language_switch(ctx: &Ctx, response: Response) -> Response {
    const A_YEAR: i64 = 365 * 24 * 60 * 60;
    let page = response
        .header_value("content-type")
        .is_some_and(|t| t.starts_with("text/html"));
    let signed_in = ctx.req.cookie(super::session::SESSION_COOKIE).is_some();
    if !page || signed_in {
        return response;
    }
    match Ctx::language_switch(ctx.req).map(|l| ctx.cookie(LANGUAGE_COOKIE, l.code(), Some(A_YEAR)))
    {
        Some(Ok(cookie)) => response.header("Set-Cookie", cookie),
        _ => response,
    }
}

/// A query parameter a page does not take: a 400 that says which and why.
fn bad_query(ctx: &Ctx, error: QueryError) -> AppError {
    AppError::BadRequest(query_message(ctx.lang, error))
}

/// What is wrong with a query parameter, in words (the API says it the same way).
pub fn query_message(lang: Language, error: QueryError) -> String {
    match error {
        QueryError::Page => crate::tr!(lang, "portal-bad-page"),
        QueryError::Section => crate::tr!(lang, "portal-bad-section"),
        QueryError::Sort => crate::tr!(lang, "list-bad-sort"),
        QueryError::SearchTooLong => crate::tr!(lang, "portal-search-too-long"),
        QueryError::ExportFormat => crate::tr!(lang, "export-bad-format"),
        QueryError::Role => crate::tr!(lang, "people-contacts-role-missing"),
        QueryError::Account => crate::tr!(lang, "people-account-number-invalid"),
        QueryError::MailState => crate::tr!(lang, "people-outbox-bad-state"),
        QueryError::Organisation => crate::tr!(lang, "org-list-bad-organisation"),
        QueryError::State => crate::tr!(lang, "org-list-bad-state"),
        QueryError::Group => crate::tr!(lang, "org-list-bad-group"),
        QueryError::Open => crate::tr!(lang, "list-bad-open"),
        QueryError::DryRun => crate::tr!(lang, "api-bad-dry-run"),
    }
}

fn home(ctx: &mut Ctx) -> AppResult<Response> {
    let target = if ctx.session()?.is_some() {
        Route::licences()
    } else {
        Route::SignIn
    };
    Ok(Response::see_other(&target.path()))
}
