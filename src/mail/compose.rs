//! The text of every mail, in the recipient's language: subject and body come from the message
//! catalogue of the language stored on the account. Plain text: a greeting, what happened, the
//! link to act on, why the mail came, and a signature.

use jiff::civil::Date;

use super::{Outgoing, Sender};
use crate::domain::data_center_end::CutoffLine;
use crate::domain::lifecycle::Cutoff;
use crate::domain::mail::MailKind;
use crate::domain::organisation::AccessRole;
use crate::domain::{Account, ContactRole, Licence};
use crate::i18n::{Language, format};
use crate::paths::Route;
use crate::tr;

/// How people recognise a licence in a sentence: its SEN, or its name when it has none.
pub fn licence_label(licence: &Licence) -> String {
    licence
        .sen
        .clone()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| licence.name.clone())
}

/// A licence as a mail's sentence names it: its name, which names its product already
/// ("Confluence (Server) 500 Users: Commercial License"), with the product before it only when
/// the name does not say it (a licence entered by hand as "wiki"), and its SEN after it when it
/// has one: each said once.
pub fn licence_in_sentence(lang: Language, product: &str, name: &str, sen: Option<&str>) -> String {
    let name = name.trim();
    let named = if name.is_empty() {
        product.to_owned()
    } else if name.to_lowercase().contains(&product.to_lowercase()) {
        name.to_owned()
    } else {
        tr!(
            lang,
            "mail-product-and-name",
            product = product,
            name = name
        )
    };
    match sen.map(str::trim) {
        Some(sen) if !sen.is_empty() && !named.contains(sen) => {
            tr!(lang, "mail-licence-with-sen", name = named, sen = sen)
        }
        _ => named,
    }
}

/// A person as a mail names them: "Ann Lee (ann@example.com)", or the address alone.
pub fn person(lang: Language, account: &Account) -> String {
    let name = account.display_name.trim();
    if name.is_empty() {
        account.email.to_string()
    } else {
        tr!(
            lang,
            "people-mail-person",
            name = name,
            email = account.email.to_string()
        )
    }
}

/// The language a mail to this account is written in: the one chosen on the account.
pub(super) fn language_of(to: &Account) -> Language {
    Language::from_code(&to.language).unwrap_or_default()
}

pub(super) fn body(lang: Language, paragraphs: &[&str]) -> String {
    let mut text = format!("{}\n\n", tr!(lang, "people-mail-greeting"));
    for paragraph in paragraphs.iter().filter(|p| !p.is_empty()) {
        text.push_str(paragraph);
        text.push_str("\n\n");
    }
    text.push_str(&tr!(lang, "people-mail-signature"));
    text.push('\n');
    text
}

pub(super) fn to_account(
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

/// "The licence:" and the link under it.
pub(super) fn licence_paragraph(lang: Language, sender: Sender<'_>, licence: &Licence) -> String {
    format!(
        "{}\n{}",
        tr!(lang, "people-mail-licence-link"),
        licence_link(sender, licence)
    )
}

/// Why someone is invited.
pub enum InvitedBy<'a> {
    /// A contact of a licence added their address.
    Contact {
        actor: &'a Account,
        role: ContactRole,
        licence: &'a Licence,
    },
    /// An administrator or a manager of an organisation gave the address access to it.
    Organisation {
        actor: &'a Account,
        organisation: &'a str,
        role: AccessRole,
    },
    Administrator,
}

pub fn invitation(to: &Account, invited_by: &InvitedBy<'_>, link: &str) -> Outgoing {
    let lang = language_of(to);
    let (reason, licence) = match invited_by {
        InvitedBy::Contact {
            actor,
            role,
            licence,
        } => (
            tr!(
                lang,
                "people-mail-invitation-by-contact",
                actor = person(lang, actor),
                role = role.as_str(),
                licence = licence_label(licence),
                name = licence.name.as_str()
            ),
            Some(*licence),
        ),
        InvitedBy::Organisation {
            actor,
            organisation,
            role,
        } => (
            tr!(
                lang,
                "org-access-mail-invitation-reason",
                actor = person(lang, actor),
                organisation = organisation.to_string(),
                role = role.as_str()
            ),
            None,
        ),
        InvitedBy::Administrator => (tr!(lang, "people-mail-invitation-by-admin"), None),
    };
    let action = tr!(
        lang,
        "people-mail-invitation-body",
        email = to.email.to_string()
    );
    let text = body(
        lang,
        &[
            &reason,
            &format!("{action}\n{link}"),
            &tr!(lang, "people-mail-ignore"),
        ],
    );
    to_account(
        MailKind::Invitation,
        to,
        licence,
        tr!(lang, "people-mail-invitation-subject"),
        text,
    )
}

pub fn reset(to: &Account, link: &str) -> Outgoing {
    let lang = language_of(to);
    let action = tr!(lang, "people-mail-reset-body", email = to.email.to_string());
    let text = body(
        lang,
        &[
            &format!("{action}\n{link}"),
            &tr!(lang, "people-mail-reset-ignore"),
        ],
    );
    to_account(
        MailKind::Reset,
        to,
        None,
        tr!(lang, "people-mail-reset-subject"),
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
    let lang = language_of(to);
    let (role, label) = (role.as_str(), licence_label(licence));
    let what = tr!(
        lang,
        "people-mail-contact-added-body",
        actor = person(lang, actor),
        role = role,
        licence = label.as_str(),
        name = licence.name.as_str()
    );
    let text = body(
        lang,
        &[&format!("{what}\n{}", licence_link(sender, licence))],
    );
    let subject = tr!(
        lang,
        "people-mail-contact-added-subject",
        role = role,
        licence = label
    );
    to_account(MailKind::ContactAdded, to, Some(licence), subject, text)
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
    let lang = language_of(to);
    let (role, label) = (role.as_str(), licence_label(licence));
    let expires = jiff::Timestamp::from_second(invitation_expires_at)
        .map(|t| {
            let utc = t.to_zoned(jiff::tz::TimeZone::UTC).datetime();
            format!("{} UTC", format::stamp(lang, utc))
        })
        .unwrap_or_default();
    let what = tr!(
        lang,
        "people-mail-contact-added-invited-body",
        actor = person(lang, actor),
        role = role,
        licence = label.as_str(),
        name = licence.name.as_str(),
        expires = expires
    );
    let text = body(lang, &[&what, &tr!(lang, "people-mail-ignore")]);
    let subject = tr!(
        lang,
        "people-mail-contact-added-subject",
        role = role,
        licence = label
    );
    to_account(MailKind::ContactAdded, to, Some(licence), subject, text)
}

pub fn contact_removed(
    to: &Account,
    actor: &Account,
    role: ContactRole,
    licence: &Licence,
) -> Outgoing {
    let lang = language_of(to);
    let (role, label) = (role.as_str(), licence_label(licence));
    let what = tr!(
        lang,
        "people-mail-contact-removed-body",
        actor = person(lang, actor),
        role = role,
        licence = label.as_str(),
        name = licence.name.as_str()
    );
    let text = body(lang, &[&what]);
    let subject = tr!(
        lang,
        "people-mail-contact-removed-subject",
        role = role,
        licence = label
    );
    to_account(MailKind::ContactRemoved, to, Some(licence), subject, text)
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
    let lang = language_of(to);
    let (role, label) = (role.as_str(), licence_label(licence));
    let email = new_primary.email.to_string();
    let what = tr!(
        lang,
        "people-mail-primary-previous-body",
        actor = person(lang, actor),
        email = email.as_str(),
        role = role,
        licence = label.as_str(),
        name = licence.name.as_str()
    );
    let text = body(lang, &[&what, &licence_paragraph(lang, sender, licence)]);
    let subject = tr!(
        lang,
        "people-mail-primary-previous-subject",
        email = email,
        role = role,
        licence = label
    );
    to_account(MailKind::PrimaryChanged, to, Some(licence), subject, text)
}

/// To the new primary, when someone else promoted them.
pub fn primary_to_new(
    sender: Sender<'_>,
    to: &Account,
    actor: &Account,
    role: ContactRole,
    licence: &Licence,
) -> Outgoing {
    let lang = language_of(to);
    let (role, label) = (role.as_str(), licence_label(licence));
    let what = tr!(
        lang,
        "people-mail-primary-new-body",
        actor = person(lang, actor),
        role = role,
        licence = label.as_str(),
        name = licence.name.as_str()
    );
    let text = body(lang, &[&what, &licence_paragraph(lang, sender, licence)]);
    let subject = tr!(
        lang,
        "people-mail-primary-new-subject",
        role = role,
        licence = label
    );
    to_account(MailKind::PrimaryChanged, to, Some(licence), subject, text)
}

/// Which expiry a reminder is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expiring {
    Support,
    Evaluation,
}

/// Who a reminder reaches, which its last paragraph says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderReader<'a> {
    /// A contact of the licence.
    Contact,
    /// A role mailbox of the licence's organisation (its name), or of the portal (`None`).
    Mailbox { organisation: Option<&'a str> },
}

/// A reminder of a licence's support or evaluation expiry. `cutoffs` are the lines of the end
/// of Data Center that apply to it (none for a Server licence), each with its source.
pub fn reminder(
    sender: Sender<'_>,
    to: &Account,
    licence: &Licence,
    expiring: Expiring,
    expiry: Date,
    days_left: i32,
    cutoffs: &[CutoffLine],
) -> Outgoing {
    let lang = language_of(to);
    let (kind, subject, text) = reminder_text(
        sender,
        lang,
        ReminderReader::Contact,
        licence,
        expiring,
        expiry,
        days_left,
        cutoffs,
    );
    to_account(kind, to, Some(licence), subject, text)
}

/// The kind, subject and text of a reminder in `lang`, for `reader`.
#[allow(clippy::too_many_arguments)]
pub(super) fn reminder_text(
    sender: Sender<'_>,
    lang: Language,
    reader: ReminderReader<'_>,
    licence: &Licence,
    expiring: Expiring,
    expiry: Date,
    days_left: i32,
    cutoffs: &[CutoffLine],
) -> (MailKind, String, String) {
    let label = licence_label(licence);
    let date = format::date(lang, expiry);
    let name = licence_in_sentence(
        lang,
        &licence.product.to_string(),
        &licence.name,
        licence.sen.as_deref(),
    );
    let (kind, subject, what, schedule) = match expiring {
        Expiring::Support => (
            MailKind::SupportReminder,
            tr!(
                lang,
                "people-mail-support-subject",
                licence = label.as_str(),
                days = days_left
            ),
            tr!(
                lang,
                "people-mail-support-body",
                name = name.as_str(),
                date = date,
                days = days_left
            ),
            crate::domain::reminders::SUPPORT_DAYS.as_slice(),
        ),
        Expiring::Evaluation => (
            MailKind::EvaluationReminder,
            tr!(
                lang,
                "people-mail-evaluation-subject",
                licence = label.as_str(),
                days = days_left
            ),
            tr!(
                lang,
                "people-mail-evaluation-body",
                name = name.as_str(),
                date = date,
                days = days_left
            ),
            crate::domain::reminders::EVALUATION_DAYS.as_slice(),
        ),
    };
    let schedule = schedule
        .iter()
        .map(|days| format::number(lang, i64::from(*days)))
        .collect::<Vec<_>>()
        .join(&tr!(lang, "people-list-separator"));
    let why = match reader {
        ReminderReader::Contact => tr!(lang, "people-mail-reminder-why", schedule = schedule),
        ReminderReader::Mailbox {
            organisation: Some(organisation),
        } => tr!(
            lang,
            "mailbox-mail-reminder-why-organisation",
            organisation = organisation,
            schedule = schedule
        ),
        ReminderReader::Mailbox { organisation: None } => {
            tr!(
                lang,
                "mailbox-mail-reminder-why-portal",
                schedule = schedule
            )
        }
    };
    let cutoffs = cutoff_paragraph(lang, cutoffs);
    let text = body(
        lang,
        &[
            &what,
            &cutoffs,
            &licence_paragraph(lang, sender, licence),
            &why,
        ],
    );
    (kind, subject, text)
}

/// "What the end of Data Center means for this licence:" and a line for each cut-off with its
/// source; empty when none applies.
fn cutoff_paragraph(lang: Language, lines: &[CutoffLine]) -> String {
    if lines.is_empty() {
        return String::new();
    }
    let mut text = tr!(lang, "eodc-mail-heading");
    for line in lines {
        let source = tr!(
            lang,
            "eodc-mail-source",
            who = line.cutoff.reported_by.as_str(),
            url = line.cutoff.source_url.as_str()
        );
        text.push_str(&format!(
            "\n  - {}\n    {source}",
            crate::i18n::data_center_end::line(lang, line)
        ));
    }
    text
}

/// To an administrator, before a Data Center cut-off date: what happens on it, how many Data
/// Center licences in use it concerns, and the overview that says what to decide for each.
pub fn cutoff_reminder(
    sender: Sender<'_>,
    to: &Account,
    cutoff: &Cutoff,
    days_left: i32,
    licences: usize,
) -> Outgoing {
    let lang = language_of(to);
    let (subject, text) = cutoff_reminder_text(sender, lang, false, cutoff, days_left, licences);
    to_account(MailKind::CutoffReminder, to, None, subject, text)
}

/// The subject and text of a cut-off reminder in `lang`: to an administrator, or to one of the
/// portal's role mailboxes (`mailbox`), which the last paragraph says.
pub(super) fn cutoff_reminder_text(
    sender: Sender<'_>,
    lang: Language,
    mailbox: bool,
    cutoff: &Cutoff,
    days_left: i32,
    licences: usize,
) -> (String, String) {
    let words_event = crate::i18n::data_center_end::event(lang, cutoff.event);
    let subject = tr!(
        lang,
        "eodc-reminder-subject",
        event = words_event,
        date = format::date(lang, cutoff.date),
        days = days_left
    );
    let what = crate::i18n::data_center_end::reminder_what(lang, cutoff.event, cutoff.date);
    let source = tr!(
        lang,
        "eodc-mail-source",
        who = cutoff.reported_by.as_str(),
        url = cutoff.source_url.as_str()
    );
    let overview = format!(
        "{}\n{}",
        tr!(lang, "eodc-reminder-licences", count = licences),
        sender.link(&Route::EndOfDataCenter.path())
    );
    let schedule = crate::domain::reminders::CUTOFF_DAYS
        .iter()
        .map(|days| format::number(lang, i64::from(*days)))
        .collect::<Vec<_>>()
        .join(&tr!(lang, "people-list-separator"));
    let why = if mailbox {
        tr!(lang, "mailbox-mail-cutoff-why", schedule = schedule)
    } else {
        tr!(lang, "eodc-reminder-why", schedule = schedule)
    };
    let text = body(lang, &[&what, &source, &overview, &why]);
    (subject, text)
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
    let lang = language_of(to);
    let source = person(lang, source);
    let what = tr!(
        lang,
        "people-mail-request-body",
        source = source.as_str(),
        target = to.email.to_string()
    );
    let text = body(
        lang,
        &[
            &format!("{what}\n{}", list(licences)),
            &format!("{}\n{link}", tr!(lang, "people-mail-request-action")),
            &tr!(lang, "people-mail-ignore"),
        ],
    );
    let subject = tr!(lang, "people-mail-request-subject", source = source);
    to_account(MailKind::Consolidation, to, None, subject, text)
}

/// To both accounts of an applied consolidation.
pub fn consolidation_applied(
    to: &Account,
    actor: &Account,
    source: &Account,
    target: &Account,
    licences: &[String],
) -> Outgoing {
    let lang = language_of(to);
    let (source, target) = (source.email.to_string(), target.email.to_string());
    let what = tr!(
        lang,
        "people-mail-moved-body",
        actor = person(lang, actor),
        source = source.as_str(),
        target = target.as_str()
    );
    let text = body(
        lang,
        &[
            &format!("{what}\n{}", list(licences)),
            &tr!(lang, "people-mail-moved-orders"),
        ],
    );
    let subject = tr!(
        lang,
        "people-mail-moved-subject",
        source = source,
        target = target
    );
    to_account(MailKind::Consolidation, to, None, subject, text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AccountId, AccountState, Email};

    fn account(language: &str) -> Account {
        Account {
            id: AccountId(1),
            email: Email::parse("ann@example.com").unwrap(),
            display_name: String::new(),
            language: language.to_owned(),
            is_admin: false,
            state: AccountState::Active,
            created_at: 0,
            last_sign_in_at: None,
        }
    }

    #[test]
    fn a_mail_is_written_in_the_recipients_language() {
        for language in Language::ALL {
            let mail = reset(&account(language.code()), "http://x/reset/t");
            assert_eq!(mail.subject, tr!(language, "people-mail-reset-subject"));
            assert!(
                mail.body
                    .starts_with(&tr!(language, "people-mail-greeting"))
            );
            assert!(
                mail.body
                    .contains(&tr!(language, "people-mail-reset-ignore"))
            );
        }
        // A code no catalogue has (an old row) is read as English.
        let mail = reset(&account("xx"), "http://x/reset/t");
        assert_eq!(mail.subject, "Choose a new licensedesk password");
    }
}
