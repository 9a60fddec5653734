//! `licensedesk check`: a monitoring plugin for Nagios and Icinga. It reads the data
//! directory's database, or asks a portal's `GET /api/v1/check` with a personal access token,
//! and prints one status line in the plugin format (`LICENSEDESK WARNING - … | perfdata`) and
//! one line per licence concerned, or one JSON object. The rule is `domain::check`'s.
//!
//! Whatever goes wrong ends as UNKNOWN (exit status 3) with one line saying what: never a
//! panic, and never exit status 2, which a monitoring system reads as CRITICAL.

use std::process::ExitCode;
use std::time::Duration;

use crate::app::check::{self as use_case, Scope};
use crate::cli::CheckArgs;
use crate::domain::check::{Document, Report, Status, Thresholds};
use crate::i18n::{self, Language};
use crate::store;
use crate::tr;

/// The plugin's name at the start of its status line.
const PLUGIN: &str = "LICENSEDESK";

/// How long a portal may take to answer, connecting included.
const HTTP_TIMEOUT: Duration = Duration::from_secs(10);

/// The path of the check in a portal's JSON API.
pub const API_PATH: &str = "/api/v1/check";

/// What the check comes to: a report, or why none could be made.
enum Outcome {
    Report(Report),
    Unknown(String),
}

pub fn run(args: &CheckArgs) -> anyhow::Result<ExitCode> {
    // `--json` stays in English whatever the locale: scripts read it.
    let lang = if args.json {
        Language::En
    } else {
        Language::from_environment()
    };
    let outcome = std::panic::catch_unwind(|| outcome(args, lang)).unwrap_or_else(|_| {
        Outcome::Unknown(tr!(lang, "check-cli-failed", error = "internal error"))
    });
    Ok(print(lang, args.json, &outcome))
}

/// Whether the command line asks for `check` (its arguments' errors then end as UNKNOWN).
pub fn invoked() -> bool {
    std::env::args_os()
        .nth(1)
        .is_some_and(|word| word == "check")
}

/// Ends a `check` whose arguments clap refused as UNKNOWN, with clap's reason on one line;
/// `--help` and `--version` print as usual.
pub fn usage_error(error: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        error.exit();
    }
    let json = std::env::args_os().any(|word| word == "--json");
    let lang = if json {
        Language::En
    } else {
        Language::from_environment()
    };
    let rendered = error.to_string();
    let reason = rendered
        .lines()
        .map(str::trim)
        .find(|line| !line.is_empty())
        .unwrap_or_default();
    let reason = reason.strip_prefix("error: ").unwrap_or(reason);
    let message = tr!(lang, "check-cli-bad-arguments", error = reason);
    print(lang, json, &Outcome::Unknown(message))
}

fn outcome(args: &CheckArgs, lang: Language) -> Outcome {
    let thresholds = match Thresholds::new(args.days, args.critical) {
        Ok(thresholds) => thresholds,
        Err(error) => return Outcome::Unknown(i18n::check::threshold_error(lang, error)),
    };
    match args.url.as_deref() {
        Some(url) => remote(args, url, thresholds, lang),
        None => local(args, thresholds, lang),
    }
}

/// The check of the data directory's database, over every licence in it.
fn local(args: &CheckArgs, thresholds: Thresholds, lang: Language) -> Outcome {
    let path = args.data.data_dir.join(store::DATABASE_FILE);
    let shown = path.display().to_string();
    if !path.is_file() {
        return Outcome::Unknown(tr!(lang, "check-cli-no-database", path = shown));
    }
    let cannot_read = |error: String| {
        Outcome::Unknown(tr!(
            lang,
            "check-cli-cannot-read",
            path = shown.as_str(),
            error = error
        ))
    };
    let conn = match store::open_to_read(&path) {
        Ok(conn) => conn,
        Err(error) => return cannot_read(error.to_string()),
    };
    let scope = Scope {
        organisation: args.organisation.clone(),
        sen: args.sen.clone(),
    };
    let today = jiff::Zoned::now().date();
    match use_case::run(
        &conn,
        None,
        None,
        &scope,
        thresholds,
        today,
        store::unix_now(),
    ) {
        Ok(Ok(report)) => Outcome::Report(report),
        Ok(Err(refusal)) => Outcome::Unknown(i18n::check::refusal(lang, &refusal)),
        Err(error) => cannot_read(error.to_string()),
    }
}

/// The check as a portal makes it, asked over its JSON API with a token.
fn remote(args: &CheckArgs, url: &str, thresholds: Thresholds, lang: Language) -> Outcome {
    let base = url.trim().trim_end_matches('/');
    if !(base.starts_with("http://") || base.starts_with("https://")) {
        return Outcome::Unknown(tr!(lang, "check-cli-bad-url", url = url));
    }
    let Some(token) = args
        .token
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    else {
        return Outcome::Unknown(tr!(lang, "check-cli-no-token"));
    };
    // A portal answers the check itself: a redirect (to another host, or to a `file:` address
    // the client cannot follow) is an answer that is no check.
    let agent = ureq::AgentBuilder::new()
        .timeout(HTTP_TIMEOUT)
        .redirects(0)
        .build();
    let mut request = agent
        .get(&format!("{base}{API_PATH}"))
        .set("Authorization", &format!("Bearer {token}"))
        .set("Accept", "application/json")
        .query("days", &thresholds.warning_days().to_string())
        .query("critical", &thresholds.critical_days().to_string());
    if let Some(organisation) = &args.organisation {
        request = request.query("organisation", organisation);
    }
    if let Some(sen) = &args.sen {
        request = request.query("sen", sen);
    }
    let not_a_report = || Outcome::Unknown(tr!(lang, "check-cli-not-a-report", url = base));
    match request.call() {
        Ok(response) => {
            let Ok(body) = response.into_string() else {
                return not_a_report();
            };
            match serde_json::from_str::<Document>(&body) {
                Ok(document) => match document.clone().into_report() {
                    Some(report) => Outcome::Report(report),
                    None => Outcome::Unknown(document.summary),
                },
                Err(_) => not_a_report(),
            }
        }
        Err(ureq::Error::Status(status @ (401 | 403), response)) => {
            // The portal says why (expired on a date, revoked, narrowed out of reach).
            let detail = problem_detail(response).unwrap_or_else(|| status_reason(status));
            Outcome::Unknown(tr!(
                lang,
                "check-cli-token-refused",
                status = status,
                detail = detail
            ))
        }
        Err(ureq::Error::Status(status, response)) => {
            let detail = problem_detail(response).unwrap_or_else(|| status_reason(status));
            Outcome::Unknown(tr!(
                lang,
                "check-cli-http-status",
                status = status,
                detail = detail
            ))
        }
        Err(ureq::Error::Transport(error)) => Outcome::Unknown(tr!(
            lang,
            "check-cli-unreachable",
            url = base,
            error = error.to_string()
        )),
    }
}

/// What a problem+json answer says: the details of the fields it refused, else its `detail`
/// (else its `title`).
fn problem_detail(response: ureq::Response) -> Option<String> {
    let body = response.into_string().ok()?;
    let problem: serde_json::Value = serde_json::from_str(&body).ok()?;
    let fields: Vec<&str> = problem
        .get("errors")
        .and_then(|errors| errors.as_array())
        .into_iter()
        .flatten()
        .filter_map(|error| error.get("detail")?.as_str())
        .collect();
    if !fields.is_empty() {
        return Some(fields.join("; "));
    }
    ["detail", "title"]
        .into_iter()
        .find_map(|field| problem.get(field)?.as_str().map(str::to_owned))
}

/// The standard reason phrase of a status the portal gave no detail for.
fn status_reason(status: u16) -> String {
    match status {
        400 => "Bad Request",
        404 => "Not Found",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "",
    }
    .to_owned()
}

/// Prints the outcome as the plugin's lines or as JSON, and gives its exit status.
fn print(lang: Language, json: bool, outcome: &Outcome) -> ExitCode {
    let document = match outcome {
        Outcome::Report(report) => report.document(i18n::check::summary(lang, report)),
        Outcome::Unknown(reason) => Document::unknown(reason.clone()),
    };
    if json {
        match serde_json::to_string_pretty(&document) {
            Ok(text) => println!("{text}"),
            Err(_) => println!("{{\"status\":\"UNKNOWN\",\"exit_code\":3}}"),
        }
    } else {
        let status = document.status.label();
        let summary = plugin_text(&document.summary);
        match outcome {
            Outcome::Report(report) => {
                println!("{PLUGIN} {status} - {summary} | {}", report.perfdata_line());
                for concern in &report.concerns {
                    let line = plugin_text(&i18n::check::line(lang, concern));
                    println!("{}: {line}", concern.status.label());
                }
            }
            Outcome::Unknown(_) => println!("{PLUGIN} {status} - {summary}"),
        }
    }
    ExitCode::from(match outcome {
        Outcome::Report(report) => report.status().exit_code(),
        Outcome::Unknown(_) => Status::Unknown.exit_code(),
    })
}

/// Text as the plugin protocol can carry it: a `|` would start the perfdata and a line break a
/// new line, so the one becomes `/` and control characters are written as escapes (a
/// licence's product or organisation may hold anything an import brought).
fn plugin_text(text: &str) -> String {
    let mut shown = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '|' => shown.push('/'),
            c if c.is_control() => shown.extend(c.escape_default()),
            c => shown.push(c),
        }
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plugin_text_keeps_the_status_line_one_line_without_perfdata_marks() {
        assert_eq!(
            plugin_text("Jira | Confluence\nSEN-1\u{1b}[2J"),
            "Jira / Confluence\\nSEN-1\\u{1b}[2J"
        );
    }
}
