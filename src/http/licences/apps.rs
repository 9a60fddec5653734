//! Linking an app (Marketplace) licence to the host licence it runs on, by hand: the choice on
//! the app licence's page, a confirmation naming both, then the link with its audit entry.
//!
//! The app is found through `visible_licence` first (a stranger gets 404), and so is the host:
//! a host the user may not see is a 404 too, never a confirmation that it exists. A host they
//! may see but that cannot host this app (another organisation, not a host product) is refused
//! with the reason, and nothing changes.

use crate::domain::{Licence, LicenceId};
use crate::error::{AppError, AppResult};
use crate::inventory::apps;
use crate::paths::Route;
use crate::store;
use crate::views;

use super::super::{Ctx, Response};
use super::{LicenceFlash, done, form_page, licence_post, write};

pub fn link_host(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let (session, app, form) = licence_post(ctx, id)?;
    let lang = ctx.lang;
    let viewer = session.viewer();
    // Only an app licence has a host; for any other licence there is nothing here.
    let info = apps::app_licence(&app).ok_or(AppError::NotFound)?;
    let chosen = form.get("host").trim();
    let host: Option<Licence> = if chosen == "none" {
        None
    } else {
        let host_id: LicenceId = chosen
            .parse()
            .map_err(|_| AppError::BadRequest(crate::tr!(lang, "apps-host-not-chosen")))?;
        let host =
            store::licences::visible(ctx.conn, viewer, host_id)?.ok_or(AppError::NotFound)?;
        let choices = apps::host_choices(ctx.conn, &app, info, viewer)?;
        if !choices.iter().any(|c| c.id == host.id) {
            return Err(AppError::BadRequest(crate::tr!(
                lang,
                "apps-host-not-allowed"
            )));
        }
        Some(host)
    };
    if form.get("confirm") != "yes" {
        let body = views::licences::apps::confirm(lang, &app, host.as_ref(), &session.csrf);
        return form_page(
            ctx,
            &session,
            &crate::tr!(lang, "apps-confirm-title"),
            200,
            body,
        );
    }
    let who = ctx.actor(&session);
    let now = ctx.now;
    let tx = write(ctx)?;
    apps::link(&tx, &who, app.id, host.as_ref(), "", now)?;
    tx.commit()?;
    done(
        ctx,
        &Route::Licence(app.id).path(),
        LicenceFlash::HostLinked,
    )
}
