//! Administration: the accounts (state, last sign-in, licences; disable, enable, re-send the
//! invitation), licences whose primary contact is disabled (seed 003), and the audit log.

use maud::{Markup, html};

use super::format::when;
use crate::domain::audit::{AuditRow, FieldChange};
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
    /// The invitation form as typed (empty on a first visit), and what is wrong with it.
    pub invite: &'a InviteForm,
    pub invite_errors: &'a InviteErrors,
}

/// The form that invites a new user, as typed.
#[derive(Debug, Clone, Default)]
pub struct InviteForm {
    pub email: String,
    pub name: String,
    /// A language code; empty for the administrator's own language.
    pub language: String,
    pub admin: bool,
}

/// What is wrong with each field of the invitation form, in the reader's language.
#[derive(Debug, Clone, Default)]
pub struct InviteErrors {
    pub email: Option<String>,
    pub name: Option<String>,
    pub language: Option<String>,
}

impl InviteErrors {
    pub fn any(&self) -> bool {
        self.email.is_some() || self.name.is_some() || self.language.is_some()
    }
}

/// The form that invites a new user: address, name, language of the invitation, administrator
/// or not.
fn invite_form(lang: Language, view: &HomeView<'_>) -> Markup {
    let form = view.invite;
    let errors = view.invite_errors;
    let chosen = Language::from_code(&form.language).unwrap_or(lang);
    html! {
        section.invite-user aria-labelledby="invite-user" {
            h2 #invite-user { (crate::tr!(lang, "admin-invite-heading")) }
            p.hint { (crate::tr!(lang, "admin-invite-hint")) }
            form.invite-user method="post" action=(PeopleRoute::AdminNewUser.path()) {
                (csrf_field(view.csrf))
                (Field { value: &form.email, error: errors.email.as_deref(), autocomplete: "off",
                         ..Field::new("email", &crate::tr!(lang, "admin-invite-email"), "email") })
                (Field { value: &form.name, error: errors.name.as_deref(), required: false,
                         ..Field::new("name", &crate::tr!(lang, "admin-invite-name"), "text") })
                div {
                    label for="field-language" { (crate::tr!(lang, "admin-invite-language")) }
                    select #field-language name="language"
                        aria-invalid=[errors.language.as_ref().map(|_| "true")]
                        aria-describedby=[errors.language.as_ref().map(|_| "field-language-error")] {
                        @for language in Language::ALL {
                            option value=(language.code()) lang=(language.code()) selected[language == chosen] {
                                (language.endonym())
                            }
                        }
                    }
                    @if let Some(error) = &errors.language {
                        p.field-error #field-language-error { (error) }
                    }
                }
                div.check {
                    label.inline {
                        input type="checkbox" name="admin" value="1" checked[form.admin];
                        (crate::tr!(lang, "admin-invite-admin"))
                    }
                }
                div { button.primary type="submit" { (crate::tr!(lang, "admin-invite-button")) } }
            }
        }
    }
}

pub fn home(lang: Language, view: &HomeView<'_>) -> Markup {
    html! {
        h1 { (crate::tr!(lang, "people-admin-title")) }
        (subnav(lang, AdminPage::Accounts))
        @if !view.orphans.is_empty() {
            section.notice.warn aria-labelledby="orphans" {
                h2 #orphans { (crate::tr!(lang, "people-orphans-heading")) }
                p { (crate::tr!(lang, "people-orphans-hint")) }
                div.table-scroll { table {
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
                } }
            }
        }
        (invite_form(lang, view))
        h2 { (crate::tr!(lang, "people-admin-accounts")) }
        div.table-scroll { table.admin-accounts {
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
                            @if account.state == AccountState::Active {
                                " "
                                form.inline method="post" action=(PeopleRoute::AdminResetLink(account.id).path()) {
                                    (csrf_field(view.csrf))
                                    button.link type="submit" { (crate::tr!(lang, "admin-reset-link-button")) }
                                }
                            }
                            " "
                            a href=(PeopleRoute::AdminRole(account.id).path()) {
                                @if account.is_admin {
                                    (crate::tr!(lang, "admin-role-remove-link"))
                                } @else {
                                    (crate::tr!(lang, "admin-role-make-link"))
                                }
                            }
                        }
                    }
                }
            }
        } }
    }
}

pub struct RoleView<'a> {
    pub account_id: AccountId,
    pub email: &'a str,
    /// Whether the account becomes an administrator (or stops being one).
    pub make: bool,
    /// Whether the account is the administrator who reads the page.
    pub yourself: bool,
    pub csrf: &'a str,
}

/// The confirmation before making an account an administrator, or an administrator no longer.
pub fn confirm_role(lang: Language, view: &RoleView<'_>) -> Markup {
    let email = view.email;
    html! {
        h1 { (role_title(lang, email, view.make)) }
        @if view.make {
            p { (crate::tr!(lang, "admin-role-make-body", email = email)) }
        } @else {
            p { (crate::tr!(lang, "admin-role-remove-body", email = email)) }
            @if view.yourself {
                p.notice.warn { (crate::tr!(lang, "admin-role-remove-yourself")) }
            }
        }
        form.confirm method="post" action=(PeopleRoute::AdminRole(view.account_id).path()) {
            (csrf_field(view.csrf))
            input type="hidden" name="admin" value=(if view.make { "1" } else { "0" });
            @if view.make {
                button.primary type="submit" { (crate::tr!(lang, "admin-role-make-button")) }
            } @else {
                button.danger type="submit" { (crate::tr!(lang, "admin-role-remove-button")) }
            }
            a.button href=(Route::Admin.path()) { (crate::tr!(lang, "people-cancel")) }
        }
    }
}

/// The title of the administrator confirmation (and of its refusals).
pub fn role_title(lang: Language, email: &str, make: bool) -> String {
    if make {
        crate::tr!(lang, "admin-role-make-title", email = email)
    } else {
        crate::tr!(lang, "admin-role-remove-title", email = email)
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
    /// The filters were refused: nothing was searched, so no entries and no pager are shown.
    pub refused: bool,
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
            // Text fields, not date pickers: a browser empties a date field it cannot read, and
            // the person would not see what they typed next to the error.
            (Field { value: &form.from, error: view.errors.from.as_deref(), required: false,
                     hint: Some(DATE_HINT),
                     ..Field::new("from", &crate::tr!(lang, "people-audit-from"), "text") })
            (Field { value: &form.to, error: view.errors.to.as_deref(), required: false,
                     hint: Some(DATE_HINT),
                     ..Field::new("to", &crate::tr!(lang, "people-audit-to"), "text") })
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
        @if view.refused {
            p.notice.error role="alert" { (crate::tr!(lang, "admin-audit-refused")) }
        } @else if view.rows.is_empty() {
            div.empty { p { (crate::tr!(lang, "people-audit-empty")) } }
        } @else {
            div.table-scroll { table.audit {
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
                            td.change { (changes(lang, &row.changes())) }
                        }
                    }
                }
            } }
        }
        @if !view.refused {
            (pager(lang, view.page, view.pages, view.total, &page_link))
        }
    }
}

/// The date format the audit filters read, shown under their fields (the same in every
/// language: it is what is typed).
const DATE_HINT: &str = "YYYY-MM-DD";

/// An entry's before and after as a list of changed fields: `field: old → new`, or the field
/// added or removed with its value.
fn changes(lang: Language, changes: &[FieldChange]) -> Markup {
    let name = |field: &str| -> Markup {
        html! { @if !field.is_empty() { span.field { (field) ":" } " " } }
    };
    let value = |text: &str| -> Markup {
        html! {
            @if text.is_empty() { span.muted { "—" } } @else { span.value { (text) } }
        }
    };
    html! {
        @if !changes.is_empty() {
            ul.changes {
                @for change in changes {
                    @match change {
                        FieldChange::Changed { field, old, new } => {
                            li { (name(field)) del { (value(old)) } " → " ins { (value(new)) } }
                        }
                        FieldChange::Added { field, value: text } => {
                            li {
                                (name(field)) ins { (value(text)) } " "
                                span.badge.active { (crate::tr!(lang, "admin-audit-added")) }
                            }
                        }
                        FieldChange::Removed { field, value: text } => {
                            li {
                                (name(field)) del { (value(text)) } " "
                                span.badge.expired { (crate::tr!(lang, "admin-audit-removed")) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// An audit entry's action in words, its code beside them for filtering and searching; a code
/// without words (written by another release) as it is.
fn action_cell(lang: Language, code: &str) -> Markup {
    let words = crate::i18n::audit::action(lang, code);
    html! {
        @if words == code {
            code.action-code { (code) }
        } @else {
            (words) br; code.hint.action-code { (code) }
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
