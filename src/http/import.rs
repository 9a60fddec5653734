//! The Import page (paste keys or upload files, preview, then confirm) and the export
//! downloads. A preview is kept in memory for a short while under a random token that only
//! its owner can confirm; nothing is written before the confirmation.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::auth::Token;
use crate::domain::AccountId;
use crate::error::{AppError, AppResult};
use crate::inventory::{export, import};
use crate::store::licences;
use crate::views::{self, Nav};

use super::session::Session;
use super::{Ctx, HeaderValue, Response};

/// A preview waits this long for its confirmation.
const PREVIEW_LIFETIME: Duration = Duration::from_secs(30 * 60);
/// At most this many previews are kept at once (the oldest goes first).
const MAX_PENDING: usize = 32;

struct Pending {
    owner: AccountId,
    sources: Vec<import::Source>,
    options: import::Options,
    created: Instant,
}

/// Previews waiting for their confirmation, by the hash of their token.
#[derive(Default)]
pub struct PendingImports {
    previews: Mutex<HashMap<[u8; 32], Pending>>,
}

impl PendingImports {
    fn keep(&self, pending: Pending) -> Token {
        let token = Token::generate();
        let mut previews = self.previews.lock().unwrap_or_else(|e| e.into_inner());
        previews.retain(|_, p| p.created.elapsed() < PREVIEW_LIFETIME);
        while previews.len() >= MAX_PENDING {
            let Some(oldest) = previews
                .iter()
                .min_by_key(|(_, p)| p.created)
                .map(|(k, _)| *k)
            else {
                break;
            };
            previews.remove(&oldest);
        }
        previews.insert(token.hash(), pending);
        token
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
    let cat = ctx.app.catalogue;
    let body = views::import::form(
        cat,
        &views::import::ImportForm {
            csrf: &session.csrf,
            pasted,
            allow_unverified,
            error,
        },
    );
    ctx.page(
        Some(session),
        cat.import_title,
        Nav::Import,
        false,
        status,
        body,
    )
}

/// The preview: reads what was pasted and uploaded and shows what would happen.
pub fn preview(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let form = ctx.req.multipart()?;
    let mut fields = super::Form::default();
    fields.insert("csrf", form.text("csrf").into_owned());
    ctx.check_csrf(&session, &fields)?;
    let cat = ctx.app.catalogue;
    let pasted = form.text("keys").into_owned();
    let allow_unverified = form.text("allow_unverified") == "on";
    let mut sources = Vec::new();
    if !pasted.trim().is_empty() {
        sources.push(import::Source {
            name: cat.import_pasted_source.to_owned(),
            bytes: pasted.clone().into_bytes(),
        });
    }
    for file in form.files("files") {
        sources.push(import::Source {
            name: file.filename.clone().unwrap_or_default(),
            bytes: file.data.to_vec(),
        });
    }
    if sources.is_empty() {
        return render_form(
            ctx,
            &session,
            422,
            &pasted,
            allow_unverified,
            Some(cat.import_nothing),
        );
    }
    let options = import::Options { allow_unverified };
    let plan = import::plan(ctx.conn, &sources, options, &|_| {})?;
    let plan = import::restrict_to_viewer(ctx.conn, plan, session.viewer())?;
    let token = ctx.app.pending_imports.keep(Pending {
        owner: session.account.id,
        sources,
        options,
        created: Instant::now(),
    });
    let body = views::import::preview(cat, &plan, token.as_str(), &session.csrf);
    ctx.page(
        Some(&session),
        cat.import_preview_title,
        Nav::Import,
        false,
        200,
        body,
    )
}

/// The confirmation: plans again (the inventory may have changed since the preview) and applies
/// the plan in one transaction.
pub fn confirm(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let cat = ctx.app.catalogue;
    let pending = Token::from_client(form.get("preview"))
        .and_then(|token| ctx.app.pending_imports.take(&token, session.account.id));
    let Some(pending) = pending else {
        return render_form(
            ctx,
            &session,
            410,
            "",
            false,
            Some(cat.import_preview_expired),
        );
    };
    let plan = import::plan(ctx.conn, &pending.sources, pending.options, &|_| {})?;
    let plan = import::restrict_to_viewer(ctx.conn, plan, session.viewer())?;
    // An administrator sees every licence already; anyone else becomes a technical contact of
    // what they import, or they could not see it afterwards.
    let contact = (!session.account.is_admin).then_some(session.account.id);
    let addr = ctx.req.client_addr_string();
    let applied = import::apply(
        ctx.conn,
        &plan,
        &import::ApplyContext {
            actor: &session.actor(),
            client_addr: addr.as_deref(),
            contact,
            now: ctx.now,
        },
        &|_| {},
    )?;
    let body = views::import::done(cat, &applied, &plan.rejected);
    ctx.page(
        Some(&session),
        cat.import_done_title,
        Nav::Import,
        false,
        200,
        body,
    )
}

/// `GET /export?format=csv|json|keys`: the licences the user may see, as a download.
pub fn download(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let selection = licences::all_visible(ctx.conn, session.viewer())?;
    let date = jiff::Timestamp::from_second(ctx.now)
        .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).date().to_string())
        .unwrap_or_default();
    let (content_type, file_name, body) = match ctx.req.query_param("format") {
        Some("json") => {
            let document = export::document(ctx.conn, &selection)?;
            (
                "application/json",
                format!("licences-{date}.json"),
                export::to_json(&document).into_bytes(),
            )
        }
        Some("csv") => (
            "text/csv; charset=utf-8",
            format!("licences-{date}.csv"),
            export::to_csv(&selection).map_err(|e| AppError::Internal(e.to_string()))?,
        ),
        Some("keys") => (
            "application/zip",
            format!("licence-keys-{date}.zip"),
            zip_of(&export::key_files(&selection))?,
        ),
        _ => {
            return Err(AppError::BadRequest(
                ctx.app.catalogue.export_bad_format.to_owned(),
            ));
        }
    };
    Ok(attachment(content_type, &file_name, body))
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
