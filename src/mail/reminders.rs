//! Queues the expiry reminders due on a day: support ending in 90, 60, 30 and 15 days, and
//! evaluations ending in 7 and 1 days, to every contact of the licence (one mail per person).
//! Run by a thread of `serve` and by `licensedesk reminders run`; both may run any number of
//! times a day, because each reminder is recorded in the same transaction as its mails.

use std::collections::BTreeSet;

use jiff::civil::Date;
use rusqlite::{Connection, TransactionBehavior};

use super::compose::{self, Expiring};
use super::{Sender, queue};
use crate::domain::reminders::{EVALUATION_DAYS, SUPPORT_DAYS, due};
use crate::domain::{AccountState, LicenceId};
use crate::store::{self, reminders::ReminderKind};

/// One reminder queued by a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Queued {
    pub licence_id: LicenceId,
    pub kind: ReminderKind,
    pub days_before: i32,
    pub mails: usize,
}

pub fn run(
    conn: &mut Connection,
    sender: Sender<'_>,
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
            let recipients: BTreeSet<_> = store::contacts::of_licence(&tx, licence_id)?
                .contacts
                .into_iter()
                .filter(|c| c.state != AccountState::Disabled)
                .map(|c| c.account_id)
                .collect();
            let mut mails = 0;
            for account_id in recipients {
                if let Some(account) = store::accounts::by_id(&tx, account_id)? {
                    let mail =
                        compose::reminder(sender, &account, &licence, expiring, expiry, days_left);
                    queue(&tx, sender, &mail, now)?;
                    mails += 1;
                }
            }
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
        let first = run(&mut conn, SENDER, today, 100).unwrap();
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
        assert!(run(&mut conn, SENDER, today, 200).unwrap().is_empty());
        let tomorrow = jiff::civil::date(2026, 11, 22);
        assert!(run(&mut conn, SENDER, tomorrow, 300).unwrap().is_empty());
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
}
