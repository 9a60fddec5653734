//! Every path of the portal as one `Route` type, which prints (`Route::path`, `Display`) and
//! parses (`Route::parse`). Views build every link from it, `http::routes` dispatches on it, and
//! the server asks it whether a path exists and how large a body it may carry. A renamed page is
//! renamed here, once.

use std::fmt;

use percent_encoding::{AsciiSet, CONTROLS, percent_decode_str, utf8_percent_encode};

use crate::config::{FORM_BODY_LIMIT, UPLOAD_BODY_LIMIT};
use crate::domain::lifecycle::LifecycleFile;
use crate::domain::listing::{LicenceState, OrganisationFilter};
use crate::domain::{LicenceId, OrganisationId, Section, SortOrder};

pub mod api;
mod feeds;
mod mailboxes;
mod organisation_access;
mod organisations;
mod people;
mod samples;
pub use feeds::FeedRoute;
pub use mailboxes::MailboxRoute;
mod webhooks;
pub use organisation_access::AccessRoute;
pub use organisations::OrganisationRoute;
pub use people::{AuditQuery, ContactsBack, PeopleRoute};
pub use webhooks::WebhookRoute;

/// The method of a request, as far as routing cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Head,
    Post,
    /// The API's partial changes; no page answers it.
    Patch,
    /// The API's removals; no page answers it.
    Delete,
    Other,
}

/// The longest search the licence list takes, in characters.
pub const MAX_SEARCH_CHARS: usize = 200;

/// The highest page number a list takes: far past any list, and small enough that the offset
/// it makes never overflows.
pub const MAX_PAGE: i64 = 1_000_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Healthz,
    /// A file of `assets/`; its link carries the file's version, so that it can be cached.
    Asset(String),
    SignIn,
    SignOut,
    /// The one-time link that creates the first administrator.
    Setup(String),
    /// A password-reset link.
    Reset(String),
    /// An invitation link.
    Invite(String),
    /// A page of the licence list.
    Licences(LicenceList),
    Licence(LicenceId),
    Orders {
        page: i64,
    },
    Import,
    ImportConfirm,
    Export(ExportFormat),
    Diagnose,
    DiagnoseApply,
    /// A recorded installation, deleted: its confirmation, then the deletion.
    InstanceDelete(i64),
    Admin,
    /// The end of Data Center for administrators: the page, and its rows as CSV.
    EndOfDataCenter,
    EndOfDataCenterCsv,
    People(PeopleRoute),
    Organisations(OrganisationRoute),
    /// The JSON API (`/api/v1/…`), which tells its routes apart by every method it takes.
    Api(api::ApiRoute),
    NewLicence,
    NewLicenceByKey,
    NewLicenceByHand,
    NewEvaluation,
    LicenceOrganisation(LicenceId),
    /// Moving a licence to another organisation (administrators).
    LicenceBelongsTo(LicenceId),
    LicenceNotes(LicenceId),
    LicenceServerId(LicenceId),
    LicenceAutoRenew(LicenceId),
    LicenceKey(LicenceId),
    LicenceDownload(LicenceId),
    LicenceArchive(LicenceId),
    LicenceRestore(LicenceId),
    LicenceRenew(LicenceId),
    LicenceUpgrade(LicenceId),
    LicenceExtend(LicenceId),
    LicenceAttachKey(LicenceId),
    LicenceDeveloper(LicenceId),
    /// An earlier key of the licence (by its key history entry), put back on it.
    LicenceRestoreKey(LicenceId, i64),
    LicenceDelete(LicenceId),
    LicenceReplaceKey(LicenceId),
    /// A licence's page with the answer to "can it run this product version?".
    LicenceEligibility(LicenceId, EligibilityQuestion),
    /// The lifecycle tables (cut-off dates, release table) and the forms that replace them.
    AdminLifecycle,
    /// An uploaded table, checked and compared with the one in use.
    AdminLifecyclePreview(LifecycleFile),
    /// The confirmed replacement.
    AdminLifecycleConfirm(LifecycleFile),
    /// Back to the shipped table.
    AdminLifecycleReset(LifecycleFile),
    /// The table in use, as CSV.
    AdminLifecycleDownload(LifecycleFile),
    /// The host licence an app licence runs on: chosen, then confirmed.
    LicenceHost(LicenceId),
    /// An organisation's co-term planner towards a date (`until` as typed, empty for the
    /// proposed date). Posted to, it confirms and then creates the plan's renewal orders.
    OrganisationCoterm(OrganisationId, String),
    /// The same plan as CSV.
    OrganisationCotermCsv(OrganisationId, String),
    /// The partner dashboard: every organisation the viewer reaches, or the one named.
    Dashboard(Option<OrganisationId>),
    /// An organisation's monthly report as it would be mailed this month, with its switch.
    OrganisationReport(OrganisationId),
    /// The monthly report's switch (`on` = 1 or 0).
    OrganisationReports(OrganisationId),
    /// An organisation's managers and consultants, and the forms that change them.
    OrganisationAccess(AccessRoute),
    /// Role mailboxes: an organisation's and the portal's.
    Mailboxes(MailboxRoute),
    /// The calendar feed and the auditors' CSV downloads.
    Feeds(FeedRoute),
    /// The webhooks' administration.
    Webhooks(WebhookRoute),
    /// A route that panics on purpose, answered only when the configuration enables it (tests).
    Panic,
}

/// What the eligibility form asks, as typed: the handler checks both and says what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EligibilityQuestion {
    pub product: String,
    pub version: String,
}

/// A page of the licence list: a section, an organisation, a state, a search, a sort order,
/// grouped by organisation or not, and a page number. The defaults (main list, every
/// organisation and state, no search, soonest expiry first, ungrouped, page 1) are left out of
/// its link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LicenceList {
    pub section: Section,
    pub organisation: Option<OrganisationFilter>,
    /// When given, the state alone decides which licences are listed, whatever the section.
    pub state: Option<LicenceState>,
    /// Trimmed, at most `MAX_SEARCH_CHARS` characters.
    pub search: String,
    pub sort: SortOrder,
    /// Ordered by organisation, under a heading per organisation.
    pub grouped: bool,
    pub page: i64,
    /// The licence whose row is shown open, with its details and actions.
    pub open: Option<LicenceId>,
}

impl Default for LicenceList {
    fn default() -> LicenceList {
        LicenceList::of(Section::Licences)
    }
}

impl LicenceList {
    /// The list as a link at `path` (the page's, or the API's): only what differs from the
    /// defaults is in its query.
    fn link(&self, path: &str) -> String {
        let page = page_pair(self.page);
        let open = self.open.map(|id| id.to_string());
        let organisation = self.organisation.map(organisation_param);
        let pairs = [
            ("section", section_name(self.section)),
            ("organisation", organisation.as_deref()),
            ("state", self.state.map(LicenceState::as_str)),
            ("q", Some(self.search.as_str()).filter(|q| !q.is_empty())),
            ("sort", sort_name(self.sort)),
            ("group", self.grouped.then_some(GROUP_BY_ORGANISATION)),
            ("page", page.as_deref()),
            ("open", open.as_deref()),
        ];
        with_query(path, pairs.into_iter().filter_map(|(k, v)| Some((k, v?))))
    }

    /// The list a link's query asks for; a parameter it does not take is refused.
    fn parse(query: Query<'_>) -> Result<LicenceList, QueryError> {
        let search = query.get("q").unwrap_or("").trim();
        if search.chars().count() > MAX_SEARCH_CHARS {
            return Err(QueryError::SearchTooLong);
        }
        Ok(LicenceList {
            section: parse_section(query.get("section"))?,
            organisation: parse_organisation(query.get("organisation"))?,
            state: parse_state(query.get("state"))?,
            search: search.to_owned(),
            sort: parse_sort(query.get("sort"))?,
            grouped: parse_group(query.get("group"))?,
            page: query.page()?,
            open: parse_open(query.get("open"))?,
        })
    }

    /// The first page of a section, unsearched and in the default order.
    pub fn of(section: Section) -> LicenceList {
        LicenceList {
            section,
            organisation: None,
            state: None,
            search: String::new(),
            sort: SortOrder::ExpirySoonest,
            grouped: false,
            page: 1,
            open: None,
        }
    }

    /// The licences of one organisation, as its page links to them.
    pub fn of_organisation(organisation: OrganisationId) -> LicenceList {
        LicenceList {
            organisation: Some(OrganisationFilter::Of(organisation)),
            ..LicenceList::default()
        }
    }

    /// The licences of one organisation (or of none) in a state, as the partner dashboard
    /// links to them.
    pub fn in_state(organisation: Option<OrganisationFilter>, state: LicenceState) -> LicenceList {
        LicenceList {
            organisation,
            state: Some(state),
            ..LicenceList::default()
        }
    }

    /// The same list at another page, every row closed.
    pub fn at_page(&self, page: i64) -> LicenceList {
        LicenceList {
            page,
            open: None,
            ..self.clone()
        }
    }

    /// The same list in another order, from its first page.
    pub fn sorted(&self, sort: SortOrder) -> LicenceList {
        LicenceList {
            sort,
            page: 1,
            open: None,
            ..self.clone()
        }
    }

    /// The same list and page with one licence's row open (or every row closed).
    pub fn opened(&self, open: Option<LicenceId>) -> LicenceList {
        LicenceList {
            open,
            ..self.clone()
        }
    }

    /// The list's link with the open row's anchor, where a change made from that row returns.
    pub fn path_to_open_row(&self) -> String {
        let path = Route::Licences(self.clone()).path();
        match self.open {
            Some(id) => format!("{path}#licence-{id}"),
            None => path,
        }
    }

    /// The same list for every organisation, from its first page.
    pub fn without_organisation(&self) -> LicenceList {
        LicenceList {
            organisation: None,
            page: 1,
            open: None,
            ..self.clone()
        }
    }

    /// The same list in every state, from its first page.
    pub fn without_state(&self) -> LicenceList {
        LicenceList {
            state: None,
            page: 1,
            open: None,
            ..self.clone()
        }
    }

    /// The same list grouped by organisation or not, from its first page.
    pub fn grouped(&self, grouped: bool) -> LicenceList {
        LicenceList {
            grouped,
            page: 1,
            open: None,
            ..self.clone()
        }
    }
}

/// The value of the organisation filter in a link (and in the list's select).
pub fn organisation_param(filter: OrganisationFilter) -> String {
    match filter {
        OrganisationFilter::Of(id) => id.to_string(),
        OrganisationFilter::Unassigned => "none".to_owned(),
    }
}

/// The page of an organisation.
pub fn organisation_path(id: OrganisationId) -> String {
    Route::Organisations(OrganisationRoute::Page(id)).path()
}

/// The value of the grouping parameter that groups the list by organisation.
pub const GROUP_BY_ORGANISATION: &str = "organisation";

/// An organisation filter as a link carries it: absent or empty is every organisation, `none`
/// is the licences of no organisation, anything else must be an organisation's number.
fn parse_organisation(raw: Option<&str>) -> Result<Option<OrganisationFilter>, QueryError> {
    match raw {
        None | Some("") => Ok(None),
        Some("none") => Ok(Some(OrganisationFilter::Unassigned)),
        Some(text) if text.bytes().all(|b| b.is_ascii_digit()) => match text.parse::<i64>() {
            Ok(id) if id > 0 => Ok(Some(OrganisationFilter::Of(OrganisationId(id)))),
            _ => Err(QueryError::Organisation),
        },
        Some(_) => Err(QueryError::Organisation),
    }
}

fn parse_state(raw: Option<&str>) -> Result<Option<LicenceState>, QueryError> {
    match raw {
        None | Some("") => Ok(None),
        Some(text) => LicenceState::parse(text).map(Some).ok_or(QueryError::State),
    }
}

/// The licence whose row is open: absent or empty is none, else a licence's number.
fn parse_open(raw: Option<&str>) -> Result<Option<LicenceId>, QueryError> {
    match raw {
        None | Some("") => Ok(None),
        Some(text) if text.bytes().all(|b| b.is_ascii_digit()) => match text.parse::<i64>() {
            Ok(id) if id > 0 => Ok(Some(LicenceId(id))),
            _ => Err(QueryError::Open),
        },
        Some(_) => Err(QueryError::Open),
    }
}

fn parse_group(raw: Option<&str>) -> Result<bool, QueryError> {
    match raw {
        None | Some("") => Ok(false),
        Some(GROUP_BY_ORGANISATION) => Ok(true),
        Some(_) => Err(QueryError::Group),
    }
}

/// The name of a section in a link.
pub fn section_param(section: Section) -> &'static str {
    match section {
        Section::Licences => "licences",
        Section::Evaluations => "evaluations",
        Section::Archived => "archived",
    }
}

/// The name of a section in a link, where the main list has none.
pub fn section_name(section: Section) -> Option<&'static str> {
    (section != Section::Licences).then(|| section_param(section))
}

/// The name of a sort order in a link (and the value of the sort field of the list's form).
pub fn sort_param(sort: SortOrder) -> &'static str {
    match sort {
        SortOrder::ExpirySoonest => "soonest",
        SortOrder::ExpiryLatest => "latest",
        SortOrder::ProductAscending => "product",
        SortOrder::ProductDescending => "product-desc",
        SortOrder::OrganisationAscending => "organisation",
        SortOrder::OrganisationDescending => "organisation-desc",
        SortOrder::SenAscending => "sen",
        SortOrder::SenDescending => "sen-desc",
    }
}

/// Every sort order a link can name.
const SORT_ORDERS: [SortOrder; 8] = [
    SortOrder::ExpirySoonest,
    SortOrder::ExpiryLatest,
    SortOrder::ProductAscending,
    SortOrder::ProductDescending,
    SortOrder::OrganisationAscending,
    SortOrder::OrganisationDescending,
    SortOrder::SenAscending,
    SortOrder::SenDescending,
];

/// The name of a sort order in a link, where the default has none.
pub fn sort_name(sort: SortOrder) -> Option<&'static str> {
    (sort != SortOrder::ExpirySoonest).then(|| sort_param(sort))
}

fn parse_section(raw: Option<&str>) -> Result<Section, QueryError> {
    match raw {
        None | Some("" | "licences") => Ok(Section::Licences),
        Some("evaluations") => Ok(Section::Evaluations),
        Some("archived") => Ok(Section::Archived),
        Some(_) => Err(QueryError::Section),
    }
}

fn parse_sort(raw: Option<&str>) -> Result<SortOrder, QueryError> {
    match raw {
        None | Some("" | "soonest") => Ok(SortOrder::ExpirySoonest),
        Some(text) => SORT_ORDERS
            .into_iter()
            .find(|&sort| sort_param(sort) == text)
            .ok_or(QueryError::Sort),
    }
}

/// The format of an export download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Json,
    Keys,
}

impl ExportFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
            ExportFormat::Keys => "keys",
        }
    }

    fn parse(raw: Option<&str>) -> Result<ExportFormat, QueryError> {
        match raw {
            Some("csv") => Ok(ExportFormat::Csv),
            Some("json") => Ok(ExportFormat::Json),
            Some("keys") => Ok(ExportFormat::Keys),
            _ => Err(QueryError::ExportFormat),
        }
    }
}

/// Why a request names no route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RouteError {
    /// No route has this path.
    NotFound,
    /// The path exists, for another method.
    /// Carries the methods the path does answer, for the `Allow` header.
    MethodNotAllowed { allow: &'static str },
    /// The path exists for this method, but a query parameter is not one it takes.
    BadQuery(QueryError),
}

/// A query parameter that is not one the page takes: each is answered with a 400 and a
/// message of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryError {
    /// `page` is not a whole number from 1 to `MAX_PAGE`.
    Page,
    Section,
    Sort,
    /// `q` is longer than `MAX_SEARCH_CHARS`.
    SearchTooLong,
    ExportFormat,
    /// A contact confirmation without a role it knows.
    Role,
    /// A contact confirmation without an account number.
    Account,
    /// The outbox filtered by a state it does not know.
    MailState,
    /// The licence list or the dashboard asked for an organisation by something other than its
    /// number (or, for the list, `none`).
    Organisation,
    /// The licence list filtered by a state it does not know.
    State,
    /// The licence list grouped by something other than the organisation.
    Group,
    /// The licence list asked to open a row by something other than a licence's number.
    Open,
    /// The API's `dry_run` neither `true` nor `false`.
    DryRun,
}

/// The query parameters of a request, looked up by name (the first of a name counts).
#[derive(Clone, Copy)]
struct Query<'a>(&'a [(String, String)]);

impl<'a> Query<'a> {
    fn get(self, name: &str) -> Option<&'a str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// A page number: absent (or empty) is 1; anything but a whole number from 1 to
    /// `MAX_PAGE` is refused, on every list alike.
    fn page(self) -> Result<i64, QueryError> {
        match self.get("page") {
            None | Some("") => Ok(1),
            Some(text) => match text.parse::<i64>() {
                Ok(n) if (1..=MAX_PAGE).contains(&n) => Ok(n),
                _ => Err(QueryError::Page),
            },
        }
    }
}

/// Builds `path?query` from pairs, leaving out the `?` when there are none.
fn with_query<'p>(path: &str, pairs: impl IntoIterator<Item = (&'p str, &'p str)>) -> String {
    let query = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish();
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

/// The page parameter of a link: page 1 is left out.
fn page_pair(page: i64) -> Option<String> {
    (page > 1).then(|| page.to_string())
}

/// Everything but what may stand in a path segment as it is.
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'/')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'\\')
    .add(b'`')
    .add(b'{')
    .add(b'}');

/// A value (a token, a file name) as one path segment.
fn segment(value: &str) -> impl fmt::Display + '_ {
    utf8_percent_encode(value, SEGMENT)
}

impl Route {
    /// The first page of the main licence list, where signing in leads.
    pub fn licences() -> Route {
        Route::Licences(LicenceList::default())
    }

    /// The first page of a section of the licence list.
    pub fn section(section: Section) -> Route {
        Route::Licences(LicenceList::of(section))
    }

    /// The route's link: its path, and its query when it has one.
    pub fn path(&self) -> String {
        self.to_string()
    }

    /// The route a request names. `path` is percent-decoded and without its query; `query` is
    /// its decoded pairs. A path that exists for another method is `MethodNotAllowed`, so that
    /// it is a 405 and not a 404. Only reads take a query: a form posts its fields in its body.
    pub fn parse(
        method: Method,
        path: &str,
        query: &[(String, String)],
    ) -> Result<Route, RouteError> {
        if api::is_api_path(path) {
            return api::parse(method, path, query)
                .map(Route::Api)
                .map_err(|error| match error {
                    api::ApiRouteError::NotFound => RouteError::NotFound,
                    api::ApiRouteError::MethodNotAllowed { allow } => {
                        RouteError::MethodNotAllowed { allow }
                    }
                    api::ApiRouteError::BadQuery(error) => RouteError::BadQuery(error),
                });
        }
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let query = Query(query);
        let served = |kind| match parse_segments(kind, &segments, query) {
            Ok(Some(route)) => Ok(route),
            Ok(None) => Err(RouteError::NotFound),
            Err(error) => Err(RouteError::BadQuery(error)),
        };
        let kind = match method {
            Method::Get | Method::Head => Kind::Read,
            Method::Post => Kind::Post,
            Method::Patch | Method::Delete | Method::Other => Kind::Other,
        };
        match served(kind) {
            Err(RouteError::NotFound) => match Route::allowed_methods(path) {
                Some(allow) => Err(RouteError::MethodNotAllowed { allow }),
                None => Err(RouteError::NotFound),
            },
            answer => answer,
        }
    }

    /// The route as a whole address under the portal's base URL, for links that leave the
    /// browser: one-time links printed by a command or sent in a mail.
    pub fn url(&self, base_url: &str) -> String {
        format!("{}{self}", base_url.trim_end_matches('/'))
    }

    /// `parse` of a URL as it is written in a link or a request line (`/path?query`, still
    /// percent-encoded).
    pub fn parse_url(method: Method, url: &str) -> Result<Route, RouteError> {
        let (raw_path, raw_query) = url.split_once('?').unwrap_or((url, ""));
        let path = percent_decode_str(raw_path).decode_utf8_lossy();
        let query: Vec<(String, String)> = form_urlencoded::parse(raw_query.as_bytes())
            .into_owned()
            .collect();
        Route::parse(method, &path, &query)
    }

    /// The methods answered at this (percent-decoded) path, as an `Allow` header lists them;
    /// `None` when no method is.
    pub fn allowed_methods(path: &str) -> Option<&'static str> {
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let answers = |kind| !matches!(parse_segments(kind, &segments, Query(&[])), Ok(None));
        match (answers(Kind::Read), answers(Kind::Post)) {
            (true, true) => Some("GET, HEAD, POST"),
            (true, false) => Some("GET, HEAD"),
            (false, true) => Some("POST"),
            (false, false) => None,
        }
    }

    /// The largest body a request to this route may carry.
    pub fn body_limit(&self) -> usize {
        // Only the two upload forms take files; every other form, their confirmations
        // included, is a small urlencoded body.
        match self {
            Route::Import | Route::Diagnose => UPLOAD_BODY_LIMIT,
            Route::Api(api::ApiRoute::Import { .. } | api::ApiRoute::Diagnose) => UPLOAD_BODY_LIMIT,
            _ => FORM_BODY_LIMIT,
        }
    }

    /// The largest body a POST to this request target (path, maybe with a query, still
    /// percent-encoded) may carry; what is no route takes no more than a form.
    pub fn body_limit_of(url: &str) -> usize {
        Route::parse_url(Method::Post, url).map_or(FORM_BODY_LIMIT, |route| route.body_limit())
    }

    /// Whether a request with this method is answered by this route (some routes answer
    /// both reads and posts, a confirmation page only reads).
    pub fn answers(&self, method: Method) -> bool {
        Route::parse_url(method, &self.path()).as_ref() == Ok(self)
    }

    /// Every route, once each, its ids and tokens made from `seed` (two seeds give two routes
    /// that differ exactly where a path takes a value). For tests: the round trip of print and
    /// parse, and the security matrix's list of routes. The chain in `next_sample` is an
    /// exhaustive `match`, so a new route does not compile until it has a sample.
    pub fn samples(seed: i64) -> Vec<Route> {
        let mut samples = Vec::new();
        let mut next = samples::next_sample(None, seed);
        // Bounded, so that a chain that loops back fails the tests instead of hanging them.
        while let Some(route) = next.filter(|_| samples.len() < 1000) {
            next = samples::next_sample(Some(&route), seed);
            samples.push(route);
        }
        samples
    }
}

impl fmt::Display for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Route::Home => f.write_str("/"),
            Route::Healthz => f.write_str("/healthz"),
            Route::Asset(name) => write!(
                f,
                "/assets/{}?v={}",
                segment(name),
                crate::assets::version(name)
            ),
            Route::SignIn => f.write_str("/signin"),
            Route::SignOut => f.write_str("/signout"),
            Route::Setup(token) => write!(f, "/setup/{}", segment(token)),
            Route::Reset(token) => write!(f, "/reset/{}", segment(token)),
            Route::Invite(token) => write!(f, "/invite/{}", segment(token)),
            Route::Licences(list) => f.write_str(&list.link("/licences")),
            Route::Licence(id) => write!(f, "/licences/{id}"),
            Route::Orders { page } => {
                let page = page_pair(*page);
                f.write_str(&with_query("/orders", page.as_deref().map(|p| ("page", p))))
            }
            Route::Import => f.write_str("/import"),
            Route::ImportConfirm => f.write_str("/import/confirm"),
            Route::Export(format) => write!(f, "/export?format={}", format.as_str()),
            Route::Diagnose => f.write_str("/diagnose"),
            Route::DiagnoseApply => f.write_str("/diagnose/apply"),
            Route::InstanceDelete(id) => write!(f, "/instances/{id}/delete"),
            Route::Admin => f.write_str("/admin"),
            Route::EndOfDataCenter => f.write_str("/admin/end-of-data-center"),
            Route::EndOfDataCenterCsv => f.write_str("/admin/end-of-data-center.csv"),
            Route::People(route) => route.fmt(f),
            Route::Organisations(route) => route.fmt(f),
            Route::Api(route) => route.fmt(f),
            Route::NewLicence => f.write_str("/licences/new"),
            Route::NewLicenceByKey => f.write_str("/licences/new/key"),
            Route::NewLicenceByHand => f.write_str("/licences/new/hand"),
            Route::NewEvaluation => f.write_str("/licences/new-evaluation"),
            Route::LicenceOrganisation(id) => write!(f, "/licences/{id}/organisation"),
            Route::LicenceBelongsTo(id) => write!(f, "/licences/{id}/belongs-to"),
            Route::LicenceNotes(id) => write!(f, "/licences/{id}/notes"),
            Route::LicenceServerId(id) => write!(f, "/licences/{id}/server-id"),
            Route::LicenceAutoRenew(id) => write!(f, "/licences/{id}/auto-renew"),
            Route::LicenceKey(id) => write!(f, "/licences/{id}/key"),
            Route::LicenceDownload(id) => write!(f, "/licences/{id}/download"),
            Route::LicenceArchive(id) => write!(f, "/licences/{id}/archive"),
            Route::LicenceRestore(id) => write!(f, "/licences/{id}/restore"),
            Route::LicenceRenew(id) => write!(f, "/licences/{id}/renew"),
            Route::LicenceUpgrade(id) => write!(f, "/licences/{id}/upgrade"),
            Route::LicenceExtend(id) => write!(f, "/licences/{id}/extend"),
            Route::LicenceAttachKey(id) => write!(f, "/licences/{id}/attach-key"),
            Route::LicenceDeveloper(id) => write!(f, "/licences/{id}/developer"),
            Route::LicenceRestoreKey(id, entry) => {
                write!(f, "/licences/{id}/key-history/{entry}/restore")
            }
            Route::LicenceDelete(id) => write!(f, "/licences/{id}/delete"),
            Route::LicenceReplaceKey(id) => write!(f, "/licences/{id}/replace-key"),
            Route::LicenceEligibility(id, question) => {
                let pairs = [
                    ("product", question.product.as_str()),
                    ("version", question.version.as_str()),
                ];
                f.write_str(&with_query(&format!("/licences/{id}/eligibility"), pairs))
            }
            Route::AdminLifecycle => f.write_str("/admin/lifecycle"),
            Route::AdminLifecyclePreview(file) => {
                write!(f, "/admin/lifecycle/{}/preview", file.code())
            }
            Route::AdminLifecycleConfirm(file) => {
                write!(f, "/admin/lifecycle/{}/confirm", file.code())
            }
            Route::AdminLifecycleReset(file) => write!(f, "/admin/lifecycle/{}/reset", file.code()),
            Route::AdminLifecycleDownload(file) => {
                write!(f, "/admin/lifecycle/{}/download", file.code())
            }
            Route::LicenceHost(id) => write!(f, "/licences/{id}/host"),
            Route::OrganisationCoterm(id, until) => f.write_str(&with_query(
                &format!("/organisations/{id}/coterm"),
                Some(("until", until.as_str())).filter(|_| !until.is_empty()),
            )),
            Route::OrganisationCotermCsv(id, until) => f.write_str(&with_query(
                &format!("/organisations/{id}/coterm.csv"),
                Some(("until", until.as_str())).filter(|_| !until.is_empty()),
            )),
            Route::Dashboard(None) => f.write_str("/dashboard"),
            Route::Dashboard(Some(id)) => write!(f, "/dashboard?organisation={id}"),
            Route::OrganisationReport(id) => write!(f, "/organisations/{id}/report"),
            Route::OrganisationReports(id) => write!(f, "/organisations/{id}/reports"),
            Route::OrganisationAccess(route) => route.fmt(f),
            Route::Mailboxes(route) => route.fmt(f),
            Route::Feeds(route) => route.fmt(f),
            Route::Webhooks(route) => route.fmt(f),
            Route::Panic => f.write_str("/__panic"),
        }
    }
}

/// What a request asks of a path: to read it (GET, HEAD), to post to it, or anything else
/// (which no route answers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Read,
    Post,
    Other,
}

/// The routing table: the route that answers `kind` at these path segments, `None` when no
/// route does. Only reads look at the query.
fn parse_segments(
    kind: Kind,
    segments: &[&str],
    query: Query<'_>,
) -> Result<Option<Route>, QueryError> {
    use Kind::{Post, Read};
    let id = |raw: &str| raw.parse::<LicenceId>().ok();
    let route = match (segments, kind) {
        ([], Read) => Route::Home,
        (["healthz"], Read) => Route::Healthz,
        (["assets", name], Read) => Route::Asset((*name).to_owned()),
        (["signin"], Read | Post) => Route::SignIn,
        (["signout"], Post) => Route::SignOut,
        (["setup", token], Read | Post) => Route::Setup((*token).to_owned()),
        (["reset", token], Read | Post) => Route::Reset((*token).to_owned()),
        (["invite", token], Read | Post) => Route::Invite((*token).to_owned()),
        (["licences"], Read) => Route::Licences(LicenceList::parse(query)?),
        (["orders"], Read) => Route::Orders {
            page: query.page()?,
        },
        (["import"], Read | Post) => Route::Import,
        (["import", "confirm"], Post) => Route::ImportConfirm,
        (["export"], Read) => Route::Export(ExportFormat::parse(query.get("format"))?),
        (["diagnose"], Read | Post) => Route::Diagnose,
        (["diagnose", "apply"], Post) => Route::DiagnoseApply,
        (["instances", raw, "delete"], Read | Post) => match raw.parse::<i64>() {
            // Digits only, as the link writes them: no sign, no spaces.
            Ok(id) if id > 0 && raw.bytes().all(|b| b.is_ascii_digit()) => {
                Route::InstanceDelete(id)
            }
            _ => return Ok(None),
        },
        (["admin"], Read) => Route::Admin,
        (["admin", "lifecycle"], Read) => Route::AdminLifecycle,
        (["admin", "lifecycle", table, action], _) => {
            let Some(file) = LifecycleFile::from_code(table) else {
                return Ok(None);
            };
            match (*action, kind) {
                ("preview", Post) => Route::AdminLifecyclePreview(file),
                ("confirm", Post) => Route::AdminLifecycleConfirm(file),
                ("reset", Post) => Route::AdminLifecycleReset(file),
                ("download", Read) => Route::AdminLifecycleDownload(file),
                _ => return Ok(None),
            }
        }
        (["admin", "webhooks", ..], _) => match webhooks::parse_segments(kind, segments) {
            Some(route) => Route::Webhooks(route),
            None => return Ok(None),
        },
        (["admin", "end-of-data-center"], Read) => Route::EndOfDataCenter,
        (["admin", "end-of-data-center.csv"], Read) => Route::EndOfDataCenterCsv,
        (["licences", "new"], Read) => Route::NewLicence,
        (["licences", "new", "key"], Post) => Route::NewLicenceByKey,
        (["licences", "new", "hand"], Post) => Route::NewLicenceByHand,
        (["licences", "new-evaluation"], Read | Post) => Route::NewEvaluation,
        (["licences", raw], Read) => match id(raw) {
            Some(id) => Route::Licence(id),
            None => return Ok(None),
        },
        (["licences", raw, rest @ ..], _) if !matches!(rest.first(), Some(&"contacts")) => {
            let Some(id) = id(raw) else {
                return Ok(None);
            };
            match (rest, kind) {
                (["organisation"], Post) => Route::LicenceOrganisation(id),
                (["belongs-to"], Post) => Route::LicenceBelongsTo(id),
                (["notes"], Post) => Route::LicenceNotes(id),
                (["server-id"], Post) => Route::LicenceServerId(id),
                (["auto-renew"], Post) => Route::LicenceAutoRenew(id),
                (["key"], Read | Post) => Route::LicenceKey(id),
                (["download"], Read) => Route::LicenceDownload(id),
                (["archive"], Read | Post) => Route::LicenceArchive(id),
                (["restore"], Post) => Route::LicenceRestore(id),
                (["renew"], Read | Post) => Route::LicenceRenew(id),
                (["upgrade"], Read | Post) => Route::LicenceUpgrade(id),
                (["extend"], Read | Post) => Route::LicenceExtend(id),
                (["attach-key"], Read | Post) => Route::LicenceAttachKey(id),
                (["developer"], Read | Post) => Route::LicenceDeveloper(id),
                (["key-history", entry, "restore"], Read | Post) => match entry.parse() {
                    Ok(entry) => Route::LicenceRestoreKey(id, entry),
                    Err(_) => return Ok(None),
                },
                (["delete"], Read | Post) => Route::LicenceDelete(id),
                (["replace-key"], Read | Post) => Route::LicenceReplaceKey(id),
                (["eligibility"], Read) => Route::LicenceEligibility(
                    id,
                    EligibilityQuestion {
                        product: query.get("product").unwrap_or("").trim().to_owned(),
                        version: query.get("version").unwrap_or("").trim().to_owned(),
                    },
                ),
                (["host"], Post) => Route::LicenceHost(id),
                _ => return Ok(None),
            }
        }
        (["admin", "mailboxes", ..] | ["organisations", _, "mailboxes", ..], _) => {
            match mailboxes::parse_segments(kind, segments) {
                Some(route) => Route::Mailboxes(route),
                None => return Ok(None),
            }
        }
        (["organisations", _, "people" | "managers" | "grants", ..], _) => {
            match organisation_access::parse_segments(kind, segments) {
                Some(route) => Route::OrganisationAccess(route),
                None => return Ok(None),
            }
        }
        (
            [
                "organisations",
                raw,
                page @ ("coterm" | "coterm.csv" | "report" | "reports"),
            ],
            _,
        ) => {
            let Ok(id) = raw.parse::<OrganisationId>() else {
                return Ok(None);
            };
            let until = || query.get("until").unwrap_or("").trim().to_owned();
            match (*page, kind) {
                ("coterm", Read) => Route::OrganisationCoterm(id, until()),
                ("coterm", Post) => Route::OrganisationCoterm(id, String::new()),
                ("coterm.csv", Read) => Route::OrganisationCotermCsv(id, until()),
                ("report", Read) => Route::OrganisationReport(id),
                ("reports", Post) => Route::OrganisationReports(id),
                _ => return Ok(None),
            }
        }
        (["dashboard"], Read) => Route::Dashboard(match query.get("organisation") {
            None | Some("") => None,
            Some(raw) => Some(raw.parse().map_err(|_| QueryError::Organisation)?),
        }),
        (["__panic"], _) => Route::Panic,
        (["organisations", ..], _) => {
            return Ok(
                organisations::parse_segments(kind, segments, query).map(Route::Organisations)
            );
        }
        _ => {
            if let Some(route) = feeds::parse_segments(kind, segments, query)? {
                return Ok(Some(Route::Feeds(route)));
            }
            return people::parse_segments(kind, segments, query).map(|r| r.map(Route::People));
        }
    };
    Ok(Some(route))
}

/// The licence list cut to one organisation's licences in a state (`None`: the licences
/// without an organisation), where each figure of the dashboard leads.
pub fn organisation_state_list(
    organisation: Option<OrganisationId>,
    state: LicenceState,
) -> String {
    let organisation = match organisation {
        Some(id) => OrganisationFilter::Of(id),
        None => OrganisationFilter::Unassigned,
    };
    Route::Licences(LicenceList::in_state(Some(organisation), state)).path()
}

/// The licences of every organisation in a state.
pub fn state_list(state: LicenceState) -> String {
    Route::Licences(LicenceList::in_state(None, state)).path()
}

/// Whether a `next` parameter is a path on this site. Anything else (another host, a scheme,
/// `//host`, a backslash trick) is ignored, so a link cannot send a user off-site after sign-in.
pub fn is_local_path(next: &str) -> bool {
    next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && !next.contains("://")
        // Browsers drop tabs and newlines inside a URL, so `/\t/evil.example` would become
        // `//evil.example`; no control character or space, and no backslash, is allowed.
        && !next.contains(|c: char| c.is_control() || c == ' ' || c == '\\')
}

#[cfg(test)]
mod tests;
