//! Orders as the portal shows them: new purchases, renewals and upgrades of a licence.

use super::LicenceId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OrderKind {
    New,
    Renewal,
    Upgrade,
}

impl OrderKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OrderKind::New => "new",
            OrderKind::Renewal => "renewal",
            OrderKind::Upgrade => "upgrade",
        }
    }

    /// The kind of a stored order; anything unknown reads as a new purchase.
    pub fn parse(value: &str) -> OrderKind {
        match value {
            "renewal" => OrderKind::Renewal,
            "upgrade" => OrderKind::Upgrade,
            _ => OrderKind::New,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Order {
    pub number: String,
    pub placed_at: i64,
    pub kind: OrderKind,
    pub licence_id: LicenceId,
    pub licence_name: String,
    pub licence_sen: Option<String>,
    pub description: String,
    pub po_number: Option<String>,
    pub amount: Option<String>,
    pub currency: Option<String>,
    /// The e-mail address of who placed it, while that account exists.
    pub placed_by: Option<String>,
}
