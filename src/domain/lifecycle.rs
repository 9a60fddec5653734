//! The lifecycle data and its rules: the cut-off dates of Server and Data Center (SPEC §9) and
//! the release table of the host products, as parsed from their CSV files, and the rule that
//! says whether a licence may run a release. Pure: the caller reads the files; no date here is
//! a constant, every one comes from a file an administrator can replace.

use jiff::civil::Date;

use super::{Deployment, LicenceKind};

/// The largest lifecycle file taken, in bytes: the shipped tables are a few kilobytes.
pub const FILE_MAX_BYTES: usize = 256 * 1024;

/// The most rows a lifecycle file may hold.
pub const FILE_MAX_ROWS: usize = 5000;

/// The longest text a field (a source, a version) may hold, in characters.
pub const FIELD_MAX_CHARS: usize = 500;

/// Which of the two files: the cut-off dates or the release table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LifecycleFile {
    Cutoffs,
    Releases,
}

impl LifecycleFile {
    pub const ALL: [LifecycleFile; 2] = [LifecycleFile::Cutoffs, LifecycleFile::Releases];

    /// The code the file is stored and named as on the command line.
    pub fn code(self) -> &'static str {
        match self {
            LifecycleFile::Cutoffs => "cutoffs",
            LifecycleFile::Releases => "releases",
        }
    }

    pub fn from_code(code: &str) -> Option<LifecycleFile> {
        LifecycleFile::ALL.into_iter().find(|f| f.code() == code)
    }

    /// The header line a file of this kind starts with.
    pub fn header(self) -> &'static [&'static str] {
        match self {
            LifecycleFile::Cutoffs => &CUTOFF_HEADER,
            LifecycleFile::Releases => &RELEASE_HEADER,
        }
    }
}

const CUTOFF_HEADER: [&str; 6] = [
    "event",
    "applies_to",
    "except",
    "date",
    "source_url",
    "reported_by",
];

const RELEASE_HEADER: [&str; 4] = ["product", "version", "release_date", "source_url"];

/// What happens on a cut-off date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CutoffEvent {
    /// Support of Server licences ends: later versions refuse them.
    ServerSupportEnd,
    /// No new Data Center subscriptions are sold.
    DcNewSubscriptionsEnd,
    /// Existing customers' last purchases and tier changes.
    DcLastPurchase,
    /// Data Center's end of life: no renewal reaches past it.
    DcEndOfLife,
}

impl CutoffEvent {
    pub const ALL: [CutoffEvent; 4] = [
        CutoffEvent::ServerSupportEnd,
        CutoffEvent::DcNewSubscriptionsEnd,
        CutoffEvent::DcLastPurchase,
        CutoffEvent::DcEndOfLife,
    ];

    pub fn code(self) -> &'static str {
        match self {
            CutoffEvent::ServerSupportEnd => "server-support-end",
            CutoffEvent::DcNewSubscriptionsEnd => "dc-new-subscriptions-end",
            CutoffEvent::DcLastPurchase => "dc-last-purchase",
            CutoffEvent::DcEndOfLife => "dc-end-of-life",
        }
    }

    pub fn from_code(code: &str) -> Option<CutoffEvent> {
        CutoffEvent::ALL.into_iter().find(|e| e.code() == code)
    }
}

/// A product of the release table. Its codes are the file's; a licence's product name (as a
/// key names it) maps onto one with [`ReleaseProduct::of_licence_product`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReleaseProduct {
    JiraSoftware,
    JiraServiceManagement,
    Confluence,
    Bitbucket,
    Bamboo,
    Crowd,
    FisheyeCrucible,
}

impl ReleaseProduct {
    pub const ALL: [ReleaseProduct; 7] = [
        ReleaseProduct::JiraSoftware,
        ReleaseProduct::JiraServiceManagement,
        ReleaseProduct::Confluence,
        ReleaseProduct::Bitbucket,
        ReleaseProduct::Bamboo,
        ReleaseProduct::Crowd,
        ReleaseProduct::FisheyeCrucible,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ReleaseProduct::JiraSoftware => "jira-software",
            ReleaseProduct::JiraServiceManagement => "jira-service-management",
            ReleaseProduct::Confluence => "confluence",
            ReleaseProduct::Bitbucket => "bitbucket",
            ReleaseProduct::Bamboo => "bamboo",
            ReleaseProduct::Crowd => "crowd",
            ReleaseProduct::FisheyeCrucible => "fisheye-crucible",
        }
    }

    pub fn from_code(code: &str) -> Option<ReleaseProduct> {
        ReleaseProduct::ALL.into_iter().find(|p| p.code() == code)
    }

    /// The release-table product of a licence's product, as keys and the portal name it
    /// ("Jira Software", "JIRA", "Jira Service Desk", "Stash", "Crucible", ...); `None` for a
    /// product without releases in the table (an app, Clover).
    pub fn of_licence_product(name: &str) -> Option<ReleaseProduct> {
        let name = name.trim().to_ascii_lowercase();
        let starts = |prefix: &str| name.starts_with(prefix);
        if starts("jira service") {
            Some(ReleaseProduct::JiraServiceManagement)
        } else if starts("jira") {
            Some(ReleaseProduct::JiraSoftware)
        } else if starts("confluence") {
            Some(ReleaseProduct::Confluence)
        } else if starts("bitbucket") || starts("stash") {
            Some(ReleaseProduct::Bitbucket)
        } else if starts("bamboo") {
            Some(ReleaseProduct::Bamboo)
        } else if starts("crowd") {
            Some(ReleaseProduct::Crowd)
        } else if starts("fisheye") || starts("crucible") {
            Some(ReleaseProduct::FisheyeCrucible)
        } else {
            None
        }
    }
}

/// A product version as releases are numbered (`9.12`, `10.3.1`). Trailing zeros after the
/// feature release do not count: `9.12.0` is `9.12`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Version(Vec<u32>);

impl Version {
    /// Reads `x.y` or `x.y.z` (two to four numbers); `None` for anything else.
    pub fn parse(text: &str) -> Option<Version> {
        let text = text.trim();
        let parts: Option<Vec<u32>> = text
            .split('.')
            .map(|part| {
                (!part.is_empty() && part.len() <= 6 && part.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| part.parse().ok())
                    .flatten()
            })
            .collect();
        let mut parts = parts?;
        if !(2..=4).contains(&parts.len()) {
            return None;
        }
        while parts.len() > 2 && parts.last() == Some(&0) {
            parts.pop();
        }
        Some(Version(parts))
    }

    /// The feature release (`x.y`) this version belongs to.
    pub fn feature(&self) -> Version {
        Version(self.0.iter().take(2).copied().collect())
    }
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<String> = self.0.iter().map(u32::to_string).collect();
        f.write_str(&parts.join("."))
    }
}

impl serde::Serialize for Version {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A release date as the table knows it: a day, or only its month where the day is not known
/// (the file says `2023-06`). A month is never passed off as a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReleaseDate {
    Day(Date),
    Month { year: i16, month: i8 },
}

impl ReleaseDate {
    /// Reads `YYYY-MM-DD` or `YYYY-MM`.
    pub fn parse(text: &str) -> Option<ReleaseDate> {
        let text = text.trim();
        if text.len() == 10 {
            return parse_day(text).map(ReleaseDate::Day);
        }
        let (year, month) = text.split_once('-')?;
        if year.len() != 4 || month.len() != 2 {
            return None;
        }
        let year: i16 = digits(year)?;
        let month: i8 = digits(month)?;
        Date::new(year, month, 1).ok()?;
        Some(ReleaseDate::Month { year, month })
    }

    /// The first day the release may have come out.
    pub fn earliest(self) -> Date {
        match self {
            ReleaseDate::Day(day) => day,
            ReleaseDate::Month { year, month } => Date::new(year, month, 1).unwrap_or(Date::MIN),
        }
    }

    /// The last day the release may have come out.
    pub fn latest(self) -> Date {
        match self {
            ReleaseDate::Day(day) => day,
            ReleaseDate::Month { .. } => self.earliest().last_of_month(),
        }
    }
}

impl std::fmt::Display for ReleaseDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReleaseDate::Day(day) => write!(f, "{day}"),
            ReleaseDate::Month { year, month } => write!(f, "{year:04}-{month:02}"),
        }
    }
}

impl serde::Serialize for ReleaseDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

fn digits<T: std::str::FromStr>(text: &str) -> Option<T> {
    text.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| text.parse().ok())
        .flatten()
}

/// A calendar date written `YYYY-MM-DD`, and nothing else.
fn parse_day(text: &str) -> Option<Date> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    Date::new(
        digits(&text[..4])?,
        digits(&text[5..7])?,
        digits(&text[8..])?,
    )
    .ok()
}

/// One cut-off: an event, the licences it applies to (by deployment, with products excepted),
/// its date and who says so.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Cutoff {
    pub event: CutoffEvent,
    pub applies_to: Deployment,
    pub except: Vec<ReleaseProduct>,
    pub date: Date,
    pub source_url: String,
    pub reported_by: String,
}

impl Cutoff {
    /// Whether the cut-off applies to a licence of this deployment and product.
    pub fn applies(&self, deployment: Deployment, product: Option<ReleaseProduct>) -> bool {
        self.applies_to == deployment && product.is_none_or(|p| !self.except.contains(&p))
    }
}

/// One row of the release table.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Release {
    pub product: ReleaseProduct,
    pub version: Version,
    pub date: ReleaseDate,
    pub source_url: String,
}

/// Why a lifecycle file was refused: the line (1 is the header) and the reason. Nothing of a
/// refused file is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileError {
    /// The line of the file, counted from 1; 0 when the file as a whole is wrong.
    pub line: u64,
    pub problem: FileProblem,
}

/// What is wrong with a line of a lifecycle file; `i18n` words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileProblem {
    /// Larger than [`FILE_MAX_BYTES`].
    TooLarge,
    /// More than [`FILE_MAX_ROWS`] rows.
    TooManyRows,
    /// Not UTF-8, or not CSV the reader can split.
    NotCsv,
    /// The first line is not the expected header; carries the header expected.
    Header(String),
    /// The header and no rows.
    NoRows,
    /// A line with another number of fields than the header.
    FieldCount {
        expected: usize,
        found: usize,
    },
    /// A required field is empty; carries its column name.
    Empty(&'static str),
    /// A field longer than [`FIELD_MAX_CHARS`]; carries its column name.
    TooLong(&'static str),
    UnknownEvent(String),
    /// Not `server` or `data-center`.
    UnknownDeployment(String),
    UnknownProduct(String),
    /// Not `YYYY-MM-DD` (or `YYYY-MM` for a release date); carries its column name.
    BadDate(&'static str),
    BadVersion(String),
    /// Not an `https://` or `http://` address.
    BadUrl,
    /// The same event (or product and version) twice; carries the line of the first.
    Duplicate {
        first_line: u64,
    },
}

/// The cut-off dates, in the order of their date.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct Cutoffs {
    pub rows: Vec<Cutoff>,
}

impl Cutoffs {
    /// The cut-off of this event, if the file has it.
    pub fn event(&self, event: CutoffEvent) -> Option<&Cutoff> {
        self.rows.iter().find(|c| c.event == event)
    }

    /// The cut-offs that apply to a licence of this deployment and product, by date.
    pub fn applying(
        &self,
        deployment: Deployment,
        product: Option<ReleaseProduct>,
    ) -> Vec<&Cutoff> {
        self.rows
            .iter()
            .filter(|c| c.applies(deployment, product))
            .collect()
    }
}

/// The release table, by product and then version.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct Releases {
    pub rows: Vec<Release>,
}

impl Releases {
    /// The release of exactly this version (`9.12.0` finds `9.12`).
    pub fn find(&self, product: ReleaseProduct, version: &Version) -> Option<&Release> {
        self.rows
            .iter()
            .find(|r| r.product == product && r.version == *version)
    }

    /// Up to `count` known versions of the product closest to `version`: the ones just below
    /// and just above it, in version order.
    pub fn nearest(
        &self,
        product: ReleaseProduct,
        version: &Version,
        count: usize,
    ) -> Vec<&Release> {
        let of_product: Vec<&Release> = self.rows.iter().filter(|r| r.product == product).collect();
        let split = of_product.partition_point(|r| r.version < *version);
        let below = count / 2;
        let start = split.saturating_sub(below);
        let end = (start + count).min(of_product.len());
        let start = end.saturating_sub(count).min(start);
        of_product[start..end].to_vec()
    }
}

/// Reads the records of a CSV text with its header checked; each item is the line number and
/// the fields.
fn records(text: &str, file: LifecycleFile) -> Result<Vec<(u64, Vec<String>)>, FileError> {
    let whole = |problem| FileError { line: 0, problem };
    if text.len() > FILE_MAX_BYTES {
        return Err(whole(FileProblem::TooLarge));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .comment(Some(b'#'))
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut header_seen = false;
    for record in reader.records() {
        let record = record.map_err(|e| FileError {
            line: e.position().map_or(0, |p| p.line()),
            problem: FileProblem::NotCsv,
        })?;
        let line = record.position().map_or(0, |p| p.line());
        let fields: Vec<String> = record.iter().map(|f| f.trim().to_owned()).collect();
        if fields.iter().all(String::is_empty) {
            continue;
        }
        if !header_seen {
            if fields != file.header() {
                return Err(FileError {
                    line,
                    problem: FileProblem::Header(file.header().join(",")),
                });
            }
            header_seen = true;
            continue;
        }
        if rows.len() == FILE_MAX_ROWS {
            return Err(whole(FileProblem::TooManyRows));
        }
        if fields.len() != file.header().len() {
            return Err(FileError {
                line,
                problem: FileProblem::FieldCount {
                    expected: file.header().len(),
                    found: fields.len(),
                },
            });
        }
        for (field, name) in fields.iter().zip(file.header()) {
            if field.chars().count() > FIELD_MAX_CHARS {
                return Err(FileError {
                    line,
                    problem: FileProblem::TooLong(name),
                });
            }
        }
        rows.push((line, fields));
    }
    if !header_seen {
        return Err(FileError {
            line: 1,
            problem: FileProblem::Header(file.header().join(",")),
        });
    }
    if rows.is_empty() {
        return Err(whole(FileProblem::NoRows));
    }
    Ok(rows)
}

fn required<'f>(field: &'f str, name: &'static str, line: u64) -> Result<&'f str, FileError> {
    if field.is_empty() {
        Err(FileError {
            line,
            problem: FileProblem::Empty(name),
        })
    } else {
        Ok(field)
    }
}

fn url(field: &str, line: u64) -> Result<String, FileError> {
    let field = required(field, "source_url", line)?;
    let rest = field
        .strip_prefix("https://")
        .or_else(|| field.strip_prefix("http://"));
    match rest {
        Some(rest) if !rest.is_empty() && !rest.contains(char::is_whitespace) => {
            Ok(field.to_owned())
        }
        _ => Err(FileError {
            line,
            problem: FileProblem::BadUrl,
        }),
    }
}

/// Reads a cut-off file (`event,applies_to,except,date,source_url,reported_by`; `except` holds
/// product codes separated by spaces). Lines starting with `#` are comments.
pub fn parse_cutoffs(text: &str) -> Result<Cutoffs, FileError> {
    let mut rows: Vec<(u64, Cutoff)> = Vec::new();
    for (line, fields) in records(text, LifecycleFile::Cutoffs)? {
        let fail = |problem| FileError { line, problem };
        let event_code = required(&fields[0], "event", line)?;
        let event = CutoffEvent::from_code(event_code)
            .ok_or_else(|| fail(FileProblem::UnknownEvent(event_code.to_owned())))?;
        let applies = required(&fields[1], "applies_to", line)?;
        let applies_to = Deployment::parse(applies)
            .ok_or_else(|| fail(FileProblem::UnknownDeployment(applies.to_owned())))?;
        let except = fields[2]
            .split_whitespace()
            .map(|code| {
                ReleaseProduct::from_code(code)
                    .ok_or_else(|| fail(FileProblem::UnknownProduct(code.to_owned())))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let date = parse_day(required(&fields[3], "date", line)?)
            .ok_or_else(|| fail(FileProblem::BadDate("date")))?;
        let source_url = url(&fields[4], line)?;
        let reported_by = required(&fields[5], "reported_by", line)?.to_owned();
        if let Some((first_line, _)) = rows.iter().find(|(_, c)| c.event == event) {
            return Err(fail(FileProblem::Duplicate {
                first_line: *first_line,
            }));
        }
        rows.push((
            line,
            Cutoff {
                event,
                applies_to,
                except,
                date,
                source_url,
                reported_by,
            },
        ));
    }
    let mut rows: Vec<Cutoff> = rows.into_iter().map(|(_, c)| c).collect();
    rows.sort_by_key(|c| (c.date, c.event));
    Ok(Cutoffs { rows })
}

/// Reads a release table (`product,version,release_date,source_url`). Lines starting with `#`
/// are comments.
pub fn parse_releases(text: &str) -> Result<Releases, FileError> {
    let mut rows: Vec<(u64, Release)> = Vec::new();
    let mut seen = std::collections::HashMap::new();
    for (line, fields) in records(text, LifecycleFile::Releases)? {
        let fail = |problem| FileError { line, problem };
        let product_code = required(&fields[0], "product", line)?;
        let product = ReleaseProduct::from_code(product_code)
            .ok_or_else(|| fail(FileProblem::UnknownProduct(product_code.to_owned())))?;
        let version_text = required(&fields[1], "version", line)?;
        let version = Version::parse(version_text)
            .ok_or_else(|| fail(FileProblem::BadVersion(version_text.to_owned())))?;
        let date = ReleaseDate::parse(required(&fields[2], "release_date", line)?)
            .ok_or_else(|| fail(FileProblem::BadDate("release_date")))?;
        let source_url = url(&fields[3], line)?;
        if let Some(first_line) = seen.insert((product, version.clone()), line) {
            return Err(fail(FileProblem::Duplicate { first_line }));
        }
        rows.push((
            line,
            Release {
                product,
                version,
                date,
                source_url,
            },
        ));
    }
    let mut rows: Vec<Release> = rows.into_iter().map(|(_, r)| r).collect();
    rows.sort_by(|a, b| (a.product, &a.version).cmp(&(b.product, &b.version)));
    Ok(Releases { rows })
}

/// What a licence's dates say about running a release, with the dates that decide it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "answer", rename_all = "kebab-case")]
pub enum Eligibility {
    /// Released on or before the support expiry. A Data Center licence also carries its
    /// licence expiry, after which the product is read-only whatever its version.
    Eligible {
        release: Release,
        support_expiry: Date,
        licence_expiry: Option<Date>,
    },
    /// Released after the support expiry: the version will not accept the licence.
    NotEligible {
        release: Release,
        support_expiry: Date,
    },
    /// The table knows only the month of the release, and the support expiry falls in it.
    CannotTell {
        release: Release,
        support_expiry: Date,
    },
    /// The licence has no support expiry to compare with.
    NoSupportExpiry { release: Release },
    /// A test licence: its expiry counts from when it is applied, and it is not meant for
    /// production; any version takes it while it lasts.
    TestLicence { release: Release },
    /// An evaluation runs any version until its licence expiry.
    Evaluation {
        release: Release,
        licence_expiry: Option<Date>,
    },
    /// The licence does not cover the product asked about (a Confluence licence asked about
    /// Jira): no version of it accepts the licence.
    NotCovered {
        product: ReleaseProduct,
        covered: Vec<ReleaseProduct>,
    },
    /// A bug-fix version (`9.12.3`) the table does not list, of a feature release made before
    /// the support expiry: the fix may have come out after it, so the table cannot tell.
    LaterFix {
        release: Release,
        version: Version,
        support_expiry: Date,
    },
    /// The table does not have this version; carries the nearest versions it has.
    UnknownVersion {
        product: ReleaseProduct,
        version: Version,
        nearest: Vec<Release>,
    },
}

impl Eligibility {
    /// Whether the licence runs the version: `Some(true)` eligible, `Some(false)` not, `None`
    /// when the answer is not a yes or a no.
    pub fn verdict(&self) -> Option<bool> {
        match self {
            Eligibility::Eligible { .. }
            | Eligibility::TestLicence { .. }
            | Eligibility::Evaluation { .. } => Some(true),
            Eligibility::NotEligible { .. } | Eligibility::NotCovered { .. } => Some(false),
            Eligibility::CannotTell { .. }
            | Eligibility::LaterFix { .. }
            | Eligibility::NoSupportExpiry { .. }
            | Eligibility::UnknownVersion { .. } => None,
        }
    }
}

/// The dates of a licence the eligibility rule reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LicenceDates {
    pub kind: LicenceKind,
    pub support_expiry: Option<Date>,
    pub licence_expiry: Option<Date>,
}

/// How many known versions an unknown version's answer lists.
pub const NEAREST_SHOWN: usize = 4;

/// Can a licence with these dates run `product` at `version`? A version released on or before
/// the support expiry accepts the licence; one released after it does not (SPEC §9).
///
/// A licence covering other products only is not eligible, whatever the version (`covered`
/// empty means the products cannot be told and are not checked). A bug-fix version the table
/// does not list is judged by its feature release when that came out after the support expiry
/// (the fix came later still); before it, the fix's own date decides, which the table does not
/// know.
pub fn eligibility(
    dates: LicenceDates,
    covered: &[ReleaseProduct],
    releases: &Releases,
    product: ReleaseProduct,
    version: &Version,
) -> Eligibility {
    if !covered.is_empty() && !covered.contains(&product) {
        return Eligibility::NotCovered {
            product,
            covered: covered.to_vec(),
        };
    }
    let exact = releases.find(product, version).cloned();
    let feature = version.feature();
    let fix_of = exact
        .is_none()
        .then(|| releases.find(product, &feature).cloned())
        .flatten();
    if let Some(release) = fix_of {
        let answer = eligibility(dates, covered, releases, product, &feature);
        return match answer {
            Eligibility::Eligible { support_expiry, .. }
            | Eligibility::CannotTell { support_expiry, .. } => Eligibility::LaterFix {
                release,
                version: version.clone(),
                support_expiry,
            },
            other => other,
        };
    }
    let Some(release) = exact else {
        return Eligibility::UnknownVersion {
            product,
            version: version.clone(),
            nearest: releases
                .nearest(product, version, NEAREST_SHOWN)
                .into_iter()
                .cloned()
                .collect(),
        };
    };
    match dates.kind {
        LicenceKind::Test => return Eligibility::TestLicence { release },
        LicenceKind::Evaluation => {
            return Eligibility::Evaluation {
                release,
                licence_expiry: dates.licence_expiry,
            };
        }
        _ => {}
    }
    let Some(support_expiry) = dates.support_expiry else {
        return Eligibility::NoSupportExpiry { release };
    };
    if release.date.latest() <= support_expiry {
        Eligibility::Eligible {
            release,
            support_expiry,
            licence_expiry: (dates.kind == LicenceKind::DataCenter)
                .then_some(dates.licence_expiry)
                .flatten(),
        }
    } else if release.date.earliest() > support_expiry {
        Eligibility::NotEligible {
            release,
            support_expiry,
        }
    } else {
        Eligibility::CannotTell {
            release,
            support_expiry,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const CUTOFFS: &str = "\
# A comment line
event,applies_to,except,date,source_url,reported_by
server-support-end,server,fisheye-crucible,2024-02-15,https://example.com/server,Atlassian
dc-end-of-life,data-center,,2029-03-28,https://example.com/dc,A partner
";

    const RELEASES: &str = "\
product,version,release_date,source_url
confluence,8.5,2023-07-18,https://example.com/c85
confluence,9.0,2024-07,https://example.com/c90
confluence,7.19,2022-06-14,https://example.com/c719
jira-software,9.12.0,2023-11-01,https://example.com/j912
";

    #[test]
    fn a_good_cutoff_file_reads_into_rows_by_date() {
        let cutoffs = parse_cutoffs(CUTOFFS).expect("parses");
        assert_eq!(cutoffs.rows.len(), 2);
        let server = cutoffs.event(CutoffEvent::ServerSupportEnd).expect("row");
        assert_eq!(server.date, date(2024, 2, 15));
        assert_eq!(server.except, vec![ReleaseProduct::FisheyeCrucible]);
        assert_eq!(server.reported_by, "Atlassian");
        assert!(server.applies(Deployment::Server, Some(ReleaseProduct::Confluence)));
        assert!(!server.applies(Deployment::Server, Some(ReleaseProduct::FisheyeCrucible)));
        assert!(!server.applies(Deployment::DataCenter, Some(ReleaseProduct::Confluence)));
        assert_eq!(
            cutoffs
                .applying(Deployment::DataCenter, None)
                .iter()
                .map(|c| c.event)
                .collect::<Vec<_>>(),
            vec![CutoffEvent::DcEndOfLife]
        );
    }

    #[test]
    fn a_good_release_table_reads_in_version_order() {
        let releases = parse_releases(RELEASES).expect("parses");
        let confluence: Vec<String> = releases
            .rows
            .iter()
            .filter(|r| r.product == ReleaseProduct::Confluence)
            .map(|r| r.version.to_string())
            .collect();
        assert_eq!(confluence, ["7.19", "8.5", "9.0"]);
        let v = Version::parse("9.12").expect("version");
        assert!(releases.find(ReleaseProduct::JiraSoftware, &v).is_some());
        assert_eq!(
            releases
                .find(
                    ReleaseProduct::Confluence,
                    &Version::parse("9.0").expect("v")
                )
                .map(|r| r.date),
            Some(ReleaseDate::Month {
                year: 2024,
                month: 7
            })
        );
    }

    fn cutoff_error(line: &str) -> FileError {
        let text = format!("event,applies_to,except,date,source_url,reported_by\n{line}\n");
        parse_cutoffs(&text).expect_err("refused")
    }

    fn release_error(line: &str) -> FileError {
        let text = format!("product,version,release_date,source_url\n{line}\n");
        parse_releases(&text).expect_err("refused")
    }

    #[test]
    fn each_bad_cutoff_line_is_refused_with_its_line_and_reason() {
        let at2 = |problem| FileError { line: 2, problem };
        assert_eq!(
            cutoff_error("server-end,server,,2024-02-15,https://x.example,A"),
            at2(FileProblem::UnknownEvent("server-end".into()))
        );
        assert_eq!(
            cutoff_error("dc-end-of-life,cloud,,2029-03-28,https://x.example,A"),
            at2(FileProblem::UnknownDeployment("cloud".into()))
        );
        assert_eq!(
            cutoff_error("dc-end-of-life,data-center,jira,2029-03-28,https://x.example,A"),
            at2(FileProblem::UnknownProduct("jira".into()))
        );
        assert_eq!(
            cutoff_error("dc-end-of-life,data-center,,2029-02-30,https://x.example,A"),
            at2(FileProblem::BadDate("date"))
        );
        assert_eq!(
            cutoff_error("dc-end-of-life,data-center,,28.03.2029,https://x.example,A"),
            at2(FileProblem::BadDate("date"))
        );
        assert_eq!(
            cutoff_error("dc-end-of-life,data-center,,2029-03-28,ftp://x.example,A"),
            at2(FileProblem::BadUrl)
        );
        assert_eq!(
            cutoff_error("dc-end-of-life,data-center,,2029-03-28,https://x.example,"),
            at2(FileProblem::Empty("reported_by"))
        );
        assert_eq!(
            cutoff_error("dc-end-of-life,data-center,,2029-03-28"),
            at2(FileProblem::FieldCount {
                expected: 6,
                found: 4
            })
        );
        let twice = "dc-end-of-life,data-center,,2029-03-28,https://x.example,A";
        let text = format!("{}\n{twice}\n{twice}\n", CUTOFF_HEADER.join(","));
        assert_eq!(
            parse_cutoffs(&text),
            Err(FileError {
                line: 3,
                problem: FileProblem::Duplicate { first_line: 2 }
            })
        );
    }

    #[test]
    fn a_bad_file_as_a_whole_is_refused() {
        assert_eq!(
            parse_cutoffs(RELEASES).map(|_| ()),
            Err(FileError {
                line: 1,
                problem: FileProblem::Header(CUTOFF_HEADER.join(","))
            })
        );
        assert_eq!(
            parse_releases("product,version,release_date,source_url\n").map(|_| ()),
            Err(FileError {
                line: 0,
                problem: FileProblem::NoRows
            })
        );
        assert_eq!(
            parse_releases("").map(|_| ()),
            Err(FileError {
                line: 1,
                problem: FileProblem::Header(RELEASE_HEADER.join(","))
            })
        );
        let huge = "x".repeat(FILE_MAX_BYTES + 1);
        assert_eq!(
            parse_releases(&huge).map(|_| ()),
            Err(FileError {
                line: 0,
                problem: FileProblem::TooLarge
            })
        );
        let quote = "product,version,release_date,source_url\n\"confluence,8.5\n";
        assert!(parse_releases(quote).is_err());
    }

    #[test]
    fn each_bad_release_line_is_refused_with_its_line_and_reason() {
        let at2 = |problem| FileError { line: 2, problem };
        assert_eq!(
            release_error("jira,9.12,2023-11-01,https://x.example"),
            at2(FileProblem::UnknownProduct("jira".into()))
        );
        assert_eq!(
            release_error("confluence,nine,2023-11-01,https://x.example"),
            at2(FileProblem::BadVersion("nine".into()))
        );
        assert_eq!(
            release_error("confluence,9,2023-11-01,https://x.example"),
            at2(FileProblem::BadVersion("9".into()))
        );
        assert_eq!(
            release_error("confluence,9.0,2023-13,https://x.example"),
            at2(FileProblem::BadDate("release_date"))
        );
        assert_eq!(
            release_error("confluence,9.0,2023-11-01,"),
            at2(FileProblem::Empty("source_url"))
        );
        assert_eq!(
            release_error(&format!(
                "confluence,9.0,2023-11-01,https://{}",
                "x".repeat(FIELD_MAX_CHARS)
            )),
            at2(FileProblem::TooLong("source_url"))
        );
        let text = "product,version,release_date,source_url\n\
                    confluence,9.0,2024-07,https://x.example\n\
                    confluence,9.0.0,2024-07-01,https://x.example\n";
        assert_eq!(
            parse_releases(text),
            Err(FileError {
                line: 3,
                problem: FileProblem::Duplicate { first_line: 2 }
            })
        );
    }

    #[test]
    fn versions_compare_as_numbers_and_ignore_trailing_zeros() {
        let v = |t| Version::parse(t).expect("version");
        assert!(v("9.12") > v("9.2"));
        assert_eq!(v("9.12.0"), v("9.12"));
        assert_eq!(v("10.3.1").feature(), v("10.3"));
        assert_eq!(v(" 8.5 ").to_string(), "8.5");
        assert_eq!(Version::parse("8"), None);
        assert_eq!(Version::parse("8.x"), None);
        assert_eq!(Version::parse("8..1"), None);
        assert_eq!(Version::parse("-8.1"), None);
    }

    fn dates(kind: LicenceKind, support: Option<Date>) -> LicenceDates {
        LicenceDates {
            kind,
            support_expiry: support,
            licence_expiry: Some(date(2026, 1, 1)),
        }
    }

    #[test]
    fn eligibility_turns_on_the_day_of_the_support_expiry() {
        let releases = parse_releases(RELEASES).expect("parses");
        let c85 = Version::parse("8.5").expect("v");
        let released = date(2023, 7, 18);
        let on_the_day = eligibility(
            dates(LicenceKind::Server, Some(released)),
            &[],
            &releases,
            ReleaseProduct::Confluence,
            &c85,
        );
        assert_eq!(on_the_day.verdict(), Some(true), "{on_the_day:?}");
        let day_before = eligibility(
            dates(
                LicenceKind::Server,
                Some(released.yesterday().expect("day")),
            ),
            &[],
            &releases,
            ReleaseProduct::Confluence,
            &c85,
        );
        assert!(
            matches!(day_before, Eligibility::NotEligible { support_expiry, .. }
                if support_expiry == date(2023, 7, 17)),
            "{day_before:?}"
        );
    }

    #[test]
    fn a_release_known_by_its_month_is_judged_only_outside_that_month() {
        let releases = parse_releases(RELEASES).expect("parses");
        let c90 = Version::parse("9.0").expect("v");
        let ask = |support| {
            eligibility(
                dates(LicenceKind::DataCenter, Some(support)),
                &[],
                &releases,
                ReleaseProduct::Confluence,
                &c90,
            )
        };
        assert!(matches!(
            ask(date(2024, 6, 30)),
            Eligibility::NotEligible { .. }
        ));
        assert!(matches!(
            ask(date(2024, 7, 15)),
            Eligibility::CannotTell { .. }
        ));
        assert!(matches!(
            ask(date(2024, 7, 31)),
            Eligibility::Eligible {
                licence_expiry: Some(_),
                ..
            }
        ));
    }

    #[test]
    fn test_evaluation_and_dateless_licences_get_their_own_answers() {
        let releases = parse_releases(RELEASES).expect("parses");
        let c85 = Version::parse("8.5").expect("v");
        let ask = |kind, support| {
            eligibility(
                dates(kind, support),
                &[],
                &releases,
                ReleaseProduct::Confluence,
                &c85,
            )
        };
        assert!(matches!(
            ask(LicenceKind::Test, None),
            Eligibility::TestLicence { .. }
        ));
        assert!(matches!(
            ask(LicenceKind::Evaluation, Some(date(2020, 1, 1))),
            Eligibility::Evaluation { .. }
        ));
        assert!(matches!(
            ask(LicenceKind::Server, None),
            Eligibility::NoSupportExpiry { .. }
        ));
        // A Server licence's answer does not name a licence expiry: it has none that matters.
        assert!(matches!(
            ask(LicenceKind::Server, Some(date(2030, 1, 1))),
            Eligibility::Eligible {
                licence_expiry: None,
                ..
            }
        ));
    }

    #[test]
    fn an_unknown_version_lists_the_nearest_known() {
        let releases = parse_releases(RELEASES).expect("parses");
        let answer = eligibility(
            dates(LicenceKind::Server, Some(date(2030, 1, 1))),
            &[],
            &releases,
            ReleaseProduct::Confluence,
            &Version::parse("8.6").expect("v"),
        );
        assert_eq!(answer.verdict(), None);
        let Eligibility::UnknownVersion { nearest, .. } = answer else {
            panic!("{answer:?}");
        };
        let versions: Vec<String> = nearest.iter().map(|r| r.version.to_string()).collect();
        assert_eq!(versions, ["7.19", "8.5", "9.0"]);
    }

    #[test]
    fn licence_products_map_onto_the_release_table() {
        let of = ReleaseProduct::of_licence_product;
        assert_eq!(of("Jira Software"), Some(ReleaseProduct::JiraSoftware));
        assert_eq!(of("JIRA"), Some(ReleaseProduct::JiraSoftware));
        assert_eq!(
            of("Jira Service Management"),
            Some(ReleaseProduct::JiraServiceManagement)
        );
        assert_eq!(of("Stash"), Some(ReleaseProduct::Bitbucket));
        assert_eq!(of("Crucible"), Some(ReleaseProduct::FisheyeCrucible));
        assert_eq!(of("com.mxgraph.confluence.plugins.diagramly"), None);
    }
}

#[cfg(test)]
mod coverage_tests {
    use super::*;
    use jiff::civil::date;

    const TABLE: &str = "product,version,release_date,source_url\n\
                         confluence,8.5,2023-07-18,https://x.example\n\
                         confluence,9.0,2024-07-09,https://x.example\n";

    fn server(support: Date) -> LicenceDates {
        LicenceDates {
            kind: LicenceKind::Server,
            support_expiry: Some(support),
            licence_expiry: None,
        }
    }

    #[test]
    fn a_licence_is_not_eligible_for_a_product_it_does_not_cover() {
        let releases = parse_releases(TABLE).expect("parses");
        let v = Version::parse("8.5").expect("v");
        let jira_only = [ReleaseProduct::JiraSoftware];
        let answer = eligibility(
            server(date(2030, 1, 1)),
            &jira_only,
            &releases,
            ReleaseProduct::Confluence,
            &v,
        );
        assert_eq!(answer.verdict(), Some(false), "{answer:?}");
        assert!(matches!(answer, Eligibility::NotCovered { .. }));
        let both = [ReleaseProduct::JiraSoftware, ReleaseProduct::Confluence];
        let answer = eligibility(
            server(date(2030, 1, 1)),
            &both,
            &releases,
            ReleaseProduct::Confluence,
            &v,
        );
        assert_eq!(answer.verdict(), Some(true), "{answer:?}");
    }

    #[test]
    fn a_bug_fix_version_is_judged_by_its_feature_release_only_when_that_is_too_late() {
        let releases = parse_releases(TABLE).expect("parses");
        let fix = Version::parse("9.0.3").expect("v");
        let late = eligibility(
            server(date(2024, 1, 1)),
            &[],
            &releases,
            ReleaseProduct::Confluence,
            &fix,
        );
        assert!(matches!(late, Eligibility::NotEligible { .. }), "{late:?}");
        let early = eligibility(
            server(date(2025, 1, 1)),
            &[],
            &releases,
            ReleaseProduct::Confluence,
            &fix,
        );
        assert!(matches!(early, Eligibility::LaterFix { .. }), "{early:?}");
        assert_eq!(early.verdict(), None);
    }
}
