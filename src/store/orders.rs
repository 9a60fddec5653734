//! The `orders` table: renewals, upgrades and new purchases, and who may see them (SPEC §3.4).
//!
//! Admins see every order. Anyone else sees an order placed while they were a primary contact
//! (of either role) of its licence, as the `primary_terms` table records each primary's term:
//! a new primary sees the orders from the day they became primary, and past orders stay
//! visible to whoever was primary then, also after they stopped being primary.

use rusqlite::{Connection, OptionalExtension, params};

use crate::domain::orders::{Order, OrderKind};
use crate::domain::{AccountId, LicenceId, OrganisationId, Viewer};

#[derive(Debug, Clone)]
pub struct NewOrder<'a> {
    pub kind: OrderKind,
    pub licence_id: LicenceId,
    pub description: &'a str,
    pub po_number: Option<&'a str>,
    pub amount: Option<&'a str>,
    pub currency: Option<&'a str>,
    pub placed_by: Option<AccountId>,
}

/// Records an order and returns its number (`LD-000042`). Call it inside the transaction that
/// makes the change the order is for, so the number sequence has no gaps or duplicates.
pub fn insert(conn: &Connection, order: &NewOrder<'_>, now: i64) -> rusqlite::Result<String> {
    // Past the highest id and the highest number: an imported order keeps its number, which
    // may be ahead of the ids.
    let next: i64 = conn.query_row(
        "SELECT max(coalesce(max(id), 0), coalesce(max(CAST(substr(number, 4) AS INTEGER)), 0)) \
         + 1 FROM orders",
        [],
        |r| r.get(0),
    )?;
    let number = format!("LD-{next:06}");
    conn.prepare_cached(
        "INSERT INTO orders (id, number, placed_at, kind, licence_id, description, po_number, \
         amount, currency, placed_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        next,
        number,
        now,
        order.kind.as_str(),
        order.licence_id.0,
        order.description,
        order.po_number,
        order.amount,
        order.currency,
        order.placed_by.map(|a| a.0),
    ])?;
    Ok(number)
}

/// An order as the JSON export keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportOrder {
    pub number: String,
    pub placed_at: i64,
    pub kind: String,
    pub description: String,
    pub po_number: Option<String>,
    pub amount: Option<String>,
    pub currency: Option<String>,
    pub placed_by: Option<String>,
}

/// A licence's orders, oldest first; with a viewer who is not an administrator, only those
/// placed while they were a primary contact (as on the orders page).
pub fn for_export(
    conn: &Connection,
    licence: LicenceId,
    viewer: Option<Viewer>,
) -> rusqlite::Result<Vec<ExportOrder>> {
    let (everything, account) = match viewer {
        Some(v) if !v.is_admin => (false, v.account_id.0),
        _ => (true, 0),
    };
    let mut stmt = conn.prepare_cached(
        "SELECT o.number, o.placed_at, o.kind, o.description, o.po_number, o.amount, \
         o.currency, a.email FROM orders o LEFT JOIN accounts a ON a.id = o.placed_by \
         WHERE o.licence_id = ?1 AND (?2 OR EXISTS (SELECT 1 FROM primary_terms t \
         WHERE t.licence_id = o.licence_id AND t.account_id = ?3 AND t.started_at <= o.placed_at \
         AND (t.ended_at IS NULL OR o.placed_at < t.ended_at))) ORDER BY o.placed_at, o.id",
    )?;
    let rows = stmt.query_map(params![licence.0, everything, account], |row| {
        Ok(ExportOrder {
            number: row.get(0)?,
            placed_at: row.get(1)?,
            kind: row.get(2)?,
            description: row.get(3)?,
            po_number: row.get(4)?,
            amount: row.get(5)?,
            currency: row.get(6)?,
            placed_by: row.get(7)?,
        })
    })?;
    rows.collect()
}

/// Whether an order with this number exists.
pub fn number_taken(conn: &Connection, number: &str) -> rusqlite::Result<bool> {
    conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM orders WHERE number = ?1)")?
        .query_row([number], |row| row.get(0))
}

/// Restores an exported order exactly, number and time included.
pub fn restore(
    conn: &Connection,
    licence: LicenceId,
    order: &ExportOrder,
    placed_by: Option<AccountId>,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO orders (number, placed_at, kind, licence_id, description, po_number, \
         amount, currency, placed_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        order.number,
        order.placed_at,
        order.kind,
        licence.0,
        order.description,
        order.po_number,
        order.amount,
        order.currency,
        placed_by.map(|a| a.0),
    ])?;
    Ok(())
}

pub struct OrderPage {
    pub orders: Vec<Order>,
    pub total: i64,
}

/// The condition on an order `o` that the viewer (`?1` is an administrator, `?2` the account)
/// may see it, narrowed to one licence when `?3` is not null. A contact sees the orders placed
/// while they were primary; a manager or consultant of an organisation, every order of its
/// licences.
fn visible_condition() -> String {
    format!(
        "(?1 OR EXISTS (SELECT 1 FROM primary_terms t \
         WHERE t.licence_id = o.licence_id AND t.account_id = ?2 AND t.started_at <= o.placed_at \
         AND (t.ended_at IS NULL OR o.placed_at < t.ended_at)) OR o.licence_id IN ({})) \
         AND (?3 IS NULL OR o.licence_id = ?3) \
         AND (?4 IS NULL OR o.licence_id IN (SELECT id FROM licences WHERE organisation_id = ?4))",
        super::licences::organisation_licence_ids(2)
    )
}

/// An order as the CSV download lists it: the order, with its licence's product and the
/// organisation the licence belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderLine {
    pub order: Order,
    pub product: String,
    pub organisation: Option<String>,
}

/// The first `limit` orders the viewer may see on the orders page, newest first.
pub fn visible_lines(
    conn: &Connection,
    viewer: Viewer,
    limit: i64,
) -> rusqlite::Result<Vec<OrderLine>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT o.number, o.placed_at, o.kind, o.licence_id, l.name, l.sen, o.description, \
         o.po_number, o.amount, o.currency, a.email, l.product, \
         (SELECT g.name FROM organisations g WHERE g.id = l.organisation_id) \
         FROM orders o JOIN licences l ON l.id = o.licence_id \
         LEFT JOIN accounts a ON a.id = o.placed_by \
         WHERE {} ORDER BY o.placed_at DESC, o.id DESC LIMIT ?5",
        visible_condition()
    ))?;
    let rows = stmt.query_map(
        params![
            viewer.is_admin,
            viewer.account_id.0,
            None::<i64>,
            None::<i64>,
            limit
        ],
        |row| {
            Ok(OrderLine {
                order: order_from_row(row)?,
                product: row.get(11)?,
                organisation: row.get(12)?,
            })
        },
    )?;
    rows.collect()
}

/// The orders a viewer may see, newest first, a page at a time; `licence` narrows them to one
/// licence, `organisation` to one organisation's licences (the orders page as a token narrowed
/// to that organisation reads it).
pub fn visible(
    conn: &Connection,
    viewer: Viewer,
    licence: Option<LicenceId>,
    organisation: Option<OrganisationId>,
    page: i64,
    per_page: i64,
) -> rusqlite::Result<OrderPage> {
    let condition = visible_condition();
    let (licence, organisation) = (licence.map(|l| l.0), organisation.map(|o| o.0));
    let scope = params![viewer.is_admin, viewer.account_id.0, licence, organisation];
    let total: i64 = conn
        .prepare_cached(&format!("SELECT count(*) FROM orders o WHERE {condition}"))?
        .query_row(scope, |row| row.get(0))?;
    let offset = (page.max(1) - 1).saturating_mul(per_page);
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT o.number, o.placed_at, o.kind, o.licence_id, l.name, l.sen, o.description, \
         o.po_number, o.amount, o.currency, a.email FROM orders o \
         JOIN licences l ON l.id = o.licence_id LEFT JOIN accounts a ON a.id = o.placed_by \
         WHERE {condition} ORDER BY o.placed_at DESC, o.id DESC LIMIT ?5 OFFSET ?6"
    ))?;
    let rows = stmt.query_map(
        params![
            viewer.is_admin,
            viewer.account_id.0,
            licence,
            organisation,
            per_page,
            offset
        ],
        order_from_row,
    )?;
    Ok(OrderPage {
        orders: rows.collect::<rusqlite::Result<_>>()?,
        total,
    })
}

/// An order from the columns `number, placed_at, kind, licence_id, licence name, SEN,
/// description, po_number, amount, currency, placed_by's address`, in that order.
fn order_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Order> {
    let kind: String = row.get(2)?;
    Ok(Order {
        number: row.get(0)?,
        placed_at: row.get(1)?,
        kind: OrderKind::parse(&kind),
        licence_id: LicenceId(row.get(3)?),
        licence_name: row.get(4)?,
        licence_sen: row.get(5)?,
        description: row.get(6)?,
        po_number: row.get(7)?,
        amount: row.get(8)?,
        currency: row.get(9)?,
        placed_by: row.get(10)?,
    })
}

/// One order by its number, whoever may see it (the caller decides that).
pub fn by_number(conn: &Connection, number: &str) -> rusqlite::Result<Option<Order>> {
    conn.prepare_cached(
        "SELECT o.number, o.placed_at, o.kind, o.licence_id, l.name, l.sen, o.description, \
         o.po_number, o.amount, o.currency, a.email FROM orders o \
         JOIN licences l ON l.id = o.licence_id LEFT JOIN accounts a ON a.id = o.placed_by \
         WHERE o.number = ?1",
    )?
    .query_row([number], order_from_row)
    .optional()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::LicenceFields;
    use crate::domain::{AccountState, Email};
    use crate::store::accounts::{self, NewAccount};
    use crate::store::licences::{self, add_contact};

    fn account(conn: &Connection, email: &str, is_admin: bool) -> AccountId {
        accounts::insert(
            conn,
            &NewAccount {
                email: &Email::parse(email).unwrap(),
                display_name: "",
                password_hash: None,
                is_admin,
                state: AccountState::Active,
            },
            0,
        )
        .unwrap()
    }

    #[test]
    fn a_primary_sees_the_orders_placed_while_they_were_primary() {
        let conn = crate::store::open_in_memory().unwrap();
        let (ann, bob, cy, root) = (
            account(&conn, "ann@x.com", false),
            account(&conn, "bob@x.com", false),
            account(&conn, "cy@x.com", false),
            account(&conn, "root@x.com", true),
        );
        let licence = licences::insert(
            &conn,
            &LicenceFields {
                product: "Jira".into(),
                name: "Jira".into(),
                ..LicenceFields::sample("SEN-1")
            },
            0,
        )
        .unwrap();
        let order = |at: i64| {
            insert(
                &conn,
                &NewOrder {
                    kind: OrderKind::Renewal,
                    licence_id: licence,
                    description: "Renewal",
                    po_number: None,
                    amount: None,
                    currency: None,
                    placed_by: Some(root),
                },
                at,
            )
            .unwrap()
        };
        assert_eq!(order(50), "LD-000001");
        // Ann became the primary technical contact at 100; Bob is a secondary contact; Cy is
        // the billing primary since 300.
        add_contact(&conn, licence, ann, "technical", 100).unwrap();
        add_contact(&conn, licence, bob, "technical", 150).unwrap();
        add_contact(&conn, licence, cy, "billing", 300).unwrap();
        assert_eq!(order(200), "LD-000002");
        order(400);
        let seen = |who: AccountId, admin: bool| {
            visible(
                &conn,
                Viewer {
                    account_id: who,
                    is_admin: admin,
                },
                None,
                None,
                1,
                50,
            )
            .unwrap()
            .orders
            .into_iter()
            .map(|o| o.number)
            .collect::<Vec<_>>()
        };
        assert_eq!(seen(ann, false), ["LD-000003", "LD-000002"]);
        assert!(seen(bob, false).is_empty());
        assert_eq!(seen(cy, false), ["LD-000003"]);
        assert_eq!(seen(root, true).len(), 3);
        // Bob becomes the technical primary: he sees what comes next, Ann keeps what was hers.
        crate::store::contacts::set_primary(
            &conn,
            licence,
            crate::domain::ContactRole::Technical,
            bob,
            500,
        )
        .unwrap();
        order(600);
        assert_eq!(seen(bob, false), ["LD-000004"]);
        assert_eq!(seen(ann, false), ["LD-000003", "LD-000002"]);
        assert_eq!(seen(root, true).len(), 4);
    }
}
