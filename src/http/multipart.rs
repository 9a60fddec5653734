//! `multipart/form-data` bodies (file uploads), parsed from a body already read within its
//! limit. Only what browsers send is accepted: a boundary from the Content-Type header, parts
//! with a `Content-Disposition: form-data; name="…"` header and an optional filename.
//!
//! Parts are read in place: a part's data is a slice of the body, so an upload is held once
//! however it is parsed. Delimiters are found with a linear-time substring search, and the
//! part count and header size are capped by the limits in `atlassian::install::limits`.

use std::borrow::Cow;

use memchr::memmem;

use crate::atlassian::install::limits::{MAX_MULTIPART_PARTS, MAX_PART_HEADER_BYTES};
use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part<'a> {
    pub name: String,
    pub filename: Option<String>,
    /// The part's bytes, inside the request body.
    pub data: &'a [u8],
}

/// The parts of a multipart body, in order.
#[derive(Debug, Clone, Default)]
pub struct Multipart<'a> {
    pub parts: Vec<Part<'a>>,
}

impl<'a> Multipart<'a> {
    /// The first non-file field with this name, as text ("" when absent); borrowed from the
    /// body when it is valid UTF-8.
    pub fn text(&self, name: &str) -> Cow<'a, str> {
        self.parts
            .iter()
            .find(|p| p.name == name && p.filename.is_none())
            .map(|p| String::from_utf8_lossy(p.data))
            .unwrap_or_default()
    }

    /// Every uploaded file of this field that is not empty (a browser sends an empty part when
    /// no file was chosen).
    pub fn files(&self, name: &str) -> impl Iterator<Item = &Part<'a>> {
        self.parts
            .iter()
            .filter(move |p| p.name == name && p.filename.as_deref().is_some_and(|f| !f.is_empty()))
    }
}

/// What is wrong with an upload that is not a readable `multipart/form-data` body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    NotMultipart,
    NoBoundary,
    BoundaryWithoutLineBreak,
    HeadersTooLong,
    NoHeaders,
    HeadersNotText,
    EndsInsidePart,
    NoName,
    TooManyParts,
}

impl Unreadable {
    /// The 400 it is, in the reader's language.
    pub fn refusal(self, lang: crate::i18n::Language) -> AppError {
        use crate::tr;
        let why = match self {
            Unreadable::NotMultipart => {
                return AppError::BadRequest(tr!(lang, "upload-not-multipart"));
            }
            Unreadable::NoBoundary => tr!(lang, "upload-no-boundary"),
            Unreadable::BoundaryWithoutLineBreak => tr!(lang, "upload-boundary-without-line-break"),
            Unreadable::HeadersTooLong => tr!(lang, "upload-headers-too-long"),
            Unreadable::NoHeaders => tr!(lang, "upload-no-headers"),
            Unreadable::HeadersNotText => tr!(lang, "upload-headers-not-text"),
            Unreadable::EndsInsidePart => tr!(lang, "upload-ends-inside-part"),
            Unreadable::NoName => tr!(lang, "upload-no-name"),
            Unreadable::TooManyParts => tr!(lang, "upload-too-many-parts"),
        };
        AppError::BadRequest(tr!(lang, "upload-unreadable", why = why))
    }
}

/// The boundary named by a `multipart/form-data` Content-Type, if that is what it is.
pub fn boundary(content_type: &str) -> Option<String> {
    let mut pieces = content_type.split(';');
    if !pieces
        .next()?
        .trim()
        .eq_ignore_ascii_case("multipart/form-data")
    {
        return None;
    }
    pieces.find_map(|p| {
        let (key, value) = p.trim().split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("boundary")
            .then(|| value.trim().trim_matches('"').to_owned())
            .filter(|b| !b.is_empty() && b.len() <= 70)
    })
}

pub fn parse<'a>(body: &'a [u8], boundary: &str) -> Result<Multipart<'a>, Unreadable> {
    let delimiter = format!("--{boundary}");
    let delimiter = delimiter.as_bytes();
    let next_delimiter = [b"\r\n".as_slice(), delimiter].concat();
    let find_delimiter = memmem::Finder::new(&next_delimiter);
    let find_header_end = memmem::Finder::new(b"\r\n\r\n");
    let mut rest = body;
    // Skip the preamble up to the first delimiter.
    let start = memmem::find(rest, delimiter).ok_or(Unreadable::NoBoundary)?;
    rest = rest.get(start + delimiter.len()..).unwrap_or_default();
    let mut parts = Vec::new();
    loop {
        if rest.starts_with(b"--") {
            return Ok(Multipart { parts });
        }
        rest = rest
            .strip_prefix(b"\r\n")
            .ok_or(Unreadable::BoundaryWithoutLineBreak)?;
        // Headers are looked for only as far as they may reach.
        let window = rest
            .get(..rest.len().min(MAX_PART_HEADER_BYTES + 4))
            .unwrap_or_default();
        let header_end =
            find_header_end
                .find(window)
                .ok_or(if window.len() > MAX_PART_HEADER_BYTES {
                    Unreadable::HeadersTooLong
                } else {
                    Unreadable::NoHeaders
                })?;
        let headers = std::str::from_utf8(window.get(..header_end).unwrap_or_default())
            .map_err(|_| Unreadable::HeadersNotText)?;
        rest = rest.get(header_end + 4..).unwrap_or_default();
        let end = find_delimiter
            .find(rest)
            .ok_or(Unreadable::EndsInsidePart)?;
        let data = rest.get(..end).unwrap_or_default();
        rest = rest.get(end + next_delimiter.len()..).unwrap_or_default();
        let (name, filename) = disposition(headers).ok_or(Unreadable::NoName)?;
        if parts.len() >= MAX_MULTIPART_PARTS {
            return Err(Unreadable::TooManyParts);
        }
        parts.push(Part {
            name,
            filename,
            data,
        });
    }
}

/// The `name` and `filename` of a part's Content-Disposition header.
fn disposition(headers: &str) -> Option<(String, Option<String>)> {
    let line = headers.split("\r\n").find(|l| {
        l.split_once(':')
            .is_some_and(|(n, _)| n.trim().eq_ignore_ascii_case("content-disposition"))
    })?;
    let (_, value) = line.split_once(':')?;
    let mut name = None;
    let mut filename = None;
    for param in value.split(';').skip(1) {
        let Some((key, raw)) = param.trim().split_once('=') else {
            continue;
        };
        let raw = raw.trim();
        let unquoted = raw
            .strip_prefix('"')
            .and_then(|r| r.strip_suffix('"'))
            .unwrap_or(raw)
            .replace("\\\"", "\"");
        match key.trim().to_ascii_lowercase().as_str() {
            "name" => name = Some(unquoted),
            // Browsers may send a path; only the last component is a file name.
            "filename" => {
                filename = Some(unquoted.rsplit(['/', '\\']).next().unwrap_or("").to_owned())
            }
            _ => {}
        }
    }
    Some((name?, filename))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &[u8] = b"preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\ntoken\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"C:\\\\keys\\\\a.txt\"\r\nContent-Type: text/plain\r\n\r\nAAAB\r\nline2\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\"\r\n\r\n\r\n--XyZ--\r\n";

    #[test]
    fn fields_and_files_are_read() {
        assert_eq!(
            boundary("multipart/form-data; boundary=XyZ").as_deref(),
            Some("XyZ")
        );
        assert_eq!(
            boundary("multipart/form-data; boundary=\"XyZ\"").as_deref(),
            Some("XyZ")
        );
        assert_eq!(boundary("application/x-www-form-urlencoded"), None);
        let form = parse(BODY, "XyZ").unwrap();
        assert_eq!(form.text("csrf"), "token");
        let files: Vec<_> = form.files("file").collect();
        assert_eq!(files.len(), 1, "the empty file part is skipped");
        assert_eq!(files[0].filename.as_deref(), Some("a.txt"));
        assert_eq!(files[0].data, b"AAAB\r\nline2");
    }

    #[test]
    fn malformed_bodies_are_errors_not_panics() {
        for body in [
            &b""[..],
            b"--XyZ",
            b"--XyZ\r\nno headers end",
            b"--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated",
            b"--XyZ\r\nContent-Type: x\r\n\r\nv\r\n--XyZ--",
        ] {
            assert!(
                parse(body, "XyZ").is_err(),
                "{:?}",
                String::from_utf8_lossy(body)
            );
        }
    }

    #[test]
    fn an_unreadable_upload_is_told_in_the_reader_s_language() {
        use crate::i18n::Language;
        let unnamed = b"--XyZ\r\nContent-Type: text/plain\r\n\r\nx\r\n--XyZ--\r\n";
        let refusal = |lang| match parse(unnamed, "XyZ") {
            Err(e) => e.refusal(lang).to_string(),
            Ok(_) => panic!("a part without a name was read"),
        };
        assert_eq!(
            refusal(Language::En),
            "The uploaded form could not be read: a part has no name."
        );
        assert!(refusal(Language::De).contains("Ein Teil hat keinen Namen."));
    }
}
