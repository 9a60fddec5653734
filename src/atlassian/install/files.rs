//! Reading one file given as PATH: a product config file (by name, else by content), a support
//! zip, or any text; and turning text (UTF-8 or UTF-16, with or without a byte order mark) into a
//! string, refusing binary data.

use std::borrow::Cow;
use std::fs::File;
use std::io::Read;
use std::path::Path;

use super::limits::MAX_TEXT_BYTES;

use super::products::{
    ConfigKind, ConfigText, Context, empty_installation, home_of_config_file, push_licence,
    server_id_reading,
};
use super::{
    InstallError, InstallNote, Installation, Product, RawLicence, ReadOptions, Source, TextScan,
    backup, compact_key_text, docker, io_error, scan, support_zip, xml,
};

pub(super) fn read_file(
    path: &Path,
    opts: &ReadOptions,
    server_id_given: bool,
) -> Result<Installation, InstallError> {
    if is_zip(path)? {
        return support_zip::read(path, opts);
    }
    // A Jira XML backup runs to gigabytes: it is streamed, never read whole.
    if backup::is_entities_file(path)? {
        return backup::read_file(path);
    }
    let bytes = read_capped(path)?;
    let Some(text) = decode_text(&bytes) else {
        return Err(InstallError::Unrecognised {
            path: path.to_path_buf(),
        });
    };
    let home = home_of_config_file(path);
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    read_decoded(&text, &name, path, &home, opts, server_id_given)
}

/// Reads text that is not on disk (standard input, a pasted form field, an uploaded file),
/// named by `label`; `file_name` ("" when there is none) says what kind of config file it is, else
/// its content does, else it is any text scanned for Server IDs and keys.
pub(super) fn read_text(
    bytes: &[u8],
    label: &str,
    file_name: &str,
    opts: &ReadOptions,
    server_id_given: bool,
) -> Result<Installation, InstallError> {
    let path = Path::new(label);
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Err(InstallError::BadConfig {
            path: path.to_path_buf(),
            reason: "a zip file cannot be read from standard input; give its path instead"
                .to_string(),
        });
    }
    if backup::is_entities_name(file_name) || backup::looks_like_entities(bytes) {
        return backup::read(bytes, label, path, backup::BackupLimits::file());
    }
    if bytes.len() as u64 > MAX_TEXT_BYTES {
        return Err(InstallError::FileTooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
            limit: MAX_TEXT_BYTES,
        });
    }
    let Some(text) = decode_text(bytes) else {
        return Err(InstallError::Unrecognised {
            path: path.to_path_buf(),
        });
    };
    read_decoded(&text, file_name, path, path, opts, server_id_given)
}

/// Reads a config file's or any text's contents; `name` is the file name ("" when there is
/// none), which decides the kind before the content does.
fn read_decoded(
    text: &str,
    name: &str,
    path: &Path,
    home: &Path,
    opts: &ReadOptions,
    server_id_given: bool,
) -> Result<Installation, InstallError> {
    let context = Context {
        opts,
        server_id_given,
        may_connect: true,
    };
    let name = if name.is_empty() {
        path.display().to_string()
    } else {
        name.to_string()
    };
    let home = home.to_path_buf();
    let config = ConfigText {
        text,
        label: name.clone(),
        path,
    };
    match ConfigKind::from_file_name(&name) {
        Some(ConfigKind::FisheyeConfig) => {
            // config.xml is Fisheye's only when its content says so.
            if let Ok(document) = xml::parse(text)
                && ConfigKind::from_xml(&document) == Some(ConfigKind::FisheyeConfig)
            {
                return ConfigKind::FisheyeConfig.read(&config, &home, &context);
            }
        }
        Some(kind) => return kind.read(&config, &home, &context),
        None => {}
    }
    // A config file under another name (a copy, "dbconfig.xml.bak") is known by its content;
    // only text that starts like XML is parsed as XML.
    let mut xml_error = None;
    if xml::looks_like_xml(text) {
        match xml::parse(text) {
            Ok(document) => {
                if let Some(kind) = ConfigKind::from_xml(&document) {
                    return kind.read(&config, &home, &context);
                }
            }
            Err(reason) => xml_error = Some(reason),
        }
    }
    if looks_like_bitbucket_properties(text) {
        return ConfigKind::BitbucketProperties.read(&config, &home, &context);
    }
    // A container's environment: an env file, compose file, Helm values or docker inspect.
    if let Some(installation) = docker::read(text, &name, path) {
        return Ok(installation);
    }
    let scanned = scan::scan_text(text);
    if scanned.is_empty() {
        // Text that starts like XML and holds nothing else is told why it was not read.
        return Err(match xml_error {
            Some(reason) => InstallError::BadConfig {
                path: path.to_path_buf(),
                reason: format!("starts like XML but is not well-formed XML: {reason}"),
            },
            None => InstallError::Unrecognised {
                path: path.to_path_buf(),
            },
        });
    }
    Ok(installation_from_scan(path, &scanned, &name))
}

/// A properties text naming Bitbucket's keys.
fn looks_like_bitbucket_properties(text: &str) -> bool {
    use crate::atlassian::properties::has_any_key;
    has_any_key(text, &["setup.license"])
        || (has_any_key(text, &["jdbc.url"]) && has_any_key(text, &["jdbc.user"]))
}

/// An installation made of what a text scan found: the first Server ID, every key.
pub(super) fn installation_from_scan(home: &Path, scanned: &TextScan, label: &str) -> Installation {
    let mut installation =
        empty_installation(scanned.product().unwrap_or(Product::Unidentified), home);
    add_scan(&mut installation, scanned, label);
    installation
}

/// Adds what a scan found: the first Server ID unless one is known, every new key.
pub(super) fn add_scan(installation: &mut Installation, scanned: &TextScan, label: &str) {
    for found in &scanned.server_ids {
        let source = Source::Line {
            file: label.to_string(),
            line: found.line,
            label: Some(found.label.clone()),
        };
        match &installation.server_id {
            None => {
                installation.server_id = Some(server_id_reading(
                    &found.value,
                    source,
                    &mut installation.notes,
                ));
            }
            Some(known) if known.value != found.value => {
                installation.notes.push(InstallNote::OtherServerId {
                    found: found.value.clone(),
                    source,
                    used: known.value.clone(),
                    used_source: known.source.clone(),
                });
            }
            Some(_) => {}
        }
    }
    for key in &scanned.keys {
        let source = Source::Line {
            file: label.to_string(),
            line: key.line,
            label: None,
        };
        let raw = compact_key_text(&key.raw);
        if !raw.is_empty() {
            push_licence(&mut installation.licences, RawLicence { raw, source });
        }
    }
}

/// Whether the file starts like a zip archive.
fn is_zip(path: &Path) -> Result<bool, InstallError> {
    let mut file = File::open(path).map_err(|source| io_error(path, source))?;
    let mut magic = [0u8; 4];
    let mut filled = 0;
    while filled < magic.len() {
        match file.read(&mut magic[filled..]) {
            Ok(0) => break,
            Ok(count) => filled += count,
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
            Err(source) => return Err(io_error(path, source)),
        }
    }
    Ok(filled == 4 && (magic == *b"PK\x03\x04" || magic == *b"PK\x05\x06"))
}

/// The file's bytes, refusing one too large to be a config file or pasted text.
fn read_capped(path: &Path) -> Result<Vec<u8>, InstallError> {
    let file = File::open(path).map_err(|source| io_error(path, source))?;
    let mut bytes = Vec::new();
    file.take(MAX_TEXT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| io_error(path, source))?;
    if bytes.len() as u64 > MAX_TEXT_BYTES {
        let size = std::fs::metadata(path)
            .map(|metadata| metadata.len())
            .unwrap_or(bytes.len() as u64);
        return Err(InstallError::FileTooLarge {
            path: path.to_path_buf(),
            size,
            limit: MAX_TEXT_BYTES,
        });
    }
    Ok(bytes)
}

/// A config file's text, for a file a home directory is recognised by.
pub(super) fn read_config_text(path: &Path) -> Result<String, InstallError> {
    let bytes = read_capped(path)?;
    decode_text_owned(bytes).ok_or_else(|| InstallError::BadConfig {
        path: path.to_path_buf(),
        reason: "binary data where a text config file was expected".to_string(),
    })
}

/// Text from bytes: UTF-16 when a byte order mark says so, else UTF-8 (invalid sequences
/// replaced; Java's ISO-8859-1 properties only differ outside ASCII). None for binary data.
///
/// Valid UTF-8 is borrowed, not copied, so reading a text costs no second copy of it.
pub(super) fn decode_text(bytes: &[u8]) -> Option<Cow<'_, str>> {
    let text: Cow<'_, str> = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        Cow::Owned(decode_utf16(rest, u16::from_le_bytes))
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        Cow::Owned(decode_utf16(rest, u16::from_be_bytes))
    } else {
        let rest = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        // Judged before anything is copied: binary data is refused without a lossy copy of it.
        let (mut suspicious, mut total) = (0usize, 0usize);
        for chunk in rest.utf8_chunks() {
            for c in chunk.valid().chars() {
                total += 1;
                if c == '\0' {
                    return None;
                }
                suspicious += usize::from(is_suspicious(c));
            }
            if !chunk.invalid().is_empty() {
                total += 1;
                suspicious += 1;
            }
        }
        if suspicious * 20 > total {
            return None;
        }
        return Some(String::from_utf8_lossy(rest));
    };
    let suspicious = text.chars().filter(|&c| is_suspicious(c)).count();
    let total = text.chars().count();
    // Text has no NUL and only a stray odd byte; binary data is full of both.
    if text.contains('\0') || suspicious * 20 > total {
        return None;
    }
    Some(text)
}

/// A character that text holds rarely and binary data often.
fn is_suspicious(c: char) -> bool {
    c == '\u{fffd}' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
}

/// [`decode_text`] of bytes that are given up: valid UTF-8 becomes the string in place.
pub(super) fn decode_text_owned(bytes: Vec<u8>) -> Option<String> {
    let converted = match decode_text(&bytes)? {
        Cow::Owned(text) => Some(text),
        Cow::Borrowed(_) => None,
    };
    if converted.is_some() {
        return converted;
    }
    let mut bytes = bytes;
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).ok()
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units)
        .map(|c| c.unwrap_or('\u{fffd}'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_text() {
        assert_eq!(
            decode_text(b"\xEF\xBB\xBFa=1\r\n").as_deref(),
            Some("a=1\r\n")
        );
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Server ID: X".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode_text(&utf16).as_deref(), Some("Server ID: X"));
        assert_eq!(
            decode_text(b"caf\xE9 is a word in a longer line of text").as_deref(),
            Some("caf\u{fffd} is a word in a longer line of text")
        );
        assert_eq!(decode_text(b"\x00\x01\x02binary\xff\xfe\x00"), None);
        assert_eq!(
            decode_text(&[
                0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d
            ]),
            None
        );
        assert_eq!(decode_text(b"").as_deref(), Some(""));
    }
}
