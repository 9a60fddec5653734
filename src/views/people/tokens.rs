//! Personal access tokens on the account page: the account's tokens, the form that makes one,
//! the secret of a token just made (shown this once), and the confirmation before revoking.

use maud::{Markup, html};

use super::format::{day, when};
use crate::domain::api_token::{ApiToken, TokenScope, TokenState};
use crate::domain::organisation::Organisation;
use crate::i18n::Language;
use crate::paths::PeopleRoute;
use crate::views::components::{Field, csrf_field};

/// The new-token form as typed (or its defaults).
pub struct TokenForm<'a> {
    pub name: &'a str,
    pub scope: TokenScope,
    /// The organisation's number as sent; blank: every licence the account sees.
    pub organisation: &'a str,
    pub days: &'a str,
}

impl Default for TokenForm<'_> {
    fn default() -> Self {
        TokenForm {
            name: "",
            scope: TokenScope::Read,
            organisation: "",
            days: "",
        }
    }
}

#[derive(Default)]
pub struct TokenErrors<'a> {
    pub name: Option<&'a str>,
    pub organisation: Option<&'a str>,
    pub days: Option<&'a str>,
}

/// A token just made, with its secret.
pub struct MadeToken<'a> {
    pub name: &'a str,
    pub secret: &'a str,
    /// The portal's address, for the examples.
    pub base_url: &'a str,
}

pub struct TokensView<'a> {
    pub tokens: &'a [ApiToken],
    /// The organisations a token may be narrowed to: those the account reaches now.
    pub organisations: &'a [Organisation],
    pub form: TokenForm<'a>,
    pub errors: TokenErrors<'a>,
    pub made: Option<MadeToken<'a>>,
    pub now: i64,
    pub csrf: &'a str,
}

pub fn scope(lang: Language, scope: TokenScope) -> String {
    match scope {
        TokenScope::Read => crate::tr!(lang, "token-scope-read"),
        TokenScope::Write => crate::tr!(lang, "token-scope-write"),
    }
}

fn state(lang: Language, state: TokenState) -> Markup {
    let (class, text) = match state {
        TokenState::Live => ("badge active", crate::tr!(lang, "token-state-live")),
        TokenState::Expired => ("badge muted", crate::tr!(lang, "token-state-expired")),
        TokenState::Revoked => ("badge expired", crate::tr!(lang, "token-state-revoked")),
    };
    html! { span class=(class) { (text) } }
}

/// The "API tokens" section of the account page.
pub fn section(lang: Language, view: &TokensView<'_>) -> Markup {
    html! {
        section aria-labelledby="api-tokens" {
            h2 #api-tokens { (crate::tr!(lang, "token-heading")) }
            p.hint { (crate::tr!(lang, "token-intro")) }
            @if let Some(made) = &view.made {
                (made_token(lang, made))
            }
            @if view.tokens.is_empty() {
                p { (crate::tr!(lang, "token-none")) }
            } @else {
                (list(lang, view))
            }
            (form(lang, view))
        }
    }
}

fn made_token(lang: Language, made: &MadeToken<'_>) -> Markup {
    let curl = format!(
        "curl -H \"Authorization: Bearer {}\" {}/api/v1/licences",
        made.secret, made.base_url
    );
    let check = format!(
        "licensedesk check --url {} --token {}",
        made.base_url, made.secret
    );
    html! {
        div.notice.ok role="status" {
            h3 { (crate::tr!(lang, "token-made-heading", name = made.name)) }
            div {
                label for="token-secret" { (crate::tr!(lang, "token-secret-label")) }
                input #token-secret type="text" readonly value=(made.secret)
                    autocomplete="off" spellcheck="false" aria-describedby="token-secret-hint";
                p.hint #token-secret-hint { strong { (crate::tr!(lang, "token-made-copy")) } }
            }
            p { (crate::tr!(lang, "token-made-example")) }
            pre.key { code { (curl) } }
            pre.key { code { (check) } }
        }
    }
}

fn list(lang: Language, view: &TokensView<'_>) -> Markup {
    html! {
        table {
            thead {
                tr {
                    th { (crate::tr!(lang, "token-col-name")) }
                    th { (crate::tr!(lang, "token-col-scope")) }
                    th { (crate::tr!(lang, "token-col-organisation")) }
                    th.optional { (crate::tr!(lang, "token-col-created")) }
                    th { (crate::tr!(lang, "token-col-expires")) }
                    th.optional { (crate::tr!(lang, "token-col-last-used")) }
                    th { (crate::tr!(lang, "token-col-state")) }
                    th { span.vh { (crate::tr!(lang, "token-col-actions")) } }
                }
            }
            tbody {
                @for token in view.tokens {
                    @let token_state = token.state(view.now);
                    tr {
                        td { (token.name) }
                        td { (scope(lang, token.scope)) }
                        td {
                            @match &token.organisation {
                                Some(organisation) => (organisation.name),
                                None => (crate::tr!(lang, "token-all-visible")),
                            }
                        }
                        td.optional { (day(lang, token.created_at)) }
                        td { (day(lang, token.expires_at)) " UTC" }
                        td.optional {
                            @match token.last_used_at {
                                Some(at) => (when(lang, at)),
                                None => (crate::tr!(lang, "token-never")),
                            }
                        }
                        td { (state(lang, token_state)) }
                        td.actions {
                            @if token_state == TokenState::Live {
                                a href=(PeopleRoute::TokenRevoke(token.id).path()) {
                                    (crate::tr!(lang, "token-revoke-button"))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn form(lang: Language, view: &TokensView<'_>) -> Markup {
    let form = &view.form;
    let errors = &view.errors;
    html! {
        h3 { (crate::tr!(lang, "token-new-heading")) }
        form.stack method="post" action=(PeopleRoute::Tokens.path()) {
            (csrf_field(view.csrf))
            (Field { value: form.name, error: errors.name, hint: Some(&crate::tr!(lang, "token-name-hint")),
                     ..Field::new("token_name", &crate::tr!(lang, "token-name-label"), "text") })
            fieldset {
                legend { (crate::tr!(lang, "token-scope-label")) }
                label.inline {
                    input type="radio" name="scope" value=(TokenScope::Read.as_str())
                        checked[form.scope == TokenScope::Read];
                    " " (crate::tr!(lang, "token-scope-read-option"))
                }
                label.inline {
                    input type="radio" name="scope" value=(TokenScope::Write.as_str())
                        checked[form.scope == TokenScope::Write];
                    " " (crate::tr!(lang, "token-scope-write-option"))
                }
            }
            div {
                label for="field-organisation" { (crate::tr!(lang, "token-organisation-label")) }
                select #field-organisation name="organisation"
                    aria-invalid=[errors.organisation.map(|_| "true")]
                    aria-describedby=[errors.organisation.map(|_| "field-organisation-error")] {
                    option value="" selected[form.organisation.trim().is_empty()] {
                        (crate::tr!(lang, "token-organisation-all"))
                    }
                    @for organisation in view.organisations {
                        @let value = organisation.id.to_string();
                        option value=(value) selected[form.organisation.trim() == value] {
                            (organisation.name)
                        }
                    }
                }
                @if let Some(error) = errors.organisation {
                    p.field-error #field-organisation-error { (error) }
                }
            }
            (Field { value: form.days, error: errors.days, hint: Some(&crate::tr!(lang, "token-days-hint")),
                     required: false, ..Field::new("days", &crate::tr!(lang, "token-days-label"), "text") })
            div { button.primary type="submit" { (crate::tr!(lang, "token-create-button")) } }
        }
    }
}

pub struct RevokeView<'a> {
    pub token: &'a ApiToken,
    pub csrf: &'a str,
}

/// "Revoke token NAME?" with Cancel.
pub fn confirm_revoke(lang: Language, view: &RevokeView<'_>) -> Markup {
    let name = view.token.name.as_str();
    html! {
        h1 { (crate::tr!(lang, "token-revoke-title", name = name)) }
        p { (crate::tr!(lang, "token-revoke-body")) }
        dl.facts {
            dt { (crate::tr!(lang, "token-col-scope")) }
            dd { (scope(lang, view.token.scope)) }
            dt { (crate::tr!(lang, "token-col-organisation")) }
            dd {
                @match &view.token.organisation {
                    Some(organisation) => (organisation.name),
                    None => (crate::tr!(lang, "token-all-visible")),
                }
            }
            dt { (crate::tr!(lang, "token-col-expires")) }
            dd { (day(lang, view.token.expires_at)) " UTC" }
        }
        form.confirm method="post" action=(PeopleRoute::TokenRevoke(view.token.id).path()) {
            (csrf_field(view.csrf))
            (crate::views::components::ConfirmActions {
                confirm: &crate::tr!(lang, "token-revoke-confirm"),
                danger: true,
                cancel: &crate::tr!(lang, "token-cancel"),
                cancel_href: &PeopleRoute::Profile.path(),
            })
        }
    }
}
