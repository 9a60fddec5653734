//! The partner dashboard (administrators see every organisation, managers and consultants the
//! organisations they reach, everyone else a 404), and an organisation's monthly report: its
//! preview and its switch, for administrators and the organisation's managers (a 404 for
//! everyone else, whether or not the organisation exists).

use crate::app::dashboard;
use crate::domain::OrganisationId;
use crate::domain::dashboard::month_of;
use crate::domain::organisation::Organisation;
use crate::error::{AppError, AppResult};
use crate::mail::organisation_report;
use crate::paths::Route;
use crate::store;
use crate::views::Nav;
use crate::views::dashboard::ReportView;

use super::licences::write;
use super::session::Session;
use super::{Ctx, Response};

/// Today as the server's clock and zone see it, as the licence pages count days.
fn today(ctx: &Ctx) -> jiff::civil::Date {
    super::licences::today(ctx).date
}

pub fn page(ctx: &mut Ctx, only: Option<OrganisationId>) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let dashboard = dashboard::dashboard(ctx.conn, session.viewer(), only, today(ctx), ctx.now)?;
    let lang = ctx.lang;
    let body = crate::views::dashboard::page(lang, &dashboard);
    ctx.page(
        Some(&session),
        &crate::tr!(lang, "org-dash-title"),
        Nav::Dashboard,
        false,
        200,
        body,
    )
}

/// Renders the report page: this month's report as the viewer would receive it, whether it
/// was queued, and the switch.
fn report_page(
    ctx: &mut Ctx,
    session: &Session,
    organisation: &Organisation,
    status: u16,
    error: Option<String>,
) -> AppResult<Response> {
    let today = today(ctx);
    let report = organisation_report::gather(ctx.conn, organisation, today, ctx.now)?;
    let sender = super::people::sender(ctx.app);
    let mail = organisation_report::compose(sender, &session.account, &report);
    let view = ReportView {
        organisation,
        subject: &mail.subject,
        body: &mail.body,
        queued: store::dashboard::report_queued(ctx.conn, organisation.id, &month_of(today))?,
        managers: store::organisations::managers(ctx.conn, organisation.id)?.len(),
        csrf: &session.csrf,
        error: error.as_deref(),
    };
    let lang = ctx.lang;
    let body = crate::views::dashboard::report(lang, &view);
    ctx.page(
        Some(session),
        &crate::tr!(
            lang,
            "org-report-title",
            organisation = organisation.name.as_str()
        ),
        Nav::Dashboard,
        false,
        status,
        body,
    )
}

pub fn report(ctx: &mut Ctx, id: OrganisationId) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let organisation = dashboard::report_organisation(ctx.conn, session.viewer(), id, ctx.now)?;
    report_page(ctx, &session, &organisation, 200, None)
}

pub fn switch_reports(ctx: &mut Ctx, id: OrganisationId) -> AppResult<Response> {
    let session = ctx.require_session()?;
    // Who may not see the report gets a 404 before the form is looked at.
    let organisation = dashboard::report_organisation(ctx.conn, session.viewer(), id, ctx.now)?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let on = match form.get("on") {
        "1" => true,
        "0" => false,
        _ => {
            let message = crate::tr!(ctx.lang, "org-report-bad-on");
            return report_page(ctx, &session, &organisation, 400, Some(message));
        }
    };
    let (who, now) = (ctx.actor(&session), ctx.now);
    let tx = write(ctx)?;
    // Read again under the write lock: the switch and its audit entry see the stored value.
    let current = store::organisations::by_id(&tx, id)?.ok_or(AppError::NotFound)?;
    dashboard::set_reports(&tx, &who, &current, on, now)?;
    tx.commit()?;
    Ok(Response::see_other(&Route::OrganisationReport(id).path()))
}
