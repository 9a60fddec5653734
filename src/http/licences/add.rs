//! Adding licences: from a pasted key (decoded and filled in; a key that is not genuine only
//! with the "add although not genuine" box) or entered by hand, and new evaluation licences.
//!
//! Whoever adds a licence and is not an admin becomes its technical contact, since a licence
//! is visible to users only through its contacts; admins see every licence without one.

use crate::app::licence_changes;
use crate::atlassian::key::DecodedKey;
use crate::domain::terms::{self, EVALUATION_PRODUCTS, parse_tier};
use crate::domain::{Deployment, LicenceId};
use crate::domain::{LicenceFields, LicenceKind, LicenceType, Sen};
use crate::error::{AppError, AppResult};
use crate::i18n::Language;
use crate::inventory::new_licence_from_key;
use crate::store::licences::ServerIdReason;
use crate::store::{self};
use crate::views::licences::FormState;
use crate::views::{self};

use super::super::session::Session;
use super::super::{Ctx, Form, Response};
use super::{LicenceFlash, done, form_page, input, licence_path, pasted_key, today};

pub fn page(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let by_hand = FormState::new()
        .keep("licence_type", "Commercial")
        .keep("deployment", "server");
    render_add(ctx, &session, &FormState::new(), &by_hand, 200)
}

fn render_add(
    ctx: &mut Ctx,
    session: &Session,
    by_key: &FormState,
    by_hand: &FormState,
    status: u16,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let body = views::licences::forms::add(lang, &session.csrf, by_key, by_hand);
    form_page(
        ctx,
        session,
        &crate::tr!(lang, "portal-add-licence-title"),
        status,
        body,
    )
}

/// A pasted key to add as a new licence: it decodes (and verifies, or is accepted as not
/// genuine) and is no licence's key yet. A refusal goes into `state` beside the key field.
pub fn key_to_add(
    ctx: &mut Ctx,
    lang: Language,
    form: &Form,
    state: &mut FormState,
) -> AppResult<Option<DecodedKey>> {
    let decoded = pasted_key(lang, form, state, true);
    if let Some(decoded) = &decoded {
        refuse_duplicate(ctx, lang, decoded, state)?;
    }
    Ok(decoded)
}

/// A key already held by a licence is refused: a key is recorded once (SPEC §6).
pub fn refuse_duplicate(
    ctx: &mut Ctx,
    lang: Language,
    decoded: &DecodedKey,
    state: &mut FormState,
) -> AppResult<()> {
    if store::licences::by_key(ctx.conn, &decoded.canonical)?.is_some() {
        state.error("key", crate::tr!(lang, "portal-key-duplicate"));
    }
    Ok(())
}

pub fn by_key(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let lang = ctx.lang;
    let mut state = FormState::new()
        .keep("key", form.get("key"))
        .keep("accept_not_genuine", form.get("accept_not_genuine"));
    let decoded = key_to_add(ctx, lang, &form, &mut state)?;
    let (Some(decoded), false) = (decoded, state.has_errors()) else {
        let by_hand = FormState::new()
            .keep("licence_type", "Commercial")
            .keep("deployment", "server");
        return render_add(ctx, &session, &state, &by_hand, 422);
    };
    let new = new_licence_from_key(&decoded);
    let id = insert(
        ctx,
        &session,
        new,
        ServerIdReason::Import,
        "added from a pasted key",
    )?;
    done(ctx, &licence_path(id), LicenceFlash::Added)
}

/// Inserts a new licence on the viewer's behalf (see [`licence_changes::add`]): it joins an
/// organisation its key names only as the viewer may put it there, and the viewer becomes its
/// technical contact unless an administrator.
fn insert(
    ctx: &mut Ctx,
    session: &Session,
    new: LicenceFields,
    server_id_reason: ServerIdReason,
    detail: &str,
) -> AppResult<LicenceId> {
    let who = ctx.actor(session);
    let now = ctx.now;
    let new = licence_changes::NewLicence {
        fields: new,
        server_id_reason,
        detail,
        within: None,
    };
    match licence_changes::add(ctx.conn, &session.account, &who, new, now)? {
        licence_changes::Added::Added(id) => Ok(id),
        // Only a licence that must join one organisation is refused for joining another.
        licence_changes::Added::Outside { .. } => Err(AppError::Internal(
            "a licence added without an organisation to join was refused".into(),
        )),
    }
}

pub fn by_hand(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let lang = ctx.lang;
    let today = today(ctx).date;
    let mut state = FormState::new().keep("auto_renew", form.get("auto_renew"));
    let max = input::MAX_TEXT_CHARS;
    let product = input::text(lang, &form, &mut state, "product", true, max);
    let name = input::text(lang, &form, &mut state, "name", false, max);
    state.set("licence_type", form.get("licence_type"));
    let licence_type = LicenceType::BY_HAND
        .into_iter()
        .find(|t| t.as_str() == form.get("licence_type"));
    if licence_type.is_none() {
        state.error(
            "licence_type",
            crate::tr!(lang, "portal-licence-type-unknown"),
        );
    }
    state.set("deployment", form.get("deployment"));
    let deployment = Deployment::parse(form.get("deployment"));
    if deployment.is_none() {
        state.error("deployment", crate::tr!(lang, "portal-deployment-unknown"));
    }
    state.set("user_tier", form.get("user_tier"));
    let tier = match parse_tier(form.get("user_tier")) {
        Ok(tier) => Some(tier),
        Err(terms::TierError::Empty) => {
            state.error("user_tier", crate::tr!(lang, "portal-tier-empty"));
            None
        }
        Err(terms::TierError::Malformed) => {
            state.error("user_tier", crate::tr!(lang, "portal-tier-malformed"));
            None
        }
    };
    let sen = input::text(lang, &form, &mut state, "sen", false, Sen::MAX_CHARS);
    let sen = sen.map(|sen| match Sen::parse(&sen) {
        _ if sen.is_empty() => None,
        Ok(sen) => Some(sen.into_string()),
        Err(_) => {
            state.error("sen", crate::tr!(lang, "portal-sen-malformed"));
            None
        }
    });
    let server_id = input::server_id(lang, &form, &mut state, false);
    let organisation = input::text(lang, &form, &mut state, "organisation", true, max);
    let licensed_to = input::text(lang, &form, &mut state, "licensed_to", false, max);
    let purchase_date = input::date(lang, &form, &mut state, "purchase_date", false);
    if let Some(Some(date)) = purchase_date
        && date > today
    {
        state.error(
            "purchase_date",
            crate::tr!(lang, "portal-purchase-in-future"),
        );
    }
    let support_expiry = input::date(lang, &form, &mut state, "support_expiry", true);
    let support_level = input::text(lang, &form, &mut state, "support_level", false, 100);
    let values = (
        product,
        name,
        licence_type,
        deployment,
        tier,
        sen,
        server_id,
        organisation,
        licensed_to,
        purchase_date,
        support_expiry,
        support_level,
    );
    let (
        Some(product),
        Some(name),
        Some(licence_type),
        Some(deployment),
        Some(user_tier),
        Some(sen),
        Some(server_id),
        Some(organisation),
        Some(licensed_to),
        Some(purchase_date),
        Some(support_expiry),
        Some(support_level),
    ) = values
    else {
        return render_add(ctx, &session, &FormState::new(), &state, 422);
    };
    if state.has_errors() {
        return render_add(ctx, &session, &FormState::new(), &state, 422);
    }
    let name = if name.is_empty() {
        generated_name(&product, deployment, user_tier, &licence_type)
    } else {
        name
    };
    let kind = LicenceKind::by_hand(&licence_type, deployment, &product, false);
    let new = LicenceFields {
        product,
        name,
        licence_type,
        deployment,
        user_tier,
        sen,
        licence_key: None,
        key_genuine: None,
        server_id: server_id.map(|s| s.as_str().to_owned()),
        organisation,
        licensed_to,
        purchase_date,
        support_expiry,
        licence_expiry: None,
        support_level,
        auto_renew: form.checked("auto_renew"),
        archived: false,
        is_evaluation: false,
        production_licence_id: None,
        notes: String::new(),
        kind,
    };
    let id = insert(
        ctx,
        &session,
        new,
        ServerIdReason::ByHand,
        "entered by hand",
    )?;
    done(ctx, &licence_path(id), LicenceFlash::Added)
}

/// A name in My Atlassian's style when none was typed. Licence names are data in the words
/// Atlassian's keys use ("Jira Software (Server) 500 Users: Commercial License"), whatever the
/// language of whoever added the licence: an upgrade finds the tier in them to rename them, and
/// a name reads the same as one a key gave.
fn generated_name(
    product: &str,
    deployment: Deployment,
    tier: Option<i64>,
    licence_type: &LicenceType,
) -> String {
    format!(
        "{product} ({}) {}: {} License",
        atlassian_deployment(deployment),
        terms::tier_label(tier),
        licence_type.as_str()
    )
}

/// A deployment as Atlassian's licence names write it.
fn atlassian_deployment(deployment: Deployment) -> &'static str {
    match deployment {
        Deployment::Server => "Server",
        Deployment::DataCenter => "Data Center",
    }
}

pub fn evaluation_page(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let state = FormState::new()
        .keep("product", EVALUATION_PRODUCTS[0])
        .keep("deployment", "server");
    render_evaluation(ctx, &session, &state, 200)
}

fn render_evaluation(
    ctx: &mut Ctx,
    session: &Session,
    state: &FormState,
    status: u16,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let today = today(ctx);
    let body = views::licences::forms::new_evaluation(lang, &today, &session.csrf, state);
    ctx.page(
        Some(session),
        &crate::tr!(lang, "portal-new-evaluation-title"),
        views::Nav::Evaluations,
        false,
        status,
        body,
    )
}

pub fn evaluation(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let lang = ctx.lang;
    let today = today(ctx).date;
    let mut state = FormState::new();
    let product = form.get("product");
    state.set("product", product);
    if !EVALUATION_PRODUCTS.contains(&product) {
        state.error("product", crate::tr!(lang, "portal-product-unknown"));
    }
    state.set("deployment", form.get("deployment"));
    let deployment = Deployment::parse(form.get("deployment"));
    if deployment.is_none() {
        state.error("deployment", crate::tr!(lang, "portal-deployment-unknown"));
    }
    let server_id = input::server_id(lang, &form, &mut state, true);
    let (Some(deployment), Some(Some(server_id)), false) =
        (deployment, server_id, state.has_errors())
    else {
        return render_evaluation(ctx, &session, &state, 422);
    };
    let expiry = terms::evaluation_expiry(today);
    let new = LicenceFields {
        product: product.to_owned(),
        name: format!(
            "{product} ({}): Evaluation License",
            atlassian_deployment(deployment)
        ),
        licence_type: LicenceType::Evaluation,
        deployment,
        user_tier: None,
        sen: None,
        licence_key: None,
        key_genuine: None,
        server_id: Some(server_id.as_str().to_owned()),
        organisation: String::new(),
        licensed_to: String::new(),
        // An evaluation's purchase date is the day it started: the 30 and 90 days count from it.
        purchase_date: Some(today),
        support_expiry: expiry,
        licence_expiry: expiry,
        support_level: String::new(),
        auto_renew: false,
        archived: false,
        is_evaluation: true,
        production_licence_id: None,
        notes: String::new(),
        kind: LicenceKind::Evaluation,
    };
    let id = insert(
        ctx,
        &session,
        new,
        ServerIdReason::Evaluation,
        "new evaluation licence",
    )?;
    done(ctx, &licence_path(id), LicenceFlash::EvaluationStarted)
}
