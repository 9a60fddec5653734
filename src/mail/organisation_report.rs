//! The monthly organisation report: to each manager and role mailbox of each organisation
//! whose report is on, once per calendar month (the server's), in the reader's language: the
//! licences whose support ends within the expiring window, what changed since the previous report (the last 31 days
//! before the first), and the bus-factor warnings, with a link to the organisation's dashboard.
//! A month's report is recorded in the transaction that queues its mails, so that the reminder
//! thread, `licensedesk reminders run` and restarts queue it once.

use jiff::civil::Date;
use rusqlite::{Connection, TransactionBehavior};

use super::compose::{body, language_of, to_account};
use super::{Outgoing, Sender, queue};
use crate::domain::dashboard::{Flags, LicenceChange, LicenceLine, Scope, month_of};
use crate::domain::mail::MailKind;
use crate::domain::mailbox::RoleMailbox;
use crate::domain::organisation::Organisation;
use crate::domain::{Account, OrganisationId};
use crate::i18n::{dashboard as words, format};
use crate::paths::Route;
use crate::store;
use crate::tr;

/// The most licences a report lists under each heading; the rest are on the dashboard.
pub const REPORT_LIMIT: i64 = 50;

/// How far back the first report of an organisation tells what changed.
const FIRST_REPORT_DAYS: i64 = 31;

/// What an organisation's report of a month says.
#[derive(Debug, Clone)]
pub struct Report {
    pub organisation: Organisation,
    /// `YYYY-MM`.
    pub month: String,
    /// Where "what changed" starts (Unix seconds).
    pub since: i64,
    pub expiring: Vec<LicenceLine>,
    pub expiring_total: i64,
    pub changes: Vec<LicenceChange>,
    pub flags: Vec<Flags>,
}

/// Reads an organisation's report for the month `today` is in.
pub fn gather(
    conn: &Connection,
    organisation: &Organisation,
    today: Date,
    now: i64,
) -> rusqlite::Result<Report> {
    let month = month_of(today);
    let since = store::dashboard::previous_report(conn, organisation.id, &month)?
        .unwrap_or(now - FIRST_REPORT_DAYS * 86_400);
    let scope = Scope::Organisations(vec![organisation.id]);
    let (expiring, expiring_total) =
        store::dashboard::expiring(conn, &scope, today, now, REPORT_LIMIT)?;
    let changes = store::dashboard::changes_since(conn, organisation.id, since)?;
    let flags = store::dashboard::bus_factor_flags(conn, &scope, today, now, REPORT_LIMIT)?;
    Ok(Report {
        organisation: organisation.clone(),
        month,
        since,
        expiring,
        expiring_total,
        changes,
        flags,
    })
}

/// A heading, its lines (or the sentence for none), and "and N more".
fn section(heading: String, lines: &[String], none: String, more: Option<String>) -> String {
    if lines.is_empty() {
        return format!("{heading}\n  {none}");
    }
    let mut text = heading;
    for line in lines {
        text.push_str("\n  - ");
        text.push_str(line);
    }
    if let Some(more) = more {
        text.push_str("\n  ");
        text.push_str(&more);
    }
    text
}

fn more(lang: crate::i18n::Language, count: i64) -> Option<String> {
    (count > 0).then(|| tr!(lang, "org-dash-more", count = count))
}

/// The report as a mail to one manager, in their language.
pub fn compose(sender: Sender<'_>, to: &Account, report: &Report) -> Outgoing {
    let lang = language_of(to);
    let (subject, text) = report_text(sender, lang, false, report);
    to_account(MailKind::OrganisationReport, to, None, subject, text)
}

/// The report as a mail to one of the organisation's role mailboxes, in its language.
pub fn compose_for_mailbox(sender: Sender<'_>, to: &RoleMailbox, report: &Report) -> Outgoing {
    let (subject, text) = report_text(sender, to.language, true, report);
    Outgoing {
        kind: MailKind::OrganisationReport,
        to: to.address.clone(),
        account_id: None,
        licence_id: None,
        subject,
        body: text,
    }
}

/// The subject and text of the report in `lang`, to a manager or to a role mailbox (`mailbox`),
/// which the paragraph on why it came says.
fn report_text(
    sender: Sender<'_>,
    lang: crate::i18n::Language,
    mailbox: bool,
    report: &Report,
) -> (String, String) {
    let name = report.organisation.name.as_str();
    let date = |d: Option<Date>| d.map(|d| format::date(lang, d)).unwrap_or_default();
    let intro = tr!(
        lang,
        "org-report-mail-intro",
        organisation = name,
        month = report.month.as_str()
    );
    let expiring: Vec<String> = report
        .expiring
        .iter()
        .map(|l| {
            tr!(
                lang,
                "org-report-mail-expiring-line",
                name = super::compose::licence_in_sentence(
                    lang,
                    &l.product,
                    &l.name,
                    l.sen.as_deref()
                ),
                date = date(l.support_expiry)
            )
        })
        .collect();
    let expiring = section(
        tr!(lang, "org-report-mail-expiring-heading"),
        &expiring,
        tr!(lang, "org-report-mail-expiring-none"),
        more(lang, report.expiring_total - report.expiring.len() as i64),
    );
    let since = jiff::Timestamp::from_second(report.since)
        .map(|t| format::date(lang, t.to_zoned(jiff::tz::TimeZone::UTC).date()))
        .unwrap_or_default();
    let changes: Vec<String> = report
        .changes
        .iter()
        .map(|c| words::change(lang, c.change, &c.licence))
        .collect();
    let changes = section(
        tr!(lang, "org-report-mail-changes-heading", date = since),
        &changes,
        tr!(lang, "org-report-mail-changes-none"),
        None,
    );
    let mut warnings = Vec::new();
    let mut hidden = 0;
    for flags in &report.flags {
        hidden += flags.more();
        for flagged in &flags.shown {
            warnings.push(tr!(
                lang,
                "org-report-mail-warning-line",
                state = words::state(lang, flags.state),
                licence = words::licence_label(&flagged.licence),
                product = flagged.licence.product.as_str(),
                why = words::why(lang, &flagged.warning)
            ));
        }
    }
    let warnings = section(
        tr!(lang, "org-report-mail-warnings-heading"),
        &warnings,
        tr!(lang, "org-report-mail-warnings-none"),
        more(lang, hidden),
    );
    let dashboard = format!(
        "{}\n{}",
        tr!(lang, "org-report-mail-dashboard", organisation = name),
        sender.link(&Route::Dashboard(Some(report.organisation.id)).path())
    );
    let why = if mailbox {
        tr!(lang, "mailbox-mail-report-why", organisation = name)
    } else {
        tr!(lang, "org-report-mail-why", organisation = name)
    };
    let why = format!(
        "{}\n{}",
        why,
        sender.link(&Route::OrganisationReport(report.organisation.id).path())
    );
    let text = body(
        lang,
        &[&intro, &expiring, &changes, &warnings, &dashboard, &why],
    );
    let subject = tr!(
        lang,
        "org-report-mail-subject",
        organisation = name,
        month = report.month.as_str()
    );
    (subject, text)
}

/// One organisation's report queued by a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueuedReport {
    pub organisation_id: OrganisationId,
    pub organisation: String,
    pub month: String,
    pub mails: usize,
}

/// Queues the reports of the month `today` is in that are not queued yet: for every
/// organisation whose report is on and that has a manager or a role mailbox to tell (a mailbox
/// at a manager's own address gets the manager's mail only). An organisation without either
/// is not recorded, so that a manager named later in the month still gets that month's report.
pub fn run(
    conn: &mut Connection,
    sender: Sender<'_>,
    today: Date,
    now: i64,
) -> rusqlite::Result<Vec<QueuedReport>> {
    // IMMEDIATE: a second runner (cron beside the server) waits and then sees these records.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let month = month_of(today);
    let mut queued = Vec::new();
    for organisation in store::organisations::all(&tx)? {
        if !organisation.reports || store::dashboard::report_queued(&tx, organisation.id, &month)? {
            continue;
        }
        let managers = store::organisations::managers_to_tell(&tx, organisation.id)?;
        let mut mailed: super::mailboxes::Mailed =
            managers.iter().map(|m| m.email.to_string()).collect();
        let mailboxes =
            super::mailboxes::of_organisation_unmailed(&tx, organisation.id, &mut mailed)?;
        if managers.is_empty() && mailboxes.is_empty() {
            continue;
        }
        let report = gather(&tx, &organisation, today, now)?;
        if !store::dashboard::record_report(&tx, organisation.id, &month, now)? {
            continue;
        }
        for manager in &managers {
            queue(&tx, sender, &compose(sender, manager, &report), now)?;
        }
        for mailbox in &mailboxes {
            let mail = compose_for_mailbox(sender, mailbox, &report);
            queue(&tx, sender, &mail, now)?;
        }
        queued.push(QueuedReport {
            organisation_id: organisation.id,
            organisation: organisation.name.clone(),
            month: month.clone(),
            mails: managers.len() + mailboxes.len(),
        });
    }
    tx.commit()?;
    Ok(queued)
}
