//! "View developer licence": the developer licences of a production licence (seed 004), and
//! adding one from its pasted key. A developer licence's support expiry follows the
//! production licence's, and it is seen by the production licence's contacts.

use crate::domain::{Licence, LicenceId};
use crate::error::{AppError, AppResult};
use crate::i18n::Language;
use crate::inventory::{changes, developer, from_key, new_licence_from_key};
use crate::paths::Route;
use crate::store::licences::{Joins, ServerIdReason};
use crate::store::{self};
use crate::views::licences::FormState;
use crate::views::{self};

use super::super::session::Session;
use super::super::{Ctx, Response};
use super::add::refuse_duplicate;
use super::{
    LicenceFlash, done, form_page, licence_post, managed_licence, pasted_key, today, write,
};

/// Developer licences belong to production licences, not to evaluations or to each other.
fn check_production(lang: Language, licence: &Licence) -> AppResult<()> {
    if licence.is_evaluation || licence.is_developer() {
        Err(AppError::BadRequest(crate::tr!(
            lang,
            "portal-no-developer-here"
        )))
    } else {
        Ok(())
    }
}

pub fn page(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let licence = managed_licence(ctx, &session, id)?;
    check_production(ctx.lang, &licence)?;
    render(ctx, &session, &licence, &FormState::new(), 200)
}

fn render(
    ctx: &mut Ctx,
    session: &Session,
    licence: &Licence,
    state: &FormState,
    status: u16,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let viewer = session.viewer();
    let mut developers = Vec::new();
    for candidate in store::licence_edits::developer_licences(ctx.conn, licence.id)? {
        if let Some(visible) = store::licences::visible(ctx.conn, viewer, candidate.id)? {
            developers.push(visible);
        }
    }
    let today = today(ctx);
    let body =
        views::licences::forms::developer(lang, licence, &developers, &today, &session.csrf, state);
    form_page(
        ctx,
        session,
        &crate::tr!(lang, "portal-developer-title"),
        status,
        body,
    )
}

pub fn add(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let (session, licence, form) = licence_post(ctx, id)?;
    let lang = ctx.lang;
    check_production(lang, &licence)?;
    let mut state = FormState::new()
        .keep("key", form.get("key"))
        .keep("accept_not_genuine", form.get("accept_not_genuine"));
    let decoded = pasted_key(lang, &form, &mut state, true);
    if let Some(decoded) = &decoded {
        if !from_key::is_developer(decoded) {
            let kind = from_key::licence_type(decoded);
            state.error(
                "key",
                crate::tr!(
                    lang,
                    "portal-key-not-developer",
                    licence_type = crate::views::licences::licence_type_name(lang, &kind)
                ),
            );
        }
        if let (Some(ours), Some(theirs)) = (licence.sen.as_deref(), decoded.licence.sen.as_deref())
            && !ours.eq_ignore_ascii_case(theirs)
        {
            state.error(
                "key",
                crate::tr!(lang, "portal-key-other-sen", key_sen = theirs, sen = ours),
            );
        }
        refuse_duplicate(ctx, lang, decoded, &mut state)?;
    }
    let (Some(decoded), false) = (decoded, state.has_errors()) else {
        return render(ctx, &session, &licence, &state, 422);
    };
    let who = ctx.actor(&session);
    let now = ctx.now;
    let mut new = new_licence_from_key(&decoded);
    let server_id = new.server_id.take();
    // The developer licence belongs where its production licence does.
    let joins = match &licence.belongs_to {
        Some(organisation) => Joins::Chosen(organisation.id),
        None => Joins::Nothing,
    };
    let tx = write(ctx)?;
    let id = store::licences::insert_joining(&tx, &new, now, joins)?;
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
