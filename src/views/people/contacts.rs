//! The contacts section of a licence (technical and billing lists, primary marked, add form,
//! "Make primary" and "x" links), and the confirmation and refusal pages behind those links.

use maud::{Markup, html};

use crate::domain::actor::Acting;
use crate::domain::contacts::{LicenceContacts, check_promote, check_remove};
use crate::domain::organisation::LicenceAccess;
use crate::domain::{AccountState, ContactRole, LicenceId};
use crate::i18n::Language;
use crate::paths::{ContactsBack, PeopleRoute};
use crate::views::components::{Field, csrf_field};

/// What the add form of one role shows after a failed attempt.
#[derive(Debug, Clone, Default)]
pub struct AddForm {
    /// The role whose form was sent; the other form stays empty.
    pub role: Option<ContactRole>,
    pub email: String,
    pub error: Option<String>,
}

/// Everything the contacts section shows. Built by `http::people::contacts::view_for`.
#[derive(Debug, Clone)]
pub struct ContactsView {
    pub licence_id: LicenceId,
    /// The licence's SEN, or its name.
    pub licence_label: String,
    pub contacts: LicenceContacts,
    /// The person looking, and whether they oversee the licence.
    pub acting: Acting,
    /// What they may do with it: a consultant's read-only view shows no forms.
    pub access: LicenceAccess,
    pub csrf: String,
    /// Where the forms and links return to.
    pub back: ContactsBack,
    pub add: AddForm,
}

pub fn section(lang: Language, view: &ContactsView) -> Markup {
    html! {
        section.contacts aria-labelledby="contacts-heading" {
            h2 #contacts-heading { (crate::tr!(lang, "people-contacts-heading")) }
            div.contact-roles {
                @for role in ContactRole::ALL {
                    (role_block(lang, view, role))
                }
            }
            @if view.access.may_manage() {
                p.hint { (crate::tr!(lang, "people-contacts-rules")) }
            }
        }
    }
}

fn role_block(lang: Language, view: &ContactsView, role: ContactRole) -> Markup {
    let (heading, add_label) = match role {
        ContactRole::Technical => (
            crate::tr!(lang, "people-contacts-technical"),
            crate::tr!(lang, "people-contacts-add-technical"),
        ),
        ContactRole::Billing => (
            crate::tr!(lang, "people-contacts-billing"),
            crate::tr!(lang, "people-contacts-add-billing"),
        ),
    };
    let heading_id = format!("contacts-{}", role.as_str());
    let manage = view.access.may_manage();
    let field_name = format!("email_{}", role.as_str());
    let (value, error) = match view.add.role {
        Some(r) if r == role => (view.add.email.as_str(), view.add.error.as_deref()),
        _ => ("", None),
    };
    html! {
        div.contact-role aria-labelledby=(heading_id) {
            h3 id=(heading_id) { (heading) }
            @if view.contacts.of_role(role).next().is_none() {
                p.hint { (crate::tr!(lang, "people-contacts-none")) }
            } @else {
                ul.contact-list {
                    @for contact in view.contacts.of_role(role) {
                        li {
                            span.who {
                                @if !contact.display_name.trim().is_empty() {
                                    span.name { (contact.display_name) } " "
                                }
                                span.email { (contact.email) }
                                @if contact.account_id == view.acting.account_id {
                                    " " (crate::tr!(lang, "people-contacts-you"))
                                }
                            }
                            @if contact.is_primary {
                                " " strong.badge.primary { (crate::tr!(lang, "people-contacts-primary")) }
                            }
                            @match contact.state {
                                AccountState::Invited => { " " span.badge.muted { (crate::tr!(lang, "people-contacts-invited")) } }
                                AccountState::Disabled => { " " span.badge.expired { (crate::tr!(lang, "people-contacts-disabled")) } }
                                AccountState::Active => {}
                            }
                            span.contact-actions {
                                @if manage && check_promote(&view.contacts, view.acting, role, contact.account_id).is_ok() {
                                    a href=(PeopleRoute::ConfirmPrimary {
                                        licence: view.licence_id, role,
                                        account: contact.account_id, back: view.back.clone(),
                                    }.path()) { (crate::tr!(lang, "people-contacts-make-primary")) }
                                }
                                @if manage && check_remove(&view.contacts, role, contact.account_id).is_ok() {
                                    @let label = crate::tr!(lang, "people-contacts-remove", email = contact.email.to_string(), role = role.as_str());
                                    a.remove href=(PeopleRoute::ConfirmRemove {
                                        licence: view.licence_id, role,
                                        account: contact.account_id, back: view.back.clone(),
                                    }.path()) aria-label=(label) title=(label) { "×" }
                                }
                            }
                        }
                    }
                }
                @if manage && view.contacts.of_role(role).nth(1).is_some() {
                    p.hint { (crate::tr!(lang, "people-contacts-primary-stays")) }
                }
            }
            @if manage {
                form.add-contact method="post" action=(PeopleRoute::Contacts(view.licence_id).path()) {
                    (csrf_field(&view.csrf))
                    input type="hidden" name="role" value=(role.as_str());
                    input type="hidden" name="back" value=(view.back.as_param());
                    (Field { value, error, hint: Some(&crate::tr!(lang, "people-contacts-add-hint")), autocomplete: "email",
                             ..Field::new(&field_name, &add_label, "email") })
                    @let language_field = format!("language_{}", role.as_str());
                    div {
                        label for=(format!("field-{language_field}")) { (crate::tr!(lang, "people-contacts-add-language")) }
                        select id=(format!("field-{language_field}")) name=(language_field) {
                            @for language in Language::ALL {
                                option value=(language.code()) lang=(language.code()) selected[language == lang] {
                                    (language.endonym())
                                }
                            }
                        }
                    }
                    div { button type="submit" { (crate::tr!(lang, "people-contacts-add-button")) } }
                }
            }
        }
    }
}

/// A page of its own around the section, for links and for the add form's errors.
pub fn page(
    lang: Language,
    licence_name: &str,
    back_to_licence: &str,
    view: &ContactsView,
) -> Markup {
    html! {
        p { a href=(back_to_licence) { (crate::tr!(lang, "people-back-to-licence")) } }
        h1 { (crate::tr!(lang, "people-contacts-page-title", licence = view.licence_label.to_string())) }
        p.lead { (licence_name) }
        (section(lang, view))
    }
}

/// A page saying why something cannot be done, with the way back.
pub fn refusal(lang: Language, title: &str, body: &str, back: &str) -> Markup {
    html! {
        h1 { (title) }
        p { (body) }
        p { a href=(back) { (crate::tr!(lang, "people-back-to-licence")) } }
    }
}

pub struct ConfirmRemove<'a> {
    pub licence_id: LicenceId,
    pub licence_label: &'a str,
    /// The licence by product, name and SEN, at the top of the confirmation.
    pub subject: &'a str,
    pub role: ContactRole,
    pub account_id: crate::domain::AccountId,
    pub email: &'a str,
    /// The contact stays a contact in the other role.
    pub keeps_access: bool,
    pub is_yourself: bool,
    pub back: ContactsBack,
    pub csrf: &'a str,
}

pub fn confirm_remove(lang: Language, c: &ConfirmRemove<'_>) -> Markup {
    let (email, role, licence) = (
        c.email.to_string(),
        c.role.as_str(),
        c.licence_label.to_string(),
    );
    html! {
        h1 { (crate::tr!(lang, "people-remove-title")) }
        p.confirm-subject { strong { (c.subject) } }
        p { (crate::tr!(lang, "people-remove-intro", email = email.as_str(), role = role, licence = licence.as_str())) }
        p {
            @if c.keeps_access {
                (crate::tr!(lang, "people-remove-keeps-access", email = email.as_str()))
            } @else if c.is_yourself {
                (crate::tr!(lang, "people-remove-yourself"))
            } @else {
                (crate::tr!(lang, "people-remove-loses-access", email = email.as_str()))
            }
        }
        form.confirm method="post" action=(PeopleRoute::Remove(c.licence_id).path()) {
            (csrf_field(c.csrf))
            input type="hidden" name="role" value=(c.role.as_str());
            input type="hidden" name="account" value=(c.account_id.to_string());
            input type="hidden" name="back" value=(c.back.as_param());
            (crate::views::components::ConfirmActions {
                confirm: &crate::tr!(lang, "people-remove-button"),
                danger: true,
                cancel: &crate::tr!(lang, "people-cancel"),
                cancel_href: &c.back.path(c.licence_id),
            })
        }
    }
}

pub struct ConfirmPrimary<'a> {
    pub licence_id: LicenceId,
    pub licence_label: &'a str,
    /// The licence by product, name and SEN, at the top of the confirmation.
    pub subject: &'a str,
    pub role: ContactRole,
    pub account_id: crate::domain::AccountId,
    pub email: &'a str,
    /// The primary who becomes secondary.
    pub previous: Option<&'a str>,
    /// Whether the previous primary gets the notification (a disabled account does not).
    pub notify_previous: bool,
    pub back: ContactsBack,
    pub csrf: &'a str,
}

/// Seed 002's "Promote to primary technical contact?", word for word where it can be.
pub fn confirm_primary(lang: Language, c: &ConfirmPrimary<'_>) -> Markup {
    let (email, role, licence) = (
        c.email.to_string(),
        c.role.as_str(),
        c.licence_label.to_string(),
    );
    html! {
        h1 { (crate::tr!(lang, "people-promote-title", role = role)) }
        p.confirm-subject { strong { (c.subject) } }
        p { (crate::tr!(lang, "people-promote-intro", email = email.as_str(), role = role, licence = licence.as_str())) }
        p { (crate::tr!(lang, "people-promote-means")) }
        ul {
            li { (crate::tr!(lang, "people-promote-invoices")) }
            li { (crate::tr!(lang, "people-promote-others")) }
        }
        @if let Some(previous) = c.previous {
            p { (crate::tr!(lang, "people-promote-past", previous = previous.to_string())) }
            p { (crate::tr!(lang, "people-promote-previous", previous = previous.to_string())) }
            @if c.notify_previous {
                p { (crate::tr!(lang, "people-promote-notify", previous = previous.to_string())) }
            }
        }
        form.confirm method="post" action=(PeopleRoute::Primary(c.licence_id).path()) {
            (csrf_field(c.csrf))
            input type="hidden" name="role" value=(c.role.as_str());
            input type="hidden" name="account" value=(c.account_id.to_string());
            input type="hidden" name="back" value=(c.back.as_param());
            (crate::views::components::ConfirmActions {
                confirm: &crate::tr!(lang, "people-promote-yes"),
                danger: false,
                cancel: &crate::tr!(lang, "people-cancel"),
                cancel_href: &c.back.path(c.licence_id),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::AccountId;
    use crate::domain::contacts::tests::contact;

    fn view(viewer: i64) -> ContactsView {
        ContactsView {
            licence_id: LicenceId(5),
            licence_label: "SEN-12683313".into(),
            contacts: LicenceContacts {
                contacts: vec![
                    contact(1, ContactRole::Technical, true),
                    contact(2, ContactRole::Technical, false),
                    contact(3, ContactRole::Technical, false),
                    contact(1, ContactRole::Billing, true),
                ],
            },
            acting: Acting {
                account_id: AccountId(viewer),
                oversees: false,
            },
            access: LicenceAccess::Manage,
            csrf: "token".into(),
            back: ContactsBack::Licence,
            add: AddForm::default(),
        }
    }

    #[test]
    fn a_secondary_sees_make_primary_only_for_themselves_and_no_x_on_the_primary() {
        let lang = crate::i18n::Language::En;
        let html = section(lang, &view(2)).into_string();
        assert!(html.contains(
            "/licences/5/contacts/primary?role=technical&amp;account=2&amp;back=licence"
        ));
        assert!(!html.contains("account=3&amp;back=licence\">Make primary"));
        assert!(!html.contains("contacts/remove?role=technical&amp;account=1&amp;"));
        assert!(html.contains("contacts/remove?role=technical&amp;account=3&amp;"));
        assert!(html.contains("Primary"));
        assert!(
            html.contains(
                "The primary contact cannot be removed until another contact is primary."
            )
        );
        assert!(html.contains("<label for=\"field-email_billing\">"));
    }

    #[test]
    fn the_primary_sees_make_primary_for_every_secondary() {
        let lang = crate::i18n::Language::En;
        let html = section(lang, &view(1)).into_string();
        assert!(html.contains("primary?role=technical&amp;account=2&amp;"));
        assert!(html.contains("primary?role=technical&amp;account=3&amp;"));
    }
}
