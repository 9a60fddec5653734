//! What a product reports of itself in a support zip: `application-properties/application.xml`,
//! written by the Atlassian Troubleshooting and Support Tools from the running product, holds a
//! licence section (SEN, Server ID, edition, type, users, dates). The support tools name the
//! elements by their property keys (`stp.properties.license.sen`, `...license.server.id`); older
//! and hand-made files use shorter names (`sen`, `server-id`), so names are compared without the
//! `stp.properties.` prefix and with `-` and `_` taken for `.`.
//!
//! The report sits beside `application-config/*`, the files the product was configured with: both
//! are reported, and a Server ID or SEN that disagrees is a note, because it means the zip's
//! configuration is not what the running product uses.

use super::super::key;
use super::limits::REPORT_MAX_DETAILS;
use super::products::server_id_reading;
use super::{InstallNote, Installation, Source, xml};

/// The entry the support tools write the report to.
const ENTRY: &str = "application-properties/application.xml";

/// Whether a zip entry is the product's own report.
pub(super) fn is_report(name: &str) -> bool {
    name.to_ascii_lowercase().ends_with(ENTRY)
}

/// What the product reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Reported {
    pub file: String,
    pub sen: Option<String>,
    /// The Server ID and the element it was in.
    pub server_id: Option<(String, String)>,
    pub details: Vec<(String, String)>,
}

/// A name as compared: lower case, without the support tools' prefix, `.` for `-` and `_`.
fn normalised(name: &str) -> String {
    let lower = name.to_ascii_lowercase().replace(['-', '_'], ".");
    lower
        .strip_prefix("stp.properties.")
        .map(str::to_string)
        .unwrap_or(lower)
}

/// The report in `text` (the entry `file`), or None when it is not XML or reports nothing of a
/// licence.
pub(super) fn parse(text: &str, file: &str) -> Option<Reported> {
    let document = xml::parse(text).ok()?;
    let mut reported = Reported {
        file: file.to_string(),
        sen: None,
        server_id: None,
        details: Vec::new(),
    };
    for (index, element) in document.elements.iter().enumerate() {
        let value = element.text.trim();
        if value.is_empty() {
            continue;
        }
        let name = normalised(&element.name);
        match name.as_str() {
            "license.sen"
            | "sen"
            | "support.entitlement.number"
            | "license.support.entitlement.number" => {
                reported.sen.get_or_insert_with(|| value.to_string());
            }
            "license.server.id" | "server.id" | "serverid" | "license.serverid" => {
                reported
                    .server_id
                    .get_or_insert_with(|| (value.to_string(), document.path(index)));
            }
            _ if name.starts_with("license.") && reported.details.len() < REPORT_MAX_DETAILS => {
                reported
                    .details
                    .push((element.name.clone(), value.to_string()));
            }
            _ => {}
        }
    }
    (reported.sen.is_some() || reported.server_id.is_some() || !reported.details.is_empty())
        .then_some(reported)
}

/// Adds the report to what the configuration gave: its Server ID when the configuration has
/// none, a note when the two differ, and the report itself as a note.
pub(super) fn apply(installation: &mut Installation, reported: &Reported, label: &str) {
    installation.notes.push(InstallNote::ProductReport {
        file: reported.file.clone(),
        sen: reported.sen.clone(),
        server_id: reported.server_id.as_ref().map(|(value, _)| value.clone()),
        details: reported.details.clone(),
    });
    let Some((value, element)) = &reported.server_id else {
        return;
    };
    match &installation.server_id {
        None => {
            let source = Source::Element {
                file: label.to_string(),
                path: element.clone(),
                attribute: None,
            };
            installation.server_id =
                Some(server_id_reading(value, source, &mut installation.notes));
        }
        Some(read) if !read.value.eq_ignore_ascii_case(value.trim()) => {
            installation
                .notes
                .push(InstallNote::ReportedServerIdDiffers {
                    file: reported.file.clone(),
                    reported: value.clone(),
                    read: read.value.clone(),
                    read_source: read.source.clone(),
                });
        }
        Some(_) => {}
    }
}

/// Once every key of the zip is known: a note when the SEN the product reports is none of theirs.
/// The keys are decoded here only for their SEN; a key that does not decode has none.
pub(super) fn compare_sen(installation: &mut Installation, reported: &Reported) {
    let Some(sen) = reported.sen.as_deref().map(str::trim) else {
        return;
    };
    let in_keys: Vec<String> = installation
        .licences
        .iter()
        .filter_map(|licence| key::decode(&licence.raw).ok()?.licence.sen)
        .collect();
    if in_keys.is_empty() || in_keys.iter().any(|known| known.eq_ignore_ascii_case(sen)) {
        return;
    }
    installation.notes.push(InstallNote::ReportedSenDiffers {
        file: reported.file.clone(),
        reported: sen.to_string(),
        in_keys,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_support_tools_names_and_the_short_ones() {
        let text = "<properties><stp.properties.license>\
            <stp.properties.license.sen>SEN-123</stp.properties.license.sen>\
            <stp.properties.license.server.id>B7QW-LK2M-9HZD-XR4T</stp.properties.license.server.id>\
            <stp.properties.license.edition>DATACENTER</stp.properties.license.edition>\
            </stp.properties.license></properties>";
        let reported = parse(text, ENTRY).expect("a report");
        assert_eq!(reported.sen.as_deref(), Some("SEN-123"));
        assert_eq!(
            reported.server_id.as_ref().map(|(v, _)| v.as_str()),
            Some("B7QW-LK2M-9HZD-XR4T")
        );
        assert_eq!(
            reported.details,
            [(
                "stp.properties.license.edition".to_string(),
                "DATACENTER".to_string()
            )]
        );
        let short = parse(
            "<application><server-id>AAAA-BBBB-CCCC-DDDD</server-id></application>",
            ENTRY,
        )
        .expect("a report");
        assert_eq!(
            short.server_id,
            Some((
                "AAAA-BBBB-CCCC-DDDD".to_string(),
                "application/server-id".to_string()
            ))
        );
        assert_eq!(parse("<a><b>x</b></a>", ENTRY), None);
        assert_eq!(parse("not xml", ENTRY), None);
        assert!(is_report("x/application-properties/application.xml"));
    }
}
