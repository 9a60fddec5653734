//! Consolidation (SPEC §3.6, seed 002): moving licences from one account into another.
//!
//! Nobody may pull licences out of an account they do not control, nor push them into one that
//! did not agree. So a user's consolidation has two halves, each done by the account it
//! concerns, signed in as itself:
//!
//! 1. The account that *gives up* the licences starts it: it chooses the receiving account by
//!    e-mail address and the licences (only its own), sees the preview, and sends a request.
//!    Being signed in proves it controls the giving account. Nothing moves yet.
//! 2. The *receiving* account, signed in as itself, sees the request (linked from a mail and
//!    from its consolidation page), with the preview recomputed from the licences as they are
//!    then, and accepts or declines. Accepting applies everything in one transaction.
//!
//! A request names the two accounts; no other account can see or decide it (404), the giving
//! account can cancel it until it is decided, and it expires after seven days. Administrators
//! (SPEC §3.1) may move licences between any two accounts at once, without a request.

use std::collections::BTreeSet;

use crate::domain::consolidation::{Change, Holding, LicencePlan, REQUEST_SECONDS, plan};
use crate::domain::{Account, AccountId, AccountState, Email, LicenceId};
use crate::error::{AppError, AppResult};
use crate::http::session::Session;
use crate::http::{Ctx, Form, Response};
use crate::mail::{self, Sender, compose};
use crate::paths::PeopleRoute;
use crate::store::{self, audit, consolidations::ConsolidationState};
use crate::views::Nav;
use crate::views::people::consolidate::{
    self as view, LicenceChoice, Pending, RequestStatus, StartErrors,
};

use super::contacts::{Acted, audit_contacts};
use super::flash::PeopleFlash;
use super::{done, sender, write_transaction};

/// What the start page and the preview are given, from a query or a form.
struct Choices {
    from: String,
    to: String,
    licences: Vec<LicenceId>,
    remove_source: bool,
}

impl Choices {
    fn read(get: impl Fn(&str) -> Vec<String>) -> Choices {
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

    fn from_query(ctx: &Ctx) -> Choices {
        Choices::read(|name| {
            ctx.req
                .query
                .iter()
                .filter(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
                .collect()
        })
    }

    fn from_form(form: &Form) -> Choices {
        Choices::read(|name| form.all(name).to_vec())
    }
}

/// The accounts and licences of a consolidation, checked.
struct Checked {
    source: Account,
    target: Account,
    licences: Vec<LicenceId>,
    remove_source: bool,
}

fn account_by_address(ctx: &mut Ctx, raw: &str) -> AppResult<Result<Account, String>> {
    let cat = ctx.app.catalogue;
    let email = match Email::parse(raw) {
        Ok(email) => email,
        Err(e) => return Ok(Err(crate::http::account::email_message(cat, &e).to_owned())),
    };
    Ok(store::accounts::by_email(ctx.conn, &email)?
        .ok_or_else(|| cat.people.consolidate_no_account.to_owned()))
}

/// The giving account: an administrator names it, a user is it.
fn source_of(ctx: &mut Ctx, session: &Session, from: &str) -> AppResult<Result<Account, String>> {
    if session.account.is_admin {
        account_by_address(ctx, from)
    } else {
        Ok(Ok(session.account.clone()))
    }
}

fn check(
    ctx: &mut Ctx,
    session: &Session,
    choices: &Choices,
) -> AppResult<Result<Checked, StartErrors>> {
    let p = ctx.app.catalogue.people;
    let mut errors = StartErrors::default();
    let source = match source_of(ctx, session, &choices.from)? {
        Ok(source) => Some(source),
        Err(message) => {
            errors.from = Some(message);
            None
        }
    };
    let target = match account_by_address(ctx, &choices.to)? {
        Ok(target) if source.as_ref().is_some_and(|s| s.id == target.id) => {
            errors.to = Some(p.consolidate_same_account.to_owned());
            None
        }
        Ok(target) if target.state == AccountState::Disabled => {
            errors.to = Some(p.consolidate_target_disabled.to_owned());
            None
        }
        Ok(target) => Some(target),
        Err(message) => {
            errors.to = Some(message);
            None
        }
    };
    if choices.licences.is_empty() {
        errors.licences = Some(p.consolidate_choose.to_owned());
    } else if let Some(source) = &source {
        let held: BTreeSet<LicenceId> = store::contacts::of_account(ctx.conn, source.id)?
            .into_iter()
            .map(|m| m.licence_id)
            .collect();
        if !choices.licences.iter().all(|l| held.contains(l)) {
            errors.licences = Some(p.consolidate_not_yours.to_owned());
        }
    }
    Ok(match (source, target) {
        (Some(source), Some(target)) if errors.licences.is_none() => Ok(Checked {
            source,
            target,
            licences: choices.licences.clone(),
            remove_source: choices.remove_source,
        }),
        _ => Err(errors),
    })
}

pub fn start(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let choices = Choices::from_query(ctx);
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
    let cat = ctx.app.catalogue;
    let body = view::start(
        cat,
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
        cat.people.consolidate_title,
        Nav::None,
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

/// The plan of every chosen licence, from the licences as they are now.
fn plans_of(
    conn: &rusqlite::Connection,
    source: AccountId,
    target: AccountId,
    remove_source: bool,
    licences: &[LicenceId],
) -> AppResult<Vec<LicencePlan>> {
    let mut plans = Vec::new();
    for id in licences {
        let Some(licence) = store::licences::by_id(conn, *id)? else {
            continue;
        };
        let holding = Holding {
            licence_id: licence.id,
            label: compose::licence_label(&licence),
            contacts: store::contacts::of_licence(conn, licence.id)?,
            past_orders: store::people::order_numbers(conn, licence.id)?,
        };
        plans.push(plan(source, target, remove_source, &holding));
    }
    Ok(plans)
}

pub fn preview(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let choices = Choices::from_query(ctx);
    let checked = match check(ctx, &session, &choices)? {
        Ok(checked) => checked,
        Err(errors) => return start_failed(ctx, &session, &choices, &errors),
    };
    let plans = plans_of(
        ctx.conn,
        checked.source.id,
        checked.target.id,
        checked.remove_source,
        &checked.licences,
    )?;
    let cat = ctx.app.catalogue;
    let body = view::preview(
        cat,
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
        cat.people.consolidate_title,
        Nav::None,
        false,
        200,
        body,
    )
}

fn start_failed(
    ctx: &mut Ctx,
    session: &Session,
    choices: &Choices,
    errors: &StartErrors,
) -> AppResult<Response> {
    let source = source_of(ctx, session, &choices.from)?.ok();
    render_start(ctx, session, 422, source.as_ref(), choices, errors)
}

/// A user's request, sent from the giving account to the receiving one.
pub fn request(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let mut choices = Choices::from_form(&form);
    // A request always gives up the requester's own licences, administrators' included.
    choices.from = session.account.email.to_string();
    let as_user = Session {
        account: Account {
            is_admin: false,
            ..session.account.clone()
        },
        ..session.clone()
    };
    let checked = match check(ctx, &as_user, &choices)? {
        Ok(checked) => checked,
        Err(errors) => return start_failed(ctx, &session, &choices, &errors),
    };
    let (app, now) = (ctx.app, ctx.now);
    let actor = ctx.actor(&session);
    let tx = write_transaction(ctx.conn)?;
    let plans = plans_of(
        &tx,
        checked.source.id,
        checked.target.id,
        checked.remove_source,
        &checked.licences,
    )?;
    let moving: Vec<LicenceId> = plans
        .iter()
        .filter(|p| p.moves_anything())
        .map(|p| p.licence_id)
        .collect();
    if moving.is_empty() {
        drop(tx);
        let errors = StartErrors {
            licences: Some(app.catalogue.people.nothing_to_move.to_owned()),
            ..Default::default()
        };
        return start_failed(ctx, &session, &choices, &errors);
    }
    let id = store::consolidations::insert(
        &tx,
        &store::consolidations::NewConsolidation {
            source: checked.source.id,
            target: checked.target.id,
            requested_by: session.account.id,
            remove_source: checked.remove_source,
            state: ConsolidationState::Pending,
            expires_at: now + REQUEST_SECONDS,
            licences: &moving,
        },
        now,
    )?;
    let labels: Vec<String> = plans
        .iter()
        .filter(|p| p.moves_anything())
        .map(|p| p.label.clone())
        .collect();
    let link = sender(app).link(&PeopleRoute::ConsolidateRequest(id).path());
    let mail = compose::consolidation_request(&checked.target, &checked.source, &labels, &link);
    mail::queue(&tx, sender(app), &mail, now)?;
    let detail = format!(
        "request {id}: move {} licence(s) from {} to {}",
        moving.len(),
        checked.source.email,
        checked.target.email
    );
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: Some(checked.target.id),
            detail: &detail,
            ..audit::Entry::new(&actor, "consolidation-requested")
        },
        now,
    )?;
    tx.commit()?;
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
    let choices = Choices::from_form(&form);
    let checked = match check(ctx, &session, &choices)? {
        Ok(checked) => checked,
        Err(errors) => return start_failed(ctx, &session, &choices, &errors),
    };
    let (app, now) = (ctx.app, ctx.now);
    let actor = ctx.actor(&session);
    let acted = Acted { actor: &actor, now };
    let tx = write_transaction(ctx.conn)?;
    let moved = apply(&tx, sender(app), &acted, &session.account, &checked)?;
    if moved.is_empty() {
        drop(tx);
        let errors = StartErrors {
            licences: Some(app.catalogue.people.nothing_to_move.to_owned()),
            ..Default::default()
        };
        return start_failed(ctx, &session, &choices, &errors);
    }
    store::consolidations::insert(
        &tx,
        &store::consolidations::NewConsolidation {
            source: checked.source.id,
            target: checked.target.id,
            requested_by: session.account.id,
            remove_source: checked.remove_source,
            state: ConsolidationState::Applied,
            expires_at: now,
            licences: &moved,
        },
        now,
    )?;
    tx.commit()?;
    done(
        ctx,
        &PeopleRoute::Consolidate.path(),
        PeopleFlash::ConsolidationApplied,
    )
}

/// Applies the plan of every chosen licence, recomputed inside the transaction, with an audit
/// entry per licence (contacts before and after) and a notice to both accounts. Returns the
/// licences that changed.
fn apply(
    tx: &rusqlite::Connection,
    sender: Sender<'_>,
    acted: &Acted<'_>,
    actor: &Account,
    checked: &Checked,
) -> AppResult<Vec<LicenceId>> {
    let (source, target) = (&checked.source, &checked.target);
    let plans = plans_of(
        tx,
        source.id,
        target.id,
        checked.remove_source,
        &checked.licences,
    )?;
    let mut moved = Vec::new();
    let mut labels = Vec::new();
    for plan in plans.iter().filter(|p| p.moves_anything()) {
        let Some(licence) = store::licences::by_id(tx, plan.licence_id)? else {
            continue;
        };
        let before = store::contacts::of_licence(tx, licence.id)?.snapshot();
        for change in &plan.changes {
            match *change {
                Change::AddTarget(role) => {
                    store::contacts::add(tx, licence.id, target.id, role, acted.now)?;
                }
                Change::MovePrimary(role) => {
                    store::contacts::set_primary(tx, licence.id, role, target.id, acted.now)?;
                }
                Change::RemoveSource(role) => {
                    store::contacts::remove(tx, licence.id, source.id, role)?;
                }
                Change::KeepSource(_) => {}
            }
        }
        let detail = format!("consolidated from {} to {}", source.email, target.email);
        audit_contacts(
            tx,
            acted,
            "consolidated",
            &licence,
            target.id,
            &detail,
            &before,
        )?;
        moved.push(licence.id);
        labels.push(plan.label.clone());
    }
    if !moved.is_empty() {
        for to in [source, target] {
            if to.state != AccountState::Disabled {
                let mail = compose::consolidation_applied(to, actor, source, target, &labels);
                mail::queue(tx, sender, &mail, acted.now)?;
            }
        }
    }
    Ok(moved)
}

/// A request as one of its two accounts sees it; anyone else gets a 404.
fn party_request(
    ctx: &mut Ctx,
    session: &Session,
    raw_id: &str,
) -> AppResult<store::consolidations::Consolidation> {
    let id: i64 = raw_id.parse().map_err(|_| AppError::NotFound)?;
    let request = store::consolidations::by_id(ctx.conn, id)?.ok_or(AppError::NotFound)?;
    if request.source == session.account.id || request.target == session.account.id {
        Ok(request)
    } else {
        Err(AppError::NotFound)
    }
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
    let plans = plans_of(
        ctx.conn,
        source.id,
        target.id,
        request.remove_source,
        &request.licences,
    )?;
    let cat = ctx.app.catalogue;
    let body = view::request(
        cat,
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
        cat.people.consolidate_title,
        Nav::None,
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
    let is_target = request.target == session.account.id;
    let is_source = request.source == session.account.id;
    let (state, flash, action) = match decision {
        "accept" if is_target => (
            ConsolidationState::Applied,
            PeopleFlash::ConsolidationApplied,
            "consolidation-accepted",
        ),
        "decline" if is_target => (
            ConsolidationState::Declined,
            PeopleFlash::ConsolidationDeclined,
            "consolidation-declined",
        ),
        "cancel" if is_source => (
            ConsolidationState::Cancelled,
            PeopleFlash::ConsolidationCancelled,
            "consolidation-cancelled",
        ),
        // The other account's decision, or no decision at all: not a page for this user.
        _ => return Err(AppError::NotFound),
    };
    let (app, now) = (ctx.app, ctx.now);
    let actor = ctx.actor(&session);
    let acted = Acted { actor: &actor, now };
    let tx = write_transaction(ctx.conn)?;
    if !store::consolidations::decide(&tx, request.id, state, now)? {
        // Decided already, or expired: say where it stands, change nothing.
        drop(tx);
        let current =
            store::consolidations::by_id(ctx.conn, request.id)?.ok_or(AppError::NotFound)?;
        return render_request(ctx, &session, &current, 409);
    }
    if state == ConsolidationState::Applied {
        let source = store::accounts::by_id(&tx, request.source)?.ok_or(AppError::NotFound)?;
        let checked = Checked {
            source,
            target: session.account.clone(),
            licences: request.licences.clone(),
            remove_source: request.remove_source,
        };
        apply(&tx, sender(app), &acted, &session.account, &checked)?;
    }
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: Some(request.source),
            detail: &format!("request {}", request.id),
            ..audit::Entry::new(&actor, action)
        },
        now,
    )?;
    tx.commit()?;
    done(ctx, &PeopleRoute::Consolidate.path(), flash)
}
