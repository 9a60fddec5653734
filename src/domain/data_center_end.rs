//! What the cut-off dates of Data Center (SPEC §9) mean for one licence on a given day: for each
//! cut-off that applies to it, whether the date is ahead or past and what it asks the customer
//! to decide, and the date of the nearest decision, by which the end-of-Data-Center overview
//! sorts. Pure: every date comes from the cut-off table in use, the day from the caller.

use jiff::civil::Date;

use super::lifecycle::{Cutoff, CutoffEvent, Cutoffs, ReleaseProduct};
use super::{Deployment, Licence};

/// What one cut-off means for a licence; `i18n` words it, the CSV names it by [`code`].
///
/// [`code`]: Consequence::code
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Consequence {
    /// New subscriptions end on the date: a subscription that lapses after it cannot be
    /// bought again.
    NewSubscriptionsEndAhead {
        days_left: i64,
    },
    /// New subscriptions have ended: a subscription that lapses cannot be bought again.
    NewSubscriptionsEnded,
    /// The subscription lapsed on `lapsed`, after new subscriptions ended: it cannot be bought
    /// again.
    LapsedAfterNewSubscriptionsEnded {
        lapsed: Date,
    },
    /// Last purchases and tier changes end on the date: the final tier is to be chosen before.
    LastPurchaseAhead {
        days_left: i64,
    },
    /// Last purchases and tier changes have ended: the tier is final.
    LastPurchasePassed,
    /// The subscription renews on `renews`, before the end of life: no renewal reaches past it.
    RenewsBeforeEndOfLife {
        renews: Date,
    },
    /// The end of life is ahead: where the product goes is to be decided before it.
    EndOfLifeAhead {
        days_left: i64,
    },
    EndOfLifePassed,
    /// A Server support end the table applies to Data Center licences too.
    SupportEndAhead {
        days_left: i64,
    },
    SupportEndPassed,
}

impl Consequence {
    /// The code the CSV download carries.
    pub fn code(self) -> &'static str {
        match self {
            Consequence::NewSubscriptionsEndAhead { .. } => "new-subscriptions-end-ahead",
            Consequence::NewSubscriptionsEnded => "new-subscriptions-ended",
            Consequence::LapsedAfterNewSubscriptionsEnded { .. } => "lapsed-cannot-be-bought-again",
            Consequence::LastPurchaseAhead { .. } => "decide-final-tier",
            Consequence::LastPurchasePassed => "tier-is-final",
            Consequence::RenewsBeforeEndOfLife { .. } => "last-renewals-before-end-of-life",
            Consequence::EndOfLifeAhead { .. } => "plan-end-of-life",
            Consequence::EndOfLifePassed => "end-of-life-passed",
            Consequence::SupportEndAhead { .. } => "support-end-ahead",
            Consequence::SupportEndPassed => "support-end-passed",
        }
    }

    /// The days left until the cut-off, when it is ahead (0 on the day itself).
    pub fn days_left(self) -> Option<i64> {
        match self {
            Consequence::NewSubscriptionsEndAhead { days_left }
            | Consequence::LastPurchaseAhead { days_left }
            | Consequence::EndOfLifeAhead { days_left }
            | Consequence::SupportEndAhead { days_left } => Some(days_left),
            _ => None,
        }
    }
}

/// One cut-off that applies to a licence, and what it means for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CutoffLine {
    pub cutoff: Cutoff,
    pub consequence: Consequence,
}

/// What the cut-offs mean for one licence on one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outlook {
    /// The cut-offs that apply, by date.
    pub lines: Vec<CutoffLine>,
    /// The nearest day, today or later, by which something is to be decided: a cut-off ahead
    /// or the subscription's renewal. `None` when every date has passed.
    pub next_decision: Option<Date>,
}

/// The dates of a licence the outlook reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SubscriptionDates {
    pub deployment: Deployment,
    pub product: Option<ReleaseProduct>,
    /// When the subscription ends (or renews): a Data Center licence's licence expiry.
    pub licence_expiry: Option<Date>,
}

/// A cut-off day counts as ahead on the day itself: "ends on" until it is over.
fn days_until(date: Date, today: Date) -> i64 {
    i64::from((date - today).get_days())
}

/// What the cut-offs mean for a licence on record on `today`: its deployment, its product in
/// the release table (for a cut-off's exceptions) and its licence expiry decide.
pub fn outlook_of_licence(cutoffs: &Cutoffs, licence: &Licence, today: Date) -> Outlook {
    outlook(
        cutoffs,
        SubscriptionDates {
            deployment: licence.deployment,
            product: ReleaseProduct::of_licence_product(&licence.product),
            // A subscription's support ends with it: a licence entered by hand with only its
            // support expiry still renews (or lapses) then.
            licence_expiry: licence.licence_expiry.or(licence.support_expiry),
        },
        today,
    )
}

/// What every cut-off that applies to a licence with these dates means on `today`.
pub fn outlook(cutoffs: &Cutoffs, dates: SubscriptionDates, today: Date) -> Outlook {
    let renewal = dates.licence_expiry.filter(|d| *d >= today);
    let lines: Vec<CutoffLine> = cutoffs
        .applying(dates.deployment, dates.product)
        .into_iter()
        .map(|cutoff| CutoffLine {
            consequence: consequence(cutoff, dates.licence_expiry, today),
            cutoff: cutoff.clone(),
        })
        .collect();
    let next_decision = lines
        .iter()
        .map(|line| line.cutoff.date)
        .chain(renewal)
        .filter(|d| *d >= today)
        .min();
    Outlook {
        lines,
        next_decision,
    }
}

fn consequence(cutoff: &Cutoff, licence_expiry: Option<Date>, today: Date) -> Consequence {
    let days_left = days_until(cutoff.date, today);
    let ahead = days_left >= 0;
    match cutoff.event {
        CutoffEvent::DcNewSubscriptionsEnd => match licence_expiry {
            _ if ahead => Consequence::NewSubscriptionsEndAhead { days_left },
            Some(lapsed) if lapsed < today && lapsed >= cutoff.date => {
                Consequence::LapsedAfterNewSubscriptionsEnded { lapsed }
            }
            _ => Consequence::NewSubscriptionsEnded,
        },
        CutoffEvent::DcLastPurchase if ahead => Consequence::LastPurchaseAhead { days_left },
        CutoffEvent::DcLastPurchase => Consequence::LastPurchasePassed,
        CutoffEvent::DcEndOfLife => match licence_expiry {
            Some(renews) if ahead && renews >= today && renews < cutoff.date => {
                Consequence::RenewsBeforeEndOfLife { renews }
            }
            _ if ahead => Consequence::EndOfLifeAhead { days_left },
            _ => Consequence::EndOfLifePassed,
        },
        CutoffEvent::ServerSupportEnd if ahead => Consequence::SupportEndAhead { days_left },
        CutoffEvent::ServerSupportEnd => Consequence::SupportEndPassed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lifecycle::parse_cutoffs;
    use jiff::civil::date;

    const CUTOFFS: &str = "\
event,applies_to,except,date,source_url,reported_by
server-support-end,server,fisheye-crucible,2024-02-15,https://example.com/server,Atlassian
dc-new-subscriptions-end,data-center,,2026-03-30,https://example.com/dc,Partners
dc-last-purchase,data-center,,2028-03-30,https://example.com/dc,Partners
dc-end-of-life,data-center,,2029-03-28,https://example.com/dc,Partners
";

    fn dc(licence_expiry: Option<Date>) -> SubscriptionDates {
        SubscriptionDates {
            deployment: Deployment::DataCenter,
            product: Some(ReleaseProduct::Confluence),
            licence_expiry,
        }
    }

    fn consequences(outlook: &Outlook) -> Vec<Consequence> {
        outlook.lines.iter().map(|l| l.consequence).collect()
    }

    #[test]
    fn a_subscription_renewing_before_the_end_of_life_is_told_so() {
        let cutoffs = parse_cutoffs(CUTOFFS).expect("parses");
        let today = date(2026, 12, 2);
        let outlook = outlook(&cutoffs, dc(Some(date(2027, 5, 1))), today);
        assert_eq!(
            consequences(&outlook),
            [
                Consequence::NewSubscriptionsEnded,
                Consequence::LastPurchaseAhead { days_left: 484 },
                Consequence::RenewsBeforeEndOfLife {
                    renews: date(2027, 5, 1)
                },
            ]
        );
        assert_eq!(outlook.next_decision, Some(date(2027, 5, 1)));
    }

    #[test]
    fn a_cutoff_is_ahead_on_its_day_and_past_the_day_after() {
        let cutoffs = parse_cutoffs(CUTOFFS).expect("parses");
        let on_the_day = outlook(&cutoffs, dc(None), date(2028, 3, 30));
        assert_eq!(
            on_the_day.lines[1].consequence,
            Consequence::LastPurchaseAhead { days_left: 0 }
        );
        assert_eq!(on_the_day.next_decision, Some(date(2028, 3, 30)));
        let after = outlook(&cutoffs, dc(None), date(2028, 3, 31));
        assert_eq!(after.lines[1].consequence, Consequence::LastPurchasePassed);
        assert_eq!(after.next_decision, Some(date(2029, 3, 28)));
        let over = outlook(&cutoffs, dc(None), date(2029, 3, 29));
        assert_eq!(over.lines[2].consequence, Consequence::EndOfLifePassed);
        assert_eq!(over.next_decision, None);
    }

    #[test]
    fn a_subscription_that_lapsed_after_new_subscriptions_ended_cannot_be_bought_again() {
        let cutoffs = parse_cutoffs(CUTOFFS).expect("parses");
        let today = date(2026, 12, 2);
        let lapsed = outlook(&cutoffs, dc(Some(date(2026, 6, 1))), today);
        assert_eq!(
            lapsed.lines[0].consequence,
            Consequence::LapsedAfterNewSubscriptionsEnded {
                lapsed: date(2026, 6, 1)
            }
        );
        // No renewal ahead: the end of life is what is to be planned.
        assert_eq!(
            lapsed.lines[2].consequence,
            Consequence::EndOfLifeAhead { days_left: 847 }
        );
        let before = outlook(&cutoffs, dc(Some(date(2026, 3, 1))), today);
        assert_eq!(
            before.lines[0].consequence,
            Consequence::NewSubscriptionsEnded
        );
    }

    #[test]
    fn a_renewal_past_the_end_of_life_is_not_a_renewal_before_it() {
        let cutoffs = parse_cutoffs(CUTOFFS).expect("parses");
        let late = outlook(&cutoffs, dc(Some(date(2029, 6, 1))), date(2026, 12, 2));
        assert!(matches!(
            late.lines[2].consequence,
            Consequence::EndOfLifeAhead { .. }
        ));
    }

    #[test]
    fn a_licence_with_only_its_support_expiry_renews_then() {
        let cutoffs = parse_cutoffs(CUTOFFS).expect("parses");
        let mut fields = crate::domain::LicenceFields::sample("SEN-1");
        fields.deployment = Deployment::DataCenter;
        fields.support_expiry = Some(date(2026, 12, 20));
        let licence = Licence::read_back(1, fields);
        let outlook = outlook_of_licence(&cutoffs, &licence, date(2026, 12, 2));
        assert_eq!(outlook.next_decision, Some(date(2026, 12, 20)));
    }

    #[test]
    fn server_licences_get_only_the_server_cutoffs() {
        let cutoffs = parse_cutoffs(CUTOFFS).expect("parses");
        let server = outlook(
            &cutoffs,
            SubscriptionDates {
                deployment: Deployment::Server,
                product: Some(ReleaseProduct::Confluence),
                licence_expiry: None,
            },
            date(2026, 12, 2),
        );
        assert_eq!(consequences(&server), [Consequence::SupportEndPassed]);
    }
}
