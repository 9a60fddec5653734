//! The application's view of an HTTP request: method, path, query, headers, cookies and a body
//! that has already been read within its limit. Nothing here knows the transport.

use std::collections::HashMap;
use std::net::IpAddr;

/// The method lives with the routes, which are told apart by it.
pub use crate::paths::Method;

#[derive(Debug, Clone)]
pub struct Request {
    pub method: Method,
    /// The path, percent-decoded, without the query string.
    pub path: String,
    pub query: Vec<(String, String)>,
    /// Header names in lower case, in the order received.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// The TCP peer: a reverse proxy's address when there is one. Handlers read the client's
    /// address from `Ctx::client_addr`, which knows which proxies to believe.
    pub peer_addr: Option<IpAddr>,
    /// The client takes gzip (`Accept-Encoding`), read once here.
    pub accepts_gzip: bool,
}

impl Request {
    /// Builds a request from its parts; the raw URL is split into path and query here.
    pub fn new(
        method: Method,
        raw_url: &str,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
        client_addr: Option<IpAddr>,
    ) -> Request {
        let (raw_path, raw_query) = raw_url.split_once('?').unwrap_or((raw_url, ""));
        let path = percent_encoding::percent_decode_str(raw_path)
            .decode_utf8_lossy()
            .into_owned();
        let query = form_urlencoded::parse(raw_query.as_bytes())
            .into_owned()
            .collect();
        let accepts_gzip = super::response::accepts_gzip(
            headers
                .iter()
                .find(|(name, _)| name == "accept-encoding")
                .map(|(_, value)| value.as_str()),
        );
        Request {
            method,
            path,
            query,
            headers,
            body,
            peer_addr: client_addr,
            accepts_gzip,
        }
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn query_param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn cookie(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n == "cookie")
            .flat_map(|(_, v)| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v)
    }

    /// The body as an `application/x-www-form-urlencoded` form.
    pub fn form(&self) -> Form {
        Form::parse(&self.body)
    }

    /// The body as `multipart/form-data` (uploads). A body of another type is a 400.
    pub fn multipart(
        &self,
        lang: crate::i18n::Language,
    ) -> Result<super::multipart::Multipart<'_>, crate::error::AppError> {
        use super::multipart::{Unreadable, boundary, parse};
        let boundary = self
            .header("content-type")
            .and_then(boundary)
            .ok_or(Unreadable::NotMultipart)
            .map_err(|e| e.refusal(lang))?;
        parse(&self.body, &boundary).map_err(|e| e.refusal(lang))
    }

    /// The path split into its segments, without empty ones.
    pub fn segments(&self) -> Vec<&str> {
        self.path.split('/').filter(|s| !s.is_empty()).collect()
    }
}

/// A submitted form. Repeated fields keep every value.
#[derive(Debug, Clone, Default)]
pub struct Form {
    fields: HashMap<String, Vec<String>>,
}

impl Form {
    pub fn parse(body: &[u8]) -> Form {
        let mut fields: HashMap<String, Vec<String>> = HashMap::new();
        for (name, value) in form_urlencoded::parse(body) {
            fields
                .entry(name.into_owned())
                .or_default()
                .push(value.into_owned());
        }
        Form { fields }
    }

    /// Adds a value (a field read from a multipart body, for the same checks as a form's).
    pub fn insert(&mut self, name: &str, value: String) {
        self.fields.entry(name.to_owned()).or_default().push(value);
    }

    /// The field's first value, or "" when it is absent.
    pub fn get(&self, name: &str) -> &str {
        self.fields
            .get(name)
            .and_then(|v| v.first())
            .map_or("", String::as_str)
    }

    /// The field's first value taken out of the form ("" when it is absent), so that a large
    /// field is not copied to be kept.
    pub fn take(&mut self, name: &str) -> String {
        self.fields
            .get_mut(name)
            .filter(|values| !values.is_empty())
            .map(|values| values.swap_remove(0))
            .unwrap_or_default()
    }

    pub fn all(&self, name: &str) -> &[String] {
        self.fields.get(name).map_or(&[], Vec::as_slice)
    }

    pub fn checked(&self, name: &str) -> bool {
        matches!(self.get(name), "on" | "true" | "1" | "yes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_is_split_and_decoded() {
        let r = Request::new(
            Method::Get,
            "/licences/a%20b?q=SEN-1&page=2",
            vec![("cookie".into(), "a=1; ld_session=xyz".into())],
            vec![],
            None,
        );
        assert_eq!(r.path, "/licences/a b");
        assert_eq!(r.query_param("q"), Some("SEN-1"));
        assert_eq!(r.query_param("page"), Some("2"));
        assert_eq!(r.cookie("ld_session"), Some("xyz"));
        assert_eq!(r.segments(), vec!["licences", "a b"]);
    }

    #[test]
    fn forms_decode_plus_and_percent() {
        let f = Form::parse(b"email=a%40b.c&name=Ann+Lee&x=1&x=2");
        assert_eq!(f.get("email"), "a@b.c");
        assert_eq!(f.get("name"), "Ann Lee");
        assert_eq!(f.all("x"), ["1", "2"]);
        assert_eq!(f.get("missing"), "");
    }
}
