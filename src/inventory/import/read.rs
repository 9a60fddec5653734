//! Reading inputs into decoded entries: keys anywhere in text, the portal's CSV and JSON
//! exports. Nothing here reads the database, so a preview can keep the result and its
//! confirmation need not decode anything again.

use std::collections::HashSet;

use super::{
    Decoded, Extra, Invalid, Item, Options, PlanError, Refusal, Rejection, Source, instance_bytes,
    item_bytes, known_app_bytes, rejection_bytes,
};
use crate::atlassian::key::{self, DecodedKey, KeyError};
use crate::domain::licence::{NotesError, clean_notes};
use crate::domain::{ContactRole, Deployment, Email};
use crate::domain::{LicenceFields, LicenceKind, LicenceType, Sen};
use crate::inventory::apps;
use crate::inventory::export::{self, CsvRow, ExportDocument, ExportedLicence};
use crate::inventory::from_key::new_licence_from_key;
use crate::inventory::parallel::decode_each;
use crate::store::licences::ServerIdReason;

/// Keys decoded on all cores ahead of the one whose entry is kept next: a few per core, so that
/// a budget passed stops the decoding soon after (a short key can expand into megabytes of
/// properties).
fn decode_ahead() -> usize {
    (crate::config::cores() * 4).clamp(4, 64)
}

/// A line shorter than this is never taken for part of a key that could not be read.
const MIN_KEY_LINE: usize = 20;

/// Decodes and checks every entry of the sources. `progress` is told how many bytes of the
/// sources have been read so far.
pub fn read(
    sources: &[Source],
    options: Options,
    progress: &dyn Fn(u64),
) -> Result<Decoded, PlanError> {
    let mut reader = Reader {
        options,
        decoded: Decoded::default(),
        keys: 0,
        held: std::mem::size_of::<Decoded>(),
    };
    let mut done = 0u64;
    for source in sources {
        reader.source(source)?;
        done += source.bytes.len() as u64;
        progress(done);
    }
    Ok(reader.decoded)
}

struct Reader {
    options: Options,
    decoded: Decoded,
    /// Keys met so far, for the cap on keys per input.
    keys: usize,
    /// What the entries decoded so far hold, as `Decoded::held_bytes` counts it.
    held: usize,
}

impl Reader {
    /// A decoded key's record, noting what the key says about apps where only it can tell.
    fn record_of_key(&mut self, decoded: &DecodedKey) -> LicenceFields {
        let record = new_licence_from_key(decoded);
        if apps::key_tells(&record) {
            self.held += known_app_bytes(&decoded.canonical);
            self.decoded
                .apps
                .insert(decoded.canonical.clone(), apps::app_of_key(decoded));
        }
        record
    }

    fn reject(&mut self, origin: String, reason: impl Into<Refusal>) {
        let rejection = Rejection {
            origin,
            reason: reason.into(),
        };
        self.held += rejection_bytes(&rejection);
        self.decoded.rejected.push(rejection);
    }

    /// Keeps an entry, and stops reading once what is kept passes the budget.
    fn push_item(&mut self, item: Item) -> Result<(), PlanError> {
        self.held += item_bytes(&item);
        let at = item.origin.clone();
        self.decoded.items.push(item);
        self.within_budget(&at)
    }

    /// Whether the rejections kept so far are within the budget (checked before each row).
    fn rejections_within_budget(&self) -> Result<(), PlanError> {
        match self.decoded.rejected.last() {
            Some(last) => self.within_budget(&last.origin),
            None => Ok(()),
        }
    }

    /// Whether what is kept so far is within the budget; `at` says where reading stopped.
    fn within_budget(&self, at: &str) -> Result<(), PlanError> {
        match self.options.max_held_bytes {
            Some(max) if self.held > max => Err(PlanError::TooLarge {
                at: at.to_owned(),
                max,
            }),
            _ => Ok(()),
        }
    }

    /// Counts `more` keys against the cap, before any of them is decoded.
    fn count_keys(&mut self, more: usize) -> Result<(), PlanError> {
        self.keys += more;
        match self.options.max_keys {
            Some(max) if self.keys > max => Err(PlanError::TooManyKeys { max }),
            _ => Ok(()),
        }
    }

    fn source(&mut self, source: &Source) -> Result<(), PlanError> {
        if source.bytes.contains(&0) {
            self.reject(source.name.clone(), Refusal::Binary);
            return Ok(());
        }
        let text = String::from_utf8_lossy(&source.bytes);
        let text = text.trim_start_matches('\u{feff}');
        let first_line = text.lines().next().unwrap_or("").trim();
        // What the file seems meant to be, for the reason given when it holds no key.
        let mut unkeyed = Refusal::NoKeyFound;
        if text.trim_start().starts_with('{') {
            match serde_json::from_str::<serde_json::Value>(text) {
                Ok(document)
                    if document.get("format").and_then(|f| f.as_str()) == Some(export::FORMAT) =>
                {
                    return self.exported_json(&source.name, document);
                }
                Err(e) if text.contains(export::FORMAT) => {
                    let detail = e.to_string();
                    unkeyed = Refusal::NotAnExport { detail };
                }
                _ => {}
            }
        }
        let columns: Vec<String> = first_line
            .split([',', ';'])
            .map(|c| c.trim().trim_matches('"').to_ascii_lowercase())
            .collect();
        if ["sen", "product"]
            .iter()
            .all(|c| columns.iter().any(|column| column == c))
        {
            unkeyed = if first_line.contains(';') && !first_line.contains(',') {
                Refusal::SemicolonSheet
            } else {
                Refusal::UnknownSheetColumns
            };
        }
        if first_line == export::CSV_HEADER.join(",")
            || first_line == export::csv_header_without(&["host_sen"])
            || first_line == export::csv_header_without(&["kind", "host_sen"])
        {
            return self.exported_csv(&source.name, text, true);
        }
        if first_line == export::CSV_HEADER_WITHOUT_NOTES.join(",")
            || first_line == export::CSV_HEADER_WITHOUT_REF.join(",")
        {
            return self.exported_csv(&source.name, text, false);
        }
        self.key_text(&source.name, text, unkeyed)
    }

    /// Reads the keys of a text; `unkeyed` is what is said of a text that holds none.
    fn key_text(&mut self, name: &str, text: &str, unkeyed: Refusal) -> Result<(), PlanError> {
        let found = key::find_keys(text);
        self.count_keys(found.len())?;
        // Whatever looks like key material but is not part of a key found is reported at its
        // line, so that nothing in the input goes without a word.
        let covered: Vec<(usize, usize)> = found.iter().map(|k| (k.line, k.last_line)).collect();
        let blocks = key_like_blocks(text, &covered);
        // Each is decoded to say why it is not a key: they count against the cap as keys do.
        self.count_keys(blocks.len())?;
        let leftovers = unreadable(blocks);
        if found.is_empty() && leftovers.is_empty() {
            self.reject(name.to_owned(), unkeyed);
            return Ok(());
        }
        let mut rejected: Vec<(usize, Rejection)> = leftovers
            .into_iter()
            .map(|(line, reason)| {
                (
                    line,
                    Rejection {
                        origin: format!("{name}:{line}"),
                        reason,
                    },
                )
            })
            .collect();
        // Keys are decoded on every core; the entries stay in file order.
        for (_, rejection) in &rejected {
            self.held += rejection_bytes(rejection);
            self.within_budget(&rejection.origin)?;
        }
        let raws: Vec<&str> = found.iter().map(|c| c.raw.as_str()).collect();
        decode_each(&raws, decode_ahead(), |index, result| {
            let candidate = &found[index];
            let origin = format!("{name}:{}", candidate.line);
            let decoded = match result {
                Ok(decoded) => decoded,
                Err(error) => {
                    let rejection = Rejection {
                        origin,
                        reason: Refusal::Undecodable(error),
                    };
                    self.held += rejection_bytes(&rejection);
                    self.within_budget(&rejection.origin)?;
                    rejected.push((candidate.line, rejection));
                    return Ok(());
                }
            };
            if !decoded.is_genuine() && !self.options.allow_unverified {
                let rejection = Rejection {
                    origin,
                    reason: Refusal::NotGenuine,
                };
                self.held += rejection_bytes(&rejection);
                self.within_budget(&rejection.origin)?;
                rejected.push((candidate.line, rejection));
                return Ok(());
            }
            let record = self.record_of_key(&decoded);
            self.push_item(Item {
                origin,
                record,
                extra: Extra::Key,
                key_terms: None,
            })
        })?;
        rejected.sort_by_key(|(line, _)| *line);
        self.decoded
            .rejected
            .extend(rejected.into_iter().map(|(_, r)| r));
        Ok(())
    }

    /// Decodes a key an export row carries; `None` (with the row rejected) when it cannot be
    /// imported.
    fn exported_key(
        &mut self,
        origin: &str,
        raw: &str,
    ) -> Result<Option<LicenceFields>, PlanError> {
        self.count_keys(1)?;
        Ok(match key::decode(raw) {
            Err(error) => {
                self.reject(origin.to_owned(), Refusal::Undecodable(error));
                None
            }
            Ok(decoded) if !decoded.is_genuine() && !self.options.allow_unverified => {
                self.reject(origin.to_owned(), Refusal::NotGenuine);
                None
            }
            Ok(decoded) => Some(self.record_of_key(&decoded)),
        })
    }

    fn exported_json(&mut self, name: &str, value: serde_json::Value) -> Result<(), PlanError> {
        let document: ExportDocument = match serde_json::from_value(value) {
            Ok(d) => d,
            Err(e) => {
                let detail = e.to_string();
                self.reject(name.to_owned(), Refusal::NotAnExport { detail });
                return Ok(());
            }
        };
        if !(export::OLDEST_VERSION..=export::VERSION).contains(&document.version) {
            self.reject(
                name.to_owned(),
                Refusal::UnsupportedVersion {
                    version: document.version,
                    oldest: export::OLDEST_VERSION,
                    newest: export::VERSION,
                },
            );
            return Ok(());
        }
        let mut references = HashSet::new();
        for exported in &document.licences {
            if !references.insert(exported.reference.clone()) {
                self.reject(
                    format!("{name}: {}", exported.reference),
                    Refusal::ReferenceTwice {
                        reference: exported.reference.clone(),
                    },
                );
                return Ok(());
            }
        }
        // A production licence is not itself linked to another: no chains, no cycles.
        let linked: HashSet<String> = document
            .licences
            .iter()
            .filter(|l| l.production_licence.is_some())
            .map(|l| l.reference.clone())
            .collect();
        for mut exported in document.licences {
            self.rejections_within_budget()?;
            let origin = format!("{name}: {}", exported.reference);
            // A licence named as its own production licence is said so by the row's check.
            if let Some(production) = &exported.production_licence
                && production != &exported.reference
                && linked.contains(production)
            {
                let production = production.clone();
                self.reject(origin, Refusal::ChainedProduction { production });
                continue;
            }
            if let Err(reason) = check_exported(&exported, &references) {
                self.reject(origin, reason);
                continue;
            }
            let mut record = record_of_exported(&exported);
            let mut key_terms = None;
            if let Some(raw) = exported.licence_key.clone() {
                let Some(from_key) = self.exported_key(&origin, &raw)? else {
                    continue;
                };
                key_terms = key_wins(&mut record, &from_key, self.options.restores());
                // The row keeps the key as the decoder gives it back.
                exported.licence_key = from_key.licence_key.clone();
            }
            self.push_item(Item {
                origin,
                record,
                extra: Extra::Exported(Box::new(exported)),
                key_terms,
            })?;
        }
        for (index, instance) in document.instances.into_iter().enumerate() {
            self.rejections_within_budget()?;
            let dangling = instance.keys.iter().find_map(|k| {
                k.licence
                    .as_ref()
                    .filter(|r| !references.contains(r.as_str()))
            });
            if let Some(reference) = dangling {
                let reference = reference.clone();
                self.reject(
                    format!("{name}: installation {}", index + 1),
                    Refusal::DanglingInstallation { reference },
                );
                continue;
            }
            self.held += instance_bytes(&instance);
            self.decoded.instances.push(instance);
            self.within_budget(&format!("{name}: installation {}", index + 1))?;
        }
        Ok(())
    }

    /// Reads a CSV export, whichever of its column sets it has (the columns a set lacks are read
    /// as empty); `with_notes` is whether the sheet has the notes column (a sheet from before it
    /// leaves the notes on record as they are).
    fn exported_csv(&mut self, name: &str, text: &str, with_notes: bool) -> Result<(), PlanError> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .flexible(false)
            .from_reader(text.as_bytes());
        let headers = match reader.headers() {
            Ok(headers) => headers.clone(),
            Err(e) => {
                let detail = e.to_string();
                self.reject(name.to_owned(), Refusal::CsvHeader { detail });
                return Ok(());
            }
        };
        let mut lines = LineCounter::new(text);
        for row in reader.records() {
            self.rejections_within_budget()?;
            let row = match row {
                Ok(row) => row,
                Err(e) => {
                    let line = e.position().map_or(0, |p| lines.at(p.byte()));
                    self.reject(format!("{name}:{line}"), csv_row_refusal(&e));
                    continue;
                }
            };
            let origin = format!(
                "{name}:{}",
                row.position().map_or(0, |p| lines.at(p.byte()))
            );
            // Cells are read as a spreadsheet shows them: trimmed, a formula's guard removed.
            let cells: csv::StringRecord = row
                .iter()
                .map(|cell| export::restore_cell(cell.trim()))
                .collect();
            let row: CsvRow = match cells.deserialize(Some(&headers)) {
                Ok(row) => row,
                Err(e) => {
                    let detail = e.to_string();
                    self.reject(origin, Refusal::CsvRow { detail });
                    continue;
                }
            };
            let mut record = match record_of_csv(&row) {
                Ok(r) => r,
                Err(reason) => {
                    self.reject(origin, reason);
                    continue;
                }
            };
            let reference = match row.reference.as_str() {
                "" => None,
                raw => match export::parse_csv_reference(raw) {
                    Some(reference) => Some(reference),
                    None => {
                        let raw = raw.to_owned();
                        self.reject(origin, Refusal::UnknownCsvReference { raw });
                        continue;
                    }
                },
            };
            let mut key_terms = None;
            if !row.licence_key.is_empty() {
                let Some(from_key) = self.exported_key(&origin, &row.licence_key)? else {
                    continue;
                };
                key_terms = key_wins(&mut record, &from_key, self.options.restores());
            }
            self.push_item(Item {
                origin,
                record,
                extra: Extra::Csv {
                    reference,
                    with_notes,
                },
                key_terms,
            })?;
        }
        Ok(())
    }
}

/// Why the CSV reader could not read a row: a row of another length than the header is said
/// plainly; anything else in the reader's words.
fn csv_row_refusal(error: &csv::Error) -> Refusal {
    match error.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => Refusal::CsvFieldCount {
            found: *len,
            expected: *expected_len,
        },
        _ => Refusal::CsvRow {
            detail: error.to_string(),
        },
    }
}

/// The line a CSV record starts on, counted as an editor counts them from the record's byte
/// offset (the CSV reader's own count, and its offset, stop short of the `\n` of a `\r\n`
/// line end, which spreadsheets write). Offsets only grow, so each byte is looked at once.
struct LineCounter<'a> {
    text: &'a [u8],
    byte: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        LineCounter {
            text: text.as_bytes(),
            byte: 0,
            line: 1,
        }
    }

    fn at(&mut self, byte: u64) -> usize {
        let mut byte = usize::try_from(byte)
            .unwrap_or(usize::MAX)
            .min(self.text.len());
        // A record starts after its line end, whatever the reader counted as the end.
        while let Some(b'\r' | b'\n') = self.text.get(byte) {
            byte += 1;
        }
        if byte > self.byte {
            let newlines = self.text[self.byte..byte]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
            self.line += newlines;
            self.byte = byte;
        }
        self.line
    }
}

/// What a key says is what is stored: its SEN, products, type, deployment and dates replace
/// the fields a file gives beside it. The tier and support expiry of an export may differ from
/// its key after an upgrade or renewal recorded in the portal without a new key; only an
/// administrator's restore of a new licence keeps those (a renewal is an order, which a
/// restore brings along). Returns the key's tier and support expiry when the file's were kept.
fn key_wins(
    record: &mut LicenceFields,
    key: &LicenceFields,
    restores: bool,
) -> Option<(Option<i64>, Option<jiff::civil::Date>)> {
    record.sen = key.sen.clone();
    record.product = key.product.clone();
    record.name = key.name.clone();
    record.licence_type = key.licence_type.clone();
    record.deployment = key.deployment;
    record.is_evaluation = key.is_evaluation;
    record.kind = key.kind;
    record.purchase_date = key.purchase_date;
    record.licence_expiry = key.licence_expiry;
    record.licence_key = key.licence_key.clone();
    record.key_genuine = key.key_genuine;
    if restores {
        return Some((key.user_tier, key.support_expiry));
    }
    record.user_tier = key.user_tier;
    record.support_expiry = key.support_expiry;
    None
}

/// Checks everything in an export row that the database would refuse, so that a preview that
/// passes never fails on apply.
fn check_exported(e: &ExportedLicence, references: &HashSet<String>) -> Result<(), Invalid> {
    if e.product.trim().is_empty() {
        return Err(Invalid::EmptyProduct);
    }
    if let Some(notes) = &e.notes {
        check_notes(notes)?;
    }
    if e.licence_key.is_none() {
        row_sen(e.sen.as_deref().unwrap_or(""))?;
    }
    // What the CSV refuses, the JSON refuses too.
    if let Some(v) = &e.server_id {
        crate::domain::ServerId::parse(v).map_err(|error| Invalid::ServerId {
            value: v.clone(),
            error,
        })?;
    }
    if let Some(tier) = e.user_tier
        && tier < 0
    {
        return Err(Invalid::NegativeUserTier { tier });
    }
    if let Some(production) = &e.production_licence
        && !references.contains(production)
    {
        return Err(Invalid::UnknownProduction {
            production: production.clone(),
        });
    }
    if e.production_licence.as_deref() == Some(e.reference.as_str()) {
        return Err(Invalid::OwnProduction);
    }
    let mut primaries = HashSet::new();
    for contact in &e.contacts {
        Email::parse(&contact.email).map_err(|_| Invalid::ContactEmail {
            value: contact.email.clone(),
        })?;
        let role = ContactRole::parse(&contact.role).ok_or_else(|| Invalid::ContactRole {
            value: contact.role.clone(),
        })?;
        if contact.primary && !primaries.insert(role.as_str()) {
            return Err(Invalid::TwoPrimaries { role });
        }
    }
    for change in &e.server_id_history {
        let known = [
            ServerIdReason::Manual,
            ServerIdReason::Diagnosis,
            ServerIdReason::Import,
            ServerIdReason::Gate,
            ServerIdReason::Evaluation,
            ServerIdReason::ByHand,
        ]
        .iter()
        .any(|r| r.as_str() == change.reason);
        if !known {
            return Err(Invalid::HistoryReason {
                value: change.reason.clone(),
            });
        }
    }
    if e.key_history
        .iter()
        .any(|k| k.licence_key.trim().is_empty())
    {
        return Err(Invalid::EmptyHistoryKey);
    }
    let mut numbers = HashSet::new();
    for order in &e.orders {
        if !["new", "renewal", "upgrade"].contains(&order.kind.as_str()) {
            return Err(Invalid::OrderKind {
                value: order.kind.clone(),
            });
        }
        if order.number.trim().is_empty() || !numbers.insert(order.number.as_str()) {
            return Err(Invalid::OrderNumber {
                value: order.number.clone(),
            });
        }
        if let Some(email) = &order.placed_by {
            Email::parse(email).map_err(|_| Invalid::OrderPlacedBy {
                value: email.clone(),
            })?;
        }
    }
    for term in &e.primary_terms {
        ContactRole::parse(&term.role).ok_or_else(|| Invalid::TermRole {
            value: term.role.clone(),
        })?;
        if let Some(email) = &term.account {
            Email::parse(email).map_err(|_| Invalid::TermAccount {
                value: email.clone(),
            })?;
        }
    }
    Ok(())
}

/// The SEN a row without a key gives (a row with a key takes the key's): none when empty, else
/// a SEN as My Atlassian writes it, upper-cased.
fn row_sen(value: &str) -> Result<Option<String>, Invalid> {
    if value.trim().is_empty() {
        return Ok(None);
    }
    Sen::parse(value)
        .map(|sen| Some(sen.into_string()))
        .map_err(|error| Invalid::Sen {
            value: value.to_owned(),
            error,
        })
}

/// Notes as the licence keeps them; what the licence's page refuses, an import refuses too.
fn check_notes(notes: &str) -> Result<String, Invalid> {
    clean_notes(notes).map_err(|error| match error {
        NotesError::TooLong => Invalid::NotesTooLong {
            max: crate::domain::licence::NOTES_MAX_CHARS,
        },
        NotesError::ControlCharacter => Invalid::NotesControlCharacter,
    })
}

/// The licence a checked export row describes; empty fields are read as the CSV reads them
/// (no SEN, the product as the name, "Other" as the type).
fn record_of_exported(e: &ExportedLicence) -> LicenceFields {
    let given = |v: &str| Some(v.trim().to_owned()).filter(|v| !v.is_empty());
    let mut record = LicenceFields {
        product: e.product.clone(),
        name: given(&e.name).unwrap_or_else(|| e.product.clone()),
        licence_type: given(&e.licence_type)
            .map_or(LicenceType::Unspecified, |t| LicenceType::parse(&t)),
        deployment: e.deployment,
        user_tier: e.user_tier,
        // Checked already; a row with a key takes the key's SEN.
        sen: row_sen(e.sen.as_deref().unwrap_or("")).unwrap_or_default(),
        licence_key: None,
        key_genuine: None,
        server_id: e.server_id.clone(),
        organisation: e.organisation.clone(),
        licensed_to: e.licensed_to.clone(),
        purchase_date: e.purchase_date,
        support_expiry: e.support_expiry,
        licence_expiry: e.licence_expiry,
        support_level: e.support_level.clone(),
        auto_renew: e.auto_renew,
        archived: e.archived,
        is_evaluation: e.is_evaluation,
        production_licence_id: None,
        // Checked already.
        notes: e
            .notes
            .as_deref()
            .and_then(|notes| clean_notes(notes).ok())
            .unwrap_or_default(),
        // Replaced by the key's when the row has a key.
        kind: LicenceKind::Server,
    };
    record.kind = e.kind.unwrap_or_else(|| record.kind_by_hand());
    record
}

/// A licence from a CSV row of the portal's export; the reason when a cell is not valid.
fn record_of_csv(row: &CsvRow) -> Result<LicenceFields, Invalid> {
    let optional = |v: &str| Some(v.to_owned()).filter(|v| !v.is_empty());
    let date = |v: &str, column: &'static str| -> Result<Option<jiff::civil::Date>, Invalid> {
        optional(v)
            .map(|value| {
                value
                    .parse::<jiff::civil::Date>()
                    .map_err(|_| Invalid::Date { column, value })
            })
            .transpose()
    };
    let flag = |v: &str, column: &'static str| -> Result<bool, Invalid> {
        match v.to_ascii_lowercase().as_str() {
            "yes" | "true" | "1" => Ok(true),
            "no" | "false" | "0" | "" => Ok(false),
            _ => Err(Invalid::YesNo {
                column,
                value: v.to_owned(),
            }),
        }
    };
    if row.product.is_empty() {
        return Err(Invalid::EmptyProduct);
    }
    let deployment = Deployment::parse(&row.deployment).ok_or_else(|| Invalid::Deployment {
        value: row.deployment.clone(),
    })?;
    let user_tier =
        match row.user_tier.to_ascii_lowercase().as_str() {
            "unlimited" | "" => None,
            n => Some(n.parse::<i64>().ok().filter(|n| *n >= 0).ok_or_else(|| {
                Invalid::UserTier {
                    value: row.user_tier.clone(),
                }
            })?),
        };
    let server_id = match optional(&row.server_id) {
        Some(value) => Some(
            crate::domain::ServerId::parse(&value)
                .map_err(|error| Invalid::ServerId {
                    value: value.clone(),
                    error,
                })?
                .to_string(),
        ),
        None => None,
    };
    let notes = check_notes(&row.notes)?;
    // A row with a key takes the key's SEN, whatever the sheet says beside it.
    let sen = if row.licence_key.is_empty() {
        row_sen(&row.sen)?
    } else {
        optional(&row.sen)
    };
    let mut record = LicenceFields {
        sen,
        name: optional(&row.name).unwrap_or_else(|| row.product.clone()),
        product: row.product.clone(),
        licence_type: optional(&row.licence_type)
            .map_or(LicenceType::Unspecified, |t| LicenceType::parse(&t)),
        deployment,
        user_tier,
        organisation: row.organisation.clone(),
        licensed_to: row.licensed_to.clone(),
        server_id,
        purchase_date: date(&row.purchase_date, "purchase_date")?,
        support_expiry: date(&row.support_expiry, "support_expiry")?,
        licence_expiry: date(&row.licence_expiry, "licence_expiry")?,
        support_level: row.support_level.clone(),
        auto_renew: flag(&row.auto_renew, "auto_renew")?,
        archived: flag(&row.archived, "archived")?,
        is_evaluation: flag(&row.evaluation, "evaluation")?,
        key_genuine: None,
        licence_key: None,
        production_licence_id: None,
        notes,
        // Replaced by the key's when the row has a key.
        kind: LicenceKind::Server,
    };
    // The sheet's kind column is there to be read: a row is a hand edit, so its kind follows
    // its type, deployment and product as on the "Add licence" form, and a licence with a key
    // keeps the key's (see the import's merge).
    record.kind = record.kind_by_hand();
    Ok(record)
}

/// What in a text looks like key material but is no part of the keys found, each with its
/// line and why it cannot be read: what an import lists besides the keys.
pub fn unreadable_in(text: &str, found: &[key::FoundKey]) -> Vec<(usize, Refusal)> {
    let covered: Vec<(usize, usize)> = found.iter().map(|k| (k.line, k.last_line)).collect();
    unreadable(key_like_blocks(text, &covered))
}

/// Stretches of lines outside the keys found that look like key material (long unbroken runs
/// of key characters), with the line each starts at. [`unreadable`] says why each cannot be
/// imported: a version-1 key is named as such, anything else that has the start or the end of
/// a version-2 key gets the decoder's reason; other long runs (a URL, a hash) are not keys and
/// are passed over. A short line right after a stretch ends it and belongs to it, as the last
/// line of a wrapped key does (where a version-2 key keeps its trailer).
fn key_like_blocks(text: &str, covered: &[(usize, usize)]) -> Vec<(usize, String)> {
    let mut blocks: Vec<(usize, String)> = Vec::new();
    let mut current: Option<(usize, String)> = None;
    // The keys' lines in order, passed once: a text of many keys is read in time linear in it.
    let mut covered = covered.to_vec();
    covered.sort_unstable();
    let mut keys = covered.iter().peekable();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        let trimmed = line.trim();
        while keys.next_if(|(_, last)| *last < number).is_some() {}
        let inside_a_key = keys
            .peek()
            .is_some_and(|(first, last)| (*first..=*last).contains(&number));
        if !inside_a_key && looks_like_key_material(trimmed) {
            let block = current.get_or_insert_with(|| (number, String::new()));
            block.1.push_str(trimmed);
            block.1.push('\n');
        } else if let Some(mut block) = current.take() {
            if !inside_a_key && looks_like_last_key_line(trimmed) {
                block.1.push_str(trimmed);
                block.1.push('\n');
            }
            blocks.push(block);
        }
    }
    blocks.extend(current);
    blocks
}

/// Which of the key-like blocks are reported, and why (see [`key_like_blocks`]).
fn unreadable(blocks: Vec<(usize, String)>) -> Vec<(usize, Refusal)> {
    blocks
        .into_iter()
        .filter_map(|(line, block)| {
            let compact: String = block.split_whitespace().collect();
            let tail = compact
                .get(compact.len().saturating_sub(10)..)
                .unwrap_or("");
            match key::decode(&block) {
                Err(KeyError::LegacyVersion1) => {
                    Some((line, Refusal::Undecodable(KeyError::LegacyVersion1)))
                }
                Err(error) if compact.starts_with("AAA") || tail.contains("X0") => {
                    Some((line, Refusal::KeyLike(error)))
                }
                _ => None,
            }
        })
        .collect()
}

/// A short unbroken token of letters, digits and the characters of a key: how the last line
/// of a wrapped key may look.
fn looks_like_last_key_line(line: &str) -> bool {
    !line.is_empty()
        && line.len() < MIN_KEY_LINE
        && line
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
}

/// One unbroken token of at least [`MIN_KEY_LINE`] printable characters, nearly all letters
/// and digits: how the lines of a key look.
fn looks_like_key_material(line: &str) -> bool {
    if line.len() < MIN_KEY_LINE || !line.bytes().all(|b| b.is_ascii_graphic()) {
        return false;
    }
    let alphanumeric = line.bytes().filter(u8::is_ascii_alphanumeric).count();
    alphanumeric * 10 >= line.len() * 8
}

#[cfg(test)]
mod tests {
    use super::key_like_blocks;

    #[test]
    fn key_like_lines_outside_the_keys_are_found_whatever_order_the_keys_come_in() {
        let material = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldY";
        // Lines 1-2 and 6-7 are keys; 4 and 9-10 look like key material outside them; 12-13
        // are inside a key listed twice, overlapping.
        let lines = [
            material, material, "", material, "", material, material, "", material, material, "",
            material, material,
        ];
        let text = lines.join("\n");
        let covered = [(12, 13), (6, 7), (1, 2), (12, 12)];
        let found: Vec<usize> = key_like_blocks(&text, &covered)
            .into_iter()
            .map(|(line, _)| line)
            .collect();
        assert_eq!(found, [4, 9]);
        let blocks = key_like_blocks(&text, &[]);
        assert_eq!(
            blocks.iter().map(|(line, _)| *line).collect::<Vec<_>>(),
            [1, 4, 6, 9, 12]
        );
    }
}
