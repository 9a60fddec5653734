//! The consolidation pages: the start page with the licences an account holds, the preview,
//! sending a request (or, for an administrator, applying at once), and the request page where
//! its two accounts accept, decline or cancel it. The rules and the changes are
//! `app::consolidation`'s.

use std::collections::BTreeSet;

use crate::app::consolidation::{
    self as consolidation, AccountRefusal, Choices, Decision, LicencesRefusal, NotPending, Problems,
};
use crate::domain::{Account, AccountId, LicenceId};
use crate::error::{AppError, AppResult};
use crate::http::session::Session;
use crate::http::{Ctx, Form, Response};
use crate::i18n::Language;
use crate::mail::compose;
use crate::paths::PeopleRoute;
use crate::store::{self, consolidations::ConsolidationState};
use crate::views::Nav;
use crate::views::people::consolidate::{
    self as view, LicenceChoice, Pending, RequestStatus, StartErrors,
};

use super::flash::PeopleFlash;
use super::{done, sender};

/// The choices of the start page and the preview, from a query or a form.
fn read_choices(get: impl Fn(&str) -> Vec<String>) -> Choices {
    let first = |name: &str| get(name).into_iter().next().unwrap_or_default();
    Choices {
        from: first("from"),
        to: first("to"),
        licences: get("licence")
            .iter()
            .filter_map(|v| v.parse().ok())
            .collect::<BTreeSet<LicenceId>>()
            .into_iter()
            .collect(),
        remove_source: first("source") != "keep",
    }
}

fn choices_from_query(ctx: &Ctx) -> Choices {
    read_choices(|name| {
        ctx.req
            .query
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .collect()
    })
}

fn choices_from_form(form: &Form) -> Choices {
    read_choices(|name| form.all(name).to_vec())
}

fn account_message(lang: Language, refusal: &AccountRefusal) -> String {
    match refusal {
        AccountRefusal::Address(e) => crate::i18n::email_error(lang, e),
        AccountRefusal::NoAccount => crate::tr!(lang, "people-consolidate-no-account"),
        AccountRefusal::SameAccount => crate::tr!(lang, "people-consolidate-same-account"),
        AccountRefusal::TargetDisabled => crate::tr!(lang, "people-consolidate-target-disabled"),
    }
    .to_owned()
}

/// What the start page says next to each field the use case refused.
fn start_errors(lang: Language, problems: &Problems) -> StartErrors {
    StartErrors {
        from: problems.from.as_ref().map(|r| account_message(lang, r)),
        to: problems.to.as_ref().map(|r| account_message(lang, r)),
        licences: problems.licences.map(|r| {
            match r {
                LicencesRefusal::NoneChosen => crate::tr!(lang, "people-consolidate-choose"),
                LicencesRefusal::NotYours => crate::tr!(lang, "people-consolidate-not-yours"),
                LicencesRefusal::NothingToMove => crate::tr!(lang, "people-nothing-to-move"),
            }
            .to_owned()
        }),
    }
}

/// The giving account: an administrator names it, a user is it.
fn source_of(ctx: &mut Ctx, session: &Session, from: &str) -> AppResult<Result<Account, String>> {
    Ok(consolidation::source_of(ctx.conn, &session.account, from)?
        .map_err(|refusal| account_message(ctx.lang, &refusal)))
}

pub fn start(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let choices = choices_from_query(ctx);
    let mut errors = StartErrors::default();
    let source = if session.account.is_admin && choices.from.trim().is_empty() {
        None
    } else {
        match source_of(ctx, &session, &choices.from)? {
            Ok(source) => Some(source),
            Err(message) => {
                errors.from = Some(message);
                None
            }
        }
    };
    let status = if errors.from.is_some() { 422 } else { 200 };
    render_start(ctx, &session, status, source.as_ref(), &choices, &errors)
}

fn render_start(
    ctx: &mut Ctx,
    session: &Session,
    status: u16,
    source: Option<&Account>,
    choices: &Choices,
    errors: &StartErrors,
) -> AppResult<Response> {
    let licences = match source {
        Some(source) => licence_choices(ctx, source, choices)?,
        None => Vec::new(),
    };
    let pending = pending_of(ctx, session.account.id)?;
    let lang = ctx.lang;
    let body = view::start(
        lang,
        &view::StartView {
            is_admin: session.account.is_admin,
            source: source.map(|s| s.email.as_str()),
            from: &choices.from,
            to: &choices.to,
            remove_source: choices.remove_source,
            licences: &licences,
            errors,
            pending: &pending,
        },
    );
    ctx.page(
        Some(session),
        &crate::tr!(lang, "people-consolidate-title"),
        Nav::Consolidate,
        false,
        status,
        body,
    )
}

/// The licences an account holds, ticked as chosen (or, on a first visit, where it is primary).
fn licence_choices(
    ctx: &mut Ctx,
    source: &Account,
    choices: &Choices,
) -> AppResult<Vec<LicenceChoice>> {
    let memberships = store::contacts::of_account(ctx.conn, source.id)?;
    let mut out: Vec<LicenceChoice> = Vec::new();
    for membership in memberships {
        if let Some(last) = out.last_mut().filter(|c| c.id == membership.licence_id) {
            last.roles.push((membership.role, membership.is_primary));
            last.checked |= choices.licences.is_empty() && membership.is_primary;
            continue;
        }
        let Some(licence) = store::licences::by_id(ctx.conn, membership.licence_id)? else {
            continue;
        };
        out.push(LicenceChoice {
            id: licence.id,
            label: compose::licence_label(&licence),
            name: licence.name.clone(),
            roles: vec![(membership.role, membership.is_primary)],
            checked: if choices.licences.is_empty() {
                membership.is_primary
            } else {
                choices.licences.contains(&licence.id)
            },
        });
    }
    Ok(out)
}

fn pending_of(ctx: &mut Ctx, account: AccountId) -> AppResult<Vec<Pending>> {
    let mut out = Vec::new();
    for request in store::consolidations::pending_for(ctx.conn, account, ctx.now)? {
        let email = |id| -> AppResult<String> {
            Ok(store::accounts::by_id(ctx.conn, id)?
                .map(|a| a.email.to_string())
                .unwrap_or_default())
        };
        out.push(Pending {
            id: request.id,
            incoming: request.target == account,
            source: email(request.source)?,
            target: email(request.target)?,
            licences: request.licences.len(),
        });
    }
    Ok(out)
}

pub fn preview(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let choices = choices_from_query(ctx);
    let checked = match consolidation::check(ctx.conn, &session.account, &choices)? {
        Ok(checked) => checked,
        Err(problems) => return start_failed(ctx, &session, &choices, &problems),
    };
    let plans = consolidation::plans_of(
        ctx.conn,
        checked.source.id,
        checked.target.id,
        checked.remove_source,
        &checked.licences,
    )?;
    let lang = ctx.lang;
    let body = view::preview(
        lang,
        &view::PreviewView {
            source: checked.source.email.as_str(),
            target: checked.target.email.as_str(),
            plans: &plans,
            apply_now: session.account.is_admin,
            remove_source: checked.remove_source,
            licences: &checked.licences,
            csrf: &session.csrf,
        },
    );
    ctx.page(
        Some(&session),
        &crate::tr!(lang, "people-consolidate-title"),
        Nav::Consolidate,
        false,
        200,
        body,
    )
}

fn start_failed(
    ctx: &mut Ctx,
    session: &Session,
    choices: &Choices,
    problems: &Problems,
) -> AppResult<Response> {
    let errors = start_errors(ctx.lang, problems);
    let source = source_of(ctx, session, &choices.from)?.ok();
    render_start(ctx, session, 422, source.as_ref(), choices, &errors)
}

/// A user's request, sent from the giving account to the receiving one.
pub fn request(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let mut choices = choices_from_form(&form);
    // A request always gives up the requester's own licences, administrators' included.
    choices.from = session.account.email.to_string();
    let actor = ctx.actor(&session);
    let sender = sender(ctx.app);
    let sent = consolidation::request(
        ctx.conn,
        sender,
        &actor,
        &session.account,
        &choices,
        ctx.now,
    )?;
    if let Err(problems) = sent {
        return start_failed(ctx, &session, &choices, &problems);
    }
    done(
        ctx,
        &PeopleRoute::Consolidate.path(),
        PeopleFlash::ConsolidationRequested,
    )
}

/// An administrator's consolidation: applied at once.
pub fn apply_now(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    if !session.account.is_admin {
        return Err(AppError::NotFound);
    }
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let choices = choices_from_form(&form);
    let actor = ctx.actor(&session);
    let sender = sender(ctx.app);
    let applied = consolidation::apply_now(
        ctx.conn,
        sender,
        &actor,
        &session.account,
        &choices,
        ctx.now,
    )?;
    if let Err(problems) = applied {
        return start_failed(ctx, &session, &choices, &problems);
    }
    done(
        ctx,
        &PeopleRoute::Consolidate.path(),
        PeopleFlash::ConsolidationApplied,
    )
}

/// A request as one of its two accounts sees it; anyone else gets a 404.
fn party_request(
    ctx: &mut Ctx,
    session: &Session,
    raw_id: &str,
) -> AppResult<store::consolidations::Consolidation> {
    let id: i64 = raw_id.parse().map_err(|_| AppError::NotFound)?;
    consolidation::request_for_party(ctx.conn, session.account.id, id)
}

fn status_of(request: &store::consolidations::Consolidation, now: i64) -> RequestStatus {
    match request.state {
        ConsolidationState::Pending if request.expires_at > now => RequestStatus::Waiting {
            expires: request.expires_at,
        },
        ConsolidationState::Pending => RequestStatus::Expired,
        ConsolidationState::Applied => RequestStatus::Applied,
        ConsolidationState::Declined => RequestStatus::Declined,
        ConsolidationState::Cancelled => RequestStatus::Cancelled,
    }
}

pub fn show(ctx: &mut Ctx, raw_id: &str) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let request = party_request(ctx, &session, raw_id)?;
    render_request(ctx, &session, &request, 200)
}

fn render_request(
    ctx: &mut Ctx,
    session: &Session,
    request: &store::consolidations::Consolidation,
    status: u16,
) -> AppResult<Response> {
    let source = store::accounts::by_id(ctx.conn, request.source)?.ok_or(AppError::NotFound)?;
    let target = store::accounts::by_id(ctx.conn, request.target)?.ok_or(AppError::NotFound)?;
    let plans = consolidation::plans_of(
        ctx.conn,
        source.id,
        target.id,
        request.remove_source,
        &request.licences,
    )?;
    let lang = ctx.lang;
    let body = view::request(
        lang,
        &view::RequestView {
            id: request.id,
            source: source.email.as_str(),
            target: target.email.as_str(),
            plans: &plans,
            status: status_of(request, ctx.now),
            viewer_is_target: request.target == session.account.id,
            viewer_is_source: request.source == session.account.id,
            csrf: &session.csrf,
        },
    );
    ctx.page(
        Some(session),
        &crate::tr!(lang, "people-consolidate-title"),
        Nav::Consolidate,
        false,
        status,
        body,
    )
}

pub fn decide(ctx: &mut Ctx, raw_id: &str, decision: &str) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let request = party_request(ctx, &session, raw_id)?;
    let (decision, flash) = match decision {
        "accept" => (Decision::Accept, PeopleFlash::ConsolidationApplied),
        "decline" => (Decision::Decline, PeopleFlash::ConsolidationDeclined),
        "cancel" => (Decision::Cancel, PeopleFlash::ConsolidationCancelled),
        // No decision at all: not a page for this user.
        _ => return Err(AppError::NotFound),
    };
    let actor = ctx.actor(&session);
    let sender = sender(ctx.app);
    let by = &session.account;
    if let Err(NotPending) =
        consolidation::decide(ctx.conn, sender, &actor, by, &request, decision, ctx.now)?
    {
        // Decided already, or expired: say where it stands, change nothing.
        let current =
            store::consolidations::by_id(ctx.conn, request.id)?.ok_or(AppError::NotFound)?;
        return render_request(ctx, &session, &current, 409);
    }
    done(ctx, &PeopleRoute::Consolidate.path(), flash)
}
