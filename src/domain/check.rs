//! The monitoring check (`licensedesk check`, and `GET /api/v1/check`): which licences end
//! soon or have ended, judged against two thresholds in days, and the one status a monitoring
//! system (Nagios, Icinga) reads from that.
//!
//! The rule, for every licence that is not archived (archived licences are ignored):
//! - a licence whose **licence** expiry (or an evaluation whose end) has passed, or comes within
//!   `critical_days`, is CRITICAL, within `warning_days` WARNING: the product stops (or turns
//!   read-only) then;
//! - **support** ending within `critical_days` is CRITICAL, within `warning_days` WARNING;
//!   support that has already ended is WARNING, not CRITICAL: the product keeps running, only
//!   updates and help stop;
//! - support that ends on or after the licence expiry is not named apart: it ends with the
//!   licence (a Data Center subscription's two dates are usually the same day).
//!
//! "Within N days" counts the day itself: a date N days from today is within N days; a date
//! today is 0 days away and has not passed. The check's status is the worst of its licences';
//! with no licence concerned it is OK. `critical_days` may not be more than `warning_days`.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::LicenceId;

/// A monitoring plugin's status, as Nagios and Icinga read it from the exit code.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "UPPERCASE")]
#[schema(as = CheckStatus)]
pub enum Status {
    Ok,
    Warning,
    Critical,
    /// The check could not be made (bad arguments, an unreadable database, an unknown
    /// organisation): never the status of a licence.
    Unknown,
}

impl Status {
    /// The word of the plugin protocol, the same in every language.
    pub fn label(self) -> &'static str {
        match self {
            Status::Ok => "OK",
            Status::Warning => "WARNING",
            Status::Critical => "CRITICAL",
            Status::Unknown => "UNKNOWN",
        }
    }

    /// The exit code a monitoring plugin ends with for this status.
    pub fn exit_code(self) -> u8 {
        match self {
            Status::Ok => 0,
            Status::Warning => 1,
            Status::Critical => 2,
            Status::Unknown => 3,
        }
    }
}

/// The default warning threshold, in days.
pub const DEFAULT_WARNING_DAYS: u32 = 30;
/// The default critical threshold, in days.
pub const DEFAULT_CRITICAL_DAYS: u32 = 7;
/// The largest threshold taken (about 27 years), so that no date sum can overflow.
pub const MAX_DAYS: u32 = 10_000;

/// The two thresholds, in days; `critical_days` is never more than `warning_days`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(as = CheckThresholds)]
pub struct Thresholds {
    warning_days: u32,
    critical_days: u32,
}

/// Why two thresholds cannot be used together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThresholdError {
    /// `critical_days` is more than `warning_days`: nothing could be a warning.
    CriticalAfterWarning {
        warning_days: u32,
        critical_days: u32,
    },
    /// A threshold above [`MAX_DAYS`].
    TooLarge { days: u32 },
}

impl Thresholds {
    pub fn new(warning_days: u32, critical_days: u32) -> Result<Thresholds, ThresholdError> {
        if let Some(days) = [warning_days, critical_days]
            .into_iter()
            .find(|days| *days > MAX_DAYS)
        {
            return Err(ThresholdError::TooLarge { days });
        }
        if critical_days > warning_days {
            return Err(ThresholdError::CriticalAfterWarning {
                warning_days,
                critical_days,
            });
        }
        Ok(Thresholds {
            warning_days,
            critical_days,
        })
    }

    pub fn warning_days(self) -> u32 {
        self.warning_days
    }

    pub fn critical_days(self) -> u32 {
        self.critical_days
    }

    /// The status of something that stops the product (a licence expiry, an evaluation's end)
    /// `days` from today: passed or within the critical threshold is CRITICAL.
    fn of_licence_end(self, days: i64) -> Status {
        if days <= i64::from(self.critical_days) {
            Status::Critical
        } else if days <= i64::from(self.warning_days) {
            Status::Warning
        } else {
            Status::Ok
        }
    }

    /// The status of a support expiry `days` from today: support that has ended is WARNING.
    fn of_support_end(self, days: i64) -> Status {
        if days < 0 {
            Status::Warning
        } else {
            self.of_licence_end(days)
        }
    }
}

impl Default for Thresholds {
    fn default() -> Thresholds {
        Thresholds {
            warning_days: DEFAULT_WARNING_DAYS,
            critical_days: DEFAULT_CRITICAL_DAYS,
        }
    }
}

/// Why the check cannot be made for the organisation or SEN asked about. One the caller may
/// not see is unknown, exactly as one that does not exist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    UnknownOrganisation(String),
    MalformedSen(String),
    UnknownSen(String),
}

/// A licence as the check sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    pub id: LicenceId,
    pub sen: Option<String>,
    pub product: String,
    pub name: String,
    pub organisation: Option<String>,
    pub support_expiry: Option<Date>,
    /// `None` for a perpetual licence.
    pub licence_expiry: Option<Date>,
    pub is_evaluation: bool,
    pub archived: bool,
}

/// What ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
#[schema(as = CheckEnds)]
pub enum Ends {
    /// The licence itself (a subscription or a term licence): the product stops or turns
    /// read-only.
    Licence,
    Support,
    /// An evaluation licence's end.
    Evaluation,
}

/// One date of a licence that concerns the check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(as = CheckEnding)]
pub struct Ending {
    pub ends: Ends,
    /// `YYYY-MM-DD`.
    #[schema(value_type = String, format = Date)]
    pub date: Date,
    /// Days from today to the date; negative once it has passed.
    pub days: i64,
    pub status: Status,
}

impl Ending {
    /// Whether the date has passed.
    pub fn has_ended(&self) -> bool {
        self.days < 0
    }
}

/// A licence that needs attention, with what ends, most urgent first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(as = CheckLicence)]
pub struct Concern {
    /// The licence's number in the portal.
    #[schema(value_type = i64)]
    pub id: LicenceId,
    pub sen: Option<String>,
    pub product: String,
    pub name: String,
    pub organisation: Option<String>,
    /// The worst status of its endings.
    pub status: Status,
    pub endings: Vec<Ending>,
}

impl Concern {
    /// The most urgent of its endings (there is always one).
    pub fn first(&self) -> Option<&Ending> {
        self.endings.first()
    }

    /// Whether its licence (or evaluation) has ended.
    pub fn has_expired(&self) -> bool {
        self.endings
            .iter()
            .any(|e| e.ends != Ends::Support && e.has_ended())
    }

    /// Whether its support has ended.
    pub fn support_has_ended(&self) -> bool {
        self.endings
            .iter()
            .any(|e| e.ends == Ends::Support && e.has_ended())
    }
}

/// The numbers a monitoring system graphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(as = CheckPerfdata)]
pub struct Perfdata {
    /// Licences checked (not archived, within the organisation or SEN asked about).
    pub licences: usize,
    /// Licences whose status is WARNING.
    pub warning: usize,
    /// Licences whose status is CRITICAL.
    pub critical: usize,
    /// Licences (or evaluations) that have expired.
    pub expired: usize,
    /// Licences whose support has ended.
    pub support_ended: usize,
    /// The fewest days until a date of a checked licence that has not passed yet, if any.
    pub soonest_days: Option<i64>,
}

/// What the check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub thresholds: Thresholds,
    /// Licences checked.
    pub checked: usize,
    /// The licences that need attention, most urgent first.
    pub concerns: Vec<Concern>,
    /// See [`Perfdata::soonest_days`].
    pub soonest_days: Option<i64>,
}

impl Report {
    /// The worst status of the licences concerned; OK when none is.
    pub fn status(&self) -> Status {
        self.concerns
            .iter()
            .map(|c| c.status)
            .max()
            .unwrap_or(Status::Ok)
    }

    pub fn perfdata(&self) -> Perfdata {
        let count =
            |keep: &dyn Fn(&Concern) -> bool| self.concerns.iter().filter(|c| keep(c)).count();
        Perfdata {
            licences: self.checked,
            warning: count(&|c| c.status == Status::Warning),
            critical: count(&|c| c.status == Status::Critical),
            expired: count(&Concern::has_expired),
            support_ended: count(&Concern::support_has_ended),
            soonest_days: self.soonest_days,
        }
    }

    /// The performance data of the plugin's status line (after its `|`): `label=value;warn;
    /// crit;min;max` each, the thresholds given for `soonest_days` only, `U` when no date is
    /// ahead. Its thresholds are ranges as the plugin guidelines write them: `30:` alerts below
    /// 30 (a bare `30` would alert above it).
    pub fn perfdata_line(&self) -> String {
        let p = self.perfdata();
        let soonest = p
            .soonest_days
            .map_or_else(|| "U".to_owned(), |days| days.to_string());
        format!(
            "licences={};;;0 warning={};;;0 critical={};;;0 expired={};;;0 support_ended={};;;0 \
             soonest_days={soonest};{}:;{}:;;",
            p.licences,
            p.warning,
            p.critical,
            p.expired,
            p.support_ended,
            self.thresholds.warning_days,
            self.thresholds.critical_days,
        )
    }

    /// The report as a document (what `--json` prints and the API answers), with its summary
    /// worded by the caller.
    pub fn document(&self, summary: String) -> Document {
        let status = self.status();
        Document {
            status,
            exit_code: status.exit_code(),
            summary,
            thresholds: Some(self.thresholds),
            perfdata: Some(self.perfdata()),
            licences: self.concerns.clone(),
        }
    }
}

/// The check as JSON: what `licensedesk check --json` prints and `GET /api/v1/check` answers.
/// An UNKNOWN document has neither thresholds nor perfdata.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(as = CheckReport)]
pub struct Document {
    /// The worst status of the licences concerned; OK when none is.
    pub status: Status,
    /// The monitoring plugin's exit code for the status: 0, 1, 2 or 3.
    pub exit_code: u8,
    /// How many licences need attention and what ends soonest, in words.
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thresholds: Option<Thresholds>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub perfdata: Option<Perfdata>,
    /// The licences that need attention, most urgent first.
    #[serde(default)]
    pub licences: Vec<Concern>,
}

impl Document {
    /// The document of a check that could not be made.
    pub fn unknown(summary: String) -> Document {
        Document {
            status: Status::Unknown,
            exit_code: Status::Unknown.exit_code(),
            summary,
            thresholds: None,
            perfdata: None,
            licences: Vec::new(),
        }
    }

    /// The report a document holds (what a portal answered), `None` for an UNKNOWN one.
    pub fn into_report(self) -> Option<Report> {
        let (Some(thresholds), Some(perfdata)) = (self.thresholds, self.perfdata) else {
            return None;
        };
        Some(Report {
            thresholds,
            checked: perfdata.licences,
            concerns: self.licences,
            soonest_days: perfdata.soonest_days,
        })
    }
}

/// Checks the licences on `today` (see the module's comment for the rule).
pub fn check(licences: &[Checked], today: Date, thresholds: Thresholds) -> Report {
    let mut checked = 0;
    let mut soonest_days: Option<i64> = None;
    let mut concerns = Vec::new();
    for licence in licences.iter().filter(|l| !l.archived) {
        checked += 1;
        let mut endings = endings_of(licence, today, thresholds);
        if let Some(ahead) = endings.iter().map(|e| e.days).filter(|d| *d >= 0).min() {
            soonest_days = Some(soonest_days.map_or(ahead, |s| s.min(ahead)));
        }
        endings.retain(|e| e.status != Status::Ok);
        endings.sort_by_key(|e| (std::cmp::Reverse(e.status), e.days));
        let Some(status) = endings.first().map(|e| e.status) else {
            continue;
        };
        concerns.push(Concern {
            id: licence.id,
            sen: licence.sen.clone(),
            product: licence.product.clone(),
            name: licence.name.clone(),
            organisation: licence.organisation.clone(),
            status,
            endings,
        });
    }
    concerns.sort_by_key(|c| {
        (
            std::cmp::Reverse(c.status),
            c.first().map_or(0, |e| e.days),
            c.id,
        )
    });
    Report {
        thresholds,
        checked,
        concerns,
        soonest_days,
    }
}

/// Every date of a licence the rule judges, with its status (OK ones too).
fn endings_of(licence: &Checked, today: Date, thresholds: Thresholds) -> Vec<Ending> {
    let ending = |ends: Ends, date: Date| {
        let days = i64::from((date - today).get_days());
        let status = match ends {
            Ends::Support => thresholds.of_support_end(days),
            Ends::Licence | Ends::Evaluation => thresholds.of_licence_end(days),
        };
        Ending {
            ends,
            date,
            days,
            status,
        }
    };
    if licence.is_evaluation {
        // An evaluation ends once; its support expiry stands in when it has no licence expiry.
        return licence
            .licence_expiry
            .or(licence.support_expiry)
            .map(|date| ending(Ends::Evaluation, date))
            .into_iter()
            .collect();
    }
    let mut endings = Vec::new();
    if let Some(date) = licence.licence_expiry {
        endings.push(ending(Ends::Licence, date));
    }
    if let Some(date) = licence.support_expiry {
        let ends_with_licence = licence.licence_expiry.is_some_and(|end| date >= end);
        if !ends_with_licence {
            endings.push(ending(Ends::Support, date));
        }
    }
    endings
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::Span;
    use jiff::civil::date;

    const TODAY: Date = date(2026, 12, 2);

    fn on(days: i64) -> Date {
        TODAY.checked_add(Span::new().days(days)).unwrap()
    }

    fn licence(id: i64) -> Checked {
        Checked {
            id: LicenceId(id),
            sen: Some(format!("SEN-{id}")),
            product: "Jira Software".into(),
            name: "Jira Software (Server) 500 Users: Commercial License".into(),
            organisation: Some("Example Ltd".into()),
            support_expiry: None,
            licence_expiry: None,
            is_evaluation: false,
            archived: false,
        }
    }

    fn supported_for(id: i64, days: i64) -> Checked {
        Checked {
            support_expiry: Some(on(days)),
            ..licence(id)
        }
    }

    fn status_of(licence: Checked) -> Status {
        check(&[licence], TODAY, Thresholds::default()).status()
    }

    #[test]
    fn support_is_judged_by_the_thresholds_and_once_ended_is_a_warning() {
        assert_eq!(status_of(supported_for(1, 200)), Status::Ok);
        assert_eq!(status_of(supported_for(1, 31)), Status::Ok);
        assert_eq!(status_of(supported_for(1, 30)), Status::Warning);
        assert_eq!(status_of(supported_for(1, 8)), Status::Warning);
        assert_eq!(status_of(supported_for(1, 7)), Status::Critical);
        assert_eq!(status_of(supported_for(1, 0)), Status::Critical);
        assert_eq!(status_of(supported_for(1, -1)), Status::Warning);
        assert_eq!(status_of(supported_for(1, -400)), Status::Warning);
        // A perpetual licence without a support date has nothing to end.
        assert_eq!(status_of(licence(1)), Status::Ok);
    }

    #[test]
    fn a_licence_or_evaluation_that_ended_or_ends_within_critical_is_critical() {
        let subscription = |days| Checked {
            licence_expiry: Some(on(days)),
            support_expiry: Some(on(days)),
            ..licence(1)
        };
        assert_eq!(status_of(subscription(-10)), Status::Critical);
        assert_eq!(status_of(subscription(7)), Status::Critical);
        assert_eq!(status_of(subscription(20)), Status::Warning);
        assert_eq!(status_of(subscription(90)), Status::Ok);
        let evaluation = |days| Checked {
            is_evaluation: true,
            licence_expiry: Some(on(days)),
            ..licence(2)
        };
        assert_eq!(status_of(evaluation(-30)), Status::Critical);
        assert_eq!(status_of(evaluation(3)), Status::Critical);
        assert_eq!(status_of(evaluation(25)), Status::Warning);
        // An evaluation without a licence expiry ends with its support expiry.
        let by_support = Checked {
            is_evaluation: true,
            ..supported_for(3, -2)
        };
        let report = check(&[by_support], TODAY, Thresholds::default());
        assert_eq!(report.status(), Status::Critical);
        assert_eq!(report.concerns[0].endings[0].ends, Ends::Evaluation);
        assert_eq!(report.perfdata().expired, 1);
        assert_eq!(report.perfdata().support_ended, 0);
    }

    #[test]
    fn support_ending_with_the_licence_is_not_named_apart_but_earlier_support_is() {
        let same_day = Checked {
            licence_expiry: Some(on(5)),
            support_expiry: Some(on(5)),
            ..licence(1)
        };
        let report = check(&[same_day], TODAY, Thresholds::default());
        let ends: Vec<Ends> = report.concerns[0].endings.iter().map(|e| e.ends).collect();
        assert_eq!(ends, [Ends::Licence]);
        let support_first = Checked {
            licence_expiry: Some(on(20)),
            support_expiry: Some(on(-3)),
            ..licence(2)
        };
        let report = check(&[support_first], TODAY, Thresholds::default());
        let concern = &report.concerns[0];
        assert_eq!(concern.status, Status::Warning);
        let ends: Vec<(Ends, i64)> = concern.endings.iter().map(|e| (e.ends, e.days)).collect();
        // Both warnings; the one that ended comes first.
        assert_eq!(ends, [(Ends::Support, -3), (Ends::Licence, 20)]);
    }

    #[test]
    fn archived_licences_are_ignored() {
        let archived = Checked {
            archived: true,
            ..supported_for(1, -10)
        };
        let report = check(
            &[archived, supported_for(2, 100)],
            TODAY,
            Thresholds::default(),
        );
        assert_eq!(report.status(), Status::Ok);
        assert_eq!(report.checked, 1);
        assert!(report.concerns.is_empty());
        assert_eq!(report.soonest_days, Some(100));
    }

    #[test]
    fn the_report_lists_the_most_urgent_first_and_counts_for_the_perfdata() {
        let licences = [
            supported_for(1, 200),
            supported_for(2, 20),
            supported_for(3, -10),
            supported_for(4, 3),
            Checked {
                is_evaluation: true,
                licence_expiry: Some(on(-5)),
                ..licence(5)
            },
        ];
        let report = check(&licences, TODAY, Thresholds::new(30, 7).unwrap());
        assert_eq!(report.status(), Status::Critical);
        let order: Vec<i64> = report.concerns.iter().map(|c| c.id.0).collect();
        assert_eq!(order, [5, 4, 3, 2]);
        let perfdata = report.perfdata();
        assert_eq!(
            perfdata,
            Perfdata {
                licences: 5,
                warning: 2,
                critical: 2,
                expired: 1,
                support_ended: 1,
                soonest_days: Some(3),
            }
        );
        assert_eq!(
            report.perfdata_line(),
            "licences=5;;;0 warning=2;;;0 critical=2;;;0 expired=1;;;0 support_ended=1;;;0 \
             soonest_days=3;30:;7:;;"
        );
    }

    #[test]
    fn with_nothing_ahead_the_soonest_days_are_unknown() {
        let report = check(&[supported_for(1, -10)], TODAY, Thresholds::default());
        assert_eq!(report.soonest_days, None);
        assert!(report.perfdata_line().ends_with("soonest_days=U;30:;7:;;"));
        let empty = check(&[], TODAY, Thresholds::default());
        assert_eq!(empty.status(), Status::Ok);
        assert_eq!(empty.perfdata().licences, 0);
    }

    #[test]
    fn critical_may_not_exceed_warning() {
        assert_eq!(
            Thresholds::new(5, 10),
            Err(ThresholdError::CriticalAfterWarning {
                warning_days: 5,
                critical_days: 10
            })
        );
        assert!(Thresholds::new(10, 10).is_ok());
        assert!(Thresholds::new(0, 0).is_ok());
        assert_eq!(
            Thresholds::new(MAX_DAYS + 1, 7),
            Err(ThresholdError::TooLarge { days: MAX_DAYS + 1 })
        );
        // Equal thresholds: whatever is within them is critical.
        let report = check(
            &[supported_for(1, 10)],
            TODAY,
            Thresholds::new(10, 10).unwrap(),
        );
        assert_eq!(report.status(), Status::Critical);
    }

    #[test]
    fn statuses_map_to_the_plugin_exit_codes() {
        let codes: Vec<u8> = [
            Status::Ok,
            Status::Warning,
            Status::Critical,
            Status::Unknown,
        ]
        .into_iter()
        .map(Status::exit_code)
        .collect();
        assert_eq!(codes, [0, 1, 2, 3]);
    }

    #[test]
    fn a_document_gives_back_its_report() {
        let report = check(
            &[supported_for(1, 20), supported_for(2, 1)],
            TODAY,
            Thresholds::default(),
        );
        let document = report.document("two".into());
        let json = serde_json::to_string(&document).unwrap();
        assert!(json.contains("\"status\":\"CRITICAL\""), "{json}");
        assert!(json.contains("\"ends\":\"support\""), "{json}");
        assert!(json.contains("\"date\":\"2026-12-03\""), "{json}");
        let back: Document = serde_json::from_str(&json).unwrap();
        assert_eq!(back.into_report(), Some(report));
        let unknown = Document::unknown("no database".into());
        assert_eq!(unknown.exit_code, 3);
        assert_eq!(unknown.into_report(), None);
    }
}
