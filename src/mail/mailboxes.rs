//! Mail to role mailboxes: the addresses an organisation (or the portal) names to receive its
//! reminders and notices without being accounts. Each gets its copy in the mailbox's language,
//! through the outbox with no account; nothing sent to one carries an account's link (a link to
//! a licence's page is fine: it still asks for a sign-in). An address that already received the
//! same mail in the same event (a contact's own address named as a mailbox too) is left out.

use std::collections::BTreeSet;

use jiff::civil::Date;
use rusqlite::Connection;

use super::compose::{
    self, Expiring, ReminderReader, body, licence_label, licence_paragraph, person,
};
use super::{Outgoing, Sender, queue};
use crate::domain::data_center_end::CutoffLine;
use crate::domain::lifecycle::Cutoff;
use crate::domain::mail::MailKind;
use crate::domain::mailbox::RoleMailbox;
use crate::domain::{Account, ContactRole, Licence, OrganisationId};
use crate::store;
use crate::tr;

/// The addresses already sent this event's mail, lower-cased as `Email` keeps them.
pub type Mailed = BTreeSet<String>;

/// The mailboxes a licence's reminders reach: its organisation's, then the portal's, each
/// address once.
pub fn of_licence(conn: &Connection, licence: &Licence) -> rusqlite::Result<Vec<RoleMailbox>> {
    let mut mailboxes = match &licence.belongs_to {
        Some(organisation) => store::mailboxes::of(conn, Some(organisation.id))?,
        None => Vec::new(),
    };
    for portal in store::mailboxes::of(conn, None)? {
        if !mailboxes.iter().any(|m| m.address == portal.address) {
            mailboxes.push(portal);
        }
    }
    Ok(mailboxes)
}

fn to_mailbox(
    kind: MailKind,
    mailbox: &RoleMailbox,
    licence: Option<&Licence>,
    subject: String,
    body: String,
) -> Outgoing {
    Outgoing {
        kind,
        to: mailbox.address.clone(),
        account_id: None,
        licence_id: licence.map(|l| l.id),
        subject,
        body,
    }
}

/// Queues a licence's reminder to its organisation's and the portal's mailboxes that `mailed`
/// does not hold yet (and adds them to it). The number of mails queued.
#[allow(clippy::too_many_arguments)]
pub fn queue_reminder(
    conn: &Connection,
    sender: Sender<'_>,
    licence: &Licence,
    expiring: Expiring,
    expiry: Date,
    days_left: i32,
    cutoffs: &[CutoffLine],
    mailed: &mut Mailed,
    now: i64,
) -> rusqlite::Result<usize> {
    let mut mails = 0;
    for mailbox in of_licence(conn, licence)? {
        if !mailed.insert(mailbox.address.to_string()) {
            continue;
        }
        let organisation = match (mailbox.organisation_id, &licence.belongs_to) {
            (Some(_), Some(organisation)) => Some(organisation.name.as_str()),
            _ => None,
        };
        let (kind, subject, text) = compose::reminder_text(
            sender,
            mailbox.language,
            ReminderReader::Mailbox { organisation },
            licence,
            expiring,
            expiry,
            days_left,
            cutoffs,
        );
        let mail = to_mailbox(kind, &mailbox, Some(licence), subject, text);
        queue(conn, sender, &mail, now)?;
        mails += 1;
    }
    Ok(mails)
}

/// Queues an administrators' cut-off reminder to the portal's mailboxes that `mailed` does not
/// hold yet. The number of mails queued.
pub fn queue_cutoff_reminder(
    conn: &Connection,
    sender: Sender<'_>,
    cutoff: &Cutoff,
    days_left: i32,
    licences: usize,
    mailed: &mut Mailed,
    now: i64,
) -> rusqlite::Result<usize> {
    let mut mails = 0;
    for mailbox in store::mailboxes::of(conn, None)? {
        if !mailed.insert(mailbox.address.to_string()) {
            continue;
        }
        let (subject, text) = compose::cutoff_reminder_text(
            sender,
            mailbox.language,
            true,
            cutoff,
            days_left,
            licences,
        );
        let mail = to_mailbox(MailKind::CutoffReminder, &mailbox, None, subject, text);
        queue(conn, sender, &mail, now)?;
        mails += 1;
    }
    Ok(mails)
}

/// A change of a licence's contacts that its organisation's mailboxes get a copy of.
#[derive(Debug, Clone, Copy)]
pub enum ContactChange<'a> {
    Added {
        contact: &'a Account,
        role: ContactRole,
    },
    Removed {
        contact: &'a Account,
        role: ContactRole,
    },
    PrimaryChanged {
        contact: &'a Account,
        role: ContactRole,
    },
}

/// Queues the record of a change of a licence's contacts to its organisation's mailboxes that
/// were not mailed in the same change (`mailed`: the addresses the people concerned were
/// mailed at). Worded for the record: the mailbox was not added or removed itself.
pub fn queue_contact_copy(
    conn: &Connection,
    sender: Sender<'_>,
    actor: &Account,
    licence: &Licence,
    change: ContactChange<'_>,
    mailed: &Mailed,
    now: i64,
) -> rusqlite::Result<usize> {
    let Some(organisation) = &licence.belongs_to else {
        return Ok(0);
    };
    let mut mails = 0;
    let label = licence_label(licence);
    for mailbox in store::mailboxes::of(conn, Some(organisation.id))? {
        if mailed.contains(mailbox.address.as_str()) {
            continue;
        }
        let lang = mailbox.language;
        let (actor, name) = (person(lang, actor), licence.name.as_str());
        let (kind, what) = match change {
            ContactChange::Added { contact, role } => (
                MailKind::ContactAdded,
                tr!(
                    lang,
                    "mailbox-mail-contact-added",
                    actor = actor,
                    email = contact.email.to_string(),
                    role = role.as_str(),
                    licence = label.as_str(),
                    name = name
                ),
            ),
            ContactChange::Removed { contact, role } => (
                MailKind::ContactRemoved,
                tr!(
                    lang,
                    "mailbox-mail-contact-removed",
                    actor = actor,
                    email = contact.email.to_string(),
                    role = role.as_str(),
                    licence = label.as_str(),
                    name = name
                ),
            ),
            ContactChange::PrimaryChanged { contact, role } => (
                MailKind::PrimaryChanged,
                tr!(
                    lang,
                    "mailbox-mail-primary-changed",
                    actor = actor,
                    email = contact.email.to_string(),
                    role = role.as_str(),
                    licence = label.as_str(),
                    name = name
                ),
            ),
        };
        let why = tr!(
            lang,
            "mailbox-mail-contacts-why",
            organisation = organisation.name.as_str()
        );
        let text = body(
            lang,
            &[&what, &licence_paragraph(lang, sender, licence), &why],
        );
        let subject = tr!(
            lang,
            "mailbox-mail-contacts-subject",
            licence = label.as_str()
        );
        let mail = to_mailbox(kind, &mailbox, Some(licence), subject, text);
        queue(conn, sender, &mail, now)?;
        mails += 1;
    }
    Ok(mails)
}

/// The mailboxes of an organisation that `mailed` does not hold yet (which it then does).
pub fn of_organisation_unmailed(
    conn: &Connection,
    organisation: OrganisationId,
    mailed: &mut Mailed,
) -> rusqlite::Result<Vec<RoleMailbox>> {
    Ok(store::mailboxes::of(conn, Some(organisation))?
        .into_iter()
        .filter(|m| mailed.insert(m.address.to_string()))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lifecycle::parse_cutoffs;
    use crate::domain::{AccountState, Deployment, Language, LicenceFields};
    use crate::store::accounts::{self, NewAccount};
    use crate::store::mailboxes::{NewMailbox, add};

    const SENDER: Sender<'static> = Sender {
        from: "licensedesk@localhost",
        base_url: "http://portal.example",
    };

    const CUTOFFS: &str = "\
event,applies_to,except,date,source_url,reported_by
dc-last-purchase,data-center,,2027-03-01,https://example.com/last,Partners
";

    fn mailbox(conn: &Connection, organisation: Option<OrganisationId>, address: &str) {
        add(
            conn,
            &NewMailbox {
                organisation_id: organisation,
                address: &crate::domain::Email::parse(address).unwrap(),
                language: Language::De,
                created_by: "admin@example.com",
            },
            0,
        )
        .unwrap()
        .unwrap();
    }

    #[test]
    fn a_cutoff_reminder_reaches_the_portals_mailboxes_once_and_no_organisations() {
        let mut conn = store::open_in_memory().unwrap();
        let cutoffs = parse_cutoffs(CUTOFFS).unwrap();
        accounts::insert(
            &conn,
            &NewAccount {
                email: &crate::domain::Email::parse("boss@x.com").unwrap(),
                display_name: "",
                password_hash: None,
                is_admin: true,
                state: AccountState::Active,
            },
            0,
        )
        .unwrap();
        let licence = store::licences::insert(
            &conn,
            &LicenceFields {
                deployment: Deployment::DataCenter,
                organisation: "Acme".into(),
                support_expiry: Some(jiff::civil::date(2028, 1, 1)),
                licence_expiry: Some(jiff::civil::date(2028, 1, 1)),
                ..LicenceFields::sample("SEN-900")
            },
            0,
        )
        .unwrap();
        let acme = store::licences::by_id(&conn, licence)
            .unwrap()
            .unwrap()
            .belongs_to
            .unwrap()
            .id;
        mailbox(&conn, None, "ops@x.com");
        // An administrator's own address as a mailbox gets the administrator's mail only.
        mailbox(&conn, None, "boss@x.com");
        mailbox(&conn, Some(acme), "licences@acme.example");
        let today = jiff::civil::date(2026, 12, 2);
        let queued =
            super::super::reminders::run_cutoffs(&mut conn, SENDER, &cutoffs, today, 10).unwrap();
        assert_eq!(queued.len(), 1);
        assert_eq!(queued[0].mails, 2);
        let mails = store::outbox::all(&conn).unwrap();
        let to: Vec<(&str, Option<crate::domain::AccountId>)> = mails
            .iter()
            .map(|m| (m.to_address.as_str(), m.account_id))
            .collect();
        assert_eq!(to.len(), 2, "{to:?}");
        assert!(to.iter().any(|(a, id)| *a == "boss@x.com" && id.is_some()));
        let ops = mails.iter().find(|m| m.to_address == "ops@x.com").unwrap();
        assert_eq!(ops.account_id, None);
        assert_eq!(ops.kind, "cutoff-reminder");
        assert!(
            ops.body.contains("Funktionspostfächer"),
            "written in the mailbox's language: {}",
            ops.body
        );
        assert!(
            ops.body
                .contains("http://portal.example/admin/end-of-data-center")
        );
        // Run again: nothing new.
        let again =
            super::super::reminders::run_cutoffs(&mut conn, SENDER, &cutoffs, today, 20).unwrap();
        assert!(again.is_empty());
        assert_eq!(store::outbox::all(&conn).unwrap().len(), 2);
    }
}
