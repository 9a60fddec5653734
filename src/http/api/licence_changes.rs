//! The API's changes to licences: adding one from its key, editing its fields, recording a
//! renewal or an upgrade, archiving and restoring. Each request is read into the form its
//! page posts and checked by the same readers, so a refusal carries the message the page
//! shows beside that field; the change itself is made by the same function the page calls,
//! with the same audit entries, the token's account as the actor.

use serde::{Deserialize, Deserializer, Serialize};
use utoipa::ToSchema;

use crate::app::licence_changes::{self, Added, Edit, NewLicence};
use crate::domain::LicenceId;
use crate::domain::orders::Order;
use crate::error::AppError;
use crate::http::licences::{add, edit, terms};
use crate::http::{Ctx, Form, HeaderValue, Response};
use crate::i18n::Language;
use crate::inventory::new_licence_from_key;
use crate::paths::api::ApiRoute;
use crate::store;
use crate::store::licences::ServerIdReason;
use crate::tr;
use crate::views::licences::FormState;

use super::licences::LicenceJson;
use super::{ApiError, ApiResult, Caller, FieldError, body, json};

/// A licence to add from its key.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewLicenceInput {
    /// The licence key, as My Atlassian gives it (line breaks and spaces are ignored).
    pub key: String,
    /// Add the licence even though its key's signature does not verify.
    #[serde(default)]
    pub accept_not_genuine: bool,
}

/// The fields of a licence to change; a field left out stays as it is.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EditLicenceInput {
    /// The organisation the key names (the licence's "Organisation" field). Required text.
    #[serde(default)]
    pub organisation: Option<String>,
    /// Free text over several lines.
    #[serde(default)]
    pub notes: Option<String>,
    /// The installation's Server ID. It is replaced, never emptied: `null` is refused.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    pub server_id: Option<Option<String>>,
    /// Not for evaluation licences.
    #[serde(default)]
    pub auto_renew: Option<bool>,
}

/// A renewal, as the licence page's renewal form takes it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RenewInput {
    /// The term in months: 12, 24 or 36, counted from the current support expiry.
    #[serde(default)]
    pub months: Option<i64>,
    /// The renewed or upgraded key, when it came with the order: it replaces the current one
    /// (kept in the key history) and must carry the licence's SEN.
    #[serde(default)]
    pub key: Option<String>,
    #[serde(default)]
    pub accept_not_genuine: bool,
    /// The purchase order number (at most 64 characters).
    #[serde(default)]
    pub po_number: Option<String>,
    /// The amount, as a string of digits with a point before at most two decimals
    /// (`"1200.50"`).
    #[serde(default)]
    pub amount: Option<String>,
    /// The amount's ISO 4217 currency (`EUR`); required with an amount.
    #[serde(default)]
    pub currency: Option<String>,
}

/// An upgrade, as the licence page's upgrade form takes it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpgradeInput {
    /// The new user tier: a number of users higher than today's, or `"unlimited"`.
    #[serde(default)]
    pub user_tier: Option<TierInput>,
    /// The renewed or upgraded key, when it came with the order: it replaces the current one
    /// (kept in the key history) and must carry the licence's SEN.
    #[serde(default)]
    pub key: Option<String>,
    #[serde(default)]
    pub accept_not_genuine: bool,
    /// The purchase order number (at most 64 characters).
    #[serde(default)]
    pub po_number: Option<String>,
    /// The amount, as a string of digits with a point before at most two decimals
    /// (`"1200.50"`).
    #[serde(default)]
    pub amount: Option<String>,
    /// The amount's ISO 4217 currency (`EUR`); required with an amount.
    #[serde(default)]
    pub currency: Option<String>,
}

/// A user tier: a number of users, or `"unlimited"`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum TierInput {
    Users(i64),
    Text(String),
}

/// What a renewal or an upgrade records besides its term or tier, as the request gave it.
struct OrderInput<'a> {
    key: Option<&'a str>,
    accept_not_genuine: bool,
    po_number: Option<&'a str>,
    amount: Option<&'a str>,
    currency: Option<&'a str>,
}

impl RenewInput {
    fn order(&self) -> OrderInput<'_> {
        OrderInput {
            key: self.key.as_deref(),
            accept_not_genuine: self.accept_not_genuine,
            po_number: self.po_number.as_deref(),
            amount: self.amount.as_deref(),
            currency: self.currency.as_deref(),
        }
    }
}

impl UpgradeInput {
    fn order(&self) -> OrderInput<'_> {
        OrderInput {
            key: self.key.as_deref(),
            accept_not_genuine: self.accept_not_genuine,
            po_number: self.po_number.as_deref(),
            amount: self.amount.as_deref(),
            currency: self.currency.as_deref(),
        }
    }
}

/// An order a renewal or an upgrade recorded.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrderJson {
    /// The order's number (`LD-000042`).
    pub number: String,
    pub licence_id: i64,
    /// `renewal` or `upgrade`.
    pub kind: &'static str,
    /// What was ordered, in English as the records keep it.
    pub description: String,
    pub po_number: Option<String>,
    /// The amount as stored: digits with a point before the decimals.
    pub amount: Option<String>,
    pub currency: Option<String>,
    /// The address of the account that placed it.
    pub placed_by: Option<String>,
    /// When it was placed (RFC 3339, UTC).
    pub created_at: String,
    /// The licence after the order.
    pub licence: LicenceJson,
}

/// A field given as `null` is `Some(None)`, one left out `None` (the `default`).
fn present<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(d).map(Some)
}

/// The refusals a form reader put beside its fields, as a 422.
fn refused(state: &FormState, lang: Language, amount_refused: bool) -> ApiError {
    let mut errors: Vec<FieldError> = state
        .errors()
        .iter()
        .map(|(field, detail)| FieldError {
            field: field.clone(),
            // The page's message gives an amount as the account's language writes it; the API
            // takes one way of writing it.
            detail: if field == "amount" {
                tr!(lang, "api-lic-amount-malformed")
            } else {
                detail.clone()
            },
        })
        .collect();
    if errors.is_empty() && !amount_refused {
        // Every refusal of the forms names its field; this one stands for "nothing could be
        // recorded" should a check ever refuse without one.
        return ApiError::App(crate::error::AppError::Internal(
            "a form refused without naming a field".into(),
        ));
    }
    if amount_refused && !errors.iter().any(|e| e.field == "amount") {
        errors.push(FieldError {
            field: "amount".to_owned(),
            detail: tr!(lang, "api-lic-amount-malformed"),
        });
    }
    ApiError::Invalid(errors)
}

/// An amount written `1200` or `1200.50`, as the account's language writes it on the form
/// (`1200,50` in German), so that the form's own reader checks and stores it.
fn amount_as_typed(lang: Language, amount: &str) -> Option<String> {
    let amount = amount.trim();
    let (whole, cents) = match amount.split_once('.') {
        Some((whole, cents)) => (whole, Some(cents)),
        None => (amount, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || cents.is_some_and(|c| !digits(c) || c.len() > 2) {
        return None;
    }
    let (decimal, _) = lang.number_separators();
    Some(match cents {
        Some(cents) => format!("{whole}{decimal}{cents}"),
        None => whole.to_owned(),
    })
}

/// The order fields as the form posts them; `true` when the amount is not written as the API
/// takes it (it is then left out of the form, and refused).
fn order_form(lang: Language, order: &OrderInput<'_>, form: &mut Form) -> bool {
    if let Some(key) = order.key {
        form.insert("key", key.to_owned());
    }
    if order.accept_not_genuine {
        form.insert("accept_not_genuine", "on".to_owned());
    }
    if let Some(po_number) = order.po_number {
        form.insert("po_number", po_number.to_owned());
    }
    if let Some(currency) = order.currency {
        form.insert("currency", currency.to_owned());
    }
    match order.amount.map(str::trim) {
        None | Some("") => false,
        Some(amount) => match amount_as_typed(lang, amount) {
            Some(typed) => {
                form.insert("amount", typed);
                false
            }
            None => true,
        },
    }
}

fn order_json(ctx: &mut Ctx, caller: &Caller, number: &str) -> ApiResult<Response> {
    let order: Order = store::orders::by_number(ctx.conn, number)?
        .ok_or_else(|| AppError::Internal(format!("order {number} not found")))?;
    let licence = caller.licence(ctx, order.licence_id)?;
    let created_at = jiff::Timestamp::from_second(order.placed_at)
        .map(|t| t.to_string())
        .unwrap_or_default();
    let body = OrderJson {
        number: order.number,
        licence_id: order.licence_id.0,
        kind: order.kind.as_str(),
        description: order.description,
        po_number: order.po_number,
        amount: order.amount,
        currency: order.currency,
        placed_by: order.placed_by,
        created_at,
        licence: LicenceJson::of(ctx, &licence),
    };
    Ok(json(201, &body))
}

fn licence_json(ctx: &mut Ctx, caller: &Caller, id: LicenceId, status: u16) -> ApiResult<Response> {
    let licence = caller.licence(ctx, id)?;
    Ok(json(status, &LicenceJson::of(ctx, &licence)))
}

/// Adds a licence from its key, as the "add by key" form does.
#[utoipa::path(
    post,
    path = "/api/v1/licences",
    tag = "licences",
    request_body = NewLicenceInput,
    responses(
        (status = 201, description = "The licence added; `Location` is its address in the API", body = LicenceJson),
        (status = 400, description = "The body is not JSON of this shape", body = super::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or one that does not open the API", body = super::Problem, content_type = "application/problem+json"),
        (status = 403, description = "A read token", body = super::Problem, content_type = "application/problem+json"),
        (status = 422, description = "The key is refused: unreadable, not genuine and not accepted, already recorded, or (a token narrowed to an organisation) naming another organisation", body = super::Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub fn create(ctx: &mut Ctx, caller: &Caller) -> ApiResult<Response> {
    let input: NewLicenceInput = body(ctx)?;
    let lang = ctx.lang;
    let mut form = Form::default();
    form.insert("key", input.key);
    if input.accept_not_genuine {
        form.insert("accept_not_genuine", "on".to_owned());
    }
    let mut state = FormState::new();
    let decoded = add::key_to_add(ctx, lang, &form, &mut state)?;
    let (Some(decoded), false) = (decoded, state.has_errors()) else {
        return Err(refused(&state, lang, false));
    };
    let fields = new_licence_from_key(&decoded);
    let named = fields.organisation.clone();
    let within = caller.token.organisation_id();
    let who = ctx.actor(&caller.session);
    let now = ctx.now;
    let new = NewLicence {
        fields,
        server_id_reason: ServerIdReason::Import,
        detail: "added from a pasted key",
        within,
    };
    match licence_changes::add(ctx.conn, &caller.session.account, &who, new, now)? {
        Added::Added(id) => {
            let location = HeaderValue::new(ApiRoute::Licence(id).path())
                .map_err(|e| AppError::Internal(e.to_string()))?;
            Ok(licence_json(ctx, caller, id, 201)?.header("Location", location))
        }
        Added::Outside { .. } => {
            let organisation = match within {
                Some(id) => store::organisations::by_id(ctx.conn, id)?
                    .map(|o| o.name)
                    .unwrap_or_default(),
                None => String::new(),
            };
            Err(ApiError::field(
                "key",
                tr!(
                    lang,
                    "api-lic-outside-organisation",
                    named = named,
                    organisation = organisation
                ),
            ))
        }
    }
}

/// Changes a licence's organisation text, notes, Server ID or auto-renew, as the fields of its
/// page do: every field given is checked first, and nothing changes unless all pass. A field
/// given with the value it has changes (and records) nothing; an empty object changes nothing.
#[utoipa::path(
    patch,
    path = "/api/v1/licences/{id}",
    tag = "licences",
    params(("id" = i64, Path, description = "The licence's number in the portal")),
    request_body = EditLicenceInput,
    responses(
        (status = 200, description = "The licence after the change", body = LicenceJson),
        (status = 400, description = "The body is not JSON of this shape", body = super::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or one that does not open the API", body = super::Problem, content_type = "application/problem+json"),
        (status = 403, description = "A read token, or read-only access (a consultant)", body = super::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such licence, or not one the token reaches", body = super::Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields refused, each with the page's message; nothing changed", body = super::Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub fn update(ctx: &mut Ctx, caller: &Caller, id: LicenceId) -> ApiResult<Response> {
    let licence = caller.managed_licence(ctx, id)?;
    let input: EditLicenceInput = body(ctx)?;
    let lang = ctx.lang;
    let mut form = Form::default();
    let mut state = FormState::new();
    let mut change = Edit::default();
    if let Some(organisation) = input.organisation {
        form.insert("organisation", organisation);
        change.organisation = edit::organisation_input(lang, &form, &mut state);
    }
    if let Some(notes) = input.notes {
        form.insert("notes", notes);
        change.notes = edit::notes_input(lang, &form, &mut state);
    }
    if let Some(server_id) = input.server_id {
        form.insert("server_id", server_id.unwrap_or_default());
        change.server_id = edit::server_id_input(lang, &form, &mut state);
    }
    if let Some(on) = input.auto_renew {
        match edit::auto_renew_refusal(lang, &licence) {
            Some(refusal) => state.error("auto_renew", refusal),
            None => change.auto_renew = Some(on),
        }
    }
    if state.has_errors() {
        return Err(refused(&state, lang, false));
    }
    let who = ctx.actor(&caller.session);
    let now = ctx.now;
    licence_changes::edit(ctx.conn, &who, licence.id, &change, now)?;
    licence_json(ctx, caller, licence.id, 200)
}

/// Records a renewal, as the licence page's renewal form does: an order, the support expiry
/// moved by the term from the current one, the key replaced when one is given.
#[utoipa::path(
    post,
    path = "/api/v1/licences/{id}/renew",
    tag = "licences",
    params(("id" = i64, Path, description = "The licence's number in the portal")),
    request_body = RenewInput,
    responses(
        (status = 201, description = "The order recorded, with the licence after it", body = OrderJson),
        (status = 400, description = "The body is not JSON of this shape, or the licence is an evaluation or a developer licence", body = super::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or one that does not open the API", body = super::Problem, content_type = "application/problem+json"),
        (status = 403, description = "A read token, or read-only access (a consultant)", body = super::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such licence, or not one the token reaches", body = super::Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields refused, each with the page's message; nothing recorded", body = super::Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub fn renew(ctx: &mut Ctx, caller: &Caller, id: LicenceId) -> ApiResult<Response> {
    let licence = caller.managed_licence(ctx, id)?;
    let input: RenewInput = body(ctx)?;
    let lang = ctx.lang;
    terms::check_renewable(lang, &licence)?;
    let mut form = Form::default();
    if let Some(months) = input.months {
        form.insert("months", months.to_string());
    }
    let amount_refused = order_form(lang, &input.order(), &mut form);
    let mut state = FormState::new();
    let renewal = terms::renewal_input(ctx, lang, &licence, &form, &mut state)?;
    let (Some(renewal), false) = (renewal, amount_refused) else {
        return Err(refused(&state, lang, amount_refused));
    };
    let number = terms::record_renewal(ctx, &caller.session, &licence, &renewal)?;
    order_json(ctx, caller, &number)
}

/// Records an upgrade, as the licence page's upgrade form does: an order, the higher user tier
/// (also in the licence's name), the key replaced when one is given.
#[utoipa::path(
    post,
    path = "/api/v1/licences/{id}/upgrade",
    tag = "licences",
    params(("id" = i64, Path, description = "The licence's number in the portal")),
    request_body = UpgradeInput,
    responses(
        (status = 201, description = "The order recorded, with the licence after it", body = OrderJson),
        (status = 400, description = "The body is not JSON of this shape, or the licence is an evaluation or a developer licence", body = super::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or one that does not open the API", body = super::Problem, content_type = "application/problem+json"),
        (status = 403, description = "A read token, or read-only access (a consultant)", body = super::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such licence, or not one the token reaches", body = super::Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields refused, each with the page's message; nothing recorded", body = super::Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub fn upgrade(ctx: &mut Ctx, caller: &Caller, id: LicenceId) -> ApiResult<Response> {
    let licence = caller.managed_licence(ctx, id)?;
    let input: UpgradeInput = body(ctx)?;
    let lang = ctx.lang;
    terms::check_renewable(lang, &licence)?;
    let mut form = Form::default();
    match &input.user_tier {
        // The form's own value for Unlimited is a choice of its select, never a number typed
        // here: a number is a number of users, from 1 up.
        Some(TierInput::Users(users)) if *users < 1 => {
            return Err(ApiError::field(
                "user_tier",
                tr!(lang, "portal-tier-malformed"),
            ));
        }
        Some(TierInput::Users(users)) => form.insert("user_tier", users.to_string()),
        Some(TierInput::Text(text)) if !text.trim().eq_ignore_ascii_case("unlimited") => {
            match text.trim().parse::<i64>() {
                Ok(users) if users >= 1 => form.insert("user_tier", users.to_string()),
                _ => {
                    return Err(ApiError::field(
                        "user_tier",
                        tr!(lang, "portal-tier-malformed"),
                    ));
                }
            }
        }
        Some(TierInput::Text(_)) => form.insert("user_tier", "unlimited".to_owned()),
        None => {}
    }
    let amount_refused = order_form(lang, &input.order(), &mut form);
    let mut state = FormState::new();
    let upgrade = terms::upgrade_input(ctx, lang, &licence, &form, &mut state)?;
    let (Some(upgrade), false) = (upgrade, amount_refused) else {
        return Err(refused(&state, lang, amount_refused));
    };
    let number = terms::record_upgrade(ctx, &caller.session, &licence, &upgrade)?;
    order_json(ctx, caller, &number)
}

/// Archives a licence, as its page does after the confirmation; an archived one is answered
/// as it is.
#[utoipa::path(
    post,
    path = "/api/v1/licences/{id}/archive",
    tag = "licences",
    params(("id" = i64, Path, description = "The licence's number in the portal")),
    responses(
        (status = 200, description = "The licence, archived", body = LicenceJson),
        (status = 401, description = "No token, or one that does not open the API", body = super::Problem, content_type = "application/problem+json"),
        (status = 403, description = "A read token, or read-only access (a consultant)", body = super::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such licence, or not one the token reaches", body = super::Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub fn archive(ctx: &mut Ctx, caller: &Caller, id: LicenceId) -> ApiResult<Response> {
    set_archived(ctx, caller, id, true)
}

/// Restores an archived licence; one that is not archived is answered as it is.
#[utoipa::path(
    post,
    path = "/api/v1/licences/{id}/restore",
    tag = "licences",
    params(("id" = i64, Path, description = "The licence's number in the portal")),
    responses(
        (status = 200, description = "The licence, restored", body = LicenceJson),
        (status = 401, description = "No token, or one that does not open the API", body = super::Problem, content_type = "application/problem+json"),
        (status = 403, description = "A read token, or read-only access (a consultant)", body = super::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such licence, or not one the token reaches", body = super::Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub fn restore(ctx: &mut Ctx, caller: &Caller, id: LicenceId) -> ApiResult<Response> {
    set_archived(ctx, caller, id, false)
}

fn set_archived(
    ctx: &mut Ctx,
    caller: &Caller,
    id: LicenceId,
    archived: bool,
) -> ApiResult<Response> {
    let licence = caller.managed_licence(ctx, id)?;
    let who = ctx.actor(&caller.session);
    let now = ctx.now;
    licence_changes::set_archived(ctx.conn, &who, licence.id, archived, now)?;
    licence_json(ctx, caller, licence.id, 200)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_taken_plain_and_written_as_the_form_reads_them() {
        assert_eq!(
            amount_as_typed(Language::En, "1200").as_deref(),
            Some("1200")
        );
        assert_eq!(
            amount_as_typed(Language::En, "1200.50").as_deref(),
            Some("1200.50")
        );
        assert_eq!(
            amount_as_typed(Language::De, "1200.5").as_deref(),
            Some("1200,5")
        );
        for bad in ["", "1,200.50", "1200,50", ".5", "12.", "1.234", "-3", "1e3"] {
            assert_eq!(amount_as_typed(Language::En, bad), None, "{bad}");
        }
    }
}
