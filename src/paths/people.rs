//! The links of contacts, accounts, consolidation and administration. `http::people` matches
//! the same shapes.

use crate::domain::{AccountId, ContactRole, LicenceId};

/// Where a contacts form came from, to go back there: the licence's details page (where the
/// contacts section is embedded) or the contacts page of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactsBack {
    Licence,
    Contacts,
}

impl ContactsBack {
    pub fn as_str(self) -> &'static str {
        match self {
            ContactsBack::Licence => "licence",
            ContactsBack::Contacts => "contacts",
        }
    }

    /// Anything but "licence" goes back to the contacts page, which always exists.
    pub fn parse(value: &str) -> ContactsBack {
        if value == "licence" {
            ContactsBack::Licence
        } else {
            ContactsBack::Contacts
        }
    }

    pub fn path(self, licence: LicenceId) -> String {
        match self {
            ContactsBack::Licence => super::Route::Licence(licence).path(),
            ContactsBack::Contacts => PeopleRoute::Contacts(licence).path(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeopleRoute {
    /// The contacts of a licence (GET), and adding one (POST).
    Contacts(LicenceId),
    /// The confirmation page before removing a contact.
    ConfirmRemove {
        licence: LicenceId,
        role: ContactRole,
        account: AccountId,
        back: ContactsBack,
    },
    /// Removing a contact (POST).
    Remove(LicenceId),
    /// The confirmation page before making a contact primary.
    ConfirmPrimary {
        licence: LicenceId,
        role: ContactRole,
        account: AccountId,
        back: ContactsBack,
    },
    /// Making a contact primary (POST).
    Primary(LicenceId),
    Forgot,
    Profile,
    Password,
    Consolidate,
    /// The consolidation start page of an administrator, for one source account.
    ConsolidateFrom(String),
    ConsolidatePreview,
    ConsolidateRequests,
    ConsolidateApply,
    ConsolidateRequest(i64),
    ConsolidateAccept(i64),
    ConsolidateDecline(i64),
    ConsolidateCancel(i64),
    AdminDisable(AccountId),
    AdminEnable(AccountId),
    AdminInvite(AccountId),
    AdminAudit,
    AdminOutbox,
    AdminMail(i64),
    AdminMailEml(i64),
    AdminMailRetry(i64),
}

fn with_query(path: &str, pairs: &[(&str, &str)]) -> String {
    let query = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish();
    format!("{path}?{query}")
}

impl PeopleRoute {
    pub fn path(&self) -> String {
        match self {
            PeopleRoute::Contacts(id) => format!("/licences/{id}/contacts"),
            PeopleRoute::ConfirmRemove {
                licence,
                role,
                account,
                back,
            } => with_query(
                &PeopleRoute::Remove(*licence).path(),
                &[
                    ("role", role.as_str()),
                    ("account", &account.to_string()),
                    ("back", back.as_str()),
                ],
            ),
            PeopleRoute::Remove(id) => format!("/licences/{id}/contacts/remove"),
            PeopleRoute::ConfirmPrimary {
                licence,
                role,
                account,
                back,
            } => with_query(
                &PeopleRoute::Primary(*licence).path(),
                &[
                    ("role", role.as_str()),
                    ("account", &account.to_string()),
                    ("back", back.as_str()),
                ],
            ),
            PeopleRoute::Primary(id) => format!("/licences/{id}/contacts/primary"),
            PeopleRoute::Forgot => "/forgot".into(),
            PeopleRoute::Profile => "/account".into(),
            PeopleRoute::Password => "/account/password".into(),
            PeopleRoute::Consolidate => "/consolidate".into(),
            PeopleRoute::ConsolidateFrom(email) => with_query("/consolidate", &[("from", email)]),
            PeopleRoute::ConsolidatePreview => "/consolidate/preview".into(),
            PeopleRoute::ConsolidateRequests => "/consolidate/requests".into(),
            PeopleRoute::ConsolidateApply => "/consolidate/apply".into(),
            PeopleRoute::ConsolidateRequest(id) => format!("/consolidate/requests/{id}"),
            PeopleRoute::ConsolidateAccept(id) => format!("/consolidate/requests/{id}/accept"),
            PeopleRoute::ConsolidateDecline(id) => format!("/consolidate/requests/{id}/decline"),
            PeopleRoute::ConsolidateCancel(id) => format!("/consolidate/requests/{id}/cancel"),
            PeopleRoute::AdminDisable(id) => format!("/admin/accounts/{id}/disable"),
            PeopleRoute::AdminEnable(id) => format!("/admin/accounts/{id}/enable"),
            PeopleRoute::AdminInvite(id) => format!("/admin/accounts/{id}/invite"),
            PeopleRoute::AdminAudit => "/admin/audit".into(),
            PeopleRoute::AdminOutbox => "/admin/outbox".into(),
            PeopleRoute::AdminMail(id) => format!("/admin/outbox/{id}"),
            PeopleRoute::AdminMailEml(id) => format!("/admin/outbox/{id}/eml"),
            PeopleRoute::AdminMailRetry(id) => format!("/admin/outbox/{id}/retry"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confirmation_links_carry_their_choice_in_the_query() {
        let route = PeopleRoute::ConfirmPrimary {
            licence: LicenceId(4),
            role: ContactRole::Billing,
            account: AccountId(9),
            back: ContactsBack::Licence,
        };
        assert_eq!(
            route.path(),
            "/licences/4/contacts/primary?role=billing&account=9&back=licence"
        );
        assert_eq!(
            PeopleRoute::ConsolidateFrom("a+b@x.com".into()).path(),
            "/consolidate?from=a%2Bb%40x.com"
        );
        assert_eq!(ContactsBack::parse("elsewhere"), ContactsBack::Contacts);
    }
}
