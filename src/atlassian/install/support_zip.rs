//! Reading a support zip (or any zip of config files): the product config files in it are read
//! as such, other text entries are scanned for Server IDs and keys. Every read is capped (entry
//! count, bytes per entry, bytes in all, expansion ratio), so a zip bomb is refused, never unpacked.
//!
//! The module is not called `zip` so that the `zip` crate keeps its name here.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

use zip::ZipArchive;

use super::files::{add_scan, decode_text};
use super::products::{ConfigKind, ConfigText, Context, empty_installation, push_licence};
use super::{InstallError, Installation, Product, ReadOptions, io_error, scan, xml};

/// What a zip may make us read.
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
            max_entries: 10_000,
            max_entry_bytes: 16 * 1024 * 1024,
            max_total_bytes: 64 * 1024 * 1024,
            max_ratio: 200,
        }
    }
}

/// Entries smaller than this are never judged by their expansion ratio.
const RATIO_FLOOR: u64 = 1024 * 1024;

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

pub(super) fn read(path: &Path, opts: &ReadOptions) -> Result<Installation, InstallError> {
    let limits = opts.zip_limits;
    let file = File::open(path).map_err(|source| io_error(path, source))?;
    let mut archive =
        ZipArchive::new(BufReader::new(file)).map_err(|error| InstallError::BadZip {
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

    // Config files first, so that their product and values win over text found elsewhere.
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
    if !skipped.is_empty() {
        installation
            .notes
            .push(format!("entries not read: {}", skipped.join("; ")));
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
    archive: &mut ZipArchive<BufReader<File>>,
    index: usize,
    name: &str,
    path: &Path,
    budget: &mut Budget,
    skipped: &mut Vec<String>,
) -> Result<Option<String>, InstallError> {
    let limits = budget.limits;
    let entry = match archive.by_index(index) {
        Ok(entry) => entry,
        Err(error) => {
            skipped.push(format!("{name} ({error})"));
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
    if declared > RATIO_FLOOR && declared / compressed > limits.max_ratio {
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
        skipped.push(format!("{name} ({error})"));
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
    if actual > RATIO_FLOOR && actual / compressed > limits.max_ratio {
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
    match decode_text(&bytes) {
        Some(text) => Ok(Some(text)),
        None => {
            skipped.push(format!("{name} (not text)"));
            Ok(None)
        }
    }
}
