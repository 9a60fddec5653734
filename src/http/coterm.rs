//! The co-term planner of an organisation: the plan towards a common date, its CSV, and the
//! confirmed creation of its renewal orders. An administrator or a manager of the organisation
//! plans and orders; a consultant with a running grant sees the plan and its CSV (a 403 on the
//! orders); anyone else gets a 404, whether or not the organisation exists.

use jiff::civil::Date;

use crate::app::coterm::{self, Reach};
use crate::domain::OrganisationId;
use crate::domain::coterm::Plan;
use crate::domain::organisation::Organisation;
use crate::error::{AppError, AppResult};
use crate::paths::Route;
use crate::views::coterm::CotermView;
use crate::views::licences::FormState;
use crate::views::{self, Nav};

use super::context::Flash;
use super::session::Session;
use super::{Ctx, Response};

/// Today as the server's clock and zone see it, as the licence pages count days.
fn today(ctx: &Ctx) -> Date {
    super::licences::today(ctx).date
}

/// The organisation and how the viewer reaches it: a 404 unless an administrator, a manager
/// or a consultant whose grant runs.
fn reached(
    ctx: &mut Ctx,
    session: &Session,
    id: OrganisationId,
) -> AppResult<(Organisation, Reach)> {
    coterm::reach(ctx.conn, session.viewer(), id, ctx.now)?.ok_or(AppError::NotFound)
}

/// The common date as typed: `Ok(None)` when empty (the proposed date is meant), an error
/// beside the field when it is not a `yyyy-mm-dd` date, or not after today (renewals extend
/// support: a common end in the past plans nothing).
fn parse_until(ctx: &Ctx, raw: &str, form: &mut FormState) -> Result<Option<Date>, ()> {
    let raw = raw.trim();
    form.set("until", &super::fields::date_to_show_again(raw));
    if raw.is_empty() {
        return Ok(None);
    }
    match super::fields::parse_date(raw) {
        Some(date) if date > today(ctx) => Ok(Some(date)),
        Some(_) => {
            form.error("until", crate::tr!(ctx.lang, "portal-date-not-future"));
            Err(())
        }
        None => {
            form.error("until", crate::tr!(ctx.lang, "portal-date-malformed"));
            Err(())
        }
    }
}

/// The planner page: `plan` is `None` when the date asked for was refused.
#[allow(clippy::too_many_arguments)]
fn render(
    ctx: &mut Ctx,
    session: &Session,
    organisation: &Organisation,
    reach: Reach,
    form: &FormState,
    plan: Option<&Plan>,
    problem: Option<&str>,
    status: u16,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let proposed = coterm::plan(ctx.conn, organisation.id, today(ctx), None)?.target;
    let body = views::coterm::page(
        lang,
        &CotermView {
            organisation,
            form,
            proposed,
            plan,
            may_order: reach == Reach::Orders,
            problem,
            csrf: &session.csrf,
        },
    );
    let title = crate::tr!(
        lang,
        "org-coterm-title",
        organisation = organisation.name.as_str()
    );
    ctx.page(Some(session), &title, Nav::Licences, false, status, body)
}

pub fn page(ctx: &mut Ctx, id: OrganisationId, until: &str) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let (organisation, reach) = reached(ctx, &session, id)?;
    let mut form = FormState::new();
    let Ok(until) = parse_until(ctx, until, &mut form) else {
        return render(ctx, &session, &organisation, reach, &form, None, None, 422);
    };
    let plan = coterm::plan(ctx.conn, id, today(ctx), until)?;
    form.set("until", &plan.target.to_string());
    render(
        ctx,
        &session,
        &organisation,
        reach,
        &form,
        Some(&plan),
        None,
        200,
    )
}

pub fn csv(ctx: &mut Ctx, id: OrganisationId, until: &str) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let (organisation, reach) = reached(ctx, &session, id)?;
    let mut form = FormState::new();
    let Ok(until) = parse_until(ctx, until, &mut form) else {
        return render(ctx, &session, &organisation, reach, &form, None, None, 422);
    };
    let plan = coterm::plan(ctx.conn, id, today(ctx), until)?;
    let body = coterm::to_csv(&organisation, &plan)?;
    Ok(super::import::attachment(
        "text/csv; charset=utf-8",
        &format!("coterm-{}-{}.csv", organisation.id, plan.target),
        body,
    ))
}

/// Without `confirm`, the confirmation listing every order; with `confirm=1`, the orders,
/// from a plan made again here (never from months a form posted).
pub fn post(ctx: &mut Ctx, id: OrganisationId) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let (organisation, reach) = reached(ctx, &session, id)?;
    if reach != Reach::Orders {
        return Err(AppError::Forbidden(crate::tr!(
            ctx.lang,
            "organisation-read-only"
        )));
    }
    let posted = ctx.req.form();
    ctx.check_csrf(&session, &posted)?;
    let lang = ctx.lang;
    let mut form = FormState::new();
    let until = match parse_until(ctx, posted.get("until"), &mut form) {
        Ok(Some(until)) => until,
        Ok(None) => {
            form.error("until", crate::tr!(lang, "portal-date-required"));
            return render(ctx, &session, &organisation, reach, &form, None, None, 422);
        }
        Err(()) => return render(ctx, &session, &organisation, reach, &form, None, None, 422),
    };
    let today = today(ctx);
    let nothing = crate::tr!(lang, "org-coterm-nothing-to-order");
    if posted.get("confirm") != "1" {
        let plan = coterm::plan(ctx.conn, id, today, Some(until))?;
        if plan.renewals().next().is_none() {
            return render(
                ctx,
                &session,
                &organisation,
                reach,
                &form,
                Some(&plan),
                Some(&nothing),
                422,
            );
        }
        let body = views::coterm::confirm(lang, &organisation, &plan, &session.csrf);
        let title = crate::tr!(lang, "org-coterm-create");
        return ctx.page(Some(&session), &title, Nav::Licences, false, 200, body);
    }
    let who = ctx.actor(&session);
    let now = ctx.now;
    let count = coterm::order_renewals(
        ctx.conn,
        &who,
        &crate::i18n::licence::renewal_description,
        session.viewer(),
        id,
        today,
        until,
        now,
    )?;
    if count == 0 {
        let plan = coterm::plan(ctx.conn, id, today, Some(until))?;
        return render(
            ctx,
            &session,
            &organisation,
            reach,
            &form,
            Some(&plan),
            Some(&nothing),
            422,
        );
    }
    let flash = Flash::RenewalOrdersCreated(u32::try_from(count).unwrap_or(u32::MAX));
    Ok(Response::see_other(&Route::Orders { page: 1 }.path())
        .header("Set-Cookie", ctx.flash_cookie(flash)?))
}
