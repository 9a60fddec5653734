//! The contacts of a licence: the section and its own page, adding a contact (inviting an
//! unknown address), removing one, and making one primary, each behind a confirmation page
//! that says what will happen. Every change is audited with the contacts before and after, and
//! the people it concerns are told by mail.

use crate::app::contacts::{self, Added, ByAccount, Refused, Removed};
use crate::domain::actor::Acting;
use crate::domain::contacts::{
    AddRefusal, PromoteRefusal, RemoveRefusal, check_promote, check_remove,
};
use crate::domain::{AccountId, AccountState, ContactRole, Email, Language, Licence};
use crate::error::{AppError, AppResult};
use crate::mail::compose;
use crate::paths::{ContactsBack, Route};
use crate::store;
use crate::views::contacts::{AddForm, ConfirmPrimary, ConfirmRemove, ContactsView};
use crate::views::{self, Nav};

use super::flash::PeopleFlash;
use super::{done, managed_licence, parse_account_id, parse_role, sender, visible_licence};
use crate::http::fields::email_to_show_again;
use crate::http::session::Session;
use crate::http::{Ctx, Response};

/// What the contacts section of a licence shows to this user. The licence details page embeds
/// it with `views::contacts::section(lang, &view_for(ctx, &session, &licence, ContactsBack::Licence)?)`.
pub fn view_for(
    ctx: &mut Ctx,
    session: &Session,
    licence: &Licence,
    back: ContactsBack,
) -> AppResult<ContactsView> {
    let access = store::licences::access_to(ctx.conn, session.viewer(), licence)?;
    Ok(ContactsView {
        licence_id: licence.id,
        licence_label: compose::licence_label(licence),
        contacts: store::contacts::of_licence(ctx.conn, licence.id)?,
        acting: Acting {
            account_id: session.account.id,
            oversees: access.oversees(),
        },
        access,
        csrf: session.csrf.clone(),
        back,
        add: AddForm::default(),
    })
}

/// The signed-in account as it acts on this licence's contacts.
fn acting(ctx: &mut Ctx, session: &Session, licence: &Licence) -> AppResult<Acting> {
    let access = store::licences::access_to(ctx.conn, session.viewer(), licence)?;
    Ok(Acting {
        account_id: session.account.id,
        oversees: access.oversees(),
    })
}

pub fn page(ctx: &mut Ctx, raw_id: &str) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let licence = visible_licence(ctx, &session, raw_id)?;
    let view = view_for(ctx, &session, &licence, ContactsBack::Contacts)?;
    render_page(ctx, &session, &licence, &view, 200)
}

fn render_page(
    ctx: &mut Ctx,
    session: &Session,
    licence: &Licence,
    view: &ContactsView,
    status: u16,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let title = crate::tr!(
        lang,
        "people-contacts-page-title",
        licence = view.licence_label.to_string()
    );
    let body = views::contacts::page(
        lang,
        &licence.name,
        &Route::Licence(licence.id).path(),
        view,
    );
    ctx.page(Some(session), &title, Nav::Licences, false, status, body)
}

pub fn refusal_page(
    ctx: &mut Ctx,
    session: &Session,
    status: u16,
    title: &str,
    body: &str,
    back: &str,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let markup = views::contacts::refusal(lang, title, body, back);
    ctx.page(Some(session), title, Nav::Licences, true, status, markup)
}

/// Adds a technical or billing contact by e-mail address. An address without an account
/// becomes an invited account and gets an invitation with a set-password link.
pub fn add(ctx: &mut Ctx, raw_id: &str) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let licence = managed_licence(ctx, &session, raw_id)?;
    let role = parse_role(ctx, form.get("role"))?;
    let back = ContactsBack::parse(form.get("back"));
    let raw_email = form.get(&format!("email_{}", role.as_str())).to_owned();
    let (app, now) = (ctx.app, ctx.now);
    let lang = ctx.lang;
    let email = match Email::parse(&raw_email) {
        Ok(email) => email,
        Err(e) => {
            let message = crate::i18n::email_error(lang, &e);
            let shown = email_to_show_again(&raw_email).to_owned();
            return add_failed(ctx, &session, &licence, role, shown, message);
        }
    };
    let actor = ctx.actor(&session);
    let by = ByAccount {
        account: &session.account,
        actor: &actor,
    };
    // A new account's invitation is written in the language chosen beside the address; the
    // form offers the adding person's own language first, and a request without the field gets
    // that one. A value that names no language is refused, like the profile's.
    let chosen = form.get(&format!("language_{}", role.as_str()));
    let language = match Language::from_code(chosen) {
        Some(language) => language,
        None if chosen.is_empty() => lang,
        None => {
            let message = crate::tr!(lang, "people-profile-language-unknown");
            return add_failed(ctx, &session, &licence, role, raw_email, message);
        }
    };
    let addressee = contacts::Addressee {
        email: &email,
        language,
    };
    let flash = match contacts::add(ctx.conn, sender(app), by, &licence, role, &addressee, now)? {
        Ok(Added::Invited) => PeopleFlash::ContactInvited,
        Ok(Added::Added) => PeopleFlash::ContactAdded,
        Err(refusal) => {
            let message = add_refusal(lang, &email, role, refusal);
            return add_failed(ctx, &session, &licence, role, raw_email, message);
        }
    };
    done(ctx, &back.path(licence.id), flash)
}

/// Why an address cannot be added as a contact, as the add form says it beside the address.
pub fn add_refusal(
    lang: Language,
    email: &Email,
    role: ContactRole,
    refusal: AddRefusal,
) -> String {
    let email = email.as_str();
    match refusal {
        AddRefusal::AlreadyContact => {
            crate::tr!(
                lang,
                "people-contacts-already",
                email = email,
                role = role.as_str()
            )
        }
        AddRefusal::AccountDisabled => {
            crate::tr!(lang, "people-contacts-account-disabled", email = email)
        }
    }
}

fn add_failed(
    ctx: &mut Ctx,
    session: &Session,
    licence: &Licence,
    role: ContactRole,
    email: String,
    message: String,
) -> AppResult<Response> {
    let mut view = view_for(ctx, session, licence, ContactsBack::Contacts)?;
    view.add = AddForm {
        role: Some(role),
        email,
        error: Some(message),
    };
    render_page(ctx, session, licence, &view, 422)
}

/// The role and account a confirmation page or its form is about.
struct Choice {
    role: ContactRole,
    account: crate::domain::AccountId,
    back: ContactsBack,
}

fn choice_from_query(ctx: &Ctx) -> AppResult<Choice> {
    let q = |name| ctx.req.query_param(name).unwrap_or("");
    Ok(Choice {
        role: parse_role(ctx, q("role"))?,
        account: parse_account_id(ctx, q("account"))?,
        back: ContactsBack::parse(q("back")),
    })
}

fn choice_from_form(ctx: &Ctx, form: &crate::http::Form) -> AppResult<Choice> {
    Ok(Choice {
        role: parse_role(ctx, form.get("role"))?,
        account: parse_account_id(ctx, form.get("account"))?,
        back: ContactsBack::parse(form.get("back")),
    })
}

fn remove_refused(
    ctx: &mut Ctx,
    session: &Session,
    licence: &Licence,
    contacts: &crate::domain::LicenceContacts,
    choice: &Choice,
    refusal: RemoveRefusal,
) -> AppResult<Response> {
    let (title, body) = remove_refusal(
        ctx.lang,
        licence,
        contacts,
        choice.role,
        choice.account,
        refusal,
    );
    let back = choice.back.path(licence.id);
    refusal_page(ctx, session, 409, &title, &body, &back)
}

/// Why a contact cannot be removed: the refusal page's title and text.
pub fn remove_refusal(
    lang: Language,
    licence: &Licence,
    contacts: &crate::domain::LicenceContacts,
    role: ContactRole,
    account: AccountId,
    refusal: RemoveRefusal,
) -> (String, String) {
    let email = contacts
        .find(role, account)
        .map(|c| c.email.to_string())
        .unwrap_or_default();
    let role = role.as_str();
    match refusal {
        RemoveRefusal::IsPrimary => (
            crate::tr!(lang, "people-remove-primary-title"),
            crate::tr!(
                lang,
                "people-remove-primary-body",
                email = email,
                role = role,
                licence = compose::licence_label(licence)
            ),
        ),
        RemoveRefusal::NotAContact => (
            crate::tr!(lang, "people-not-a-contact-title"),
            crate::tr!(lang, "people-not-a-contact-body", role = role),
        ),
    }
}

pub fn confirm_remove(ctx: &mut Ctx, raw_id: &str) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let licence = managed_licence(ctx, &session, raw_id)?;
    let choice = choice_from_query(ctx)?;
    let contacts = store::contacts::of_licence(ctx.conn, licence.id)?;
    if let Err(refusal) = check_remove(&contacts, choice.role, choice.account) {
        return remove_refused(ctx, &session, &licence, &contacts, &choice, refusal);
    }
    let Some(contact) = contacts.find(choice.role, choice.account) else {
        return Err(AppError::NotFound);
    };
    let keeps_access = contacts
        .contacts
        .iter()
        .any(|c| c.account_id == choice.account && c.role != choice.role);
    let lang = ctx.lang;
    let label = compose::licence_label(&licence);
    let subject = views::components::licence_subject_text(lang, &licence);
    let email = contact.email.to_string();
    let body = views::contacts::confirm_remove(
        lang,
        &ConfirmRemove {
            licence_id: licence.id,
            licence_label: &label,
            subject: &subject,
            role: choice.role,
            account_id: choice.account,
            email: &email,
            keeps_access,
            is_yourself: choice.account == session.account.id,
            back: choice.back,
            csrf: &session.csrf,
        },
    );
    ctx.page(
        Some(&session),
        &crate::tr!(lang, "people-remove-title"),
        Nav::Licences,
        true,
        200,
        body,
    )
}

pub fn remove(ctx: &mut Ctx, raw_id: &str) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let licence = managed_licence(ctx, &session, raw_id)?;
    let choice = choice_from_form(ctx, &form)?;
    let actor = ctx.actor(&session);
    let by = ByAccount {
        account: &session.account,
        actor: &actor,
    };
    let (role, account) = (choice.role, choice.account);
    let sender = sender(ctx.app);
    match contacts::remove(ctx.conn, sender, by, &licence, role, account, ctx.now)? {
        Ok(Removed::StillSees) => done(
            ctx,
            &choice.back.path(licence.id),
            PeopleFlash::ContactRemoved,
        ),
        Ok(Removed::NoLongerSees) => {
            done(ctx, &Route::licences().path(), PeopleFlash::RemovedYourself)
        }
        Err(Refused { refusal, contacts }) => {
            remove_refused(ctx, &session, &licence, &contacts, &choice, refusal)
        }
    }
}

fn promote_refused(
    ctx: &mut Ctx,
    session: &Session,
    licence: &Licence,
    contacts: &crate::domain::LicenceContacts,
    choice: &Choice,
    refusal: PromoteRefusal,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let (status, message) = promote_refusal(lang, contacts, choice.role, choice.account, refusal);
    let back = choice.back.path(licence.id);
    refusal_page(
        ctx,
        session,
        status,
        &crate::tr!(lang, "people-promote-refused-title"),
        &message,
        &back,
    )
}

/// Why a contact cannot be made primary: the status the refusal is answered with (403 for
/// "not yours to decide", 409 for "not in this state") and the refusal page's text.
pub fn promote_refusal(
    lang: Language,
    contacts: &crate::domain::LicenceContacts,
    role: ContactRole,
    account: AccountId,
    refusal: PromoteRefusal,
) -> (u16, String) {
    let email = contacts
        .find(role, account)
        .map(|c| c.email.to_string())
        .unwrap_or_default();
    let primary = contacts
        .primary(role)
        .map(|c| c.email.to_string())
        .unwrap_or_default();
    let role = role.as_str();
    let email = email.as_str();
    match refusal {
        PromoteRefusal::SecondaryCannotPromoteOthers => (
            403,
            crate::tr!(
                lang,
                "people-promote-refused-secondary",
                role = role,
                primary = primary,
                email = email
            ),
        ),
        PromoteRefusal::AlreadyPrimary => (
            409,
            crate::tr!(
                lang,
                "people-promote-refused-already",
                email = email,
                role = role
            ),
        ),
        PromoteRefusal::AccountDisabled => (
            409,
            crate::tr!(lang, "people-promote-refused-disabled", email = email),
        ),
        PromoteRefusal::NotAContact => (
            409,
            crate::tr!(lang, "people-promote-refused-not-contact", role = role),
        ),
    }
}

pub fn confirm_primary(ctx: &mut Ctx, raw_id: &str) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let licence = managed_licence(ctx, &session, raw_id)?;
    let choice = choice_from_query(ctx)?;
    let contacts = store::contacts::of_licence(ctx.conn, licence.id)?;
    let acting = acting(ctx, &session, &licence)?;
    let previous = match check_promote(&contacts, acting, choice.role, choice.account) {
        Ok(previous) => previous.cloned(),
        Err(refusal) => {
            return promote_refused(ctx, &session, &licence, &contacts, &choice, refusal);
        }
    };
    let Some(candidate) = contacts.find(choice.role, choice.account) else {
        return Err(AppError::NotFound);
    };
    let lang = ctx.lang;
    let label = compose::licence_label(&licence);
    let subject = views::components::licence_subject_text(lang, &licence);
    let email = candidate.email.to_string();
    let previous_email = previous.as_ref().map(|c| c.email.to_string());
    let title = crate::tr!(lang, "people-promote-title", role = choice.role.as_str());
    let body = views::contacts::confirm_primary(
        lang,
        &ConfirmPrimary {
            licence_id: licence.id,
            licence_label: &label,
            subject: &subject,
            role: choice.role,
            account_id: choice.account,
            email: &email,
            previous: previous_email.as_deref(),
            notify_previous: previous
                .as_ref()
                .is_some_and(|c| c.state != AccountState::Disabled),
            back: choice.back,
            csrf: &session.csrf,
        },
    );
    ctx.page(Some(&session), &title, Nav::Licences, true, 200, body)
}

pub fn make_primary(ctx: &mut Ctx, raw_id: &str) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let licence = managed_licence(ctx, &session, raw_id)?;
    let choice = choice_from_form(ctx, &form)?;
    let actor = ctx.actor(&session);
    let by = ByAccount {
        account: &session.account,
        actor: &actor,
    };
    let (role, account) = (choice.role, choice.account);
    let sender = sender(ctx.app);
    match contacts::make_primary(ctx.conn, sender, by, &licence, role, account, ctx.now)? {
        Ok(()) => done(
            ctx,
            &choice.back.path(licence.id),
            PeopleFlash::PrimaryChanged,
        ),
        Err(Refused { refusal, contacts }) => {
            promote_refused(ctx, &session, &licence, &contacts, &choice, refusal)
        }
    }
}
