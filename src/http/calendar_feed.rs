//! The calendar feed: its secret address, answered without a session (a calendar program has
//! none), and the account page's forms that make a new address and end the feed.

use sha2::{Digest, Sha256};

use crate::app::calendar_feed;
use crate::error::{AppError, AppResult};
use crate::http::people::done;
use crate::http::people::flash::PeopleFlash;
use crate::http::{Ctx, HeaderValue, Response};
use crate::i18n::Language;
use crate::paths::{FeedRoute, PeopleRoute, Route};
use crate::store;
use crate::views::Nav;

/// The feed a secret opens, as iCalendar. Every secret that opens nothing (malformed,
/// unknown, replaced, ended, or a disabled account's) gets the same 404.
pub fn feed(ctx: &mut Ctx, secret: &str) -> AppResult<Response> {
    let Some(feed) = calendar_feed::open(ctx.conn, secret)? else {
        return Err(AppError::NotFound);
    };
    // In the account's language: a calendar program sends none of its own.
    let lang = Language::from_code(&feed.account.language).unwrap_or_default();
    // A feed of thousands of licences is megabytes to write: at most half the workers write
    // one at a time, so calendars polling together leave the other half to everyone else.
    let _slot = ctx.app.heavy_reads.enter()?;
    let body = crate::views::ics::feed(lang, &feed, &ctx.app.base_url);
    // The same licences give the same text: a calendar that polls with the ETag it was given
    // is told "not modified" until something changed.
    let digest = Sha256::digest(body.as_bytes());
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    let etag = format!("\"{hex}\"");
    let etag_value =
        HeaderValue::new(etag.clone()).map_err(|e| AppError::Internal(e.to_string()))?;
    // A proxy may have made the ETag weak (`W/`); either form names this text.
    let unchanged = ctx.req.header("if-none-match").is_some_and(|v| {
        v.split(',')
            .any(|t| t.trim().trim_start_matches("W/") == etag)
    });
    if unchanged {
        return Ok(Response::new(304).header("ETag", etag_value));
    }
    Ok(Response::new(200)
        .header(
            "Content-Type",
            HeaderValue::fixed("text/calendar; charset=utf-8"),
        )
        .header(
            "Content-Disposition",
            HeaderValue::fixed("inline; filename=\"licences.ics\""),
        )
        .header("ETag", etag_value)
        .with_body(body.into_bytes()))
}

/// A new feed address for the signed-in account, shown on the page this answers with and
/// nowhere else (the database keeps only its hash). An address the account had stops working.
pub fn create(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let actor = ctx.actor(&session);
    let token = calendar_feed::create(ctx.conn, &actor, &session.account, ctx.now)?;
    let url = Route::Feeds(FeedRoute::Calendar(token.as_str().to_owned())).url(&ctx.app.base_url);
    let lang = ctx.lang;
    let body = crate::views::calendar_feed::created(lang, &url);
    // The page carries a secret: never compressed (see `Response::never_gzip`).
    Ok(ctx
        .page(
            Some(&session),
            &crate::tr!(lang, "feed-created-title"),
            Nav::None,
            true,
            200,
            body,
        )?
        .never_gzipped())
}

/// The confirmation before the feed ends; without a feed, back to the account page.
pub fn confirm_revoke(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    if store::calendar_feeds::created_at(ctx.conn, session.account.id)?.is_none() {
        return Ok(Response::see_other(&PeopleRoute::Profile.path()));
    }
    let lang = ctx.lang;
    let body = crate::views::calendar_feed::confirm_revoke(lang, &session.csrf);
    ctx.page(
        Some(&session),
        &crate::tr!(lang, "feed-revoke-title"),
        Nav::None,
        true,
        200,
        body,
    )
}

/// Ends the signed-in account's feed: its address stops working at once.
pub fn revoke(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let actor = ctx.actor(&session);
    if calendar_feed::revoke(ctx.conn, &actor, &session.account, ctx.now)? {
        done(
            ctx,
            &PeopleRoute::Profile.path(),
            PeopleFlash::CalendarFeedRevoked,
        )
    } else {
        Ok(Response::see_other(&PeopleRoute::Profile.path()))
    }
}
