//! "View developer licence": the developer licences of a production licence (seed 004), and
//! adding one from its pasted key. A developer licence's support expiry follows the
//! production licence's, and it is seen by the production licence's contacts.

use crate::domain::{Licence, LicenceId};
use crate::error::{AppError, AppResult};
use crate::i18n::{PortalCatalogue, fill};
use crate::inventory::{changes, developer, from_key, new_licence_from_key};
use crate::paths::Route;
use crate::store::licences::ServerIdReason;
use crate::store::{self};
use crate::views::licences::FormState;
use crate::views::{self};

use super::super::session::Session;
use super::super::{Ctx, Response};
use super::add::refuse_duplicate;
use super::{
    LicenceFlash, done, form_page, licence_post, pasted_key, texts, today, visible_licence, write,
};

/// Developer licences belong to production licences, not to evaluations or to each other.
fn check_production(t: &PortalCatalogue, licence: &Licence) -> AppResult<()> {
    if licence.is_evaluation || licence.is_developer() {
        Err(AppError::BadRequest(t.no_developer_here.to_owned()))
    } else {
        Ok(())
    }
}

pub fn page(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let licence = visible_licence(ctx, &session, id)?;
    check_production(texts(ctx), &licence)?;
    render(ctx, &session, &licence, &FormState::new(), 200)
}

fn render(
    ctx: &mut Ctx,
    session: &Session,
    licence: &Licence,
    state: &FormState,
    status: u16,
) -> AppResult<Response> {
    let t = texts(ctx);
    let viewer = session.viewer();
    let mut developers = Vec::new();
    for candidate in store::licence_edits::developer_licences(ctx.conn, licence.id)? {
        if let Some(visible) = store::licences::visible(ctx.conn, viewer, candidate.id)? {
            developers.push(visible);
        }
    }
    let today = today(ctx);
    let body =
        views::licences::forms::developer(t, licence, &developers, &today, &session.csrf, state);
    form_page(ctx, session, t.developer_title, status, body)
}

pub fn add(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let (session, licence, form) = licence_post(ctx, id)?;
    let t = texts(ctx);
    check_production(t, &licence)?;
    let mut state = FormState::new()
        .keep("key", form.get("key"))
        .keep("accept_not_genuine", form.get("accept_not_genuine"));
    let decoded = pasted_key(t, &form, &mut state, true);
    if let Some(decoded) = &decoded {
        if !from_key::is_developer(decoded) {
            let kind = from_key::licence_type(decoded);
            state.error(
                "key",
                fill(t.key_not_developer, &[("type", &t.licence_type(&kind))]),
            );
        }
        if let (Some(ours), Some(theirs)) = (licence.sen.as_deref(), decoded.licence.sen.as_deref())
            && !ours.eq_ignore_ascii_case(theirs)
        {
            state.error(
                "key",
                fill(t.key_other_sen, &[("key_sen", &theirs), ("sen", &ours)]),
            );
        }
        refuse_duplicate(ctx, t, decoded, &mut state)?;
    }
    let (Some(decoded), false) = (decoded, state.has_errors()) else {
        return render(ctx, &session, &licence, &state, 422);
    };
    let who = ctx.actor(&session);
    let now = ctx.now;
    let mut new = new_licence_from_key(&decoded);
    let server_id = new.server_id.take();
    let tx = write(ctx)?;
    let id = store::licences::insert(&tx, &new, now)?;
    if let Some(server_id) = server_id.as_deref() {
        store::licences::set_server_id(
            &tx,
            id,
            Some(server_id),
            who.stored_label(),
            ServerIdReason::Import,
            now,
        )?;
    }
    let created = changes::load(&tx, id)?;
    let detail = format!("developer licence of licence {}", licence.id);
    changes::record_created(&tx, &who, "licence-added", &created, &detail, now)?;
    developer::link(&tx, &who, id, &licence, now)?;
    tx.commit()?;
    done(
        ctx,
        &Route::LicenceDeveloper(licence.id).path(),
        LicenceFlash::DeveloperAdded,
    )
}
