//! Co-terming an organisation's licences: renewing each for a whole number of months so that
//! their support periods all end on one common date, as Atlassian co-terms them. A renewal
//! counts from the licence's previous support expiry, never from today, with the same month
//! arithmetic as a single renewal ([`terms::renewed_expiry`]): a day the target month lacks
//! becomes its last day.

use jiff::civil::Date;

use super::Licence;
use super::licence::LicenceKind;
use super::terms::{self, MAX_RENEWAL_MONTHS};

/// What renewing one licence towards the common date comes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Term {
    /// Renewing for `months` from `from` ends exactly on the target date.
    Exact {
        months: i32,
        from: Date,
        until: Date,
    },
    /// No whole number of months lands on the target: `months` is the most that does not pass
    /// it, ending `days_short` days before it.
    Short {
        months: i32,
        from: Date,
        until: Date,
        days_short: i32,
    },
    /// Support already ends on the target date: nothing to renew.
    OnTarget { from: Date },
    /// Support already ends after the target date: renewing would only move it further away.
    AfterTarget { from: Date },
    /// Even one month from `from` passes the target, which is `days_short` days away.
    WithinAMonth { from: Date, days_short: i32 },
    /// The target is more than [`MAX_RENEWAL_MONTHS`] months after `from`.
    TooFar { from: Date },
}

impl Term {
    /// The renewal to order, when there is one: its months, and the support expiry before and
    /// after.
    pub fn renewal(self) -> Option<(i32, Date, Date)> {
        match self {
            Term::Exact {
                months,
                from,
                until,
            }
            | Term::Short {
                months,
                from,
                until,
                ..
            } => Some((months, from, until)),
            _ => None,
        }
    }

    /// The support expiry the renewal starts from.
    pub fn from(self) -> Date {
        match self {
            Term::Exact { from, .. }
            | Term::Short { from, .. }
            | Term::OnTarget { from }
            | Term::AfterTarget { from }
            | Term::WithinAMonth { from, .. }
            | Term::TooFar { from } => from,
        }
    }
}

/// Renewing a licence whose support ends on `from` so that it ends on `target`: the smallest
/// whole number of months (at least one, at most [`MAX_RENEWAL_MONTHS`]) that lands on it, or
/// else what comes nearest without passing it.
pub fn term_towards(from: Date, target: Date) -> Term {
    if from == target {
        return Term::OnTarget { from };
    }
    if from > target {
        return Term::AfterTarget { from };
    }
    let days = |earlier: Date| (target - earlier).get_days();
    let mut nearest = None;
    for months in 1..=MAX_RENEWAL_MONTHS {
        let Some(until) = terms::renewed_expiry(from, months) else {
            break;
        };
        if until == target {
            return Term::Exact {
                months,
                from,
                until,
            };
        }
        if until > target {
            return match nearest {
                Some((months, until)) => Term::Short {
                    months,
                    from,
                    until,
                    days_short: days(until),
                },
                None => Term::WithinAMonth {
                    from,
                    days_short: days(from),
                },
            };
        }
        nearest = Some((months, until));
    }
    Term::TooFar { from }
}

/// Why a licence of the organisation takes no part in the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeftOut {
    /// Evaluations are extended, not renewed.
    Evaluation,
    /// Test licences carry no paid support.
    Test,
    /// Developer licences follow their production licence's support expiry.
    Developer,
    Archived,
    /// Nothing to count a renewal from.
    NoSupportExpiry,
}

impl LeftOut {
    pub fn code(self) -> &'static str {
        match self {
            LeftOut::Evaluation => "evaluation",
            LeftOut::Test => "test",
            LeftOut::Developer => "developer",
            LeftOut::Archived => "archived",
            LeftOut::NoSupportExpiry => "no-support-expiry",
        }
    }
}

/// Why `licence` stays out of a co-term plan, if it does. A support period that ended long ago
/// is no reason: the renewal still counts from it, as Atlassian counts it.
pub fn left_out(licence: &Licence) -> Option<LeftOut> {
    if licence.archived {
        Some(LeftOut::Archived)
    } else if licence.is_evaluation || licence.kind == LicenceKind::Evaluation {
        Some(LeftOut::Evaluation)
    } else if licence.kind == LicenceKind::Test {
        Some(LeftOut::Test)
    } else if licence.is_developer() || licence.kind == LicenceKind::Developer {
        Some(LeftOut::Developer)
    } else if licence.support_expiry.is_none() {
        Some(LeftOut::NoSupportExpiry)
    } else {
        None
    }
}

/// The common date proposed when none is asked for: the latest support expiry among the
/// licences the plan includes, so that no licence's support is shortened; today when none has
/// one.
pub fn proposed_target(today: Date, licences: &[Licence]) -> Date {
    licences
        .iter()
        .filter(|l| left_out(l).is_none())
        .filter_map(|l| l.support_expiry)
        .max()
        .unwrap_or(today)
}

/// One licence of a plan and its renewal.
#[derive(Debug, Clone)]
pub struct PlanRow {
    pub licence: Licence,
    pub term: Term,
}

/// A co-term plan: every licence of an organisation, renewed towards one date or left out.
#[derive(Debug, Clone)]
pub struct Plan {
    pub target: Date,
    /// The licences the plan includes, soonest support expiry first.
    pub rows: Vec<PlanRow>,
    /// The others, with why.
    pub left_out: Vec<(Licence, LeftOut)>,
}

impl Plan {
    /// The plan for `licences` towards `target`.
    pub fn new(target: Date, licences: Vec<Licence>) -> Plan {
        let mut rows = Vec::new();
        let mut out = Vec::new();
        for licence in licences {
            match (left_out(&licence), licence.support_expiry) {
                (None, Some(from)) => rows.push(PlanRow {
                    term: term_towards(from, target),
                    licence,
                }),
                (reason, _) => out.push((licence, reason.unwrap_or(LeftOut::NoSupportExpiry))),
            }
        }
        rows.sort_by(|a, b| {
            (a.term.from(), &a.licence.sen, a.licence.id).cmp(&(
                b.term.from(),
                &b.licence.sen,
                b.licence.id,
            ))
        });
        Plan {
            target,
            rows,
            left_out: out,
        }
    }

    /// The renewals the plan orders: each licence with a whole-month term, its months and its
    /// support expiry before and after.
    pub fn renewals(&self) -> impl Iterator<Item = (&Licence, i32, Date, Date)> {
        self.rows.iter().filter_map(|row| {
            let (months, from, until) = row.term.renewal()?;
            Some((&row.licence, months, from, until))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{LicenceFields, LicenceId};
    use jiff::civil::date;

    fn licence(id: i64, support: Option<Date>, adjust: impl FnOnce(&mut LicenceFields)) -> Licence {
        let mut fields = LicenceFields {
            support_expiry: support,
            ..LicenceFields::sample(&format!("SEN-{id}"))
        };
        adjust(&mut fields);
        Licence::read_back(id, fields)
    }

    #[test]
    fn a_renewal_counts_from_the_previous_expiry() {
        assert_eq!(
            term_towards(date(2027, 3, 15), date(2027, 12, 15)),
            Term::Exact {
                months: 9,
                from: date(2027, 3, 15),
                until: date(2027, 12, 15)
            }
        );
        // Support that ended long ago still counts from its end, not from today.
        assert_eq!(
            term_towards(date(2025, 6, 1), date(2027, 6, 1)).renewal(),
            Some((24, date(2025, 6, 1), date(2027, 6, 1)))
        );
    }

    #[test]
    fn the_plan_agrees_with_a_single_renewal_of_the_same_months() {
        for (from, target) in [
            (date(2027, 1, 31), date(2027, 2, 28)),
            (date(2027, 3, 15), date(2029, 3, 15)),
            (date(2024, 2, 29), date(2025, 2, 28)),
        ] {
            let (months, _, until) = term_towards(from, target).renewal().unwrap();
            assert_eq!(terms::renewed_expiry(from, months), Some(until));
            assert_eq!(until, target);
        }
    }

    #[test]
    fn the_end_of_a_month_is_clamped_and_a_day_it_lacks_is_not_reached() {
        // 31 January + 1 month is the last day of February.
        assert_eq!(
            term_towards(date(2027, 1, 31), date(2027, 2, 28)).renewal(),
            Some((1, date(2027, 1, 31), date(2027, 2, 28)))
        );
        // From 28 February, whole months land on the 28th: the 31st is never reached.
        assert_eq!(
            term_towards(date(2027, 2, 28), date(2027, 12, 31)),
            Term::Short {
                months: 10,
                from: date(2027, 2, 28),
                until: date(2027, 12, 28),
                days_short: 3
            }
        );
        assert_eq!(
            term_towards(date(2027, 1, 31), date(2027, 12, 1)),
            Term::Short {
                months: 10,
                from: date(2027, 1, 31),
                until: date(2027, 11, 30),
                days_short: 1
            }
        );
    }

    #[test]
    fn leap_days_come_and_go() {
        assert_eq!(
            term_towards(date(2027, 2, 28), date(2028, 2, 29)),
            Term::Short {
                months: 12,
                from: date(2027, 2, 28),
                until: date(2028, 2, 28),
                days_short: 1
            }
        );
        assert_eq!(
            term_towards(date(2027, 8, 29), date(2028, 2, 29)).renewal(),
            Some((6, date(2027, 8, 29), date(2028, 2, 29)))
        );
        assert_eq!(
            term_towards(date(2028, 2, 29), date(2029, 2, 28)).renewal(),
            Some((12, date(2028, 2, 29), date(2029, 2, 28)))
        );
    }

    #[test]
    fn what_cannot_be_renewed_towards_the_target_says_why() {
        let target = date(2027, 6, 30);
        assert_eq!(
            term_towards(date(2027, 7, 1), target),
            Term::AfterTarget {
                from: date(2027, 7, 1)
            }
        );
        assert_eq!(
            term_towards(target, target),
            Term::OnTarget { from: target }
        );
        assert_eq!(
            term_towards(date(2027, 6, 10), target),
            Term::WithinAMonth {
                from: date(2027, 6, 10),
                days_short: 20
            }
        );
        // 36 months is the longest renewal; 37 is too far.
        assert_eq!(
            term_towards(date(2024, 6, 30), target).renewal(),
            Some((36, date(2024, 6, 30), target))
        );
        assert_eq!(
            term_towards(date(2024, 5, 31), target),
            Term::TooFar {
                from: date(2024, 5, 31)
            }
        );
    }

    #[test]
    fn the_proposed_date_is_the_latest_included_expiry_and_the_plan_leaves_out_the_rest() {
        let today = date(2026, 12, 2);
        let licences = vec![
            licence(1, Some(date(2027, 3, 15)), |_| {}),
            licence(2, Some(date(2027, 9, 15)), |_| {}),
            licence(3, Some(date(2025, 12, 15)), |_| {}),
            licence(4, Some(date(2030, 1, 1)), |l| l.is_evaluation = true),
            licence(5, Some(date(2030, 1, 1)), |l| l.kind = LicenceKind::Test),
            licence(6, Some(date(2030, 1, 1)), |l| l.archived = true),
            licence(7, Some(date(2030, 1, 1)), |l| {
                l.production_licence_id = Some(LicenceId(1));
            }),
            licence(8, None, |_| {}),
        ];
        let target = proposed_target(today, &licences);
        assert_eq!(target, date(2027, 9, 15));
        let plan = Plan::new(target, licences);
        let renewals: Vec<(i64, i32, Date)> = plan
            .renewals()
            .map(|(l, months, _, until)| (l.id.0, months, until))
            .collect();
        assert_eq!(renewals, [(3, 21, target), (1, 6, target)]);
        assert_eq!(plan.rows.len(), 3);
        assert_eq!(plan.rows[2].term, Term::OnTarget { from: target });
        let out: Vec<(i64, LeftOut)> = plan.left_out.iter().map(|(l, r)| (l.id.0, *r)).collect();
        assert_eq!(
            out,
            [
                (4, LeftOut::Evaluation),
                (5, LeftOut::Test),
                (6, LeftOut::Archived),
                (7, LeftOut::Developer),
                (8, LeftOut::NoSupportExpiry)
            ]
        );
        assert_eq!(proposed_target(today, &[]), today);
    }
}
