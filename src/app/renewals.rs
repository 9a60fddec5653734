//! Renewing and upgrading a licence. A renewal is an order of kind renewal that moves the
//! licence's support expiry by whole months from the previous expiry, audited, its developer
//! licences following: the one renewal of the portal, which the licence page, the API and the
//! co-term planner's orders all make. An upgrade is an order of kind upgrade that raises the
//! licence's user tier.

use jiff::civil::Date;
use rusqlite::Connection;

use crate::atlassian::key::DecodedKey;
use crate::domain::actor::Actor;
use crate::domain::orders::OrderKind;
use crate::domain::terms::rename_for_tier;
use crate::domain::{AccountId, Licence};
use crate::error::AppResult;
use crate::inventory::{changes, developer};
use crate::store;
use crate::store::orders::NewOrder;

/// What an order says besides its licence and term: all optional.
#[derive(Debug, Clone, Copy, Default)]
pub struct OrderDetails<'a> {
    pub po_number: Option<&'a str>,
    pub amount: Option<&'a str>,
    pub currency: Option<&'a str>,
}

/// One renewal: `months` from the licence's previous support expiry, ending `until` (the
/// caller counted it with `domain::terms::renewed_expiry`).
#[derive(Debug, Clone, Copy)]
pub struct Renewal<'a> {
    pub licence: &'a Licence,
    pub months: i32,
    pub until: Date,
    pub order: OrderDetails<'a>,
    /// The renewed key, when it came with the renewal: it replaces the old one, which stays in
    /// the key history.
    pub key: Option<&'a DecodedKey>,
    pub placed_by: AccountId,
    /// The order's description, in the records' one language (the caller words it).
    pub description: &'a str,
}

/// Records the renewal's order, moves the licence's support expiry (and its developer
/// licences'), and audits both as `licence-renewed`. Call it inside the caller's write
/// transaction, which may hold several renewals. Returns the order's number.
pub fn renew(conn: &Connection, who: &Actor, renewal: &Renewal<'_>, now: i64) -> AppResult<String> {
    let licence = renewal.licence;
    let description = renewal.description;
    let number = store::orders::insert(
        conn,
        &NewOrder {
            kind: OrderKind::Renewal,
            licence_id: licence.id,
            description,
            po_number: renewal.order.po_number,
            amount: renewal.order.amount,
            currency: renewal.order.currency,
            placed_by: Some(renewal.placed_by),
        },
        now,
    )?;
    let detail = format!("order {number}: {description}");
    let renewed = changes::update(
        conn,
        who,
        licence.id,
        "licence-renewed",
        &detail,
        now,
        |l| {
            l.support_expiry = Some(renewal.until);
            if let Some(key) = renewal.key {
                changes::replace_key(
                    conn,
                    who,
                    l,
                    &key.canonical,
                    key.is_genuine(),
                    "renewal",
                    now,
                )?;
                l.kind = crate::inventory::from_key::kind_of(key);
            }
            Ok(())
        },
    )?;
    developer::sync_support_expiry(conn, who, &renewed, now)?;
    Ok(number)
}

/// One upgrade: the licence moves to a higher user tier (`None`: unlimited).
#[derive(Debug, Clone, Copy)]
pub struct Upgrade<'a> {
    pub licence: &'a Licence,
    pub tier: Option<i64>,
    pub order: OrderDetails<'a>,
    /// The upgraded key, when it came with the upgrade: it replaces the old one, which stays in
    /// the key history.
    pub key: Option<&'a DecodedKey>,
    pub placed_by: AccountId,
    /// The order's description, in the records' one language (the caller words it).
    pub description: &'a str,
}

/// Records the upgrade's order, sets the licence's tier (and the tier in its name), and audits
/// both as `licence-upgraded`. Call it inside the caller's write transaction. Returns the
/// order's number.
pub fn upgrade(
    conn: &Connection,
    who: &Actor,
    upgrade: &Upgrade<'_>,
    now: i64,
) -> AppResult<String> {
    let licence = upgrade.licence;
    let tier = upgrade.tier;
    let description = upgrade.description;
    let number = store::orders::insert(
        conn,
        &NewOrder {
            kind: OrderKind::Upgrade,
            licence_id: licence.id,
            description,
            po_number: upgrade.order.po_number,
            amount: upgrade.order.amount,
            currency: upgrade.order.currency,
            placed_by: Some(upgrade.placed_by),
        },
        now,
    )?;
    let detail = format!("order {number}: {description}");
    changes::update(
        conn,
        who,
        licence.id,
        "licence-upgraded",
        &detail,
        now,
        |l| {
            l.user_tier = tier;
            l.name = rename_for_tier(&l.name, tier);
            if let Some(key) = upgrade.key {
                changes::replace_key(
                    conn,
                    who,
                    l,
                    &key.canonical,
                    key.is_genuine(),
                    "upgrade",
                    now,
                )?;
                l.kind = crate::inventory::from_key::kind_of(key);
            }
            Ok(())
        },
    )?;
    Ok(number)
}
