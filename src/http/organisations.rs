//! Organisations: the list of those the viewer reaches, one organisation's page, and for
//! administrators creating, renaming and merging organisations and moving a licence to
//! another one. An organisation the viewer does not reach is a 404, as a licence is; a form
//! only administrators get answers everyone else 404 too.

use std::collections::HashMap;

use crate::app::organisations::{self as use_case, NameRefused};
use crate::domain::organisation::Organisation;
use crate::domain::{LicenceId, OrganisationId};
use crate::error::{AppError, AppResult};
use crate::i18n::Language;
use crate::paths::{OrganisationRoute, Route};
use crate::store::organisations;
use crate::views::Nav;
use crate::views::licences::FormState;
use crate::views::mailboxes::MailboxForm;
use crate::views::organisations::{self as view, ListRow, ListView, NameProblem, PageView};

use super::context::Flash;
use super::session::Session;
use super::{Ctx, Response};

/// The messages shown once after an organisation action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrganisationFlash {
    Created,
    Renamed,
    Merged,
    LicenceMoved,
}

impl OrganisationFlash {
    const ALL: [OrganisationFlash; 4] = [
        OrganisationFlash::Created,
        OrganisationFlash::Renamed,
        OrganisationFlash::Merged,
        OrganisationFlash::LicenceMoved,
    ];

    pub fn name(self) -> &'static str {
        match self {
            OrganisationFlash::Created => "organisation-created",
            OrganisationFlash::Renamed => "organisation-renamed",
            OrganisationFlash::Merged => "organisations-merged",
            OrganisationFlash::LicenceMoved => "licence-organisation-moved",
        }
    }

    pub fn parse(name: &str) -> Option<OrganisationFlash> {
        OrganisationFlash::ALL
            .into_iter()
            .find(|f| f.name() == name)
    }

    pub fn text(self, lang: Language) -> String {
        match self {
            OrganisationFlash::Created => crate::tr!(lang, "org-flash-created"),
            OrganisationFlash::Renamed => crate::tr!(lang, "org-flash-renamed"),
            OrganisationFlash::Merged => crate::tr!(lang, "org-flash-merged"),
            OrganisationFlash::LicenceMoved => crate::tr!(lang, "org-flash-licence-moved"),
        }
    }
}

pub fn route(ctx: &mut Ctx, route: OrganisationRoute) -> AppResult<Response> {
    let post = ctx.req.method == super::Method::Post;
    match route {
        OrganisationRoute::List if post => create(ctx),
        OrganisationRoute::List => list(ctx),
        OrganisationRoute::Page(id) => page(ctx, id),
        OrganisationRoute::Rename(id) => rename(ctx, id),
        OrganisationRoute::Merge { id, .. } if post => merge(ctx, id),
        OrganisationRoute::Merge { id, into } => merge_page(ctx, id, into),
    }
}

fn done(ctx: &Ctx, target: &str, flash: OrganisationFlash) -> AppResult<Response> {
    Ok(Response::see_other(target)
        .header("Set-Cookie", ctx.flash_cookie(Flash::Organisation(flash))?))
}

/// The signed-in administrator and the form of their POST, its CSRF token checked; anyone
/// else is told the address does not exist.
fn admin_post(ctx: &mut Ctx) -> AppResult<(Session, super::Form)> {
    let session = super::people::admin::require_admin(ctx)?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    Ok((session, form))
}

/// The organisation if the viewer reaches it (an administrator every one); a 404 otherwise,
/// whether it exists or not.
pub(super) fn reached(
    ctx: &mut Ctx,
    session: &Session,
    id: OrganisationId,
) -> AppResult<Organisation> {
    let standing =
        crate::app::organisation_access::standing(ctx.conn, session.viewer(), id, ctx.now)?;
    standing
        .map(|(organisation, _)| organisation)
        .ok_or(AppError::NotFound)
}

/// The organisation of an administrator's page or form; a 404 when there is none.
fn existing(ctx: &mut Ctx, id: OrganisationId) -> AppResult<Organisation> {
    organisations::by_id(ctx.conn, id)?.ok_or(AppError::NotFound)
}

fn name_problem(refused: NameRefused) -> NameProblem {
    match refused {
        NameRefused::Invalid(error) => NameProblem::Invalid(error),
        NameRefused::Taken(other) => NameProblem::Taken(other),
    }
}

fn list(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    render_list(ctx, &session, "", None, 200)
}

fn render_list(
    ctx: &mut Ctx,
    session: &Session,
    typed: &str,
    problem: Option<NameProblem>,
    status: u16,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let reachable = organisations::reachable(ctx.conn, session.viewer(), ctx.now)?;
    let counts: HashMap<OrganisationId, i64> = organisations::licence_counts(ctx.conn)?;
    let mut rows = Vec::with_capacity(reachable.len());
    for organisation in reachable {
        let managers = organisations::managers(ctx.conn, organisation.id)?
            .into_iter()
            .map(|h| h.email.to_string())
            .collect();
        rows.push(ListRow {
            licences: counts.get(&organisation.id).copied().unwrap_or(0),
            organisation,
            managers,
        });
    }
    let body = view::list(
        lang,
        &ListView {
            rows: &rows,
            is_admin: session.account.is_admin,
            csrf: &session.csrf,
            typed,
            problem: problem.as_ref(),
        },
    );
    ctx.page(
        Some(session),
        &crate::tr!(lang, "org-title"),
        Nav::Organisations,
        false,
        status,
        body,
    )
}

fn create(ctx: &mut Ctx) -> AppResult<Response> {
    let (session, form) = admin_post(ctx)?;
    let typed = form.get("name").to_owned();
    let actor = ctx.actor(&session);
    let now = ctx.now;
    match use_case::create(ctx.conn, &actor, &typed, now)? {
        Ok(id) => done(
            ctx,
            &OrganisationRoute::Page(id).path(),
            OrganisationFlash::Created,
        ),
        Err(refused) => render_list(ctx, &session, &typed, Some(name_problem(refused)), 422),
    }
}

fn page(ctx: &mut Ctx, id: OrganisationId) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let organisation = reached(ctx, &session, id)?;
    render_page(
        ctx,
        &session,
        &organisation,
        None,
        None,
        &MailboxForm::default(),
        200,
    )
}

/// The organisation's page; `mailbox_form` is the role mailbox form as sent, after a refusal.
pub(super) fn render_page(
    ctx: &mut Ctx,
    session: &Session,
    organisation: &Organisation,
    typed: Option<&str>,
    problem: Option<NameProblem>,
    mailbox_form: &MailboxForm,
    status: u16,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let licences = organisations::licence_count(ctx.conn, organisation.id)?;
    let manages = session.account.is_admin
        || organisations::manages(ctx.conn, session.account.id, organisation.id)?;
    let mailboxes = super::mailboxes::section(ctx, session, organisation, manages, mailbox_form)?;
    let body = view::page(
        lang,
        &PageView {
            organisation,
            licences,
            is_admin: session.account.is_admin,
            manages,
            csrf: &session.csrf,
            typed: typed.unwrap_or(&organisation.name),
            problem: problem.as_ref(),
            mailboxes,
        },
    );
    ctx.page(
        Some(session),
        &organisation.name,
        Nav::Organisations,
        false,
        status,
        body,
    )
}

fn rename(ctx: &mut Ctx, id: OrganisationId) -> AppResult<Response> {
    let (session, form) = admin_post(ctx)?;
    let organisation = existing(ctx, id)?;
    let typed = form.get("name").to_owned();
    let actor = ctx.actor(&session);
    let now = ctx.now;
    match use_case::rename(ctx.conn, &actor, &organisation, &typed, now)? {
        Ok(true) => done(
            ctx,
            &OrganisationRoute::Page(id).path(),
            OrganisationFlash::Renamed,
        ),
        Ok(false) => Ok(Response::see_other(&OrganisationRoute::Page(id).path())),
        Err(refused) => render_page(
            ctx,
            &session,
            &organisation,
            Some(&typed),
            Some(name_problem(refused)),
            &MailboxForm::default(),
            422,
        ),
    }
}

/// The merge page: which organisation to merge into, then (with `into`) what moves.
fn merge_page(
    ctx: &mut Ctx,
    id: OrganisationId,
    into: Option<OrganisationId>,
) -> AppResult<Response> {
    let session = super::people::admin::require_admin(ctx)?;
    let organisation = existing(ctx, id)?;
    let lang = ctx.lang;
    let title = crate::tr!(lang, "org-merge-title", name = organisation.name.as_str());
    let body = match into {
        Some(into) if into == id => {
            return render_choice(
                ctx,
                &session,
                &organisation,
                Some(&crate::tr!(lang, "org-merge-into-itself")),
                422,
            );
        }
        Some(into) => {
            let target = existing(ctx, into)?;
            let moving = organisations::belongings(ctx.conn, id, ctx.now)?;
            let moving = view::Moving {
                licences: moving.licences,
                managers: moving.managers,
                grants: moving.grants,
            };
            view::merge_confirm(lang, &organisation, &target, &moving, &session.csrf)
        }
        None => return render_choice(ctx, &session, &organisation, None, 200),
    };
    ctx.page(Some(&session), &title, Nav::Organisations, true, 200, body)
}

fn render_choice(
    ctx: &mut Ctx,
    session: &Session,
    organisation: &Organisation,
    error: Option<&str>,
    status: u16,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let others: Vec<Organisation> = organisations::all(ctx.conn)?
        .into_iter()
        .filter(|o| o.id != organisation.id)
        .collect();
    let body = view::merge_choice(lang, organisation, &others, error);
    ctx.page(
        Some(session),
        &crate::tr!(lang, "org-merge-title", name = organisation.name.as_str()),
        Nav::Organisations,
        true,
        status,
        body,
    )
}

fn merge(ctx: &mut Ctx, id: OrganisationId) -> AppResult<Response> {
    let (session, form) = admin_post(ctx)?;
    let organisation = existing(ctx, id)?;
    let lang = ctx.lang;
    let into: OrganisationId = form.get("into").parse().map_err(|_| AppError::NotFound)?;
    if into == id {
        return render_choice(
            ctx,
            &session,
            &organisation,
            Some(&crate::tr!(lang, "org-merge-into-itself")),
            422,
        );
    }
    let actor = ctx.actor(&session);
    let now = ctx.now;
    match use_case::merge(ctx.conn, &actor, id, into, now)? {
        Some(_) => done(
            ctx,
            &OrganisationRoute::Page(into).path(),
            OrganisationFlash::Merged,
        ),
        None => Err(AppError::NotFound),
    }
}

/// Moves a licence to another organisation (administrators; anyone else gets a 404, the
/// licence's managers included: they may not move a licence in or out of an organisation).
pub fn move_licence(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let (session, form) = admin_post(ctx)?;
    let licence = super::licences::visible_licence(ctx, &session, id)?;
    let lang = ctx.lang;
    let target = form.get("organisation").parse::<OrganisationId>().ok();
    let actor = ctx.actor(&session);
    let now = ctx.now;
    let moved = match target {
        Some(target) => use_case::move_licence(ctx.conn, &actor, &licence, target, now)?,
        None => None,
    };
    match moved {
        Some(true) => done(
            ctx,
            &Route::Licence(id).path(),
            OrganisationFlash::LicenceMoved,
        ),
        Some(false) => Ok(Response::see_other(&Route::Licence(id).path())),
        None => {
            let mut state = FormState::new();
            state.set("belongs_to", form.get("organisation"));
            state.error("belongs_to", crate::tr!(lang, "org-unknown"));
            super::licences::render_details(ctx, &session, &licence, &state, 422)
        }
    }
}

/// The "Belongs to" part of a licence's page: the organisation for everyone who sees the
/// licence, and for administrators the form that moves it.
pub fn belongs_to_section(
    ctx: &mut Ctx,
    session: &Session,
    licence: &crate::domain::Licence,
    form: &FormState,
) -> AppResult<maud::Markup> {
    let choices = if session.account.is_admin {
        Some(organisations::all(ctx.conn)?)
    } else {
        None
    };
    // The name links the organisation's page for those who reach it (not a contact who is
    // no manager, to whom it would be a page not found).
    let linked = match &licence.belongs_to {
        Some(organisation) => {
            session.account.is_admin
                || organisations::access_of(ctx.conn, session.account.id, organisation.id, ctx.now)?
                    .is_some()
        }
        None => false,
    };
    Ok(view::belongs_to(
        ctx.lang,
        licence,
        linked,
        choices.as_deref(),
        &session.csrf,
        form,
    ))
}
