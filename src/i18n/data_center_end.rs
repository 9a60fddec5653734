//! The words of the end of Data Center: the name of each cut-off, what a cut-off means for a
//! licence (the overview and the reminder mails share these sentences), and the sentence of the
//! administrators' reminder.

use crate::domain::data_center_end::{Consequence, CutoffLine};
use crate::domain::lifecycle::CutoffEvent;
use crate::tr;

use super::{Language, format};

/// The name of a cut-off: "End of life of Data Center".
pub fn event(lang: Language, event: CutoffEvent) -> String {
    match event {
        CutoffEvent::ServerSupportEnd => tr!(lang, "eodc-event-server-support-end"),
        CutoffEvent::DcNewSubscriptionsEnd => tr!(lang, "eodc-event-dc-new-subscriptions-end"),
        CutoffEvent::DcLastPurchase => tr!(lang, "eodc-event-dc-last-purchase"),
        CutoffEvent::DcEndOfLife => tr!(lang, "eodc-event-dc-end-of-life"),
    }
}

/// What a cut-off means for a licence, and what to decide, as one sentence.
pub fn line(lang: Language, line: &CutoffLine) -> String {
    let date = format::date(lang, line.cutoff.date);
    match line.consequence {
        Consequence::NewSubscriptionsEndAhead { .. } => {
            tr!(lang, "eodc-line-new-subscriptions-ahead", date = date)
        }
        Consequence::NewSubscriptionsEnded => {
            tr!(lang, "eodc-line-new-subscriptions-ended", date = date)
        }
        Consequence::LapsedAfterNewSubscriptionsEnded { lapsed } => tr!(
            lang,
            "eodc-line-lapsed",
            lapsed = format::date(lang, lapsed),
            date = date
        ),
        Consequence::LastPurchaseAhead { .. } => {
            tr!(lang, "eodc-line-last-purchase-ahead", date = date)
        }
        Consequence::LastPurchasePassed => tr!(lang, "eodc-line-last-purchase-passed", date = date),
        Consequence::RenewsBeforeEndOfLife { renews } => tr!(
            lang,
            "eodc-line-renews",
            renews = format::date(lang, renews),
            date = date
        ),
        Consequence::EndOfLifeAhead { .. } => tr!(lang, "eodc-line-end-of-life-ahead", date = date),
        Consequence::EndOfLifePassed => tr!(lang, "eodc-line-end-of-life-passed", date = date),
        Consequence::SupportEndAhead { .. } => {
            tr!(lang, "eodc-line-support-end-ahead", date = date)
        }
        Consequence::SupportEndPassed => tr!(lang, "eodc-line-support-end-passed", date = date),
    }
}

/// What a cut-off ahead means, as the administrators' reminder says it.
pub fn reminder_what(lang: Language, event: CutoffEvent, date: jiff::civil::Date) -> String {
    let date = format::date(lang, date);
    match event {
        CutoffEvent::ServerSupportEnd => {
            tr!(lang, "eodc-reminder-what-server-support-end", date = date)
        }
        CutoffEvent::DcNewSubscriptionsEnd => {
            tr!(
                lang,
                "eodc-reminder-what-dc-new-subscriptions-end",
                date = date
            )
        }
        CutoffEvent::DcLastPurchase => {
            tr!(lang, "eodc-reminder-what-dc-last-purchase", date = date)
        }
        CutoffEvent::DcEndOfLife => tr!(lang, "eodc-reminder-what-dc-end-of-life", date = date),
    }
}
