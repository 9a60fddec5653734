//! The Import and export page, the import preview and its result.

use maud::{Markup, html};

use super::components::csrf_field;
use crate::i18n::Language;
use crate::i18n::import as words;
use std::collections::HashMap;

use crate::domain::LicenceId;
use crate::domain::organisation::name_key;
use crate::inventory::import::{Applied, Change, Entry, Extra, Plan, Rejection, Skip};
use crate::paths::{ExportFormat, Route};
use crate::tr;

pub struct ImportForm<'a> {
    pub csrf: &'a str,
    /// The text of the paste field, as typed (Cancel on a preview brings it back).
    pub pasted: &'a str,
    pub allow_unverified: bool,
    pub error: Option<&'a str>,
}

/// How many rows of each table a preview shows; the rest are counted.
const ROWS_SHOWN: usize = 200;

pub fn form(lang: Language, form: &ImportForm<'_>) -> Markup {
    html! {
        h1 { (tr!(lang, "import-title")) }
        p.lead { (tr!(lang, "import-intro")) }
        form.stack method="post" action=(Route::Import.path()) enctype="multipart/form-data" {
            (csrf_field(form.csrf))
            div {
                label for="field-keys" { (tr!(lang, "import-paste-label")) }
                textarea id="field-keys" name="keys" aria-describedby="field-keys-hint"
                    // The parser drops one line break right after the opening tag: this one,
                    // so that a paste that starts with an empty line keeps its line numbers.
                    aria-invalid=[form.error.map(|_| "true")] { "\n" (form.pasted) }
                p.hint id="field-keys-hint" { (tr!(lang, "import-paste-hint")) }
                @if let Some(error) = form.error {
                    p.field-error { (error) }
                }
            }
            div {
                label for="field-files" { (tr!(lang, "import-files-label")) }
                input id="field-files" type="file" name="files" multiple aria-describedby="field-files-hint";
                p.hint id="field-files-hint" { (tr!(lang, "import-files-hint")) }
            }
            div {
                label.inline {
                    input type="checkbox" name="allow_unverified" checked[form.allow_unverified];
                    (tr!(lang, "import-allow-unverified"))
                }
                p.hint { (tr!(lang, "import-allow-unverified-hint")) }
            }
            div { button.primary type="submit" { (tr!(lang, "import-preview-button")) } }
        }
        h2 { (tr!(lang, "export-title")) }
        p { (tr!(lang, "export-intro")) }
        ul {
            li { a href=(Route::Export(ExportFormat::Csv).path()) { (tr!(lang, "export-csv")) } }
            li { a href=(Route::Export(ExportFormat::Json).path()) { (tr!(lang, "export-json")) } }
            li { a href=(Route::Export(ExportFormat::Keys).path()) { (tr!(lang, "export-keys")) } }
        }
    }
}

/// One row of a preview's table: where the entry is, what is said of it, and the licence on
/// record it names (its page is linked).
struct Row<'a> {
    origin: &'a str,
    text: String,
    licence: Option<LicenceId>,
}

/// Where an entry is, in words: "line 3 in the pasted text", "keys.csv, line 2"; anything
/// else (a file as a whole, an export's reference) as the reader gave it.
pub fn origin_words(lang: Language, origin: &str) -> String {
    let pasted = tr!(lang, "import-pasted-source");
    let (source, rest) = match origin.strip_prefix(pasted.as_str()) {
        Some(rest) if rest.is_empty() || rest.starts_with(':') => (None, rest),
        _ => match origin.rsplit_once(':') {
            Some((file, line)) if is_line(line) => (Some(file), line),
            _ => return origin.to_owned(),
        },
    };
    let rest = rest.strip_prefix(':').unwrap_or(rest);
    match (source, rest) {
        (None, "") => tr!(lang, "import-where-pasted"),
        (None, line) if is_line(line) => tr!(lang, "import-where-pasted-line", line = line),
        (None, reference) => tr!(
            lang,
            "import-where-pasted-reference",
            reference = reference.trim()
        ),
        (Some(file), line) => tr!(lang, "import-where-file-line", file = file, line = line),
    }
}

fn is_line(text: &str) -> bool {
    !text.is_empty() && text.len() < 20 && text.bytes().all(|b| b.is_ascii_digit())
}

/// A skip reason with the places it names said as [`origin_words`] says them.
fn skip_words(lang: Language, skip: &Skip) -> String {
    let placed = match skip {
        Skip::AddedEarlierInImport { first } => Skip::AddedEarlierInImport {
            first: origin_words(lang, first),
        },
        Skip::KeyEarlierInImport { first } => Skip::KeyEarlierInImport {
            first: origin_words(lang, first),
        },
        Skip::ChangedByEarlierEntry { licence, first } => Skip::ChangedByEarlierEntry {
            licence: *licence,
            first: origin_words(lang, first),
        },
        other => other.clone(),
    };
    words::skip(lang, &placed)
}

fn table(lang: Language, heading: &str, rows: &[Row<'_>], second_column: &str) -> Markup {
    html! {
        @if !rows.is_empty() {
            h2 { (tr!(lang, "import-heading-count", heading = heading, count = crate::i18n::format::number(lang, rows.len() as i64))) }
            table {
                thead { tr { th { (tr!(lang, "import-column-where")) } th { (second_column) } } }
                tbody {
                    @for row in rows.iter().take(ROWS_SHOWN) {
                        tr {
                            td { (origin_words(lang, row.origin)) }
                            td {
                                @if let Some(id) = row.licence {
                                    a href=(Route::Licence(id).path()) { (row.text) }
                                } @else {
                                    (row.text)
                                }
                            }
                        }
                    }
                }
            }
            @if rows.len() > ROWS_SHOWN {
                p.hint { (tr!(lang, "import-more", count = rows.len().saturating_sub(ROWS_SHOWN))) }
            }
        }
    }
}

fn rejected_rows(lang: Language, rejected: &[Rejection]) -> Vec<Row<'_>> {
    rejected
        .iter()
        .map(|r| Row {
            origin: r.origin.as_str(),
            text: words::refusal(lang, &r.reason),
            licence: r.reason.licence(),
        })
        .collect()
}

/// What the preview page shows.
pub struct PreviewView<'a> {
    pub plan: &'a Plan,
    pub token: &'a str,
    pub csrf: &'a str,
    pub is_admin: bool,
    /// Said above everything (the inventory changed since an earlier preview).
    pub notice: Option<&'a str>,
    /// For an administrator: the organisations there are, by `name_key` of their names, so
    /// that each new licence says which one it joins, or that it makes a new one.
    pub organisations: Option<&'a HashMap<String, String>>,
    /// The pasted text the preview was made from, which Cancel brings back to the form
    /// (`None` where the preview is shown again without it: Cancel then opens an empty form).
    pub pasted: Option<&'a str>,
    pub allow_unverified: bool,
}

/// Back to the import form: with the pasted text (sent back with the form, kept nowhere),
/// the held preview let go; without it, a plain link. The button belongs to
/// [`cancel_form`], which stands outside the confirmation's form (forms do not nest).
fn cancel_button(lang: Language, view: &PreviewView<'_>) -> Markup {
    html! {
        @if view.pasted.is_some() {
            button type="submit" form="import-back" name="back" value="1" { (tr!(lang, "import-cancel")) }
        } @else {
            a href=(Route::Import.path()) { (tr!(lang, "import-cancel")) }
        }
    }
}

fn cancel_form(view: &PreviewView<'_>) -> Markup {
    html! {
        @if let Some(pasted) = view.pasted {
            form #import-back method="post" action=(Route::Import.path()) enctype="multipart/form-data" {
                (csrf_field(view.csrf))
                // Named apart from the confirmation's field: this one only lets the preview go.
                input type="hidden" name="cancel_preview" value=(view.token);
                input type="hidden" name="keys" value=(pasted);
                @if view.allow_unverified { input type="hidden" name="allow_unverified" value="on"; }
            }
        }
    }
}

/// The organisation a new licence joins, in words: "joins Example Ltd" or "new organisation
/// Example Ltd" (what the key names; what an administrator's restore of an export names).
fn joins(
    lang: Language,
    entry: &Entry,
    restores: bool,
    organisations: &HashMap<String, String>,
) -> Option<String> {
    let name = match &entry.extra {
        Extra::Exported(exported) if restores => exported
            .belongs_to
            .as_deref()
            .unwrap_or(&entry.record.organisation),
        _ => &entry.record.organisation,
    };
    let key = name_key(name)?;
    Some(match organisations.get(&key) {
        Some(existing) => tr!(lang, "org-import-joins", name = existing.as_str()),
        None => tr!(lang, "org-import-new", name = name.trim()),
    })
}

pub fn preview(lang: Language, view: &PreviewView<'_>) -> Markup {
    let plan = view.plan;
    let counts = plan.counts();
    let describe = |e: &Entry| {
        tr!(
            lang,
            "import-entry",
            sen = e.record.sen.as_deref().unwrap_or("—"),
            name = e.record.name.as_str()
        )
    };
    let mut add = Vec::new();
    let mut skip = Vec::new();
    let mut updates: Vec<&Entry> = Vec::new();
    let mut warned: Vec<Row<'_>> = Vec::new();
    for entry in &plan.entries {
        match &entry.change {
            Change::Add => {
                let mut text = describe(entry);
                if let Some(joins) = view
                    .organisations
                    .and_then(|known| joins(lang, entry, plan.restores, known))
                {
                    text = format!("{text} — {joins}");
                }
                add.push(Row {
                    origin: entry.origin.as_str(),
                    text,
                    licence: None,
                })
            }
            Change::Update { .. } => updates.push(entry),
            Change::Skip { reason } => skip.push(Row {
                origin: entry.origin.as_str(),
                text: format!("{} — {}", describe(entry), skip_words(lang, reason)),
                licence: reason.licence(),
            }),
        }
        // A warning about an update is about the licence on record it changes.
        let licence = match &entry.change {
            Change::Update { id, .. } => Some(*id),
            _ => None,
        };
        for warning in &entry.warnings {
            warned.push(Row {
                origin: entry.origin.as_str(),
                text: words::warning(lang, warning),
                licence,
            });
        }
    }
    let replacing = plan.entries.iter().filter(|e| e.replaces_genuine).count();
    html! {
        h1 { (tr!(lang, "import-preview-title")) }
        @if let Some(notice) = view.notice {
            div.notice role="status" { (notice) }
        }
        p.lead { (tr!(lang, "import-preview-summary", added = counts.added, updated = counts.updated, skipped = counts.skipped, rejected = counts.rejected)) }
        @if plan.contacts_in_files > 0 {
            @let count = plan.contacts_in_files;
            p.notice {
                @if plan.restores { (tr!(lang, "import-contacts-restored", count = count)) }
                @else { (tr!(lang, "import-contacts-ignored", count = count)) }
            }
        }
        @if !plan.restores && plan.orders_in_files + plan.primary_terms_in_files > 0 {
            p.notice { (tr!(lang, "import-orders-ignored", orders = plan.orders_in_files, terms = plan.primary_terms_in_files)) }
        }
        @if !plan.instances.is_empty() {
            p.notice { (tr!(lang, "import-installations-restored", count = plan.instances.len())) }
            ul.installations {
                @for instance in &plan.instances {
                    li { (instance.product) " · " (instance.label) " · " (instance.host) }
                }
            }
        }
        (table(lang, &tr!(lang, "import-rejected-heading"), &rejected_rows(lang, &plan.rejected), &tr!(lang, "import-column-reason")))
        (table(lang, &tr!(lang, "import-warnings-heading"), &warned, &tr!(lang, "import-column-reason")))
        (table(lang, &tr!(lang, "import-add-heading"), &add, &tr!(lang, "import-column-licence")))
        @if !updates.is_empty() {
            h2 { (tr!(lang, "import-heading-count", heading = tr!(lang, "import-update-heading"), count = crate::i18n::format::number(lang, updates.len() as i64))) }
            table {
                thead { tr { th { (tr!(lang, "import-column-where")) } th { (tr!(lang, "import-column-licence")) } th { (tr!(lang, "import-column-changes")) } } }
                tbody {
                    @for entry in updates.iter().take(ROWS_SHOWN) {
                        tr {
                            td { (origin_words(lang, &entry.origin)) }
                            td {
                                @if let Change::Update { id, .. } = &entry.change {
                                    a href=(Route::Licence(*id).path()) { (describe(entry)) }
                                }
                            }
                            td {
                                @if let Change::Update { before, .. } = &entry.change {
                                    ul.plain {
                                        @for (field, was, is) in words::changed_fields(lang, before, &entry.record) {
                                            li { (tr!(lang, "import-change", field = field, before = was, after = is)) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            @if updates.len() > ROWS_SHOWN {
                p.hint { (tr!(lang, "import-more", count = updates.len().saturating_sub(ROWS_SHOWN))) }
            }
        }
        (table(lang, &tr!(lang, "import-skip-heading"), &skip, &tr!(lang, "import-column-reason")))
        @if plan.changes_anything() {
            form.stack method="post" action=(Route::ImportConfirm.path()) {
                (csrf_field(view.csrf))
                input type="hidden" name="preview" value=(view.token);
                @if view.is_admin && replacing > 0 {
                    div {
                        label.inline {
                            input type="checkbox" name="replace_genuine";
                            (tr!(lang, "import-replace-genuine", count = replacing))
                        }
                        p.hint { (tr!(lang, "import-replace-genuine-hint")) }
                    }
                }
                @if view.is_admin && plan.restores && plan.contacts_in_files > 0 {
                    div {
                        label.inline {
                            input type="checkbox" name="invite";
                            (tr!(lang, "import-invite"))
                        }
                        p.hint { (tr!(lang, "import-invite-hint")) }
                    }
                }
                p {
                    button.primary type="submit" { (tr!(lang, "import-confirm-button")) }
                    " "
                    (cancel_button(lang, view))
                }
            }
        } @else {
            div.notice { (tr!(lang, "import-nothing-to-do")) }
            p { (cancel_button(lang, view)) }
        }
        (cancel_form(view))
    }
}

pub fn done(lang: Language, applied: &Applied, rejected: &[Rejection], invited: usize) -> Markup {
    html! {
        h1 { (tr!(lang, "import-done-title")) }
        div.notice.ok role="status" {
            (tr!(lang, "import-done-summary", added = applied.added, updated = applied.updated, skipped = applied.skipped, rejected = rejected.len()))
        }
        @if applied.held_back > 0 {
            p.notice { (tr!(lang, "import-held-back", count = applied.held_back)) }
        }
        @if invited > 0 {
            p.notice { (tr!(lang, "import-invited", count = invited)) }
        }
        (table(lang, &tr!(lang, "import-rejected-heading"), &rejected_rows(lang, rejected), &tr!(lang, "import-column-reason")))
        p { a href=(Route::licences().path()) { (tr!(lang, "back-home")) } }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_said_in_words_and_pasted_text_gets_no_file_name() {
        let en = Language::En;
        assert_eq!(
            origin_words(en, "pasted text:3"),
            "Line 3 in the pasted text"
        );
        assert_eq!(origin_words(en, "pasted text"), "In the pasted text");
        assert_eq!(origin_words(en, "pasted text: L2"), "L2 in the pasted text");
        assert_eq!(origin_words(en, "sheet.csv:2"), "sheet.csv, line 2");
        assert_eq!(origin_words(en, "c:keys.txt:12"), "c:keys.txt, line 12");
        // A file as a whole, an export's reference: as the reader said them.
        assert_eq!(origin_words(en, "sheet.csv"), "sheet.csv");
        assert_eq!(origin_words(en, "export.json: L2"), "export.json: L2");
        assert_eq!(
            origin_words(Language::De, "eingefügter Text:4"),
            "Zeile 4 im eingefügten Text"
        );
    }
}
