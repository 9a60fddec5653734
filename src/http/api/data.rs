//! The API's import, export and diagnosis: the Import and Diagnose pages and the export
//! downloads for scripts, through the same readers, limits, rules, audit entries and messages.
//!
//! An import is the page's preview and confirmation in one request: a dry run answers the plan
//! the preview shows and writes nothing; otherwise the plan is made and applied inside one
//! transaction. A token narrowed to one organisation does not import: what an import adds
//! joins the organisation its key names, which may be another.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::atlassian::install::limits::MAX_PASTED_BYTES;
use crate::atlassian::install::{Installation, ReadOptions};
use crate::domain::{Licence, ServerId};
use crate::error::AppError;
use crate::i18n::Language;
use crate::i18n::import as words;
use crate::inventory::import::{self, Change, Plan};
use crate::paths::ExportFormat;
use crate::store;
use crate::tr;

use super::licences::LicenceJson;
use super::{ApiError, ApiResult, Caller, Problem, json};
use crate::http::{Ctx, Response};

/// The media type of the request body, lower case, without its parameters.
fn media_type(ctx: &Ctx) -> String {
    ctx.req
        .header("content-type")
        .and_then(|t| t.split(';').next())
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// A yes/no query parameter: absent or `false` is no, `true` is yes.
fn flag(ctx: &Ctx, name: &str) -> ApiResult<bool> {
    match ctx.req.query_param(name) {
        None | Some("" | "false") => Ok(false),
        Some("true") => Ok(true),
        Some(_) => {
            Err(AppError::BadRequest(tr!(ctx.lang, "api-data-bad-flag", name = name)).into())
        }
    }
}

/// One field an import changes on a licence on record, in the account's language.
#[derive(Debug, Serialize, ToSchema)]
pub struct FieldChangeJson {
    pub field: String,
    pub before: String,
    pub after: String,
}

/// What one entry of an import does.
#[derive(Debug, Serialize, ToSchema)]
pub struct ImportEntryJson {
    /// Where the entry is: `<source>:<line>` (or `<source>: <reference>` for an export's row),
    /// as the Import page numbers them.
    pub origin: String,
    /// `new`, `updated`, `unchanged`, `refused`, or `held-back` (an update whose key does not
    /// verify would replace a genuine key, and `replace_genuine` was not given).
    pub outcome: &'static str,
    /// The licence on record the entry updates or matches; for a new licence after a real
    /// import, the licence added.
    pub licence_id: Option<i64>,
    pub sen: Option<String>,
    pub name: Option<String>,
    /// Why the entry is refused or unchanged, in the account's language.
    pub reason: Option<String>,
    /// What a reviewer should look at, in the account's language.
    pub warnings: Vec<String>,
    /// The fields an update changes.
    pub changes: Vec<FieldChangeJson>,
    /// The entry's key does not verify and would replace a genuine key: applied only with
    /// `replace_genuine=true` (administrators).
    pub replaces_genuine: bool,
}

/// How many entries do what.
#[derive(Debug, Serialize, ToSchema)]
pub struct ImportTotalsJson {
    pub new: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub refused: usize,
    /// Updates left out because they would replace a genuine key (a real import only).
    pub held_back: usize,
}

/// An import's plan (a dry run) or what it did.
#[derive(Debug, Serialize, ToSchema)]
pub struct ImportJson {
    /// True: nothing was written; this is what the import would do.
    pub dry_run: bool,
    pub totals: ImportTotalsJson,
    pub entries: Vec<ImportEntryJson>,
    /// What the Import page says above its tables (contacts, orders or installations in an
    /// export that are restored or left out), in the account's language.
    pub notices: Vec<String>,
}

/// Imports licence keys or the portal's own CSV or JSON export.
#[utoipa::path(
    post,
    path = "/api/v1/import",
    tag = "data",
    params(
        ("dry_run" = Option<bool>, Query, description = "`true`: answer the plan, as the Import page's preview, and write nothing"),
        ("allow_unverified" = Option<bool>, Query, description = "`true`: import keys whose signature does not verify, marked as not genuine (otherwise they are refused)"),
        ("replace_genuine" = Option<bool>, Query, description = "`true` (administrators): let keys that do not verify replace genuine keys"),
    ),
    request_body(
        description = "What the Import page takes, as the raw body: licence keys as text (`text/plain`), or the portal's own CSV (`text/csv`) or JSON (`application/json`) export. At most 32 MiB, and as many keys as one upload takes.",
        content(
            (String = "text/plain"),
            (String = "text/csv"),
            (String = "application/json"),
        )
    ),
    responses(
        (status = 200, description = "The plan (a dry run), or what was done", body = ImportJson),
        (status = 400, description = "A body of another content type, or a query parameter that is not true or false", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or one that does not open the API", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A read token, or a token narrowed to one organisation", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body, or what it decodes to, is larger than one import takes", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An empty body, or more keys than one import takes", body = Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub fn import(ctx: &mut Ctx, caller: &Caller, dry_run: bool) -> ApiResult<Response> {
    let lang = ctx.lang;
    if caller.token.organisation_id().is_some() {
        return Err(AppError::Forbidden(tr!(lang, "api-data-import-narrowed")).into());
    }
    let allow_unverified = flag(ctx, "allow_unverified")?;
    let replace_genuine = flag(ctx, "replace_genuine")?;
    if !matches!(
        media_type(ctx).as_str(),
        "text/plain" | "text/csv" | "application/json"
    ) {
        return Err(AppError::BadRequest(tr!(lang, "api-data-import-content-type")).into());
    }
    let body = &ctx.req.body;
    if String::from_utf8_lossy(body).trim().is_empty() {
        return Err(ApiError::field("body", tr!(lang, "import-nothing")));
    }
    let _slot = ctx.app.heavy_reads.enter()?;
    let session = &caller.session;
    let limits = ctx.app.config.imports;
    let options = import::Options {
        allow_unverified,
        viewer: Some(session.viewer()),
        max_keys: Some(limits.max_keys),
        // Nothing waits for a confirmation here: one request may decode what one account's
        // preview may hold.
        max_held_bytes: Some(limits.pending_account_bytes),
    };
    let sources = [import::Source {
        name: tr!(lang, "import-pasted-source"),
        bytes: body.clone(),
    }];
    let decoded = match import::read(&sources, options, &|_| {}) {
        Ok(decoded) => decoded,
        Err(import::PlanError::TooManyKeys { max }) => {
            return Err(ApiError::field(
                "body",
                tr!(lang, "import-too-many-keys", max = max),
            ));
        }
        Err(import::PlanError::TooLarge { at, .. }) => {
            let message = format!(
                "{} {}",
                tr!(
                    lang,
                    "import-preview-over-budget",
                    max = limits.pending_account_bytes.div_ceil(1 << 20)
                ),
                tr!(lang, "import-read-stopped", at = at.as_str())
            );
            return Err(ApiError::TooLarge(message));
        }
        Err(import::PlanError::Database(e)) => return Err(e.into()),
    };
    drop(sources);
    if dry_run {
        let plan = import::decide(ctx.conn, &decoded, options)?;
        let body = import_json(lang, &plan, true, false, &|_| None);
        return Ok(json(200, &body));
    }
    let actor = ctx.actor(session);
    let now = ctx.now;
    let tx = crate::http::licences::write(ctx)?;
    let plan = import::decide(&tx, &decoded, options)?;
    let applied = crate::app::imports::apply_for(
        &tx,
        &actor,
        &session.account,
        &plan,
        replace_genuine,
        crate::i18n::import::warning_in_audit,
        now,
    )?;
    // The licences added, found by their keys.
    let mut added = std::collections::HashMap::new();
    for entry in &plan.entries {
        if let (Change::Add, Some(key)) = (&entry.change, &entry.record.licence_key)
            && let Some(licence) = store::licences::by_key(&tx, key)?
        {
            added.insert(entry.origin.clone(), licence.id.0);
        }
    }
    tx.commit()?;
    let replaces = session.account.is_admin && replace_genuine;
    let mut body = import_json(lang, &plan, false, !replaces, &|origin| {
        added.get(origin).copied()
    });
    body.totals.held_back = applied.held_back;
    Ok(json(200, &body))
}

/// A plan in the shape [`ImportJson`] describes. `holds_back`: entries that would replace a
/// genuine key were left out. `added`: the licence a new entry added, by its origin.
fn import_json(
    lang: Language,
    plan: &Plan,
    dry_run: bool,
    holds_back: bool,
    added: &dyn Fn(&str) -> Option<i64>,
) -> ImportJson {
    let mut totals = ImportTotalsJson {
        new: 0,
        updated: 0,
        unchanged: 0,
        refused: plan.rejected.len(),
        held_back: 0,
    };
    let mut entries = Vec::new();
    for entry in &plan.entries {
        let (outcome, licence_id, reason, changes) = match &entry.change {
            Change::Add => {
                totals.new += 1;
                ("new", added(&entry.origin), None, Vec::new())
            }
            Change::Update { id, before } => {
                let changes = words::changed_fields(lang, before, &entry.record)
                    .into_iter()
                    .map(|(field, before, after)| FieldChangeJson {
                        field,
                        before,
                        after,
                    })
                    .collect();
                if !dry_run && holds_back && entry.replaces_genuine {
                    ("held-back", Some(id.0), None, changes)
                } else {
                    totals.updated += 1;
                    ("updated", Some(id.0), None, changes)
                }
            }
            Change::Skip { reason } => {
                totals.unchanged += 1;
                (
                    "unchanged",
                    entry.existing.map(|id| id.0),
                    Some(words::skip(lang, reason)),
                    Vec::new(),
                )
            }
        };
        entries.push(ImportEntryJson {
            origin: entry.origin.clone(),
            outcome,
            licence_id,
            sen: entry.record.sen.clone(),
            name: Some(entry.record.name.clone()),
            reason,
            warnings: entry
                .warnings
                .iter()
                .map(|w| words::warning(lang, w))
                .collect(),
            changes,
            replaces_genuine: entry.replaces_genuine,
        });
    }
    for rejection in &plan.rejected {
        entries.push(ImportEntryJson {
            origin: rejection.origin.clone(),
            outcome: "refused",
            licence_id: None,
            sen: None,
            name: None,
            reason: Some(words::refusal(lang, &rejection.reason)),
            warnings: Vec::new(),
            changes: Vec::new(),
            replaces_genuine: false,
        });
    }
    let mut notices = Vec::new();
    if plan.contacts_in_files > 0 {
        let count = plan.contacts_in_files;
        notices.push(if plan.restores {
            tr!(lang, "import-contacts-restored", count = count)
        } else {
            tr!(lang, "import-contacts-ignored", count = count)
        });
    }
    if !plan.restores && plan.orders_in_files + plan.primary_terms_in_files > 0 {
        notices.push(tr!(
            lang,
            "import-orders-ignored",
            orders = plan.orders_in_files,
            terms = plan.primary_terms_in_files
        ));
    }
    if !plan.instances.is_empty() {
        notices.push(tr!(
            lang,
            "import-installations-restored",
            count = plan.instances.len()
        ));
    }
    ImportJson {
        dry_run,
        totals,
        entries,
        notices,
    }
}

/// The export of the licences the token reaches.
#[utoipa::path(
    get,
    path = "/api/v1/export",
    tag = "data",
    params(
        ("format" = String, Query, description = "`csv`, `json` (the portal's own export, which the import takes back) or `keys` (a zip of one key file per licence)"),
    ),
    responses(
        (status = 200, description = "The file, as the Import and export page's download: `text/csv`, `application/json` or `application/zip`. Keys the account may not take away (a consultant's access without keys, a Server ID not yet confirmed) are withheld, with the reason in the file.", content(
            (String = "text/csv"),
            (String = "application/json"),
            (Vec<u8> = "application/zip"),
        )),
        (status = 400, description = "Another format", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or one that does not open the API", body = Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub fn export(ctx: &mut Ctx, caller: &Caller, format: ExportFormat) -> ApiResult<Response> {
    let only = caller.token.organisation_id();
    let (content_type, file_name, body) =
        crate::http::import::export_file(ctx, &caller.session, format, only)?;
    Ok(crate::http::import::attachment(
        content_type,
        &file_name,
        body,
    ))
}

/// An installation's text to diagnose.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DiagnoseInput {
    /// A config file's content, a System Information page, or a licence key, as the Diagnose
    /// page's text field takes.
    pub text: String,
    /// The installation's Server ID, when the text does not say it.
    #[serde(default)]
    pub server_id: Option<String>,
}

/// One finding of a diagnosis.
#[derive(Debug, Serialize, ToSchema)]
pub struct FindingJson {
    /// `server-id-mismatch`, `not-genuine`, `key-not-in-inventory`, … as `licensedesk diagnose
    /// --json` gives them.
    pub code: &'static str,
    /// The finding in words, in the account's language.
    pub message: String,
    /// The installed key it is about (its index in `keys`).
    pub key: Option<usize>,
}

/// A licence on record compared with an installed key.
#[derive(Debug, Serialize, ToSchema)]
pub struct RecordJson {
    pub id: i64,
    pub name: String,
    pub sen: Option<String>,
    pub server_id: Option<String>,
    pub has_key: bool,
}

/// One licence key read from the installation.
#[derive(Debug, Serialize, ToSchema)]
pub struct InstalledKeyJson {
    /// Where it was read, in words.
    pub source: String,
    /// Whether the key could be decoded at all.
    pub decoded: bool,
    pub sen: Option<String>,
    pub product: Option<String>,
    /// The Server ID written into the key.
    pub server_id: Option<String>,
    /// The licence on record whose key is exactly this one, then the others with its SEN: of
    /// the licences the token reaches.
    pub on_record: Vec<RecordJson>,
}

/// A Server ID on record that could be set to the installation's (on the licence's page, or
/// on the Diagnose page).
#[derive(Debug, Serialize, ToSchema)]
pub struct ServerIdUpdateJson {
    pub licence_id: i64,
    pub name: String,
    pub sen: Option<String>,
    pub old: Option<String>,
    pub new: String,
}

/// Where a licence concerned is installed, as recorded.
#[derive(Debug, Serialize, ToSchema)]
pub struct InstalledAtJson {
    pub product: String,
    pub label: String,
    pub host: String,
    pub server_id: Option<String>,
}

/// A licence the diagnosis concerns, with where it is installed.
#[derive(Debug, Serialize, ToSchema)]
pub struct ConcernedJson {
    #[serde(flatten)]
    pub licence: LicenceJson,
    pub installed_at: Vec<InstalledAtJson>,
}

/// What the Diagnose page shows, as JSON.
#[derive(Debug, Serialize, ToSchema)]
pub struct DiagnosisJson {
    /// The most important finding's code, or `match`.
    pub verdict: &'static str,
    /// The verdict in words.
    pub headline: String,
    /// The product the installation is, as read.
    pub product: String,
    /// The installation's Server ID, as read or given.
    pub server_id: Option<String>,
    pub keys: Vec<InstalledKeyJson>,
    /// Most important first.
    pub findings: Vec<FindingJson>,
    /// What to do, once per code.
    pub advice: Vec<String>,
    /// Worth knowing, not a problem.
    pub notes: Vec<String>,
    /// What the reader could not read, and why.
    pub reader_notes: Vec<String>,
    pub server_id_updates: Vec<ServerIdUpdateJson>,
    /// Every licence on record the diagnosis concerns that the token reaches.
    pub licences: Vec<ConcernedJson>,
}

/// Diagnoses an installation's text or support zip against the licences on record.
#[utoipa::path(
    post,
    path = "/api/v1/diagnose",
    tag = "data",
    request_body(
        description = "An installation's text (`application/json`: `{\"text\": \"…\", \"server_id\": \"…\"}`), or a support zip or zipped home (`application/zip`, at most 32 MiB), as the Diagnose page takes them. Nothing is recorded.",
        content(
            (DiagnoseInput = "application/json"),
            (Vec<u8> = "application/zip"),
        )
    ),
    responses(
        (status = 200, description = "What the diagnosis found", body = DiagnosisJson),
        (status = 400, description = "A body of another content type, or JSON that does not fit", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or one that does not open the API", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A read token", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Text larger than the Diagnose page takes", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Nothing to diagnose, a Server ID that is not one, or an installation that cannot be read", body = Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub fn diagnose(ctx: &mut Ctx, caller: &Caller) -> ApiResult<Response> {
    let lang = ctx.lang;
    let installation = match media_type(ctx).as_str() {
        "application/json" => {
            let input: DiagnoseInput = super::body(ctx)?;
            if input.text.len() > MAX_PASTED_BYTES {
                return Err(ApiError::TooLarge(tr!(
                    lang,
                    "diagnose-pasted-too-large",
                    size = input.text.len().to_string(),
                    limit = MAX_PASTED_BYTES.to_string()
                )));
            }
            let server_id = input.server_id.as_deref().unwrap_or("").trim();
            let mut errors = Vec::new();
            if !server_id.is_empty() && ServerId::parse(server_id).is_err() {
                errors.push(("server_id", tr!(lang, "portal-server-id-invalid")));
            }
            if input.text.trim().is_empty() {
                errors.push(("text", tr!(lang, "diagnose-nothing-given")));
            }
            if !errors.is_empty() {
                return Err(invalid(errors));
            }
            let _slot = ctx.app.heavy_reads.enter()?;
            let opts = ReadOptions {
                server_id_override: (!server_id.is_empty()).then(|| server_id.to_owned()),
                no_database: true,
                ..ReadOptions::default()
            };
            let installation = crate::http::diagnose::read_pasted(lang, &input.text, &opts)
                .map_err(|reason| ApiError::field("text", reason))?;
            return answer(ctx, caller, &installation);
        }
        "application/zip" => {
            if ctx.req.body.is_empty() {
                return Err(ApiError::field("body", tr!(lang, "diagnose-nothing-given")));
            }
            let _slot = ctx.app.heavy_reads.enter()?;
            let opts = ReadOptions {
                no_database: true,
                ..ReadOptions::default()
            };
            let folder = crate::http::uploads::folder(&ctx.app.config.data_dir);
            let name = tr!(lang, "diagnose-source-upload");
            crate::http::diagnose::read_upload(lang, &name, &ctx.req.body, &opts, &folder).map_err(
                |reason| {
                    ApiError::field(
                        "body",
                        tr!(lang, "diagnose-file-unreadable", reason = reason),
                    )
                },
            )?
        }
        _ => {
            return Err(AppError::BadRequest(tr!(lang, "api-data-diagnose-content-type")).into());
        }
    };
    answer(ctx, caller, &installation)
}

fn invalid(errors: Vec<(&str, String)>) -> ApiError {
    ApiError::Invalid(
        errors
            .into_iter()
            .map(|(field, detail)| super::FieldError {
                field: field.to_owned(),
                detail,
            })
            .collect(),
    )
}

/// The diagnosis of an installation, as JSON.
fn answer(ctx: &mut Ctx, caller: &Caller, installation: &Installation) -> ApiResult<Response> {
    let lang = ctx.lang;
    let reaches = |licence: &Licence| caller.reaches(licence);
    let narrowed = caller.token.organisation_id().is_some();
    let diagnosed = crate::http::diagnose::diagnosed(
        ctx,
        &caller.session,
        installation,
        narrowed.then_some(&reaches as &dyn Fn(&Licence) -> bool),
        None,
    )?;
    let result = &diagnosed.result;
    let keys = diagnosed
        .keys
        .iter()
        .zip(diagnosed.records.iter())
        .map(|(installed, records)| {
            let decoded = installed.decoded.as_ref().ok();
            InstalledKeyJson {
                source: crate::i18n::install::install_source(lang, &installed.source),
                decoded: decoded.is_some(),
                sen: decoded.and_then(|d| d.licence.sen.clone()),
                product: decoded.and_then(|d| d.licence.products.first().map(|p| p.name.clone())),
                server_id: decoded.and_then(|d| d.licence.server_id.clone()),
                on_record: records
                    .by_key
                    .iter()
                    .chain(records.same_sen.iter())
                    .map(|r| RecordJson {
                        id: r.id,
                        name: r.name.clone(),
                        sen: r.sen.clone(),
                        server_id: r.server_id.clone(),
                        has_key: r.has_key,
                    })
                    .collect(),
            }
        })
        .collect();
    let body = DiagnosisJson {
        verdict: result.verdict.as_str(),
        headline: crate::i18n::diagnose::headline(lang, result),
        product: crate::i18n::install::product_name(lang, installation.product),
        server_id: installation.server_id.as_ref().map(|r| r.value.clone()),
        keys,
        findings: result
            .findings
            .iter()
            .map(|f| FindingJson {
                code: f.code().as_str(),
                message: crate::i18n::diagnose::finding(lang, f),
                key: f.key,
            })
            .collect(),
        advice: crate::i18n::diagnose::advice_for(lang, &result.findings),
        notes: result
            .notes
            .iter()
            .map(|n| crate::i18n::diagnose::note(lang, n))
            .collect(),
        reader_notes: crate::i18n::install::install_notes(lang, &installation.notes),
        server_id_updates: result
            .updates
            .iter()
            .filter(|u| {
                diagnosed
                    .found
                    .iter()
                    .any(|(licence, _)| licence.id.0 == u.licence_id)
            })
            .map(|u| ServerIdUpdateJson {
                licence_id: u.licence_id,
                name: u.name.clone(),
                sen: u.sen.clone(),
                old: u.old.clone(),
                new: u.new.clone(),
            })
            .collect(),
        licences: diagnosed
            .found
            .iter()
            .map(|(licence, installed)| ConcernedJson {
                licence: LicenceJson::of(ctx, licence),
                installed_at: installed
                    .iter()
                    .map(|i| InstalledAtJson {
                        product: i.product.clone(),
                        label: i.label.clone(),
                        host: i.host.clone(),
                        server_id: i.server_id.clone(),
                    })
                    .collect(),
            })
            .collect(),
    };
    Ok(json(200, &body))
}
