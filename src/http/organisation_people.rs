//! The people of an organisation: the page listing its managers and consultants' grants (for
//! administrators, its managers and consultants with a running grant; a 404 for everyone
//! else), adding and removing managers, and granting and revoking consultants' access
//! (administrators and managers; a consultant gets a 403). Removals and revocations go through
//! a confirmation page.

use jiff::tz::TimeZone;

use crate::app::contacts::Addressee;
use crate::app::organisation_access::{
    self as access, AddRefusal, By, GrantRefusal, GrantRequest, People, RemoveRefusal,
    RevokeRefusal, Standing, check_remove,
};
use crate::domain::organisation::{AccessRole, GrantEndError, MAX_GRANT_DAYS, Organisation};
use crate::domain::{AccountId, Email, Language, OrganisationId};
use crate::error::{AppError, AppResult};
use crate::paths::{AccessRoute, Route};
use crate::views::organisation_people::{
    Confirm, GrantRow, GrantState, ManagerRow, PeopleView, SentForm,
};
use crate::views::{self, Nav};

use super::fields::email_to_show_again;
use super::people::sender;
use super::session::Session;
use super::{Ctx, Form, Method, Response};

/// Dispatches the routes of an organisation's people.
pub fn route(ctx: &mut Ctx, route: AccessRoute) -> AppResult<Response> {
    let post = ctx.req.method == Method::Post;
    match route {
        AccessRoute::People(id) => page(ctx, id),
        AccessRoute::Managers(id) => add_manager(ctx, id),
        AccessRoute::RemoveManager(id, account) if post => remove_manager(ctx, id, account),
        AccessRoute::RemoveManager(id, account) => confirm_remove(ctx, id, account),
        AccessRoute::Grants(id) => grant(ctx, id),
        AccessRoute::RevokeGrant(id, grant) if post => revoke(ctx, id, grant),
        AccessRoute::RevokeGrant(id, grant) => confirm_revoke(ctx, id, grant),
    }
}

/// The server's zone: a grant ends when its last day ends here.
fn zone() -> TimeZone {
    TimeZone::system()
}

fn people_path(id: OrganisationId) -> String {
    Route::OrganisationAccess(AccessRoute::People(id)).path()
}

/// The organisation, when the signed-in account may change its people: a 404 for one they do
/// not reach, a 403 for a consultant's read-only access.
fn changing(
    ctx: &mut Ctx,
    session: &Session,
    id: OrganisationId,
) -> AppResult<(Organisation, Standing)> {
    match access::standing(ctx.conn, session.viewer(), id, ctx.now)? {
        None => Err(AppError::NotFound),
        Some((_, Standing::Consultant { .. })) => Err(AppError::Forbidden(crate::tr!(
            ctx.lang,
            "organisation-read-only"
        ))),
        Some(found) => Ok(found),
    }
}

/// A signed-in POST that changes an organisation's people: the session, the organisation
/// (404 unless reached, 403 for a consultant), the form with its CSRF token checked.
fn change_post(
    ctx: &mut Ctx,
    id: OrganisationId,
) -> AppResult<(Session, Organisation, Standing, Form)> {
    let session = ctx.require_session()?;
    let (organisation, standing) = changing(ctx, &session, id)?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    Ok((session, organisation, standing, form))
}

pub fn page(ctx: &mut Ctx, id: OrganisationId) -> AppResult<Response> {
    let session = ctx.require_session()?;
    render(
        ctx,
        &session,
        id,
        &SentForm::default(),
        &SentForm::default(),
        200,
    )
}

fn render(
    ctx: &mut Ctx,
    session: &Session,
    id: OrganisationId,
    manager_form: &SentForm,
    grant_form: &SentForm,
    status: u16,
) -> AppResult<Response> {
    let now = ctx.now;
    let people = access::people(ctx.conn, session.viewer(), id, now)?;
    let today = super::licences::today(ctx);
    let lang = ctx.lang;
    let People {
        organisation,
        standing,
        managers,
        grants,
    } = people;
    let may_change = standing.may_change();
    let viewer = session.account.id;
    let manager_rows: Vec<ManagerRow> = managers
        .iter()
        .map(|m| ManagerRow {
            account_id: m.access.account_id,
            email: m.email.clone(),
            display_name: m.display_name.clone(),
            since: today.stamp(lang, m.access.starts_at),
            added_by: m.access.granted_by.clone(),
            is_viewer: m.access.account_id == viewer,
            removable: may_change
                && check_remove(&standing, &managers, viewer, m.access.account_id).is_ok(),
        })
        .collect();
    let zone = zone();
    // A consultant sees their own access, not who else reads the organisation.
    let grant_rows: Vec<GrantRow> = grants
        .iter()
        .filter(|g| may_change || g.access.account_id == viewer)
        .map(|g| {
            let ends_at = g.access.ends_at.unwrap_or(i64::MAX);
            let state = if g.access.is_running(now) {
                GrantState::Running
            } else if g.access.revoked_at.is_some() {
                GrantState::Revoked
            } else {
                GrantState::Ended
            };
            GrantRow {
                id: g.access.id,
                email: g.email.clone(),
                display_name: g.display_name.clone(),
                last_day: access::last_day(ends_at, &zone),
                with_keys: g.access.with_keys,
                granted_by: g.access.granted_by.clone(),
                state,
                revocable: may_change && state == GrantState::Running,
            }
        })
        .collect();
    let body = views::organisation_people::page(
        lang,
        &PeopleView {
            organisation: &organisation,
            may_change,
            managers: &manager_rows,
            grants: &grant_rows,
            csrf: &session.csrf,
            manager_form,
            grant_form,
            max_days: MAX_GRANT_DAYS,
        },
    );
    let title = crate::tr!(
        lang,
        "org-access-title",
        organisation = organisation.name.as_str()
    );
    ctx.page(Some(session), &title, Nav::Licences, false, status, body)
}

/// The address and invitation language of a form; a refusal is the form to show again.
fn addressee_of(lang: Language, form: &Form, sent: &mut SentForm) -> Option<(Email, Language)> {
    let raw = form.get("email");
    sent.email = email_to_show_again(raw).to_owned();
    sent.language = form.get("language").to_owned();
    let email = match Email::parse(raw) {
        Ok(email) => email,
        Err(e) => {
            sent.email_error = Some(crate::i18n::email_error(lang, &e));
            return None;
        }
    };
    let chosen = form.get("language");
    let language = match Language::from_code(chosen) {
        Some(language) => language,
        None if chosen.is_empty() => lang,
        None => {
            sent.email_error = Some(crate::tr!(lang, "people-profile-language-unknown"));
            return None;
        }
    };
    Some((email, language))
}

fn add_refusal(lang: Language, refusal: AddRefusal, email: &Email) -> String {
    let email = email.to_string();
    match refusal {
        AddRefusal::AccountDisabled => {
            crate::tr!(lang, "org-access-account-disabled", email = email)
        }
        AddRefusal::AlreadyManager => {
            crate::tr!(lang, "org-access-already-manager", email = email)
        }
        AddRefusal::Administrator => {
            crate::tr!(lang, "org-access-administrator", email = email)
        }
        AddRefusal::AlreadyGranted => {
            crate::tr!(lang, "org-access-already-granted", email = email)
        }
    }
}

pub fn add_manager(ctx: &mut Ctx, id: OrganisationId) -> AppResult<Response> {
    let (session, organisation, _, form) = change_post(ctx, id)?;
    let lang = ctx.lang;
    let mut sent = SentForm::default();
    let Some((email, language)) = addressee_of(lang, &form, &mut sent) else {
        return render(ctx, &session, id, &sent, &SentForm::default(), 422);
    };
    let actor = ctx.actor(&session);
    let by = By {
        account: &session.account,
        actor: &actor,
    };
    let addressee = Addressee {
        email: &email,
        language,
    };
    let (app, now) = (ctx.app, ctx.now);
    match access::add_manager(ctx.conn, sender(app), by, organisation.id, &addressee, now)? {
        Ok(_) => Ok(Response::see_other(&people_path(organisation.id))),
        Err(refusal) => {
            sent.email_error = Some(add_refusal(lang, refusal, &email));
            render(ctx, &session, id, &sent, &SentForm::default(), 422)
        }
    }
}

fn refused(
    ctx: &mut Ctx,
    session: &Session,
    organisation: &Organisation,
    status: u16,
    message: &str,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let body = views::organisation_people::refusal(lang, organisation, message);
    let title = crate::tr!(lang, "org-access-refused-title");
    ctx.page(Some(session), &title, Nav::Licences, true, status, body)
}

fn remove_refusal(lang: Language, refusal: RemoveRefusal) -> String {
    match refusal {
        RemoveRefusal::NotAManager => crate::tr!(lang, "org-access-not-a-manager"),
        RemoveRefusal::LastManager => crate::tr!(lang, "org-access-remove-last"),
        RemoveRefusal::Yourself => crate::tr!(lang, "org-access-remove-yourself"),
    }
}

pub fn confirm_remove(
    ctx: &mut Ctx,
    id: OrganisationId,
    account: AccountId,
) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let (organisation, standing) = changing(ctx, &session, id)?;
    let managers = crate::store::organisations::managers(ctx.conn, organisation.id)?;
    let lang = ctx.lang;
    if let Err(refusal) = check_remove(&standing, &managers, session.account.id, account) {
        let message = remove_refusal(lang, refusal);
        return refused(ctx, &session, &organisation, 409, &message);
    }
    let email = managers
        .iter()
        .find(|m| m.access.account_id == account)
        .map(|m| m.email.to_string())
        .unwrap_or_default();
    let body = views::organisation_people::confirm(
        lang,
        &organisation,
        &Confirm::RemoveManager {
            account,
            email: &email,
        },
        &session.csrf,
    );
    let title = crate::tr!(lang, "org-access-remove-title");
    ctx.page(Some(&session), &title, Nav::Licences, true, 200, body)
}

pub fn remove_manager(
    ctx: &mut Ctx,
    id: OrganisationId,
    account: AccountId,
) -> AppResult<Response> {
    let (session, organisation, _, _) = change_post(ctx, id)?;
    let actor = ctx.actor(&session);
    let by = By {
        account: &session.account,
        actor: &actor,
    };
    let now = ctx.now;
    match access::remove_manager(ctx.conn, by, organisation.id, account, now)? {
        Ok(()) if account == session.account.id && !session.account.is_admin => {
            Ok(Response::see_other(&Route::licences().path()))
        }
        Ok(()) => Ok(Response::see_other(&people_path(organisation.id))),
        Err(refusal) => {
            let message = remove_refusal(ctx.lang, refusal);
            refused(ctx, &session, &organisation, 409, &message)
        }
    }
}

pub fn grant(ctx: &mut Ctx, id: OrganisationId) -> AppResult<Response> {
    let (session, organisation, _, form) = change_post(ctx, id)?;
    let lang = ctx.lang;
    let mut sent = SentForm {
        until: super::fields::date_to_show_again(form.get("until")),
        with_keys: form.checked("with_keys"),
        ..SentForm::default()
    };
    let addressee = addressee_of(lang, &form, &mut sent);
    let until = super::fields::parse_date(form.get("until"));
    if until.is_none() {
        sent.until_error = Some(crate::tr!(lang, "org-access-until-missing"));
    }
    let (Some((email, language)), Some(until)) = (addressee, until) else {
        return render(ctx, &session, id, &SentForm::default(), &sent, 422);
    };
    let actor = ctx.actor(&session);
    let by = By {
        account: &session.account,
        actor: &actor,
    };
    let request = GrantRequest {
        addressee: Addressee {
            email: &email,
            language,
        },
        until,
        with_keys: sent.with_keys,
    };
    let today = super::licences::today(ctx).date;
    let (app, now) = (ctx.app, ctx.now);
    let zone = zone();
    let result = access::grant(
        ctx.conn,
        sender(app),
        by,
        organisation.id,
        &request,
        today,
        &zone,
        now,
    )?;
    match result {
        Ok(_) => Ok(Response::see_other(&people_path(organisation.id))),
        Err(GrantRefusal::Until(error)) => {
            sent.until_error = Some(match error {
                GrantEndError::NotAfterToday => {
                    crate::tr!(lang, "org-access-until-not-after-today")
                }
                GrantEndError::TooLong => {
                    let latest = today
                        .checked_add(jiff::Span::new().days(MAX_GRANT_DAYS))
                        .map(|d| crate::i18n::format::date(lang, d))
                        .unwrap_or_default();
                    crate::tr!(
                        lang,
                        "org-access-until-too-long",
                        days = MAX_GRANT_DAYS,
                        latest = latest
                    )
                }
            });
            render(ctx, &session, id, &SentForm::default(), &sent, 422)
        }
        Err(GrantRefusal::Account(refusal)) => {
            sent.email_error = Some(add_refusal(lang, refusal, &email));
            render(ctx, &session, id, &SentForm::default(), &sent, 422)
        }
    }
}

pub fn confirm_revoke(ctx: &mut Ctx, id: OrganisationId, grant: i64) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let (organisation, _) = changing(ctx, &session, id)?;
    let lang = ctx.lang;
    let holder = access::grant_of(ctx.conn, organisation.id, grant)?.ok_or(AppError::NotFound)?;
    if !holder.access.is_running(ctx.now) || holder.access.role != AccessRole::Consultant {
        let message = crate::tr!(lang, "org-access-revoke-not-running");
        return refused(ctx, &session, &organisation, 409, &message);
    }
    let email = holder.email.to_string();
    let body = views::organisation_people::confirm(
        lang,
        &organisation,
        &Confirm::Revoke {
            grant,
            email: &email,
        },
        &session.csrf,
    );
    let title = crate::tr!(lang, "org-access-revoke-title");
    ctx.page(Some(&session), &title, Nav::Licences, true, 200, body)
}

pub fn revoke(ctx: &mut Ctx, id: OrganisationId, grant: i64) -> AppResult<Response> {
    let (session, organisation, _, _) = change_post(ctx, id)?;
    let actor = ctx.actor(&session);
    let by = By {
        account: &session.account,
        actor: &actor,
    };
    let (app, now) = (ctx.app, ctx.now);
    match access::revoke(ctx.conn, sender(app), by, organisation.id, grant, now)? {
        Ok(()) => Ok(Response::see_other(&people_path(organisation.id))),
        Err(RevokeRefusal::NotRunning) => {
            let message = crate::tr!(ctx.lang, "org-access-revoke-not-running");
            refused(ctx, &session, &organisation, 409, &message)
        }
    }
}
