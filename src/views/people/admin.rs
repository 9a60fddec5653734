//! Administration: the accounts (state, last sign-in, licences; disable, enable, re-send the
//! invitation), licences whose primary contact is disabled (seed 003), and the audit log.

use maud::{Markup, html};

use super::format::when;
use crate::domain::audit::AuditRow;
use crate::domain::people::{AccountSummary, OrphanedPrimary};
use crate::domain::{AccountId, AccountState};
use crate::i18n::Language;
use crate::paths::{AuditQuery, FeedRoute, PeopleRoute, Route};
use crate::views::components::{Field, csrf_field};

/// The pages of the administration section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminPage {
    Accounts,
    Audit,
    Outbox,
    Lifecycle,
    EndOfDataCenter,
    Mailboxes,
    Webhooks,
}

pub fn subnav(lang: Language, current: AdminPage) -> Markup {
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
        nav.subnav aria-label=(crate::tr!(lang, "people-admin-title")) {
            ul {
                (item(AdminPage::Accounts, Route::Admin.path(), &crate::tr!(lang, "people-admin-accounts")))
                (item(AdminPage::Audit, PeopleRoute::audit().path(), &crate::tr!(lang, "people-admin-audit")))
                (item(AdminPage::Outbox, PeopleRoute::OUTBOX.path(), &crate::tr!(lang, "people-admin-outbox")))
                (item(AdminPage::Lifecycle, Route::AdminLifecycle.path(), &crate::tr!(lang, "lifecycle-admin-link")))
                (item(AdminPage::EndOfDataCenter, Route::EndOfDataCenter.path(), &crate::tr!(lang, "eodc-title")))
                (item(AdminPage::Mailboxes, crate::paths::MailboxRoute::Portal.path(), &crate::tr!(lang, "mailbox-heading")))
                (item(AdminPage::Webhooks, crate::paths::WebhookRoute::List.path(), &crate::tr!(lang, "hook-title")))
                li { a href=(PeopleRoute::Consolidate.path()) { (crate::tr!(lang, "people-consolidate-title")) } }
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

pub fn home(lang: Language, view: &HomeView<'_>) -> Markup {
    html! {
        h1 { (crate::tr!(lang, "people-admin-title")) }
        (subnav(lang, AdminPage::Accounts))
        @if !view.orphans.is_empty() {
            section.notice.warn aria-labelledby="orphans" {
                h2 #orphans { (crate::tr!(lang, "people-orphans-heading")) }
                p { (crate::tr!(lang, "people-orphans-hint")) }
                table {
                    thead { tr { th { (crate::tr!(lang, "people-col-licence")) } th { (crate::tr!(lang, "people-col-role")) } th { (crate::tr!(lang, "people-col-primary")) } th { (crate::tr!(lang, "people-col-actions")) } } }
                    tbody {
                        @for orphan in view.orphans {
                            tr {
                                td { strong { (orphan.sen.as_deref().unwrap_or("")) } " " (orphan.name) }
                                td { (crate::i18n::people::role(lang, orphan.role)) }
                                td { (orphan.primary_email) }
                                td { a href=(PeopleRoute::Contacts(orphan.licence_id).path()) { (crate::tr!(lang, "people-orphans-fix")) } }
                            }
                        }
                    }
                }
            }
        }
        h2 { (crate::tr!(lang, "people-admin-accounts")) }
        table {
            thead {
                tr {
                    th { (crate::tr!(lang, "people-col-email")) } th { (crate::tr!(lang, "people-col-name")) } th { (crate::tr!(lang, "people-col-state")) }
                    th.optional { (crate::tr!(lang, "people-col-last-sign-in")) } th { (crate::tr!(lang, "people-col-licences")) } th { (crate::tr!(lang, "people-col-actions")) }
                }
            }
            tbody {
                @for summary in view.accounts {
                    @let account = &summary.account;
                    tr {
                        td {
                            (account.email)
                            @if account.is_admin { " " span.badge.muted { (crate::tr!(lang, "people-admin-badge")) } }
                        }
                        td { (account.display_name) }
                        td {
                            @let class = match account.state {
                                AccountState::Active => "badge active",
                                AccountState::Invited => "badge muted",
                                AccountState::Disabled => "badge expired",
                            };
                            span class=(class) { (crate::i18n::people::account_state(lang, account.state)) }
                        }
                        td.optional { (account.last_sign_in_at.map(|at| when(lang, at)).unwrap_or_else(|| crate::tr!(lang, "people-never"))) }
                        td {
                            (summary.licences)
                            @if summary.primary_of > 0 {
                                " " (crate::tr!(lang, "people-primary-on", count = summary.primary_of))
                            }
                        }
                        td.actions {
                            @if account.state == AccountState::Invited {
                                form.inline method="post" action=(PeopleRoute::AdminInvite(account.id).path()) {
                                    (csrf_field(view.csrf))
                                    button.link type="submit" { (crate::tr!(lang, "people-account-resend")) }
                                }
                                " "
                            }
                            @if account.state == AccountState::Disabled {
                                form.inline method="post" action=(PeopleRoute::AdminEnable(account.id).path()) {
                                    (csrf_field(view.csrf))
                                    button.link type="submit" { (crate::tr!(lang, "people-account-enable")) }
                                }
                            } @else if account.id != view.me {
                                a href=(PeopleRoute::AdminDisable(account.id).path()) { (crate::tr!(lang, "people-account-disable")) }
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

pub fn confirm_disable(lang: Language, view: &DisableView<'_>) -> Markup {
    let email = view.email;
    html! {
        h1 { (crate::tr!(lang, "people-disable-title", email = email)) }
        p { (crate::tr!(lang, "people-disable-body", email = email)) }
        @if view.primary_of > 0 {
            p.notice.warn { (crate::tr!(lang, "people-disable-primaries", email = email, count = view.primary_of)) }
        }
        form.confirm method="post" action=(PeopleRoute::AdminDisable(view.account_id).path()) {
            (csrf_field(view.csrf))
            (crate::views::components::ConfirmActions {
                confirm: &crate::tr!(lang, "people-disable-button"),
                danger: true,
                cancel: &crate::tr!(lang, "people-cancel"),
                cancel_href: &Route::Admin.path(),
            })
        }
    }
}

/// A refusal on an administration page, with the way back.
pub fn refusal(lang: Language, title: &str, body: &str, back: &str) -> Markup {
    html! {
        h1 { (title) }
        p { (body) }
        p { a href=(back) { (crate::tr!(lang, "people-admin-title")) } }
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

pub fn audit(lang: Language, view: &AuditView<'_>) -> Markup {
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
        h1 { (crate::tr!(lang, "people-audit-title")) }
        (subnav(lang, AdminPage::Audit))
        form.filters method="get" action=(PeopleRoute::audit().path()) {
            (Field { value: &form.licence, error: view.errors.licence.as_deref(), required: false,
                     ..Field::new("licence", &crate::tr!(lang, "people-audit-licence"), "text") })
            (Field { value: &form.account, error: view.errors.account.as_deref(), required: false,
                     ..Field::new("account", &crate::tr!(lang, "people-audit-account"), "text") })
            div {
                label for="field-action" { (crate::tr!(lang, "people-audit-action")) }
                select #field-action name="action" {
                    option value="" { (crate::tr!(lang, "people-audit-any-action")) }
                    @for action in view.actions {
                        option value=(action) title=(action) selected[*action == form.action] { (crate::i18n::audit::action(lang, action)) }
                    }
                }
            }
            (Field { value: &form.from, error: view.errors.from.as_deref(), required: false,
                     ..Field::new("from", &crate::tr!(lang, "people-audit-from"), "date") })
            (Field { value: &form.to, error: view.errors.to.as_deref(), required: false,
                     ..Field::new("to", &crate::tr!(lang, "people-audit-to"), "date") })
            div { button.primary type="submit" { (crate::tr!(lang, "people-audit-filter")) } }
        }
        @let download = FeedRoute::audit_csv(&AuditQuery {
            licence: form.licence.clone(),
            account: form.account.clone(),
            action: form.action.clone(),
            from: form.from.clone(),
            to: form.to.clone(),
            page: 1,
        });
        @let errors = view.errors;
        // Filters the page refuses would be refused by the download too: no link then.
        @if errors.licence.is_none() && errors.account.is_none() && errors.from.is_none() && errors.to.is_none() {
            p.download {
                a href=(download.path()) download { (crate::tr!(lang, "feed-audit-download")) }
                " "
                span.hint { (crate::tr!(lang, "feed-audit-download-hint", max = crate::app::auditor_exports::AUDIT_CSV_MAX)) }
            }
        }
        @if view.rows.is_empty() {
            div.empty { p { (crate::tr!(lang, "people-audit-empty")) } }
        } @else {
            table.audit {
                thead {
                    tr {
                        th { (crate::tr!(lang, "people-col-when")) } th { (crate::tr!(lang, "people-col-who")) } th { (crate::tr!(lang, "people-col-action")) }
                        th { (crate::tr!(lang, "people-col-licence")) } th { (crate::tr!(lang, "people-col-detail")) } th { (crate::tr!(lang, "people-col-change")) }
                    }
                }
                tbody {
                    @for row in view.rows {
                        tr {
                            td { (when(lang, row.at)) }
                            td {
                                (crate::views::licences::recorded_actor(lang, &row.actor))
                                @if let Some(addr) = &row.client_addr { br; span.hint { (addr) } }
                            }
                            td { (action_cell(lang, &row.action)) }
                            td {
                                @if let Some(id) = row.licence_id {
                                    a href=(Route::Licence(id).path()) { (id) }
                                }
                            }
                            td { (row.detail) }
                            td {
                                @if row.before.is_some() || row.after.is_some() {
                                    details {
                                        summary { (crate::tr!(lang, "people-audit-before")) " / " (crate::tr!(lang, "people-audit-after")) }
                                        @if let Some(before) = &row.before {
                                            p { strong { (crate::tr!(lang, "people-audit-before")) } } pre { code { (before) } }
                                        }
                                        @if let Some(after) = &row.after {
                                            p { strong { (crate::tr!(lang, "people-audit-after")) } } pre { code { (after) } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        (pager(lang, view.page, view.pages, view.total, &page_link))
    }
}

/// An audit entry's action in words, its code beside them for filtering and searching; a code
/// without words (written by another release) as it is.
fn action_cell(lang: Language, code: &str) -> Markup {
    let words = crate::i18n::audit::action(lang, code);
    html! {
        @if words == code {
            code { (code) }
        } @else {
            (words) br; code.hint { (code) }
        }
    }
}

pub fn pager(
    lang: Language,
    page: i64,
    pages: i64,
    total: i64,
    link: &dyn Fn(i64) -> String,
) -> Markup {
    let status = crate::tr!(
        lang,
        "people-page-status",
        page = page,
        pages = pages,
        total = total
    );
    html! {
        nav.pager aria-label=(status) {
            @if page > 1 { a href=(link(page - 1)) rel="prev" { (crate::tr!(lang, "people-page-previous")) } }
            span { (status) }
            @if page < pages { a href=(link(page + 1)) rel="next" { (crate::tr!(lang, "people-page-next")) } }
        }
    }
}
