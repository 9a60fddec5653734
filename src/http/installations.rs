//! Recorded installations (`diagnose --record`, or the Diagnose page): deleting a stale one,
//! through a confirmation naming it. Only someone who may change every licence it runs (or an
//! administrator) may; one running none of the viewer's licences is not found.

use crate::app;
use crate::error::{AppError, AppResult};
use crate::paths::Route;
use crate::tr;
use crate::views::Nav;
use crate::views::installations as view;

use super::context::Flash;
use super::{Ctx, Response};

/// The installation, when the signed-in viewer may delete it: 404 when they may not know of
/// it, 403 when they may see it but not change it.
fn deletable(
    ctx: &mut Ctx,
    id: i64,
) -> AppResult<(super::session::Session, app::diagnosis::InstanceSeen)> {
    let session = ctx.require_session()?;
    let Some(seen) = app::diagnosis::instance_seen(ctx.conn, session.viewer(), id)? else {
        return Err(AppError::NotFound);
    };
    if !seen.may_change {
        return Err(AppError::Forbidden(tr!(ctx.lang, "installation-read-only")));
    }
    Ok((session, seen))
}

/// Where the confirmation and the deletion lead back to: the first licence it ran that the
/// viewer sees, or the Diagnose page.
fn back(seen: &app::diagnosis::InstanceSeen) -> String {
    seen.licences
        .first()
        .map_or_else(|| Route::Diagnose.path(), |l| Route::Licence(l.id).path())
}

pub fn delete_page(ctx: &mut Ctx, id: i64) -> AppResult<Response> {
    let (session, seen) = deletable(ctx, id)?;
    let lang = ctx.lang;
    let body = view::confirm_delete(
        lang,
        &view::ConfirmDelete {
            instance: &seen.instance,
            licences: &seen.licences,
            back: &back(&seen),
            csrf: &session.csrf,
        },
    );
    ctx.page(
        Some(&session),
        &tr!(lang, "installation-delete-title"),
        Nav::Diagnose,
        true,
        200,
        body,
    )
}

pub fn delete(ctx: &mut Ctx, id: i64) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let (session, seen) = deletable(ctx, id)?;
    let actor = ctx.actor(&session);
    app::diagnosis::delete_instance(ctx.conn, &actor, &seen.instance, ctx.now)?;
    Ok(Response::see_other(&back(&seen))
        .header("Set-Cookie", ctx.flash_cookie(Flash::InstanceDeleted)?))
}

/// The ids of those `instances` the viewer may delete, for the lists that offer it.
pub fn deletable_ids(
    ctx: &Ctx,
    session: &super::session::Session,
    instances: &[crate::domain::Instance],
) -> AppResult<Vec<i64>> {
    let mut ids = Vec::new();
    for instance in instances {
        if app::diagnosis::instance_seen(ctx.conn, session.viewer(), instance.id)?
            .is_some_and(|seen| seen.may_change)
        {
            ids.push(instance.id);
        }
    }
    Ok(ids)
}
