//! The people of an organisation (/organisations/{id}/people): its managers and its
//! consultants' grants, with the forms that add a manager and grant access for those who may
//! change them (administrators and managers; a consultant sees the lists only), and the
//! confirmation pages before a manager is removed or a grant revoked.

use jiff::civil::Date;
use maud::{Markup, html};

use crate::domain::organisation::Organisation;
use crate::domain::{AccountId, Email};
use crate::i18n::{Language, format};
use crate::paths::{AccessRoute, Route};
use crate::views::components::csrf_field;

/// One manager as the list shows them.
pub struct ManagerRow {
    pub account_id: AccountId,
    pub email: Email,
    pub display_name: String,
    /// When they became a manager, as the page's clock writes it.
    pub since: String,
    /// Who made them one, as the audit log names actors.
    pub added_by: String,
    pub is_viewer: bool,
    /// "Remove" is offered.
    pub removable: bool,
}

/// Where a consultant's grant stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrantState {
    Running,
    /// Its last day has passed.
    Ended,
    /// Ended early by an administrator or a manager.
    Revoked,
}

/// One consultant's grant as the list shows it.
pub struct GrantRow {
    pub id: i64,
    pub email: Email,
    pub display_name: String,
    pub last_day: Option<Date>,
    pub with_keys: bool,
    pub granted_by: String,
    pub state: GrantState,
    /// "Revoke" is offered.
    pub revocable: bool,
}

/// A form of the page as it was sent, after a refusal: what was typed and the errors.
#[derive(Debug, Clone, Default)]
pub struct SentForm {
    pub email: String,
    pub email_error: Option<String>,
    pub language: String,
    pub until: String,
    pub until_error: Option<String>,
    pub with_keys: bool,
}

pub struct PeopleView<'a> {
    pub organisation: &'a Organisation,
    /// Administrators and managers: the forms and the remove and revoke links.
    pub may_change: bool,
    pub managers: &'a [ManagerRow],
    pub grants: &'a [GrantRow],
    pub csrf: &'a str,
    pub manager_form: &'a SentForm,
    pub grant_form: &'a SentForm,
    /// The longest a grant may run, in days.
    pub max_days: i32,
}

fn people_path(organisation: &Organisation) -> String {
    Route::OrganisationAccess(AccessRoute::People(organisation.id)).path()
}

fn who(lang: Language, email: &Email, display_name: &str, is_viewer: bool) -> Markup {
    html! {
        @if !display_name.trim().is_empty() { span.name { (display_name) } " " }
        span.email { (email) }
        @if is_viewer { " " (crate::tr!(lang, "org-access-you")) }
    }
}

pub fn page(lang: Language, view: &PeopleView<'_>) -> Markup {
    let organisation = view.organisation.name.as_str();
    html! {
        h1 { (crate::tr!(lang, "org-access-title", organisation = organisation)) }
        p.lead { (crate::tr!(lang, "org-access-lead", organisation = organisation)) }
        p { a href=(Route::licences().path()) { (crate::tr!(lang, "org-access-licences-link")) } }
        h2 #managers { (crate::tr!(lang, "org-access-managers-heading")) }
        (managers(lang, view))
        @if view.may_change { (add_manager_form(lang, view)) }
        h2 #consultants { (crate::tr!(lang, "org-access-consultants-heading")) }
        (grants(lang, view))
        @if view.may_change { (grant_form(lang, view)) }
    }
}

fn managers(lang: Language, view: &PeopleView<'_>) -> Markup {
    html! {
        @if view.managers.is_empty() {
            p.muted { (crate::tr!(lang, "org-access-managers-none")) }
        } @else {
            table.compact.managers {
                thead { tr {
                    th { (crate::tr!(lang, "org-access-col-address")) }
                    th { (crate::tr!(lang, "org-access-col-since")) }
                    th { (crate::tr!(lang, "org-access-col-added-by")) }
                    @if view.may_change { th { span.vh { (crate::tr!(lang, "org-access-col-actions")) } } }
                } }
                tbody {
                    @for row in view.managers {
                        tr {
                            td { (who(lang, &row.email, &row.display_name, row.is_viewer)) }
                            td { (row.since) }
                            td { (crate::views::licences::recorded_actor(lang, &row.added_by)) }
                            @if view.may_change {
                                td { @if row.removable {
                                    a href=(Route::OrganisationAccess(AccessRoute::RemoveManager(view.organisation.id, row.account_id)).path()) {
                                        (crate::tr!(lang, "org-access-remove"))
                                    }
                                } }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn grants(lang: Language, view: &PeopleView<'_>) -> Markup {
    html! {
        @if view.grants.is_empty() {
            p.muted { (crate::tr!(lang, "org-access-consultants-none")) }
        } @else {
            table.compact.grants {
                thead { tr {
                    th { (crate::tr!(lang, "org-access-col-address")) }
                    th { (crate::tr!(lang, "org-access-col-until")) }
                    th { (crate::tr!(lang, "org-access-col-keys")) }
                    th { (crate::tr!(lang, "org-access-col-granted-by")) }
                    th { (crate::tr!(lang, "org-access-col-state")) }
                    @if view.may_change { th { span.vh { (crate::tr!(lang, "org-access-col-actions")) } } }
                } }
                tbody {
                    @for row in view.grants {
                        tr {
                            td { (who(lang, &row.email, &row.display_name, false)) }
                            td { (row.last_day.map(|d| format::date(lang, d)).unwrap_or_default()) }
                            td { @if row.with_keys { (crate::tr!(lang, "org-access-keys-with")) } @else { (crate::tr!(lang, "org-access-keys-without")) } }
                            td { (crate::views::licences::recorded_actor(lang, &row.granted_by)) }
                            td { (state(lang, row.state)) }
                            @if view.may_change {
                                td { @if row.revocable {
                                    a href=(Route::OrganisationAccess(AccessRoute::RevokeGrant(view.organisation.id, row.id)).path()) {
                                        (crate::tr!(lang, "org-access-revoke"))
                                    }
                                } }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn state(lang: Language, state: GrantState) -> Markup {
    match state {
        GrantState::Running => {
            html! { span.badge.active { (crate::tr!(lang, "org-access-state-running")) } }
        }
        GrantState::Ended => {
            html! { span.badge.muted { (crate::tr!(lang, "org-access-state-ended")) } }
        }
        GrantState::Revoked => {
            html! { span.badge.expired { (crate::tr!(lang, "org-access-state-revoked")) } }
        }
    }
}

/// A labelled input whose id is its form's own, so the page's two address fields differ.
fn input(
    id: &str,
    name: &str,
    kind: &str,
    label: &str,
    value: &str,
    hint: Option<&str>,
    error: Option<&str>,
) -> Markup {
    let described = match (error.is_some(), hint.is_some()) {
        (true, _) => Some(format!("{id}-error")),
        (false, true) => Some(format!("{id}-hint")),
        (false, false) => None,
    };
    html! {
        div {
            label for=(id) { (label) }
            input id=(id) name=(name) type=(kind) value=(value) required
                aria-invalid=[error.map(|_| "true")] aria-describedby=[described];
            @if let Some(hint) = hint { p.hint id={(id) "-hint"} { (hint) } }
            @if let Some(error) = error { p.field-error id={(id) "-error"} { (error) } }
        }
    }
}

fn language_select(lang: Language, id: &str, chosen: &str) -> Markup {
    let chosen = Language::from_code(chosen).unwrap_or(lang);
    html! {
        div {
            label for=(id) { (crate::tr!(lang, "org-access-language-label")) }
            select id=(id) name="language" {
                @for language in Language::ALL {
                    option value=(language.code()) lang=(language.code()) selected[language == chosen] {
                        (language.endonym())
                    }
                }
            }
        }
    }
}

fn add_manager_form(lang: Language, view: &PeopleView<'_>) -> Markup {
    let sent = view.manager_form;
    html! {
        h3 { (crate::tr!(lang, "org-access-add-manager-heading")) }
        form.portal.stack method="post" action=(Route::OrganisationAccess(AccessRoute::Managers(view.organisation.id)).path()) {
            (csrf_field(view.csrf))
            (input("manager-email", "email", "email", &crate::tr!(lang, "org-access-email-label"), &sent.email,
                   Some(&crate::tr!(lang, "org-access-email-hint")), sent.email_error.as_deref()))
            (language_select(lang, "manager-language", &sent.language))
            div { button.primary type="submit" { (crate::tr!(lang, "org-access-add-manager-button")) } }
        }
    }
}

fn grant_form(lang: Language, view: &PeopleView<'_>) -> Markup {
    let sent = view.grant_form;
    html! {
        h3 { (crate::tr!(lang, "org-access-grant-heading")) }
        form.portal.stack method="post" action=(Route::OrganisationAccess(AccessRoute::Grants(view.organisation.id)).path()) {
            (csrf_field(view.csrf))
            (input("grant-email", "email", "email", &crate::tr!(lang, "org-access-email-label"), &sent.email,
                   Some(&crate::tr!(lang, "org-access-email-hint")), sent.email_error.as_deref()))
            (input("grant-until", "until", "date", &crate::tr!(lang, "org-access-until-label"), &sent.until,
                   Some(&crate::tr!(lang, "org-access-until-hint", days = view.max_days)), sent.until_error.as_deref()))
            div {
                label.inline for="grant-with-keys" {
                    input id="grant-with-keys" type="checkbox" name="with_keys" checked[sent.with_keys];
                    (crate::tr!(lang, "org-access-with-keys-label"))
                }
            }
            (language_select(lang, "grant-language", &sent.language))
            div { button.primary type="submit" { (crate::tr!(lang, "org-access-grant-button")) } }
        }
    }
}

/// What a confirmation page asks.
pub enum Confirm<'a> {
    RemoveManager { account: AccountId, email: &'a str },
    Revoke { grant: i64, email: &'a str },
}

pub fn confirm(
    lang: Language,
    organisation: &Organisation,
    what: &Confirm<'_>,
    csrf: &str,
) -> Markup {
    let name = organisation.name.as_str();
    let (title, body, action, button) = match what {
        Confirm::RemoveManager { account, email } => (
            crate::tr!(lang, "org-access-remove-title"),
            crate::tr!(
                lang,
                "org-access-remove-body",
                email = email.to_string(),
                organisation = name
            ),
            AccessRoute::RemoveManager(organisation.id, *account),
            crate::tr!(lang, "org-access-remove-button"),
        ),
        Confirm::Revoke { grant, email } => (
            crate::tr!(lang, "org-access-revoke-title"),
            crate::tr!(
                lang,
                "org-access-revoke-body",
                email = email.to_string(),
                organisation = name
            ),
            AccessRoute::RevokeGrant(organisation.id, *grant),
            crate::tr!(lang, "org-access-revoke-button"),
        ),
    };
    html! {
        h1 { (title) }
        p { (body) }
        form.confirm method="post" action=(Route::OrganisationAccess(action).path()) {
            (csrf_field(csrf))
            (crate::views::components::ConfirmActions {
                confirm: &button,
                danger: true,
                cancel: &crate::tr!(lang, "org-access-cancel"),
                cancel_href: &people_path(organisation),
            })
        }
    }
}

/// A change the rules refuse, and the way back to the organisation's people.
pub fn refusal(lang: Language, organisation: &Organisation, message: &str) -> Markup {
    html! {
        h1 { (crate::tr!(lang, "org-access-refused-title")) }
        p { (message) }
        p { a href=(people_path(organisation)) {
            (crate::tr!(lang, "org-access-back", organisation = organisation.name.as_str()))
        } }
    }
}
