//! Role mailboxes: an organisation's, listed on its page, which its administrators and managers
//! add and remove (a consultant sees the list and gets a 403 for a change; anyone who does not
//! reach the organisation a 404), and the portal's own under Admin (administrators; the router
//! answers everyone else 404). A removal goes through a confirmation page.

use crate::app::mailboxes::{self as use_case, AddRefused, By};
use crate::app::organisation_access::Standing;
use crate::domain::mailbox::RoleMailbox;
use crate::domain::organisation::Organisation;
use crate::domain::{Email, Language, OrganisationId};
use crate::error::{AppError, AppResult};
use crate::paths::MailboxRoute;
use crate::views::Nav;
use crate::views::mailboxes::{self as view, MailboxForm, Owner, SectionView};

use super::fields::email_to_show_again;
use super::people::admin::require_admin;
use super::session::Session;
use super::{Ctx, Form, Method, Response};

/// Dispatches the routes of role mailboxes.
pub fn route(ctx: &mut Ctx, route: MailboxRoute) -> AppResult<Response> {
    let post = ctx.req.method == Method::Post;
    match route {
        MailboxRoute::Portal if post => add_to_portal(ctx),
        MailboxRoute::Portal => portal_page(ctx),
        MailboxRoute::RemovePortal(id) if post => remove_from_portal(ctx, id),
        MailboxRoute::RemovePortal(id) => confirm_portal_removal(ctx, id),
        MailboxRoute::Add(organisation) => add_to_organisation(ctx, organisation),
        MailboxRoute::Remove(organisation, id) if post => {
            remove_from_organisation(ctx, organisation, id)
        }
        MailboxRoute::Remove(organisation, id) => {
            confirm_organisation_removal(ctx, organisation, id)
        }
    }
}

/// The section of an organisation's page: its mailboxes, and the forms for those who may
/// change them.
pub(super) fn section(
    ctx: &mut Ctx,
    session: &Session,
    organisation: &Organisation,
    may_change: bool,
    form: &MailboxForm,
) -> AppResult<maud::Markup> {
    let mailboxes = use_case::list(ctx.conn, Some(organisation))?;
    Ok(view::section(
        ctx.lang,
        &SectionView {
            owner: Owner::Organisation(organisation),
            mailboxes: &mailboxes,
            may_change,
            csrf: &session.csrf,
            form,
        },
    ))
}

/// The organisation, when the signed-in account may change its mailboxes: a 404 for one they
/// do not reach, a 403 for a consultant's read-only access.
fn changing(ctx: &mut Ctx, session: &Session, id: OrganisationId) -> AppResult<Organisation> {
    let standing =
        crate::app::organisation_access::standing(ctx.conn, session.viewer(), id, ctx.now)?;
    match standing {
        None => Err(AppError::NotFound),
        Some((_, Standing::Consultant { .. })) => Err(AppError::Forbidden(crate::tr!(
            ctx.lang,
            "mailbox-read-only"
        ))),
        Some((organisation, _)) => Ok(organisation),
    }
}

/// The address and language of an add form; `Err` is the form to show again, with why.
fn read_form(lang: Language, form: &Form) -> Result<(Email, Language), MailboxForm> {
    let raw = form.get("address");
    let chosen = form.get("language");
    let mut sent = MailboxForm {
        address: email_to_show_again(raw).to_owned(),
        language: chosen.to_owned(),
        error: None,
    };
    let address = match Email::parse(raw) {
        Ok(address) => address,
        Err(e) => {
            sent.error = Some(crate::i18n::email_error(lang, &e));
            return Err(sent);
        }
    };
    let language = match Language::from_code(chosen) {
        Some(language) => language,
        None if chosen.is_empty() => lang,
        None => {
            sent.error = Some(crate::tr!(lang, "mailbox-language-unknown"));
            return Err(sent);
        }
    };
    Ok((address, language))
}

/// Adds the form's address to `owner`'s mailboxes: on to the list, or the form again (422).
fn add(
    ctx: &mut Ctx,
    session: &Session,
    organisation: Option<&Organisation>,
    form: &Form,
) -> AppResult<Result<(), MailboxForm>> {
    let lang = ctx.lang;
    let (address, language) = match read_form(lang, form) {
        Ok(read) => read,
        Err(sent) => return Ok(Err(sent)),
    };
    let actor = ctx.actor(session);
    let by = By {
        actor: &actor,
        viewer: Some(session.viewer()),
    };
    let now = ctx.now;
    match use_case::add(ctx.conn, by, organisation, &address, language, now)? {
        Ok(_) => Ok(Ok(())),
        Err(AddRefused::AlreadyThere) => Ok(Err(MailboxForm {
            address: address.to_string(),
            language: language.code().to_owned(),
            error: Some(crate::tr!(
                lang,
                "mailbox-already",
                address = address.to_string()
            )),
        })),
    }
}

fn add_to_organisation(ctx: &mut Ctx, id: OrganisationId) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let organisation = changing(ctx, &session, id)?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    match add(ctx, &session, Some(&organisation), &form)? {
        Ok(()) => Ok(Response::see_other(&format!(
            "{}#role-mailboxes",
            Owner::Organisation(&organisation).list_path()
        ))),
        Err(sent) => {
            super::organisations::render_page(ctx, &session, &organisation, None, None, &sent, 422)
        }
    }
}

fn portal_page(ctx: &mut Ctx) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    render_portal(ctx, &session, &MailboxForm::default(), 200)
}

fn render_portal(
    ctx: &mut Ctx,
    session: &Session,
    form: &MailboxForm,
    status: u16,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let mailboxes = use_case::list(ctx.conn, None)?;
    let body = view::portal_page(
        lang,
        &SectionView {
            owner: Owner::Portal,
            mailboxes: &mailboxes,
            may_change: true,
            csrf: &session.csrf,
            form,
        },
    );
    let title = crate::tr!(lang, "mailbox-heading");
    ctx.page(Some(session), &title, Nav::Admin, false, status, body)
}

fn add_to_portal(ctx: &mut Ctx) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    match add(ctx, &session, None, &form)? {
        Ok(()) => Ok(Response::see_other(&MailboxRoute::Portal.path())),
        Err(sent) => render_portal(ctx, &session, &sent, 422),
    }
}

/// The mailbox of the owner named in the path; a 404 when it has no such one.
fn mailbox_of(
    ctx: &mut Ctx,
    organisation: Option<&Organisation>,
    id: i64,
) -> AppResult<RoleMailbox> {
    crate::store::mailboxes::by_id(ctx.conn, organisation.map(|o| o.id), id)?
        .ok_or(AppError::NotFound)
}

fn confirm_page(
    ctx: &mut Ctx,
    session: &Session,
    owner: Owner<'_>,
    mailbox: &RoleMailbox,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let body = view::confirm_remove(lang, owner, mailbox, &session.csrf);
    let title = crate::tr!(lang, "mailbox-remove-title");
    let nav = match owner {
        Owner::Organisation(_) => Nav::Organisations,
        Owner::Portal => Nav::Admin,
    };
    ctx.page(Some(session), &title, nav, true, 200, body)
}

fn confirm_organisation_removal(
    ctx: &mut Ctx,
    organisation: OrganisationId,
    id: i64,
) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let organisation = changing(ctx, &session, organisation)?;
    let mailbox = mailbox_of(ctx, Some(&organisation), id)?;
    confirm_page(ctx, &session, Owner::Organisation(&organisation), &mailbox)
}

fn confirm_portal_removal(ctx: &mut Ctx, id: i64) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let mailbox = mailbox_of(ctx, None, id)?;
    confirm_page(ctx, &session, Owner::Portal, &mailbox)
}

fn remove_from_organisation(
    ctx: &mut Ctx,
    organisation: OrganisationId,
    id: i64,
) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let organisation = changing(ctx, &session, organisation)?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let actor = ctx.actor(&session);
    let by = By {
        actor: &actor,
        viewer: Some(session.viewer()),
    };
    let now = ctx.now;
    use_case::remove(ctx.conn, by, Some(&organisation), id, now)?.ok_or(AppError::NotFound)?;
    Ok(Response::see_other(&format!(
        "{}#role-mailboxes",
        Owner::Organisation(&organisation).list_path()
    )))
}

fn remove_from_portal(ctx: &mut Ctx, id: i64) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let actor = ctx.actor(&session);
    let by = By {
        actor: &actor,
        viewer: Some(session.viewer()),
    };
    let now = ctx.now;
    use_case::remove(ctx.conn, by, None, id, now)?.ok_or(AppError::NotFound)?;
    Ok(Response::see_other(&MailboxRoute::Portal.path()))
}
