//! A Jira XML backup: `entities.xml`, alone or inside the backup zip. The Server ID is the
//! `OSPropertyString` whose id is that of the `OSPropertyEntry` with `propertyKey="jira.sid.key"`;
//! the licences are the `ProductLicense` rows. Values are attributes, or child elements (with
//! CDATA) when they hold line breaks, as Jira writes a licence key.
//!
//! Backups run to gigabytes, so the file is read as a stream with quick-xml and nothing of it is
//! kept but the few values looked for: memory is bounded by the longest element
//! ([`BACKUP_MAX_ELEMENT_BYTES`]), time is linear in the file, and an entry of a zip is stopped
//! as soon as it expands more than a zip bomb would.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

use quick_xml::Reader;
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesStart, Event};

use super::limits::{
    BACKUP_MAX_ELEMENT_BYTES, BACKUP_MAX_LICENCES, BACKUP_MAX_SERVER_ID_CANDIDATES,
    BACKUP_MAX_UNPACKED_BYTES, BACKUP_MAX_VALUE_BYTES, MAX_XML_DEPTH, ZIP_RATIO_FLOOR,
};
use super::products::{add_licences, empty_installation, server_id_reading};
use super::{InstallError, InstallNote, Installation, Product, Source, io_error};

/// The file name Jira gives the document inside its backup zip.
pub(super) const ENTITIES_XML: &str = "entities.xml";

/// The root element of an `entities.xml`.
const ROOT: &[u8] = b"entity-engine-xml";

/// How far into a file its root element is looked for when no name says it is a backup.
const SNIFF_BYTES: usize = 4096;

/// Whether the first bytes of a file are those of an `entities.xml`.
pub(super) fn looks_like_entities(head: &[u8]) -> bool {
    let head = head.get(..SNIFF_BYTES).unwrap_or(head);
    head.windows(ROOT.len() + 1)
        .any(|window| window.first() == Some(&b'<') && window.get(1..) == Some(ROOT))
}

/// Whether a file name is that of a backup's document.
pub(super) fn is_entities_name(name: &str) -> bool {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    base.eq_ignore_ascii_case(ENTITIES_XML)
}

/// Whether the file at `path` is an `entities.xml`: by its name, else by its first bytes.
pub(super) fn is_entities_file(path: &Path) -> Result<bool, InstallError> {
    if path
        .file_name()
        .is_some_and(|name| is_entities_name(&name.to_string_lossy()))
    {
        return Ok(true);
    }
    let file = File::open(path).map_err(|source| io_error(path, source))?;
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    file.take(SNIFF_BYTES as u64)
        .read_to_end(&mut head)
        .map_err(|source| io_error(path, source))?;
    Ok(looks_like_entities(&head))
}

/// What a backup may make the reader take in.
#[derive(Debug, Clone, Copy)]
pub(super) struct BackupLimits {
    pub max_element_bytes: u64,
    pub max_bytes: u64,
    /// For a zip entry: its compressed size and the largest expansion allowed past the floor.
    pub compressed: Option<(u64, u64)>,
}

impl BackupLimits {
    pub fn file() -> BackupLimits {
        BackupLimits {
            max_element_bytes: BACKUP_MAX_ELEMENT_BYTES,
            max_bytes: u64::MAX,
            compressed: None,
        }
    }

    pub fn zip_entry(compressed: u64, max_ratio: u64) -> BackupLimits {
        BackupLimits {
            max_element_bytes: BACKUP_MAX_ELEMENT_BYTES,
            max_bytes: BACKUP_MAX_UNPACKED_BYTES,
            compressed: Some((compressed.max(1), max_ratio)),
        }
    }
}

/// Reads the `entities.xml` at `path`.
pub(super) fn read_file(path: &Path) -> Result<Installation, InstallError> {
    let file = File::open(path).map_err(|source| io_error(path, source))?;
    let label = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| ENTITIES_XML.to_string());
    let home = path.parent().unwrap_or(Path::new(".")).to_path_buf();
    let mut installation = read(file, &label, path, BackupLimits::file())?;
    installation.home = if home.as_os_str().is_empty() {
        Path::new(".").to_path_buf()
    } else {
        home
    };
    Ok(installation)
}

/// Reads an `entities.xml` from `reader`, named `label` in sources and notes; `path` names the
/// file (or zip) in errors.
pub(super) fn read<R: Read>(
    reader: R,
    label: &str,
    path: &Path,
    limits: BackupLimits,
) -> Result<Installation, InstallError> {
    let guarded = Guarded {
        inner: reader,
        read: 0,
        since_mark: 0,
        limits,
        tripped: None,
    };
    let mut xml = Reader::from_reader(BufReader::with_capacity(64 * 1024, guarded));
    xml.config_mut().check_end_names = true;
    let mut found = Found::default();
    let outcome = parse(&mut xml, &mut found);
    let guarded = xml.get_ref().get_ref();
    if let Some(trip) = &guarded.tripped {
        return Err(trip.error(path, label, &limits));
    }
    if let Err(reason) = outcome {
        return Err(InstallError::BadConfig {
            path: path.to_path_buf(),
            reason: format!("{label} is not a readable Jira backup: {reason}"),
        });
    }
    Ok(found.into_installation(label, path))
}

/// Why the stream was stopped.
#[derive(Debug, Clone, Copy)]
enum Trip {
    ElementTooLong,
    TooLarge,
    Bomb { ratio: u64 },
}

impl Trip {
    fn error(&self, path: &Path, label: &str, limits: &BackupLimits) -> InstallError {
        match self {
            Trip::ElementTooLong => InstallError::BadConfig {
                path: path.to_path_buf(),
                reason: format!(
                    "{label} holds an element or text longer than {} bytes, which no Jira backup has",
                    limits.max_element_bytes
                ),
            },
            Trip::TooLarge => InstallError::ZipTooLarge {
                path: path.to_path_buf(),
                reason: format!(
                    "entry {label} unpacks to more than {} bytes",
                    limits.max_bytes
                ),
            },
            Trip::Bomb { ratio } => InstallError::ZipTooLarge {
                path: path.to_path_buf(),
                reason: format!(
                    "entry {label} expands more than {ratio} times; more than that is taken for a zip bomb"
                ),
            },
        }
    }
}

/// A reader that counts what comes out and stops (with an error the parser passes up) at an
/// element too long, an entry too large, or an expansion no backup has.
struct Guarded<R> {
    inner: R,
    read: u64,
    /// Bytes read since the parser last finished an event.
    since_mark: u64,
    limits: BackupLimits,
    tripped: Option<Trip>,
}

impl<R> Guarded<R> {
    fn mark(&mut self) {
        self.since_mark = 0;
    }
}

impl<R: Read> Read for Guarded<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.tripped.is_some() {
            return Err(std::io::Error::other("the backup was refused"));
        }
        let count = self.inner.read(buf)?;
        self.read += count as u64;
        self.since_mark += count as u64;
        // The buffered reader reads ahead by at most its capacity: an element is judged with
        // that much slack.
        let trip = if self.since_mark > self.limits.max_element_bytes + 64 * 1024 {
            Some(Trip::ElementTooLong)
        } else if self.read > self.limits.max_bytes {
            Some(Trip::TooLarge)
        } else {
            match self.limits.compressed {
                Some((compressed, ratio))
                    if self.read > ZIP_RATIO_FLOOR && self.read / compressed > ratio =>
                {
                    Some(Trip::Bomb { ratio })
                }
                _ => None,
            }
        };
        if let Some(trip) = trip {
            self.tripped = Some(trip);
            return Err(std::io::Error::other("the backup was refused"));
        }
        Ok(count)
    }
}

/// Which value the text being read belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Row {
    /// An `OSPropertyString` row with this id.
    PropertyString { id: String },
    /// A `ProductLicense` row.
    Licence,
}

/// What the stream has given so far.
#[derive(Default)]
struct Found {
    /// Ids of the `OSPropertyEntry` rows named `jira.sid.key`.
    server_id_entries: Vec<String>,
    /// Server-ID-shaped `OSPropertyString` values by id, for entries not met yet.
    candidates: HashMap<String, String>,
    /// The Server ID, once its entry and its string have both been met.
    server_id: Option<String>,
    licences: Vec<String>,
    /// The row whose child elements are being read, with the value found so far.
    row: Option<(Row, Option<String>)>,
    /// The text of the child element being read, when it holds the row's value.
    text: Option<String>,
    root_seen: bool,
}

impl Found {
    fn start(&mut self, element: &BytesStart<'_>, empty: bool) -> Result<(), String> {
        let name = element.local_name();
        let name = name.as_ref();
        if !self.root_seen {
            if name != ROOT {
                return Err(format!(
                    "its root element is <{}>, not <entity-engine-xml>",
                    String::from_utf8_lossy(name)
                ));
            }
            self.root_seen = true;
            return Ok(());
        }
        match name {
            b"OSPropertyEntry" => {
                if attribute(element, b"propertyKey")?.as_deref() == Some("jira.sid.key")
                    && let Some(id) = attribute(element, b"id")?
                {
                    if let Some(value) = self.candidates.remove(&id) {
                        self.server_id.get_or_insert(value);
                    }
                    if self.server_id_entries.len() < BACKUP_MAX_SERVER_ID_CANDIDATES {
                        self.server_id_entries.push(id);
                    }
                }
            }
            b"OSPropertyString" => {
                let id = attribute(element, b"id")?.unwrap_or_default();
                let value = attribute(element, b"value")?;
                if empty {
                    self.property_string(id, value);
                } else {
                    self.row = Some((Row::PropertyString { id }, value));
                }
            }
            b"ProductLicense" => {
                let value = attribute(element, b"license")?;
                if empty {
                    self.licence(value);
                } else {
                    self.row = Some((Row::Licence, value));
                }
            }
            b"value" | b"license" if !empty => {
                let wanted = match &self.row {
                    Some((Row::PropertyString { .. }, _)) => name == b"value",
                    Some((Row::Licence, _)) => name == b"license",
                    None => false,
                };
                if wanted {
                    self.text = Some(String::new());
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn end(&mut self, name: &[u8]) {
        match name {
            b"value" | b"license" => {
                if let (Some(text), Some((_, value))) = (self.text.take(), self.row.as_mut()) {
                    *value = Some(text);
                }
            }
            b"OSPropertyString" | b"ProductLicense" => match self.row.take() {
                Some((Row::PropertyString { id }, value)) => self.property_string(id, value),
                Some((Row::Licence, value)) => self.licence(value),
                None => {}
            },
            _ => {}
        }
    }

    fn append(&mut self, text: &str) {
        if let Some(kept) = self.text.as_mut()
            && kept.len() + text.len() <= BACKUP_MAX_VALUE_BYTES
        {
            kept.push_str(text);
        }
    }

    fn property_string(&mut self, id: String, value: Option<String>) {
        let Some(value) = value.map(|v| v.trim().to_string()) else {
            return;
        };
        if self.server_id_entries.contains(&id) {
            self.server_id.get_or_insert(value);
        } else if self.server_id.is_none()
            && super::normalise_server_id(&value).is_some()
            && self.candidates.len() < BACKUP_MAX_SERVER_ID_CANDIDATES
        {
            self.candidates.insert(id, value);
        }
    }

    fn licence(&mut self, value: Option<String>) {
        if let Some(value) = value.filter(|v| !v.trim().is_empty())
            && self.licences.len() < BACKUP_MAX_LICENCES
        {
            self.licences.push(value);
        }
    }

    fn into_installation(self, label: &str, path: &Path) -> Installation {
        let mut installation = empty_installation(Product::Jira, path);
        match self.server_id {
            Some(value) => {
                let source = Source::Element {
                    file: label.to_string(),
                    path: "OSPropertyEntry[propertyKey=jira.sid.key]/OSPropertyString".to_string(),
                    attribute: Some("value".to_string()),
                };
                installation.server_id =
                    Some(server_id_reading(&value, source, &mut installation.notes));
            }
            None => installation.notes.push(InstallNote::BackupNoServerId {
                file: label.to_string(),
            }),
        }
        let source = Source::Element {
            file: label.to_string(),
            path: "ProductLicense".to_string(),
            attribute: Some("license".to_string()),
        };
        for licence in &self.licences {
            add_licences(&mut installation, licence, &source);
        }
        if self.licences.is_empty() {
            installation.notes.push(InstallNote::BackupNoLicence {
                file: label.to_string(),
            });
        }
        installation
    }
}

/// An attribute's value, unescaped; None when the element has no such attribute.
fn attribute(element: &BytesStart<'_>, name: &[u8]) -> Result<Option<String>, String> {
    for attribute in element.attributes() {
        let attribute = attribute.map_err(|error| error.to_string())?;
        if attribute.key.as_ref() == name {
            let value = attribute
                .unescape_value()
                .map_err(|error| error.to_string())?;
            return Ok(Some(value.into_owned()));
        }
    }
    Ok(None)
}

/// Runs through the document, handing each element to `found`.
fn parse<R: Read>(
    xml: &mut Reader<BufReader<Guarded<R>>>,
    found: &mut Found,
) -> Result<(), String> {
    let mut buf = Vec::new();
    let mut depth = 0usize;
    loop {
        buf.clear();
        let event = xml
            .read_event_into(&mut buf)
            .map_err(|error| format!("{error} (at byte {})", xml.error_position()))?;
        match event {
            Event::Start(start) => {
                depth += 1;
                if depth > MAX_XML_DEPTH {
                    return Err(format!("elements nest more than {MAX_XML_DEPTH} deep"));
                }
                found.start(&start, false)?;
            }
            Event::Empty(start) => found.start(&start, true)?,
            Event::End(end) => {
                depth = depth.saturating_sub(1);
                found.end(end.local_name().as_ref());
            }
            Event::Text(text) if found.text.is_some() => {
                let content = text.xml10_content().map_err(|error| error.to_string())?;
                found.append(&content);
            }
            Event::CData(data) if found.text.is_some() => {
                let content = data.decode().map_err(|error| error.to_string())?;
                found.append(&content);
            }
            Event::GeneralRef(reference) if found.text.is_some() => {
                if let Ok(Some(c)) = reference.resolve_char_ref() {
                    found.append(c.encode_utf8(&mut [0u8; 4]));
                } else if let Ok(name) = reference.decode()
                    && let Some(value) = resolve_predefined_entity(&name)
                {
                    found.append(value);
                }
            }
            Event::Eof => break,
            _ => {}
        }
        xml.get_mut().get_mut().mark();
    }
    if !found.root_seen {
        return Err("the document has no elements".to_string());
    }
    if depth > 0 {
        return Err("the document ends before its elements are closed".to_string());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_str(text: &str, limits: BackupLimits) -> Result<Installation, InstallError> {
        read(
            text.as_bytes(),
            ENTITIES_XML,
            Path::new("entities.xml"),
            limits,
        )
    }

    #[test]
    fn server_id_and_licences_in_either_order_and_either_form() {
        let text = r#"<?xml version="1.0" encoding="UTF-8"?>
<entity-engine-xml date="1700000000000">
    <OSPropertyString id="10101" value="B7QW-LK2M-9HZD-XR4T"/>
    <OSPropertyString id="10102" value="AAAA-BBBB-CCCC-DDDD"/>
    <OSPropertyEntry id="10102" entityName="jira.properties" entityId="1" propertyKey="jira.other" type="5"/>
    <OSPropertyEntry id="10101" entityName="jira.properties" entityId="1" propertyKey="jira.sid.key" type="5"/>
    <ProductLicense id="10000">
        <license><![CDATA[AAAB
CDEFX02ab]]></license>
    </ProductLicense>
    <ProductLicense id="10001" license="ZZZZX02cd"/>
</entity-engine-xml>"#;
        let installation = read_str(text, BackupLimits::file()).expect("read");
        assert_eq!(installation.product, Product::Jira);
        assert_eq!(
            installation.server_id.as_ref().map(|s| s.value.as_str()),
            Some("B7QW-LK2M-9HZD-XR4T")
        );
        let raws: Vec<&str> = installation
            .licences
            .iter()
            .map(|l| l.raw.as_str())
            .collect();
        assert_eq!(raws, ["AAABCDEFX02ab", "ZZZZX02cd"]);
        assert!(installation.notes.is_empty(), "{:?}", installation.notes);
    }

    #[test]
    fn the_entry_first_and_the_value_as_a_child() {
        let text = r#"<entity-engine-xml>
<OSPropertyEntry id="7" propertyKey="jira.sid.key"/>
<OSPropertyString id="7"><value>BP8Q-WXN6-SKX3-NB5M</value></OSPropertyString>
</entity-engine-xml>"#;
        let installation = read_str(text, BackupLimits::file()).expect("read");
        assert_eq!(
            installation.server_id.as_ref().map(|s| s.value.as_str()),
            Some("BP8Q-WXN6-SKX3-NB5M")
        );
        assert_eq!(
            installation.notes,
            [InstallNote::BackupNoLicence {
                file: "entities.xml".to_string()
            }]
        );
    }

    #[test]
    fn what_is_not_a_backup_is_refused_with_the_reason() {
        let error = |text: &str| match read_str(text, BackupLimits::file()) {
            Err(InstallError::BadConfig { reason, .. }) => reason,
            other => panic!("{other:?}"),
        };
        assert!(error("<config/>").contains("not <entity-engine-xml>"));
        assert!(error("<entity-engine-xml><a></b></entity-engine-xml>").contains("at byte"));
        assert!(error("<entity-engine-xml><a>").contains("ends before"));
        assert!(error("").contains("no elements"));
    }

    #[test]
    fn a_long_element_is_refused_after_reading_little_more_than_the_limit() {
        let limits = BackupLimits {
            max_element_bytes: 1024,
            ..BackupLimits::file()
        };
        let text = format!(
            "<entity-engine-xml><x a=\"{}\"/></entity-engine-xml>",
            "a".repeat(1024 * 1024)
        );
        match read_str(&text, limits) {
            Err(InstallError::BadConfig { reason, .. }) => {
                assert!(reason.contains("longer than 1024 bytes"), "{reason}")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_entry_that_expands_too_much_is_stopped() {
        let limits = BackupLimits::zip_entry(1000, 200);
        let text = format!(
            "<entity-engine-xml>{}</entity-engine-xml>",
            "<x/>".repeat(1024 * 1024)
        );
        match read_str(&text, limits) {
            Err(InstallError::ZipTooLarge { reason, .. }) => {
                assert!(reason.contains("zip bomb"), "{reason}")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn sniffing() {
        assert!(looks_like_entities(
            b"<?xml version=\"1.0\"?>\n<entity-engine-xml date=\"1\">"
        ));
        assert!(!looks_like_entities(b"<jira-database-config>"));
        assert!(is_entities_name("backup/entities.xml"));
        assert!(!is_entities_name("activeobjects.xml"));
    }
}
