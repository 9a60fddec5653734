//! Queues the expiry reminders due on a day: support ending in 90, 60, 30 and 15 days, and
//! evaluations ending in 7 and 1 days, to every contact of the licence (one mail per person),
//! a Data Center licence's carrying what the cut-off dates mean for it; and the administrators'
//! reminders 180, 90 and 30 days before each Data Center cut-off date. The role mailboxes of the
//! licence's organisation and of the portal (of the portal only, for a cut-off) get each
//! reminder too, once an address (`super::mailboxes`).
//! The same runs tell organisations' managers of consultants' access that ended
//! (`super::organisation_access::tell_ended`).
//! Run by a thread of `serve` and by `licensedesk reminders run`; both may run any number of
//! times a day, because each reminder is recorded in the same transaction as its mails.
//!
//! The cut-off dates are the table in use, which only `app::lifecycle::cutoffs` reads (it knows
//! the shipped file and an administrator's replacement): the callers read it and pass it in,
//! since this layer sits below `app`.

use std::collections::BTreeSet;

use jiff::civil::Date;
use rusqlite::{Connection, TransactionBehavior};

use super::compose::{self, Expiring};
use super::{Sender, queue};
use crate::domain::data_center_end::outlook_of_licence;
use crate::domain::lifecycle::{CutoffEvent, Cutoffs};
use crate::domain::reminders::{CUTOFF_DAYS, EVALUATION_DAYS, SUPPORT_DAYS, due};
use crate::domain::{AccountState, Deployment, LicenceId};
use crate::store::{self, reminders::ReminderKind};

/// One reminder queued by a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Queued {
    pub licence_id: LicenceId,
    pub kind: ReminderKind,
    pub days_before: i32,
    pub mails: usize,
}

/// Reads the cut-off table in use (`app::lifecycle::cutoffs`): what the reminder thread of
/// `serve` is given, so that it reads the table anew at every run and a replaced table counts
/// from the next run on.
pub type CutoffsLoader = fn(&Connection) -> crate::error::AppResult<Cutoffs>;

/// One administrators' reminder of a cut-off queued by a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueuedCutoff {
    pub event: CutoffEvent,
    pub date: Date,
    pub days_before: i32,
    pub mails: usize,
}

/// What a run queued: the licences' reminders, the administrators' cut-off reminders and the
/// organisations' monthly reports.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Queues {
    pub licences: Vec<Queued>,
    pub cutoffs: Vec<QueuedCutoff>,
    pub reports: Vec<super::organisation_report::QueuedReport>,
    /// Consultants' grants whose end the organisations' managers were told of.
    pub access_ended: usize,
}

/// Queues every reminder due on `today` and the monthly organisation reports not queued yet,
/// by the cut-off table `cutoffs` (the one in use).
pub fn run_all(
    conn: &mut Connection,
    sender: Sender<'_>,
    cutoffs: &Cutoffs,
    today: Date,
    now: i64,
) -> rusqlite::Result<Queues> {
    Ok(Queues {
        licences: run(conn, sender, cutoffs, today, now)?,
        cutoffs: run_cutoffs(conn, sender, cutoffs, today, now)?,
        reports: super::organisation_report::run(conn, sender, today, now)?,
        access_ended: super::organisation_access::tell_ended(conn, sender, now)?,
    })
}

/// Queues the support and evaluation reminders due on `today`.
pub fn run(
    conn: &mut Connection,
    sender: Sender<'_>,
    cutoffs: &Cutoffs,
    today: Date,
    now: i64,
) -> rusqlite::Result<Vec<Queued>> {
    // IMMEDIATE: a second runner (cron beside the server) waits and then sees these records.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let mut queued = Vec::new();
    for (kind, thresholds, expiring) in [
        (
            ReminderKind::Support,
            SUPPORT_DAYS.as_slice(),
            Expiring::Support,
        ),
        (
            ReminderKind::Evaluation,
            EVALUATION_DAYS.as_slice(),
            Expiring::Evaluation,
        ),
    ] {
        let furthest = thresholds.iter().copied().max().unwrap_or(0);
        let last_day = today
            .checked_add(jiff::Span::new().days(furthest))
            .unwrap_or(today);
        for (licence_id, expiry) in store::reminders::ending_between(&tx, kind, today, last_day)? {
            let Some(days_before) = due(expiry, today, thresholds) else {
                continue;
            };
            if !store::reminders::record(&tx, licence_id, kind, days_before, expiry, now)? {
                continue;
            }
            let Some(licence) = store::licences::by_id(&tx, licence_id)? else {
                continue;
            };
            let days_left = (expiry - today).get_days();
            // Only Data Center licences: what Server's cut-off means is the licence page's.
            let cutoff_lines = if licence.deployment == Deployment::DataCenter {
                outlook_of_licence(cutoffs, &licence, today).lines
            } else {
                Vec::new()
            };
            let recipients: BTreeSet<_> = store::contacts::of_licence(&tx, licence_id)?
                .contacts
                .into_iter()
                .filter(|c| c.state != AccountState::Disabled)
                .map(|c| c.account_id)
                .collect();
            let mut mails = 0;
            let mut mailed = super::mailboxes::Mailed::new();
            for account_id in recipients {
                if let Some(account) = store::accounts::by_id(&tx, account_id)? {
                    mailed.insert(account.email.to_string());
                    let mail = compose::reminder(
                        sender,
                        &account,
                        &licence,
                        expiring,
                        expiry,
                        days_left,
                        &cutoff_lines,
                    );
                    queue(&tx, sender, &mail, now)?;
                    mails += 1;
                }
            }
            mails += super::mailboxes::queue_reminder(
                &tx,
                sender,
                &licence,
                expiring,
                expiry,
                days_left,
                &cutoff_lines,
                &mut mailed,
                now,
            )?;
            queued.push(Queued {
                licence_id,
                kind,
                days_before,
                mails,
            });
        }
    }
    tx.commit()?;
    Ok(queued)
}

/// Queues the administrators' reminders due on `today` of the cut-offs that apply to Data
/// Center licences, each once for its date: to every administrator whose account is not
/// disabled, and only while Data Center licences are in use, whom the overview lists.
pub fn run_cutoffs(
    conn: &mut Connection,
    sender: Sender<'_>,
    cutoffs: &Cutoffs,
    today: Date,
    now: i64,
) -> rusqlite::Result<Vec<QueuedCutoff>> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let mut queued = Vec::new();
    let due_cutoffs: Vec<_> = cutoffs
        .rows
        .iter()
        .filter(|c| c.applies_to == Deployment::DataCenter)
        .filter_map(|c| due(c.date, today, &CUTOFF_DAYS).map(|days| (c, days)))
        .collect();
    if due_cutoffs.is_empty() {
        return Ok(queued);
    }
    let licences = store::data_center::licences_in_use(&tx)?;
    for (cutoff, days_before) in due_cutoffs {
        let concerned = licences
            .iter()
            .filter(|l| {
                cutoff.applies(
                    l.deployment,
                    crate::domain::lifecycle::ReleaseProduct::of_licence_product(&l.product),
                )
            })
            .count();
        if concerned == 0 {
            continue;
        }
        if !store::data_center::record_cutoff_reminder(
            &tx,
            cutoff.event.code(),
            cutoff.date,
            days_before,
            now,
        )? {
            continue;
        }
        let days_left = (cutoff.date - today).get_days();
        let mut mails = 0;
        let mut mailed = super::mailboxes::Mailed::new();
        for admin in store::data_center::admins_to_remind(&tx)? {
            if let Some(account) = store::accounts::by_id(&tx, admin)? {
                mailed.insert(account.email.to_string());
                let mail = compose::cutoff_reminder(sender, &account, cutoff, days_left, concerned);
                queue(&tx, sender, &mail, now)?;
                mails += 1;
            }
        }
        mails += super::mailboxes::queue_cutoff_reminder(
            &tx,
            sender,
            cutoff,
            days_left,
            concerned,
            &mut mailed,
            now,
        )?;
        queued.push(QueuedCutoff {
            event: cutoff.event,
            date: cutoff.date,
            days_before,
            mails,
        });
    }
    tx.commit()?;
    Ok(queued)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Email;
    use crate::domain::LicenceFields;
    use crate::store::accounts::{self, NewAccount};
    use crate::store::licences;

    const SENDER: Sender<'static> = Sender {
        from: "licensedesk@localhost",
        base_url: "http://portal.example",
    };

    fn licence(conn: &Connection, support: Date, evaluation: bool) -> LicenceId {
        licences::insert(
            conn,
            &LicenceFields {
                name: "Confluence (Server) 25 Users".into(),
                user_tier: Some(25),
                support_expiry: (!evaluation).then_some(support),
                licence_expiry: evaluation.then_some(support),
                is_evaluation: evaluation,
                ..LicenceFields::sample("SEN-500")
            },
            0,
        )
        .unwrap()
    }

    #[test]
    fn each_threshold_is_queued_once_to_each_contact() {
        let mut conn = store::open_in_memory().unwrap();
        let account = |email: &str, state| {
            accounts::insert(
                &conn,
                &NewAccount {
                    email: &Email::parse(email).unwrap(),
                    display_name: "",
                    password_hash: None,
                    is_admin: false,
                    state,
                },
                0,
            )
            .unwrap()
        };
        let (ann, bob, gone) = (
            account("ann@x.com", AccountState::Active),
            account("bob@x.com", AccountState::Invited),
            account("gone@x.com", AccountState::Disabled),
        );
        let today = jiff::civil::date(2026, 11, 21);
        let support = licence(&conn, jiff::civil::date(2027, 1, 20), false); // 60 days
        let evaluation = licence(&conn, jiff::civil::date(2026, 11, 22), true); // 1 day
        for (l, a, role) in [
            (support, ann, "technical"),
            (support, ann, "billing"),
            (support, bob, "billing"),
            (support, gone, "technical"),
            (evaluation, ann, "technical"),
        ] {
            licences::add_contact(&conn, l, a, role, 0).unwrap();
        }
        let first = run(&mut conn, SENDER, &Cutoffs::default(), today, 100).unwrap();
        assert_eq!(
            first,
            vec![
                Queued {
                    licence_id: support,
                    kind: ReminderKind::Support,
                    days_before: 60,
                    mails: 2
                },
                Queued {
                    licence_id: evaluation,
                    kind: ReminderKind::Evaluation,
                    days_before: 1,
                    mails: 1
                },
            ]
        );
        // The same day again, and the next day (still the 60-day threshold): nothing new.
        assert!(
            run(&mut conn, SENDER, &Cutoffs::default(), today, 200)
                .unwrap()
                .is_empty()
        );
        let tomorrow = jiff::civil::date(2026, 11, 22);
        assert!(
            run(&mut conn, SENDER, &Cutoffs::default(), tomorrow, 300)
                .unwrap()
                .is_empty()
        );
        let mails = store::outbox::all(&conn).unwrap();
        assert_eq!(mails.len(), 3);
        let to_ann = mails
            .iter()
            .find(|m| m.to_address == "ann@x.com" && m.kind == "support-reminder")
            .unwrap();
        assert_eq!(to_ann.subject, "Support for SEN-500 ends in 60 days");
        assert!(
            to_ann.body.contains("ends on 2027-01-20"),
            "{}",
            to_ann.body
        );
        assert!(
            to_ann
                .body
                .contains(&format!("http://portal.example/licences/{support}"))
        );
        let evaluation_mail = mails
            .iter()
            .find(|m| m.kind == "evaluation-reminder")
            .unwrap();
        assert!(evaluation_mail.subject.ends_with("expires in 1 day"));
    }

    const CUTOFFS: &str = "\
event,applies_to,except,date,source_url,reported_by
dc-last-purchase,data-center,,2027-03-01,https://example.com/last,Partners
dc-end-of-life,data-center,,2027-12-01,https://example.com/eol,Partners
";

    fn admin(conn: &Connection, email: &str, state: AccountState) -> crate::domain::AccountId {
        accounts::insert(
            conn,
            &NewAccount {
                email: &Email::parse(email).unwrap(),
                display_name: "",
                password_hash: None,
                is_admin: true,
                state,
            },
            0,
        )
        .unwrap()
    }

    #[test]
    fn a_data_center_reminder_carries_the_cutoffs_and_admins_are_reminded_once() {
        let mut conn = store::open_in_memory().unwrap();
        let cutoffs = crate::domain::lifecycle::parse_cutoffs(CUTOFFS).unwrap();
        admin(&conn, "boss@x.com", AccountState::Active);
        admin(&conn, "gone@x.com", AccountState::Disabled);
        let today = jiff::civil::date(2026, 12, 2);
        let id = licences::insert(
            &conn,
            &LicenceFields {
                deployment: Deployment::DataCenter,
                support_expiry: Some(jiff::civil::date(2027, 1, 1)),
                licence_expiry: Some(jiff::civil::date(2027, 1, 1)),
                ..LicenceFields::sample("SEN-600")
            },
            0,
        )
        .unwrap();
        let ann = admin(&conn, "ann@x.com", AccountState::Active);
        licences::add_contact(&conn, id, ann, "technical", 0).unwrap();
        let first = run_all(&mut conn, SENDER, &cutoffs, today, 10).unwrap();
        assert_eq!(first.licences.len(), 1);
        // 89 days before the last purchases: the 90-day reminder; the end of life is 364 days
        // away, past every threshold.
        assert_eq!(
            first.cutoffs,
            vec![QueuedCutoff {
                event: CutoffEvent::DcLastPurchase,
                date: jiff::civil::date(2027, 3, 1),
                days_before: 90,
                mails: 2
            }]
        );
        assert_eq!(
            run_all(&mut conn, SENDER, &cutoffs, today, 20).unwrap(),
            Queues::default()
        );
        let mails = store::outbox::all(&conn).unwrap();
        let support = mails.iter().find(|m| m.kind == "support-reminder").unwrap();
        assert!(
            support.body.contains(
                "Tier changes and last purchases end on 2027-03-01: decide the final tier before then."
            ),
            "{}",
            support.body
        );
        assert!(
            support
                .body
                .contains("Source: Partners, https://example.com/eol")
        );
        let to_admins: Vec<&str> = mails
            .iter()
            .filter(|m| m.kind == "cutoff-reminder")
            .map(|m| m.to_address.as_str())
            .collect();
        assert_eq!(to_admins, ["boss@x.com", "ann@x.com"]);
        let reminder = mails.iter().find(|m| m.kind == "cutoff-reminder").unwrap();
        assert_eq!(
            reminder.subject,
            "Last purchases and tier changes on 2027-03-01: in 89 days"
        );
        assert!(
            reminder
                .body
                .contains("One Data Center licence in use is concerned.")
        );
        assert!(
            reminder
                .body
                .contains("http://portal.example/admin/end-of-data-center")
        );
    }
}
