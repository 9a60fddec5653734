//! A sample of every route, for the tests: the round trip of printing and parsing, and the
//! security matrix's list of routes. Each chain is an exhaustive `match` from a route to the
//! next, so a new route does not compile until it has a sample.

use crate::domain::listing::{LicenceState, OrganisationFilter};
use crate::domain::{
    AccountId, ContactRole, LicenceId, MailState, OrganisationId, Section, SortOrder,
};

use crate::domain::lifecycle::LifecycleFile;

use super::api::{ApiRoute, CheckQuery};
use super::{
    AccessRoute, AuditQuery, ContactsBack, EligibilityQuestion, ExportFormat, FeedRoute,
    LicenceList, MailboxRoute, OrganisationRoute, PeopleRoute, Route, WebhookRoute,
};

/// The sample after `route` (the first for `None`) in `Route::samples`.
pub(super) fn next_sample(route: Option<&Route>, seed: i64) -> Option<Route> {
    let id = LicenceId(seed);
    let token = format!("token{seed}");
    Some(match route {
        None => Route::Home,
        Some(Route::Home) => Route::Healthz,
        Some(Route::Healthz) => Route::Asset(format!("file{seed}.css")),
        Some(Route::Asset(_)) => Route::SignIn,
        Some(Route::SignIn) => Route::SignOut,
        Some(Route::SignOut) => Route::Setup(token),
        Some(Route::Setup(_)) => Route::Reset(token),
        Some(Route::Reset(_)) => Route::Invite(token),
        Some(Route::Invite(_)) => Route::Licences(LicenceList {
            section: Section::Evaluations,
            organisation: Some(OrganisationFilter::Of(OrganisationId(seed))),
            state: Some(LicenceState::SupportExpired),
            search: format!("SEN-{seed} & more"),
            sort: SortOrder::OrganisationDescending,
            grouped: true,
            page: seed + 1,
            open: Some(LicenceId(seed)),
        }),
        // Fixed names before the ids beside them, in the order the routing table tries them.
        Some(Route::Licences(_)) => Route::NewLicence,
        Some(Route::NewLicence) => Route::NewLicenceByKey,
        Some(Route::NewLicenceByKey) => Route::NewLicenceByHand,
        Some(Route::NewLicenceByHand) => Route::NewEvaluation,
        Some(Route::NewEvaluation) => Route::Licence(id),
        Some(Route::Licence(_)) => Route::Orders { page: seed + 1 },
        Some(Route::Orders { .. }) => Route::Import,
        Some(Route::Import) => Route::ImportConfirm,
        Some(Route::ImportConfirm) => Route::Export(ExportFormat::Json),
        Some(Route::Export(_)) => Route::Diagnose,
        Some(Route::Diagnose) => Route::DiagnoseApply,
        Some(Route::DiagnoseApply) => Route::InstanceDelete(seed),
        Some(Route::InstanceDelete(_)) => Route::Admin,
        Some(Route::Admin) => Route::EndOfDataCenter,
        Some(Route::EndOfDataCenter) => Route::EndOfDataCenterCsv,
        Some(Route::EndOfDataCenterCsv) => Route::People(next_people_sample(None, seed)?),
        Some(Route::People(route)) => match next_people_sample(Some(route), seed) {
            Some(next) => Route::People(next),
            None => Route::Organisations(next_organisation_sample(None, seed)?),
        },
        Some(Route::Organisations(route)) => match next_organisation_sample(Some(route), seed) {
            Some(next) => Route::Organisations(next),
            None => Route::LicenceOrganisation(id),
        },
        Some(Route::LicenceOrganisation(_)) => Route::LicenceBelongsTo(id),
        Some(Route::LicenceBelongsTo(_)) => Route::LicenceNotes(id),
        Some(Route::LicenceNotes(_)) => Route::LicenceServerId(id),
        Some(Route::LicenceServerId(_)) => Route::LicenceAutoRenew(id),
        Some(Route::LicenceAutoRenew(_)) => Route::LicenceKey(id),
        Some(Route::LicenceKey(_)) => Route::LicenceDownload(id),
        Some(Route::LicenceDownload(_)) => Route::LicenceArchive(id),
        Some(Route::LicenceArchive(_)) => Route::LicenceRestore(id),
        Some(Route::LicenceRestore(_)) => Route::LicenceRenew(id),
        Some(Route::LicenceRenew(_)) => Route::LicenceUpgrade(id),
        Some(Route::LicenceUpgrade(_)) => Route::LicenceExtend(id),
        Some(Route::LicenceExtend(_)) => Route::LicenceAttachKey(id),
        Some(Route::LicenceAttachKey(_)) => Route::LicenceDeveloper(id),
        Some(Route::LicenceDeveloper(_)) => Route::LicenceRestoreKey(id, seed + 1),
        Some(Route::LicenceRestoreKey(..)) => Route::LicenceDelete(id),
        Some(Route::LicenceDelete(_)) => Route::LicenceReplaceKey(id),
        Some(Route::LicenceReplaceKey(_)) => Route::LicenceEligibility(
            id,
            EligibilityQuestion {
                product: "confluence".into(),
                version: format!("9.{seed}"),
            },
        ),
        Some(Route::LicenceEligibility(..)) => Route::AdminLifecycle,
        Some(Route::AdminLifecycle) => Route::AdminLifecyclePreview(LifecycleFile::Cutoffs),
        Some(Route::AdminLifecyclePreview(_)) => {
            Route::AdminLifecycleConfirm(LifecycleFile::Cutoffs)
        }
        Some(Route::AdminLifecycleConfirm(_)) => Route::AdminLifecycleReset(LifecycleFile::Cutoffs),
        Some(Route::AdminLifecycleReset(_)) => {
            Route::AdminLifecycleDownload(LifecycleFile::Cutoffs)
        }
        Some(Route::AdminLifecycleDownload(_)) => Route::LicenceHost(id),
        Some(Route::LicenceHost(_)) => {
            Route::OrganisationCoterm(OrganisationId(seed), String::new())
        }
        Some(Route::OrganisationCoterm(..)) => Route::OrganisationCotermCsv(
            OrganisationId(seed),
            format!("2027-06-{:02}", seed % 28 + 1),
        ),
        Some(Route::OrganisationCotermCsv(..)) => Route::Dashboard(Some(OrganisationId(seed))),
        Some(Route::Dashboard(_)) => Route::OrganisationReport(OrganisationId(seed)),
        Some(Route::OrganisationReport(_)) => Route::OrganisationReports(OrganisationId(seed)),
        Some(Route::OrganisationReports(_)) => {
            Route::OrganisationAccess(next_access_sample(None, seed)?)
        }
        Some(Route::OrganisationAccess(route)) => match next_access_sample(Some(route), seed) {
            Some(next) => Route::OrganisationAccess(next),
            None => Route::Mailboxes(next_mailbox_sample(None, seed)?),
        },
        Some(Route::Mailboxes(route)) => match next_mailbox_sample(Some(route), seed) {
            Some(next) => Route::Mailboxes(next),
            None => Route::Feeds(next_feed_sample(None, seed)?),
        },
        Some(Route::Feeds(route)) => match next_feed_sample(Some(route), seed) {
            Some(next) => Route::Feeds(next),
            None => Route::Api(next_api_sample(None, seed)?),
        },
        Some(Route::Api(route)) => match next_api_sample(Some(route), seed) {
            Some(next) => Route::Api(next),
            None => Route::Webhooks(WebhookRoute::List),
        },
        Some(Route::Webhooks(route)) => match next_webhook_sample(route, seed) {
            Some(next) => Route::Webhooks(next),
            None => Route::Panic,
        },
        Some(Route::Panic) => return None,
    })
}

/// The sample after `route` (the first for `None`) in `Route::samples`: an exhaustive `match`,
/// so that a new route does not compile without one.
fn next_people_sample(route: Option<&PeopleRoute>, seed: i64) -> Option<PeopleRoute> {
    let licence = LicenceId(seed);
    let account = AccountId(seed + 1);
    Some(match route {
        None => PeopleRoute::Contacts(licence),
        Some(PeopleRoute::Contacts(_)) => PeopleRoute::ConfirmRemove {
            licence,
            role: ContactRole::Billing,
            account,
            back: ContactsBack::Licence,
        },
        Some(PeopleRoute::ConfirmRemove { .. }) => PeopleRoute::Remove(licence),
        Some(PeopleRoute::Remove(_)) => PeopleRoute::ConfirmPrimary {
            licence,
            role: ContactRole::Technical,
            account,
            back: ContactsBack::Contacts,
        },
        Some(PeopleRoute::ConfirmPrimary { .. }) => PeopleRoute::Primary(licence),
        Some(PeopleRoute::Primary(_)) => PeopleRoute::Forgot,
        Some(PeopleRoute::Forgot) => PeopleRoute::Profile,
        Some(PeopleRoute::Profile) => PeopleRoute::Password,
        Some(PeopleRoute::Password) => PeopleRoute::Tokens,
        Some(PeopleRoute::Tokens) => PeopleRoute::TokenRevoke(seed),
        Some(PeopleRoute::TokenRevoke(_)) => PeopleRoute::Consolidate,
        Some(PeopleRoute::Consolidate) => {
            PeopleRoute::ConsolidateFrom(format!("a+{seed}@example.com"))
        }
        Some(PeopleRoute::ConsolidateFrom(_)) => PeopleRoute::ConsolidatePreview,
        Some(PeopleRoute::ConsolidatePreview) => PeopleRoute::ConsolidateRequests,
        Some(PeopleRoute::ConsolidateRequests) => PeopleRoute::ConsolidateApply,
        Some(PeopleRoute::ConsolidateApply) => PeopleRoute::ConsolidateRequest(seed),
        Some(PeopleRoute::ConsolidateRequest(_)) => PeopleRoute::ConsolidateAccept(seed),
        Some(PeopleRoute::ConsolidateAccept(_)) => PeopleRoute::ConsolidateDecline(seed),
        Some(PeopleRoute::ConsolidateDecline(_)) => PeopleRoute::ConsolidateCancel(seed),
        Some(PeopleRoute::ConsolidateCancel(_)) => PeopleRoute::AdminDisable(account),
        Some(PeopleRoute::AdminDisable(_)) => PeopleRoute::AdminEnable(account),
        Some(PeopleRoute::AdminEnable(_)) => PeopleRoute::AdminInvite(account),
        Some(PeopleRoute::AdminInvite(_)) => PeopleRoute::AdminNewUser,
        Some(PeopleRoute::AdminNewUser) => PeopleRoute::AdminRole(account),
        Some(PeopleRoute::AdminRole(_)) => PeopleRoute::AdminResetLink(account),
        Some(PeopleRoute::AdminResetLink(_)) => PeopleRoute::AdminAudit(AuditQuery {
            licence: format!("SEN-{seed}"),
            account: String::new(),
            action: "licence.renew".into(),
            from: "2026-01-01".into(),
            to: String::new(),
            page: seed + 1,
        }),
        Some(PeopleRoute::AdminAudit(_)) => PeopleRoute::AdminOutbox {
            state: Some(MailState::Failed),
            page: seed + 1,
        },
        Some(PeopleRoute::AdminOutbox { .. }) => PeopleRoute::AdminMail(seed),
        Some(PeopleRoute::AdminMail(_)) => PeopleRoute::AdminMailEml(seed),
        Some(PeopleRoute::AdminMailEml(_)) => PeopleRoute::AdminMailRetry(seed),
        Some(PeopleRoute::AdminMailRetry(_)) => PeopleRoute::AdminOutboxZip {
            state: Some(MailState::Sent),
        },
        Some(PeopleRoute::AdminOutboxZip { .. }) => return None,
    })
}

/// The sample after `route` among the webhooks' routes.
fn next_webhook_sample(route: &WebhookRoute, seed: i64) -> Option<WebhookRoute> {
    Some(match route {
        WebhookRoute::List => WebhookRoute::Page(seed),
        WebhookRoute::Page(_) => WebhookRoute::Test(seed),
        WebhookRoute::Test(_) => WebhookRoute::Delete(seed),
        WebhookRoute::Delete(_) => WebhookRoute::Enabled(seed),
        WebhookRoute::Enabled(_) => WebhookRoute::RetryDelivery(seed + 1),
        WebhookRoute::RetryDelivery(_) => return None,
    })
}

/// The sample after `route` (the first for `None`) among an organisation's people routes.
fn next_access_sample(route: Option<&AccessRoute>, seed: i64) -> Option<AccessRoute> {
    let organisation = OrganisationId(seed);
    Some(match route {
        None => AccessRoute::People(organisation),
        Some(AccessRoute::People(_)) => AccessRoute::Managers(organisation),
        Some(AccessRoute::Managers(_)) => {
            AccessRoute::RemoveManager(organisation, AccountId(seed + 1))
        }
        Some(AccessRoute::RemoveManager(..)) => AccessRoute::Grants(organisation),
        Some(AccessRoute::Grants(_)) => AccessRoute::RevokeGrant(organisation, seed + 2),
        Some(AccessRoute::RevokeGrant(..)) => return None,
    })
}

/// The sample after `route` (the first for `None`) among the organisations' routes.
fn next_organisation_sample(
    route: Option<&OrganisationRoute>,
    seed: i64,
) -> Option<OrganisationRoute> {
    let id = OrganisationId(seed);
    Some(match route {
        None => OrganisationRoute::List,
        Some(OrganisationRoute::List) => OrganisationRoute::Page(id),
        Some(OrganisationRoute::Page(_)) => OrganisationRoute::Rename(id),
        Some(OrganisationRoute::Rename(_)) => OrganisationRoute::Merge {
            id,
            into: Some(OrganisationId(seed + 1)),
        },
        Some(OrganisationRoute::Merge { .. }) => return None,
    })
}

/// The API's samples, in the order of its routing table.
fn next_api_sample(route: Option<&ApiRoute>, seed: i64) -> Option<ApiRoute> {
    let id = LicenceId(seed);
    let account = AccountId(seed + 1);
    Some(match route {
        None => ApiRoute::OpenApi,
        Some(ApiRoute::OpenApi) => ApiRoute::Licences(LicenceList {
            section: Section::Archived,
            organisation: Some(OrganisationFilter::Unassigned),
            state: Some(LicenceState::Expiring),
            search: format!("müller {seed}"),
            sort: SortOrder::ExpiryLatest,
            grouped: false,
            page: seed + 2,
            open: None,
        }),
        Some(ApiRoute::Licences(_)) => ApiRoute::NewLicence,
        Some(ApiRoute::NewLicence) => ApiRoute::Licence(id),
        Some(ApiRoute::Licence(_)) => ApiRoute::EditLicence(id),
        Some(ApiRoute::EditLicence(_)) => ApiRoute::Renew(id),
        Some(ApiRoute::Renew(_)) => ApiRoute::Upgrade(id),
        Some(ApiRoute::Upgrade(_)) => ApiRoute::Archive(id),
        Some(ApiRoute::Archive(_)) => ApiRoute::Restore(id),
        Some(ApiRoute::Restore(_)) => ApiRoute::Contacts(id),
        Some(ApiRoute::Contacts(_)) => ApiRoute::AddContact(id),
        Some(ApiRoute::AddContact(_)) => ApiRoute::Contact(id, ContactRole::Billing, account),
        Some(ApiRoute::Contact(..)) => ApiRoute::Primary(id, ContactRole::Technical, account),
        Some(ApiRoute::Primary(..)) => ApiRoute::Orders { page: seed + 1 },
        Some(ApiRoute::Orders { .. }) => ApiRoute::Import { dry_run: true },
        Some(ApiRoute::Import { .. }) => ApiRoute::Export(ExportFormat::Csv),
        Some(ApiRoute::Export(_)) => ApiRoute::Diagnose,
        Some(ApiRoute::Diagnose) => ApiRoute::Instances,
        Some(ApiRoute::Instances) => ApiRoute::Audit(AuditQuery {
            licence: format!("SEN-{seed}"),
            account: "a@example.com".into(),
            action: "licence-archived".into(),
            from: "2026-01-01".into(),
            to: String::new(),
            page: seed + 1,
        }),
        Some(ApiRoute::Audit(_)) => ApiRoute::Check(CheckQuery {
            days: Some("30".into()),
            critical: Some(seed.to_string()),
            organisation: Some("Müller & Söhne".into()),
            sen: Some(format!("SEN-{seed}")),
        }),
        Some(ApiRoute::Check(_)) => return None,
    })
}

/// The sample after `route` (the first for `None`) among the role mailboxes' routes.
fn next_mailbox_sample(route: Option<&MailboxRoute>, seed: i64) -> Option<MailboxRoute> {
    let organisation = OrganisationId(seed);
    Some(match route {
        None => MailboxRoute::Portal,
        Some(MailboxRoute::Portal) => MailboxRoute::RemovePortal(seed + 1),
        Some(MailboxRoute::RemovePortal(_)) => MailboxRoute::Add(organisation),
        Some(MailboxRoute::Add(_)) => MailboxRoute::Remove(organisation, seed + 2),
        Some(MailboxRoute::Remove(..)) => return None,
    })
}

/// The sample after `route` (the first for `None`) among the calendar feed's and the CSV
/// downloads' routes.
fn next_feed_sample(route: Option<&FeedRoute>, seed: i64) -> Option<FeedRoute> {
    Some(match route {
        None => FeedRoute::Calendar(format!("secret{seed}")),
        Some(FeedRoute::Calendar(_)) => FeedRoute::AccountCalendar,
        Some(FeedRoute::AccountCalendar) => FeedRoute::AccountCalendarRevoke,
        Some(FeedRoute::AccountCalendarRevoke) => FeedRoute::AuditCsv(AuditQuery {
            licence: format!("SEN-{seed}"),
            account: String::new(),
            action: "calendar-feed-created".into(),
            from: "2026-01-01".into(),
            to: String::new(),
            page: 1,
        }),
        Some(FeedRoute::AuditCsv(_)) => FeedRoute::OrdersCsv,
        Some(FeedRoute::OrdersCsv) => return None,
    })
}
