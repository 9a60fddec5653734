//! Keys over time on a licence's page: "Restore this key" for an earlier key (an administrator
//! or a primary contact, through a confirmation), and an administrator's "Delete licence"
//! (through a confirmation that names what goes).

use crate::error::{AppError, AppResult};
use crate::inventory::import;
use crate::inventory::keys::{self, RestoreRefusal};
use crate::paths::Route;
use crate::store;
use crate::views;
use crate::views::licences::FormState;

use super::super::session::Session;
use super::super::{Ctx, Response};
use super::{LicenceFlash, done, form_page, licence_path, licence_post, managed_licence, write};
use crate::domain::{Licence, LicenceId};

/// An administrator, a manager of the licence's organisation, or its primary contact may put
/// an earlier key back.
pub fn may_restore(ctx: &mut Ctx, session: &Session, licence: &Licence) -> AppResult<bool> {
    if store::licences::access_to(ctx.conn, session.viewer(), licence)?.oversees() {
        return Ok(true);
    }
    let contacts = store::contacts::of_licence(ctx.conn, licence.id)?;
    Ok(contacts
        .contacts
        .iter()
        .any(|c| c.is_primary && c.account_id == session.account.id))
}

fn refusal_text(ctx: &Ctx, refusal: RestoreRefusal) -> String {
    let lang = ctx.lang;
    match refusal {
        RestoreRefusal::Missing => String::new(),
        RestoreRefusal::Current => crate::tr!(lang, "portal-restore-key-refused-current"),
        RestoreRefusal::Unreadable => crate::tr!(lang, "portal-restore-key-refused-unreadable"),
        RestoreRefusal::NotGenuine => crate::tr!(lang, "portal-restore-key-refused-genuine"),
        RestoreRefusal::Taken => crate::tr!(lang, "portal-restore-key-refused-taken"),
    }
}

pub fn restore_page(ctx: &mut Ctx, id: LicenceId, entry: i64) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let licence = managed_licence(ctx, &session, id)?;
    let lang = ctx.lang;
    if !may_restore(ctx, &session, &licence)? {
        return Err(AppError::Forbidden(crate::tr!(
            lang,
            "portal-restore-key-not-allowed"
        )));
    }
    let checked = keys::check_restore(ctx.conn, &licence, entry, session.account.is_admin)?;
    let (change, refusal) = match checked {
        Ok((change, _)) => (change, None),
        Err(RestoreRefusal::Missing) => return Err(AppError::NotFound),
        Err(refusal) => {
            let change = store::licence_edits::key_history_entry(ctx.conn, licence.id, entry)?
                .ok_or(AppError::NotFound)?;
            (change, Some(refusal_text(ctx, refusal)))
        }
    };
    let today = super::today(ctx);
    let body = views::licences::keys::restore(
        lang,
        &views::licences::keys::RestoreView {
            licence: &licence,
            replaced_at: &today.stamp(lang, change.replaced_at),
            replaced_by: &change.replaced_by,
            facts: crate::inventory::pasted_key::facts_of(&change.licence_key).as_ref(),
            action: &Route::LicenceRestoreKey(licence.id, entry).path(),
            csrf: &session.csrf,
            refusal: refusal.as_deref(),
        },
    );
    let status = if refusal.is_some() { 409 } else { 200 };
    form_page(
        ctx,
        &session,
        &crate::tr!(lang, "portal-restore-key-title"),
        status,
        body,
    )
}

pub fn restore(ctx: &mut Ctx, id: LicenceId, entry: i64) -> AppResult<Response> {
    let (session, licence, _form) = licence_post(ctx, id)?;
    let lang = ctx.lang;
    if !may_restore(ctx, &session, &licence)? {
        return Err(AppError::Forbidden(crate::tr!(
            lang,
            "portal-restore-key-not-allowed"
        )));
    }
    let who = ctx.actor(&session);
    let now = ctx.now;
    let tx = write(ctx)?;
    match keys::restore_key(&tx, &who, &licence, entry, session.account.is_admin, now)? {
        Ok(()) => {
            tx.commit()?;
            done(
                ctx,
                &format!("{}#key", licence_path(licence.id)),
                LicenceFlash::KeyRestored,
            )
        }
        Err(RestoreRefusal::Missing) => Err(AppError::NotFound),
        Err(_) => {
            // The confirmation page again, now saying why (409).
            drop(tx);
            restore_page(ctx, id, entry)
        }
    }
}

pub fn delete_page(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let licence = managed_licence(ctx, &session, id)?;
    let lang = ctx.lang;
    if !session.account.is_admin {
        return Err(AppError::Forbidden(crate::tr!(
            lang,
            "portal-delete-not-allowed"
        )));
    }
    let counts = store::licence_edits::deletion_counts(ctx.conn, licence.id)?;
    let body = views::licences::keys::delete(lang, &licence, &counts, &session.csrf);
    form_page(
        ctx,
        &session,
        &crate::tr!(lang, "portal-delete-title"),
        200,
        body,
    )
}

pub fn delete(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let (session, licence, _form) = licence_post(ctx, id)?;
    let lang = ctx.lang;
    if !session.account.is_admin {
        return Err(AppError::Forbidden(crate::tr!(
            lang,
            "portal-delete-not-allowed"
        )));
    }
    let who = ctx.actor(&session);
    let now = ctx.now;
    let tx = write(ctx)?;
    keys::delete_licence(&tx, &who, &licence, now)?;
    tx.commit()?;
    done(ctx, &Route::licences().path(), LicenceFlash::Deleted)
}

/// "Replace key": a licence that has a key takes a new one under the import's rules, shown
/// before → after first.
pub fn replace_page(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let licence = managed_licence(ctx, &session, id)?;
    if licence.licence_key.is_none() {
        return Ok(Response::see_other(
            &Route::LicenceAttachKey(licence.id).path(),
        ));
    }
    render_replace(ctx, &session, &licence, &FormState::new(), None, 200)
}

fn render_replace(
    ctx: &mut Ctx,
    session: &Session,
    licence: &Licence,
    state: &FormState,
    review: Option<&import::Entry>,
    status: u16,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let body = views::licences::keys::replace(
        lang,
        &views::licences::keys::ReplaceView {
            licence,
            csrf: &session.csrf,
            state,
            review,
            is_admin: session.account.is_admin,
        },
    );
    form_page(
        ctx,
        session,
        &crate::tr!(lang, "portal-replace-key-title"),
        status,
        body,
    )
}

pub fn replace(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let (session, licence, form) = licence_post(ctx, id)?;
    if licence.licence_key.is_none() {
        return Ok(Response::see_other(
            &Route::LicenceAttachKey(licence.id).path(),
        ));
    }
    let lang = ctx.lang;
    let mut state = FormState::new()
        .keep("key", form.get("key"))
        .keep("accept_not_genuine", form.get("accept_not_genuine"));
    let Some(decoded) = super::pasted_key(lang, &form, &mut state, true) else {
        return render_replace(ctx, &session, &licence, &state, None, 422);
    };
    let options = import::Options {
        allow_unverified: true,
        viewer: Some(session.viewer()),
        max_keys: None,
        max_held_bytes: None,
    };
    let origin = format!("Replace key by {}", session.account.email);
    let entry = match import::replacement(ctx.conn, &licence, &decoded, options, &origin)? {
        Ok(entry) => entry,
        Err(reason) => {
            state.error("key", crate::i18n::import::refusal(ctx.lang, &reason));
            return render_replace(ctx, &session, &licence, &state, None, 422);
        }
    };
    let consent = session.account.is_admin && form.get("replace_genuine") == "on";
    if form.get("confirm") != "yes" || (entry.replaces_genuine && !consent) {
        // The review: what changes, with the warnings; confirming sends the key again.
        let status = if form.get("confirm") == "yes" {
            409
        } else {
            200
        };
        return render_replace(ctx, &session, &licence, &state, Some(&entry), status);
    }
    let who = ctx.actor(&session);
    let now = ctx.now;
    let tx = write(ctx)?;
    // Decided again inside the transaction, on the licence as it is now.
    let Some(current) = store::licences::by_id(&tx, licence.id)? else {
        return Err(AppError::NotFound);
    };
    let entry = match import::replacement(&tx, &current, &decoded, options, &origin)? {
        Ok(entry) => entry,
        Err(reason) => {
            drop(tx);
            state.error("key", crate::i18n::import::refusal(ctx.lang, &reason));
            return render_replace(ctx, &session, &licence, &state, None, 409);
        }
    };
    let plan = import::Plan {
        entries: vec![entry],
        ..import::Plan::default()
    };
    import::apply(
        &tx,
        &plan,
        &import::ApplyContext {
            actor: &who,
            contact: None,
            viewer: Some(session.viewer()),
            replace_genuine: consent,
            warning_words: crate::i18n::import::warning_in_audit,
            now,
        },
        &|_| {},
    )?;
    tx.commit()?;
    done(
        ctx,
        &format!("{}#key", licence_path(licence.id)),
        LicenceFlash::KeyReplaced,
    )
}
