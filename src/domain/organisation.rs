//! Organisations: the customer companies a portal's licences belong to, and who besides the
//! licences' contacts may see them (the organisation's managers, and consultants for a while).

use jiff::civil::Date;

use super::{AccountId, OrganisationId};

/// The longest name an organisation keeps, in characters.
pub const NAME_MAX_CHARS: usize = 200;

/// The longest a consultant's access may run, in days from the day it is granted.
pub const MAX_GRANT_DAYS: i32 = 90;

/// A customer company.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub id: OrganisationId,
    pub name: String,
    /// Whether its managers get the monthly report.
    pub reports: bool,
    pub created_at: i64,
}

/// The organisation a licence belongs to, as a licence row carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationRef {
    pub id: OrganisationId,
    pub name: String,
}

/// The key two names of the same company share, however a key or a person spelled them:
/// case folded (Unicode, so `MÜLLER` and `müller` meet), full-width Latin as ASCII, runs of
/// blanks as one space, and no trailing full stop or comma ("Example Ltd." is "Example Ltd").
/// `None` for a blank name: a licence without an organisation on its key belongs to none.
pub fn name_key(name: &str) -> Option<String> {
    let folded: String = name
        .chars()
        .map(|c| match c {
            // Full-width ASCII variants (Ｅｘａｍｐｌｅ) and the ideographic space.
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect();
    let words: Vec<&str> = folded.split_whitespace().collect();
    let joined = words.join(" ");
    let key = joined.trim_end_matches(['.', ',', '。', '、']).trim_end();
    (!key.is_empty()).then(|| key.to_owned())
}

/// The name an organisation gets from a key's Organisation (or a backup's): what
/// [`clean_name`] would refuse is mended instead, since a key is not a form to send back.
/// Control and direction-turning characters become spaces, runs of blanks one space, and the
/// name is cut at [`NAME_MAX_CHARS`] characters. `None` when nothing is left.
pub fn name_from_key(raw: &str) -> Option<String> {
    let spaced: String = raw
        .chars()
        .map(|c| {
            if c.is_control() || is_bidi_control(c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    let name: String = spaced
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(NAME_MAX_CHARS)
        .collect();
    let name = name.trim().to_owned();
    (!name.is_empty()).then_some(name)
}

/// Why a text cannot be an organisation's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameError {
    Blank,
    TooLong,
    ControlCharacter,
}

/// A name as an administrator typed it: trimmed, not blank, at most [`NAME_MAX_CHARS`]
/// characters, without control characters.
pub fn clean_name(raw: &str) -> Result<String, NameError> {
    let name = raw.trim();
    if name.is_empty() {
        Err(NameError::Blank)
    } else if name.chars().count() > NAME_MAX_CHARS {
        Err(NameError::TooLong)
    } else if name.chars().any(|c| c.is_control() || is_bidi_control(c)) {
        Err(NameError::ControlCharacter)
    } else {
        Ok(name.to_owned())
    }
}

/// The invisible characters that turn the direction of the text after them: a name with one
/// reads differently on every page that shows it (U+202E shows the rest of a name backwards).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// How someone other than a licence's contact or an administrator reaches an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccessRole {
    /// Sees and manages every licence of the organisation, for as long as the role is held.
    Manager,
    /// Sees the organisation's licences read-only until the grant ends.
    Consultant,
}

impl AccessRole {
    pub fn as_str(self) -> &'static str {
        match self {
            AccessRole::Manager => "manager",
            AccessRole::Consultant => "consultant",
        }
    }

    pub fn parse(text: &str) -> Option<AccessRole> {
        match text {
            "manager" => Some(AccessRole::Manager),
            "consultant" => Some(AccessRole::Consultant),
            _ => None,
        }
    }
}

/// What a person may do with one licence they can see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LicenceAccess {
    /// An administrator, or a manager of the licence's organisation: does what the licence's
    /// primary contact may (choose primaries, put an earlier key back) besides managing it.
    Oversee,
    /// A contact of the licence: sees the key and changes what the licence's contacts may
    /// change.
    Manage,
    /// A consultant: reads, and sees the key only when the grant says so.
    Read { keys: bool },
}

impl LicenceAccess {
    pub fn may_manage(self) -> bool {
        matches!(self, LicenceAccess::Oversee | LicenceAccess::Manage)
    }

    pub fn oversees(self) -> bool {
        self == LicenceAccess::Oversee
    }

    pub fn sees_keys(self) -> bool {
        matches!(
            self,
            LicenceAccess::Oversee | LicenceAccess::Manage | LicenceAccess::Read { keys: true }
        )
    }
}

/// A consultant's access to one organisation, or a manager's role (which has no end).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Access {
    pub id: i64,
    pub organisation_id: OrganisationId,
    pub account_id: AccountId,
    pub role: AccessRole,
    /// Whether a consultant sees licence keys (managers always do).
    pub with_keys: bool,
    /// Who granted it, as the audit log names actors.
    pub granted_by: String,
    pub starts_at: i64,
    /// When a consultant's access ends (Unix seconds); `None` for a manager.
    pub ends_at: Option<i64>,
    /// When it was ended before its last day was over.
    pub revoked_at: Option<i64>,
}

impl Access {
    /// Whether the access counts at `now`: a manager's always, a grant's until its end.
    pub fn is_running(&self, now: i64) -> bool {
        self.ends_at.is_none_or(|end| now < end)
    }
}

/// Why a consultant's access cannot end on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrantEndError {
    /// The last day is today or earlier.
    NotAfterToday,
    /// The last day is more than [`MAX_GRANT_DAYS`] days away.
    TooLong,
}

/// Checks the last day of a consultant's access: after today, at most [`MAX_GRANT_DAYS`] days
/// away. The access ends when that day ends.
pub fn check_grant_until(today: Date, until: Date) -> Result<(), GrantEndError> {
    if until <= today {
        Err(GrantEndError::NotAfterToday)
    } else if today
        .checked_add(jiff::Span::new().days(MAX_GRANT_DAYS))
        .is_ok_and(|latest| until > latest)
    {
        Err(GrantEndError::TooLong)
    } else {
        Ok(())
    }
}

/// When a consultant's access with this last day ends: the start of the next day in `zone`,
/// as Unix seconds. `None` for a day past what the calendar holds.
pub fn grant_ends_at(until: Date, zone: &jiff::tz::TimeZone) -> Option<i64> {
    let next = until.tomorrow().ok()?;
    Some(next.to_zoned(zone.clone()).ok()?.timestamp().as_second())
}

/// The last day of a consultant's access that ends at `ends_at`, in `zone`: the day before the
/// one it ends at the start of, or the day it was cut short on.
pub fn grant_last_day(ends_at: i64, zone: &jiff::tz::TimeZone) -> Option<Date> {
    let end = jiff::Timestamp::from_second(ends_at)
        .ok()?
        .to_zoned(zone.clone());
    let day = end.date();
    if grant_ends_at(day.yesterday().ok()?, zone) == Some(ends_at) {
        day.yesterday().ok()
    } else {
        Some(day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn spellings_of_one_company_share_a_key() {
        let key = name_key("Example Ltd").unwrap();
        for spelling in [
            "example ltd",
            "  EXAMPLE   Ltd. ",
            "Ｅｘａｍｐｌｅ Ｌｔｄ",
            "Example\u{3000}Ltd,",
        ] {
            assert_eq!(
                name_key(spelling).as_deref(),
                Some(key.as_str()),
                "{spelling}"
            );
        }
        assert_eq!(name_key("MÜLLER GmbH"), name_key("Müller GmbH"));
        assert_ne!(name_key("Example Ltd"), name_key("Example GmbH"));
        assert_eq!(name_key("汇科有限公司。"), Some("汇科有限公司".to_owned()));
        assert_eq!(name_key("   "), None);
        assert_eq!(name_key("."), None);
    }

    #[test]
    fn a_keys_name_is_mended_into_one_a_form_would_take() {
        assert_eq!(
            name_from_key("  Key\u{202E}Org ").as_deref(),
            Some("Key Org")
        );
        assert_eq!(
            name_from_key("Inj\r\nBcc: x").as_deref(),
            Some("Inj Bcc: x")
        );
        assert_eq!(name_from_key("Bell\u{7}Org").as_deref(), Some("Bell Org"));
        let long = name_from_key(&"K".repeat(3000)).unwrap();
        assert_eq!(long.chars().count(), NAME_MAX_CHARS);
        assert_eq!(name_from_key("\u{202E}\r\n"), None);
        for raw in ["Key\u{202E}Org", "Inj\r\nBcc", &"K".repeat(3000)] {
            let name = name_from_key(raw).unwrap();
            assert_eq!(clean_name(&name), Ok(name.clone()), "{raw:?}");
        }
    }

    #[test]
    fn a_typed_name_is_trimmed_and_bounded() {
        assert_eq!(clean_name("  ACME  ").unwrap(), "ACME");
        assert_eq!(clean_name(" "), Err(NameError::Blank));
        assert_eq!(clean_name(&"x".repeat(201)), Err(NameError::TooLong));
        assert_eq!(clean_name("a\u{1b}b"), Err(NameError::ControlCharacter));
        assert_eq!(clean_name("\u{202E}RTL"), Err(NameError::ControlCharacter));
    }

    #[test]
    fn a_grant_ends_after_today_and_within_ninety_days() {
        let today = date(2026, 12, 2);
        assert_eq!(
            check_grant_until(today, today),
            Err(GrantEndError::NotAfterToday)
        );
        assert_eq!(check_grant_until(today, date(2026, 12, 3)), Ok(()));
        assert_eq!(check_grant_until(today, date(2027, 3, 2)), Ok(()));
        assert_eq!(
            check_grant_until(today, date(2027, 3, 3)),
            Err(GrantEndError::TooLong)
        );
    }

    #[test]
    fn a_grant_ends_when_its_last_day_ends() {
        let zone = jiff::tz::TimeZone::UTC;
        let ends = grant_ends_at(date(2026, 12, 24), &zone).unwrap();
        assert_eq!(
            ends,
            date(2026, 12, 25)
                .to_zoned(zone.clone())
                .unwrap()
                .timestamp()
                .as_second()
        );
        assert_eq!(grant_last_day(ends, &zone), Some(date(2026, 12, 24)));
        assert_eq!(grant_last_day(ends - 3600, &zone), Some(date(2026, 12, 24)));
    }

    #[test]
    fn a_managers_access_runs_and_a_grant_stops_at_its_end() {
        let mut access = Access {
            id: 1,
            organisation_id: OrganisationId(1),
            account_id: AccountId(2),
            role: AccessRole::Manager,
            with_keys: true,
            granted_by: "admin".into(),
            starts_at: 0,
            ends_at: None,
            revoked_at: None,
        };
        assert!(access.is_running(i64::MAX));
        access.role = AccessRole::Consultant;
        access.ends_at = Some(100);
        assert!(access.is_running(99));
        assert!(!access.is_running(100));
        assert!(LicenceAccess::Manage.sees_keys());
        assert!(LicenceAccess::Oversee.oversees() && LicenceAccess::Oversee.may_manage());
        assert!(!LicenceAccess::Manage.oversees());
        assert!(!LicenceAccess::Read { keys: false }.sees_keys());
        assert!(!LicenceAccess::Read { keys: true }.may_manage());
    }
}
