//! Changing a licence in place: organisation, notes, Server ID, auto-renew, the Server ID gate in
//! front of the key, downloading the key, archive (after a confirmation page) and restore.

use crate::app::licence_changes::{self, Edit, Edited};
use crate::domain::{Licence, LicenceId, ServerId};
use crate::error::{AppError, AppResult};
use crate::i18n::Language;
use crate::inventory::changes;
use crate::paths::Route;
use crate::store::licences::ServerIdReason;
use crate::store::{self};
use crate::views::licences::FormState;
use crate::views::{self};

use super::super::session::Session;
use super::super::{Ctx, Form, HeaderValue, Response};
use super::{
    LicenceFlash, done, form_page, input, licence_path, licence_post, managed_licence,
    may_download, render_details, write,
};

/// The organisation the key names, as its form field takes it: required, one line.
pub fn organisation_input(lang: Language, form: &Form, state: &mut FormState) -> Option<String> {
    input::text(
        lang,
        form,
        state,
        "organisation",
        true,
        input::MAX_TEXT_CHARS,
    )
}

/// A licence's notes, as their form field takes them.
pub fn notes_input(lang: Language, form: &Form, state: &mut FormState) -> Option<String> {
    input::notes(lang, form, state)
}

/// A licence's Server ID, as its form field takes it: required (a Server ID is replaced,
/// never emptied, from the licence's page).
pub fn server_id_input(lang: Language, form: &Form, state: &mut FormState) -> Option<ServerId> {
    input::server_id(lang, form, state, true).flatten()
}

/// Whether auto-renew may be set on this licence: not on an evaluation, which is extended
/// instead.
pub fn auto_renew_refusal(lang: Language, licence: &Licence) -> Option<String> {
    licence
        .is_evaluation
        .then(|| crate::tr!(lang, "portal-not-for-evaluations"))
}

/// Applies a checked edit of one licence as the viewer.
fn apply(ctx: &mut Ctx, session: &Session, id: LicenceId, edit: &Edit) -> AppResult<Edited> {
    let who = ctx.actor(session);
    let now = ctx.now;
    licence_changes::edit(ctx.conn, &who, id, edit, now)
}

pub fn organisation(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let (session, licence, form) = licence_post(ctx, id)?;
    let lang = ctx.lang;
    let mut state = FormState::new();
    let Some(organisation) = organisation_input(lang, &form, &mut state) else {
        return render_details(ctx, &session, &licence, &state, 422);
    };
    let edit = Edit {
        organisation: Some(organisation),
        ..Edit::default()
    };
    if !apply(ctx, &session, licence.id, &edit)?.organisation {
        return Ok(Response::see_other(&licence_path(licence.id)));
    }
    done(
        ctx,
        &licence_path(licence.id),
        LicenceFlash::OrganisationUpdated,
    )
}

/// Saves a licence's notes (any contact of the licence, or an administrator).
pub fn notes(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let (session, licence, form) = licence_post(ctx, id)?;
    let lang = ctx.lang;
    // A form without the field is no request to empty the notes.
    if form.all("notes").is_empty() {
        return Err(AppError::BadRequest(crate::tr!(
            lang,
            "portal-notes-missing"
        )));
    }
    let mut state = FormState::new();
    let Some(notes) = notes_input(lang, &form, &mut state) else {
        return render_details(ctx, &session, &licence, &state, 422);
    };
    let edit = Edit {
        notes: Some(notes),
        ..Edit::default()
    };
    if !apply(ctx, &session, licence.id, &edit)?.notes {
        return Ok(Response::see_other(&licence_path(licence.id)));
    }
    done(ctx, &licence_path(licence.id), LicenceFlash::NotesUpdated)
}

pub fn server_id(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let (session, licence, form) = licence_post(ctx, id)?;
    let lang = ctx.lang;
    let mut state = FormState::new();
    let Some(server_id) = server_id_input(lang, &form, &mut state) else {
        return render_details(ctx, &session, &licence, &state, 422);
    };
    let edit = Edit {
        server_id: Some(server_id),
        ..Edit::default()
    };
    if apply(ctx, &session, licence.id, &edit)?.server_id {
        done(
            ctx,
            &licence_path(licence.id),
            LicenceFlash::ServerIdUpdated,
        )
    } else {
        Ok(Response::see_other(&licence_path(licence.id)))
    }
}

pub fn auto_renew(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let (session, licence, form) = licence_post(ctx, id)?;
    let lang = ctx.lang;
    let on = match form.get("auto_renew") {
        "on" => true,
        "off" => false,
        _ => {
            return Err(AppError::BadRequest(crate::tr!(
                lang,
                "portal-bad-auto-renew"
            )));
        }
    };
    if let Some(refusal) = auto_renew_refusal(lang, &licence) {
        return Err(AppError::BadRequest(refusal));
    }
    let edit = Edit {
        auto_renew: Some(on),
        ..Edit::default()
    };
    apply(ctx, &session, licence.id, &edit)?;
    let flash = if on {
        LicenceFlash::AutoRenewOn
    } else {
        LicenceFlash::AutoRenewOff
    };
    done(ctx, &licence_path(licence.id), flash)
}

/// The Server ID gate (seed 000): shown before a licence's key is retrieved the first time.
pub fn gate_page(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let licence = managed_licence(ctx, &session, id)?;
    if licence.licence_key.is_none() || licence.key_retrieved_at.is_some() {
        return Ok(Response::see_other(&format!(
            "{}#key",
            licence_path(licence.id)
        )));
    }
    // Empty, not the Server ID on record: the gate asks where the key is being installed, and a
    // pre-filled field would be passed with one click without saying so.
    render_gate(ctx, &session, &licence, &FormState::new(), 200)
}

fn render_gate(
    ctx: &mut Ctx,
    session: &super::Session,
    licence: &crate::domain::Licence,
    state: &FormState,
    status: u16,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let body = views::licences::forms::gate(lang, licence, &session.csrf, state);
    form_page(
        ctx,
        session,
        &crate::tr!(lang, "portal-gate-title"),
        status,
        body,
    )
}

pub fn gate(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let (session, licence, form) = licence_post(ctx, id)?;
    let lang = ctx.lang;
    if licence.licence_key.is_none() || licence.key_retrieved_at.is_some() {
        return Ok(Response::see_other(&format!(
            "{}#key",
            licence_path(licence.id)
        )));
    }
    let mut state = FormState::new();
    let server_id = input::server_id(lang, &form, &mut state, true);
    let reason = input::text(
        lang,
        &form,
        &mut state,
        "reason_for_purchase",
        false,
        input::MAX_REASON_CHARS,
    );
    let (Some(Some(server_id)), Some(reason)) = (server_id, reason) else {
        return render_gate(ctx, &session, &licence, &state, 422);
    };
    let who = ctx.actor(&session);
    let now = ctx.now;
    let tx = write(ctx)?;
    changes::set_server_id(
        &tx,
        &who,
        licence.id,
        Some(server_id.as_str()),
        ServerIdReason::Gate,
        now,
    )?;
    changes::update(&tx, &who, licence.id, "key-retrieved", "", now, |l| {
        l.key_retrieved_at = Some(now);
        if !reason.is_empty() {
            l.reason_for_purchase = Some(reason);
        }
        Ok(())
    })?;
    tx.commit()?;
    done(
        ctx,
        &format!("{}#key", licence_path(licence.id)),
        LicenceFlash::KeyUnlocked,
    )
}

/// The key as `<SEN>.txt`, for those who passed the Server ID gate, and admins.
pub fn download(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let (licence, access) =
        store::licences::with_access(ctx.conn, session.viewer(), id)?.ok_or(AppError::NotFound)?;
    let Some(key) = licence.licence_key.as_deref() else {
        return Err(AppError::NotFound);
    };
    if !access.sees_keys() {
        return Err(AppError::Forbidden(crate::tr!(
            ctx.lang,
            "org-access-download-withheld"
        )));
    }
    if !may_download(&session, &licence, access) {
        return Ok(Response::see_other(&Route::LicenceKey(licence.id).path()));
    }
    if !access.may_manage() {
        let actor = ctx.actor(&session);
        crate::app::key_views::keys_viewed(
            ctx.conn,
            &actor,
            &[licence.id],
            crate::app::key_views::KeyView::Download,
            ctx.now,
        )?;
    }
    let file = download_name(licence.sen.as_deref(), licence.id.0);
    let disposition = HeaderValue::new(format!("attachment; filename=\"{file}\""))
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(Response::text(200, format!("{key}\n")).header("Content-Disposition", disposition))
}

/// `SEN-1234567.txt`; a SEN with characters a file name should not carry, or none, gives
/// `licence-<id>.txt`.
fn download_name(sen: Option<&str>, id: i64) -> String {
    match sen {
        Some(sen)
            if !sen.is_empty()
                && sen.len() <= 64
                && sen
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
                && !sen.starts_with('.') =>
        {
            format!("{sen}.txt")
        }
        _ => format!("licence-{id}.txt"),
    }
}

pub fn archive_page(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let licence = managed_licence(ctx, &session, id)?;
    if licence.archived {
        return Ok(Response::see_other(&licence_path(licence.id)));
    }
    let contact_count = store::contacts::of_licence(ctx.conn, licence.id)?
        .contacts
        .len();
    let lang = ctx.lang;
    let body = views::licences::forms::archive(lang, &licence, contact_count, &session.csrf);
    form_page(
        ctx,
        &session,
        &crate::tr!(lang, "portal-archive-title"),
        200,
        body,
    )
}

pub fn archive(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    set_archived(ctx, id, true)
}

pub fn restore(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    set_archived(ctx, id, false)
}

fn set_archived(ctx: &mut Ctx, id: LicenceId, archived: bool) -> AppResult<Response> {
    let (session, licence, _form) = licence_post(ctx, id)?;
    let who = ctx.actor(&session);
    let now = ctx.now;
    if !licence_changes::set_archived(ctx.conn, &who, licence.id, archived, now)? {
        return Ok(Response::see_other(&licence_path(licence.id)));
    }
    let flash = if archived {
        LicenceFlash::Archived
    } else {
        LicenceFlash::Restored
    };
    done(ctx, &licence_path(licence.id), flash)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn download_names_are_the_sen_when_it_is_a_safe_file_name() {
        assert_eq!(download_name(Some("SEN-1234567"), 3), "SEN-1234567.txt");
        assert_eq!(download_name(Some("SEN-L12"), 3), "SEN-L12.txt");
        assert_eq!(download_name(None, 3), "licence-3.txt");
        assert_eq!(download_name(Some("../x"), 3), "licence-3.txt");
        assert_eq!(download_name(Some("a\"b"), 3), "licence-3.txt");
        assert_eq!(download_name(Some(""), 3), "licence-3.txt");
    }
}
