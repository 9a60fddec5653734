//! The routes of contacts, accounts, consolidation and administration: how they print and how
//! they parse. `http::people` dispatches on them.

use std::fmt;

use crate::domain::{AccountId, ContactRole, LicenceId, MailState};

use super::{Kind, Query, QueryError, page_pair, with_query};

/// Where a contacts form came from, to go back there: the licence's details page (where the
/// contacts section is embedded), the contacts page of its own, or the licences list with the
/// licence's row open (its search, sort, filters and page kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContactsBack {
    Licence,
    Contacts,
    List(Box<super::LicenceList>),
}

impl ContactsBack {
    /// The value of the `back` field: a word, or the list's link.
    pub fn as_param(&self) -> String {
        match self {
            ContactsBack::Licence => "licence".to_owned(),
            ContactsBack::Contacts => "contacts".to_owned(),
            ContactsBack::List(list) => super::Route::Licences((**list).clone()).path(),
        }
    }

    /// "licence", or a link to the licences list (read as the list reads its own link, so
    /// nothing but a list of ours is ever a way back); anything else goes back to the contacts
    /// page, which always exists.
    pub fn parse(value: &str) -> ContactsBack {
        if value == "licence" {
            return ContactsBack::Licence;
        }
        if (value.starts_with("/licences?") || value == "/licences")
            && let Ok(super::Route::Licences(list)) =
                super::Route::parse_url(super::Method::Get, value)
        {
            return ContactsBack::List(Box::new(list));
        }
        ContactsBack::Contacts
    }

    pub fn path(&self, licence: LicenceId) -> String {
        match self {
            ContactsBack::Licence => super::Route::Licence(licence).path(),
            ContactsBack::Contacts => PeopleRoute::Contacts(licence).path(),
            ContactsBack::List(list) => list.opened(Some(licence)).path_to_open_row(),
        }
    }
}

/// The filters of the audit log and its page. The filters are what was typed, trimmed: the
/// page checks them and answers a wrong one next to its field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditQuery {
    pub licence: String,
    pub account: String,
    pub action: String,
    pub from: String,
    pub to: String,
    pub page: i64,
}

impl AuditQuery {
    /// The filters as a link at `path` (the page's, or the API's): empty ones left out.
    pub fn link(&self, path: &str) -> String {
        let page = page_pair(self.page);
        let pairs = [
            ("licence", self.licence.as_str()),
            ("account", self.account.as_str()),
            ("action", self.action.as_str()),
            ("from", self.from.as_str()),
            ("to", self.to.as_str()),
            ("page", page.as_deref().unwrap_or("")),
        ];
        let pairs = pairs.into_iter().filter(|(_, value)| !value.is_empty());
        with_query(path, pairs)
    }

    /// The filters a link's query carries; the page checks each and answers a wrong one next
    /// to its field.
    pub(super) fn parse(query: Query<'_>) -> Result<AuditQuery, QueryError> {
        let text = |name| query.get(name).unwrap_or("").trim().to_owned();
        Ok(AuditQuery {
            licence: text("licence"),
            account: text("account"),
            action: text("action"),
            from: text("from"),
            to: text("to"),
            page: query.page()?,
        })
    }
}

impl Default for AuditQuery {
    fn default() -> AuditQuery {
        AuditQuery {
            licence: String::new(),
            account: String::new(),
            action: String::new(),
            from: String::new(),
            to: String::new(),
            page: 1,
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
    /// Making a personal access token (POST; the answer shows its secret once).
    Tokens,
    /// The confirmation page before revoking one of one's own tokens (GET), and revoking (POST).
    TokenRevoke(i64),
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
    /// Inviting a new user (POST; the form is on the administration page).
    AdminNewUser,
    /// The confirmation page before making an account an administrator or an administrator no
    /// longer (GET), and doing it (POST).
    AdminRole(AccountId),
    /// Mailing an account a password-reset link (POST).
    AdminResetLink(AccountId),
    AdminAudit(AuditQuery),
    AdminOutbox {
        state: Option<MailState>,
        page: i64,
    },
    AdminMail(i64),
    AdminMailEml(i64),
    AdminMailRetry(i64),
    /// Every mail of the outbox (of one state, or all) as `.eml` files in a zip.
    AdminOutboxZip {
        state: Option<MailState>,
    },
}

impl PeopleRoute {
    pub fn path(&self) -> String {
        self.to_string()
    }

    /// The first page of the outbox, unfiltered.
    pub const OUTBOX: PeopleRoute = PeopleRoute::AdminOutbox {
        state: None,
        page: 1,
    };

    /// The first page of the audit log, unfiltered.
    pub fn audit() -> PeopleRoute {
        PeopleRoute::AdminAudit(AuditQuery::default())
    }
}

fn choice(path: &str, role: ContactRole, account: AccountId, back: &ContactsBack) -> String {
    let account = account.to_string();
    let back = back.as_param();
    with_query(
        path,
        [
            ("role", role.as_str()),
            ("account", account.as_str()),
            ("back", back.as_str()),
        ],
    )
}

impl fmt::Display for PeopleRoute {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PeopleRoute::Contacts(id) => write!(f, "/licences/{id}/contacts"),
            PeopleRoute::ConfirmRemove {
                licence,
                role,
                account,
                back,
            } => f.write_str(&choice(
                &PeopleRoute::Remove(*licence).path(),
                *role,
                *account,
                back,
            )),
            PeopleRoute::Remove(id) => write!(f, "/licences/{id}/contacts/remove"),
            PeopleRoute::ConfirmPrimary {
                licence,
                role,
                account,
                back,
            } => f.write_str(&choice(
                &PeopleRoute::Primary(*licence).path(),
                *role,
                *account,
                back,
            )),
            PeopleRoute::Primary(id) => write!(f, "/licences/{id}/contacts/primary"),
            PeopleRoute::Forgot => f.write_str("/forgot"),
            PeopleRoute::Profile => f.write_str("/account"),
            PeopleRoute::Password => f.write_str("/account/password"),
            PeopleRoute::Tokens => f.write_str("/account/tokens"),
            PeopleRoute::TokenRevoke(id) => write!(f, "/account/tokens/{id}/revoke"),
            PeopleRoute::Consolidate => f.write_str("/consolidate"),
            PeopleRoute::ConsolidateFrom(email) => {
                f.write_str(&with_query("/consolidate", [("from", email.as_str())]))
            }
            PeopleRoute::ConsolidatePreview => f.write_str("/consolidate/preview"),
            PeopleRoute::ConsolidateRequests => f.write_str("/consolidate/requests"),
            PeopleRoute::ConsolidateApply => f.write_str("/consolidate/apply"),
            PeopleRoute::ConsolidateRequest(id) => write!(f, "/consolidate/requests/{id}"),
            PeopleRoute::ConsolidateAccept(id) => write!(f, "/consolidate/requests/{id}/accept"),
            PeopleRoute::ConsolidateDecline(id) => {
                write!(f, "/consolidate/requests/{id}/decline")
            }
            PeopleRoute::ConsolidateCancel(id) => write!(f, "/consolidate/requests/{id}/cancel"),
            PeopleRoute::AdminDisable(id) => write!(f, "/admin/accounts/{id}/disable"),
            PeopleRoute::AdminEnable(id) => write!(f, "/admin/accounts/{id}/enable"),
            PeopleRoute::AdminInvite(id) => write!(f, "/admin/accounts/{id}/invite"),
            PeopleRoute::AdminNewUser => f.write_str("/admin/accounts"),
            PeopleRoute::AdminRole(id) => write!(f, "/admin/accounts/{id}/admin"),
            PeopleRoute::AdminResetLink(id) => write!(f, "/admin/accounts/{id}/reset-link"),
            PeopleRoute::AdminAudit(query) => f.write_str(&query.link("/admin/audit")),
            PeopleRoute::AdminOutbox { state, page } => {
                let page = page_pair(*page);
                let pairs = [
                    ("state", state.map(MailState::as_str)),
                    ("page", page.as_deref()),
                ];
                let pairs = pairs.into_iter().filter_map(|(k, v)| Some((k, v?)));
                f.write_str(&with_query("/admin/outbox", pairs))
            }
            PeopleRoute::AdminMail(id) => write!(f, "/admin/outbox/{id}"),
            PeopleRoute::AdminMailEml(id) => write!(f, "/admin/outbox/{id}/eml"),
            PeopleRoute::AdminMailRetry(id) => write!(f, "/admin/outbox/{id}/retry"),
            PeopleRoute::AdminOutboxZip { state } => {
                let pairs = state.map(|state| ("state", state.as_str()));
                f.write_str(&with_query("/admin/outbox.zip", pairs))
            }
        }
    }
}

/// The role, account and way back of a contact confirmation page, from its query.
fn parse_choice(query: Query<'_>) -> Result<(ContactRole, AccountId, ContactsBack), QueryError> {
    let role = ContactRole::parse(query.get("role").unwrap_or("")).ok_or(QueryError::Role)?;
    let account = query
        .get("account")
        .unwrap_or("")
        .parse()
        .map_err(|_| QueryError::Account)?;
    let back = ContactsBack::parse(query.get("back").unwrap_or(""));
    Ok((role, account, back))
}

/// The state an outbox link narrows to, if any.
fn mail_state(query: Query<'_>) -> Result<Option<MailState>, QueryError> {
    match query.get("state") {
        None | Some("") => Ok(None),
        Some(state) => Ok(Some(MailState::parse(state).ok_or(QueryError::MailState)?)),
    }
}

/// The people half of the routing table (see `super::parse_segments`).
pub(super) fn parse_segments(
    kind: Kind,
    segments: &[&str],
    query: Query<'_>,
) -> Result<Option<PeopleRoute>, QueryError> {
    use Kind::{Post, Read};
    let number = |raw: &str| raw.parse::<i64>().ok();
    let route = match (segments, kind) {
        (["licences", raw, "contacts", rest @ ..], _) => {
            let Ok(licence) = raw.parse::<LicenceId>() else {
                return Ok(None);
            };
            match (rest, kind) {
                ([], Read | Post) => PeopleRoute::Contacts(licence),
                (["remove"], Read) => {
                    let (role, account, back) = parse_choice(query)?;
                    PeopleRoute::ConfirmRemove {
                        licence,
                        role,
                        account,
                        back,
                    }
                }
                (["remove"], Post) => PeopleRoute::Remove(licence),
                (["primary"], Read) => {
                    let (role, account, back) = parse_choice(query)?;
                    PeopleRoute::ConfirmPrimary {
                        licence,
                        role,
                        account,
                        back,
                    }
                }
                (["primary"], Post) => PeopleRoute::Primary(licence),
                _ => return Ok(None),
            }
        }
        (["forgot"], Read | Post) => PeopleRoute::Forgot,
        (["account"], Read | Post) => PeopleRoute::Profile,
        (["account", "password"], Read | Post) => PeopleRoute::Password,
        (["account", "tokens"], Post) => PeopleRoute::Tokens,
        (["account", "tokens", raw, "revoke"], Read | Post) => match number(raw) {
            Some(id) => PeopleRoute::TokenRevoke(id),
            None => return Ok(None),
        },
        (["consolidate"], Read) => match query.get("from") {
            Some(from) => PeopleRoute::ConsolidateFrom(from.to_owned()),
            None => PeopleRoute::Consolidate,
        },
        (["consolidate", "preview"], Read) => PeopleRoute::ConsolidatePreview,
        (["consolidate", "requests"], Post) => PeopleRoute::ConsolidateRequests,
        (["consolidate", "apply"], Post) => PeopleRoute::ConsolidateApply,
        (["consolidate", "requests", raw, rest @ ..], _) => {
            let Some(id) = number(raw) else {
                return Ok(None);
            };
            match (rest, kind) {
                ([], Read) => PeopleRoute::ConsolidateRequest(id),
                (["accept"], Post) => PeopleRoute::ConsolidateAccept(id),
                (["decline"], Post) => PeopleRoute::ConsolidateDecline(id),
                (["cancel"], Post) => PeopleRoute::ConsolidateCancel(id),
                _ => return Ok(None),
            }
        }
        (["admin", "accounts"], Post) => PeopleRoute::AdminNewUser,
        (["admin", "accounts", raw, rest @ ..], _) => {
            let Ok(account) = raw.parse::<AccountId>() else {
                return Ok(None);
            };
            match (rest, kind) {
                (["disable"], Read | Post) => PeopleRoute::AdminDisable(account),
                (["enable"], Post) => PeopleRoute::AdminEnable(account),
                (["invite"], Post) => PeopleRoute::AdminInvite(account),
                (["admin"], Read | Post) => PeopleRoute::AdminRole(account),
                (["reset-link"], Post) => PeopleRoute::AdminResetLink(account),
                _ => return Ok(None),
            }
        }
        (["admin", "audit"], Read) => PeopleRoute::AdminAudit(AuditQuery::parse(query)?),
        (["admin", "outbox"], Read) => PeopleRoute::AdminOutbox {
            state: mail_state(query)?,
            page: query.page()?,
        },
        (["admin", "outbox.zip"], Read) => PeopleRoute::AdminOutboxZip {
            state: mail_state(query)?,
        },
        (["admin", "outbox", raw, rest @ ..], _) => {
            let Some(id) = number(raw) else {
                return Ok(None);
            };
            match (rest, kind) {
                ([], Read) => PeopleRoute::AdminMail(id),
                (["eml"], Read) => PeopleRoute::AdminMailEml(id),
                (["retry"], Post) => PeopleRoute::AdminMailRetry(id),
                _ => return Ok(None),
            }
        }
        _ => return Ok(None),
    };
    Ok(Some(route))
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
        assert_eq!(
            ContactsBack::parse("https://elsewhere.example/licences?q=x"),
            ContactsBack::Contacts
        );
        assert_eq!(
            ContactsBack::parse("/licences?sort=nonsense"),
            ContactsBack::Contacts
        );
        let list = super::super::LicenceList {
            search: "SEN-1".into(),
            open: Some(LicenceId(4)),
            ..Default::default()
        };
        let back = ContactsBack::List(Box::new(list));
        assert_eq!(back.as_param(), "/licences?q=SEN-1&open=4");
        assert_eq!(ContactsBack::parse(&back.as_param()), back);
        assert_eq!(
            back.path(LicenceId(4)),
            "/licences?q=SEN-1&open=4#licence-4"
        );
    }
}
