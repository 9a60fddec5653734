//! A licence as the portal keeps it, and the rules about its dates.

use jiff::civil::Date;

use super::LicenceId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Deployment {
    Server,
    DataCenter,
}

impl Deployment {
    pub fn as_str(self) -> &'static str {
        match self {
            Deployment::Server => "server",
            Deployment::DataCenter => "data-center",
        }
    }

    pub fn parse(value: &str) -> Option<Deployment> {
        match value {
            "server" => Some(Deployment::Server),
            "data-center" => Some(Deployment::DataCenter),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Licence {
    pub id: LicenceId,
    pub product: String,
    pub name: String,
    pub licence_type: String,
    pub deployment: Deployment,
    /// `None` is unlimited.
    pub user_tier: Option<i64>,
    pub sen: Option<String>,
    pub licence_key: Option<String>,
    /// Whether the key's signature verifies; `None` when there is no key.
    pub key_genuine: Option<bool>,
    pub server_id: Option<String>,
    pub organisation: String,
    pub licensed_to: String,
    pub purchase_date: Option<Date>,
    pub support_expiry: Option<Date>,
    pub licence_expiry: Option<Date>,
    pub support_level: String,
    pub auto_renew: bool,
    pub archived: bool,
    pub is_evaluation: bool,
    pub reason_for_purchase: Option<String>,
    pub key_retrieved_at: Option<i64>,
    pub production_licence_id: Option<LicenceId>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// Support ending within this many days is flagged as expiring.
pub const EXPIRING_WITHIN_DAYS: i32 = 90;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SupportState {
    Active,
    /// Ends within [`EXPIRING_WITHIN_DAYS`]; carries the days left.
    Expiring(i32),
    /// Ended; carries the days since.
    Expired(i32),
    Unknown,
}

pub fn support_state(expiry: Option<Date>, today: Date) -> SupportState {
    let Some(expiry) = expiry else {
        return SupportState::Unknown;
    };
    let days = (expiry - today).get_days();
    if days < 0 {
        SupportState::Expired(-days)
    } else if days <= EXPIRING_WITHIN_DAYS {
        SupportState::Expiring(days)
    } else {
        SupportState::Active
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn support_state_marks_the_last_90_days_and_after() {
        let today = date(2026, 11, 21);
        assert_eq!(support_state(None, today), SupportState::Unknown);
        assert_eq!(
            support_state(Some(date(2027, 6, 1)), today),
            SupportState::Active
        );
        assert_eq!(
            support_state(Some(date(2027, 2, 19)), today),
            SupportState::Expiring(90)
        );
        assert_eq!(support_state(Some(today), today), SupportState::Expiring(0));
        assert_eq!(
            support_state(Some(date(2026, 11, 17)), today),
            SupportState::Expired(4)
        );
    }
}
