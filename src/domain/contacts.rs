//! Licence contacts and the primary-contact rules of SPEC §3.3 (seeds 001, 002, 003): who may
//! add a contact, remove one, and make one primary. The database enforces "exactly one primary
//! per role that has contacts"; these rules decide who may change what, and explain refusals.

use super::actor::Acting;
use super::{AccountId, AccountState, Email};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ContactRole {
    Technical,
    Billing,
}

impl ContactRole {
    pub const ALL: [ContactRole; 2] = [ContactRole::Technical, ContactRole::Billing];

    pub fn as_str(self) -> &'static str {
        match self {
            ContactRole::Technical => "technical",
            ContactRole::Billing => "billing",
        }
    }

    pub fn parse(value: &str) -> Option<ContactRole> {
        match value {
            "technical" => Some(ContactRole::Technical),
            "billing" => Some(ContactRole::Billing),
            _ => None,
        }
    }
}

/// One account in one role of a licence.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Contact {
    pub account_id: AccountId,
    pub email: Email,
    pub display_name: String,
    pub state: AccountState,
    pub role: ContactRole,
    pub is_primary: bool,
    pub added_at: i64,
}

/// Every contact of one licence, primaries first within each role.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LicenceContacts {
    pub contacts: Vec<Contact>,
}

impl LicenceContacts {
    pub fn of_role(&self, role: ContactRole) -> impl Iterator<Item = &Contact> {
        self.contacts.iter().filter(move |c| c.role == role)
    }

    pub fn primary(&self, role: ContactRole) -> Option<&Contact> {
        self.of_role(role).find(|c| c.is_primary)
    }

    pub fn find(&self, role: ContactRole, account: AccountId) -> Option<&Contact> {
        self.of_role(role).find(|c| c.account_id == account)
    }

    /// Whether the account is a contact in any role: contacts see the licence.
    pub fn includes(&self, account: AccountId) -> bool {
        self.contacts.iter().any(|c| c.account_id == account)
    }

    /// What the audit log keeps as "before" and "after": every contact, with the primaries.
    pub fn snapshot(&self) -> serde_json::Value {
        let role = |role: ContactRole| -> Vec<serde_json::Value> {
            self.of_role(role)
                .map(|c| serde_json::json!({ "email": c.email, "primary": c.is_primary }))
                .collect()
        };
        serde_json::json!({
            "technical": role(ContactRole::Technical),
            "billing": role(ContactRole::Billing),
        })
    }
}

/// Why an address cannot be added as a contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddRefusal {
    AlreadyContact,
    AccountDisabled,
}

pub fn check_add(
    contacts: &LicenceContacts,
    role: ContactRole,
    account: Option<(AccountId, AccountState)>,
) -> Result<(), AddRefusal> {
    match account {
        Some((id, _)) if contacts.find(role, id).is_some() => Err(AddRefusal::AlreadyContact),
        Some((_, AccountState::Disabled)) => Err(AddRefusal::AccountDisabled),
        _ => Ok(()),
    }
}

/// Why a contact cannot be removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RemoveRefusal {
    NotAContact,
    /// The primary stays until another contact of the role is primary (seed 003).
    IsPrimary,
}

/// Removing a contact ("x"): any contact or administrator may remove any contact but a
/// primary. A primary stays until another contact of the role is primary (seed 003: "make the
/// switch first, then you can delete yourself"), so a licence is never left without the person
/// who receives its invoices. (The schema is less strict: it lets the last contact of a role go,
/// for tools that clean up.)
pub fn check_remove(
    contacts: &LicenceContacts,
    role: ContactRole,
    account: AccountId,
) -> Result<(), RemoveRefusal> {
    let contact = contacts
        .find(role, account)
        .ok_or(RemoveRefusal::NotAContact)?;
    if contact.is_primary {
        Err(RemoveRefusal::IsPrimary)
    } else {
        Ok(())
    }
}

/// Why a contact cannot be made primary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromoteRefusal {
    /// The candidate is not a contact in that role.
    NotAContact,
    AlreadyPrimary,
    /// A disabled account cannot act on the licence, so it cannot be its primary.
    AccountDisabled,
    /// Seed 001: an existing contact cannot promote another contact; only the primary can,
    /// or the contact promotes themselves.
    SecondaryCannotPromoteOthers,
}

/// Make primary (SPEC §3.3): the current primary of the role may promote another contact of the
/// role, a contact may promote themselves, an administrator may promote any contact of the role;
/// a secondary contact cannot promote a third person. Returns the current primary, who becomes
/// a secondary contact.
pub fn check_promote(
    contacts: &LicenceContacts,
    acting: Acting,
    role: ContactRole,
    candidate: AccountId,
) -> Result<Option<&Contact>, PromoteRefusal> {
    let contact = contacts
        .find(role, candidate)
        .ok_or(PromoteRefusal::NotAContact)?;
    if contact.is_primary {
        return Err(PromoteRefusal::AlreadyPrimary);
    }
    if contact.state == AccountState::Disabled {
        return Err(PromoteRefusal::AccountDisabled);
    }
    let current = contacts.primary(role);
    let acting_is_primary = current.is_some_and(|p| p.account_id == acting.account_id);
    let promotes_self = acting.account_id == candidate;
    if acting.oversees || acting_is_primary || promotes_self {
        Ok(current)
    } else {
        Err(PromoteRefusal::SecondaryCannotPromoteOthers)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn contact(id: i64, role: ContactRole, primary: bool) -> Contact {
        Contact {
            account_id: AccountId(id),
            email: Email::parse(&format!("user{id}@example.com")).unwrap(),
            display_name: String::new(),
            state: AccountState::Active,
            role,
            is_primary: primary,
            added_at: id,
        }
    }

    fn seed_002() -> LicenceContacts {
        // hehongqi (1) is primary technical and billing; chenxinglin (2) was added as technical;
        // a third colleague (3) is a technical contact too.
        LicenceContacts {
            contacts: vec![
                contact(1, ContactRole::Technical, true),
                contact(2, ContactRole::Technical, false),
                contact(3, ContactRole::Technical, false),
                contact(1, ContactRole::Billing, true),
            ],
        }
    }

    fn acting(id: i64, oversees: bool) -> Acting {
        Acting {
            account_id: AccountId(id),
            oversees,
        }
    }

    #[test]
    fn the_primary_promotes_anyone_of_the_role_and_is_named_as_previous() {
        let contacts = seed_002();
        let previous = check_promote(
            &contacts,
            acting(1, false),
            ContactRole::Technical,
            AccountId(2),
        )
        .unwrap();
        assert_eq!(previous.map(|p| p.account_id), Some(AccountId(1)));
    }

    #[test]
    fn a_contact_promotes_themselves_but_not_a_third_person() {
        let contacts = seed_002();
        assert!(
            check_promote(
                &contacts,
                acting(2, false),
                ContactRole::Technical,
                AccountId(2)
            )
            .is_ok()
        );
        assert_eq!(
            check_promote(
                &contacts,
                acting(2, false),
                ContactRole::Technical,
                AccountId(3)
            ),
            Err(PromoteRefusal::SecondaryCannotPromoteOthers)
        );
        // A technical contact is not a billing contact: they cannot take the billing role.
        assert_eq!(
            check_promote(
                &contacts,
                acting(2, false),
                ContactRole::Billing,
                AccountId(2)
            ),
            Err(PromoteRefusal::NotAContact)
        );
    }

    #[test]
    fn an_admin_promotes_any_contact_but_not_a_disabled_one() {
        let mut contacts = seed_002();
        assert!(
            check_promote(
                &contacts,
                acting(9, true),
                ContactRole::Technical,
                AccountId(3)
            )
            .is_ok()
        );
        contacts.contacts[2].state = AccountState::Disabled;
        assert_eq!(
            check_promote(
                &contacts,
                acting(9, true),
                ContactRole::Technical,
                AccountId(3)
            ),
            Err(PromoteRefusal::AccountDisabled)
        );
        assert_eq!(
            check_promote(
                &contacts,
                acting(9, true),
                ContactRole::Technical,
                AccountId(1)
            ),
            Err(PromoteRefusal::AlreadyPrimary)
        );
    }

    #[test]
    fn a_primary_is_never_removed_a_secondary_is() {
        let contacts = seed_002();
        assert_eq!(
            check_remove(&contacts, ContactRole::Technical, AccountId(1)),
            Err(RemoveRefusal::IsPrimary)
        );
        assert_eq!(
            check_remove(&contacts, ContactRole::Technical, AccountId(3)),
            Ok(())
        );
        assert_eq!(
            check_remove(&contacts, ContactRole::Billing, AccountId(1)),
            Err(RemoveRefusal::IsPrimary)
        );
        assert_eq!(
            check_remove(&contacts, ContactRole::Billing, AccountId(2)),
            Err(RemoveRefusal::NotAContact)
        );
    }

    #[test]
    fn a_contact_is_added_once_per_role() {
        let contacts = seed_002();
        assert_eq!(
            check_add(
                &contacts,
                ContactRole::Technical,
                Some((AccountId(2), AccountState::Active))
            ),
            Err(AddRefusal::AlreadyContact)
        );
        assert_eq!(
            check_add(
                &contacts,
                ContactRole::Billing,
                Some((AccountId(2), AccountState::Active))
            ),
            Ok(())
        );
        assert_eq!(
            check_add(
                &contacts,
                ContactRole::Billing,
                Some((AccountId(7), AccountState::Disabled))
            ),
            Err(AddRefusal::AccountDisabled)
        );
        assert_eq!(check_add(&contacts, ContactRole::Billing, None), Ok(()));
    }
}
