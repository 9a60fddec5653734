//! Expiry reminders (SPEC §3.2): support ending in 90, 60, 30 and 15 days, evaluations ending in
//! 7 and 1 days; and administrators reminded of each Data Center cut-off date 180, 90 and 30
//! days before it. Each threshold is reminded once per date.

use jiff::civil::Date;

/// Days before support expiry at which the licence's contacts are reminded.
pub const SUPPORT_DAYS: [i32; 4] = [90, 60, 30, 15];
/// Days before an evaluation licence expires at which its contacts are reminded.
pub const EVALUATION_DAYS: [i32; 2] = [7, 1];

/// Days before a Data Center cut-off date (the cut-off table's, see `lifecycle`) at which the
/// administrators are reminded: the last purchases and the end of life are decisions a customer
/// takes months ahead, so the first reminder comes half a year before.
pub const CUTOFF_DAYS: [i32; 3] = [180, 90, 30];

/// The reminder due today for an expiry date: the closest threshold not yet passed. A
/// threshold missed while the server was stopped is not sent late once a closer one is due,
/// so nobody receives a "90 days" mail with 20 days left. `None` outside every threshold and
/// once the date has passed.
pub fn due(expiry: Date, today: Date, thresholds: &[i32]) -> Option<i32> {
    let days_left = (expiry - today).get_days();
    if days_left < 0 {
        return None;
    }
    thresholds.iter().copied().filter(|&t| days_left <= t).min()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn the_closest_threshold_is_due() {
        let today = date(2026, 11, 21);
        let in_days = |d: i32| today.checked_add(jiff::Span::new().days(d)).unwrap();
        assert_eq!(due(in_days(120), today, &SUPPORT_DAYS), None);
        assert_eq!(due(in_days(91), today, &SUPPORT_DAYS), None);
        assert_eq!(due(in_days(90), today, &SUPPORT_DAYS), Some(90));
        assert_eq!(due(in_days(61), today, &SUPPORT_DAYS), Some(90));
        assert_eq!(due(in_days(60), today, &SUPPORT_DAYS), Some(60));
        assert_eq!(due(in_days(25), today, &SUPPORT_DAYS), Some(30));
        assert_eq!(due(in_days(0), today, &SUPPORT_DAYS), Some(15));
        assert_eq!(due(in_days(-1), today, &SUPPORT_DAYS), None);
        assert_eq!(due(in_days(7), today, &EVALUATION_DAYS), Some(7));
        assert_eq!(due(in_days(2), today, &EVALUATION_DAYS), Some(7));
        assert_eq!(due(in_days(1), today, &EVALUATION_DAYS), Some(1));
        assert_eq!(due(in_days(8), today, &EVALUATION_DAYS), None);
    }
}
