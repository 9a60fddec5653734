//! The mail about who reaches an organisation's licences: a new manager is told, the managers
//! are told when a consultant's access starts and when it ends, and the consultant gets the
//! link to the licences. The end of a grant is found by [`tell_ended`], which the periodic
//! reminder run calls; each grant's end is told once (`organisation_access.end_told_at`).

use jiff::civil::Date;
use rusqlite::{Connection, TransactionBehavior};

use super::compose::{body, language_of, person, to_account};
use super::{Outgoing, Sender, queue};
use crate::domain::mail::MailKind;
use crate::domain::{Account, OrganisationId};
use crate::i18n::{Language, format};
use crate::paths::{AccessRoute, Route};
use crate::store;
use crate::tr;

/// A consultant's access as the mails about its start describe it.
pub struct GrantNotice<'a> {
    pub organisation_id: OrganisationId,
    pub organisation: &'a str,
    pub consultant: &'a Account,
    pub granted_by: &'a Account,
    /// The last day of the access.
    pub until: Date,
    pub with_keys: bool,
}

/// "Who has access to the organisation:" and the link to its people page.
fn people_link(lang: Language, sender: Sender<'_>, organisation: OrganisationId) -> String {
    format!(
        "{}\n{}",
        tr!(lang, "org-access-mail-people-link"),
        sender.link(&Route::OrganisationAccess(AccessRoute::People(organisation)).path())
    )
}

fn mail(to: &Account, subject: String, text: String) -> Outgoing {
    to_account(MailKind::OrganisationAccess, to, None, subject, text)
}

/// To a manager of the organisation: who was given access, until when, with or without keys,
/// and by whom.
pub fn grant_started_to_manager(
    sender: Sender<'_>,
    to: &Account,
    notice: &GrantNotice<'_>,
) -> Outgoing {
    let lang = language_of(to);
    let what = tr!(
        lang,
        "org-access-mail-started-body",
        consultant = person(lang, notice.consultant),
        organisation = notice.organisation,
        until = format::date(lang, notice.until),
        keys = if notice.with_keys { "with" } else { "without" },
        actor = person(lang, notice.granted_by)
    );
    let link = people_link(lang, sender, notice.organisation_id);
    let text = body(lang, &[&what, &link]);
    let subject = tr!(
        lang,
        "org-access-mail-started-subject",
        organisation = notice.organisation
    );
    mail(to, subject, text)
}

/// To the consultant: what they may now read, until when, and the link to the licences.
pub fn grant_started_to_consultant(sender: Sender<'_>, notice: &GrantNotice<'_>) -> Outgoing {
    let to = notice.consultant;
    let lang = language_of(to);
    let what = tr!(
        lang,
        "org-access-mail-granted-body",
        organisation = notice.organisation,
        until = format::date(lang, notice.until),
        keys = if notice.with_keys { "with" } else { "without" },
        actor = person(lang, notice.granted_by)
    );
    let link = format!(
        "{}\n{}",
        tr!(lang, "org-access-mail-licences-link"),
        sender.link(&Route::licences().path())
    );
    let text = body(lang, &[&what, &link]);
    let subject = tr!(
        lang,
        "org-access-mail-granted-subject",
        organisation = notice.organisation
    );
    mail(to, subject, text)
}

/// To an account that was made a manager of an organisation (an invited one gets the
/// invitation instead).
pub fn manager_added(
    sender: Sender<'_>,
    to: &Account,
    by: &Account,
    organisation_id: OrganisationId,
    organisation: &str,
) -> Outgoing {
    let lang = language_of(to);
    let what = tr!(
        lang,
        "org-access-mail-manager-body",
        organisation = organisation,
        actor = person(lang, by)
    );
    let link = people_link(lang, sender, organisation_id);
    let text = body(lang, &[&what, &link]);
    let subject = tr!(
        lang,
        "org-access-mail-manager-subject",
        organisation = organisation
    );
    mail(to, subject, text)
}

/// To a manager of the organisation: a consultant's access has ended (its last day passed, or
/// it was revoked).
pub fn grant_ended_to_manager(
    sender: Sender<'_>,
    to: &Account,
    consultant: &Account,
    organisation_id: OrganisationId,
    organisation: &str,
) -> Outgoing {
    let lang = language_of(to);
    let what = tr!(
        lang,
        "org-access-mail-ended-body",
        consultant = person(lang, consultant),
        organisation = organisation
    );
    let link = people_link(lang, sender, organisation_id);
    let text = body(lang, &[&what, &link]);
    let subject = tr!(
        lang,
        "org-access-mail-ended-subject",
        consultant = consultant.email.to_string(),
        organisation = organisation
    );
    mail(to, subject, text)
}

/// Queues "access ended" to the managers (not disabled) of the organisation of every grant
/// that ended by `now` and was not told yet, and marks each told, in one transaction: run any
/// number of times, from any number of processes, each grant's end is told once.
/// Returns how many grants' ends were told.
pub fn tell_ended(conn: &mut Connection, sender: Sender<'_>, now: i64) -> rusqlite::Result<usize> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let ended = store::organisations::ended_untold(&tx, now)?;
    for grant in &ended {
        let access = &grant.access;
        let organisation = store::organisations::by_id(&tx, access.organisation_id)?;
        let consultant = store::accounts::by_id(&tx, access.account_id)?;
        if let (Some(organisation), Some(consultant)) = (organisation, consultant) {
            tell_managers_ended(&tx, sender, &organisation, &consultant, now)?;
        }
        store::organisations::mark_end_told(&tx, access.id, now)?;
    }
    tx.commit()?;
    Ok(ended.len())
}

/// Queues "access of `consultant` ended" to every manager of the organisation who is not
/// disabled. The caller marks the grant told.
pub fn tell_managers_ended(
    conn: &Connection,
    sender: Sender<'_>,
    organisation: &crate::domain::organisation::Organisation,
    consultant: &Account,
    now: i64,
) -> rusqlite::Result<()> {
    for account in store::organisations::managers_to_tell(conn, organisation.id)? {
        let mail = grant_ended_to_manager(
            sender,
            &account,
            consultant,
            organisation.id,
            &organisation.name,
        );
        queue(conn, sender, &mail, now)?;
    }
    Ok(())
}
