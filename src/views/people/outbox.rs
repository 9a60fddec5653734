//! The outbox as administrators see it: every mail with its state, attempts and last error; one
//! mail in full; downloads as `.eml`.

use maud::{Markup, html};

use super::admin::{AdminPage, pager, subnav};
use super::format::when;
use crate::domain::{MailState, OutboxMail};
use crate::i18n::Language;
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
    /// The most mails one zip download takes.
    pub zip_max: i64,
}

fn state_badge(lang: Language, state: MailState) -> Markup {
    let class = match state {
        MailState::Queued => "badge expiring",
        MailState::Sent => "badge active",
        MailState::Failed => "badge expired",
    };
    html! { span class=(class) { (crate::i18n::people::mail_state(lang, state)) } }
}

pub fn list(lang: Language, view: &ListView<'_>) -> Markup {
    let page_link = |page: i64| {
        PeopleRoute::AdminOutbox {
            state: view.state,
            page,
        }
        .path()
    };
    html! {
        h1 { (crate::tr!(lang, "people-outbox-title")) }
        (subnav(lang, AdminPage::Outbox))
        p.notice {
            @match view.smtp {
                Some(server) => (crate::tr!(lang, "people-outbox-smtp", server = server.to_string())),
                None => (crate::tr!(lang, "people-outbox-no-smtp")),
            }
        }
        form.filters.outbox method="get" action=(PeopleRoute::OUTBOX.path()) {
            div {
                label for="field-state" { (crate::tr!(lang, "people-outbox-state")) }
                select #field-state name="state" {
                    option value="" { (crate::tr!(lang, "people-outbox-all")) }
                    @for state in [MailState::Queued, MailState::Sent, MailState::Failed] {
                        option value=(state.as_str()) selected[view.state == Some(state)] { (crate::i18n::people::mail_state(lang, state)) }
                    }
                }
            }
            div { button type="submit" { (crate::tr!(lang, "people-audit-filter")) } }
        }
        @if view.mails.is_empty() {
            div.empty { p { (crate::tr!(lang, "people-outbox-empty")) } }
        } @else {
            p.download-all {
                a href=(PeopleRoute::AdminOutboxZip { state: view.state }.path()) download {
                    (crate::tr!(lang, "admin-outbox-zip", count = view.total))
                }
                " "
                span.hint { (crate::tr!(lang, "admin-outbox-zip-hint", max = view.zip_max)) }
            }
            div.table-scroll { table.outbox {
                thead {
                    tr {
                        th { (crate::tr!(lang, "people-col-created")) } th { (crate::tr!(lang, "people-col-to")) } th { (crate::tr!(lang, "people-col-subject")) } th.optional { (crate::tr!(lang, "people-col-kind")) }
                        th { (crate::tr!(lang, "people-col-state")) } th.optional { (crate::tr!(lang, "people-col-attempts")) } th { (crate::tr!(lang, "people-col-last-error")) } th { (crate::tr!(lang, "people-col-actions")) }
                    }
                }
                tbody {
                    @for mail in view.mails {
                        tr {
                            td { (when(lang, mail.created_at)) }
                            td { (mail.to_address) }
                            td { a href=(PeopleRoute::AdminMail(mail.id).path()) { (mail.subject) } }
                            td.optional title=(mail.kind) { (crate::i18n::people::mail_kind(lang, &mail.kind)) }
                            td { (state_badge(lang, mail.state)) }
                            td.optional { (mail.attempts) }
                            td { (mail.last_error.as_deref().unwrap_or("")) }
                            td.actions {
                                a href=(PeopleRoute::AdminMailEml(mail.id).path()) download { (crate::tr!(lang, "people-mail-download")) }
                                @if mail.state == MailState::Failed {
                                    " "
                                    form.inline method="post" action=(PeopleRoute::AdminMailRetry(mail.id).path()) {
                                        (csrf_field(view.csrf))
                                        button.link type="submit" { (crate::tr!(lang, "people-mail-send-again")) }
                                    }
                                }
                            }
                        }
                    }
                }
            } }
        }
        (pager(lang, view.page, view.pages, view.total, &page_link))
    }
}

pub fn show(lang: Language, mail: &OutboxMail, csrf: &str) -> Markup {
    html! {
        h1 { (crate::tr!(lang, "people-mail-title", id = mail.id.to_string())) }
        (subnav(lang, AdminPage::Outbox))
        dl.facts {
            dt { (crate::tr!(lang, "people-col-created")) } dd { (when(lang, mail.created_at)) }
            dt { (crate::tr!(lang, "people-col-to")) } dd { (mail.to_address) }
            dt { (crate::tr!(lang, "people-col-subject")) } dd { (mail.subject) }
            dt { (crate::tr!(lang, "people-col-kind")) } dd { (crate::i18n::people::mail_kind(lang, &mail.kind)) " " code.hint { (mail.kind) } }
            dt { (crate::tr!(lang, "people-col-state")) } dd { (state_badge(lang, mail.state)) }
            dt { (crate::tr!(lang, "people-col-attempts")) } dd { (mail.attempts) }
            @if let Some(error) = &mail.last_error {
                dt { (crate::tr!(lang, "people-col-last-error")) } dd { (error) }
            }
        }
        pre.mail-body { (mail.body) }
        p.actions {
            a.button href=(PeopleRoute::AdminMailEml(mail.id).path()) download { (crate::tr!(lang, "people-mail-download")) }
            @if mail.state == MailState::Failed {
                " "
                form.inline method="post" action=(PeopleRoute::AdminMailRetry(mail.id).path()) {
                    (csrf_field(csrf))
                    button type="submit" { (crate::tr!(lang, "people-mail-send-again")) }
                }
            }
        }
    }
}
