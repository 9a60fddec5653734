//! Reading a support zip (or any zip of config files): the product config files in it are read
//! as such, other text entries are scanned for Server IDs and keys. Every read is capped (entry
//! count, bytes per entry, bytes in all, expansion ratio past a megabyte), so a zip bomb is
//! refused or read only up to those caps: at most `max_total_bytes` are ever unpacked, however
//! small the zip (many entries of a megabyte each can still expand hundreds of times).
//!
//! The module is not called `zip` so that the `zip` crate keeps its name here.

use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use zip::ZipArchive;

use super::files::{add_scan, decode_text_owned};
use super::limits::{
    ZIP_MAX_DIRECTORY_BYTES, ZIP_MAX_ENTRIES, ZIP_MAX_ENTRY_BYTES, ZIP_MAX_RATIO,
    ZIP_MAX_TOTAL_BYTES, ZIP_RATIO_FLOOR,
};
use super::products::{ConfigKind, ConfigText, Context, empty_installation, push_licence};
use super::{
    InstallError, InstallNote, Installation, Product, ReadOptions, SkippedEntry, app_properties,
    backup, io_error, scan, xml,
};

/// What a zip may make us read; the defaults are the limits of [`super::limits`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ZipLimits {
    pub max_entries: usize,
    pub max_entry_bytes: u64,
    pub max_total_bytes: u64,
    /// An entry that expands more than this many times its compressed size (once past 1 MiB) is
    /// taken for a zip bomb.
    pub max_ratio: u64,
}

impl Default for ZipLimits {
    fn default() -> Self {
        ZipLimits {
            max_entries: ZIP_MAX_ENTRIES,
            max_entry_bytes: ZIP_MAX_ENTRY_BYTES,
            max_total_bytes: ZIP_MAX_TOTAL_BYTES,
            max_ratio: ZIP_MAX_RATIO,
        }
    }
}

/// Extensions of the entries worth reading; logs and thread dumps are skipped unread.
const TEXT_EXTENSIONS: &[&str] = &[
    ".xml",
    ".properties",
    ".txt",
    ".cfg",
    ".json",
    ".html",
    ".htm",
];

type Archive = ZipArchive<BufReader<File>>;
/// A config file in the archive: its index, name and kind.
type ConfigEntry = (usize, String, ConfigKind);
/// A text file in the archive: its index and name.
type TextEntry = (usize, String);

pub(super) fn read(path: &Path, opts: &ReadOptions) -> Result<Installation, InstallError> {
    let limits = opts.zip_limits;
    let mut archive = open(path, limits)?;
    // A Jira XML backup zip is its entities.xml, read as a stream.
    if let Some(index) = (0..archive.len()).find(|&index| {
        archive
            .name_for_index(index)
            .is_some_and(|name| !name.contains('/') && backup::is_entities_name(name))
    }) {
        return read_backup(&mut archive, index, path, limits);
    }
    // Config files first, so that their product and values win over text found elsewhere.
    let (config_entries, mut text_entries) = entries_to_read(&archive);
    let context = Context {
        opts,
        server_id_given: opts.server_id_override.is_some(),
        may_connect: false,
    };
    let mut budget = Budget {
        limits,
        read_so_far: 0,
    };
    let mut installation = empty_installation(Product::Unidentified, path);
    let mut skipped = Vec::new();
    for (index, name, kind) in config_entries {
        let Some(text) = read_entry(&mut archive, index, &name, path, &mut budget, &mut skipped)?
        else {
            continue;
        };
        if kind == ConfigKind::FisheyeConfig
            && !xml::parse(&text)
                .is_ok_and(|document| ConfigKind::from_xml(&document) == Some(kind))
        {
            text_entries.push((index, name));
            continue;
        }
        let config = ConfigText {
            text: &text,
            label: format!("support zip entry {name}"),
            path,
        };
        let read = kind.read(&config, path, &context)?;
        merge(&mut installation, read);
    }
    // What the product reports of itself comes next: it wins over text found elsewhere.
    let mut reported = None;
    if let Some(at) = text_entries
        .iter()
        .position(|(_, name)| app_properties::is_report(name))
    {
        let (index, name) = text_entries.remove(at);
        if let Some(text) = read_entry(&mut archive, index, &name, path, &mut budget, &mut skipped)?
        {
            match app_properties::parse(&text, &name) {
                Some(report) => {
                    let label = format!("support zip entry {name}");
                    app_properties::apply(&mut installation, &report, &label);
                    reported = Some(report);
                }
                // Not the support tools' XML: scanned as any text is.
                None => add_scan(
                    &mut installation,
                    &scan::scan_text(&text),
                    &format!("support zip entry {name}"),
                ),
            }
        }
    }
    for (index, name) in text_entries {
        let Some(text) = read_entry(&mut archive, index, &name, path, &mut budget, &mut skipped)?
        else {
            continue;
        };
        let scanned = scan::scan_text(&text);
        if installation.product == Product::Unidentified
            && let Some(product) = scanned.product()
        {
            installation.product = product;
        }
        add_scan(
            &mut installation,
            &scanned,
            &format!("support zip entry {name}"),
        );
    }
    if let Some(report) = &reported {
        app_properties::compare_sen(&mut installation, report);
    }
    if !skipped.is_empty() {
        installation
            .notes
            .push(InstallNote::ZipEntriesNotRead { entries: skipped });
    }
    if installation.product == Product::Unidentified
        && installation.server_id.is_none()
        && installation.licences.is_empty()
        && installation.database.is_none()
    {
        return Err(InstallError::Unrecognised {
            path: path.to_path_buf(),
        });
    }
    Ok(installation)
}

/// Reads the `entities.xml` at `index` of a backup zip, stopping at the first sign of a bomb.
fn read_backup(
    archive: &mut Archive,
    index: usize,
    path: &Path,
    limits: ZipLimits,
) -> Result<Installation, InstallError> {
    let entry = archive
        .by_index(index)
        .map_err(|error| InstallError::BadZip {
            path: path.to_path_buf(),
            reason: error.to_string(),
        })?;
    let name = entry.name().to_string();
    let declared = entry.size();
    let compressed = entry.compressed_size().max(1);
    if declared > ZIP_RATIO_FLOOR && declared / compressed > limits.max_ratio {
        return Err(too_large(
            path,
            format!(
                "entry {name} expands {} times ({compressed} bytes to {declared}); more than {} times is taken for a zip bomb",
                declared / compressed,
                limits.max_ratio
            ),
        ));
    }
    let backup_limits = backup::BackupLimits::zip_entry(compressed, limits.max_ratio);
    let mut installation = backup::read(entry, &name, path, backup_limits)?;
    installation.home = path.to_path_buf();
    Ok(installation)
}

/// Opens the archive once its directory is known to be within the limits.
fn open(path: &Path, limits: ZipLimits) -> Result<Archive, InstallError> {
    let file = File::open(path).map_err(|source| io_error(path, source))?;
    let mut reader = BufReader::new(file);
    // The directory is parsed whole by the zip reader: its size is checked before.
    match directory_claims(&mut reader, limits.max_entries) {
        Ok(None) => {}
        Ok(Some(reason)) => return Err(too_large(path, reason)),
        Err(source) => return Err(io_error(path, source)),
    }
    let archive = ZipArchive::new(reader).map_err(|error| InstallError::BadZip {
        path: path.to_path_buf(),
        reason: error.to_string(),
    })?;
    if archive.len() > limits.max_entries {
        return Err(too_large(
            path,
            format!(
                "it has {} entries, more than {}",
                archive.len(),
                limits.max_entries
            ),
        ));
    }
    Ok(archive)
}

/// The entries worth reading: config files by name, with their kind, and text files that may
/// hold a key or a Server ID (thread dumps and logs are passed over), each with its index.
fn entries_to_read(archive: &Archive) -> (Vec<ConfigEntry>, Vec<TextEntry>) {
    let mut config_entries = Vec::new();
    let mut text_entries = Vec::new();
    for index in 0..archive.len() {
        let Some(name) = archive.name_for_index(index).map(str::to_string) else {
            continue;
        };
        if name.ends_with('/') {
            continue;
        }
        let base = name.rsplit(['/', '\\']).next().unwrap_or(&name).to_string();
        let lower = name.to_ascii_lowercase();
        if let Some(kind) = ConfigKind::from_file_name(&base) {
            config_entries.push((index, name, kind));
        } else if TEXT_EXTENSIONS.iter().any(|ext| lower.ends_with(ext))
            && !lower.contains("thread-dump")
            && !lower.contains("threaddump")
            && !lower.split('/').any(|part| part == "logs" || part == "log")
        {
            text_entries.push((index, name));
        }
    }
    (config_entries, text_entries)
}

/// Folds one config file's reading into the zip's.
fn merge(into: &mut Installation, read: Installation) {
    if into.product == Product::Unidentified {
        into.product = read.product;
    }
    if into.server_id.is_none() {
        into.server_id = read.server_id;
    }
    for licence in read.licences {
        push_licence(&mut into.licences, licence);
    }
    if into.database.is_none() {
        into.database = read.database;
    }
    if into.licences_in_database.is_none() {
        into.licences_in_database = read.licences_in_database;
    }
    into.notes.extend(read.notes);
}

struct Budget {
    limits: ZipLimits,
    read_so_far: u64,
}

fn too_large(path: &Path, reason: String) -> InstallError {
    InstallError::ZipTooLarge {
        path: path.to_path_buf(),
        reason,
    }
}

/// One entry's text, read within the limits; None (with a reason in `skipped`) for an entry that
/// cannot be read (encrypted, an unsupported compression) or is not text.
fn read_entry(
    archive: &mut Archive,
    index: usize,
    name: &str,
    path: &Path,
    budget: &mut Budget,
    skipped: &mut Vec<SkippedEntry>,
) -> Result<Option<String>, InstallError> {
    let limits = budget.limits;
    let entry = match archive.by_index(index) {
        Ok(entry) => entry,
        Err(error) => {
            skipped.push(SkippedEntry::Unreadable {
                name: name.to_string(),
                error: error.to_string(),
            });
            return Ok(None);
        }
    };
    let declared = entry.size();
    let compressed = entry.compressed_size().max(1);
    if declared > limits.max_entry_bytes {
        return Err(too_large(
            path,
            format!(
                "entry {name} unpacks to {declared} bytes, more than {} (a zip bomb?)",
                limits.max_entry_bytes
            ),
        ));
    }
    if declared > ZIP_RATIO_FLOOR && declared / compressed > limits.max_ratio {
        return Err(too_large(
            path,
            format!(
                "entry {name} expands {} times ({compressed} bytes to {declared}); more than {} times is taken for a zip bomb",
                declared / compressed,
                limits.max_ratio
            ),
        ));
    }
    // The sizes in the zip's directory can lie: count what actually comes out.
    let allowed = limits
        .max_entry_bytes
        .min(limits.max_total_bytes.saturating_sub(budget.read_so_far));
    let mut bytes = Vec::new();
    let read = entry.take(allowed + 1).read_to_end(&mut bytes);
    if let Err(error) = read {
        skipped.push(SkippedEntry::Unreadable {
            name: name.to_string(),
            error: error.to_string(),
        });
        return Ok(None);
    }
    let actual = bytes.len() as u64;
    if actual > allowed {
        let reason = if allowed < limits.max_entry_bytes {
            format!(
                "its text entries unpack to more than {} bytes in all (a zip bomb?)",
                limits.max_total_bytes
            )
        } else {
            format!(
                "entry {name} unpacks to more than {} bytes though its header says {declared} (a zip bomb?)",
                limits.max_entry_bytes
            )
        };
        return Err(too_large(path, reason));
    }
    if actual > ZIP_RATIO_FLOOR && actual / compressed > limits.max_ratio {
        return Err(too_large(
            path,
            format!(
                "entry {name} expands {} times; more than {} times is taken for a zip bomb",
                actual / compressed,
                limits.max_ratio
            ),
        ));
    }
    budget.read_so_far += actual;
    match decode_text_owned(bytes) {
        Some(text) => Ok(Some(text)),
        None => {
            skipped.push(SkippedEntry::NotText {
                name: name.to_string(),
            });
            Ok(None)
        }
    }
}

const EOCD_SIGNATURE: &[u8; 4] = b"PK\x05\x06";
const EOCD64_SIGNATURE: &[u8; 4] = b"PK\x06\x06";
const EOCD64_LOCATOR_SIGNATURE: &[u8; 4] = b"PK\x06\x07";
/// The longest record looked at: a zip64 end-of-central-directory record up to its offset field.
const LONGEST_RECORD: usize = 56;

/// Why the zip's directory is too large to read, from its end-of-central-directory records
/// alone: None when every one of them is within the limits.
///
/// Every record that the zip reader could take for the end of the directory is checked (it
/// searches the whole file from the end, and skips records that do not fit), not only the last
/// one, so that no record can hide a larger one behind it. A record counts when its directory
/// starts before it, as the zip reader requires. The file is read once, in blocks.
fn directory_claims<R: Read + Seek>(
    reader: &mut R,
    max_entries: usize,
) -> std::io::Result<Option<String>> {
    const BLOCK: usize = 1024 * 1024;
    let length = reader.seek(SeekFrom::End(0))?;
    let mut buffer = vec![0u8; 20 + BLOCK + LONGEST_RECORD];
    let mut block_start = 0u64;
    while block_start < length {
        // The block is read with the 20 bytes before it, where a zip64 locator may stand.
        let read_from = block_start.saturating_sub(20);
        let lead = usize::try_from(block_start - read_from).unwrap_or(0);
        reader.seek(SeekFrom::Start(read_from))?;
        let mut filled = 0;
        while filled < buffer.len() {
            let Some(free) = buffer.get_mut(filled..) else {
                break;
            };
            match reader.read(free) {
                Ok(0) => break,
                Ok(count) => filled += count,
                Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
                Err(error) => return Err(error),
            }
        }
        let data = buffer.get(..filled).unwrap_or_default();
        let starts = data.len().min(lead + BLOCK);
        for at in lead..starts {
            if data.get(at) != Some(&b'P') {
                continue;
            }
            let (Some(before), Some(record)) = (data.get(..at), data.get(at..)) else {
                break;
            };
            let offset = read_from + at as u64;
            if let Some(reason) = claim_at(record, before, offset, length, max_entries) {
                return Ok(Some(reason));
            }
        }
        block_start += BLOCK as u64;
    }
    Ok(None)
}

/// The check of one possible end record starting at `record` (at `offset` in a file of
/// `length` bytes); `before` holds the bytes of the same block in front of it.
fn claim_at(
    record: &[u8],
    before: &[u8],
    offset: u64,
    length: u64,
    max_entries: usize,
) -> Option<String> {
    let u16_at = |at: usize| {
        record
            .get(at..at + 2)
            .map(|b| u64::from(u16::from_le_bytes([b[0], b[1]])))
    };
    let u32_at = |at: usize| {
        record
            .get(at..at + 4)
            .map(|b| u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]])))
    };
    let u64_at = |at: usize| {
        record
            .get(at..at + 8)
            .map(|b| u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]))
    };
    let too_many = |entries: u64| {
        format!("its directory says it has {entries} entries, more than {max_entries}")
    };
    let too_big = |bytes: u64| {
        format!("its directory is {bytes} bytes long, more than {ZIP_MAX_DIRECTORY_BYTES}")
    };
    if record.starts_with(EOCD_SIGNATURE) {
        let (Some(on_disk), Some(total), Some(size), Some(directory), Some(comment)) =
            (u16_at(8), u16_at(10), u32_at(12), u32_at(16), u16_at(20))
        else {
            return None;
        };
        if offset + 22 + comment > length || (directory >= offset && total > 0) {
            return None;
        }
        // All ones mean "see the zip64 record" when a zip64 locator stands just before.
        let zip64 = before.len() >= 20
            && before
                .get(before.len() - 20..)
                .is_some_and(|locator| locator.starts_with(EOCD64_LOCATOR_SIGNATURE));
        let entries = on_disk.max(total);
        if entries > max_entries as u64 && !(zip64 && entries == 0xFFFF) {
            return Some(too_many(entries));
        }
        if size > ZIP_MAX_DIRECTORY_BYTES && !(zip64 && size == 0xFFFF_FFFF) {
            return Some(too_big(size));
        }
    } else if record.starts_with(EOCD64_SIGNATURE) {
        let (Some(on_disk), Some(total), Some(size), Some(directory)) =
            (u64_at(24), u64_at(32), u64_at(40), u64_at(48))
        else {
            return None;
        };
        if directory >= offset {
            return None;
        }
        let entries = on_disk.max(total);
        if entries > max_entries as u64 {
            return Some(too_many(entries));
        }
        if size > ZIP_MAX_DIRECTORY_BYTES {
            return Some(too_big(size));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use super::*;

    /// The end records of a zip that claims `entries` entries in a directory of `size` bytes,
    /// after `directory` (which is not parsed).
    fn ends(directory: &[u8], entries: u64, size: u64) -> Vec<u8> {
        let mut zip = directory.to_vec();
        let record = zip.len() as u64;
        zip.extend_from_slice(b"PK\x06\x06");
        zip.extend_from_slice(&44u64.to_le_bytes());
        zip.extend_from_slice(&[45, 0, 45, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        zip.extend_from_slice(&entries.to_le_bytes());
        zip.extend_from_slice(&entries.to_le_bytes());
        zip.extend_from_slice(&size.to_le_bytes());
        zip.extend_from_slice(&0u64.to_le_bytes());
        zip.extend_from_slice(b"PK\x06\x07\0\0\0\0");
        zip.extend_from_slice(&record.to_le_bytes());
        zip.extend_from_slice(&1u32.to_le_bytes());
        zip.extend_from_slice(b"PK\x05\x06\0\0\0\0");
        zip.extend_from_slice(&[0xFF; 12]);
        zip.extend_from_slice(&[0, 0]);
        zip
    }

    #[test]
    fn the_entry_count_is_checked_before_the_directory_is_read() {
        // The directory is garbage: had it been parsed, the error would be the zip reader's.
        let garbage = vec![0xA5u8; 4096];
        let claims = |zip: Vec<u8>| directory_claims(&mut Cursor::new(zip), ZIP_MAX_ENTRIES);
        let reason = claims(ends(&garbage, 350_000, 4096)).expect("read");
        assert_eq!(
            reason.as_deref(),
            Some("its directory says it has 350000 entries, more than 10000")
        );
        let reason = claims(ends(&garbage, 10, 1 << 40)).expect("read");
        assert!(reason.is_some_and(|r| r.contains("bytes long, more than 16777216")));
        assert_eq!(claims(ends(&garbage, 10_000, 4096)).expect("read"), None);

        // A plain end record with too many entries, even behind a later one that is fine.
        let mut zip = vec![0u8; 100];
        zip.extend_from_slice(b"PK\x05\x06\0\0\0\0");
        zip.extend_from_slice(&[0x30, 0x75, 0x30, 0x75]);
        zip.extend_from_slice(&[0; 10]);
        zip.extend_from_slice(b"PK\x05\x06\0\0\0\0\x01\0\x01\0");
        zip.extend_from_slice(&[0; 10]);
        let reason = claims(zip).expect("read");
        assert_eq!(
            reason.as_deref(),
            Some("its directory says it has 30000 entries, more than 10000")
        );
    }
}
