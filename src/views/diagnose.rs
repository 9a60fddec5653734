//! The Diagnose pages: the form (paste a key and a Server ID, or upload a config file or support
//! zip), the verdict with its findings and what to do, the confirmation before a Server ID on
//! record changes, and the "Installed at" list a licence page embeds.

use maud::{Markup, html};

use super::components::csrf_field;
use crate::atlassian::diagnosis::{Code, Diagnosis, InstalledKey, KeyRecords, ServerIdUpdate};
use crate::atlassian::install::{DatabaseQueries, Installation};
use crate::atlassian::key::KeyDate;
use crate::domain::{Instance, Licence};
use crate::i18n::{Catalogue, fill};
use crate::paths::Route;

/// Errors shown next to the form's fields.
#[derive(Debug, Default)]
pub struct FormErrors {
    pub key: Option<String>,
    pub server_id: Option<String>,
    pub file: Option<String>,
}

/// The form, with what the user typed.
pub struct FormView<'a> {
    pub key: &'a str,
    pub server_id: &'a str,
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

pub fn form(cat: &Catalogue, view: &FormView<'_>) -> Markup {
    let text = cat.diagnose;
    let errors = view.errors;
    html! {
        h1 { (text.title) }
        p.lead { (text.intro) }
        form.stack method="post" action=(Route::Diagnose.path()) enctype="multipart/form-data" {
            (csrf_field(view.csrf))
            div {
                label for="field-key" { (text.key_label) }
                textarea id="field-key" name="key" rows="8" spellcheck="false"
                    aria-invalid=[errors.key.as_ref().map(|_| "true")]
                    aria-describedby=(described("field-key", errors.key.is_some())) { (view.key) }
                p.hint id="field-key-hint" { (text.key_hint) }
                @if let Some(error) = &errors.key {
                    p.field-error id="field-key-error" { (error) }
                }
            }
            div {
                label for="field-server_id" { (text.server_id_label) }
                input id="field-server_id" name="server_id" type="text" value=(view.server_id)
                    autocomplete="off" spellcheck="false"
                    aria-invalid=[errors.server_id.as_ref().map(|_| "true")]
                    aria-describedby=(described("field-server_id", errors.server_id.is_some()));
                p.hint id="field-server_id-hint" { (text.server_id_hint) }
                @if let Some(error) = &errors.server_id {
                    p.field-error id="field-server_id-error" { (error) }
                }
            }
            div {
                label for="field-file" { (text.file_label) }
                input id="field-file" name="file" type="file"
                    aria-invalid=[errors.file.as_ref().map(|_| "true")]
                    aria-describedby=(described("field-file", errors.file.is_some()));
                p.hint id="field-file-hint" { (text.file_hint) }
                @if let Some(error) = &errors.file {
                    p.field-error id="field-file-error" { (error) }
                }
            }
            div { button.primary type="submit" { (text.diagnose_button) } }
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
    pub csrf: &'a str,
}

fn date_text(date: Option<&KeyDate>) -> String {
    date.map(ToString::to_string).unwrap_or_default()
}

pub fn result(cat: &Catalogue, view: &ResultView<'_>) -> Markup {
    let text = cat.diagnose;
    let diagnosis = view.diagnosis;
    let verdict_class = if diagnosis.verdict == Code::Match {
        "notice ok"
    } else {
        "notice warn"
    };
    html! {
        h1 { (text.result_title) }
        section aria-labelledby="verdict" {
            h2 #verdict { (text.verdict_heading) }
            div class=(verdict_class) role="status" {
                strong { (text.headline(diagnosis)) }
                " " code { (diagnosis.verdict.as_str()) }
            }
        }
        @if !diagnosis.findings.is_empty() {
            section aria-labelledby="findings" {
                h2 #findings { (text.findings_heading) }
                ul {
                    @for finding in &diagnosis.findings {
                        li { (text.finding(finding)) " " code { (finding.code().as_str()) } }
                    }
                }
            }
        }
        section aria-labelledby="what-to-do" {
            h2 #what-to-do { (text.what_to_do_heading) }
            ul {
                @for advice in text.advice_for(&diagnosis.findings) {
                    li { (advice) }
                }
            }
            @for update in &diagnosis.updates {
                (update_form(cat, update, view.csrf))
            }
        }
        @if let Some(queries) = &view.installation.licences_in_database {
            (ask_the_database(cat, view, queries))
        }
        (installation_facts(cat, view))
        @for entry in view.licences {
            section {
                h2 { (text.installed_at_heading) ": #" (entry.licence.id) " " (entry.licence.name) }
                p { a href=(Route::Licence(entry.licence.id).path()) { (entry.licence.name) } }
                (installed_at(cat, entry.installed_at))
            }
        }
        @if !diagnosis.notes.is_empty() {
            section aria-labelledby="notes" {
                h2 #notes { (text.notes_heading) }
                ul { @for note in &diagnosis.notes { li { (text.note(note)) } } }
            }
        }
        @if !view.installation.notes.is_empty() {
            section aria-labelledby="reader-notes" {
                h2 #reader-notes { (text.reader_notes_heading) }
                ul { @for note in &view.installation.notes { li { (note) } } }
            }
        }
        p { a href=(Route::Diagnose.path()) { (text.another) } }
    }
}

/// The queries to run on a database the page never reads, each copyable, and a form taking
/// their answers (the Server ID and the installed key), as the command line takes them with
/// `--server-id` and `--installed-key`.
fn ask_the_database(cat: &Catalogue, view: &ResultView<'_>, queries: &DatabaseQueries) -> Markup {
    let text = cat.diagnose;
    let known_server_id = view
        .installation
        .server_id
        .as_ref()
        .map_or("", |reading| reading.value.as_str());
    html! {
        section aria-labelledby="ask-the-database" {
            h2 #ask-the-database { (text.database_heading) }
            p { (text.database_intro) }
            @if let Some(sql) = &queries.server_id_sql {
                p { (text.database_server_id_query) }
                pre #query-server-id { code { (sql) } }
                button type="button" hidden data-copy-target="query-server-id"
                    data-copied-label=(text.copied) { (text.copy_query) }
            }
            p { (text.database_licence_query) }
            pre #query-licences { code { (queries.licence_sql) } }
            button type="button" hidden data-copy-target="query-licences"
                data-copied-label=(text.copied) { (text.copy_query) }
            form.stack method="post" action=(Route::Diagnose.path()) {
                (csrf_field(view.csrf))
                div {
                    label for="answer-server_id" { (text.answer_server_id_label) }
                    input id="answer-server_id" name="server_id" type="text"
                        value=(known_server_id) autocomplete="off" spellcheck="false";
                }
                div {
                    label for="answer-key" { (text.answer_key_label) }
                    textarea id="answer-key" name="key" rows="6" spellcheck="false"
                        aria-describedby="answer-key-hint" {}
                    p.hint id="answer-key-hint" { (text.answer_key_hint) }
                }
                div { button.primary type="submit" { (text.answer_button) } }
            }
        }
    }
}

fn update_form(cat: &Catalogue, update: &ServerIdUpdate, csrf: &str) -> Markup {
    let text = cat.diagnose;
    html! {
        form method="post" action=(Route::DiagnoseApply.path()) {
            (csrf_field(csrf))
            input type="hidden" name="licence" value=(update.licence_id);
            input type="hidden" name="server_id" value=(update.new);
            p {
                (update.name) " (" (update.sen.as_deref().unwrap_or(text.no_sen)) "): "
                (update.old.as_deref().unwrap_or(text.confirm_none)) " → " (update.new)
            }
            button type="submit" { (fill(text.update_button, &[("id", &update.licence_id)])) }
        }
    }
}

fn installation_facts(cat: &Catalogue, view: &ResultView<'_>) -> Markup {
    let text = cat.diagnose;
    let installation = view.installation;
    html! {
        section aria-labelledby="installation" {
            h2 #installation { (text.installation_heading) }
            dl.facts {
                dt { (text.product_label) } dd { (installation.product.name()) }
                dt { (text.server_id_read_label) }
                dd {
                    @if let Some(reading) = &installation.server_id {
                        code { (reading.value) } " (" (reading.source) ")"
                    } @else {
                        (text.server_id_unknown)
                    }
                }
            }
            h2 { (text.keys_heading) }
            @for (index, installed) in view.keys.iter().enumerate() {
                dl.facts {
                    dt { (text.source_label) } dd { (installed.source) }
                    @match &installed.decoded {
                        Ok(decoded) => {
                            @let licence = &decoded.licence;
                            dt { (text.sen_label) } dd { (licence.sen.as_deref().unwrap_or(text.no_sen)) }
                            dt { (text.products_label) }
                            dd { (licence.products.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(", ")) }
                            dt { (text.type_label) } dd { (licence.licence_name()) }
                            dt { (text.users_label) } dd { (licence.users.map(|u| u.to_string()).unwrap_or_default()) }
                            dt { (text.support_label) } dd { (date_text(licence.maintenance_expiry_date.as_ref())) }
                            dt { (text.licence_expiry_label) } dd { (date_text(licence.licence_expiry_date.as_ref())) }
                            dt { (text.key_server_id_label) } dd { (licence.server_id.as_deref().unwrap_or(text.server_id_unknown)) }
                            dt { (text.signature_label) }
                            dd {
                                @if decoded.is_genuine() { (text.genuine) } @else { strong { (text.not_genuine) } }
                            }
                        }
                        Err(error) => {
                            dt { (text.signature_label) } dd { (error.to_string()) }
                        }
                    }
                    dt { (text.on_record_label) }
                    dd {
                        @let found = view.records.get(index);
                        @let records: Vec<_> = found.map(|f| f.by_key.iter().chain(f.same_sen.iter()).collect()).unwrap_or_default();
                        @if records.is_empty() {
                            (text.not_on_record)
                        }
                        @for record in records {
                            a href=(Route::Licence(crate::domain::LicenceId(record.id)).path()) {
                                "#" (record.id) " " (record.name)
                            }
                            " (" (record.sen.as_deref().unwrap_or(text.no_sen)) ", "
                            (text.server_id_read_label) " "
                            (record.server_id.as_deref().unwrap_or(text.server_id_unknown)) ") "
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

pub fn confirm(cat: &Catalogue, view: &ConfirmView<'_>) -> Markup {
    let text = cat.diagnose;
    let licence = view.licence;
    let old = licence.server_id.as_deref().unwrap_or(text.confirm_none);
    let sen = licence.sen.as_deref().unwrap_or(text.no_sen);
    html! {
        h1 { (text.confirm_title) }
        p.lead {
            (fill(text.confirm_body, &[
                ("id", &licence.id),
                ("name", &licence.name),
                ("sen", &sen),
                ("old", &old),
                ("new", &view.new_server_id),
            ]))
        }
        p { (text.confirm_history) }
        form.stack method="post" action=(Route::DiagnoseApply.path()) {
            (csrf_field(view.csrf))
            input type="hidden" name="licence" value=(licence.id);
            input type="hidden" name="server_id" value=(view.new_server_id);
            input type="hidden" name="confirmed" value="yes";
            div {
                button.primary type="submit" { (text.confirm_button) }
                " "
                a.button href=(Route::Diagnose.path()) { (text.cancel) }
            }
        }
    }
}

/// Where a licence is installed, as recorded by diagnosis runs: for the licence page.
pub fn installed_at(cat: &Catalogue, instances: &[Instance]) -> Markup {
    let text = cat.diagnose;
    html! {
        @if instances.is_empty() {
            p.empty { (text.installed_at_empty) }
        } @else {
            table {
                thead {
                    tr {
                        th scope="col" { (text.column_label) }
                        th scope="col" { (text.column_host) }
                        th scope="col" { (text.column_product) }
                        th scope="col" { (text.column_server_id) }
                        th scope="col" { (text.column_verdict) }
                        th scope="col" { (text.column_recorded) }
                    }
                }
                tbody {
                    @for instance in instances {
                        tr {
                            td { (instance.label) }
                            td { (instance.host) }
                            td { (instance.product) }
                            td { code { (instance.server_id.as_deref().unwrap_or(text.server_id_unknown)) } }
                            td { (instance.verdict) }
                            td { (recorded_date(instance.recorded_at)) }
                        }
                    }
                }
            }
        }
    }
}

/// A recording time as a UTC date: `2026-11-21`.
fn recorded_date(unix_seconds: i64) -> String {
    jiff::Timestamp::from_second(unix_seconds)
        .map(|ts| ts.to_zoned(jiff::tz::TimeZone::UTC).date().to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn installed_at_lists_instances_or_says_there_are_none() {
        let cat = crate::i18n::catalogue("en");
        assert!(
            installed_at(cat, &[])
                .into_string()
                .contains(cat.diagnose.installed_at_empty)
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
        };
        let html = installed_at(cat, &[instance]).into_string();
        assert!(html.contains("wiki &lt;prod&gt;"), "escaped: {html}");
        assert!(html.contains("B7QW-LK2M-9HZD-XR4T"));
        assert!(html.contains("2026-05-28"));
    }
}
