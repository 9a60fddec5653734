//! The API's contacts of a licence: the list per role, adding one by address (an unknown
//! address is invited), removing one, and making one primary. Each change goes through the
//! same use case as the contacts section of the licence's page (`app::contacts`), with its
//! rules, audit entries and mails; a refusal is answered with the page's words.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::app::contacts::{self as use_case, Addressee, ByAccount, Refused, Removed};
use crate::domain::contacts::{PromoteRefusal, RemoveRefusal};
use crate::domain::{AccountId, ContactRole, Email, Language, Licence, LicenceContacts, LicenceId};
use crate::error::AppError;
use crate::http::people::contacts::{add_refusal, promote_refusal, remove_refusal};
use crate::http::people::sender;
use crate::http::{Ctx, HeaderValue, Response};
use crate::paths::api::ApiRoute;
use crate::store;
use crate::tr;

use super::{ApiError, ApiResult, Caller, json};

/// One contact of a licence in one role.
#[derive(Debug, Serialize, ToSchema)]
pub struct ContactJson {
    pub account_id: i64,
    pub email: String,
    /// The name the account gave itself; empty when it gave none.
    pub name: String,
    /// Whether this is the role's primary contact (who receives its invoices and decides).
    pub primary: bool,
    /// `active`, `invited` (has not chosen a password yet) or `disabled`.
    pub state: &'static str,
    /// Unix seconds.
    pub added_at: i64,
}

/// A licence's contacts, per role, primaries first.
#[derive(Debug, Serialize, ToSchema)]
pub struct ContactsJson {
    pub licence_id: i64,
    pub technical: Vec<ContactJson>,
    pub billing: Vec<ContactJson>,
}

impl ContactsJson {
    pub fn of(licence: LicenceId, contacts: &LicenceContacts) -> ContactsJson {
        let role = |role: ContactRole| {
            contacts
                .of_role(role)
                .map(|c| ContactJson {
                    account_id: c.account_id.0,
                    email: c.email.to_string(),
                    name: c.display_name.clone(),
                    primary: c.is_primary,
                    state: c.state.as_str(),
                    added_at: c.added_at,
                })
                .collect()
        };
        ContactsJson {
            licence_id: licence.0,
            technical: role(ContactRole::Technical),
            billing: role(ContactRole::Billing),
        }
    }
}

/// A contact to add.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewContact {
    /// The address; one without an account is invited.
    pub email: String,
    /// `technical` or `billing`.
    pub role: String,
    /// The language of the invitation an address without an account gets (`en`, `zh-CN`,
    /// `de`, `ja`); the token's account's own when left out.
    #[serde(default)]
    pub language: Option<String>,
}

fn contacts_answer(ctx: &mut Ctx, status: u16, licence: &Licence) -> ApiResult<Response> {
    let contacts = store::contacts::of_licence(ctx.conn, licence.id)?;
    Ok(json(status, &ContactsJson::of(licence.id, &contacts)))
}

/// A licence's contacts, as its page shows them to the token's account (a consultant sees
/// them too).
#[utoipa::path(
    get,
    path = "/api/v1/licences/{id}/contacts",
    operation_id = "list_contacts",
    tag = "contacts",
    params(("id" = i64, Path, description = "The licence's number in the portal")),
    responses(
        (status = 200, description = "The licence's contacts per role", body = ContactsJson),
        (status = 401, description = "No token, or one that does not open the API", body = super::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such licence, or not one the token reaches", body = super::Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub fn list(ctx: &mut Ctx, caller: &Caller, id: LicenceId) -> ApiResult<Response> {
    let licence = caller.licence(ctx, id)?;
    contacts_answer(ctx, 200, &licence)
}

/// Adds a technical or billing contact by address, as the licence page's form does: an address
/// without an account becomes an invited account and gets an invitation mail; an existing
/// account is told by mail. Audited as `contact-added` (and `account-invited`).
#[utoipa::path(
    post,
    path = "/api/v1/licences/{id}/contacts",
    tag = "contacts",
    params(("id" = i64, Path, description = "The licence's number in the portal")),
    request_body(content = NewContact, content_type = "application/json"),
    responses(
        (status = 201, description = "Added; the licence's contacts now", body = ContactsJson,
            headers(("Location" = String, description = "The licence's contacts"))),
        (status = 400, description = "The body is not the JSON this route takes", body = super::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or one that does not open the API", body = super::Problem, content_type = "application/problem+json"),
        (status = 403, description = "A read token, or an account that may only read the licence (a consultant)", body = super::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such licence, or not one the token reaches", body = super::Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field refused (a malformed address, an unknown role or language, already a contact, a disabled account), with the form's message", body = super::Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub fn add(ctx: &mut Ctx, caller: &Caller, id: LicenceId) -> ApiResult<Response> {
    let licence = caller.managed_licence(ctx, id)?;
    let input: NewContact = super::body(ctx)?;
    let lang = ctx.lang;
    let Some(role) = ContactRole::parse(&input.role) else {
        return Err(ApiError::field(
            "role",
            tr!(lang, "people-contacts-role-missing"),
        ));
    };
    let email = Email::parse(&input.email)
        .map_err(|e| ApiError::field("email", crate::i18n::email_error(lang, &e)))?;
    let language = match input.language.as_deref() {
        None | Some("") => lang,
        Some(code) => Language::from_code(code).ok_or_else(|| {
            ApiError::field("language", tr!(lang, "people-profile-language-unknown"))
        })?,
    };
    let actor = ctx.actor(&caller.session);
    let by = ByAccount {
        account: &caller.session.account,
        actor: &actor,
    };
    let addressee = Addressee {
        email: &email,
        language,
    };
    let (app, now) = (ctx.app, ctx.now);
    if let Err(refusal) = use_case::add(ctx.conn, sender(app), by, &licence, role, &addressee, now)?
    {
        return Err(ApiError::field(
            "email",
            add_refusal(lang, &email, role, refusal),
        ));
    }
    let location = format!("{}{}", ctx.app.base_url, ApiRoute::Contacts(licence.id));
    let answer = contacts_answer(ctx, 201, &licence)?;
    Ok(match HeaderValue::new(location) {
        Ok(value) => answer.header("Location", value),
        Err(_) => answer,
    })
}

/// Removes a contact from one role, as the licence page's "×" does. A role's primary contact
/// stays until another is made primary: removing them is a 409 with the page's explanation.
/// The removed person is told by mail (unless they removed themselves). Audited as
/// `contact-removed`.
#[utoipa::path(
    delete,
    path = "/api/v1/licences/{id}/contacts/{role}/{account}",
    tag = "contacts",
    params(
        ("id" = i64, Path, description = "The licence's number in the portal"),
        ("role" = String, Path, description = "`technical` or `billing`"),
        ("account" = i64, Path, description = "The contact's account id"),
    ),
    responses(
        (status = 200, description = "Removed; the licence's contacts now", body = ContactsJson),
        (status = 204, description = "Removed: the token's account removed itself and no longer sees the licence"),
        (status = 401, description = "No token, or one that does not open the API", body = super::Problem, content_type = "application/problem+json"),
        (status = 403, description = "A read token, or an account that may only read the licence (a consultant)", body = super::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such licence or no such contact in that role, or not one the token reaches", body = super::Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not in this state: the role's primary contact stays until another is made primary", body = super::Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub fn remove(
    ctx: &mut Ctx,
    caller: &Caller,
    id: LicenceId,
    role: ContactRole,
    account: AccountId,
) -> ApiResult<Response> {
    let licence = caller.managed_licence(ctx, id)?;
    let actor = ctx.actor(&caller.session);
    let by = ByAccount {
        account: &caller.session.account,
        actor: &actor,
    };
    let (app, now, lang) = (ctx.app, ctx.now, ctx.lang);
    match use_case::remove(ctx.conn, sender(app), by, &licence, role, account, now)? {
        Ok(Removed::StillSees) => contacts_answer(ctx, 200, &licence),
        Ok(Removed::NoLongerSees) => Ok(Response::new(204)),
        Err(Refused {
            refusal: RemoveRefusal::NotAContact,
            ..
        }) => Err(AppError::NotFound.into()),
        Err(Refused { refusal, contacts }) => {
            let (_, detail) = remove_refusal(lang, &licence, &contacts, role, account, refusal);
            Err(ApiError::Conflict(detail))
        }
    }
}

/// Makes a contact the primary of its role, as the licence page's "Make primary" does: the
/// previous primary stays as a secondary contact; both are told by mail. Only the role's
/// primary, the contact themselves, or someone who oversees the licence (an administrator, a
/// manager of its organisation) may. Audited as `primary-changed`.
#[utoipa::path(
    post,
    path = "/api/v1/licences/{id}/contacts/{role}/{account}/primary",
    tag = "contacts",
    params(
        ("id" = i64, Path, description = "The licence's number in the portal"),
        ("role" = String, Path, description = "`technical` or `billing`"),
        ("account" = i64, Path, description = "The contact's account id"),
    ),
    responses(
        (status = 200, description = "Made primary; the licence's contacts now", body = ContactsJson),
        (status = 401, description = "No token, or one that does not open the API", body = super::Problem, content_type = "application/problem+json"),
        (status = 403, description = "A read token, a consultant, or a secondary contact choosing someone else", body = super::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such licence or no such contact in that role, or not one the token reaches", body = super::Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not in this state: already the primary, or a disabled account", body = super::Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub fn make_primary(
    ctx: &mut Ctx,
    caller: &Caller,
    id: LicenceId,
    role: ContactRole,
    account: AccountId,
) -> ApiResult<Response> {
    let licence = caller.managed_licence(ctx, id)?;
    let actor = ctx.actor(&caller.session);
    let by = ByAccount {
        account: &caller.session.account,
        actor: &actor,
    };
    let (app, now, lang) = (ctx.app, ctx.now, ctx.lang);
    match use_case::make_primary(ctx.conn, sender(app), by, &licence, role, account, now)? {
        Ok(()) => contacts_answer(ctx, 200, &licence),
        Err(Refused {
            refusal: PromoteRefusal::NotAContact,
            ..
        }) => Err(AppError::NotFound.into()),
        Err(Refused { refusal, contacts }) => {
            let (_, detail) = promote_refusal(lang, &contacts, role, account, refusal);
            // A secondary contact may choose only themselves; the others are states to wait out.
            Err(match refusal {
                PromoteRefusal::SecondaryCannotPromoteOthers => AppError::Forbidden(detail).into(),
                _ => ApiError::Conflict(detail),
            })
        }
    }
}
