//! Administration of the lifecycle tables: the page, the upload that is checked and compared
//! with the table in use (nothing changes yet), the confirmation that replaces it, the way back
//! to the shipped table, and the download. Administrators only (everyone else gets 404, as for
//! all of /admin); every change is a POST with its CSRF token and leaves an audit entry.

use crate::app::lifecycle::{self, Origin};
use crate::domain::lifecycle::{self as rules, LifecycleFile};
use crate::error::AppResult;
use crate::i18n::lifecycle as words;
use crate::views::lifecycle::{AdminView, TableSummary};
use crate::views::{self, Nav};

use super::people::admin::require_admin;
use super::session::Session;
use super::{Ctx, Response};

/// The rows of the table in use.
fn rows_in_use(ctx: &Ctx, file: LifecycleFile) -> AppResult<usize> {
    Ok(match file {
        LifecycleFile::Cutoffs => lifecycle::cutoffs(ctx.conn)?.rows.len(),
        LifecycleFile::Releases => lifecycle::releases(ctx.conn)?.rows.len(),
    })
}

/// The page, with a notice after a change or a refused upload beside its form.
fn render(
    ctx: &mut Ctx,
    session: &Session,
    status: u16,
    notice: Option<&str>,
    error: Option<(LifecycleFile, &str)>,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let mut tables = Vec::new();
    for file in LifecycleFile::ALL {
        let (_, origin) = lifecycle::text(ctx.conn, file)?;
        tables.push(TableSummary {
            file,
            rows: rows_in_use(ctx, file)?,
            origin,
        });
    }
    let today = super::licences::today(ctx);
    let body = views::lifecycle::page(
        lang,
        &AdminView {
            tables: &tables,
            today: &today,
            csrf: &session.csrf,
            notice,
            error,
        },
    );
    ctx.page(
        Some(session),
        &crate::tr!(lang, "lifecycle-admin-title"),
        Nav::Admin,
        false,
        status,
        body,
    )
}

pub fn page(ctx: &mut Ctx) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    render(ctx, &session, 200, None, None)
}

/// A refused file: the page again, the reason beside the table's form, 422; nothing changed.
fn refused(
    ctx: &mut Ctx,
    session: &Session,
    file: LifecycleFile,
    reason: &str,
) -> AppResult<Response> {
    render(ctx, session, 422, None, Some((file, reason)))
}

pub fn preview(ctx: &mut Ctx, file: LifecycleFile) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let lang = ctx.lang;
    let upload = ctx.req.multipart(lang)?;
    let mut fields = super::Form::default();
    fields.insert("csrf", upload.text("csrf").into_owned());
    ctx.check_csrf(&session, &fields)?;
    let bytes = upload
        .files("file")
        .next()
        .map(|part| part.data.to_vec())
        .filter(|data| !data.is_empty());
    drop(upload);
    let Some(bytes) = bytes else {
        return refused(
            ctx,
            &session,
            file,
            &crate::tr!(lang, "lifecycle-admin-file-missing"),
        );
    };
    if bytes.len() > rules::FILE_MAX_BYTES {
        let reason = words::file_error(
            lang,
            &rules::FileError {
                line: 0,
                problem: rules::FileProblem::TooLarge,
            },
        );
        return refused(ctx, &session, file, &reason);
    }
    let Ok(text) = String::from_utf8(bytes) else {
        return refused(
            ctx,
            &session,
            file,
            &crate::tr!(lang, "lifecycle-admin-not-utf8"),
        );
    };
    match lifecycle::preview(ctx.conn, file, &text)? {
        Err(error) => {
            let reason = words::file_error(lang, &error);
            refused(ctx, &session, file, &reason)
        }
        Ok(preview) => {
            let body = views::lifecycle::preview(lang, &preview, &text, &session.csrf);
            let title = crate::tr!(lang, "lifecycle-admin-preview-title", file = file.code());
            ctx.page(Some(&session), &title, Nav::Admin, false, 200, body)
        }
    }
}

pub fn confirm(ctx: &mut Ctx, file: LifecycleFile) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let lang = ctx.lang;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    // A browser sends a textarea's line breaks as CRLF; the table keeps the file's own.
    let text = form.get("content").replace("\r\n", "\n");
    if text.trim().is_empty() {
        return refused(
            ctx,
            &session,
            file,
            &crate::tr!(lang, "lifecycle-admin-file-missing"),
        );
    }
    let actor = ctx.actor(&session);
    let now = ctx.now;
    match lifecycle::replace(ctx.conn, &actor, file, &text, now)? {
        Err(error) => {
            let reason = words::file_error(lang, &error);
            refused(ctx, &session, file, &reason)
        }
        Ok(_) => {
            let notice = crate::tr!(lang, "lifecycle-admin-replaced", file = file.code());
            render(ctx, &session, 200, Some(&notice), None)
        }
    }
}

pub fn reset(ctx: &mut Ctx, file: LifecycleFile) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let lang = ctx.lang;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let actor = ctx.actor(&session);
    let now = ctx.now;
    lifecycle::reset(ctx.conn, &actor, file, now)?;
    let notice = crate::tr!(lang, "lifecycle-admin-reset-done", file = file.code());
    render(ctx, &session, 200, Some(&notice), None)
}

pub fn download(ctx: &mut Ctx, file: LifecycleFile) -> AppResult<Response> {
    require_admin(ctx)?;
    let (text, origin) = lifecycle::text(ctx.conn, file)?;
    let name = match origin {
        Origin::Shipped => format!("{}.csv", file.code()),
        Origin::Imported { at, .. } => format!("{}-{at}.csv", file.code()),
    };
    Ok(super::import::attachment(
        "text/csv; charset=utf-8",
        &name,
        text.into_bytes(),
    ))
}
