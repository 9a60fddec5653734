//! The administration of the lifecycle tables: which table is in use (shipped or imported, by
//! whom and when), a download, an upload that leads to a preview of the rows that change, the
//! confirmation, and the way back to the shipped table.

use maud::{Markup, html};

use crate::app::lifecycle::{Origin, Preview};
use crate::domain::lifecycle::LifecycleFile;
use crate::i18n::{Language, lifecycle as words};
use crate::paths::Route;
use crate::views::components::csrf_field;
use crate::views::licences::Today;
use crate::views::people::admin::{AdminPage, subnav};

/// The most changed rows a preview lists; the summary counts them all.
const CHANGES_SHOWN: usize = 500;

/// One table as the page shows it.
pub struct TableSummary {
    pub file: LifecycleFile,
    pub rows: usize,
    pub origin: Origin,
}

pub struct AdminView<'a> {
    pub tables: &'a [TableSummary],
    pub today: &'a Today,
    pub csrf: &'a str,
    /// What was just done ("The cut-off dates were replaced.").
    pub notice: Option<&'a str>,
    /// A refused upload: the table and why.
    pub error: Option<(LifecycleFile, &'a str)>,
}

pub fn page(lang: Language, view: &AdminView<'_>) -> Markup {
    html! {
        h1 { (crate::tr!(lang, "lifecycle-admin-title")) }
        (subnav(lang, AdminPage::Lifecycle))
        @if let Some(notice) = view.notice {
            p.notice #lifecycle-notice role="status" { (notice) }
        }
        p.lead { (crate::tr!(lang, "lifecycle-admin-intro")) }
        @for table in view.tables {
            @let code = table.file.code();
            section.lifecycle-table id=(format!("table-{code}")) {
                h2 { (words::file_name(lang, table.file)) }
                p {
                    @match &table.origin {
                        Origin::Shipped => (crate::tr!(lang, "lifecycle-admin-shipped", rows = table.rows)),
                        Origin::Imported { at, by } => (crate::tr!(lang, "lifecycle-admin-imported",
                            who = by.as_str(), when = view.today.stamp(lang, *at), rows = table.rows)),
                    }
                    " "
                    a href=(Route::AdminLifecycleDownload(table.file).path()) { (crate::tr!(lang, "lifecycle-admin-download")) }
                }
                form.stack method="post" action=(Route::AdminLifecyclePreview(table.file).path()) enctype="multipart/form-data" {
                    (csrf_field(view.csrf))
                    div {
                        label for=(format!("field-file-{code}")) { (crate::tr!(lang, "lifecycle-admin-file")) }
                        input id=(format!("field-file-{code}")) type="file" name="file" accept=".csv,text/csv";
                        @if let Some((file, error)) = view.error {
                            @if file == table.file {
                                p.field-error { (error) }
                            }
                        }
                    }
                    div { button.primary type="submit" { (crate::tr!(lang, "lifecycle-admin-preview-button")) } }
                }
                @if matches!(table.origin, Origin::Imported { .. }) {
                    form method="post" action=(Route::AdminLifecycleReset(table.file).path()) {
                        (csrf_field(view.csrf))
                        button type="submit" { (crate::tr!(lang, "lifecycle-admin-reset")) }
                    }
                }
            }
        }
    }
}

pub fn preview(lang: Language, preview: &Preview, content: &str, csrf: &str) -> Markup {
    let file = preview.file;
    html! {
        h1 { (crate::tr!(lang, "lifecycle-admin-preview-title", file = file.code())) }
        (subnav(lang, AdminPage::Lifecycle))
        p.lead { (crate::tr!(lang, "lifecycle-admin-preview-summary",
            before = preview.rows_before, after = preview.rows_after, changes = preview.changes.len())) }
        @if preview.changes.is_empty() {
            p.muted { (crate::tr!(lang, "lifecycle-admin-no-changes")) }
        } @else {
            table.compact.changes {
                thead { tr {
                    th { (crate::tr!(lang, "lifecycle-admin-col-row")) }
                    th { (crate::tr!(lang, "lifecycle-admin-col-before")) }
                    th { (crate::tr!(lang, "lifecycle-admin-col-after")) }
                } }
                tbody {
                    @for change in preview.changes.iter().take(CHANGES_SHOWN) {
                        tr {
                            td { code { (change.key) } }
                            td { (change.before.as_deref().unwrap_or("—")) }
                            td { (change.after.as_deref().unwrap_or("—")) }
                        }
                    }
                }
            }
        }
        form.confirm method="post" action=(Route::AdminLifecycleConfirm(file).path()) {
            (csrf_field(csrf))
            textarea name="content" hidden { (content) }
            (crate::views::components::ConfirmActions {
                confirm: &crate::tr!(lang, "lifecycle-admin-confirm"),
                danger: false,
                cancel: &crate::tr!(lang, "lifecycle-admin-cancel"),
                cancel_href: &Route::AdminLifecycle.path(),
            })
        }
    }
}
