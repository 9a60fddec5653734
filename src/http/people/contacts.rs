//! The contacts of a licence: the section and its own page, adding a contact (inviting an
//! unknown address), removing one, and making one primary, each behind a confirmation page
//! that says what will happen. Every change is audited with the contacts before and after, and
//! the people it concerns are told by mail.

use crate::auth::Token;
use crate::domain::contacts::{
    Acting, AddRefusal, PromoteRefusal, RemoveRefusal, check_add, check_promote, check_remove,
};
use crate::domain::{Account, AccountState, ContactRole, Email, Licence};
use crate::error::{AppError, AppResult};
use crate::i18n::fill;
use crate::mail::{self, compose};
use crate::paths::{ContactsBack, Route};
use crate::store::{self, audit, links::LinkPurpose};
use crate::views::contacts::{AddForm, ConfirmPrimary, ConfirmRemove, ContactsView};
use crate::views::{self, Nav};

use super::flash::PeopleFlash;
use super::{done, parse_account_id, parse_role, sender, visible_licence, write_transaction};
use crate::http::session::Session;
use crate::http::{Ctx, Response};

/// What the contacts section of a licence shows to this user. The licence details page embeds
/// it with `views::contacts::section(cat, &view_for(ctx, &session, &licence, ContactsBack::Licence)?)`.
pub fn view_for(
    ctx: &mut Ctx,
    session: &Session,
    licence: &Licence,
    back: ContactsBack,
) -> AppResult<ContactsView> {
    Ok(ContactsView {
        licence_id: licence.id,
        licence_label: compose::licence_label(licence),
        contacts: store::contacts::of_licence(ctx.conn, licence.id)?,
        viewer: acting(session),
        csrf: session.csrf.clone(),
        back,
        add: AddForm::default(),
    })
}

fn acting(session: &Session) -> Acting {
    Acting {
        account_id: session.account.id,
        is_admin: session.account.is_admin,
    }
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
    let cat = ctx.app.catalogue;
    let title = fill(
        cat.people.contacts_page_title,
        &[("licence", &view.licence_label)],
    );
    let body = views::contacts::page(cat, &licence.name, &Route::Licence(licence.id).path(), view);
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
    let cat = ctx.app.catalogue;
    let markup = views::contacts::refusal(cat, title, body, back);
    ctx.page(Some(session), title, Nav::Licences, true, status, markup)
}

/// Who acted, from where, when: the part of an audit entry every change here shares.
pub struct Acted<'a> {
    pub actor: &'a audit::Actor,
    pub addr: Option<&'a str>,
    pub now: i64,
}

/// Records a change of a licence's contacts with the contacts before and after it.
pub fn audit_contacts(
    tx: &rusqlite::Connection,
    acted: &Acted<'_>,
    action: &str,
    licence: &Licence,
    subject: crate::domain::AccountId,
    detail: &str,
    before: &serde_json::Value,
) -> AppResult<()> {
    let (actor, now) = (acted.actor, acted.now);
    let after = store::contacts::of_licence(tx, licence.id)?.snapshot();
    audit::record(
        tx,
        &audit::Entry {
            client_addr: acted.addr,
            licence_id: Some(licence.id),
            subject_account_id: Some(subject),
            detail,
            before: Some(before),
            after: Some(&after),
            ..audit::Entry::new(actor, action)
        },
        now,
    )?;
    Ok(())
}

/// Adds a technical or billing contact by e-mail address. An address without an account
/// becomes an invited account and gets an invitation with a set-password link.
pub fn add(ctx: &mut Ctx, raw_id: &str) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let licence = visible_licence(ctx, &session, raw_id)?;
    let role = parse_role(ctx, form.get("role"))?;
    let back = ContactsBack::parse(form.get("back"));
    let raw_email = form.get(&format!("email_{}", role.as_str())).to_owned();
    let (app, now) = (ctx.app, ctx.now);
    let cat = app.catalogue;
    let p = cat.people;
    let email = match Email::parse(&raw_email) {
        Ok(email) => email,
        Err(e) => {
            let message = crate::http::account::email_message(cat, &e).to_owned();
            let shown = crate::http::account::email_to_show_again(&raw_email).to_owned();
            return add_failed(ctx, &session, &licence, role, shown, message);
        }
    };
    let actor = session.actor();
    let addr = ctx.client_addr_string();
    let tx = write_transaction(ctx.conn)?;
    let contacts = store::contacts::of_licence(&tx, licence.id)?;
    if !acting(&session).may_manage(&contacts) {
        return Err(AppError::NotFound);
    }
    let existing = store::accounts::by_email(&tx, &email)?;
    if let Err(refusal) = check_add(&contacts, role, existing.as_ref().map(|a| (a.id, a.state))) {
        drop(tx);
        let template = match refusal {
            AddRefusal::AlreadyContact => p.contacts_already,
            AddRefusal::AccountDisabled => p.contacts_account_disabled,
        };
        let message = fill(template, &[("email", &email), ("role", &p.role(role))]);
        return add_failed(ctx, &session, &licence, role, raw_email, message);
    }
    let before = contacts.snapshot();
    // An account that never chose a password cannot sign in to see the licence: it gets an
    // invitation, unless it has one that still works, which stays the one link to use (a new
    // one would end it, and the person would hold mails whose links no longer work).
    let (account, invited) = match existing {
        Some(account) => {
            let invited = account.state == AccountState::Invited;
            (account, invited)
        }
        None => {
            let id = store::accounts::insert(
                &tx,
                &store::accounts::NewAccount {
                    email: &email,
                    display_name: "",
                    password_hash: None,
                    is_admin: false,
                    state: AccountState::Invited,
                },
                now,
            )?;
            let account = store::accounts::by_id(&tx, id)?.ok_or(AppError::NotFound)?;
            (account, true)
        }
    };
    store::contacts::add(&tx, licence.id, account.id, role, now)?;
    let outstanding = if invited {
        store::people::outstanding_invitation(&tx, account.id, now)?
    } else {
        None
    };
    let mut detail = format!("{email} added as a {} contact", role.as_str());
    if let Some(expires_at) = outstanding {
        let mail =
            compose::contact_added_invited(&account, &session.account, role, &licence, expires_at);
        mail::queue(&tx, sender(app), &mail, now)?;
        detail.push_str("; their invitation sent earlier still stands, no new link");
    } else if invited {
        let link = new_invitation_link(&tx, app, account.id, now)?;
        let by = compose::InvitedBy::Contact {
            actor: &session.account,
            role,
            licence: &licence,
        };
        mail::queue(
            &tx,
            sender(app),
            &compose::invitation(&account, &by, &link),
            now,
        )?;
        audit::record(
            &tx,
            &audit::Entry {
                client_addr: addr.as_deref(),
                subject_account_id: Some(account.id),
                licence_id: Some(licence.id),
                detail: &format!("invited {email} as a {} contact", role.as_str()),
                ..audit::Entry::new(&actor, "account-invited")
            },
            now,
        )?;
    } else if account.id != session.account.id {
        let mail = compose::contact_added(sender(app), &account, &session.account, role, &licence);
        mail::queue(&tx, sender(app), &mail, now)?;
    }
    let acted = Acted {
        actor: &actor,
        addr: addr.as_deref(),
        now,
    };
    audit_contacts(
        &tx,
        &acted,
        "contact-added",
        &licence,
        account.id,
        &detail,
        &before,
    )?;
    tx.commit()?;
    let flash = if invited && outstanding.is_none() {
        PeopleFlash::ContactInvited
    } else {
        PeopleFlash::ContactAdded
    };
    done(ctx, &back.path(licence.id), flash)
}

/// Makes an invitation link for an account, ending the earlier ones. Returns the link to mail.
pub fn new_invitation_link(
    tx: &rusqlite::Connection,
    app: &crate::http::App,
    account: crate::domain::AccountId,
    now: i64,
) -> AppResult<String> {
    store::people::revoke_links(tx, account, LinkPurpose::Invitation, now)?;
    let token = Token::generate();
    store::links::insert(
        tx,
        &token.hash(),
        LinkPurpose::Invitation,
        Some(account),
        now,
        now + crate::commands::user::INVITATION_SECONDS,
    )?;
    Ok(Route::Invite(token.as_str().to_owned()).url(&app.base_url))
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
    let p = ctx.app.catalogue.people;
    let email = contacts
        .find(choice.role, choice.account)
        .map(|c| c.email.to_string())
        .unwrap_or_default();
    let values: [(&str, &dyn std::fmt::Display); 3] = [
        ("email", &email),
        ("role", &p.role(choice.role)),
        ("licence", &compose::licence_label(licence)),
    ];
    let (title, body) = match refusal {
        RemoveRefusal::IsPrimary => (p.remove_primary_title, fill(p.remove_primary_body, &values)),
        RemoveRefusal::NotAContact => (p.not_a_contact_title, fill(p.not_a_contact_body, &values)),
    };
    let back = choice.back.path(licence.id);
    refusal_page(ctx, session, 409, title, &body, &back)
}

pub fn confirm_remove(ctx: &mut Ctx, raw_id: &str) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let licence = visible_licence(ctx, &session, raw_id)?;
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
    let cat = ctx.app.catalogue;
    let label = compose::licence_label(&licence);
    let email = contact.email.to_string();
    let body = views::contacts::confirm_remove(
        cat,
        &ConfirmRemove {
            licence_id: licence.id,
            licence_label: &label,
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
        cat.people.remove_title,
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
    let licence = visible_licence(ctx, &session, raw_id)?;
    let choice = choice_from_form(ctx, &form)?;
    let (app, now) = (ctx.app, ctx.now);
    let addr = ctx.client_addr_string();
    let actor = session.actor();
    let tx = write_transaction(ctx.conn)?;
    let contacts = store::contacts::of_licence(&tx, licence.id)?;
    if !acting(&session).may_manage(&contacts) {
        return Err(AppError::NotFound);
    }
    if let Err(refusal) = check_remove(&contacts, choice.role, choice.account) {
        drop(tx);
        return remove_refused(ctx, &session, &licence, &contacts, &choice, refusal);
    }
    let before = contacts.snapshot();
    store::contacts::remove(&tx, licence.id, choice.account, choice.role)?;
    let removed = store::accounts::by_id(&tx, choice.account)?.ok_or(AppError::NotFound)?;
    if removed.id != session.account.id && removed.state != AccountState::Disabled {
        let mail = compose::contact_removed(&removed, &session.account, choice.role, &licence);
        mail::queue(&tx, sender(app), &mail, now)?;
    }
    let detail = format!(
        "{} removed as a {} contact",
        removed.email,
        choice.role.as_str()
    );
    let acted = Acted {
        actor: &actor,
        addr: addr.as_deref(),
        now,
    };
    audit_contacts(
        &tx,
        &acted,
        "contact-removed",
        &licence,
        removed.id,
        &detail,
        &before,
    )?;
    let still_sees = session.account.is_admin
        || store::contacts::of_licence(&tx, licence.id)?.includes(session.account.id);
    tx.commit()?;
    if still_sees {
        done(
            ctx,
            &choice.back.path(licence.id),
            PeopleFlash::ContactRemoved,
        )
    } else {
        done(ctx, &Route::licences().path(), PeopleFlash::RemovedYourself)
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
    let p = ctx.app.catalogue.people;
    let email = contacts
        .find(choice.role, choice.account)
        .map(|c| c.email.to_string())
        .unwrap_or_default();
    let primary = contacts
        .primary(choice.role)
        .map(|c| c.email.to_string())
        .unwrap_or_default();
    let values: [(&str, &dyn std::fmt::Display); 3] = [
        ("email", &email),
        ("role", &p.role(choice.role)),
        ("primary", &primary),
    ];
    let (status, template) = match refusal {
        PromoteRefusal::SecondaryCannotPromoteOthers => (403, p.promote_refused_secondary),
        PromoteRefusal::AlreadyPrimary => (409, p.promote_refused_already),
        PromoteRefusal::AccountDisabled => (409, p.promote_refused_disabled),
        PromoteRefusal::NotAContact => (409, p.promote_refused_not_contact),
    };
    let back = choice.back.path(licence.id);
    refusal_page(
        ctx,
        session,
        status,
        p.promote_refused_title,
        &fill(template, &values),
        &back,
    )
}

pub fn confirm_primary(ctx: &mut Ctx, raw_id: &str) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let licence = visible_licence(ctx, &session, raw_id)?;
    let choice = choice_from_query(ctx)?;
    let contacts = store::contacts::of_licence(ctx.conn, licence.id)?;
    let previous = match check_promote(&contacts, acting(&session), choice.role, choice.account) {
        Ok(previous) => previous.cloned(),
        Err(refusal) => {
            return promote_refused(ctx, &session, &licence, &contacts, &choice, refusal);
        }
    };
    let Some(candidate) = contacts.find(choice.role, choice.account) else {
        return Err(AppError::NotFound);
    };
    let cat = ctx.app.catalogue;
    let label = compose::licence_label(&licence);
    let email = candidate.email.to_string();
    let previous_email = previous.as_ref().map(|c| c.email.to_string());
    let role = cat.people.role(choice.role);
    let title = fill(cat.people.promote_title, &[("role", &role)]);
    let body = views::contacts::confirm_primary(
        cat,
        &ConfirmPrimary {
            licence_id: licence.id,
            licence_label: &label,
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
    let licence = visible_licence(ctx, &session, raw_id)?;
    let choice = choice_from_form(ctx, &form)?;
    let (app, now) = (ctx.app, ctx.now);
    let addr = ctx.client_addr_string();
    let actor = session.actor();
    let tx = write_transaction(ctx.conn)?;
    let contacts = store::contacts::of_licence(&tx, licence.id)?;
    let previous = match check_promote(&contacts, acting(&session), choice.role, choice.account) {
        Ok(previous) => previous.map(|c| c.account_id),
        Err(refusal) => {
            drop(tx);
            return promote_refused(ctx, &session, &licence, &contacts, &choice, refusal);
        }
    };
    let before = contacts.snapshot();
    store::contacts::set_primary(&tx, licence.id, choice.role, choice.account, now)?;
    let new_primary = store::accounts::by_id(&tx, choice.account)?.ok_or(AppError::NotFound)?;
    let previous: Option<Account> = match previous {
        Some(id) => store::accounts::by_id(&tx, id)?,
        None => None,
    };
    if let Some(previous) = previous
        .as_ref()
        .filter(|a| a.state != AccountState::Disabled)
    {
        let mail = compose::primary_to_previous(
            sender(app),
            previous,
            &session.account,
            &new_primary,
            choice.role,
            &licence,
        );
        mail::queue(&tx, sender(app), &mail, now)?;
    }
    if new_primary.id != session.account.id {
        let mail = compose::primary_to_new(
            sender(app),
            &new_primary,
            &session.account,
            choice.role,
            &licence,
        );
        mail::queue(&tx, sender(app), &mail, now)?;
    }
    let detail = format!(
        "{} made the primary {} contact{}",
        new_primary.email,
        choice.role.as_str(),
        previous
            .as_ref()
            .map(|p| format!(" in place of {}", p.email))
            .unwrap_or_default()
    );
    let acted = Acted {
        actor: &actor,
        addr: addr.as_deref(),
        now,
    };
    audit_contacts(
        &tx,
        &acted,
        "primary-changed",
        &licence,
        new_primary.id,
        &detail,
        &before,
    )?;
    tx.commit()?;
    done(
        ctx,
        &choice.back.path(licence.id),
        PeopleFlash::PrimaryChanged,
    )
}
