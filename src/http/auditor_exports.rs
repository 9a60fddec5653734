//! The auditors' CSV downloads: the audit log with the audit page's filters (administrators
//! only, like everything under /admin), and the orders the viewer sees on the orders page.

use crate::app::auditor_exports;
use crate::error::{AppError, AppResult};
use crate::http::import::attachment;
use crate::http::people::admin::{audit_filter, audit_form, require_admin};
use crate::http::{Ctx, Response};
use crate::paths::AuditQuery;

/// Today's date (UTC) for a download's file name.
fn today(ctx: &Ctx) -> String {
    jiff::Timestamp::from_second(ctx.now)
        .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).date().to_string())
        .unwrap_or_default()
}

/// The entries the filters find. A filter the page would refuse is refused here too, with
/// its message, before anything is read.
pub fn audit_csv(ctx: &mut Ctx, query: AuditQuery) -> AppResult<Response> {
    require_admin(ctx)?;
    let form = audit_form(query);
    let filter = match audit_filter(ctx, &form)? {
        Ok(filter) => filter,
        Err(errors) => {
            let problems: Vec<String> = [errors.licence, errors.account, errors.from, errors.to]
                .into_iter()
                .flatten()
                .collect();
            return Err(AppError::BadRequest(problems.join(" ")));
        }
    };
    let lang = ctx.lang;
    let words = |code: &str| crate::i18n::audit::action(lang, code);
    let body = auditor_exports::audit_csv(ctx.conn, &filter, &words)?;
    Ok(attachment(
        "text/csv; charset=utf-8",
        &format!("audit-log-{}.csv", today(ctx)),
        body,
    ))
}

/// The orders the signed-in viewer sees on the orders page.
pub fn orders_csv(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let body = auditor_exports::orders_csv(ctx.conn, session.viewer())?;
    Ok(attachment(
        "text/csv; charset=utf-8",
        &format!("orders-{}.csv", today(ctx)),
        body,
    ))
}
