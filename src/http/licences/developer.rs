//! "View developer licence": the developer licences of a production licence (seed 004), adding
//! one from its pasted key, linking a developer licence already in the portal, and unlinking
//! one. A developer licence's support expiry follows the production licence's, and it is seen by
//! the production licence's contacts.
//!
//! Linking and unlinking post to the same address as adding (`action=link` / `action=unlink`
//! with `developer=<id>`): the first post shows a confirmation naming both licences, and only
//! the confirmed post (`confirm=yes`) changes anything. The developer licence must be one the
//! viewer may change (404 when they cannot see it, 403 when read-only).

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
    let mut linkable = Vec::new();
    for candidate in
        store::licence_edits::unlinked_developer_licences(ctx.conn, LINKABLE_CANDIDATES)?
    {
        if candidate.id == licence.id {
            continue;
        }
        if let Some((visible, access)) =
            store::licences::with_access(ctx.conn, viewer, candidate.id)?
            && access.may_manage()
        {
            linkable.push(visible);
        }
    }
    let today = today(ctx);
    let body = views::licences::forms::developer(
        lang,
        &views::licences::forms::DeveloperView {
            licence,
            developers: &developers,
            linkable: &linkable,
            today: &today,
            csrf: &session.csrf,
            state,
        },
    );
    form_page(
        ctx,
        session,
        &crate::tr!(lang, "portal-developer-title"),
        status,
        body,
    )
}

/// How many unlinked developer licences the page offers to link, at most.
const LINKABLE_CANDIDATES: i64 = 200;

pub fn add(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let (session, licence, form) = licence_post(ctx, id)?;
    let lang = ctx.lang;
    check_production(lang, &licence)?;
    match form.get("action") {
        "link" => return link_or_unlink(ctx, &session, &licence, &form, true),
        "unlink" => return link_or_unlink(ctx, &session, &licence, &form, false),
        "" | "add" => {}
        _ => {
            return Err(AppError::BadRequest(crate::tr!(
                lang,
                "details-developer-unknown-action"
            )));
        }
    }
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

/// Links (`link`) or unlinks a developer licence already in the portal, after a confirmation.
fn link_or_unlink(
    ctx: &mut Ctx,
    session: &Session,
    production: &Licence,
    form: &super::super::Form,
    link: bool,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let developer_id: LicenceId = form
        .get("developer")
        .trim()
        .parse()
        .map_err(|_| AppError::BadRequest(crate::tr!(lang, "details-developer-not-chosen")))?;
    // The developer licence is checked as the production licence is: 404 unless visible, 403
    // unless the viewer may change it.
    let developer = managed_licence(ctx, session, developer_id)?;
    if link {
        if developer.id == production.id
            || !developer.licence_type.is_developer()
            || developer.is_evaluation
        {
            return Err(AppError::BadRequest(crate::tr!(
                lang,
                "details-developer-not-developer"
            )));
        }
        if developer.production_licence_id.is_some() {
            return Err(AppError::BadRequest(crate::tr!(
                lang,
                "details-developer-already-linked"
            )));
        }
    } else if developer.production_licence_id != Some(production.id) {
        return Err(AppError::BadRequest(crate::tr!(
            lang,
            "details-developer-not-linked"
        )));
    }
    if form.get("confirm") != "yes" {
        let body = views::licences::forms::developer_confirm(
            lang,
            production,
            &developer,
            link,
            &session.csrf,
        );
        let title = if link {
            crate::tr!(lang, "details-developer-link-title")
        } else {
            crate::tr!(lang, "details-developer-unlink-title")
        };
        return form_page(ctx, session, &title, 200, body);
    }
    let who = ctx.actor(session);
    let now = ctx.now;
    let tx = write(ctx)?;
    // Checked again under the write lock: another request may have linked or unlinked it since.
    let now_linked_to = store::licences::by_id(&tx, developer.id)?
        .ok_or(AppError::NotFound)?
        .production_licence_id;
    let still = if link {
        now_linked_to.is_none()
    } else {
        now_linked_to == Some(production.id)
    };
    if !still {
        let refusal = if link {
            crate::tr!(lang, "details-developer-already-linked")
        } else {
            crate::tr!(lang, "details-developer-not-linked")
        };
        return Err(AppError::BadRequest(refusal));
    }
    if link {
        developer::link(&tx, &who, developer.id, production, now)?;
    } else {
        developer::unlink(&tx, &who, developer.id, production, now)?;
    }
    tx.commit()?;
    let flash = if link {
        LicenceFlash::DeveloperLinked
    } else {
        LicenceFlash::DeveloperUnlinked
    };
    done(ctx, &Route::LicenceDeveloper(production.id).path(), flash)
}
