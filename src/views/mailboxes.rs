//! Role mailboxes: the section of an organisation's page that lists its mailboxes (with, for
//! its administrators and managers, the forms that add and remove them), the portal's own under
//! Admin, and the confirmation of a removal.

use maud::{Markup, html};

use super::components::csrf_field;
use super::people::admin::{AdminPage, subnav};
use crate::domain::mailbox::RoleMailbox;
use crate::domain::organisation::Organisation;
use crate::i18n::Language;
use crate::paths::{MailboxRoute, OrganisationRoute};
use crate::tr;

/// Whose mailboxes: an organisation's or the portal's.
#[derive(Debug, Clone, Copy)]
pub enum Owner<'a> {
    Organisation(&'a Organisation),
    Portal,
}

impl Owner<'_> {
    fn add_path(self) -> String {
        match self {
            Owner::Organisation(organisation) => MailboxRoute::Add(organisation.id).path(),
            Owner::Portal => MailboxRoute::Portal.path(),
        }
    }

    fn remove_path(self, mailbox: i64) -> String {
        match self {
            Owner::Organisation(organisation) => {
                MailboxRoute::Remove(organisation.id, mailbox).path()
            }
            Owner::Portal => MailboxRoute::RemovePortal(mailbox).path(),
        }
    }

    /// Where the list is: the organisation's page, or the portal's mailboxes page.
    pub fn list_path(self) -> String {
        match self {
            Owner::Organisation(organisation) => OrganisationRoute::Page(organisation.id).path(),
            Owner::Portal => MailboxRoute::Portal.path(),
        }
    }
}

/// The add form as sent, shown again after a refusal.
#[derive(Debug, Clone, Default)]
pub struct MailboxForm {
    pub address: String,
    pub language: String,
    pub error: Option<String>,
}

pub struct SectionView<'a> {
    pub owner: Owner<'a>,
    pub mailboxes: &'a [RoleMailbox],
    /// An administrator or a manager of the organisation: the forms are offered.
    pub may_change: bool,
    pub csrf: &'a str,
    pub form: &'a MailboxForm,
}

/// The list of mailboxes and, for those who may change them, the add form.
pub fn section(lang: Language, view: &SectionView<'_>) -> Markup {
    let owner = view.owner;
    let intro = match owner {
        Owner::Organisation(organisation) => tr!(
            lang,
            "mailbox-intro-organisation",
            organisation = organisation.name.as_str()
        ),
        Owner::Portal => tr!(lang, "mailbox-intro-portal"),
    };
    html! {
        section.mailboxes #role-mailboxes {
            @if let Owner::Organisation(_) = owner {
                h2 { (tr!(lang, "mailbox-heading")) }
            }
            p { (intro) }
            @if view.mailboxes.is_empty() {
                p.empty { (tr!(lang, "mailbox-none")) }
            } @else {
                div.scroll {
                    table.mailboxes {
                        thead { tr {
                            th { (tr!(lang, "mailbox-col-address")) }
                            th { (tr!(lang, "mailbox-col-language")) }
                            th { (tr!(lang, "mailbox-col-added")) }
                            @if view.may_change { th { span.vh { (tr!(lang, "mailbox-remove-link")) } } }
                        } }
                        tbody {
                            @for mailbox in view.mailboxes {
                                tr data-mailbox=(mailbox.id) {
                                    td { (mailbox.address.as_str()) }
                                    td lang=(mailbox.language.code()) { (mailbox.language.endonym()) }
                                    td { (mailbox.created_by) }
                                    @if view.may_change {
                                        td { a href=(owner.remove_path(mailbox.id)) { (tr!(lang, "mailbox-remove-link")) } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            @if view.may_change {
                (add_form(lang, view))
            }
        }
    }
}

fn add_form(lang: Language, view: &SectionView<'_>) -> Markup {
    let form = view.form;
    let chosen = Language::from_code(&form.language).unwrap_or(lang);
    let error = form.error.as_deref();
    html! {
        h3 { (tr!(lang, "mailbox-add-heading")) }
        form.portal.stack method="post" action=(view.owner.add_path()) {
            (csrf_field(view.csrf))
            div {
                label for="mailbox-address" { (tr!(lang, "mailbox-address-label")) }
                input #mailbox-address type="email" name="address" value=(form.address) required
                    aria-invalid=[error.map(|_| "true")]
                    aria-describedby=(if error.is_some() { "mailbox-address-hint mailbox-address-error" } else { "mailbox-address-hint" });
                p.hint #mailbox-address-hint { (tr!(lang, "mailbox-address-hint")) }
                @if let Some(error) = error {
                    p.field-error #mailbox-address-error { (error) }
                }
            }
            div {
                label for="mailbox-language" { (tr!(lang, "mailbox-language-label")) }
                select #mailbox-language name="language" {
                    @for language in Language::ALL {
                        option value=(language.code()) lang=(language.code()) selected[language == chosen] {
                            (language.endonym())
                        }
                    }
                }
            }
            div { button.primary type="submit" { (tr!(lang, "mailbox-add-button")) } }
        }
    }
}

/// The portal's own mailboxes, under Admin.
pub fn portal_page(lang: Language, view: &SectionView<'_>) -> Markup {
    html! {
        h1 { (tr!(lang, "mailbox-heading")) }
        (subnav(lang, AdminPage::Mailboxes))
        (section(lang, view))
    }
}

/// The confirmation of a removal.
pub fn confirm_remove(
    lang: Language,
    owner: Owner<'_>,
    mailbox: &RoleMailbox,
    csrf: &str,
) -> Markup {
    let address = mailbox.address.to_string();
    let body = match owner {
        Owner::Organisation(organisation) => tr!(
            lang,
            "mailbox-remove-body-organisation",
            address = address,
            organisation = organisation.name.as_str()
        ),
        Owner::Portal => tr!(lang, "mailbox-remove-body-portal", address = address),
    };
    html! {
        h1 { (tr!(lang, "mailbox-remove-title")) }
        p { (body) }
        form.confirm method="post" action=(owner.remove_path(mailbox.id)) {
            (csrf_field(csrf))
            (crate::views::components::ConfirmActions {
                confirm: &tr!(lang, "mailbox-remove-button"),
                danger: true,
                cancel: &tr!(lang, "mailbox-cancel"),
                cancel_href: &owner.list_path(),
            })
        }
    }
}
