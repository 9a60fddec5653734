//! The Import and export page, the import preview and its result.

use maud::{Markup, html};

use super::components::csrf_field;
use crate::i18n::import as words;
use crate::i18n::{Catalogue, fill};
use crate::inventory::import::{Applied, Change, Entry, Plan, Rejection, changed_fields};
use crate::paths::{ExportFormat, Route};

pub struct ImportForm<'a> {
    pub csrf: &'a str,
    pub pasted: &'a str,
    pub allow_unverified: bool,
    pub error: Option<&'a str>,
}

/// How many rows of each table a preview shows; the rest are counted.
const ROWS_SHOWN: usize = 200;

pub fn form(cat: &Catalogue, form: &ImportForm<'_>) -> Markup {
    html! {
        h1 { (cat.import_title) }
        p.lead { (cat.import_intro) }
        form.stack method="post" action=(Route::Import.path()) enctype="multipart/form-data" {
            (csrf_field(form.csrf))
            div {
                label for="field-keys" { (cat.import_paste_label) }
                textarea id="field-keys" name="keys" aria-describedby="field-keys-hint"
                    aria-invalid=[form.error.map(|_| "true")] { (form.pasted) }
                p.hint id="field-keys-hint" { (cat.import_paste_hint) }
                @if let Some(error) = form.error {
                    p.field-error { (error) }
                }
            }
            div {
                label for="field-files" { (cat.import_files_label) }
                input id="field-files" type="file" name="files" multiple aria-describedby="field-files-hint";
                p.hint id="field-files-hint" { (cat.import_files_hint) }
            }
            div {
                label.inline {
                    input type="checkbox" name="allow_unverified" checked[form.allow_unverified];
                    (cat.import_allow_unverified)
                }
                p.hint { (cat.import_allow_unverified_hint) }
            }
            div { button.primary type="submit" { (cat.import_preview_button) } }
        }
        h2 { (cat.export_title) }
        p { (cat.export_intro) }
        ul {
            li { a href=(Route::Export(ExportFormat::Csv).path()) { (cat.export_csv) } }
            li { a href=(Route::Export(ExportFormat::Json).path()) { (cat.export_json) } }
            li { a href=(Route::Export(ExportFormat::Keys).path()) { (cat.export_keys) } }
        }
    }
}

fn summary(
    template: &str,
    added: usize,
    updated: usize,
    skipped: usize,
    rejected: usize,
) -> String {
    fill(
        template,
        &[
            ("added", &added),
            ("updated", &updated),
            ("skipped", &skipped),
            ("rejected", &rejected),
        ],
    )
}

fn table(cat: &Catalogue, heading: &str, rows: &[(&str, String)], second_column: &str) -> Markup {
    html! {
        @if !rows.is_empty() {
            h2 { (heading) " (" (rows.len()) ")" }
            table {
                thead { tr { th { (cat.import_column_where) } th { (second_column) } } }
                tbody {
                    @for (origin, text) in rows.iter().take(ROWS_SHOWN) {
                        tr { td { code { (origin) } } td { (text) } }
                    }
                }
            }
            @if rows.len() > ROWS_SHOWN {
                p.hint { (fill(cat.import_more, &[("count", &(rows.len() - ROWS_SHOWN))])) }
            }
        }
    }
}

fn rejected_rows(rejected: &[Rejection]) -> Vec<(&str, String)> {
    rejected
        .iter()
        .map(|r| (r.origin.as_str(), words::refusal(&r.reason)))
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
}

pub fn preview(cat: &Catalogue, view: &PreviewView<'_>) -> Markup {
    let plan = view.plan;
    let counts = plan.counts();
    let describe = |e: &Entry| {
        format!(
            "{} · {}",
            e.record.sen.as_deref().unwrap_or("—"),
            e.record.name
        )
    };
    let mut add = Vec::new();
    let mut skip = Vec::new();
    let mut updates: Vec<&Entry> = Vec::new();
    let mut warned: Vec<(&str, String)> = Vec::new();
    for entry in &plan.entries {
        match &entry.change {
            Change::Add => add.push((entry.origin.as_str(), describe(entry))),
            Change::Update { .. } => updates.push(entry),
            Change::Skip { reason } => skip.push((entry.origin.as_str(), words::skip(reason))),
        }
        for warning in &entry.warnings {
            warned.push((entry.origin.as_str(), words::warning(warning)));
        }
    }
    let replacing = plan.entries.iter().filter(|e| e.replaces_genuine).count();
    html! {
        h1 { (cat.import_preview_title) }
        @if let Some(notice) = view.notice {
            div.notice role="status" { (notice) }
        }
        p.lead { (summary(cat.import_preview_summary, counts.added, counts.updated, counts.skipped, counts.rejected)) }
        @if plan.contacts_in_files > 0 {
            @let template = if plan.restores { cat.import_contacts_restored } else { cat.import_contacts_ignored };
            p.notice { (fill(template, &[("count", &plan.contacts_in_files)])) }
        }
        @if !plan.restores && plan.orders_in_files + plan.primary_terms_in_files > 0 {
            p.notice { (fill(cat.import_orders_ignored, &[("orders", &plan.orders_in_files), ("terms", &plan.primary_terms_in_files)])) }
        }
        @if !plan.instances.is_empty() {
            p.notice { (fill(cat.import_installations_restored, &[("count", &plan.instances.len())])) }
            ul.installations {
                @for instance in &plan.instances {
                    li { (instance.product) " · " (instance.label) " · " (instance.host) }
                }
            }
        }
        (table(cat, cat.import_rejected_heading, &rejected_rows(&plan.rejected), cat.import_column_reason))
        (table(cat, cat.import_warnings_heading, &warned, cat.import_column_reason))
        (table(cat, cat.import_add_heading, &add, cat.import_column_licence))
        @if !updates.is_empty() {
            h2 { (cat.import_update_heading) " (" (updates.len()) ")" }
            table {
                thead { tr { th { (cat.import_column_where) } th { (cat.import_column_licence) } th { (cat.import_column_changes) } } }
                tbody {
                    @for entry in updates.iter().take(ROWS_SHOWN) {
                        tr {
                            td { code { (entry.origin) } }
                            td {
                                @if let Change::Update { id, .. } = &entry.change {
                                    a href=(Route::Licence(*id).path()) { (describe(entry)) }
                                }
                            }
                            td {
                                @if let Change::Update { before, .. } = &entry.change {
                                    ul.plain {
                                        @for (field, was, is) in changed_fields(before, &entry.record) {
                                            li { (field) ": " (was) " → " (is) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            @if updates.len() > ROWS_SHOWN {
                p.hint { (fill(cat.import_more, &[("count", &(updates.len() - ROWS_SHOWN))])) }
            }
        }
        (table(cat, cat.import_skip_heading, &skip, cat.import_column_reason))
        @if plan.changes_anything() {
            form.stack method="post" action=(Route::ImportConfirm.path()) {
                (csrf_field(view.csrf))
                input type="hidden" name="preview" value=(view.token);
                @if view.is_admin && replacing > 0 {
                    div {
                        label.inline {
                            input type="checkbox" name="replace_genuine";
                            (fill(cat.import_replace_genuine, &[("count", &replacing)]))
                        }
                        p.hint { (cat.import_replace_genuine_hint) }
                    }
                }
                @if view.is_admin && plan.restores && plan.contacts_in_files > 0 {
                    div {
                        label.inline {
                            input type="checkbox" name="invite";
                            (cat.import_invite)
                        }
                        p.hint { (cat.import_invite_hint) }
                    }
                }
                p {
                    button.primary type="submit" { (cat.import_confirm_button) }
                    " "
                    a href=(Route::Import.path()) { (cat.import_cancel) }
                }
            }
        } @else {
            div.notice { (cat.import_nothing_to_do) }
            p { a href=(Route::Import.path()) { (cat.import_cancel) } }
        }
    }
}

pub fn done(cat: &Catalogue, applied: &Applied, rejected: &[Rejection], invited: usize) -> Markup {
    html! {
        h1 { (cat.import_done_title) }
        div.notice.ok role="status" {
            (summary(cat.import_done_summary, applied.added, applied.updated, applied.skipped, rejected.len()))
        }
        @if applied.held_back > 0 {
            p.notice { (fill(cat.import_held_back, &[("count", &applied.held_back)])) }
        }
        @if invited > 0 {
            p.notice { (fill(cat.import_invited, &[("count", &invited)])) }
        }
        (table(cat, cat.import_rejected_heading, &rejected_rows(rejected), cat.import_column_reason))
        p { a href=(Route::licences().path()) { (cat.back_home) } }
    }
}
