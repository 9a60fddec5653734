//! Shared test support: start the real server in-process on port 0 with a temporary data
//! directory, and talk to it over HTTP like a browser would (cookies, forms, CSRF fields).

#![allow(dead_code)]

pub mod api;
pub mod catalogues;
pub mod corpus;
pub mod encoder;
pub mod people;
pub mod smtp;

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::time::Duration;

use licensedesk::commands::serve::{self, Started};
use licensedesk::config::Config;

pub const ADMIN_EMAIL: &str = "admin@example.com";
pub const ADMIN_PASSWORD: &str = "correct horse battery";

pub struct TestServer {
    pub started: Option<Started>,
    pub base: String,
    pub addr: SocketAddr,
    pub data: tempfile::TempDir,
}

/// Taken by the tests that load the machine on purpose (thousands of connections, uploads of
/// hundreds of megabytes), so that they do not run at the same time and measure each other:
/// what they assert about a normal client's latency then holds on a 2-core machine.
pub fn heavy() -> std::sync::MutexGuard<'static, ()> {
    static HEAVY: std::sync::Mutex<()> = std::sync::Mutex::new(());
    HEAVY
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

pub fn config(data_dir: &Path) -> Config {
    Config {
        data_dir: data_dir.to_path_buf(),
        listen: "127.0.0.1:0".into(),
        base_url: None,
        workers: 4,
        bcrypt_cost: 4,
        bcrypt_threads: 2,
        enable_panic_route: true,
        page_cache_bytes: 8 << 20,
        default_language: licensedesk::i18n::Language::En,
        http: Default::default(),
        trusted_proxies: Vec::new(),
        imports: licensedesk::config::ImportLimits::default(),
        mail: licensedesk::mail::MailConfig::default(),
    }
}

impl TestServer {
    /// A fresh server with no accounts.
    pub fn start() -> TestServer {
        let data = tempfile::tempdir().unwrap();
        TestServer::start_in(data)
    }

    pub fn start_in(data: tempfile::TempDir) -> TestServer {
        TestServer::start_with(data, |_| {})
    }

    pub fn start_with(data: tempfile::TempDir, adjust: impl FnOnce(&mut Config)) -> TestServer {
        let mut config = config(data.path());
        adjust(&mut config);
        let started = serve::start(config).expect("the server starts");
        let addr = started.addr();
        TestServer {
            base: format!("http://{addr}"),
            addr,
            started: Some(started),
            data,
        }
    }

    /// A fresh server whose first admin has been created through the setup link.
    pub fn with_admin() -> (TestServer, Client) {
        let server = TestServer::start();
        let admin = server.setup_admin();
        (server, admin)
    }

    /// The running server; panics after `stop`.
    pub fn started(&self) -> &Started {
        self.started.as_ref().expect("the server is running")
    }

    pub fn setup_link(&self) -> String {
        self.started
            .as_ref()
            .and_then(|s| s.setup_link.clone())
            .expect("a setup link while there is no account")
    }

    pub fn client(&self) -> Client {
        Client {
            base: self.base.clone(),
            cookies: BTreeMap::new(),
        }
    }

    /// Creates the first admin through the setup page and returns a signed-in client.
    pub fn setup_admin(&self) -> Client {
        let link = self.setup_link();
        let path = link.strip_prefix(&self.base).unwrap().to_owned();
        let mut client = self.client();
        let page = client.get(&path);
        assert_eq!(page.status, 200, "{}", page.body);
        let csrf = page.csrf();
        let done = client.post(
            &path,
            &[
                ("csrf", &csrf),
                ("email", ADMIN_EMAIL),
                ("name", "Ada Admin"),
                ("password", ADMIN_PASSWORD),
                ("confirm", ADMIN_PASSWORD),
            ],
        );
        assert_eq!(done.status, 303, "{}", done.body);
        // The setup signs its administrator in, and the browser follows to the list, which says
        // so once.
        assert_eq!(done.location(), "/licences", "{}", done.body);
        let landing = client.get("/licences");
        assert!(
            landing.text().contains("you are signed in"),
            "{}",
            landing.body
        );
        client
    }

    pub fn database_path(&self) -> PathBuf {
        self.data.path().join(licensedesk::store::DATABASE_FILE)
    }

    /// A separate connection for reading what the server wrote, and for writing what a test
    /// needs (with the search index's folding, which its triggers call).
    pub fn db(&self) -> rusqlite::Connection {
        let conn = rusqlite::Connection::open(self.database_path()).unwrap();
        conn.busy_timeout(Duration::from_secs(5)).unwrap();
        licensedesk::store::search::register(&conn).unwrap();
        conn
    }

    pub fn count(&self, sql: &str) -> i64 {
        self.db().query_row(sql, [], |row| row.get(0)).unwrap()
    }

    /// Sends raw bytes and returns whatever the server answers before closing or going quiet.
    pub fn raw(&self, request: &[u8]) -> String {
        let mut stream = TcpStream::connect(self.addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(3)))
            .unwrap();
        stream.write_all(request).unwrap();
        let mut answer = Vec::new();
        let mut buf = [0u8; 4096];
        loop {
            match stream.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => answer.extend_from_slice(&buf[..n]),
            }
            // One response is enough; the server may keep the connection open.
            if let Ok(text) = std::str::from_utf8(&answer)
                && let Some(head_end) = text.find("\r\n\r\n")
            {
                let length = text[..head_end]
                    .lines()
                    .find_map(|l| {
                        l.to_ascii_lowercase()
                            .strip_prefix("content-length:")
                            .map(|v| v.trim().parse::<usize>().unwrap_or(0))
                    })
                    .unwrap_or(0);
                if answer.len() >= head_end + 4 + length {
                    break;
                }
            }
        }
        String::from_utf8_lossy(&answer).into_owned()
    }

    pub fn stop(&mut self) {
        if let Some(started) = self.started.take() {
            started.server.shutdown();
        }
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A browser-like client: keeps cookies, never follows redirects (tests look at them).
pub struct Client {
    pub base: String,
    pub cookies: BTreeMap<String, String>,
}

#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn headers_named(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The value of the first hidden `csrf` field on the page.
    pub fn csrf(&self) -> String {
        self.field_value("csrf")
            .unwrap_or_else(|| panic!("no csrf field on the page:\n{}", self.body))
    }

    /// The value attribute of the first input with this name.
    pub fn field_value(&self, name: &str) -> Option<String> {
        let marker = format!("name=\"{name}\"");
        let at = self.body.find(&marker)?;
        let tag_start = self.body[..at].rfind('<')?;
        let tag_end = at + self.body[at..].find('>')?;
        let tag = &self.body[tag_start..tag_end];
        let value_at = tag.find("value=\"")? + 7;
        let value_end = value_at + tag[value_at..].find('"')?;
        Some(html_unescape(&tag[value_at..value_end]))
    }

    /// The page's visible text, roughly: tags removed, entities decoded, spaces folded.
    pub fn text(&self) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in self.body.chars() {
            match c {
                '<' => {
                    in_tag = true;
                    out.push(' ');
                }
                '>' => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        html_unescape(&out)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    pub fn location(&self) -> &str {
        self.header("location").unwrap_or("")
    }
}

pub fn html_unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

impl Client {
    fn agent() -> ureq::Agent {
        ureq::AgentBuilder::new()
            .redirects(0)
            .timeout(Duration::from_secs(30))
            .build()
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(n, v)| format!("{n}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn finish(&mut self, result: Result<ureq::Response, ureq::Error>) -> Resp {
        let response = match result {
            Ok(r) => r,
            Err(ureq::Error::Status(_, r)) => r,
            Err(e) => panic!("request failed: {e}"),
        };
        let status = response.status();
        let headers: Vec<(String, String)> = response
            .headers_names()
            .into_iter()
            .flat_map(|name| {
                response
                    .all(&name)
                    .into_iter()
                    .map(|v| (name.clone(), v.to_owned()))
                    .collect::<Vec<_>>()
            })
            .collect();
        for (name, value) in &headers {
            if name.eq_ignore_ascii_case("set-cookie") {
                let pair = value.split(';').next().unwrap_or("");
                if let Some((n, v)) = pair.split_once('=') {
                    let expired = value.contains("Max-Age=0");
                    if v.is_empty() || expired {
                        self.cookies.remove(n);
                    } else {
                        self.cookies.insert(n.to_owned(), v.to_owned());
                    }
                }
            }
        }
        // The whole body, however large (`into_string` stops at 10 MiB, and an export of a few
        // thousand licences is more); a body that cannot be read fails the test, not a check.
        let mut bytes = Vec::new();
        response
            .into_reader()
            .read_to_end(&mut bytes)
            .unwrap_or_else(|e| panic!("reading the response body failed: {e}"));
        let body = String::from_utf8_lossy(&bytes).into_owned();
        Resp {
            status,
            headers,
            body,
        }
    }

    pub fn get(&mut self, path: &str) -> Resp {
        let request = Self::agent()
            .get(&format!("{}{path}", self.base))
            .set("Cookie", &self.cookie_header());
        let result = request.call();
        self.finish(result)
    }

    /// A GET with headers of the test's choosing (`Accept-Language`, say).
    pub fn get_with(&mut self, path: &str, headers: &[(&str, &str)]) -> Resp {
        let mut request = Self::agent()
            .get(&format!("{}{path}", self.base))
            .set("Cookie", &self.cookie_header());
        for (name, value) in headers {
            request = request.set(name, value);
        }
        let result = request.call();
        self.finish(result)
    }

    pub fn post(&mut self, path: &str, form: &[(&str, &str)]) -> Resp {
        self.post_with(path, form, &[])
    }

    pub fn post_with(
        &mut self,
        path: &str,
        form: &[(&str, &str)],
        headers: &[(&str, &str)],
    ) -> Resp {
        let mut request = Self::agent()
            .post(&format!("{}{path}", self.base))
            .set("Cookie", &self.cookie_header());
        for (name, value) in headers {
            request = request.set(name, value);
        }
        let result = request.send_form(form);
        self.finish(result)
    }

    /// Posts a raw body with its content type (multipart uploads).
    pub fn post_bytes(&mut self, path: &str, content_type: &str, body: &[u8]) -> Resp {
        let result = Self::agent()
            .post(&format!("{}{path}", self.base))
            .set("Cookie", &self.cookie_header())
            .set("Content-Type", content_type)
            .send_bytes(body);
        self.finish(result)
    }

    /// Posts a multipart form as a browser does (see [`multipart`]).
    pub fn post_multipart(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> Resp {
        let (content_type, body) = multipart(fields, files);
        self.post_bytes(path, &content_type, &body)
    }

    /// GETs the page holding a form, then posts the form with that page's CSRF token.
    pub fn submit(&mut self, page: &str, action: &str, form: &[(&str, &str)]) -> Resp {
        let csrf = self.get(page).csrf();
        let mut fields: Vec<(&str, &str)> = vec![("csrf", &csrf)];
        fields.extend_from_slice(form);
        self.post(action, &fields)
    }

    pub fn sign_in(&mut self, email: &str, password: &str, stay: bool) -> Resp {
        let mut form = vec![("email", email), ("password", password)];
        if stay {
            form.push(("stay_signed_in", "on"));
        }
        let response = self.submit("/signin", "/signin", &form);
        assert_eq!(response.status, 303, "sign-in failed: {}", response.body);
        response
    }
}

/// A multipart form as a browser sends it: the fields, then each file as (field name, file
/// name, contents). Returns the content type (with its boundary) and the body.
pub fn multipart(fields: &[(&str, &str)], files: &[(&str, &str, &[u8])]) -> (String, Vec<u8>) {
    let boundary = "----licensedeskTestBoundary7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    for (name, file_name, data) in files {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; \
                 filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(data);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// Where the shared fixtures are: `LICENSEDESK_SHARED_DIR`, or `../shared` beside the repo.
pub fn shared_dir() -> PathBuf {
    std::env::var_os("LICENSEDESK_SHARED_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"))
}
