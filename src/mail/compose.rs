//! The text of every mail, from the recipient's language catalogue. Plain text: a greeting, what
//! happened, the link to act on, why the mail came, and a signature.

use jiff::civil::Date;

use super::{Outgoing, Sender};
use crate::domain::mail::MailKind;
use crate::domain::{Account, ContactRole, Licence};
use crate::i18n::{self, fill};
use crate::paths::Route;

/// How people recognise a licence in a sentence: its SEN, or its name when it has none.
pub fn licence_label(licence: &Licence) -> String {
    licence
        .sen
        .clone()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| licence.name.clone())
}

/// A person as a mail names them: "Ann Lee (ann@example.com)", or the address alone.
pub fn person(account: &Account) -> String {
    if account.display_name.trim().is_empty() {
        account.email.to_string()
    } else {
        format!("{} ({})", account.display_name.trim(), account.email)
    }
}

fn body(cat: &i18n::Catalogue, paragraphs: &[&str]) -> String {
    let p = cat.people;
    let mut text = format!("{}\n\n", p.mail_greeting);
    for paragraph in paragraphs.iter().filter(|p| !p.is_empty()) {
        text.push_str(paragraph);
        text.push_str("\n\n");
    }
    text.push_str(p.mail_signature);
    text.push('\n');
    text
}

fn to_account(
    kind: MailKind,
    to: &Account,
    licence: Option<&Licence>,
    subject: String,
    body: String,
) -> Outgoing {
    Outgoing {
        kind,
        to: to.email.clone(),
        account_id: Some(to.id),
        licence_id: licence.map(|l| l.id),
        subject,
        body,
    }
}

fn licence_link(sender: Sender<'_>, licence: &Licence) -> String {
    sender.link(&Route::Licence(licence.id).path())
}

/// Why someone is invited.
pub enum InvitedBy<'a> {
    /// A contact of a licence added their address.
    Contact {
        actor: &'a Account,
        role: ContactRole,
        licence: &'a Licence,
    },
    Administrator,
}

pub fn invitation(to: &Account, invited_by: &InvitedBy<'_>, link: &str) -> Outgoing {
    let cat = i18n::catalogue(&to.language);
    let p = cat.people;
    let (reason, licence) = match invited_by {
        InvitedBy::Contact {
            actor,
            role,
            licence,
        } => (
            fill(
                p.mail_invitation_by_contact,
                &[
                    ("actor", &person(actor)),
                    ("role", &p.role(*role)),
                    ("licence", &licence_label(licence)),
                    ("name", &licence.name),
                ],
            ),
            Some(*licence),
        ),
        InvitedBy::Administrator => (p.mail_invitation_by_admin.to_owned(), None),
    };
    let action = fill(p.mail_invitation_body, &[("email", &to.email)]);
    let text = body(cat, &[&reason, &format!("{action}\n{link}"), p.mail_ignore]);
    to_account(
        MailKind::Invitation,
        to,
        licence,
        p.mail_invitation_subject.to_owned(),
        text,
    )
}

pub fn reset(to: &Account, link: &str) -> Outgoing {
    let cat = i18n::catalogue(&to.language);
    let p = cat.people;
    let action = fill(p.mail_reset_body, &[("email", &to.email)]);
    let text = body(cat, &[&format!("{action}\n{link}"), p.mail_reset_ignore]);
    to_account(
        MailKind::Reset,
        to,
        None,
        p.mail_reset_subject.to_owned(),
        text,
    )
}

pub fn contact_added(
    sender: Sender<'_>,
    to: &Account,
    actor: &Account,
    role: ContactRole,
    licence: &Licence,
) -> Outgoing {
    let cat = i18n::catalogue(&to.language);
    let p = cat.people;
    let label = licence_label(licence);
    let values: [(&str, &dyn std::fmt::Display); 4] = [
        ("actor", &person(actor)),
        ("role", &p.role(role)),
        ("licence", &label),
        ("name", &licence.name),
    ];
    let what = fill(p.mail_contact_added_body, &values);
    let text = body(
        cat,
        &[&format!("{what}\n{}", licence_link(sender, licence))],
    );
    to_account(
        MailKind::ContactAdded,
        to,
        Some(licence),
        fill(p.mail_contact_added_subject, &values),
        text,
    )
}

/// To an invited account that already has an outstanding invitation, added as a contact of
/// one more licence: the earlier link stays the one to use, so this mail carries none.
pub fn contact_added_invited(
    to: &Account,
    actor: &Account,
    role: ContactRole,
    licence: &Licence,
    invitation_expires_at: i64,
) -> Outgoing {
    let cat = i18n::catalogue(&to.language);
    let p = cat.people;
    let label = licence_label(licence);
    let expires = jiff::Timestamp::from_second(invitation_expires_at)
        .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_default();
    let values: [(&str, &dyn std::fmt::Display); 5] = [
        ("actor", &person(actor)),
        ("role", &p.role(role)),
        ("licence", &label),
        ("name", &licence.name),
        ("expires", &expires),
    ];
    let text = body(
        cat,
        &[
            &fill(p.mail_contact_added_invited_body, &values),
            p.mail_ignore,
        ],
    );
    to_account(
        MailKind::ContactAdded,
        to,
        Some(licence),
        fill(p.mail_contact_added_subject, &values),
        text,
    )
}

pub fn contact_removed(
    to: &Account,
    actor: &Account,
    role: ContactRole,
    licence: &Licence,
) -> Outgoing {
    let cat = i18n::catalogue(&to.language);
    let p = cat.people;
    let label = licence_label(licence);
    let values: [(&str, &dyn std::fmt::Display); 4] = [
        ("actor", &person(actor)),
        ("role", &p.role(role)),
        ("licence", &label),
        ("name", &licence.name),
    ];
    let text = body(cat, &[&fill(p.mail_contact_removed_body, &values)]);
    to_account(
        MailKind::ContactRemoved,
        to,
        Some(licence),
        fill(p.mail_contact_removed_subject, &values),
        text,
    )
}

/// To the primary who became secondary (seed 002: "A notification email will be sent to ...").
pub fn primary_to_previous(
    sender: Sender<'_>,
    to: &Account,
    actor: &Account,
    new_primary: &Account,
    role: ContactRole,
    licence: &Licence,
) -> Outgoing {
    let cat = i18n::catalogue(&to.language);
    let p = cat.people;
    let label = licence_label(licence);
    let values: [(&str, &dyn std::fmt::Display); 5] = [
        ("actor", &person(actor)),
        ("email", &new_primary.email),
        ("role", &p.role(role)),
        ("licence", &label),
        ("name", &licence.name),
    ];
    let what = fill(p.mail_primary_previous_body, &values);
    let text = body(
        cat,
        &[
            &what,
            &format!("{}\n{}", p.mail_licence_link, licence_link(sender, licence)),
        ],
    );
    to_account(
        MailKind::PrimaryChanged,
        to,
        Some(licence),
        fill(p.mail_primary_previous_subject, &values),
        text,
    )
}

/// To the new primary, when someone else promoted them.
pub fn primary_to_new(
    sender: Sender<'_>,
    to: &Account,
    actor: &Account,
    role: ContactRole,
    licence: &Licence,
) -> Outgoing {
    let cat = i18n::catalogue(&to.language);
    let p = cat.people;
    let label = licence_label(licence);
    let values: [(&str, &dyn std::fmt::Display); 4] = [
        ("actor", &person(actor)),
        ("role", &p.role(role)),
        ("licence", &label),
        ("name", &licence.name),
    ];
    let what = fill(p.mail_primary_new_body, &values);
    let text = body(
        cat,
        &[
            &what,
            &format!("{}\n{}", p.mail_licence_link, licence_link(sender, licence)),
        ],
    );
    to_account(
        MailKind::PrimaryChanged,
        to,
        Some(licence),
        fill(p.mail_primary_new_subject, &values),
        text,
    )
}

/// Which expiry a reminder is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expiring {
    Support,
    Evaluation,
}

pub fn reminder(
    sender: Sender<'_>,
    to: &Account,
    licence: &Licence,
    expiring: Expiring,
    expiry: Date,
    days_left: i32,
) -> Outgoing {
    let cat = i18n::catalogue(&to.language);
    let p = cat.people;
    let label = licence_label(licence);
    let days = p.days(days_left);
    let values: [(&str, &dyn std::fmt::Display); 5] = [
        ("licence", &label),
        ("product", &licence.product),
        ("name", &licence.name),
        ("date", &expiry),
        ("days", &days),
    ];
    let (kind, subject, what, schedule) = match expiring {
        Expiring::Support => (
            MailKind::SupportReminder,
            p.mail_support_subject,
            p.mail_support_body,
            crate::domain::reminders::SUPPORT_DAYS.as_slice(),
        ),
        Expiring::Evaluation => (
            MailKind::EvaluationReminder,
            p.mail_evaluation_subject,
            p.mail_evaluation_body,
            crate::domain::reminders::EVALUATION_DAYS.as_slice(),
        ),
    };
    let schedule = schedule
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let why = fill(p.mail_reminder_why, &[("schedule", &schedule)]);
    let text = body(
        cat,
        &[
            &fill(what, &values),
            &format!("{}\n{}", p.mail_licence_link, licence_link(sender, licence)),
            &why,
        ],
    );
    to_account(kind, to, Some(licence), fill(subject, &values), text)
}

fn list(labels: &[String]) -> String {
    labels
        .iter()
        .map(|l| format!("  - {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// To the receiving account: a request waits for its decision.
pub fn consolidation_request(
    to: &Account,
    source: &Account,
    licences: &[String],
    link: &str,
) -> Outgoing {
    let cat = i18n::catalogue(&to.language);
    let p = cat.people;
    let values: [(&str, &dyn std::fmt::Display); 2] =
        [("source", &person(source)), ("target", &to.email)];
    let what = format!("{}\n{}", fill(p.mail_request_body, &values), list(licences));
    let text = body(
        cat,
        &[
            &what,
            &format!("{}\n{link}", p.mail_request_action),
            p.mail_ignore,
        ],
    );
    to_account(
        MailKind::Consolidation,
        to,
        None,
        fill(p.mail_request_subject, &values),
        text,
    )
}

/// To both accounts of an applied consolidation.
pub fn consolidation_applied(
    to: &Account,
    actor: &Account,
    source: &Account,
    target: &Account,
    licences: &[String],
) -> Outgoing {
    let cat = i18n::catalogue(&to.language);
    let p = cat.people;
    let values: [(&str, &dyn std::fmt::Display); 3] = [
        ("actor", &person(actor)),
        ("source", &source.email),
        ("target", &target.email),
    ];
    let what = format!("{}\n{}", fill(p.mail_moved_body, &values), list(licences));
    let text = body(cat, &[&what, p.mail_moved_orders]);
    to_account(
        MailKind::Consolidation,
        to,
        None,
        fill(p.mail_moved_subject, &values),
        text,
    )
}
