//! Consolidation: choosing the accounts and licences, the preview of every change, and the
//! request the receiving account accepts or declines.

use maud::{Markup, html};

use crate::domain::consolidation::{Change, LicencePlan, Skip};
use crate::domain::{ContactRole, LicenceId};
use crate::i18n::Language;
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

pub fn start(lang: Language, view: &StartView<'_>) -> Markup {
    html! {
        h1 { (crate::tr!(lang, "people-consolidate-title")) }
        p.lead { (crate::tr!(lang, "people-consolidate-intro")) }
        @if view.is_admin { p.lead { (crate::tr!(lang, "people-consolidate-admin-intro")) } }
        @if !view.pending.is_empty() {
            h2 { (crate::tr!(lang, "people-requests-heading")) }
            ul {
                @for pending in view.pending {
                    li {
                        @if pending.incoming {
                            (crate::tr!(lang, "people-request-incoming", source = pending.source.to_string(), count = pending.licences))
                        } @else {
                            (crate::tr!(lang, "people-request-outgoing", target = pending.target.to_string(), count = pending.licences))
                        }
                        " "
                        a href=(PeopleRoute::ConsolidateRequest(pending.id).path()) { (crate::tr!(lang, "people-request-review")) }
                    }
                }
            }
        }
        @if view.is_admin {
            form.stack method="get" action=(PeopleRoute::Consolidate.path()) {
                (Field { value: view.from, error: view.errors.from.as_deref(), hint: Some(&crate::tr!(lang, "people-consolidate-from-hint")),
                         autocomplete: "off", ..Field::new("from", &crate::tr!(lang, "people-consolidate-from"), "email") })
                div { button type="submit" { (crate::tr!(lang, "people-consolidate-show")) } }
            }
        }
        @if let Some(source) = view.source {
            form.stack method="get" action=(PeopleRoute::ConsolidatePreview.path()) {
                @if view.is_admin { input type="hidden" name="from" value=(source); }
                fieldset {
                    legend { (crate::tr!(lang, "people-consolidate-licences")) }
                    @if view.licences.is_empty() {
                        p.hint { (crate::tr!(lang, "people-consolidate-no-licences")) }
                    } @else {
                        p.hint #licences-hint { (crate::tr!(lang, "people-consolidate-licences-hint")) }
                        @for licence in view.licences {
                            label.inline {
                                input type="checkbox" name="licence" value=(licence.id.to_string())
                                    checked[licence.checked];
                                span {
                                    strong { (licence.label) } " " (licence.name) " · "
                                    (roles(lang, &licence.roles))
                                }
                            }
                        }
                    }
                    @if let Some(error) = &view.errors.licences {
                        p.field-error { (error) }
                    }
                }
                (Field { value: view.to, error: view.errors.to.as_deref(), hint: Some(&crate::tr!(lang, "people-consolidate-to-hint")),
                         autocomplete: "off", ..Field::new("to", &crate::tr!(lang, "people-consolidate-to"), "email") })
                fieldset {
                    legend { (crate::tr!(lang, "people-consolidate-after")) }
                    label.inline {
                        input type="radio" name="source" value="remove" checked[view.remove_source];
                        (crate::tr!(lang, "people-consolidate-remove-source", email = source.to_string()))
                    }
                    label.inline {
                        input type="radio" name="source" value="keep" checked[!view.remove_source];
                        (crate::tr!(lang, "people-consolidate-keep-source", email = source.to_string()))
                    }
                }
                div { button.primary type="submit" { (crate::tr!(lang, "people-consolidate-preview")) } }
            }
        }
    }
}

fn roles(lang: Language, roles: &[(ContactRole, bool)]) -> String {
    roles
        .iter()
        .map(|(role, primary)| {
            if *primary {
                crate::tr!(lang, "people-role-primary", role = role.as_str())
            } else {
                crate::i18n::people::role(lang, *role)
            }
        })
        .collect::<Vec<_>>()
        .join(&crate::tr!(lang, "people-list-separator"))
}

/// What will change, licence by licence.
pub fn plans(lang: Language, source: &str, target: &str, plans: &[LicencePlan]) -> Markup {
    let sentence = |change: &Change| match *change {
        Change::AddTarget(role) => {
            crate::tr!(
                lang,
                "people-change-add-target",
                target = target,
                role = role.as_str()
            )
        }
        Change::MovePrimary(role) => crate::tr!(
            lang,
            "people-change-move-primary",
            source = source,
            target = target,
            role = role.as_str()
        ),
        Change::RemoveSource(role) => {
            crate::tr!(
                lang,
                "people-change-remove-source",
                source = source,
                role = role.as_str()
            )
        }
        Change::KeepSource(role) => {
            crate::tr!(
                lang,
                "people-change-keep-source",
                source = source,
                role = role.as_str()
            )
        }
    };
    html! {
        @if !plans.iter().any(LicencePlan::moves_anything) {
            p.notice.warn { (crate::tr!(lang, "people-nothing-to-move")) }
        }
        @for plan in plans {
            section.plan {
                h2 { (plan_heading(lang, plan)) }
                @if let Some(Skip::SourceNotAContact) = plan.skipped {
                    p { (crate::tr!(lang, "people-skipped-not-contact", source = source.to_string())) }
                } @else {
                    ul {
                        @for change in &plan.changes {
                            li {
                                @match change {
                                    Change::MovePrimary(_) => strong { (sentence(change)) },
                                    _ => (sentence(change)),
                                }
                            }
                        }
                    }
                    p.hint {
                        @if plan.past_orders.is_empty() {
                            (crate::tr!(lang, "people-orders-none"))
                        } @else {
                            (crate::tr!(lang, "people-orders-stay", orders = plan.past_orders.join(&crate::tr!(lang, "people-list-separator"))))
                        }
                    }
                }
            }
        }
    }
}

/// A licence as a plan's heading names it: product and name, and the SEN where it has one
/// (two licences can share a SEN, and a name alone often repeats the product).
fn plan_heading(lang: Language, plan: &LicencePlan) -> String {
    if plan.label == plan.name {
        crate::tr!(
            lang,
            "people-plan-heading",
            product = plan.product.as_str(),
            name = plan.name.as_str()
        )
    } else {
        crate::tr!(
            lang,
            "people-plan-heading-sen",
            product = plan.product.as_str(),
            name = plan.name.as_str(),
            sen = plan.label.as_str()
        )
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

pub fn preview(lang: Language, view: &PreviewView<'_>) -> Markup {
    let action = if view.apply_now {
        PeopleRoute::ConsolidateApply
    } else {
        PeopleRoute::ConsolidateRequests
    };
    html! {
        h1 { (crate::tr!(lang, "people-preview-title", source = view.source.to_string(), target = view.target.to_string())) }
        (plans(lang, view.source, view.target, view.plans))
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
                    p { (crate::tr!(lang, "people-apply-explain")) }
                } @else {
                    p { (crate::tr!(lang, "people-request-explain", target = view.target.to_string())) }
                }
                (crate::views::components::ConfirmActions {
                    confirm: &if view.apply_now {
                        crate::tr!(lang, "people-apply-button")
                    } else {
                        crate::tr!(lang, "people-request-send", target = view.target.to_string())
                    },
                    danger: false,
                    cancel: &crate::tr!(lang, "people-cancel"),
                    cancel_href: &PeopleRoute::Consolidate.path(),
                })
            }
        } @else {
            p { a.button href=(PeopleRoute::Consolidate.path()) { (crate::tr!(lang, "people-cancel")) } }
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

pub fn request(lang: Language, view: &RequestView<'_>) -> Markup {
    html! {
        h1 { (crate::tr!(lang, "people-request-title", source = view.source.to_string(), target = view.target.to_string())) }
        @match view.status {
            RequestStatus::Waiting { expires } => {
                p.notice {
                    @if view.viewer_is_target {
                        (crate::tr!(lang, "people-request-waiting-for-you", date = super::format::day(lang, expires)))
                    } @else {
                        (crate::tr!(lang, "people-request-waiting", target = view.target.to_string(), date = super::format::day(lang, expires)))
                    }
                }
            }
            RequestStatus::Applied => { p.notice.ok { (crate::tr!(lang, "people-request-applied")) } }
            RequestStatus::Declined => { p.notice { (crate::tr!(lang, "people-request-declined")) } }
            RequestStatus::Cancelled => { p.notice { (crate::tr!(lang, "people-request-cancelled")) } }
            RequestStatus::Expired => { p.notice { (crate::tr!(lang, "people-request-expired")) } }
        }
        @if matches!(view.status, RequestStatus::Waiting { .. }) {
            (plans(lang, view.source, view.target, view.plans))
            div.actions {
                @if view.viewer_is_target {
                    form.inline method="post" action=(PeopleRoute::ConsolidateAccept(view.id).path()) {
                        (csrf_field(view.csrf))
                        button.primary type="submit" { (crate::tr!(lang, "people-request-accept")) }
                    }
                    " "
                    form.inline method="post" action=(PeopleRoute::ConsolidateDecline(view.id).path()) {
                        (csrf_field(view.csrf))
                        button type="submit" { (crate::tr!(lang, "people-request-decline")) }
                    }
                }
                @if view.viewer_is_source {
                    form.inline method="post" action=(PeopleRoute::ConsolidateCancel(view.id).path()) {
                        (csrf_field(view.csrf))
                        button.danger type="submit" { (crate::tr!(lang, "people-request-cancel")) }
                    }
                }
            }
        }
        p { a href=(PeopleRoute::Consolidate.path()) { (crate::tr!(lang, "people-consolidate-title")) } }
    }
}
