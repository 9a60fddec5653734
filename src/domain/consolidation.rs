//! Consolidation (SPEC §3.6, seed 002): licences bought under several e-mail accounts move into
//! one. The plan says, licence by licence, what will change: the receiving account added as a
//! contact, primaries moved to it, the giving account removed or kept as a secondary contact,
//! and which past orders do not move. The same plan is shown in the preview and then applied,
//! recomputed from the licence's contacts at that moment.

use super::contacts::{ContactRole, LicenceContacts};
use super::{AccountId, LicenceId};

/// How long a consolidation request waits for the receiving account to accept it.
pub const REQUEST_SECONDS: i64 = 7 * 24 * 3600;

/// One change to one role of a licence, in the order it is applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// The receiving account becomes a contact of the role.
    AddTarget(ContactRole),
    /// The receiving account becomes the primary of the role in place of the giving account.
    MovePrimary(ContactRole),
    /// The giving account stops being a contact of the role.
    RemoveSource(ContactRole),
    /// The giving account stays, as a secondary contact of the role.
    KeepSource(ContactRole),
}

/// Why a chosen licence will not move.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    /// The giving account is no longer a contact of the licence.
    SourceNotAContact,
}

/// A licence as it is now, with its past orders (which stay where they are).
#[derive(Debug, Clone)]
pub struct Holding {
    pub licence_id: LicenceId,
    /// How people recognise the licence: its SEN, or its name.
    pub label: String,
    /// The product and the licence's name, which tell apart licences of one SEN.
    pub product: String,
    pub name: String,
    pub contacts: LicenceContacts,
    pub past_orders: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct LicencePlan {
    pub licence_id: LicenceId,
    pub label: String,
    pub product: String,
    pub name: String,
    pub changes: Vec<Change>,
    pub skipped: Option<Skip>,
    /// Order numbers that stay visible to whoever was primary when they were placed.
    pub past_orders: Vec<String>,
}

impl LicencePlan {
    pub fn moves_anything(&self) -> bool {
        self.changes
            .iter()
            .any(|c| !matches!(c, Change::KeepSource(_)))
    }
}

pub fn plan(
    source: AccountId,
    target: AccountId,
    remove_source: bool,
    holding: &Holding,
) -> LicencePlan {
    let mut changes = Vec::new();
    for role in ContactRole::ALL {
        let Some(from) = holding.contacts.find(role, source) else {
            continue;
        };
        let target_contact = holding.contacts.find(role, target);
        if target_contact.is_none() {
            changes.push(Change::AddTarget(role));
        }
        if from.is_primary {
            changes.push(Change::MovePrimary(role));
        }
        changes.push(if remove_source {
            Change::RemoveSource(role)
        } else {
            Change::KeepSource(role)
        });
    }
    let skipped = changes.is_empty().then_some(Skip::SourceNotAContact);
    LicencePlan {
        licence_id: holding.licence_id,
        label: holding.label.clone(),
        product: holding.product.clone(),
        name: holding.name.clone(),
        changes,
        skipped,
        past_orders: holding.past_orders.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contacts::tests::contact;

    fn holding(contacts: Vec<crate::domain::contacts::Contact>) -> Holding {
        Holding {
            licence_id: LicenceId(1),
            label: "SEN-12683313".into(),
            product: "Jira".into(),
            name: "Jira Software (Server)".into(),
            contacts: LicenceContacts { contacts },
            past_orders: vec!["AT-1".into()],
        }
    }

    #[test]
    fn a_primary_gives_up_both_roles_to_a_new_account() {
        let h = holding(vec![
            contact(1, ContactRole::Technical, true),
            contact(1, ContactRole::Billing, true),
        ]);
        let plan = plan(AccountId(1), AccountId(2), true, &h);
        assert_eq!(
            plan.changes,
            vec![
                Change::AddTarget(ContactRole::Technical),
                Change::MovePrimary(ContactRole::Technical),
                Change::RemoveSource(ContactRole::Technical),
                Change::AddTarget(ContactRole::Billing),
                Change::MovePrimary(ContactRole::Billing),
                Change::RemoveSource(ContactRole::Billing),
            ]
        );
        assert_eq!(plan.past_orders, ["AT-1"]);
        assert!(plan.moves_anything());
    }

    #[test]
    fn a_secondary_source_is_kept_and_an_existing_target_is_not_added_twice() {
        let h = holding(vec![
            contact(3, ContactRole::Technical, true),
            contact(1, ContactRole::Technical, false),
            contact(2, ContactRole::Technical, false),
        ]);
        let plan = plan(AccountId(1), AccountId(2), false, &h);
        assert_eq!(
            plan.changes,
            vec![Change::KeepSource(ContactRole::Technical)]
        );
        assert!(!plan.moves_anything());
    }

    #[test]
    fn a_licence_the_source_left_is_skipped() {
        let h = holding(vec![contact(3, ContactRole::Technical, true)]);
        let plan = plan(AccountId(1), AccountId(2), true, &h);
        assert_eq!(plan.skipped, Some(Skip::SourceNotAContact));
        assert!(plan.changes.is_empty());
    }
}
