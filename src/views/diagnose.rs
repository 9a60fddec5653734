//! The Diagnose pages: the form (paste a key and a Server ID, or upload a config file or support
//! zip), the verdict with its findings and what to do, the confirmation before a Server ID on
//! record changes, and the "Installed at" list a licence page embeds.

use maud::{Markup, html};

use super::components::csrf_field;
use crate::atlassian::diagnosis::{Code, Diagnosis, InstalledKey, KeyRecords, ServerIdUpdate};
use crate::atlassian::install::{DatabaseQueries, Installation};
use crate::atlassian::key::KeyDate;
use crate::domain::{Instance, Licence};
use crate::i18n::{self, Language};
use crate::paths::Route;
use crate::tr;

/// Errors shown next to the form's fields.
#[derive(Debug, Default)]
pub struct FormErrors {
    pub key: Option<String>,
    pub server_id: Option<String>,
    pub file: Option<String>,
    /// Why the installation may not be recorded.
    pub record: Option<String>,
    pub label: Option<String>,
    pub host: Option<String>,
}

/// The form, with what the user typed.
pub struct FormView<'a> {
    pub key: &'a str,
    pub server_id: &'a str,
    /// Record the installation, under this label and host.
    pub record: bool,
    pub label: &'a str,
    pub host: &'a str,
    pub errors: &'a FormErrors,
    pub csrf: &'a str,
}

fn described(id: &str, has_error: bool) -> String {
    if has_error {
        format!("{id}-error")
    } else {
        format!("{id}-hint")
    }
}

pub fn form(lang: Language, view: &FormView<'_>) -> Markup {
    let errors = view.errors;
    html! {
        h1 { (tr!(lang, "diagnose-title")) }
        p.lead { (tr!(lang, "diagnose-intro")) }
        form.stack method="post" action=(Route::Diagnose.path()) enctype="multipart/form-data" {
            (csrf_field(view.csrf))
            div {
                label for="field-key" { (tr!(lang, "diagnose-key-label")) }
                textarea id="field-key" name="key" rows="8" spellcheck="false"
                    aria-invalid=[errors.key.as_ref().map(|_| "true")]
                    aria-describedby=(described("field-key", errors.key.is_some())) { (view.key) }
                p.hint id="field-key-hint" { (tr!(lang, "diagnose-key-hint")) }
                @if let Some(error) = &errors.key {
                    p.field-error id="field-key-error" { (error) }
                }
            }
            div {
                label for="field-server_id" { (tr!(lang, "diagnose-server-id-label")) }
                input id="field-server_id" name="server_id" type="text" value=(view.server_id)
                    autocomplete="off" spellcheck="false"
                    aria-invalid=[errors.server_id.as_ref().map(|_| "true")]
                    aria-describedby=(described("field-server_id", errors.server_id.is_some()));
                p.hint id="field-server_id-hint" { (tr!(lang, "diagnose-server-id-hint")) }
                @if let Some(error) = &errors.server_id {
                    p.field-error id="field-server_id-error" { (error) }
                }
            }
            div {
                label for="field-file" { (tr!(lang, "diagnose-file-label")) }
                input id="field-file" name="file" type="file"
                    aria-invalid=[errors.file.as_ref().map(|_| "true")]
                    aria-describedby=(described("field-file", errors.file.is_some()));
                p.hint id="field-file-hint" { (tr!(lang, "diagnose-file-hint")) }
                @if let Some(error) = &errors.file {
                    p.field-error id="field-file-error" { (error) }
                }
            }
            fieldset {
                legend { (tr!(lang, "diagnose-record-legend")) }
                div {
                    label.inline for="field-record" {
                        input id="field-record" name="record" type="checkbox" value="yes" checked[view.record]
                            aria-invalid=[errors.record.as_ref().map(|_| "true")]
                            aria-describedby=(described("field-record", errors.record.is_some()));
                        (tr!(lang, "diagnose-record-label"))
                    }
                    p.hint id="field-record-hint" { (tr!(lang, "diagnose-record-hint")) }
                    @if let Some(error) = &errors.record {
                        p.field-error id="field-record-error" { (error) }
                    }
                }
                div {
                    label for="field-label" { (tr!(lang, "diagnose-record-name-label")) }
                    input id="field-label" name="label" type="text" value=(view.label)
                        maxlength=(crate::domain::instance::MAX_LABEL_CHARS) autocomplete="off"
                        aria-invalid=[errors.label.as_ref().map(|_| "true")]
                        aria-describedby=(described("field-label", errors.label.is_some()));
                    p.hint id="field-label-hint" { (tr!(lang, "diagnose-record-name-hint")) }
                    @if let Some(error) = &errors.label {
                        p.field-error id="field-label-error" { (error) }
                    }
                }
                div {
                    label for="field-host" { (tr!(lang, "diagnose-record-host-label")) }
                    input id="field-host" name="host" type="text" value=(view.host)
                        maxlength=(crate::domain::instance::MAX_HOST_CHARS) autocomplete="off" spellcheck="false"
                        aria-invalid=[errors.host.as_ref().map(|_| "true")]
                        aria-describedby=(described("field-host", errors.host.is_some()));
                    p.hint id="field-host-hint" { (tr!(lang, "diagnose-record-host-hint")) }
                    @if let Some(error) = &errors.host {
                        p.field-error id="field-host-error" { (error) }
                    }
                }
            }
            div { button.primary type="submit" { (tr!(lang, "diagnose-diagnose-button")) } }
        }
    }
}

/// A licence on record that the page may show, with where it is installed.
pub struct LicenceOnRecord<'a> {
    pub licence: &'a Licence,
    pub installed_at: &'a [Instance],
}

/// Everything the result page shows.
pub struct ResultView<'a> {
    pub installation: &'a Installation,
    pub keys: &'a [InstalledKey],
    /// One entry per key, holding only licences the user may see.
    pub records: &'a [KeyRecords],
    pub diagnosis: &'a Diagnosis,
    /// Every licence found, each once.
    pub licences: &'a [LicenceOnRecord<'a>],
    /// The recorded installations shown that the viewer may delete.
    pub deletable: &'a [i64],
    /// The installation this run recorded: its label and host (the answers' form records it
    /// again, with the answers).
    pub recorded: Option<(&'a str, &'a str)>,
    pub csrf: &'a str,
}

fn date_text(lang: Language, date: Option<&KeyDate>) -> String {
    date.map(|date| i18n::key::key_date(lang, date))
        .unwrap_or_default()
}

pub fn result(lang: Language, view: &ResultView<'_>) -> Markup {
    let diagnosis = view.diagnosis;
    let verdict_class = if diagnosis.verdict == Code::Match {
        "notice ok"
    } else {
        "notice warn"
    };
    html! {
        h1 { (tr!(lang, "diagnose-result-title")) }
        @if let Some((label, host)) = view.recorded {
            div.notice.ok role="status" {
                (tr!(
                    lang,
                    "diagnose-recorded",
                    label = label,
                    host = if host.is_empty() { tr!(lang, "installation-none") } else { host.to_owned() }
                ))
            }
        }
        section aria-labelledby="verdict" {
            h2 #verdict { (tr!(lang, "diagnose-verdict-heading")) }
            div class=(verdict_class) role="status" {
                strong { (i18n::diagnose::headline(lang, diagnosis)) }
                " " code.machine-code { (diagnosis.verdict.as_str()) }
            }
        }
        @if !diagnosis.findings.is_empty() {
            section aria-labelledby="findings" {
                h2 #findings { (tr!(lang, "diagnose-findings-heading")) }
                ul {
                    @for finding in &diagnosis.findings {
                        li { (i18n::diagnose::finding(lang, finding)) " " code.machine-code { (finding.code().as_str()) } }
                    }
                }
            }
        }
        section aria-labelledby="what-to-do" {
            h2 #what-to-do { (tr!(lang, "diagnose-what-to-do-heading")) }
            ul {
                @for advice in i18n::diagnose::advice_for_page(lang, &diagnosis.findings) {
                    li { (advice) }
                }
            }
            @for update in &diagnosis.updates {
                (update_form(lang, update, view.csrf))
            }
        }
        @if let Some(queries) = &view.installation.licences_in_database {
            (ask_the_database(lang, view, queries))
        }
        (installation_facts(lang, view))
        @for entry in view.licences {
            section {
                h2 {
                    (tr!(
                        lang,
                        "diagnose-installed-at-licence",
                        id = entry.licence.id.to_string(),
                        name = entry.licence.name.clone()
                    ))
                }
                p { a href=(Route::Licence(entry.licence.id).path()) { (entry.licence.name) } }
                (installed_at(lang, entry.installed_at, view.deletable))
            }
        }
        @if !diagnosis.notes.is_empty() {
            section aria-labelledby="notes" {
                h2 #notes { (tr!(lang, "diagnose-notes-heading")) }
                ul { @for note in &diagnosis.notes { li { (i18n::diagnose::note_on_page(lang, note)) } } }
            }
        }
        @if !view.installation.notes.is_empty() {
            section aria-labelledby="reader-notes" {
                h2 #reader-notes { (tr!(lang, "diagnose-reader-notes-heading")) }
                ul { @for note in &view.installation.notes { li { (i18n::install::install_note_on_page(lang, note)) } } }
            }
        }
        p { a href=(Route::Diagnose.path()) { (tr!(lang, "diagnose-another")) } }
    }
}

/// The queries to run on a database the page never reads, each copyable, and a form taking
/// their answers (the Server ID and the installed key).
fn ask_the_database(lang: Language, view: &ResultView<'_>, queries: &DatabaseQueries) -> Markup {
    let known_server_id = view
        .installation
        .server_id
        .as_ref()
        .map_or("", |reading| reading.value.as_str());
    html! {
        section aria-labelledby="ask-the-database" {
            h2 #ask-the-database { (tr!(lang, "diagnose-database-heading")) }
            p { (tr!(lang, "diagnose-database-intro")) }
            @if let Some(sql) = &queries.server_id_sql {
                p { (tr!(lang, "diagnose-database-server-id-query")) }
                pre #query-server-id { code { (sql) } }
                button type="button" hidden data-copy-target="query-server-id"
                    data-copied-label=(tr!(lang, "diagnose-copied")) { (tr!(lang, "diagnose-copy-query")) }
            }
            p { (tr!(lang, "diagnose-database-licence-query")) }
            pre #query-licences { code { (queries.licence_sql) } }
            button type="button" hidden data-copy-target="query-licences"
                data-copied-label=(tr!(lang, "diagnose-copied")) { (tr!(lang, "diagnose-copy-query")) }
            form.stack method="post" action=(Route::Diagnose.path()) {
                (csrf_field(view.csrf))
                @if let Some((label, host)) = view.recorded {
                    input type="hidden" name="record" value="yes";
                    input type="hidden" name="label" value=(label);
                    input type="hidden" name="host" value=(host);
                }
                div {
                    label for="answer-server_id" { (tr!(lang, "diagnose-answer-server-id-label")) }
                    input id="answer-server_id" name="server_id" type="text"
                        value=(known_server_id) autocomplete="off" spellcheck="false";
                }
                div {
                    label for="answer-key" { (tr!(lang, "diagnose-answer-key-label")) }
                    textarea id="answer-key" name="key" rows="6" spellcheck="false"
                        aria-describedby="answer-key-hint" {}
                    p.hint id="answer-key-hint" { (tr!(lang, "diagnose-answer-key-hint")) }
                }
                div { button.primary type="submit" { (tr!(lang, "diagnose-answer-button")) } }
            }
        }
    }
}

fn update_form(lang: Language, update: &ServerIdUpdate, csrf: &str) -> Markup {
    html! {
        form method="post" action=(Route::DiagnoseApply.path()) {
            (csrf_field(csrf))
            input type="hidden" name="licence" value=(update.licence_id);
            input type="hidden" name="server_id" value=(update.new);
            p {
                (tr!(
                    lang,
                    "diagnose-update-summary",
                    name = update.name.clone(),
                    sen = i18n::diagnose::sen(lang, update.sen.as_deref()),
                    old = update.old.clone().unwrap_or_else(|| tr!(lang, "diagnose-confirm-none")),
                    new = update.new.clone()
                ))
            }
            button type="submit" { (tr!(lang, "diagnose-update-button", id = update.licence_id.to_string())) }
        }
    }
}

fn installation_facts(lang: Language, view: &ResultView<'_>) -> Markup {
    let installation = view.installation;
    html! {
        section aria-labelledby="installation" {
            h2 #installation { (tr!(lang, "diagnose-installation-heading")) }
            dl.facts {
                dt { (tr!(lang, "diagnose-product-label")) } dd { (i18n::install::product_name(lang, installation.product)) }
                dt { (tr!(lang, "diagnose-server-id-read-label")) }
                dd {
                    @if let Some(reading) = &installation.server_id {
                        code { (reading.value) } " (" (i18n::install::install_source(lang, &reading.source)) ")"
                    } @else {
                        (tr!(lang, "diagnose-server-id-unknown"))
                    }
                }
                @if let Some(node) = &installation.cluster {
                    @let none = || tr!(lang, "diagnose-cli-none");
                    dt { (tr!(lang, "diagnose-cluster-node-label")) }
                    dd {
                        (tr!(
                            lang,
                            "diagnose-cli-cluster-node-value",
                            node = node.node_id.clone().unwrap_or_else(none),
                            cluster = node.cluster.clone().unwrap_or_else(none),
                            source = i18n::install::install_source(lang, &node.source)
                        ))
                    }
                }
            }
            @if !view.keys.is_empty() {
                h2 { (tr!(lang, "diagnose-keys-heading")) }
            }
            @for (index, installed) in view.keys.iter().enumerate() {
                dl.facts {
                    dt { (tr!(lang, "diagnose-source-label")) } dd { (i18n::install::install_source(lang, &installed.source)) }
                    @match &installed.decoded {
                        Ok(decoded) => {
                            @let licence = &decoded.licence;
                            dt { (tr!(lang, "diagnose-sen-label")) } dd { (licence.sen.as_deref().unwrap_or(&tr!(lang, "diagnose-no-sen"))) }
                            dt { (tr!(lang, "diagnose-products-label")) }
                            dd { (licence.products.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(&tr!(lang, "diagnose-list-separator"))) }
                            dt { (tr!(lang, "diagnose-type-label")) } dd { (licence.licence_name()) }
                            dt { (tr!(lang, "kind-label")) } dd { (i18n::kind::key_kind_name(lang, licence.kind())) }
                            dt { (tr!(lang, "diagnose-users-label")) } dd { (licence.users.map(|u| u.to_string()).unwrap_or_default()) }
                            dt { (tr!(lang, "diagnose-support-label")) } dd { (date_text(lang, licence.maintenance_expiry_date.as_ref())) }
                            dt { (tr!(lang, "diagnose-licence-expiry-label")) } dd { (date_text(lang, licence.licence_expiry_date.as_ref())) }
                            dt { (tr!(lang, "diagnose-key-server-id-label")) } dd { (licence.server_id.as_deref().unwrap_or(&tr!(lang, "diagnose-server-id-unknown"))) }
                            dt { (tr!(lang, "diagnose-signature-label")) }
                            dd {
                                @if decoded.is_genuine() { (tr!(lang, "diagnose-genuine")) } @else { strong { (tr!(lang, "diagnose-not-genuine")) } }
                            }
                        }
                        Err(error) => {
                            dt { (tr!(lang, "diagnose-signature-label")) } dd { (i18n::key::key_error(lang, error)) }
                        }
                    }
                    dt { (tr!(lang, "diagnose-on-record-label")) }
                    dd {
                        @let found = view.records.get(index);
                        @let records: Vec<_> = found.map(|f| f.by_key.iter().chain(f.same_sen.iter()).collect()).unwrap_or_default();
                        @if records.is_empty() {
                            (tr!(lang, "diagnose-not-on-record"))
                        }
                        @for record in records {
                            a href=(Route::Licence(crate::domain::LicenceId(record.id)).path()) {
                                "#" (record.id) " " (record.name)
                            }
                            " "
                            (tr!(
                                lang,
                                "diagnose-record-details",
                                sen = i18n::diagnose::sen(lang, record.sen.as_deref()),
                                server_id = record
                                    .server_id
                                    .clone()
                                    .unwrap_or_else(|| tr!(lang, "diagnose-server-id-unknown"))
                            ))
                            " "
                        }
                    }
                }
            }
        }
    }
}

/// What the confirmation names.
pub struct ConfirmView<'a> {
    pub licence: &'a Licence,
    pub new_server_id: &'a str,
    pub csrf: &'a str,
}

pub fn confirm(lang: Language, view: &ConfirmView<'_>) -> Markup {
    let licence = view.licence;
    let old = licence
        .server_id
        .clone()
        .unwrap_or_else(|| tr!(lang, "diagnose-confirm-none"));
    let sen = i18n::diagnose::sen(lang, licence.sen.as_deref());
    html! {
        h1 { (tr!(lang, "diagnose-confirm-title")) }
        p.lead {
            (tr!(
                lang,
                "diagnose-confirm-body",
                id = licence.id.to_string(),
                name = licence.name.clone(),
                sen = sen,
                old = old,
                new = view.new_server_id
            ))
        }
        p { (tr!(lang, "diagnose-confirm-history")) }
        form.confirm method="post" action=(Route::DiagnoseApply.path()) {
            (csrf_field(view.csrf))
            input type="hidden" name="licence" value=(licence.id);
            input type="hidden" name="server_id" value=(view.new_server_id);
            input type="hidden" name="confirmed" value="yes";
            (crate::views::components::ConfirmActions {
                confirm: &tr!(lang, "diagnose-confirm-button"),
                danger: false,
                cancel: &tr!(lang, "diagnose-cancel"),
                cancel_href: &Route::Diagnose.path(),
            })
        }
    }
}

/// Where a licence is installed, as recorded by diagnosis runs: for the licence page. Those
/// whose ids are in `deletable` offer to be deleted (through a confirmation).
pub fn installed_at(lang: Language, instances: &[Instance], deletable: &[i64]) -> Markup {
    let any_deletable = instances.iter().any(|i| deletable.contains(&i.id));
    html! {
        @if instances.is_empty() {
            p.empty { (tr!(lang, "diagnose-installed-at-empty")) }
        } @else {
            table {
                thead {
                    tr {
                        th scope="col" { (tr!(lang, "diagnose-column-label")) }
                        th scope="col" { (tr!(lang, "diagnose-column-host")) }
                        th scope="col" { (tr!(lang, "diagnose-column-product")) }
                        th scope="col" { (tr!(lang, "diagnose-column-server-id")) }
                        th scope="col" { (tr!(lang, "diagnose-column-verdict")) }
                        th scope="col" { (tr!(lang, "diagnose-column-recorded")) }
                        @if any_deletable {
                            th scope="col" { (tr!(lang, "installation-column-actions")) }
                        }
                    }
                }
                tbody {
                    @for instance in instances {
                        tr {
                            td { (instance.label) }
                            td { (instance.host) }
                            td { (instance.product) }
                            td { code { (instance.server_id.as_deref().unwrap_or(&tr!(lang, "diagnose-server-id-unknown"))) } }
                            td { (instance.verdict) }
                            td { (recorded_date(lang, instance.recorded_at)) }
                            @if any_deletable {
                                td {
                                    @if deletable.contains(&instance.id) {
                                        a href=(Route::InstanceDelete(instance.id).path())
                                            aria-label=(tr!(lang, "installation-delete-named", label = instance.label.clone())) {
                                            (tr!(lang, "installation-delete-link"))
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

/// A recording time as a UTC date in the language's pattern: `2026-11-21`.
fn recorded_date(lang: Language, unix_seconds: i64) -> String {
    jiff::Timestamp::from_second(unix_seconds)
        .map(|ts| i18n::format::date(lang, ts.to_zoned(jiff::tz::TimeZone::UTC).date()))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn installed_at_lists_instances_or_says_there_are_none() {
        let lang = Language::En;
        assert!(
            installed_at(lang, &[], &[])
                .into_string()
                .contains(&tr!(lang, "diagnose-installed-at-empty"))
        );
        let instance = Instance {
            id: 1,
            product: "Confluence".into(),
            label: "wiki <prod>".into(),
            host: "web01".into(),
            home: "/srv/confluence".into(),
            server_id: Some("B7QW-LK2M-9HZD-XR4T".into()),
            verdict: "match".into(),
            recorded_at: 1_780_000_000,
            recorded_by: "command line".into(),
            cluster_node: None,
            cluster: None,
        };
        let html = installed_at(lang, &[instance], &[]).into_string();
        assert!(html.contains("wiki &lt;prod&gt;"), "escaped: {html}");
        assert!(html.contains("B7QW-LK2M-9HZD-XR4T"));
        assert!(html.contains("2026-05-28"));
    }
}
