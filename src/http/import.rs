//! The Import page (paste keys or upload files, preview, then confirm) and the export
//! downloads. A preview is kept in memory for a short while under a random token that only
//! its owner can confirm; nothing is written before the confirmation.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use rusqlite::TransactionBehavior;

use crate::auth::Token;
use crate::config::ImportLimits;
use crate::domain::AccountId;
use crate::error::{AppError, AppResult};
use crate::inventory::{export, import};
use crate::paths::ExportFormat;
use crate::store::{self, licences};
use crate::tr;
use crate::views::{self, Nav};

use super::session::Session;
use super::{Ctx, HeaderValue, Response};

/// A preview waits this long for its confirmation.
const PREVIEW_LIFETIME: Duration = Duration::from_secs(30 * 60);

/// A preview: the decoded entries (never the uploaded bytes) and what they would do.
struct Pending {
    owner: AccountId,
    decoded: import::Decoded,
    /// What the preview showed; a confirmation applies only the same plan.
    fingerprint: Vec<(String, Option<i64>, Vec<String>)>,
    options: import::Options,
    created: Instant,
    bytes: usize,
}

/// Why a preview cannot be kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Larger than one account may hold, even alone.
    TooLarge { bytes: usize, max: usize },
    /// Every account's previews together hold the overall budget.
    Full,
}

/// Previews waiting for their confirmation, by the hash of their token, within a budget per
/// account and one overall: an account's new preview pushes out its own oldest ones, never
/// someone else's.
pub struct PendingImports {
    previews: Mutex<HashMap<[u8; 32], Pending>>,
    limits: ImportLimits,
}

impl PendingImports {
    pub fn new(limits: ImportLimits) -> PendingImports {
        PendingImports {
            previews: Mutex::new(HashMap::new()),
            limits,
        }
    }

    /// Bytes the waiting previews hold (as `Decoded::held_bytes` counts them).
    pub fn held_bytes(&self) -> usize {
        let previews = self.previews.lock().unwrap_or_else(|e| e.into_inner());
        previews.values().map(|p| p.bytes).sum()
    }

    /// How many previews are waiting.
    pub fn len(&self) -> usize {
        self.previews
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The most a new preview of `owner`'s may hold: their own budget (their older previews
    /// make way), and what the other accounts leave of the overall one. Reading an upload stops
    /// as soon as it passes this. Also says which of the two it is.
    fn room(&self, owner: AccountId) -> (usize, Refusal) {
        let mut previews = self.previews.lock().unwrap_or_else(|e| e.into_inner());
        previews.retain(|_, p| p.created.elapsed() < PREVIEW_LIFETIME);
        let others: usize = previews
            .values()
            .filter(|p| p.owner != owner)
            .map(|p| p.bytes)
            .sum();
        let left = self.limits.pending_bytes.saturating_sub(others);
        let account = self.limits.pending_account_bytes;
        if left < account {
            (left, Refusal::Full)
        } else {
            (
                account,
                Refusal::TooLarge {
                    bytes: 0,
                    max: account,
                },
            )
        }
    }

    fn keep(&self, pending: Pending) -> Result<Token, Refusal> {
        if pending.bytes > self.limits.pending_account_bytes {
            return Err(Refusal::TooLarge {
                bytes: pending.bytes,
                max: self.limits.pending_account_bytes,
            });
        }
        let mut previews = self.previews.lock().unwrap_or_else(|e| e.into_inner());
        previews.retain(|_, p| p.created.elapsed() < PREVIEW_LIFETIME);
        let owner = pending.owner;
        let owned = |previews: &HashMap<[u8; 32], Pending>| -> usize {
            previews
                .values()
                .filter(|p| p.owner == owner)
                .map(|p| p.bytes)
                .sum()
        };
        while owned(&previews) + pending.bytes > self.limits.pending_account_bytes {
            let Some(oldest) = previews
                .iter()
                .filter(|(_, p)| p.owner == owner)
                .min_by_key(|(_, p)| p.created)
                .map(|(k, _)| *k)
            else {
                break;
            };
            previews.remove(&oldest);
        }
        let total: usize = previews.values().map(|p| p.bytes).sum();
        if total + pending.bytes > self.limits.pending_bytes {
            return Err(Refusal::Full);
        }
        let token = Token::generate();
        previews.insert(token.hash(), pending);
        Ok(token)
    }

    fn take(&self, token: &Token, owner: AccountId) -> Option<Pending> {
        let mut previews = self.previews.lock().unwrap_or_else(|e| e.into_inner());
        let hash = token.hash();
        let mine = previews
            .get(&hash)
            .is_some_and(|p| p.owner == owner && p.created.elapsed() < PREVIEW_LIFETIME);
        if mine { previews.remove(&hash) } else { None }
    }
}

pub fn page(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    render_form(ctx, &session, 200, "", false, None)
}

fn render_form(
    ctx: &mut Ctx,
    session: &Session,
    status: u16,
    pasted: &str,
    allow_unverified: bool,
    error: Option<&str>,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let body = views::import::form(
        lang,
        &views::import::ImportForm {
            csrf: &session.csrf,
            pasted,
            allow_unverified,
            error,
        },
    );
    ctx.page(
        Some(session),
        &tr!(lang, "import-title"),
        Nav::Import,
        false,
        status,
        body,
    )
}

/// The preview: reads what was pasted and uploaded and shows what would happen.
pub fn preview(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let form = ctx.req.multipart(ctx.lang)?;
    let mut fields = super::Form::default();
    fields.insert("csrf", form.text("csrf").into_owned());
    ctx.check_csrf(&session, &fields)?;
    let lang = ctx.lang;
    let pasted = form.text("keys").into_owned();
    let allow_unverified = form.text("allow_unverified") == "on";
    // Cancel on a preview: the form again with the text that was pasted, the preview let go.
    if form.text("back") == "1" {
        if let Some(token) = Token::from_client(&form.text("cancel_preview")) {
            drop(ctx.app.pending_imports.take(&token, session.account.id));
        }
        drop(form);
        return render_form(ctx, &session, 200, &pasted, allow_unverified, None);
    }
    let _slot = ctx.app.heavy_reads.enter()?;
    let mut sources = Vec::new();
    if !pasted.trim().is_empty() {
        sources.push(import::Source {
            name: tr!(lang, "import-pasted-source"),
            bytes: pasted.clone().into_bytes(),
        });
    }
    for file in form.files("files") {
        sources.push(import::Source {
            name: file.filename.clone().unwrap_or_default(),
            bytes: file.data.to_vec(),
        });
    }
    drop(form);
    if sources.is_empty() {
        return render_form(
            ctx,
            &session,
            422,
            &pasted,
            allow_unverified,
            Some(&tr!(lang, "import-nothing")),
        );
    }
    let (room, refusal) = ctx.app.pending_imports.room(session.account.id);
    let options = import::Options {
        allow_unverified,
        viewer: Some(session.viewer()),
        max_keys: Some(ctx.app.config.imports.max_keys),
        max_held_bytes: Some(room),
    };
    let decoded = match import::read(&sources, options, &|_| {}) {
        Ok(decoded) => decoded,
        Err(import::PlanError::TooManyKeys { max }) => {
            let message = tr!(lang, "import-too-many-keys", max = max);
            return render_form(ctx, &session, 422, "", allow_unverified, Some(&message));
        }
        Err(import::PlanError::TooLarge { at, .. }) => {
            // Reading stopped where the budget was passed: nothing past it was decoded.
            let refused = match refusal {
                Refusal::TooLarge { max, .. } => tr!(
                    lang,
                    "import-preview-over-budget",
                    max = max.div_ceil(1 << 20)
                ),
                Refusal::Full => tr!(lang, "import-previews-full"),
            };
            // Two whole sentences, side by side.
            let message = format!(
                "{refused} {}",
                tr!(
                    lang,
                    "import-read-stopped",
                    at = views::import::origin_words(lang, &at)
                )
            );
            return render_form(ctx, &session, 413, "", allow_unverified, Some(&message));
        }
        Err(import::PlanError::Database(e)) => return Err(e.into()),
    };
    // The uploaded bytes go now: the preview keeps what was decoded from them.
    drop(sources);
    let plan = import::decide(ctx.conn, &decoded, options)?;
    let shown = Shown {
        status: 200,
        notice: None,
        pasted: Some(&pasted),
    };
    keep_and_show(ctx, &session, decoded, options, &plan, &shown)
}

/// How a preview is shown: its status, a notice above it, and the pasted text it came from
/// (for Cancel), when it is at hand.
struct Shown<'a> {
    status: u16,
    notice: Option<&'a str>,
    pasted: Option<&'a str>,
}

/// Keeps a preview and shows it, or says why it cannot be kept.
fn keep_and_show(
    ctx: &mut Ctx,
    session: &Session,
    decoded: import::Decoded,
    options: import::Options,
    plan: &import::Plan,
    shown: &Shown<'_>,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let fingerprint = plan.fingerprint();
    // The fingerprint's warnings (its origins and reasons are counted with the entries).
    let warnings: usize = fingerprint
        .iter()
        .filter(|(_, target, _)| *target != Some(-2))
        .flat_map(|(_, _, warnings)| warnings)
        .map(|w| std::mem::size_of::<String>() + w.len())
        .sum();
    let bytes = decoded.held_bytes() + warnings;
    let kept = ctx.app.pending_imports.keep(Pending {
        owner: session.account.id,
        decoded,
        fingerprint,
        options,
        created: Instant::now(),
        bytes,
    });
    let token = match kept {
        Ok(token) => token,
        Err(refusal) => {
            let message = refusal_message(lang, refusal);
            return render_form(
                ctx,
                session,
                413,
                "",
                options.allow_unverified,
                Some(&message),
            );
        }
    };
    // Only an administrator learns which organisations there are.
    let organisations: Option<std::collections::HashMap<String, String>> =
        if session.account.is_admin {
            Some(
                crate::store::organisations::all(ctx.conn)?
                    .into_iter()
                    .filter_map(|o| {
                        crate::domain::organisation::name_key(&o.name).map(|key| (key, o.name))
                    })
                    .collect(),
            )
        } else {
            None
        };
    let body = views::import::preview(
        lang,
        &views::import::PreviewView {
            plan,
            token: token.as_str(),
            csrf: &session.csrf,
            is_admin: session.account.is_admin,
            notice: shown.notice,
            organisations: organisations.as_ref(),
            pasted: shown.pasted,
            allow_unverified: options.allow_unverified,
        },
    );
    ctx.page(
        Some(session),
        &tr!(lang, "import-preview-title"),
        Nav::Import,
        false,
        shown.status,
        body,
    )
}

/// Why a preview is not kept, in words.
fn refusal_message(lang: crate::i18n::Language, refusal: Refusal) -> String {
    match refusal {
        Refusal::TooLarge { bytes, max } => {
            let mib = |n: usize| n.div_ceil(1 << 20);
            tr!(
                lang,
                "import-preview-too-large",
                size = mib(bytes),
                max = mib(max)
            )
        }
        Refusal::Full => tr!(lang, "import-previews-full"),
    }
}

/// The confirmation: compares the preview's entries with the inventory again (no decoding)
/// and applies them in one transaction, when they still do what the preview showed.
pub fn confirm(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let app = ctx.app;
    let lang = ctx.lang;
    let pending = Token::from_client(form.get("preview"))
        .and_then(|token| app.pending_imports.take(&token, session.account.id));
    let Some(pending) = pending else {
        return render_form(
            ctx,
            &session,
            410,
            "",
            false,
            Some(&tr!(lang, "import-preview-expired")),
        );
    };
    let is_admin = session.account.is_admin;
    let replace_genuine = is_admin && form.get("replace_genuine") == "on";
    let invite = is_admin && form.get("invite") == "on";
    let now = ctx.now;
    let actor = ctx.actor(&session);
    let tx = ctx
        .conn
        .transaction_with_behavior(TransactionBehavior::Immediate)?;
    let plan = import::decide(&tx, &pending.decoded, pending.options)?;
    if plan.fingerprint() != pending.fingerprint {
        drop(tx);
        let notice = tr!(lang, "import-changed-since-preview");
        let shown = Shown {
            status: 409,
            notice: Some(&notice),
            pasted: None,
        };
        return keep_and_show(
            ctx,
            &session,
            pending.decoded,
            pending.options,
            &plan,
            &shown,
        );
    }
    let applied = crate::app::imports::apply_for(
        &tx,
        &actor,
        &session.account,
        &plan,
        replace_genuine,
        crate::i18n::import::warning_in_audit,
        now,
    )?;
    let mut invited = 0;
    if invite {
        for id in &applied.created_accounts {
            // Accounts an import creates speak the language of whoever imported them.
            store::people::set_language(&tx, *id, ctx.lang)?;
            let Some(account) = store::accounts::by_id(&tx, *id)? else {
                continue;
            };
            crate::app::links::send_invitation(&tx, super::people::sender(app), &account, now)?;
            invited += 1;
        }
    }
    tx.commit()?;
    let body = views::import::done(lang, &applied, &plan.rejected, invited);
    ctx.page(
        Some(&session),
        &tr!(lang, "import-done-title"),
        Nav::Import,
        false,
        200,
        body,
    )
}

/// `GET /export?format=csv|json|keys`: the licences the user may see, as a download.
pub fn download(ctx: &mut Ctx, format: ExportFormat) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let (content_type, file_name, body) = export_file(ctx, &session, format, None)?;
    Ok(attachment(content_type, &file_name, body))
}

/// The export of the licences `session`'s account may see, of those only the ones of the
/// organisation `only` names (an API token narrowed to it), with nothing of another
/// organisation coming along: its content type, file name and bytes. Keys the account may not take away are withheld, with the reason in the file, and
/// every key a consultant takes away is audited.
pub fn export_file(
    ctx: &mut Ctx,
    session: &Session,
    format: ExportFormat,
    only: Option<crate::domain::OrganisationId>,
) -> AppResult<(&'static str, String, Vec<u8>)> {
    let mut selection = licences::all_visible(ctx.conn, session.viewer())?;
    if let Some(only) = only {
        selection.retain(|l| l.belongs_to.as_ref().is_some_and(|o| o.id == only));
    }
    // Keys whose Server ID gate was not passed stay out, as "Download licence" keeps them; so
    // do the keys of licences a consultant reads without them.
    let mut withheld = export::Withheld::new();
    let mut read_by_consultant = Vec::new();
    for licence in selection.iter().filter(|l| l.licence_key.is_some()) {
        let access = licences::access_to(ctx.conn, session.viewer(), licence)?;
        if !access.sees_keys() {
            withheld.insert(licence.id, export::WithheldBecause::NotGranted);
        } else if !super::licences::may_download(session, licence, access) {
            withheld.insert(licence.id, export::WithheldBecause::Gate);
        } else if !access.may_manage() {
            read_by_consultant.push(licence.id);
        }
    }
    // Every key a consultant takes away is audited.
    let actor = ctx.actor(session);
    crate::app::key_views::keys_viewed(
        ctx.conn,
        &actor,
        &read_by_consultant,
        crate::app::key_views::KeyView::Export(format),
        ctx.now,
    )?;
    let date = jiff::Timestamp::from_second(ctx.now)
        .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).date().to_string())
        .unwrap_or_default();
    let (content_type, file_name, body) = match format {
        ExportFormat::Json => {
            let document = export::document(
                ctx.conn,
                &selection,
                &withheld,
                Some(session.viewer()),
                only.is_some(),
            )?;
            (
                "application/json",
                format!("licences-{date}.json"),
                export::to_json(&document).into_bytes(),
            )
        }
        ExportFormat::Csv => (
            "text/csv; charset=utf-8",
            format!("licences-{date}.csv"),
            export::to_csv(
                &selection,
                &withheld,
                &export::host_sens(ctx.conn, &selection)?,
            )
            .map_err(|e| AppError::Internal(e.to_string()))?,
        ),
        ExportFormat::Keys => (
            "application/zip",
            format!("licence-keys-{date}.zip"),
            zip_of(&export::key_files(&selection, &withheld))?,
        ),
    };
    Ok((content_type, file_name, body))
}

/// A download: the browser saves it under `file_name` instead of showing it.
pub fn attachment(content_type: &'static str, file_name: &str, body: Vec<u8>) -> Response {
    let safe: String = file_name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    let disposition = HeaderValue::new(format!("attachment; filename=\"{safe}\""))
        .unwrap_or_else(|_| HeaderValue::fixed("attachment"));
    Response::new(200)
        .header("Content-Type", HeaderValue::fixed(content_type))
        .header("Content-Disposition", disposition)
        .with_body(body)
}

fn zip_of(files: &[(String, String)]) -> AppResult<Vec<u8>> {
    use std::io::Write;
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let internal = |e: &dyn std::fmt::Display| AppError::Internal(format!("zip: {e}"));
    for (name, content) in files {
        writer.start_file(name, options).map_err(|e| internal(&e))?;
        writer
            .write_all(content.as_bytes())
            .map_err(|e| internal(&e))?;
    }
    Ok(writer.finish().map_err(|e| internal(&e))?.into_inner())
}
