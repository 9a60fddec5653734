//! The Diagnose pages: paste a key and a Server ID, or upload a config file or support zip, and
//! get the same verdict as `licensedesk diagnose`; then update the Server ID on record through a
//! confirmation. An upload is read where it lies in the request body; only a support zip is
//! written to the private uploads folder, for as long as it is read. The server never connects
//! to a database an uploaded file names.

use std::borrow::Cow;
use std::path::PathBuf;

use crate::app;
use crate::atlassian::diagnosis::{self, Input, KeyRecords, Reference};
use crate::atlassian::install::limits::MAX_PASTED_BYTES;
use crate::atlassian::install::{self, InstallError, Installation, RawLicence, ReadOptions};
use crate::domain::instance::{MAX_HOST_CHARS, MAX_LABEL_CHARS};
use crate::domain::{Licence, LicenceId, ServerId};
use crate::error::{AppError, AppResult};
use crate::i18n::{self, Language};
use crate::paths::Route;
use crate::store::{instances, licences};
use crate::tr;
use crate::views::Nav;
use crate::views::diagnose::{self as view, FormErrors};

use super::context::Flash;
use super::session::Session;
use super::uploads::{self, TempUpload};
use super::{Ctx, Form, Response};

pub fn page(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    render_form(
        ctx,
        &session,
        200,
        &Typed::default(),
        &FormErrors::default(),
    )
}

/// What the form shows again after a refusal: what was typed.
#[derive(Default)]
struct Typed<'a> {
    key: &'a str,
    server_id: &'a str,
    record: bool,
    label: &'a str,
    host: &'a str,
}

fn render_form(
    ctx: &Ctx,
    session: &Session,
    status: u16,
    typed: &Typed<'_>,
    errors: &FormErrors,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let body = view::form(
        lang,
        &view::FormView {
            key: typed.key,
            server_id: typed.server_id,
            record: typed.record,
            label: typed.label,
            host: typed.host,
            errors,
            csrf: &session.csrf,
        },
    );
    ctx.page(
        Some(session),
        &tr!(lang, "diagnose-title"),
        Nav::Diagnose,
        false,
        status,
        body,
    )
}

/// What the form sent; text and files are borrowed from the request body where they can be.
struct Submitted<'a> {
    csrf: Cow<'a, str>,
    key: Cow<'a, str>,
    server_id: Cow<'a, str>,
    /// `yes` to record the installation, under a label and a host.
    record: Cow<'a, str>,
    label: Cow<'a, str>,
    host: Cow<'a, str>,
    /// The uploaded file's name and bytes, inside the request body.
    file: Option<(String, &'a [u8])>,
}

fn submitted<'a>(req: &'a super::Request, lang: crate::i18n::Language) -> AppResult<Submitted<'a>> {
    let is_multipart = req.header("content-type").is_some_and(|t| {
        t.trim_start()
            .to_ascii_lowercase()
            .starts_with("multipart/")
    });
    if is_multipart {
        let multipart = req.multipart(lang)?;
        let file = multipart
            .files("file")
            .next()
            .map(|part| (part.filename.clone().unwrap_or_default(), part.data));
        Ok(Submitted {
            csrf: multipart.text("csrf"),
            key: multipart.text("key"),
            server_id: multipart.text("server_id"),
            record: multipart.text("record"),
            label: multipart.text("label"),
            host: multipart.text("host"),
            file,
        })
    } else {
        let mut form = req.form();
        Ok(Submitted {
            csrf: Cow::Owned(form.take("csrf")),
            key: Cow::Owned(form.take("key")),
            server_id: Cow::Owned(form.take("server_id")),
            record: Cow::Owned(form.take("record")),
            label: Cow::Owned(form.take("label")),
            host: Cow::Owned(form.take("host")),
            file: None,
        })
    }
}

/// A form holding only the CSRF token, for the session's check.
fn csrf_form(token: &str) -> Form {
    let body = form_urlencoded::Serializer::new(String::new())
        .append_pair("csrf", token)
        .finish();
    Form::parse(body.as_bytes())
}

pub fn run(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let req = ctx.req;
    let input = submitted(req, ctx.lang)?;
    ctx.check_csrf(&session, &csrf_form(&input.csrf))?;
    let _slot = ctx.app.heavy_reads.enter()?;
    let lang = ctx.lang;
    let mut errors = FormErrors::default();
    let record = input.record.trim() == "yes";
    let typed = Typed {
        key: &input.key,
        server_id: &input.server_id,
        record,
        label: &input.label,
        host: &input.host,
    };
    if input.key.len() > MAX_PASTED_BYTES {
        errors.key = Some(tr!(
            lang,
            "diagnose-pasted-too-large",
            size = input.key.len().to_string(),
            limit = MAX_PASTED_BYTES.to_string()
        ));
        // What was typed is not sent back: it is too large to be a page.
        let typed = Typed { key: "", ..typed };
        return render_form(ctx, &session, 413, &typed, &errors);
    }
    let server_id = input.server_id.trim();
    if !server_id.is_empty() && ServerId::parse(server_id).is_err() {
        errors.server_id = Some(tr!(lang, "portal-server-id-invalid"));
    }
    if input.key.trim().is_empty() && input.file.is_none() {
        errors.key = Some(tr!(lang, "diagnose-nothing-given"));
    }
    let (label, host) = (input.label.trim(), input.host.trim());
    if record {
        let bad = |text: &str, max: usize| {
            text.chars().count() > max || text.chars().any(char::is_control)
        };
        if label.is_empty() {
            errors.label = Some(tr!(lang, "diagnose-record-label-missing"));
        } else if bad(label, MAX_LABEL_CHARS) {
            errors.label = Some(tr!(
                lang,
                "diagnose-record-text-invalid",
                max = (MAX_LABEL_CHARS as i64)
            ));
        }
        if bad(host, MAX_HOST_CHARS) {
            errors.host = Some(tr!(
                lang,
                "diagnose-record-text-invalid",
                max = (MAX_HOST_CHARS as i64)
            ));
        }
    }
    if errors.key.is_some()
        || errors.server_id.is_some()
        || errors.label.is_some()
        || errors.host.is_some()
    {
        return render_form(ctx, &session, 422, &typed, &errors);
    }
    let opts = ReadOptions {
        server_id_override: (!server_id.is_empty()).then(|| server_id.to_owned()),
        // A web request never makes the server connect to a database a file names.
        no_database: true,
        ..ReadOptions::default()
    };
    let upload_folder = uploads::folder(&ctx.app.config.data_dir);
    let from_file = match &input.file {
        Some((name, data)) => match read_upload(lang, name, data, &opts, &upload_folder) {
            Ok(installation) => Some(installation),
            Err(reason) => {
                errors.file = Some(tr!(lang, "diagnose-file-unreadable", reason = reason));
                None
            }
        },
        None => None,
    };
    let from_text = if input.key.trim().is_empty() {
        None
    } else {
        match read_pasted(lang, &input.key, &opts) {
            Ok(installation) => Some(installation),
            Err(reason) => {
                errors.key = Some(reason);
                None
            }
        }
    };
    if errors.key.is_some() || errors.file.is_some() {
        return render_form(ctx, &session, 422, &typed, &errors);
    }
    let installation = match (from_file, from_text) {
        (Some(file), Some(text)) => merge(file, text),
        (Some(one), None) | (None, Some(one)) => one,
        (None, None) => return Err(AppError::BadRequest(tr!(lang, "diagnose-nothing-given"))),
    };
    let record = record.then_some((label, host));
    show_result(ctx, &session, &installation, record, &typed)
}

/// What a diagnosis found, with the licences on record it concerns.
pub struct Diagnosed {
    pub keys: Vec<diagnosis::InstalledKey>,
    /// The licences on record for each key, in the keys' order.
    pub records: Vec<KeyRecords>,
    pub result: diagnosis::Diagnosis,
    /// Every licence found, once, with where it is installed.
    pub found: Vec<(Licence, Vec<crate::domain::Instance>)>,
}

/// Compares an installation with the licences on record that `session`'s account may see, and
/// of those only the ones `reaches` (an API token narrowed to one organisation reaches fewer;
/// such a token is not compared with recorded installations, which belong to no organisation).
pub fn diagnosed(
    ctx: &mut Ctx,
    session: &Session,
    installation: &Installation,
    reaches: Option<&dyn Fn(&Licence) -> bool>,
    this: Option<(&str, &str)>,
) -> AppResult<Diagnosed> {
    let viewer = session.viewer();
    let keys = diagnosis::decode_installed(installation);
    let mut records: Vec<KeyRecords> = keys
        .iter()
        .map(|installed| app::diagnosis::records_for(ctx.conn, Some(viewer), installed))
        .collect::<rusqlite::Result<_>>()?;
    if let Some(reaches) = reaches {
        let conn = &*ctx.conn;
        let reached = |id: i64| -> rusqlite::Result<bool> {
            Ok(licences::visible(conn, viewer, LicenceId(id))?.is_some_and(|l| reaches(&l)))
        };
        for found in &mut records {
            if let Some(record) = &found.by_key
                && !reached(record.id)?
            {
                found.by_key = None;
            }
            let mut kept = Vec::new();
            for record in std::mem::take(&mut found.same_sen) {
                if reached(record.id)? {
                    kept.push(record);
                }
            }
            found.same_sen = kept;
        }
    }
    let same_server_id = match &installation.server_id {
        Some(reading) if reaches.is_none() => {
            app::diagnosis::others_with_server_id(ctx.conn, Some(viewer), &reading.value, this)?
        }
        _ => Vec::new(),
    };
    let today = jiff::Timestamp::from_second(ctx.now)
        .map_err(|e| AppError::Internal(e.to_string()))?
        .to_zoned(jiff::tz::TimeZone::system())
        .date();
    let result = diagnosis::diagnose(&Input {
        installation,
        keys: &keys,
        reference: Reference::Records(&records),
        same_server_id: &same_server_id,
        environment: None,
        allow_unverified: false,
        today,
    });
    // Every licence found, once, with where it is installed.
    let mut found: Vec<Licence> = Vec::new();
    for record in records
        .iter()
        .flat_map(|r| r.by_key.iter().chain(r.same_sen.iter()))
    {
        if found.iter().all(|l| l.id.0 != record.id)
            && let Some(licence) = licences::visible(ctx.conn, viewer, LicenceId(record.id))?
        {
            found.push(licence);
        }
    }
    let found = found
        .into_iter()
        .map(|licence| {
            let installed = instances::for_licence(ctx.conn, licence.id)?;
            Ok((licence, installed))
        })
        .collect::<rusqlite::Result<_>>()?;
    Ok(Diagnosed {
        keys,
        records,
        result,
        found,
    })
}

/// The verdict; with `record` (a label and a host), the installation is recorded too, when
/// the viewer may change every licence it runs and the installation it would replace.
fn show_result(
    ctx: &mut Ctx,
    session: &Session,
    installation: &Installation,
    record: Option<(&str, &str)>,
    typed: &Typed<'_>,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let (label, host) = record.unwrap_or_default();
    let mut diagnosed = diagnosed(
        ctx,
        session,
        installation,
        None,
        record.map(|(l, h)| (h, l)),
    )?;
    if record.is_some() {
        let viewer = session.viewer();
        let mut errors = FormErrors::default();
        let runs = app::diagnosis::snapshot_licences(&diagnosed.keys, &diagnosed.records);
        if !app::diagnosis::may_record(ctx.conn, viewer, &runs)? {
            errors.record = Some(if runs.is_empty() {
                tr!(lang, "diagnose-record-no-licence")
            } else {
                tr!(lang, "diagnose-record-not-yours")
            });
            return render_form(ctx, session, 403, typed, &errors);
        }
        if let Some(existing) = instances::find(ctx.conn, host, label)?
            && !app::diagnosis::instance_seen(ctx.conn, viewer, existing)?
                .is_some_and(|seen| seen.may_change)
        {
            errors.label = Some(tr!(lang, "diagnose-record-label-taken"));
            return render_form(ctx, session, 409, typed, &errors);
        }
        let findings: Vec<diagnosis::Code> =
            diagnosed.result.findings.iter().map(|f| f.code()).collect();
        let snapshot = app::diagnosis::Snapshot {
            installation,
            label,
            host,
            keys: &diagnosed.keys,
            records: &diagnosed.records,
            verdict: diagnosed.result.verdict,
            findings: &findings,
        };
        let actor = ctx.actor(session);
        app::diagnosis::keep(
            ctx.conn,
            &actor,
            installation,
            &[],
            Some(&snapshot),
            ctx.now,
        )?;
        // The lists below show the installation just recorded.
        for (licence, installed) in &mut diagnosed.found {
            *installed = instances::for_licence(ctx.conn, licence.id)?;
        }
    }
    let shown: Vec<crate::domain::Instance> = diagnosed
        .found
        .iter()
        .flat_map(|(_, installed)| installed.iter().cloned())
        .collect();
    let deletable = super::installations::deletable_ids(ctx, session, &shown)?;
    let entries: Vec<view::LicenceOnRecord<'_>> = diagnosed
        .found
        .iter()
        .map(|(licence, installed_at)| view::LicenceOnRecord {
            licence,
            installed_at,
        })
        .collect();
    let body = view::result(
        lang,
        &view::ResultView {
            installation,
            keys: &diagnosed.keys,
            records: &diagnosed.records,
            diagnosis: &diagnosed.result,
            licences: &entries,
            deletable: &deletable,
            recorded: record,
            csrf: &session.csrf,
        },
    );
    ctx.page(
        Some(session),
        &tr!(lang, "diagnose-result-title"),
        Nav::Diagnose,
        false,
        200,
        body,
    )
}

/// Pasted text: a config file's content, a System Information page, or a bare key (which may
/// be damaged, and is then reported as such rather than refused).
pub fn read_pasted(
    lang: Language,
    pasted: &str,
    opts: &ReadOptions,
) -> Result<Installation, String> {
    let pasted_text = tr!(lang, "diagnose-source-pasted");
    match install::read_text(pasted.as_bytes(), &pasted_text, opts) {
        Ok(installation) => Ok(installation),
        Err(InstallError::Unrecognised { .. }) if looks_like_a_key(pasted) => {
            let mut installation = Installation {
                product: install::Product::Unidentified,
                home: PathBuf::from(&pasted_text),
                server_id: None,
                licences: vec![RawLicence {
                    raw: pasted.split_whitespace().collect(),
                    source: install::Source::Text(pasted_text.clone()),
                }],
                database: None,
                licences_in_database: None,
                cluster: None,
                notes: Vec::new(),
            };
            if let Some(given) = &opts.server_id_override {
                installation.server_id = Some(install::ServerIdReading {
                    value: given.trim().to_ascii_uppercase(),
                    source: install::Source::Text(tr!(lang, "diagnose-source-given-by-hand")),
                });
            }
            Ok(installation)
        }
        Err(error) => Err(i18n::install::install_error(lang, &error)),
    }
}

/// Base64 text of a key's length starting as every key does, with nothing but whitespace
/// around: a key, maybe damaged. Text longer than the decoder takes is not a key.
fn looks_like_a_key(text: &str) -> bool {
    if text.len() > 2 * crate::atlassian::key::MAX_INPUT_BYTES {
        return false;
    }
    let compact: String = text.split_whitespace().collect();
    // Every key starts `AAA` (its length prefix); a wall of letters does not.
    (40..=crate::atlassian::key::MAX_INPUT_BYTES).contains(&compact.len())
        && compact.starts_with("AAA")
        && compact
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
}

/// An upload, read where it lies in the request body; a zip (which is read by seeking in it) is
/// written to its own folder in the private uploads folder for as long as reading it takes, and
/// that folder is removed when this returns, whatever happened.
pub fn read_upload(
    lang: Language,
    name: &str,
    data: &[u8],
    opts: &ReadOptions,
    upload_folder: &std::path::Path,
) -> Result<Installation, String> {
    let shown = if name.trim().is_empty() {
        tr!(lang, "diagnose-source-upload")
    } else {
        name.to_owned()
    };
    let is_zip = data.starts_with(b"PK\x03\x04")
        || data.starts_with(b"PK\x05\x06")
        || name.to_ascii_lowercase().ends_with(".zip");
    if !is_zip {
        return match install::read_named_text(data, &uploads::safe_file_name(name), opts) {
            Ok(mut installation) => {
                installation.home = PathBuf::from(&shown);
                Ok(installation)
            }
            Err(error) => Err(i18n::install::install_error(lang, &error)),
        };
    }
    let upload = TempUpload::write(upload_folder, name, data)
        .map_err(|e| tr!(lang, "diagnose-upload-not-stored", reason = e.to_string()))?;
    let result = install::read_installation(&upload.path, opts);
    // Messages name the file as the user knows it, not where it was stored for a moment.
    let hide = |message: String| message.replace(&upload.path.display().to_string(), &shown);
    match result {
        Ok(mut installation) => {
            installation.home = PathBuf::from(&shown);
            let sources = installation
                .licences
                .iter_mut()
                .map(|licence| &mut licence.source)
                .chain(installation.server_id.iter_mut().map(|r| &mut r.source));
            for source in sources {
                for text in source.texts_mut() {
                    *text = hide(std::mem::take(text));
                }
            }
            for note in &mut installation.notes {
                for text in note.texts_mut() {
                    *text = hide(std::mem::take(text));
                }
            }
            Ok(installation)
        }
        Err(error) => Err(hide(i18n::install::install_error(lang, &error))),
    }
}

/// Adds what the pasted text holds to what the file holds.
pub fn merge(mut file: Installation, text: Installation) -> Installation {
    if file.server_id.is_none() {
        file.server_id = text.server_id;
    }
    for licence in text.licences {
        if !file.licences.iter().any(|l| l.raw == licence.raw) {
            file.licences.push(licence);
        }
    }
    if file.product == install::Product::Unidentified {
        file.product = text.product;
    }
    file.notes.extend(text.notes);
    file
}

/// Step one shows the confirmation; step two (`confirmed=yes`) changes the Server ID.
pub fn apply(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let Ok(id) = form.get("licence").trim().parse::<LicenceId>() else {
        return Err(AppError::NotFound);
    };
    let Some((licence, access)) = licences::with_access(ctx.conn, session.viewer(), id)? else {
        return Err(AppError::NotFound);
    };
    if !access.may_manage() {
        return Err(AppError::Forbidden(tr!(ctx.lang, "organisation-read-only")));
    }
    let server_id =
        ServerId::parse(form.get("server_id")).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let lang = ctx.lang;
    if form.get("confirmed") != "yes" {
        let body = view::confirm(
            lang,
            &view::ConfirmView {
                licence: &licence,
                new_server_id: server_id.as_str(),
                csrf: &session.csrf,
            },
        );
        return ctx.page(
            Some(&session),
            &tr!(lang, "diagnose-confirm-title"),
            Nav::Diagnose,
            true,
            200,
            body,
        );
    }
    let actor = ctx.actor(&session);
    let detail = format!("Server ID set to {server_id} from the Diagnose page");
    let changed = app::diagnosis::set_server_id(
        ctx.conn,
        &actor,
        &licence,
        server_id.as_str(),
        &detail,
        ctx.now,
    )?;
    let flash = if changed {
        Flash::ServerIdUpdated
    } else {
        Flash::ServerIdUnchanged
    };
    Ok(Response::see_other(&Route::Diagnose.path()).header("Set-Cookie", ctx.flash_cookie(flash)?))
}
