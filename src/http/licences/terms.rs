//! Renew, upgrade, extend an evaluation, and add a key that arrived later. Renewals and
//! upgrades record an order; a key given with them replaces the old one, which is kept in the
//! key history.

use crate::app::renewals::{self, OrderDetails, Renewal, Upgrade};
use crate::atlassian::key::{DecodedKey, Users};
use crate::domain::terms::{
    self, ExtensionError, RENEWAL_TERMS_MONTHS, is_higher_tier, parse_tier, renewed_expiry,
    tier_label,
};
use crate::domain::{Licence, LicenceId};
use crate::error::{AppError, AppResult};
use crate::i18n::Language;
use crate::inventory::changes;
use crate::views::licences::{FormState, tier_shown};
use crate::views::{self};

use super::super::session::Session;
use super::super::{Ctx, Form, Response};
use super::add::refuse_duplicate;
use super::{
    LicenceFlash, done, form_page, input, licence_path, licence_post, managed_licence, pasted_key,
    today, write,
};

/// Renewals and upgrades are for production licences: evaluations are extended, developer
/// licences follow their production licence.
pub fn check_renewable(lang: Language, licence: &Licence) -> AppResult<()> {
    if licence.is_evaluation {
        Err(AppError::BadRequest(crate::tr!(
            lang,
            "portal-not-for-evaluations"
        )))
    } else if licence.is_developer() {
        Err(AppError::BadRequest(crate::tr!(
            lang,
            "portal-not-for-developer"
        )))
    } else {
        Ok(())
    }
}

/// A key pasted for this licence: it must decode (and verify, or be accepted as not genuine),
/// be no other licence's key, and carry this licence's SEN when both have one.
fn key_for(
    ctx: &mut Ctx,
    lang: Language,
    licence: &Licence,
    form: &Form,
    state: &mut FormState,
    required: bool,
) -> AppResult<Option<DecodedKey>> {
    let Some(decoded) = pasted_key(lang, form, state, required) else {
        return Ok(None);
    };
    if licence.licence_key.as_deref() == Some(decoded.canonical.as_str()) {
        state.error("key", crate::tr!(lang, "portal-key-is-current"));
        return Ok(None);
    }
    refuse_duplicate(ctx, lang, &decoded, state)?;
    if let (Some(ours), Some(theirs)) = (licence.sen.as_deref(), decoded.licence.sen.as_deref())
        && !ours.eq_ignore_ascii_case(theirs)
    {
        state.error(
            "key",
            crate::tr!(lang, "portal-key-other-sen", key_sen = theirs, sen = ours),
        );
    }
    Ok(Some(decoded))
}

fn keep_key_fields(form: &Form, state: FormState) -> FormState {
    state
        .keep("key", form.get("key"))
        .keep("accept_not_genuine", form.get("accept_not_genuine"))
}

pub fn renew_page(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let licence = managed_licence(ctx, &session, id)?;
    check_renewable(ctx.lang, &licence)?;
    let state = FormState::new().keep("months", &terms::DEFAULT_RENEWAL_MONTHS.to_string());
    render_renew(ctx, &session, &licence, &state, 200)
}

fn render_renew(
    ctx: &mut Ctx,
    session: &Session,
    licence: &Licence,
    state: &FormState,
    status: u16,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let today = today(ctx);
    let body = views::licences::forms::renew(lang, licence, &today, &session.csrf, state);
    form_page(
        ctx,
        session,
        &crate::tr!(lang, "portal-renew-title"),
        status,
        body,
    )
}

/// A renewal as its form gives it, checked: the term, the new support expiry it makes, the
/// order's details and the renewed key if one came with it.
pub struct RenewalInput {
    pub months: i32,
    pub until: jiff::civil::Date,
    pub order: input::OrderInput,
    pub key: Option<DecodedKey>,
}

/// Reads a renewal's form (`months`, `key`, `accept_not_genuine`, `po_number`, `amount`,
/// `currency`) for this licence; `None` with each refusal beside its field in `state`.
pub fn renewal_input(
    ctx: &mut Ctx,
    lang: Language,
    licence: &Licence,
    form: &Form,
    state: &mut FormState,
) -> AppResult<Option<RenewalInput>> {
    let months = form
        .get("months")
        .parse::<i32>()
        .ok()
        .filter(|m| RENEWAL_TERMS_MONTHS.contains(m));
    if months.is_none() {
        state.error("months", crate::tr!(lang, "portal-term-invalid"));
    }
    let key = key_for(ctx, lang, licence, form, state, false)?;
    let order = input::order(lang, form, state);
    let today = today(ctx).date;
    // From the previous expiry date, not from today; a licence without one starts today.
    let from = licence.support_expiry.unwrap_or(today);
    let until = months.and_then(|m| renewed_expiry(from, m));
    if months.is_some() && until.is_none() {
        state.error("months", crate::tr!(lang, "portal-term-past-calendar"));
    }
    let (Some(months), Some(until), Some(order), false) =
        (months, until, order, state.has_errors())
    else {
        return Ok(None);
    };
    Ok(Some(RenewalInput {
        months,
        until,
        order,
        key,
    }))
}

/// Records a checked renewal as the viewer: its order, the new expiry, the audit entry.
/// Returns the order's number.
pub fn record_renewal(
    ctx: &mut Ctx,
    session: &Session,
    licence: &Licence,
    renewal: &RenewalInput,
) -> AppResult<String> {
    let who = ctx.actor(session);
    let now = ctx.now;
    let order = &renewal.order;
    let tx = write(ctx)?;
    let number = renewals::renew(
        &tx,
        &who,
        &Renewal {
            licence,
            months: renewal.months,
            until: renewal.until,
            order: OrderDetails {
                po_number: order.po_number.as_deref(),
                amount: order.amount.as_deref(),
                currency: order.currency.as_deref(),
            },
            key: renewal.key.as_ref(),
            placed_by: session.account.id,
            description: &crate::i18n::licence::renewal_description(renewal.months, renewal.until),
        },
        now,
    )?;
    tx.commit()?;
    Ok(number)
}

pub fn renew(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let (session, licence, form) = licence_post(ctx, id)?;
    let lang = ctx.lang;
    check_renewable(lang, &licence)?;
    let mut state = keep_key_fields(&form, FormState::new().keep("months", form.get("months")));
    let Some(renewal) = renewal_input(ctx, lang, &licence, &form, &mut state)? else {
        return render_renew(ctx, &session, &licence, &state, 422);
    };
    record_renewal(ctx, &session, &licence, &renewal)?;
    done(ctx, &licence_path(licence.id), LicenceFlash::Renewed)
}

pub fn upgrade_page(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let licence = managed_licence(ctx, &session, id)?;
    check_renewable(ctx.lang, &licence)?;
    render_upgrade(ctx, &session, &licence, &FormState::new(), 200)
}

fn render_upgrade(
    ctx: &mut Ctx,
    session: &Session,
    licence: &Licence,
    state: &FormState,
    status: u16,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let body = views::licences::forms::upgrade(lang, licence, &session.csrf, state);
    form_page(
        ctx,
        session,
        &crate::tr!(lang, "portal-upgrade-title"),
        status,
        body,
    )
}

/// The user tier a decoded key gives, when it gives one.
fn key_tier(decoded: &DecodedKey) -> Option<Option<i64>> {
    let licence = &decoded.licence;
    match licence
        .primary_product()
        .and_then(|p| p.users)
        .or(licence.users)?
    {
        Users::Limited(n) => Some(Some(i64::try_from(n).unwrap_or(i64::MAX))),
        Users::Unlimited => Some(None),
    }
}

/// An upgrade as its form gives it, checked: the new tier, the order's details and the
/// upgraded key if one came with it.
pub struct UpgradeInput {
    pub tier: Option<i64>,
    pub order: input::OrderInput,
    pub key: Option<DecodedKey>,
}

/// Reads an upgrade's form (`user_tier`, `key`, `accept_not_genuine`, `po_number`, `amount`,
/// `currency`) for this licence; `None` with each refusal beside its field in `state`.
pub fn upgrade_input(
    ctx: &mut Ctx,
    lang: Language,
    licence: &Licence,
    form: &Form,
    state: &mut FormState,
) -> AppResult<Option<UpgradeInput>> {
    let tier = match parse_tier(form.get("user_tier")) {
        Ok(tier) if is_higher_tier(licence.user_tier, tier) => Some(tier),
        Ok(_) => {
            let current = tier_shown(lang, licence.user_tier);
            state.error(
                "user_tier",
                crate::tr!(lang, "portal-tier-not-higher", tier = current.as_str()),
            );
            None
        }
        Err(terms::TierError::Empty) => {
            state.error("user_tier", crate::tr!(lang, "portal-tier-empty"));
            None
        }
        Err(terms::TierError::Malformed) => {
            state.error("user_tier", crate::tr!(lang, "portal-tier-malformed"));
            None
        }
    };
    let key = key_for(ctx, lang, licence, form, state, false)?;
    if let (Some(tier), Some(key)) = (tier, &key)
        && let Some(of_key) = key_tier(key)
        && of_key != tier
    {
        state.error(
            "key",
            crate::tr!(
                lang,
                "portal-key-tier-mismatch",
                key_tier = tier_shown(lang, of_key),
                tier = tier_shown(lang, tier)
            ),
        );
    }
    let order = input::order(lang, form, state);
    let (Some(tier), Some(order), false) = (tier, order, state.has_errors()) else {
        return Ok(None);
    };
    Ok(Some(UpgradeInput { tier, order, key }))
}

/// Records a checked upgrade as the viewer: its order, the new tier and name, the audit entry.
/// Returns the order's number.
pub fn record_upgrade(
    ctx: &mut Ctx,
    session: &Session,
    licence: &Licence,
    upgrade: &UpgradeInput,
) -> AppResult<String> {
    let who = ctx.actor(session);
    let now = ctx.now;
    let order = &upgrade.order;
    // In English, as the renewal's: the records keep one language.
    let description = crate::tr!(
        Language::En,
        "portal-order-upgrade-description",
        from = tier_label(licence.user_tier),
        to = tier_label(upgrade.tier)
    );
    let tx = write(ctx)?;
    let number = renewals::upgrade(
        &tx,
        &who,
        &Upgrade {
            licence,
            tier: upgrade.tier,
            order: OrderDetails {
                po_number: order.po_number.as_deref(),
                amount: order.amount.as_deref(),
                currency: order.currency.as_deref(),
            },
            key: upgrade.key.as_ref(),
            placed_by: session.account.id,
            description: &description,
        },
        now,
    )?;
    tx.commit()?;
    Ok(number)
}

pub fn upgrade(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let (session, licence, form) = licence_post(ctx, id)?;
    let lang = ctx.lang;
    check_renewable(lang, &licence)?;
    if licence.user_tier.is_none() {
        return Err(AppError::BadRequest(crate::tr!(
            lang,
            "details-upgrade-unlimited"
        )));
    }
    let mut state = keep_key_fields(
        &form,
        FormState::new().keep("user_tier", form.get("user_tier")),
    );
    let Some(upgrade) = upgrade_input(ctx, lang, &licence, &form, &mut state)? else {
        return render_upgrade(ctx, &session, &licence, &state, 422);
    };
    record_upgrade(ctx, &session, &licence, &upgrade)?;
    done(ctx, &licence_path(licence.id), LicenceFlash::Upgraded)
}

fn check_evaluation(lang: Language, licence: &Licence) -> AppResult<()> {
    if licence.is_evaluation {
        Ok(())
    } else {
        Err(AppError::BadRequest(crate::tr!(
            lang,
            "portal-only-evaluations"
        )))
    }
}

pub fn extend_page(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let licence = managed_licence(ctx, &session, id)?;
    check_evaluation(ctx.lang, &licence)?;
    render_extend(ctx, &session, &licence, &FormState::new(), 200)
}

fn render_extend(
    ctx: &mut Ctx,
    session: &Session,
    licence: &Licence,
    state: &FormState,
    status: u16,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let today = today(ctx);
    let body = views::licences::forms::extend(lang, licence, &today, &session.csrf, state);
    ctx.page(
        Some(session),
        &crate::tr!(lang, "portal-extend-title"),
        views::Nav::Evaluations,
        false,
        status,
        body,
    )
}

pub fn extend(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let (session, licence, form) = licence_post(ctx, id)?;
    let lang = ctx.lang;
    check_evaluation(lang, &licence)?;
    let today = today(ctx).date;
    let mut state = FormState::new();
    let new_expiry = input::date(lang, &form, &mut state, "licence_expiry", true);
    let start = licence.purchase_date.unwrap_or(today);
    let current = licence.licence_expiry.unwrap_or(today);
    let Some(Some(new_expiry)) = new_expiry else {
        return render_extend(ctx, &session, &licence, &state, 422);
    };
    if let Err(problem) = terms::check_extension(start, current, new_expiry, today) {
        let message = match problem {
            ExtensionError::NotInFuture => crate::tr!(lang, "portal-date-not-future"),
            ExtensionError::NotLater => crate::tr!(
                lang,
                "portal-extend-not-later",
                current = crate::i18n::format::date(lang, current)
            ),
            ExtensionError::BeyondLimit(latest) => crate::tr!(
                lang,
                "portal-extend-beyond",
                latest = crate::i18n::format::date(lang, latest),
                max = terms::EVALUATION_MAX_DAYS
            ),
        };
        state.error("licence_expiry", message);
        return render_extend(ctx, &session, &licence, &state, 422);
    }
    let who = ctx.actor(&session);
    let now = ctx.now;
    let tx = write(ctx)?;
    changes::update(&tx, &who, licence.id, "evaluation-extended", "", now, |l| {
        l.licence_expiry = Some(new_expiry);
        l.support_expiry = Some(new_expiry);
        Ok(())
    })?;
    tx.commit()?;
    done(
        ctx,
        &licence_path(licence.id),
        LicenceFlash::EvaluationExtended,
    )
}

fn check_keyless(lang: Language, licence: &Licence) -> AppResult<()> {
    if licence.licence_key.is_none() {
        Ok(())
    } else {
        Err(AppError::BadRequest(crate::tr!(
            lang,
            "portal-has-key-already"
        )))
    }
}

pub fn attach_page(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let licence = managed_licence(ctx, &session, id)?;
    check_keyless(ctx.lang, &licence)?;
    render_attach(ctx, &session, &licence, &FormState::new(), 200)
}

fn render_attach(
    ctx: &mut Ctx,
    session: &Session,
    licence: &Licence,
    state: &FormState,
    status: u16,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let body = views::licences::forms::attach_key(lang, licence, &session.csrf, state);
    form_page(
        ctx,
        session,
        &crate::tr!(lang, "portal-attach-key-title"),
        status,
        body,
    )
}

/// The key of a licence that had none (an evaluation's key when it arrives). The key's own
/// name, tier, SEN and calendar dates replace what was entered by hand; the Server ID on
/// record stays (it is the installation's, entered by the user).
pub fn attach(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let (session, licence, form) = licence_post(ctx, id)?;
    let lang = ctx.lang;
    check_keyless(lang, &licence)?;
    let mut state = keep_key_fields(&form, FormState::new());
    let key = key_for(ctx, lang, &licence, &form, &mut state, true)?;
    let (Some(key), false) = (key, state.has_errors()) else {
        return render_attach(ctx, &session, &licence, &state, 422);
    };
    let who = ctx.actor(&session);
    let now = ctx.now;
    let from_key = crate::inventory::new_licence_from_key(&key);
    let tx = write(ctx)?;
    changes::update(&tx, &who, licence.id, "key-added", "", now, |l| {
        l.licence_key = Some(key.canonical.clone());
        l.key_genuine = Some(key.is_genuine());
        l.kind = from_key.kind;
        l.name = from_key.name.clone();
        l.user_tier = from_key.user_tier;
        l.sen = l.sen.take().or(from_key.sen.clone());
        l.support_expiry = from_key.support_expiry.or(l.support_expiry);
        l.licence_expiry = from_key.licence_expiry.or(l.licence_expiry);
        if l.organisation.is_empty() {
            l.organisation = from_key.organisation.clone();
        }
        if l.licensed_to.is_empty() {
            l.licensed_to = from_key.licensed_to.clone();
        }
        Ok(())
    })?;
    if licence.server_id.is_none()
        && let Some(server_id) = from_key.server_id.as_deref()
    {
        changes::set_server_id(
            &tx,
            &who,
            licence.id,
            Some(server_id),
            crate::store::licences::ServerIdReason::Import,
            now,
        )?;
    }
    tx.commit()?;
    done(ctx, &licence_path(licence.id), LicenceFlash::KeyAdded)
}
