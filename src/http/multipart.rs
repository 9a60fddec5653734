//! `multipart/form-data` bodies (file uploads), parsed from a body already read within its
//! limit. Only what browsers send is accepted: a boundary from the Content-Type header, parts
//! with a `Content-Disposition: form-data; name="…"` header and an optional filename.

use crate::error::AppError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub name: String,
    pub filename: Option<String>,
    pub data: Vec<u8>,
}

/// The parts of a multipart body, in order.
#[derive(Debug, Clone, Default)]
pub struct Multipart {
    pub parts: Vec<Part>,
}

impl Multipart {
    /// The first non-file field with this name, as text ("" when absent).
    pub fn text(&self, name: &str) -> String {
        self.parts
            .iter()
            .find(|p| p.name == name && p.filename.is_none())
            .map(|p| String::from_utf8_lossy(&p.data).into_owned())
            .unwrap_or_default()
    }

    /// Every uploaded file of this field that is not empty (a browser sends an empty part when
    /// no file was chosen).
    pub fn files(&self, name: &str) -> impl Iterator<Item = &Part> {
        self.parts
            .iter()
            .filter(move |p| p.name == name && p.filename.as_deref().is_some_and(|f| !f.is_empty()))
    }
}

fn bad(why: &str) -> AppError {
    AppError::BadRequest(format!("the uploaded form could not be read: {why}"))
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

pub fn parse(body: &[u8], boundary: &str) -> Result<Multipart, AppError> {
    let delimiter = format!("--{boundary}");
    let delimiter = delimiter.as_bytes();
    let mut rest = body;
    // Skip the preamble up to the first delimiter.
    let start = find(rest, delimiter).ok_or_else(|| bad("no boundary in the body"))?;
    rest = &rest[start + delimiter.len()..];
    let mut parts = Vec::new();
    loop {
        if rest.starts_with(b"--") {
            return Ok(Multipart { parts });
        }
        rest = rest
            .strip_prefix(b"\r\n")
            .ok_or_else(|| bad("a boundary is not followed by a line break"))?;
        let header_end = find(rest, b"\r\n\r\n").ok_or_else(|| bad("a part has no headers"))?;
        let headers = std::str::from_utf8(&rest[..header_end])
            .map_err(|_| bad("part headers are not text"))?;
        rest = &rest[header_end + 4..];
        let mut next_delimiter = b"\r\n".to_vec();
        next_delimiter.extend_from_slice(delimiter);
        let end = find(rest, &next_delimiter).ok_or_else(|| bad("the body ends inside a part"))?;
        let data = rest[..end].to_vec();
        rest = &rest[end + next_delimiter.len()..];
        let (name, filename) = disposition(headers).ok_or_else(|| bad("a part has no name"))?;
        parts.push(Part {
            name,
            filename,
            data,
        });
        if parts.len() > 1000 {
            return Err(bad("too many parts"));
        }
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

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || needle.len() > haystack.len() {
        return None;
    }
    // memchr's search: a byte-by-byte window scan of a 32 MiB upload costs seconds in a
    // debug build, where the test suite runs.
    memchr::memmem::find(haystack, needle)
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
}
