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

use rusqlite::Connection;

use super::contacts::{ContactsChange, audit_contacts};
use super::write;
use crate::domain::consolidation::{Change, Holding, LicencePlan, REQUEST_SECONDS, plan};
use crate::domain::{Account, AccountId, AccountState, Actor, Email, EmailError, LicenceId};
use crate::error::{AppError, AppResult};
use crate::mail::{self, Sender, compose};
use crate::paths::PeopleRoute;
use crate::store::{
    self, audit,
    consolidations::{Consolidation, ConsolidationState},
};

/// What a consolidation is asked to do, as a form or a query gives it.
#[derive(Debug, Clone, Default)]
pub struct Choices {
    /// The giving account's address (an administrator's choice; a user gives their own).
    pub from: String,
    /// The receiving account's address.
    pub to: String,
    pub licences: Vec<LicenceId>,
    /// Whether the giving account stops being a contact of what moves.
    pub remove_source: bool,
}

/// Why an address cannot be the giving or the receiving account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccountRefusal {
    Address(EmailError),
    NoAccount,
    SameAccount,
    TargetDisabled,
}

/// Why the chosen licences cannot move.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LicencesRefusal {
    NoneChosen,
    NotYours,
    /// Every chosen licence has the receiving account where it would be put already.
    NothingToMove,
}

/// What is wrong with a consolidation's choices, field by field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems {
    pub from: Option<AccountRefusal>,
    pub to: Option<AccountRefusal>,
    pub licences: Option<LicencesRefusal>,
}

impl Problems {
    fn nothing_to_move() -> Problems {
        Problems {
            licences: Some(LicencesRefusal::NothingToMove),
            ..Problems::default()
        }
    }
}

/// The accounts and licences of a consolidation, checked.
#[derive(Debug, Clone)]
pub struct Checked {
    pub source: Account,
    pub target: Account,
    pub licences: Vec<LicenceId>,
    pub remove_source: bool,
}

fn account_by_address(
    conn: &Connection,
    raw: &str,
) -> rusqlite::Result<Result<Account, AccountRefusal>> {
    let email = match Email::parse(raw) {
        Ok(email) => email,
        Err(e) => return Ok(Err(AccountRefusal::Address(e))),
    };
    Ok(store::accounts::by_email(conn, &email)?.ok_or(AccountRefusal::NoAccount))
}

/// The giving account: an administrator names it, a user is it.
pub fn source_of(
    conn: &Connection,
    by: &Account,
    from: &str,
) -> rusqlite::Result<Result<Account, AccountRefusal>> {
    if by.is_admin {
        account_by_address(conn, from)
    } else {
        Ok(Ok(by.clone()))
    }
}

/// Checks the choices of `by`: the two accounts exist, differ, the receiving one is not
/// disabled, and the giving account holds every chosen licence.
pub fn check(
    conn: &Connection,
    by: &Account,
    choices: &Choices,
) -> rusqlite::Result<Result<Checked, Problems>> {
    let mut problems = Problems::default();
    let source = match source_of(conn, by, &choices.from)? {
        Ok(source) => Some(source),
        Err(refusal) => {
            problems.from = Some(refusal);
            None
        }
    };
    let target = match account_by_address(conn, &choices.to)? {
        Ok(target) if source.as_ref().is_some_and(|s| s.id == target.id) => {
            problems.to = Some(AccountRefusal::SameAccount);
            None
        }
        Ok(target) if target.state == AccountState::Disabled => {
            problems.to = Some(AccountRefusal::TargetDisabled);
            None
        }
        Ok(target) => Some(target),
        Err(refusal) => {
            problems.to = Some(refusal);
            None
        }
    };
    if choices.licences.is_empty() {
        problems.licences = Some(LicencesRefusal::NoneChosen);
    } else if let Some(source) = &source {
        let held: BTreeSet<LicenceId> = store::contacts::of_account(conn, source.id)?
            .into_iter()
            .map(|m| m.licence_id)
            .collect();
        if !choices.licences.iter().all(|l| held.contains(l)) {
            problems.licences = Some(LicencesRefusal::NotYours);
        }
    }
    Ok(match (source, target) {
        (Some(source), Some(target)) if problems.licences.is_none() => Ok(Checked {
            source,
            target,
            licences: choices.licences.clone(),
            remove_source: choices.remove_source,
        }),
        _ => Err(problems),
    })
}

/// The plan of every chosen licence, from the licences as they are now.
pub fn plans_of(
    conn: &Connection,
    source: AccountId,
    target: AccountId,
    remove_source: bool,
    licences: &[LicenceId],
) -> rusqlite::Result<Vec<LicencePlan>> {
    let mut plans = Vec::new();
    for id in licences {
        let Some(licence) = store::licences::by_id(conn, *id)? else {
            continue;
        };
        let holding = Holding {
            licence_id: licence.id,
            label: compose::licence_label(&licence),
            product: licence.product.clone(),
            name: licence.name.clone(),
            contacts: store::contacts::of_licence(conn, licence.id)?,
            past_orders: store::people::order_numbers(conn, licence.id)?,
        };
        plans.push(plan(source, target, remove_source, &holding));
    }
    Ok(plans)
}

/// A user's request, from the giving account (`by`, whatever the choices name as giving) to
/// the receiving one, who is sent a mail with a link to decide it. Returns the request's id.
pub fn request(
    conn: &mut Connection,
    sender: Sender<'_>,
    actor: &Actor,
    by: &Account,
    choices: &Choices,
    now: i64,
) -> AppResult<Result<i64, Problems>> {
    // A request always gives up the requester's own licences, administrators' included.
    let as_user = Account {
        is_admin: false,
        ..by.clone()
    };
    let choices = Choices {
        from: by.email.to_string(),
        ..choices.clone()
    };
    let checked = match check(conn, &as_user, &choices)? {
        Ok(checked) => checked,
        Err(problems) => return Ok(Err(problems)),
    };
    let tx = write(conn)?;
    let plans = plans_of(
        &tx,
        checked.source.id,
        checked.target.id,
        checked.remove_source,
        &checked.licences,
    )?;
    let moving: Vec<&LicencePlan> = plans.iter().filter(|p| p.moves_anything()).collect();
    if moving.is_empty() {
        return Ok(Err(Problems::nothing_to_move()));
    }
    let moving_ids: Vec<LicenceId> = moving.iter().map(|p| p.licence_id).collect();
    let id = store::consolidations::insert(
        &tx,
        &store::consolidations::NewConsolidation {
            source: checked.source.id,
            target: checked.target.id,
            requested_by: by.id,
            remove_source: checked.remove_source,
            state: ConsolidationState::Pending,
            expires_at: now + REQUEST_SECONDS,
            licences: &moving_ids,
        },
        now,
    )?;
    let labels: Vec<String> = moving.iter().map(|p| p.label.clone()).collect();
    let link = sender.link(&PeopleRoute::ConsolidateRequest(id).path());
    let mail = compose::consolidation_request(&checked.target, &checked.source, &labels, &link);
    mail::queue(&tx, sender, &mail, now)?;
    let detail = format!(
        "request {id}: move {} licence(s) from {} to {}",
        moving_ids.len(),
        checked.source.email,
        checked.target.email
    );
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: Some(checked.target.id),
            detail: &detail,
            ..audit::Entry::new(actor, "consolidation-requested")
        },
        now,
    )?;
    tx.commit()?;
    Ok(Ok(id))
}

/// An administrator's consolidation, applied at once and kept as an applied request.
/// Anyone else gets `NotFound`.
pub fn apply_now(
    conn: &mut Connection,
    sender: Sender<'_>,
    actor: &Actor,
    by: &Account,
    choices: &Choices,
    now: i64,
) -> AppResult<Result<(), Problems>> {
    if !by.is_admin {
        return Err(AppError::NotFound);
    }
    let checked = match check(conn, by, choices)? {
        Ok(checked) => checked,
        Err(problems) => return Ok(Err(problems)),
    };
    let tx = write(conn)?;
    let moved = apply(&tx, sender, actor, by, &checked, now)?;
    if moved.is_empty() {
        return Ok(Err(Problems::nothing_to_move()));
    }
    store::consolidations::insert(
        &tx,
        &store::consolidations::NewConsolidation {
            source: checked.source.id,
            target: checked.target.id,
            requested_by: by.id,
            remove_source: checked.remove_source,
            state: ConsolidationState::Applied,
            expires_at: now,
            licences: &moved,
        },
        now,
    )?;
    tx.commit()?;
    Ok(Ok(()))
}

/// Applies the plan of every chosen licence, recomputed inside the transaction, with an audit
/// entry per licence (contacts before and after) and a notice to both accounts. Returns the
/// licences that changed.
fn apply(
    tx: &Connection,
    sender: Sender<'_>,
    actor: &Actor,
    by: &Account,
    checked: &Checked,
    now: i64,
) -> rusqlite::Result<Vec<LicenceId>> {
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
                    store::contacts::add(tx, licence.id, target.id, role, now)?;
                }
                Change::MovePrimary(role) => {
                    store::contacts::set_primary(tx, licence.id, role, target.id, now)?;
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
            actor,
            &ContactsChange {
                action: "consolidated",
                licence: &licence,
                subject: target.id,
                detail: &detail,
                before: &before,
            },
            now,
        )?;
        moved.push(licence.id);
        labels.push(plan.label.clone());
    }
    if !moved.is_empty() {
        for to in [source, target] {
            if to.state != AccountState::Disabled {
                let mail = compose::consolidation_applied(to, by, source, target, &labels);
                mail::queue(tx, sender, &mail, now)?;
            }
        }
    }
    Ok(moved)
}

/// A request as one of its two accounts sees it; anyone else gets `NotFound`.
pub fn request_for_party(conn: &Connection, by: AccountId, id: i64) -> AppResult<Consolidation> {
    let request = store::consolidations::by_id(conn, id)?.ok_or(AppError::NotFound)?;
    if request.source == by || request.target == by {
        Ok(request)
    } else {
        Err(AppError::NotFound)
    }
}

/// What one of a request's accounts decides: the receiving account accepts or declines, the
/// giving account cancels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Accept,
    Decline,
    Cancel,
}

/// A request decided already, or expired: nothing changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotPending;

/// Decides a request. Accepting applies it in the same transaction. A decision that is the
/// other account's gets `NotFound`, as for a page that is not this user's.
pub fn decide(
    conn: &mut Connection,
    sender: Sender<'_>,
    actor: &Actor,
    by: &Account,
    request: &Consolidation,
    decision: Decision,
    now: i64,
) -> AppResult<Result<(), NotPending>> {
    let is_target = request.target == by.id;
    let is_source = request.source == by.id;
    let (state, action) = match decision {
        Decision::Accept if is_target => (ConsolidationState::Applied, "consolidation-accepted"),
        Decision::Decline if is_target => (ConsolidationState::Declined, "consolidation-declined"),
        Decision::Cancel if is_source => (ConsolidationState::Cancelled, "consolidation-cancelled"),
        _ => return Err(AppError::NotFound),
    };
    let tx = write(conn)?;
    if !store::consolidations::decide(&tx, request.id, state, now)? {
        return Ok(Err(NotPending));
    }
    if state == ConsolidationState::Applied {
        let source = store::accounts::by_id(&tx, request.source)?.ok_or(AppError::NotFound)?;
        let checked = Checked {
            source,
            target: by.clone(),
            licences: request.licences.clone(),
            remove_source: request.remove_source,
        };
        apply(&tx, sender, actor, by, &checked, now)?;
    }
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: Some(request.source),
            detail: &format!("request {}", request.id),
            ..audit::Entry::new(actor, action)
        },
        now,
    )?;
    tx.commit()?;
    Ok(Ok(()))
}
