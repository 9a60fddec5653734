//! The webhooks' administration: the list with the creation form and the latest deliveries,
//! one webhook's page with its signing secret, and the confirmation of a deletion.

use maud::{Markup, html};

use super::people::admin::{AdminPage, subnav};
use super::people::format::when;
use crate::app::webhooks::{Refusals, WebhookRequest};
use crate::domain::MailState;
use crate::domain::organisation::Organisation;
use crate::domain::webhooks::{Delivery, UrlError, Webhook, WebhookEvent, WebhookFormat};
use crate::i18n::Language;
use crate::paths::WebhookRoute;
use crate::views::components::{Field, csrf_field};

pub fn event_label(lang: Language, event: WebhookEvent) -> String {
    match event {
        WebhookEvent::SupportExpiring => crate::tr!(lang, "hook-event-support-expiring"),
        WebhookEvent::LicenceExpired => crate::tr!(lang, "hook-event-licence-expired"),
        WebhookEvent::EvaluationEnding => crate::tr!(lang, "hook-event-evaluation-ending"),
        WebhookEvent::PrimaryChanged => crate::tr!(lang, "hook-event-primary-changed"),
        WebhookEvent::ImportApplied => crate::tr!(lang, "hook-event-import-applied"),
        WebhookEvent::DiagnosisFindings => crate::tr!(lang, "hook-event-diagnosis-findings"),
        WebhookEvent::Test => crate::tr!(lang, "hook-event-test"),
    }
}

fn format_label(lang: Language, format: WebhookFormat) -> String {
    match format {
        WebhookFormat::Json => crate::tr!(lang, "hook-format-json"),
        WebhookFormat::Slack => crate::tr!(lang, "hook-format-slack"),
        WebhookFormat::Teams => crate::tr!(lang, "hook-format-teams"),
    }
}

fn url_error(lang: Language, error: UrlError) -> String {
    match error {
        UrlError::Empty => crate::tr!(lang, "hook-error-url-empty"),
        UrlError::TooLong => crate::tr!(lang, "hook-error-url-too-long"),
        UrlError::Scheme => crate::tr!(lang, "hook-error-url-scheme"),
        UrlError::NoHost => crate::tr!(lang, "hook-error-url-no-host"),
        UrlError::Credentials => crate::tr!(lang, "hook-error-url-credentials"),
        UrlError::Characters => crate::tr!(lang, "hook-error-url-characters"),
    }
}

/// Whom a webhook is for: the portal, or an organisation by name.
fn scope(lang: Language, hook: &Webhook, organisations: &[Organisation]) -> String {
    match hook.organisation_id {
        None => crate::tr!(lang, "hook-scope-portal"),
        Some(id) => organisations
            .iter()
            .find(|o| o.id == id)
            .map_or_else(|| id.to_string(), |o| o.name.clone()),
    }
}

fn events_line(lang: Language, events: &[WebhookEvent]) -> String {
    let labels: Vec<String> = events.iter().map(|e| event_label(lang, *e)).collect();
    labels.join(", ")
}

fn enabled_badge(lang: Language, enabled: bool) -> Markup {
    if enabled {
        html! { span class="badge active" { (crate::tr!(lang, "hook-enabled")) } }
    } else {
        html! { span class="badge expired" { (crate::tr!(lang, "hook-paused")) } }
    }
}

fn state_badge(lang: Language, state: MailState) -> Markup {
    let class = match state {
        MailState::Queued => "badge expiring",
        MailState::Sent => "badge active",
        MailState::Failed => "badge expired",
    };
    html! { span class=(class) { (crate::i18n::people::mail_state(lang, state)) } }
}

pub struct ListView<'a> {
    pub hooks: &'a [Webhook],
    pub organisations: &'a [Organisation],
    pub deliveries: &'a [Delivery],
    /// What the creation form shows: the values typed, and what was wrong with them.
    pub request: &'a WebhookRequest,
    pub refusals: &'a Refusals,
    pub csrf: &'a str,
}

pub fn list(lang: Language, view: &ListView<'_>) -> Markup {
    html! {
        h1 { (crate::tr!(lang, "hook-title")) }
        (subnav(lang, AdminPage::Webhooks))
        p { (crate::tr!(lang, "hook-intro")) }
        @if view.hooks.is_empty() {
            div.empty { p { (crate::tr!(lang, "hook-empty")) } }
        } @else {
            table {
                thead { tr {
                    th { (crate::tr!(lang, "hook-col-url")) }
                    th { (crate::tr!(lang, "hook-col-format")) }
                    th { (crate::tr!(lang, "hook-col-scope")) }
                    th { (crate::tr!(lang, "hook-col-events")) }
                    th { (crate::tr!(lang, "hook-col-state")) }
                } }
                tbody {
                    @for hook in view.hooks {
                        tr {
                            td { a href=(WebhookRoute::Page(hook.id).path()) { (hook.url) } }
                            td { (format_label(lang, hook.format)) }
                            td { (scope(lang, hook, view.organisations)) }
                            td { (events_line(lang, &hook.events)) }
                            td { (enabled_badge(lang, hook.enabled)) }
                        }
                    }
                }
            }
        }
        (form(lang, view))
        (deliveries(lang, view.deliveries, view.csrf))
    }
}

fn form(lang: Language, view: &ListView<'_>) -> Markup {
    let request = view.request;
    let refusals = view.refusals;
    let url_error = refusals.url.map(|e| url_error(lang, e));
    html! {
        section aria-labelledby="new-webhook" {
            h2 #new-webhook { (crate::tr!(lang, "hook-new-heading")) }
            @if refusals.any() {
                p.notice.error role="alert" { (crate::tr!(lang, "hook-form-invalid")) }
            }
            form method="post" action=(WebhookRoute::List.path()) {
                (csrf_field(view.csrf))
                (Field {
                    value: &request.url,
                    error: url_error.as_deref(),
                    ..Field::new("url", &crate::tr!(lang, "hook-field-url"), "url")
                })
                div {
                    label for="field-format" { (crate::tr!(lang, "hook-field-format")) }
                    select #field-format name="format" aria-invalid=[refusals.format.then_some("true")] {
                        @for format in WebhookFormat::ALL {
                            option value=(format.as_str()) selected[request.format == format.as_str()] { (format_label(lang, format)) }
                        }
                    }
                    @if refusals.format {
                        p.field-error { (crate::tr!(lang, "hook-error-format")) }
                    }
                }
                div {
                    label for="field-organisation" { (crate::tr!(lang, "hook-field-scope")) }
                    select #field-organisation name="organisation" aria-invalid=[refusals.organisation.then_some("true")] {
                        option value="" { (crate::tr!(lang, "hook-scope-portal")) }
                        @for organisation in view.organisations {
                            option value=(organisation.id.to_string()) selected[request.organisation == organisation.id.to_string()] { (organisation.name) }
                        }
                    }
                    @if refusals.organisation {
                        p.field-error { (crate::tr!(lang, "hook-error-organisation")) }
                    }
                }
                fieldset aria-invalid=[refusals.events.then_some("true")] {
                    legend { (crate::tr!(lang, "hook-field-events")) }
                    @for event in WebhookEvent::ALL {
                        label.check {
                            input type="checkbox" name="events" value=(event.as_str())
                                checked[request.events.iter().any(|e| e == event.as_str())];
                            " " (event_label(lang, event))
                        }
                    }
                    @if refusals.events {
                        p.field-error { (crate::tr!(lang, "hook-error-events")) }
                    }
                }
                div { button type="submit" { (crate::tr!(lang, "hook-create")) } }
            }
        }
    }
}

fn deliveries(lang: Language, deliveries: &[Delivery], csrf: &str) -> Markup {
    html! {
        section aria-labelledby="deliveries" {
            h2 #deliveries { (crate::tr!(lang, "hook-deliveries-heading")) }
            p.hint { (crate::tr!(lang, "hook-air-gapped")) }
            @if deliveries.is_empty() {
                div.empty { p { (crate::tr!(lang, "hook-deliveries-empty")) } }
            } @else {
                table {
                    thead { tr {
                        th { (crate::tr!(lang, "hook-col-created")) }
                        th { (crate::tr!(lang, "hook-col-url")) }
                        th { (crate::tr!(lang, "hook-col-event")) }
                        th { (crate::tr!(lang, "hook-col-state")) }
                        th { (crate::tr!(lang, "hook-col-attempts")) }
                        th { (crate::tr!(lang, "hook-col-last-error")) }
                        th { (crate::tr!(lang, "hook-col-actions")) }
                    } }
                    tbody {
                        @for delivery in deliveries {
                            tr {
                                td { (when(lang, delivery.created_at)) }
                                td { (delivery.url) }
                                td title=(delivery.event) {
                                    @match WebhookEvent::of_delivery(&delivery.event) {
                                        Some(event) => (event_label(lang, event)),
                                        None => (delivery.event),
                                    }
                                }
                                td { (state_badge(lang, delivery.state)) }
                                td { (delivery.attempts) }
                                td { (delivery.last_error.as_deref().unwrap_or("")) }
                                td.actions {
                                    @if delivery.state == MailState::Failed && delivery.webhook_id.is_some() {
                                        form.inline method="post" action=(WebhookRoute::RetryDelivery(delivery.id).path()) {
                                            (csrf_field(csrf))
                                            button.link type="submit" { (crate::tr!(lang, "hook-retry")) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// One webhook: what it is for, its secret for the receiver, its test and its deletion.
pub fn page(lang: Language, hook: &Webhook, organisations: &[Organisation], csrf: &str) -> Markup {
    html! {
        h1 { (crate::tr!(lang, "hook-page-title", id = hook.id.to_string())) }
        (subnav(lang, AdminPage::Webhooks))
        dl.facts {
            dt { (crate::tr!(lang, "hook-col-url")) } dd { (hook.url) }
            dt { (crate::tr!(lang, "hook-col-format")) } dd { (format_label(lang, hook.format)) }
            dt { (crate::tr!(lang, "hook-col-scope")) } dd { (scope(lang, hook, organisations)) }
            dt { (crate::tr!(lang, "hook-col-events")) } dd { (events_line(lang, &hook.events)) }
            dt { (crate::tr!(lang, "hook-col-state")) } dd { (enabled_badge(lang, hook.enabled)) }
            dt { (crate::tr!(lang, "hook-language")) } dd { (hook.language.endonym()) }
            dt { (crate::tr!(lang, "hook-created")) } dd { (when(lang, hook.created_at)) }
            dt { (crate::tr!(lang, "hook-secret")) } dd { code #webhook-secret { (hook.secret) } }
        }
        p.hint { (crate::tr!(lang, "hook-secret-hint")) }
        p.actions {
            form.inline method="post" action=(WebhookRoute::Test(hook.id).path()) {
                (csrf_field(csrf))
                button type="submit" { (crate::tr!(lang, "hook-send-test")) }
            }
            " "
            form.inline method="post" action=(WebhookRoute::Enabled(hook.id).path()) {
                (csrf_field(csrf))
                @if hook.enabled {
                    input type="hidden" name="on" value="0";
                    button type="submit" { (crate::tr!(lang, "hook-pause")) }
                } @else {
                    input type="hidden" name="on" value="1";
                    button type="submit" { (crate::tr!(lang, "hook-resume")) }
                }
            }
            " "
            a.button href=(WebhookRoute::Delete(hook.id).path()) { (crate::tr!(lang, "hook-delete")) }
        }
    }
}

pub fn confirm_delete(lang: Language, hook: &Webhook, csrf: &str) -> Markup {
    html! {
        h1 { (crate::tr!(lang, "hook-delete-title", id = hook.id.to_string())) }
        p { (crate::tr!(lang, "hook-delete-question", url = hook.url.as_str())) }
        form.confirm method="post" action=(WebhookRoute::Delete(hook.id).path()) {
            (csrf_field(csrf))
            (crate::views::components::ConfirmActions {
                confirm: &crate::tr!(lang, "hook-delete-confirm"),
                danger: true,
                cancel: &crate::tr!(lang, "hook-cancel"),
                cancel_href: &WebhookRoute::Page(hook.id).path(),
            })
        }
    }
}

/// A retry the delivery's state refuses.
pub fn refusal(lang: Language, message: &str) -> Markup {
    html! {
        h1 { (crate::tr!(lang, "hook-title")) }
        p { (message) }
        p { a href=(WebhookRoute::List.path()) { (crate::tr!(lang, "hook-back")) } }
    }
}
