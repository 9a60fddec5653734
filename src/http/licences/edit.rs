//! Changing a licence in place: organisation, notes, Server ID, auto-renew, the Server ID gate in
//! front of the key, downloading the key, archive (after a confirmation page) and restore.

use crate::domain::LicenceId;
use crate::error::{AppError, AppResult};
use crate::inventory::changes;
use crate::paths::Route;
use crate::store::licences::ServerIdReason;
use crate::store::{self};
use crate::views::licences::FormState;
use crate::views::{self};

use super::super::{Ctx, HeaderValue, Response};
use super::{
    LicenceFlash, done, form_page, input, licence_path, licence_post, managed_licence,
    may_download, render_details, write,
};

pub fn organisation(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let (session, licence, form) = licence_post(ctx, id)?;
    let lang = ctx.lang;
    let mut state = FormState::new();
    let Some(organisation) = input::text(
        lang,
        &form,
        &mut state,
        "organisation",
        true,
        input::MAX_TEXT_CHARS,
    ) else {
        return render_details(ctx, &session, &licence, &state, 422);
    };
    if organisation == licence.organisation {
        return Ok(Response::see_other(&licence_path(licence.id)));
    }
    let who = ctx.actor(&session);
    let now = ctx.now;
    let tx = write(ctx)?;
    changes::update(
        &tx,
        &who,
        licence.id,
        "organisation-changed",
        "",
        now,
        |l| {
            l.organisation = organisation;
            Ok(())
        },
    )?;
    tx.commit()?;
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
    let Some(notes) = input::notes(lang, &form, &mut state) else {
        return render_details(ctx, &session, &licence, &state, 422);
    };
    if notes == licence.notes {
        return Ok(Response::see_other(&licence_path(licence.id)));
    }
    let who = ctx.actor(&session);
    let now = ctx.now;
    let tx = write(ctx)?;
    changes::update(&tx, &who, licence.id, "notes-changed", "", now, |l| {
        l.notes = notes;
        Ok(())
    })?;
    tx.commit()?;
    done(ctx, &licence_path(licence.id), LicenceFlash::NotesUpdated)
}

pub fn server_id(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let (session, licence, form) = licence_post(ctx, id)?;
    let lang = ctx.lang;
    let mut state = FormState::new();
    let Some(Some(server_id)) = input::server_id(lang, &form, &mut state, true) else {
        return render_details(ctx, &session, &licence, &state, 422);
    };
    let who = ctx.actor(&session);
    let now = ctx.now;
    let tx = write(ctx)?;
    let changed = changes::set_server_id(
        &tx,
        &who,
        licence.id,
        Some(server_id.as_str()),
        ServerIdReason::Manual,
        now,
    )?;
    tx.commit()?;
    if changed {
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
    if licence.is_evaluation {
        return Err(AppError::BadRequest(crate::tr!(
            lang,
            "portal-not-for-evaluations"
        )));
    }
    let who = ctx.actor(&session);
    let now = ctx.now;
    let tx = write(ctx)?;
    let action = if on {
        "auto-renew-on"
    } else {
        "auto-renew-off"
    };
    changes::update(&tx, &who, licence.id, action, "", now, |l| {
        l.auto_renew = on;
        Ok(())
    })?;
    tx.commit()?;
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
    let state = FormState::new().keep("server_id", licence.server_id.as_deref().unwrap_or(""));
    render_gate(ctx, &session, &licence, &state, 200)
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
    if licence.archived == archived {
        return Ok(Response::see_other(&licence_path(licence.id)));
    }
    let who = ctx.actor(&session);
    let now = ctx.now;
    let tx = write(ctx)?;
    let action = if archived {
        "licence-archived"
    } else {
        "licence-restored"
    };
    changes::update(&tx, &who, licence.id, action, "", now, |l| {
        l.archived = archived;
        Ok(())
    })?;
    tx.commit()?;
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
