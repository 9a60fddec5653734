//! The application's HTTP response. Header values are checked when they are made, so a value
//! carrying CR or LF (header injection) cannot be built at all.

use std::fmt;
use std::io::Write;
use std::sync::Arc;

/// A header value without CR, LF or other control characters except tab.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderValue(String);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidHeaderValue;

impl fmt::Display for InvalidHeaderValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("header values may not contain control characters")
    }
}

impl HeaderValue {
    /// A value of visible ASCII, spaces and tabs: what every HTTP/1.1 peer reads alike. Other
    /// bytes (control characters, and UTF-8 that an encoding must carry) are refused.
    pub fn new(value: impl Into<String>) -> Result<HeaderValue, InvalidHeaderValue> {
        let value = value.into();
        if value.bytes().any(|b| (b < 0x20 && b != b'\t') || b >= 0x7f) {
            Err(InvalidHeaderValue)
        } else {
            Ok(HeaderValue(value))
        }
    }

    /// For values written in the source code: checked all the same.
    pub fn fixed(value: &'static str) -> HeaderValue {
        HeaderValue::new(value).unwrap_or_else(|_| HeaderValue(String::new()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What follows the headers.
#[derive(Debug, Clone)]
pub enum Body {
    /// Sent as it is, or gzipped on the way out (see `Response::encode`).
    Plain(Vec<u8>),
    /// Already gzipped, for a client that said it accepts gzip (a cached page).
    Gzip(Arc<[u8]>),
}

/// Bodies smaller than this are sent as they are: gzip would save less than a packet.
const GZIP_FROM_BYTES: usize = 1024;

#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(&'static str, HeaderValue)>,
    pub body: Body,
    /// Close the connection after this response (set when the request body was not read).
    pub close: bool,
    /// Never gzip this one: it carries a secret (a licence key, a one-time link) beside text
    /// someone else chose, which a compression side channel could measure.
    pub never_gzip: bool,
}

impl Response {
    pub fn new(status: u16) -> Response {
        Response {
            status,
            headers: Vec::new(),
            body: Body::Plain(Vec::new()),
            close: false,
            never_gzip: false,
        }
    }

    pub fn html(status: u16, markup: maud::Markup) -> Response {
        Response::html_bytes(status, markup.into_string().into_bytes())
    }

    /// An HTML page already rendered (as a page kept for a client that does not take gzip is).
    pub fn html_bytes(status: u16, html: Vec<u8>) -> Response {
        Response::new(status)
            .header(
                "Content-Type",
                HeaderValue::fixed("text/html; charset=utf-8"),
            )
            .with_body(html)
    }

    pub fn text(status: u16, text: impl Into<String>) -> Response {
        Response::new(status)
            .header(
                "Content-Type",
                HeaderValue::fixed("text/plain; charset=utf-8"),
            )
            .with_body(text.into().into_bytes())
    }

    /// A 303 to a path on this site (built by `paths::Route`, or a checked local `next`).
    /// Characters outside ASCII are percent-encoded, as a browser would send them.
    pub fn see_other(location: &str) -> Response {
        let mut encoded = String::with_capacity(location.len());
        for byte in location.bytes() {
            if byte.is_ascii() {
                encoded.push(char::from(byte));
            } else {
                encoded.push_str(&format!("%{byte:02X}"));
            }
        }
        let value = HeaderValue::new(encoded).unwrap_or_else(|_| HeaderValue::fixed("/"));
        Response::new(303).header("Location", value)
    }

    pub fn header(mut self, name: &'static str, value: HeaderValue) -> Response {
        self.headers.push((name, value));
        self
    }

    pub fn with_body(mut self, body: Vec<u8>) -> Response {
        self.body = Body::Plain(body);
        self
    }

    /// An HTML page already gzipped (a cached page), for a client that accepts gzip.
    pub fn gzipped_html(status: u16, gzip: Arc<[u8]>) -> Response {
        let mut response = Response::html_bytes(status, Vec::new());
        response.body = Body::Gzip(gzip);
        response
    }

    /// The body as it goes on the wire, with its `Content-Encoding` and `Vary` headers: text
    /// (pages, styles, scripts) of 1 KiB or more is gzipped when the client accepts gzip; a
    /// 76 KB licence list becomes about 6.5 KB. A gzipped response's strong ETag becomes weak,
    /// as the plain and gzipped bodies are not the same bytes.
    pub fn encode(&mut self, accepts_gzip: bool) -> Vec<u8> {
        let compressible = !self.never_gzip
            && self.header_value("content-encoding").is_none()
            && self.header_value("content-type").is_some_and(|t| {
                ["text/html", "text/css", "text/javascript", "image/svg+xml"]
                    .iter()
                    .any(|kind| t.starts_with(kind))
            });
        if compressible || matches!(self.body, Body::Gzip(_)) {
            self.headers
                .push(("Vary", HeaderValue::fixed("Accept-Encoding")));
        }
        let body = match std::mem::replace(&mut self.body, Body::Plain(Vec::new())) {
            Body::Gzip(gzip) => gzip.to_vec(),
            Body::Plain(body) if accepts_gzip && compressible && body.len() >= GZIP_FROM_BYTES => {
                gzip(&body)
            }
            Body::Plain(body) => return body,
        };
        self.headers
            .push(("Content-Encoding", HeaderValue::fixed("gzip")));
        for (name, value) in &mut self.headers {
            if name.eq_ignore_ascii_case("etag") && !value.as_str().starts_with("W/") {
                *value = HeaderValue(format!("W/{}", value.as_str()));
            }
        }
        body
    }

    pub fn closing(mut self) -> Response {
        self.close = true;
        self
    }

    /// See `never_gzip`.
    pub fn never_gzipped(mut self) -> Response {
        self.never_gzip = true;
        self
    }

    pub fn header_value(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// `bytes` gzipped at the fastest level: most of the saving for a small part of the time.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(
        Vec::with_capacity(bytes.len() / 8),
        flate2::Compression::fast(),
    );
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}

/// Whether an `Accept-Encoding` header admits gzip (`gzip` or `*`, not with `q=0`).
pub fn accepts_gzip(accept_encoding: Option<&str>) -> bool {
    let Some(value) = accept_encoding else {
        return false;
    };
    let mut gzip = None;
    let mut any = None;
    for item in value.split(',') {
        let mut parts = item.split(';');
        let coding = parts.next().unwrap_or("").trim().to_ascii_lowercase();
        let refused = parts.any(|p| {
            let p = p.trim().to_ascii_lowercase();
            p.strip_prefix("q=")
                .and_then(|q| q.trim().parse::<f32>().ok())
                .is_some_and(|q| q == 0.0)
        });
        match coding.as_str() {
            "gzip" | "x-gzip" => gzip = Some(!refused),
            "*" => any = Some(!refused),
            _ => {}
        }
    }
    gzip.or(any).unwrap_or(false)
}

/// The `Set-Cookie` attributes every cookie of ours gets.
pub struct Cookie<'a> {
    pub name: &'a str,
    pub value: &'a str,
    /// `None` makes a browser-session cookie.
    pub max_age: Option<i64>,
    pub secure: bool,
}

impl Cookie<'_> {
    pub fn header_value(&self) -> Result<HeaderValue, InvalidHeaderValue> {
        let mut value = format!(
            "{}={}; Path=/; HttpOnly; SameSite=Lax",
            self.name, self.value
        );
        if let Some(max_age) = self.max_age {
            value.push_str(&format!("; Max-Age={max_age}"));
        }
        if self.secure {
            value.push_str("; Secure");
        }
        HeaderValue::new(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_values_with_line_breaks_cannot_be_built() {
        assert!(HeaderValue::new("fine value").is_ok());
        assert_eq!(
            HeaderValue::new("a\r\nSet-Cookie: x=1"),
            Err(InvalidHeaderValue)
        );
        assert_eq!(HeaderValue::new("a\nb"), Err(InvalidHeaderValue));
        assert_eq!(HeaderValue::new("a\0b"), Err(InvalidHeaderValue));
        // A redirect to a value with a line break falls back to the home page.
        let r = Response::see_other("/x\r\nSet-Cookie: a=b");
        assert_eq!(r.header_value("location"), Some("/"));
        // Only what every peer reads alike goes on the wire: UTF-8 must be encoded first.
        assert_eq!(HeaderValue::new("/。/x"), Err(InvalidHeaderValue));
        let r = Response::see_other("/。/x?q=ü");
        assert_eq!(r.header_value("location"), Some("/%E3%80%82/x?q=%C3%BC"));
    }

    #[test]
    fn gzip_is_taken_only_when_the_client_admits_it() {
        for yes in [
            "gzip",
            "GZIP",
            "deflate, gzip;q=0.5",
            "br;q=1, *",
            "x-gzip",
            "gzip;q=1.0",
        ] {
            assert!(accepts_gzip(Some(yes)), "{yes}");
        }
        for no in [
            "",
            "identity",
            "br",
            "gzip;q=0",
            "gzip; q=0.000",
            "*;q=0",
            "gzip;q=0, *",
        ] {
            assert!(!accepts_gzip(Some(no)), "{no}");
        }
        assert!(!accepts_gzip(None));
    }

    #[test]
    fn encoding_gzips_text_worth_it_and_marks_it() {
        let page = || {
            Response::html(200, maud::html! { p { ("licence ".repeat(300)) } })
                .header("ETag", HeaderValue::fixed("\"v1\""))
        };
        let mut plain = page();
        let body = plain.encode(false);
        assert!(body.starts_with(b"<p>licence"));
        assert_eq!(plain.header_value("content-encoding"), None);
        assert_eq!(plain.header_value("vary"), Some("Accept-Encoding"));
        assert_eq!(plain.header_value("etag"), Some("\"v1\""));

        let mut gzipped = page();
        let body = gzipped.encode(true);
        assert!(body.len() < 200, "{}", body.len());
        let mut text = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&body[..]), &mut text)
            .unwrap();
        assert!(text.starts_with("<p>licence"));
        assert_eq!(gzipped.header_value("content-encoding"), Some("gzip"));
        assert_eq!(gzipped.header_value("etag"), Some("W/\"v1\""));

        let mut secret = page().never_gzipped();
        assert!(secret.encode(true).starts_with(b"<p>licence"));
        assert_eq!(secret.header_value("content-encoding"), None);
        let mut small = Response::text(200, "ok");
        assert_eq!(small.encode(true), b"ok");
        let mut download = Response::new(200)
            .header("Content-Type", HeaderValue::fixed("application/zip"))
            .with_body(vec![b'z'; 4096]);
        assert_eq!(download.encode(true).len(), 4096);
        assert_eq!(download.header_value("vary"), None);
    }

    #[test]
    fn cookies_carry_the_security_attributes() {
        let c = Cookie {
            name: "s",
            value: "v",
            max_age: Some(60),
            secure: true,
        };
        assert_eq!(
            c.header_value().unwrap().as_str(),
            "s=v; Path=/; HttpOnly; SameSite=Lax; Max-Age=60; Secure"
        );
    }
}
