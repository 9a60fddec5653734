//! Consolidation: choosing the accounts and licences, the preview of every change, and the
//! request the receiving account accepts or declines.

use maud::{Markup, html};

use crate::domain::consolidation::{Change, LicencePlan, Skip};
use crate::domain::{ContactRole, LicenceId};
use crate::i18n::{Catalogue, fill};
use crate::paths::PeopleRoute;
use crate::views::components::{Field, csrf_field};

/// A licence the giving account could move, as the start page lists it.
#[derive(Debug, Clone)]
pub struct LicenceChoice {
    pub id: LicenceId,
    pub label: String,
    pub name: String,
    /// Each role the account holds, and whether it is the primary of it.
    pub roles: Vec<(ContactRole, bool)>,
    pub checked: bool,
}

/// A request waiting for a decision, seen by one of its two accounts.
#[derive(Debug, Clone)]
pub struct Pending {
    pub id: i64,
    /// The receiving account sees it as incoming.
    pub incoming: bool,
    pub source: String,
    pub target: String,
    pub licences: usize,
}

#[derive(Debug, Clone, Default)]
pub struct StartErrors {
    pub from: Option<String>,
    pub to: Option<String>,
    pub licences: Option<String>,
}

pub struct StartView<'a> {
    pub is_admin: bool,
    /// The giving account, once known (always, for a user: themselves).
    pub source: Option<&'a str>,
    pub from: &'a str,
    pub to: &'a str,
    pub remove_source: bool,
    pub licences: &'a [LicenceChoice],
    pub errors: &'a StartErrors,
    pub pending: &'a [Pending],
}

pub fn start(cat: &Catalogue, view: &StartView<'_>) -> Markup {
    let p = cat.people;
    html! {
        h1 { (p.consolidate_title) }
        p.lead { (p.consolidate_intro) }
        @if view.is_admin { p.lead { (p.consolidate_admin_intro) } }
        @if !view.pending.is_empty() {
            h2 { (p.requests_heading) }
            ul {
                @for pending in view.pending {
                    li {
                        @if pending.incoming {
                            (fill(p.request_incoming, &[("source", &pending.source), ("count", &pending.licences)]))
                        } @else {
                            (fill(p.request_outgoing, &[("target", &pending.target), ("count", &pending.licences)]))
                        }
                        " "
                        a href=(PeopleRoute::ConsolidateRequest(pending.id).path()) { (p.request_review) }
                    }
                }
            }
        }
        @if view.is_admin {
            form.stack method="get" action=(PeopleRoute::Consolidate.path()) {
                (Field { value: view.from, error: view.errors.from.as_deref(), hint: Some(p.consolidate_from_hint),
                         autocomplete: "off", ..Field::new("from", p.consolidate_from, "email") })
                div { button type="submit" { (p.consolidate_show) } }
            }
        }
        @if let Some(source) = view.source {
            form.stack method="get" action=(PeopleRoute::ConsolidatePreview.path()) {
                @if view.is_admin { input type="hidden" name="from" value=(source); }
                fieldset {
                    legend { (p.consolidate_licences) }
                    @if view.licences.is_empty() {
                        p.hint { (p.consolidate_no_licences) }
                    } @else {
                        p.hint #licences-hint { (p.consolidate_licences_hint) }
                        @for licence in view.licences {
                            label.inline {
                                input type="checkbox" name="licence" value=(licence.id.to_string())
                                    checked[licence.checked];
                                span {
                                    strong { (licence.label) } " " (licence.name) " · "
                                    (roles(cat, &licence.roles))
                                }
                            }
                        }
                    }
                    @if let Some(error) = &view.errors.licences {
                        p.field-error { (error) }
                    }
                }
                (Field { value: view.to, error: view.errors.to.as_deref(), hint: Some(p.consolidate_to_hint),
                         autocomplete: "off", ..Field::new("to", p.consolidate_to, "email") })
                fieldset {
                    legend { (p.consolidate_after) }
                    label.inline {
                        input type="radio" name="source" value="remove" checked[view.remove_source];
                        (fill(p.consolidate_remove_source, &[("email", &source)]))
                    }
                    label.inline {
                        input type="radio" name="source" value="keep" checked[!view.remove_source];
                        (fill(p.consolidate_keep_source, &[("email", &source)]))
                    }
                }
                div { button.primary type="submit" { (p.consolidate_preview) } }
            }
        }
    }
}

fn roles(cat: &Catalogue, roles: &[(ContactRole, bool)]) -> String {
    let p = cat.people;
    roles
        .iter()
        .map(|(role, primary)| {
            if *primary {
                format!("{} ({})", p.role(*role), p.contacts_primary.to_lowercase())
            } else {
                p.role(*role).to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// What will change, licence by licence.
pub fn plans(cat: &Catalogue, source: &str, target: &str, plans: &[LicencePlan]) -> Markup {
    let p = cat.people;
    let values = |role: ContactRole| -> Vec<(&str, String)> {
        vec![
            ("source", source.to_owned()),
            ("target", target.to_owned()),
            ("role", p.role(role).to_owned()),
        ]
    };
    let sentence = |template: &str, role: ContactRole| {
        let owned = values(role);
        let pairs: Vec<(&str, &dyn std::fmt::Display)> = owned
            .iter()
            .map(|(n, v)| (*n, v as &dyn std::fmt::Display))
            .collect();
        fill(template, &pairs)
    };
    html! {
        @if !plans.iter().any(LicencePlan::moves_anything) {
            p.notice.warn { (p.nothing_to_move) }
        }
        @for plan in plans {
            section.plan {
                h2 { (plan.label) }
                @if let Some(Skip::SourceNotAContact) = plan.skipped {
                    p { (fill(p.skipped_not_contact, &[("source", &source)])) }
                } @else {
                    ul {
                        @for change in &plan.changes {
                            li {
                                @match change {
                                    Change::AddTarget(role) => (sentence(p.change_add_target, *role)),
                                    Change::MovePrimary(role) => strong { (sentence(p.change_move_primary, *role)) },
                                    Change::RemoveSource(role) => (sentence(p.change_remove_source, *role)),
                                    Change::KeepSource(role) => (sentence(p.change_keep_source, *role)),
                                }
                            }
                        }
                    }
                    p.hint {
                        @if plan.past_orders.is_empty() {
                            (p.orders_none)
                        } @else {
                            (fill(p.orders_stay, &[("orders", &plan.past_orders.join(", "))]))
                        }
                    }
                }
            }
        }
    }
}

pub struct PreviewView<'a> {
    pub source: &'a str,
    pub target: &'a str,
    pub plans: &'a [LicencePlan],
    /// An administrator applies at once; a user sends a request.
    pub apply_now: bool,
    pub remove_source: bool,
    pub licences: &'a [LicenceId],
    pub csrf: &'a str,
}

pub fn preview(cat: &Catalogue, view: &PreviewView<'_>) -> Markup {
    let p = cat.people;
    let action = if view.apply_now {
        PeopleRoute::ConsolidateApply
    } else {
        PeopleRoute::ConsolidateRequests
    };
    html! {
        h1 { (fill(p.preview_title, &[("source", &view.source), ("target", &view.target)])) }
        (plans(cat, view.source, view.target, view.plans))
        @if view.plans.iter().any(LicencePlan::moves_anything) {
            form.confirm method="post" action=(action.path()) {
                (csrf_field(view.csrf))
                @if view.apply_now { input type="hidden" name="from" value=(view.source); }
                input type="hidden" name="to" value=(view.target);
                input type="hidden" name="source" value=(if view.remove_source { "remove" } else { "keep" });
                @for id in view.licences {
                    input type="hidden" name="licence" value=(id.to_string());
                }
                @if view.apply_now {
                    p { (p.apply_explain) }
                    button.primary type="submit" { (p.apply_button) }
                } @else {
                    p { (fill(p.request_explain, &[("target", &view.target)])) }
                    button.primary type="submit" { (fill(p.request_send, &[("target", &view.target)])) }
                }
                " "
                a.button href=(PeopleRoute::Consolidate.path()) { (p.cancel) }
            }
        } @else {
            p { a.button href=(PeopleRoute::Consolidate.path()) { (p.cancel) } }
        }
    }
}

/// Where a request stands, as its page says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestStatus {
    Waiting { expires: i64 },
    Applied,
    Declined,
    Cancelled,
    Expired,
}

pub struct RequestView<'a> {
    pub id: i64,
    pub source: &'a str,
    pub target: &'a str,
    pub plans: &'a [LicencePlan],
    pub status: RequestStatus,
    pub viewer_is_target: bool,
    pub viewer_is_source: bool,
    pub csrf: &'a str,
}

pub fn request(cat: &Catalogue, view: &RequestView<'_>) -> Markup {
    let p = cat.people;
    let values: [(&str, &dyn std::fmt::Display); 2] =
        [("source", &view.source), ("target", &view.target)];
    html! {
        h1 { (fill(p.request_title, &values)) }
        @match view.status {
            RequestStatus::Waiting { expires } => {
                p.notice {
                    (fill(p.request_waiting, &[("target", &view.target), ("date", &super::format::day(expires))]))
                }
            }
            RequestStatus::Applied => { p.notice.ok { (p.request_applied) } }
            RequestStatus::Declined => { p.notice { (p.request_declined) } }
            RequestStatus::Cancelled => { p.notice { (p.request_cancelled) } }
            RequestStatus::Expired => { p.notice { (p.request_expired) } }
        }
        @if matches!(view.status, RequestStatus::Waiting { .. }) {
            (plans(cat, view.source, view.target, view.plans))
            div.actions {
                @if view.viewer_is_target {
                    form.inline method="post" action=(PeopleRoute::ConsolidateAccept(view.id).path()) {
                        (csrf_field(view.csrf))
                        button.primary type="submit" { (p.request_accept) }
                    }
                    " "
                    form.inline method="post" action=(PeopleRoute::ConsolidateDecline(view.id).path()) {
                        (csrf_field(view.csrf))
                        button type="submit" { (p.request_decline) }
                    }
                }
                @if view.viewer_is_source {
                    form.inline method="post" action=(PeopleRoute::ConsolidateCancel(view.id).path()) {
                        (csrf_field(view.csrf))
                        button.danger type="submit" { (p.request_cancel) }
                    }
                }
            }
        }
        p { a href=(PeopleRoute::Consolidate.path()) { (p.consolidate_title) } }
    }
}
