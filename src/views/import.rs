//! The Import and export page, the import preview and its result.

use maud::{Markup, html};

use super::components::csrf_field;
use crate::i18n::{Catalogue, fill};
use crate::inventory::import::{Applied, Change, Plan, Rejection};

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
        form.stack method="post" action="/import" enctype="multipart/form-data" {
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
            li { a href="/export?format=csv" { (cat.export_csv) } }
            li { a href="/export?format=json" { (cat.export_json) } }
            li { a href="/export?format=keys" { (cat.export_keys) } }
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
        .map(|r| (r.origin.as_str(), r.reason.clone()))
        .collect()
}

pub fn preview(cat: &Catalogue, plan: &Plan, token: &str, csrf: &str) -> Markup {
    let counts = plan.counts();
    let describe = |e: &crate::inventory::import::Entry| {
        format!(
            "{} · {}",
            e.record.sen.as_deref().unwrap_or("—"),
            e.record.name
        )
    };
    let mut add = Vec::new();
    let mut update = Vec::new();
    let mut skip = Vec::new();
    for entry in &plan.entries {
        match &entry.change {
            Change::Add => add.push((entry.origin.as_str(), describe(entry))),
            Change::Update { .. } => update.push((entry.origin.as_str(), describe(entry))),
            Change::Skip { reason } => skip.push((entry.origin.as_str(), reason.clone())),
        }
    }
    html! {
        h1 { (cat.import_preview_title) }
        p.lead { (summary(cat.import_preview_summary, counts.added, counts.updated, counts.skipped, counts.rejected)) }
        (table(cat, cat.import_rejected_heading, &rejected_rows(&plan.rejected), cat.import_column_reason))
        (table(cat, cat.import_add_heading, &add, cat.import_column_licence))
        (table(cat, cat.import_update_heading, &update, cat.import_column_licence))
        (table(cat, cat.import_skip_heading, &skip, cat.import_column_reason))
        @if plan.changes_anything() {
            form method="post" action="/import/confirm" {
                (csrf_field(csrf))
                input type="hidden" name="preview" value=(token);
                p {
                    button.primary type="submit" { (cat.import_confirm_button) }
                    " "
                    a href="/import" { (cat.import_cancel) }
                }
            }
        } @else {
            div.notice { (cat.import_nothing_to_do) }
            p { a href="/import" { (cat.import_cancel) } }
        }
    }
}

pub fn done(cat: &Catalogue, applied: &Applied, rejected: &[Rejection]) -> Markup {
    html! {
        h1 { (cat.import_done_title) }
        div.notice.ok role="status" {
            (summary(cat.import_done_summary, applied.added, applied.updated, applied.skipped, rejected.len()))
        }
        (table(cat, cat.import_rejected_heading, &rejected_rows(rejected), cat.import_column_reason))
        p { a href="/licences" { (cat.back_home) } }
    }
}
