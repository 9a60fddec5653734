//! Administration: the accounts (state, last sign-in, licences; disable, enable, re-send the
//! invitation), licences whose primary contact is disabled (seed 003), and the audit log.

use maud::{Markup, html};

use super::format::when;
use crate::domain::audit::AuditRow;
use crate::domain::people::{AccountSummary, OrphanedPrimary};
use crate::domain::{AccountId, AccountState};
use crate::i18n::{Catalogue, fill};
use crate::paths::{AuditQuery, PeopleRoute, Route};
use crate::views::components::{Field, csrf_field};

/// The pages of the administration section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminPage {
    Accounts,
    Audit,
    Outbox,
}

pub fn subnav(cat: &Catalogue, current: AdminPage) -> Markup {
    let p = cat.people;
    let item = |page: AdminPage, href: String, label: &str| {
        html! {
            li {
                @if page == current {
                    a href=(href) aria-current="page" { (label) }
                } @else {
                    a href=(href) { (label) }
                }
            }
        }
    };
    html! {
        nav.subnav aria-label=(p.admin_title) {
            ul {
                (item(AdminPage::Accounts, Route::Admin.path(), p.admin_accounts))
                (item(AdminPage::Audit, PeopleRoute::audit().path(), p.admin_audit))
                (item(AdminPage::Outbox, PeopleRoute::OUTBOX.path(), p.admin_outbox))
                li { a href=(PeopleRoute::Consolidate.path()) { (p.consolidate_title) } }
            }
        }
    }
}

pub struct HomeView<'a> {
    pub accounts: &'a [AccountSummary],
    pub orphans: &'a [OrphanedPrimary],
    pub me: AccountId,
    pub csrf: &'a str,
}

pub fn home(cat: &Catalogue, view: &HomeView<'_>) -> Markup {
    let p = cat.people;
    html! {
        h1 { (p.admin_title) }
        (subnav(cat, AdminPage::Accounts))
        @if !view.orphans.is_empty() {
            section.notice.warn aria-labelledby="orphans" {
                h2 #orphans { (p.orphans_heading) }
                p { (p.orphans_hint) }
                table {
                    thead { tr { th { (p.col_licence) } th { (p.col_role) } th { (p.col_primary) } th { (p.col_actions) } } }
                    tbody {
                        @for orphan in view.orphans {
                            tr {
                                td { strong { (orphan.sen.as_deref().unwrap_or("")) } " " (orphan.name) }
                                td { (p.role(orphan.role)) }
                                td { (orphan.primary_email) }
                                td { a href=(PeopleRoute::Contacts(orphan.licence_id).path()) { (p.orphans_fix) } }
                            }
                        }
                    }
                }
            }
        }
        h2 { (p.admin_accounts) }
        table {
            thead {
                tr {
                    th { (p.col_email) } th { (p.col_name) } th { (p.col_state) }
                    th.optional { (p.col_last_sign_in) } th { (p.col_licences) } th { (p.col_actions) }
                }
            }
            tbody {
                @for summary in view.accounts {
                    @let account = &summary.account;
                    tr {
                        td {
                            (account.email)
                            @if account.is_admin { " " span.badge.muted { (p.admin_badge) } }
                        }
                        td { (account.display_name) }
                        td {
                            @let class = match account.state {
                                AccountState::Active => "badge active",
                                AccountState::Invited => "badge muted",
                                AccountState::Disabled => "badge expired",
                            };
                            span class=(class) { (p.account_state(account.state)) }
                        }
                        td.optional { (account.last_sign_in_at.map(when).unwrap_or_else(|| p.never.to_owned())) }
                        td {
                            (summary.licences)
                            @if summary.primary_of > 0 {
                                " (" (fill(p.primary_on, &[("count", &summary.primary_of)])) ")"
                            }
                        }
                        td.actions {
                            @if account.state == AccountState::Invited {
                                form.inline method="post" action=(PeopleRoute::AdminInvite(account.id).path()) {
                                    (csrf_field(view.csrf))
                                    button.link type="submit" { (p.account_resend) }
                                }
                                " "
                            }
                            @if account.state == AccountState::Disabled {
                                form.inline method="post" action=(PeopleRoute::AdminEnable(account.id).path()) {
                                    (csrf_field(view.csrf))
                                    button.link type="submit" { (p.account_enable) }
                                }
                            } @else if account.id != view.me {
                                a href=(PeopleRoute::AdminDisable(account.id).path()) { (p.account_disable) }
                            }
                        }
                    }
                }
            }
        }
    }
}

pub struct DisableView<'a> {
    pub account_id: AccountId,
    pub email: &'a str,
    pub primary_of: i64,
    pub csrf: &'a str,
}

pub fn confirm_disable(cat: &Catalogue, view: &DisableView<'_>) -> Markup {
    let p = cat.people;
    let values: [(&str, &dyn std::fmt::Display); 2] =
        [("email", &view.email), ("count", &view.primary_of)];
    html! {
        h1 { (fill(p.disable_title, &values)) }
        p { (fill(p.disable_body, &values)) }
        @if view.primary_of > 0 {
            p.notice.warn { (fill(p.disable_primaries, &values)) }
        }
        form.confirm method="post" action=(PeopleRoute::AdminDisable(view.account_id).path()) {
            (csrf_field(view.csrf))
            button.danger type="submit" { (p.disable_button) }
            " "
            a.button href=(Route::Admin.path()) { (p.cancel) }
        }
    }
}

/// A refusal on an administration page, with the way back.
pub fn refusal(cat: &Catalogue, title: &str, body: &str, back: &str) -> Markup {
    html! {
        h1 { (title) }
        p { (body) }
        p { a href=(back) { (cat.people.admin_title) } }
    }
}

#[derive(Debug, Clone, Default)]
pub struct AuditErrors {
    pub licence: Option<String>,
    pub account: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// The filter form as the user typed it.
#[derive(Debug, Clone, Default)]
pub struct AuditForm {
    pub licence: String,
    pub account: String,
    pub action: String,
    pub from: String,
    pub to: String,
}

pub struct AuditView<'a> {
    pub form: &'a AuditForm,
    pub errors: &'a AuditErrors,
    pub actions: &'a [String],
    pub rows: &'a [AuditRow],
    pub page: i64,
    pub pages: i64,
    pub total: i64,
}

pub fn audit(cat: &Catalogue, view: &AuditView<'_>) -> Markup {
    let p = cat.people;
    let form = view.form;
    let page_link = |page: i64| {
        PeopleRoute::AdminAudit(AuditQuery {
            licence: form.licence.clone(),
            account: form.account.clone(),
            action: form.action.clone(),
            from: form.from.clone(),
            to: form.to.clone(),
            page,
        })
        .path()
    };
    html! {
        h1 { (p.audit_title) }
        (subnav(cat, AdminPage::Audit))
        form.filters method="get" action=(PeopleRoute::audit().path()) {
            (Field { value: &form.licence, error: view.errors.licence.as_deref(), required: false,
                     ..Field::new("licence", p.audit_licence, "text") })
            (Field { value: &form.account, error: view.errors.account.as_deref(), required: false,
                     ..Field::new("account", p.audit_account, "text") })
            div {
                label for="field-action" { (p.audit_action) }
                select #field-action name="action" {
                    option value="" { (p.audit_any_action) }
                    @for action in view.actions {
                        option value=(action) selected[*action == form.action] { (action) }
                    }
                }
            }
            (Field { value: &form.from, error: view.errors.from.as_deref(), required: false,
                     ..Field::new("from", p.audit_from, "date") })
            (Field { value: &form.to, error: view.errors.to.as_deref(), required: false,
                     ..Field::new("to", p.audit_to, "date") })
            div { button.primary type="submit" { (p.audit_filter) } }
        }
        @if view.rows.is_empty() {
            div.empty { p { (p.audit_empty) } }
        } @else {
            table.audit {
                thead {
                    tr {
                        th { (p.col_when) } th { (p.col_who) } th { (p.col_action) }
                        th { (p.col_licence) } th { (p.col_detail) } th { (p.col_change) }
                    }
                }
                tbody {
                    @for row in view.rows {
                        tr {
                            td { (when(row.at)) }
                            td {
                                (crate::views::licences::recorded_actor(cat.language, &row.actor))
                                @if let Some(addr) = &row.client_addr { br; span.hint { (addr) } }
                            }
                            td { code { (row.action) } }
                            td {
                                @if let Some(id) = row.licence_id {
                                    a href=(Route::Licence(id).path()) { (id) }
                                }
                            }
                            td { (row.detail) }
                            td {
                                @if row.before.is_some() || row.after.is_some() {
                                    details {
                                        summary { (p.audit_before) " / " (p.audit_after) }
                                        @if let Some(before) = &row.before {
                                            p { strong { (p.audit_before) } } pre { code { (before) } }
                                        }
                                        @if let Some(after) = &row.after {
                                            p { strong { (p.audit_after) } } pre { code { (after) } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        (pager(cat, view.page, view.pages, view.total, &page_link))
    }
}

pub fn pager(
    cat: &Catalogue,
    page: i64,
    pages: i64,
    total: i64,
    link: &dyn Fn(i64) -> String,
) -> Markup {
    let p = cat.people;
    let status = fill(
        p.page_status,
        &[("page", &page), ("pages", &pages), ("total", &total)],
    );
    html! {
        nav.pager aria-label=(status) {
            @if page > 1 { a href=(link(page - 1)) rel="prev" { (p.page_previous) } }
            span { (status) }
            @if page < pages { a href=(link(page + 1)) rel="next" { (p.page_next) } }
        }
    }
}
