//! A licence's own page (/licences/{id}): its details with the organisation, Server ID and notes
//! editable, the key behind the Server ID gate, the decoded key's facts, contacts, actions,
//! and the Server ID and key histories.

use maud::{Markup, html};

use super::dates::{date_with_hint, support_badge};
use super::fields::{FormState, post_form, prose_textarea, text};
use super::{Today, marks, tier};
use crate::atlassian::key::KeyDate;
use crate::domain::licence_history::ServerIdChange;
use crate::domain::orders::Order;
use crate::domain::terms::{EvaluationProgress, evaluation_progress};
use crate::domain::{Licence, Section};
use crate::i18n::Language;
use crate::inventory::pasted_key::KeyFacts;
use crate::paths::Route;

/// How much of the key the viewer sees.
pub enum KeyView<'a> {
    /// The licence has no key yet.
    None,
    /// The Server ID gate has not been passed: only the key's first characters.
    Hidden {
        start: &'a str,
    },
    Shown(&'a str),
    /// A consultant whose access does not include keys: nothing of the key.
    Withheld,
}

/// A consultant's read-only access, as the note on the page tells it.
pub struct ReadOnly {
    /// The last day of the access.
    pub until: Option<jiff::civil::Date>,
    /// Who granted it, as the audit log names actors.
    pub granted_by: String,
}

/// One replaced key beside the key that replaced it.
pub struct KeyComparison {
    pub replaced_at: i64,
    pub replaced_by: String,
    pub reason: String,
    pub old: Option<KeyFacts>,
    pub new: Option<KeyFacts>,
    /// "Restore this key", for an administrator or a primary contact.
    pub restore: Option<String>,
}

pub struct DetailsView<'a> {
    pub licence: &'a Licence,
    pub today: &'a Today,
    pub key: KeyView<'a>,
    pub key_facts: Option<&'a KeyFacts>,
    /// "Belongs to" and its organisation, with an administrator's form that moves the licence
    /// (`views::organisations::belongs_to`).
    pub belongs_to: Markup,
    /// The contacts section (contacts and mail render it; it has its own forms).
    pub contacts: Markup,
    /// Where the licence is installed, as diagnoses recorded it.
    pub installed_at: Markup,
    /// The cut-offs that apply and the upgrade-eligibility form (`views::licences::lifecycle`).
    pub lifecycle: Markup,
    /// App licences: the host of an app licence, or the apps on a host (`views::licences::apps`).
    pub apps: Markup,
    pub server_id_history: &'a [ServerIdChange],
    pub key_history: &'a [KeyComparison],
    pub orders: &'a [Order],
    /// For a developer licence: its production licence, when the viewer may see it.
    pub production: Option<&'a Licence>,
    pub developer_count: usize,
    pub can_download: bool,
    /// An administrator: "Delete licence" is offered.
    pub can_delete: bool,
    pub csrf: &'a str,
    /// The organisation and Server ID forms after a refused edit.
    pub form: &'a FormState,
    /// A consultant reads the page: no forms, no actions but the download, and a note that
    /// says until when.
    pub read_only: Option<&'a ReadOnly>,
}

/// The longest span an evaluation's day count is told for: beyond it (dates entered by hand
/// a century off) the count would be arithmetic, not news.
const PLAUSIBLE_EVALUATION_DAYS: i32 = 366;

/// "Day 12 of 30 · 19 days left"; "Expired 3 days ago" once over. Dates that make no sense for
/// an evaluation (ending before they start, or years away) give a sentence saying so instead of
/// "Day 1 of -31330".
pub fn progress_text(lang: Language, progress: &EvaluationProgress) -> String {
    let plausible = (1..=PLAUSIBLE_EVALUATION_DAYS).contains(&progress.length)
        && progress.day.abs() <= PLAUSIBLE_EVALUATION_DAYS * 10
        && progress.left.abs() <= PLAUSIBLE_EVALUATION_DAYS * 10;
    if !plausible {
        return crate::tr!(lang, "details-evaluation-dates-unusual");
    }
    let day = crate::tr!(
        lang,
        "portal-evaluation-day-of",
        day = progress.day.max(1),
        length = progress.length
    );
    let left = match progress.left {
        n if n < 0 => crate::tr!(lang, "portal-evaluation-over", n = (-n)),
        n => crate::tr!(lang, "portal-evaluation-days-left", n = n),
    };
    crate::tr!(lang, "portal-evaluation-progress", day = day, left = left)
}

/// The actions of a licence as links, in My Atlassian's order. Restore is a form of its own.
pub fn action_links(lang: Language, licence: &Licence, can_download: bool) -> Vec<Markup> {
    let id = licence.id;
    let developer = licence.is_developer();
    let mut links = Vec::new();
    if licence.is_evaluation {
        links.push(html! { a href=(Route::LicenceExtend(id).path()) { (crate::tr!(lang, "portal-extend-evaluation")) } });
    } else if !developer {
        links.push(html! { a href=(Route::LicenceRenew(id).path()) { (crate::tr!(lang, "portal-renew")) } });
        // Unlimited users is the highest tier: no upgrade to offer.
        if licence.user_tier.is_some() {
            links.push(html! { a href=(Route::LicenceUpgrade(id).path()) { (crate::tr!(lang, "portal-upgrade")) } });
        }
    }
    if licence.licence_key.is_none() {
        links.push(html! { a href=(Route::LicenceAttachKey(id).path()) { (crate::tr!(lang, "portal-attach-key")) } });
    } else if can_download {
        links.push(html! {
            a href=(Route::LicenceDownload(id).path()) download { (crate::tr!(lang, "portal-download-licence")) }
        });
    }
    if !developer && !licence.is_evaluation {
        links.push(html! {
            a href=(Route::LicenceDeveloper(id).path()) { (crate::tr!(lang, "portal-view-developer-licence")) }
        });
    }
    if !licence.archived {
        links.push(html! { a href=(Route::LicenceArchive(id).path()) { (crate::tr!(lang, "portal-archive")) } });
    }
    links
}

/// Links separated by middle dots.
pub fn joined(links: &[Markup]) -> Markup {
    html! {
        @for (index, link) in links.iter().enumerate() {
            @if index > 0 { " · " }
            (link)
        }
    }
}

pub fn details(lang: Language, view: &DetailsView<'_>) -> Markup {
    let licence = view.licence;
    let today = view.today.date;
    let id = licence.id;
    html! {
        p.breadcrumb {
            @if licence.is_evaluation {
                a href=(Route::section(Section::Evaluations).path()) { (crate::tr!(lang, "portal-back-to-evaluations")) }
            } @else if licence.archived {
                a href=(Route::section(Section::Archived).path()) { (crate::tr!(lang, "portal-back-to-archived")) }
            } @else {
                a href=(Route::licences().path()) { (crate::tr!(lang, "portal-back-to-list")) }
            }
        }
        h1 { (licence.name) }
        p.lead { (licence.product) (marks(lang, licence)) " " (support_badge(lang, licence.shown_state(today))) }
        @if let Some(production) = view.production {
            p.notice {
                (crate::tr!(lang, "portal-developer-of")) " "
                a href=(Route::Licence(production.id).path()) {
                    @if let Some(sen) = &production.sen {
                        (crate::tr!(lang, "portal-name-with-detail", name = production.name.as_str(), detail = sen.as_str()))
                    } @else {
                        (production.name)
                    }
                }
            }
        }
        @if licence.key_genuine == Some(false) {
            p.notice.error { (crate::tr!(lang, "portal-not-genuine-notice")) }
        }
        @if let Some(users) = key_behind_tier(licence, view.key_facts) {
            p.notice.warn.key-behind {
                (crate::tr!(lang, "details-key-on-record", users = crate::i18n::key::users(lang, users), tier = tier(lang, licence)))
                @if view.read_only.is_none() {
                    " " a href=(Route::LicenceReplaceKey(id).path()) { (crate::tr!(lang, "details-add-upgraded-key")) }
                }
            }
        }
        @if let Some(read_only) = view.read_only {
            p.notice.read-only {
                (crate::tr!(lang, "org-access-read-only-note",
                    date = read_only.until.map(|d| crate::i18n::format::date(lang, d)).unwrap_or_default(),
                    actor = crate::views::licences::recorded_actor(lang, &read_only.granted_by)))
            }
        }
        dl.facts.details {
            (view.belongs_to)
            // What the key says, which is no move between organisations.
            dt { (crate::tr!(lang, "org-on-the-key")) }
            dd { (editable(lang, view, "organisation", &licence.organisation,
                           &Route::LicenceOrganisation(id).path(), &crate::tr!(lang, "org-on-the-key"), None)) }
            dt { (crate::tr!(lang, "portal-sen")) } dd { (or_dash(licence.sen.as_deref())) }
            dt #key { (crate::tr!(lang, "portal-licence-key")) }
            dd { (key_markup(lang, view)) }
            dt { (crate::tr!(lang, "portal-server-id")) }
            dd { (editable(lang, view, "server_id", licence.server_id.as_deref().unwrap_or(""),
                           &Route::LicenceServerId(id).path(), &crate::tr!(lang, "portal-server-id"),
                           Some(&crate::tr!(lang, "portal-server-id-hint")))) }
            dt { (crate::tr!(lang, "portal-licensed-to")) } dd { (or_dash(Some(&licence.licensed_to))) }
            dt { (crate::tr!(lang, "portal-licence-type")) } dd { (crate::views::licences::licence_type_name(lang, &licence.licence_type)) }
            dt { (crate::tr!(lang, "portal-deployment")) }
            dd { @if licence.deployment == crate::domain::Deployment::DataCenter { (crate::tr!(lang, "portal-data-center")) } @else { (crate::tr!(lang, "portal-server")) } }
            dt { (crate::tr!(lang, "portal-user-tier")) } dd { (tier(lang, licence)) }
            @if !licence.is_evaluation && view.read_only.is_some() {
                dt { (crate::tr!(lang, "portal-auto-renew")) }
                dd { @if licence.auto_renew { (crate::tr!(lang, "portal-on")) } @else { (crate::tr!(lang, "portal-off")) } }
            } @else if !licence.is_evaluation {
                dt { (crate::tr!(lang, "portal-auto-renew")) }
                dd {
                    (post_form(&Route::LicenceAutoRenew(id).path(), view.csrf, "inline", html! {
                        @if licence.auto_renew {
                            (crate::tr!(lang, "portal-on")) " "
                            input type="hidden" name="auto_renew" value="off";
                            button.link type="submit" { (crate::tr!(lang, "portal-turn-auto-renew-off")) }
                        } @else {
                            (crate::tr!(lang, "portal-off")) " "
                            input type="hidden" name="auto_renew" value="on";
                            button.link type="submit" { (crate::tr!(lang, "portal-turn-auto-renew-on")) }
                        }
                    }))
                }
            }
            dt { (crate::tr!(lang, "portal-support-level")) } dd { (or_dash(Some(&licence.support_level))) }
            dt { @if licence.is_evaluation { (crate::tr!(lang, "portal-evaluation-started")) } @else { (crate::tr!(lang, "portal-purchase-date")) } }
            dd { (date_with_hint(lang, licence.purchase_date, today, false)) }
            dt { (crate::tr!(lang, "portal-support-expires")) } dd { (super::kinds::expiry_cell(lang, licence, licence.support_expiry, today)) }
            @if licence.licence_expiry.is_some() {
                dt { (crate::tr!(lang, "portal-licence-expires")) } dd { (date_with_hint(lang, licence.licence_expiry, today, true)) }
            }
            @if licence.is_evaluation {
                @if let (Some(start), Some(expiry)) = (licence.purchase_date, licence.licence_expiry) {
                    dt { (crate::tr!(lang, "portal-evaluation")) }
                    dd { (progress_text(lang, &evaluation_progress(start, expiry, today))) }
                }
            }
            @if let Some(reason) = &licence.reason_for_purchase {
                dt { (crate::tr!(lang, "portal-reason-for-purchase")) } dd.prose { (or_dash(Some(reason))) }
            }
            @if view.developer_count > 0 {
                dt { (crate::tr!(lang, "portal-developer-licences")) }
                dd { a href=(Route::LicenceDeveloper(id).path()) {
                    (crate::tr!(lang, "portal-developer-count", n = view.developer_count)) } }
            }
        }
        (super::kinds::dates_explained(lang, licence, view.key_facts, view.production))
        @if view.read_only.is_some() {
            @if view.can_download && licence.licence_key.is_some() {
                p.actions {
                    a href=(Route::LicenceDownload(id).path()) download { (crate::tr!(lang, "portal-download-licence")) }
                }
            }
        } @else {
        p.actions {
            strong { (crate::tr!(lang, "portal-label", label = crate::tr!(lang, "portal-actions"))) }
            (joined(&action_links(lang, licence, view.can_download)))
            @if licence.licence_key.is_some() {
                " · " a href=(Route::LicenceReplaceKey(licence.id).path()) { (crate::tr!(lang, "portal-replace-key-link")) }
            }
            @if view.can_delete {
                " · " a href=(Route::LicenceDelete(licence.id).path()) { (crate::tr!(lang, "portal-delete-link")) }
            }
        }
        @if licence.archived {
            (post_form(&Route::LicenceRestore(id).path(), view.csrf, "inline", html! {
                button.primary type="submit" { (crate::tr!(lang, "portal-restore")) }
                " " span.hint { (crate::tr!(lang, "portal-restore-hint")) }
            }))
        }
        }
        (view.lifecycle)
        (notes(lang, view))
        (view.contacts)
        @if let Some(facts) = view.key_facts {
            h2 { (crate::tr!(lang, "portal-key-facts-title")) }
            (key_facts(lang, facts))
        }
        (view.apps)
        (view.installed_at)
        h2 { (crate::tr!(lang, "portal-server-id-history-title")) }
        @if view.server_id_history.is_empty() {
            p.muted { (crate::tr!(lang, "portal-server-id-history-empty")) }
        } @else {
            table.compact {
                thead { tr {
                    th { (crate::tr!(lang, "portal-col-when")) } th { (crate::tr!(lang, "portal-col-old")) } th { (crate::tr!(lang, "portal-col-new")) }
                    th { (crate::tr!(lang, "portal-col-who")) } th { (crate::tr!(lang, "portal-col-why")) }
                } }
                tbody {
                    @for change in view.server_id_history {
                        tr {
                            td.nowrap { (view.today.stamp(lang, change.changed_at)) }
                            td { code.server-id { (change.old_value.as_deref().unwrap_or("—")) } }
                            td { code.server-id { (change.new_value.as_deref().unwrap_or("—")) } }
                            td { (crate::views::licences::recorded_actor(lang, &change.changed_by)) }
                            td { (server_id_reason(lang, &change.reason)) }
                        }
                    }
                }
            }
        }
        @if !view.key_history.is_empty() {
            h2 { (crate::tr!(lang, "portal-key-history-title")) }
            @for (index, comparison) in view.key_history.iter().enumerate().rev() {
                (key_comparison(lang, view.today, index + 1, comparison))
            }
        }
        @if !view.orders.is_empty() {
            h2 { (crate::tr!(lang, "portal-orders-of-licence")) }
            (super::orders::table(lang, view.today, view.orders, false))
        }
    }
}

/// A field shown as its value with an "(edit)" disclosure holding its form; open after a
/// refused edit, with the error and what was typed.
fn editable(
    lang: Language,
    view: &DetailsView<'_>,
    name: &'static str,
    current: &str,
    action: &str,
    label: &str,
    hint: Option<&str>,
) -> Markup {
    let failed = view.form.error_for(name).is_some();
    let state = if failed {
        view.form.clone()
    } else {
        FormState::new().keep(name, current)
    };
    html! {
        @if name == "server_id" { code.server-id { (or_dash(Some(current))) } }
        @else { (or_dash(Some(current))) }
        @if view.read_only.is_none() {
        " "
        details.edit open[failed] {
            summary { (crate::tr!(lang, "portal-edit")) span.vh { " " (label) } }
            (post_form(action, view.csrf, "stack compact", html! {
                (text(&state, name, label, hint, name == "server_id"))
                div { button.primary type="submit" { (crate::tr!(lang, "portal-save")) } }
            }))
        }
        }
    }
}

/// The licence's notes, with an "(edit)" disclosure holding their form: everyone who sees the
/// page (a contact or an administrator) may change them.
fn notes(lang: Language, view: &DetailsView<'_>) -> Markup {
    let licence = view.licence;
    let failed = view.form.error_for("notes").is_some();
    let state = if failed {
        view.form.clone()
    } else {
        FormState::new().keep("notes", &licence.notes)
    };
    html! {
        h2 #notes { (crate::tr!(lang, "portal-notes")) }
        @if licence.notes.is_empty() {
            p.muted { (crate::tr!(lang, "portal-notes-none")) }
        } @else {
            p.notes { (licence.notes) }
        }
        @if view.read_only.is_none() {
        details.edit open[failed] {
            summary { (crate::tr!(lang, "portal-edit")) span.vh { " " (crate::tr!(lang, "portal-notes")) } }
            (post_form(&Route::LicenceNotes(licence.id).path(), view.csrf, "stack compact", html! {
                (prose_textarea(&state, "notes", &crate::tr!(lang, "portal-notes"), Some(&crate::tr!(lang, "portal-notes-hint")), false))
                div { button.primary type="submit" { (crate::tr!(lang, "portal-save")) } }
            }))
        }
        }
    }
}

fn key_markup(lang: Language, view: &DetailsView<'_>) -> Markup {
    let id = view.licence.id;
    let read_only = view.read_only.is_some();
    match view.key {
        KeyView::None if read_only => html! { (crate::tr!(lang, "portal-no-key-yet")) },
        KeyView::None => html! {
            (crate::tr!(lang, "portal-no-key-yet")) " · " a href=(Route::LicenceAttachKey(id).path()) { (crate::tr!(lang, "portal-attach-key")) }
        },
        KeyView::Withheld => {
            html! { span.muted.key-withheld { (crate::tr!(lang, "org-access-key-withheld")) } }
        }
        KeyView::Hidden { start } if read_only => html! { code { (start) "…" } },
        KeyView::Hidden { start } => html! {
            code { (start) "…" } " "
            a.button href=(Route::LicenceKey(id).path()) { (crate::tr!(lang, "portal-view-licence-key")) }
            p.hint { (crate::tr!(lang, "portal-key-gate-hint")) }
        },
        KeyView::Shown(key) => html! {
            pre.key #licence-key-text { (key) }
            button type="button" hidden data-copy-target="licence-key-text"
                data-copied-label=(crate::tr!(lang, "portal-copied")) { (crate::tr!(lang, "portal-copy-key")) }
        },
    }
}

/// A value as the page shows it: "—" for nothing, so that no label stands bare.
fn or_dash(value: Option<&str>) -> &str {
    match value.map(str::trim) {
        Some(text) if !text.is_empty() => text,
        _ => "—",
    }
}

/// The key's user tier when it is not the licence's: after an upgrade recorded without its
/// key, the key on record still says the old tier.
fn key_behind_tier<'f>(
    licence: &Licence,
    facts: Option<&'f KeyFacts>,
) -> Option<&'f crate::atlassian::key::Users> {
    use crate::atlassian::key::Users;
    if licence.is_evaluation {
        return None;
    }
    let users = facts?.users.as_ref()?;
    let differs = match (users, licence.user_tier) {
        (Users::Limited(n), Some(tier)) => i64::try_from(*n).ok() != Some(tier),
        (Users::Limited(_), None) => true,
        (Users::Unlimited, Some(_)) => true,
        (Users::Unlimited, None) => false,
    };
    differs.then_some(users)
}

fn server_id_reason(lang: Language, reason: &str) -> String {
    match reason {
        "manual" => crate::tr!(lang, "portal-reason-manual"),
        "diagnosis" => crate::tr!(lang, "portal-reason-diagnosis"),
        "import" => crate::tr!(lang, "portal-reason-import"),
        "gate" => crate::tr!(lang, "portal-reason-gate"),
        "evaluation" => crate::tr!(lang, "details-reason-evaluation"),
        "by-hand" => crate::tr!(lang, "details-reason-by-hand"),
        _ => crate::tr!(lang, "portal-reason-other"),
    }
}

fn key_facts(lang: Language, facts: &KeyFacts) -> Markup {
    html! {
        dl.facts {
            dt { (crate::tr!(lang, "portal-key-products")) } dd { (facts.products.join(", ")) }
            dt { (crate::tr!(lang, "portal-licence-type")) } dd { (crate::views::licences::licence_type_name(lang, &facts.licence_type)) }
            dt { (crate::tr!(lang, "portal-user-tier")) } dd { (facts.users.as_ref().map(|u| crate::i18n::key::users(lang, u)).unwrap_or_default()) }
            dt { (crate::tr!(lang, "portal-sen")) } dd { (facts.sen.as_deref().unwrap_or("—")) }
            dt { (crate::tr!(lang, "portal-server-id")) } dd { code.server-id { (facts.server_id.as_deref().unwrap_or("—")) } }
            dt { (crate::tr!(lang, "portal-key-support-expiry")) } dd { (facts.support_expiry.as_ref().map_or_else(|| "—".to_owned(), |d| crate::i18n::key::key_date(lang, d))) }
            dt { (crate::tr!(lang, "portal-signature")) }
            dd {
                @if facts.genuine {
                    span.badge.active { (crate::tr!(lang, "portal-genuine")) } " " (crate::tr!(lang, "portal-genuine-text"))
                } @else {
                    span.badge.expired { (crate::tr!(lang, "portal-not-genuine")) } " " (crate::tr!(lang, "portal-not-genuine-text"))
                }
            }
            dt { (crate::tr!(lang, "portal-inner-hash")) }
            dd.inner-hash {
                (crate::i18n::key::inner_hash(lang, &facts.inner_hash, facts.key_version.as_deref()))
                @for refusal in &facts.hash_refusals {
                    " " (crate::i18n::key::hash_refusal(lang, &facts.inner_hash, refusal))
                }
            }
        }
    }
}

/// The facts a key comparison shows, in order, as (label, value).
fn compared_facts(lang: Language, facts: Option<&KeyFacts>) -> [(String, String); 7] {
    let text = |value: Option<&String>| value.cloned().unwrap_or_default();
    let date = |value: Option<&KeyDate>| {
        value
            .map(|d| crate::i18n::key::key_date(lang, d))
            .unwrap_or_default()
    };
    [
        (
            crate::tr!(lang, "portal-user-tier"),
            facts
                .and_then(|f| f.users.as_ref())
                .map(|u| crate::i18n::key::users(lang, u))
                .unwrap_or_default(),
        ),
        (
            crate::tr!(lang, "portal-licence-type"),
            facts.map_or_else(String::new, |f| {
                crate::views::licences::licence_type_name(lang, &f.licence_type).to_owned()
            }),
        ),
        (
            crate::tr!(lang, "portal-key-support-expiry"),
            date(facts.and_then(|f| f.support_expiry.as_ref())),
        ),
        (
            crate::tr!(lang, "portal-licence-expires"),
            date(facts.and_then(|f| f.licence_expiry.as_ref())),
        ),
        (
            crate::tr!(lang, "portal-sen"),
            text(facts.and_then(|f| f.sen.as_ref())),
        ),
        (
            crate::tr!(lang, "portal-server-id"),
            text(facts.and_then(|f| f.server_id.as_ref())),
        ),
        (
            crate::tr!(lang, "portal-signature"),
            match facts {
                Some(f) if f.genuine => crate::tr!(lang, "portal-genuine"),
                Some(_) => crate::tr!(lang, "portal-not-genuine"),
                None => String::new(),
            },
        ),
    ]
}

fn key_comparison(lang: Language, today: &Today, number: usize, c: &KeyComparison) -> Markup {
    let old = compared_facts(lang, c.old.as_ref());
    let new = compared_facts(lang, c.new.as_ref());
    let reason = match c.reason.as_str() {
        "renewal" => crate::tr!(lang, "portal-key-reason-renewal"),
        "upgrade" => crate::tr!(lang, "portal-key-reason-upgrade"),
        _ => crate::tr!(lang, "portal-key-reason-other"),
    };
    html! {
        details.comparison {
            summary {
                (crate::tr!(lang, "portal-key-replaced", n = number, when = today.stamp(lang, c.replaced_at), who = crate::views::licences::recorded_actor(lang, &c.replaced_by), why = reason.as_str()))
            }
            table.compact {
                thead { tr { th { span.vh { (crate::tr!(lang, "portal-col-fact")) } } th { (crate::tr!(lang, "portal-old-key")) } th { (crate::tr!(lang, "portal-new-key")) } } }
                tbody {
                    @for ((label, old), (_, new)) in old.iter().zip(new.iter()) {
                        tr.changed[old != new] {
                            th scope="row" { (label) }
                            td { (old) }
                            td { (new) @if old != new { " " span.badge.neutral { (crate::tr!(lang, "portal-changed")) } } }
                        }
                    }
                }
            }
            @if let Some(restore) = &c.restore {
                p { a href=(restore) { (crate::tr!(lang, "portal-restore-key-link")) } }
            }
        }
    }
}
