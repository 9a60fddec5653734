//! The outbox as administrators see it: every mail with its state, attempts and last error; one
//! mail in full; downloads as `.eml`.

use maud::{Markup, html};

use super::admin::{AdminPage, pager, subnav};
use super::format::when;
use crate::domain::{MailState, OutboxMail};
use crate::i18n::{Catalogue, fill};
use crate::paths::PeopleRoute;
use crate::views::components::csrf_field;

pub struct ListView<'a> {
    pub mails: &'a [OutboxMail],
    /// The SMTP server mail goes through (without credentials), if any.
    pub smtp: Option<&'a str>,
    pub state: Option<MailState>,
    pub page: i64,
    pub pages: i64,
    pub total: i64,
    pub csrf: &'a str,
}

fn state_badge(cat: &Catalogue, state: MailState) -> Markup {
    let class = match state {
        MailState::Queued => "badge expiring",
        MailState::Sent => "badge active",
        MailState::Failed => "badge expired",
    };
    html! { span class=(class) { (cat.people.mail_state(state)) } }
}

pub fn list(cat: &Catalogue, view: &ListView<'_>) -> Markup {
    let p = cat.people;
    let page_link = |page: i64| {
        PeopleRoute::AdminOutbox {
            state: view.state,
            page,
        }
        .path()
    };
    html! {
        h1 { (p.outbox_title) }
        (subnav(cat, AdminPage::Outbox))
        p.notice {
            @match view.smtp {
                Some(server) => (fill(p.outbox_smtp, &[("server", &server)])),
                None => (p.outbox_no_smtp),
            }
        }
        form.filters method="get" action=(PeopleRoute::OUTBOX.path()) {
            div {
                label for="field-state" { (p.outbox_state) }
                select #field-state name="state" {
                    option value="" { (p.outbox_all) }
                    @for state in [MailState::Queued, MailState::Sent, MailState::Failed] {
                        option value=(state.as_str()) selected[view.state == Some(state)] { (p.mail_state(state)) }
                    }
                }
            }
            div { button type="submit" { (cat.people.audit_filter) } }
        }
        @if view.mails.is_empty() {
            div.empty { p { (p.outbox_empty) } }
        } @else {
            table {
                thead {
                    tr {
                        th { (p.col_created) } th { (p.col_to) } th { (p.col_subject) } th.optional { (p.col_kind) }
                        th { (p.col_state) } th.optional { (p.col_attempts) } th { (p.col_last_error) } th { (p.col_actions) }
                    }
                }
                tbody {
                    @for mail in view.mails {
                        tr {
                            td { (when(mail.created_at)) }
                            td { (mail.to_address) }
                            td { a href=(PeopleRoute::AdminMail(mail.id).path()) { (mail.subject) } }
                            td.optional { code { (mail.kind) } }
                            td { (state_badge(cat, mail.state)) }
                            td.optional { (mail.attempts) }
                            td { (mail.last_error.as_deref().unwrap_or("")) }
                            td.actions {
                                a href=(PeopleRoute::AdminMailEml(mail.id).path()) download { (p.mail_download) }
                                @if mail.state == MailState::Failed {
                                    " "
                                    form.inline method="post" action=(PeopleRoute::AdminMailRetry(mail.id).path()) {
                                        (csrf_field(view.csrf))
                                        button.link type="submit" { (p.mail_send_again) }
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

pub fn show(cat: &Catalogue, mail: &OutboxMail, csrf: &str) -> Markup {
    let p = cat.people;
    html! {
        h1 { (fill(p.mail_title, &[("id", &mail.id)])) }
        (subnav(cat, AdminPage::Outbox))
        dl.facts {
            dt { (p.col_created) } dd { (when(mail.created_at)) }
            dt { (p.col_to) } dd { (mail.to_address) }
            dt { (p.col_subject) } dd { (mail.subject) }
            dt { (p.col_kind) } dd { code { (mail.kind) } }
            dt { (p.col_state) } dd { (state_badge(cat, mail.state)) }
            dt { (p.col_attempts) } dd { (mail.attempts) }
            @if let Some(error) = &mail.last_error {
                dt { (p.col_last_error) } dd { (error) }
            }
        }
        pre.mail-body { (mail.body) }
        p.actions {
            a.button href=(PeopleRoute::AdminMailEml(mail.id).path()) download { (p.mail_download) }
            @if mail.state == MailState::Failed {
                " "
                form.inline method="post" action=(PeopleRoute::AdminMailRetry(mail.id).path()) {
                    (csrf_field(csrf))
                    button type="submit" { (p.mail_send_again) }
                }
            }
        }
    }
}
