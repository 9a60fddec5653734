//! The HTTP server: the only file that knows tiny_http. A fixed pool of workers pulls requests
//! from one listener; each worker owns a database connection; every request runs under
//! `catch_unwind`, so a panic becomes a 500 page and the worker lives on.
//!
//! tiny_http leaves some gaps that are closed here: bodies are capped per path before they are
//! read (413), ambiguous framing (`Transfer-Encoding` other than exactly `chunked`, both
//! `Transfer-Encoding` and `Content-Length`, several `Content-Length`s) is refused (400), its
//! `Server` banner is replaced, and when its accept loop ends (it stops on the first accept
//! error, such as running out of file descriptors) the listener is bound again while the
//! connections already open keep being answered. The gaps that
//! cannot be closed from here are patched in vendor/tiny_http (see PATCHES.md there).

use std::io::{self, Read};
use std::net::{SocketAddr, TcpListener};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use rusqlite::Connection;

use crate::error::AppError;
use crate::store;

use super::{App, Ctx, Method, Request, Response, routes};

/// How often an idle worker looks at the stop flag.
const POLL: Duration = Duration::from_millis(200);

pub struct RunningServer {
    pub addr: SocketAddr,
    shared: Arc<Shared>,
    workers: Vec<JoinHandle<()>>,
}

struct Shared {
    listener: Mutex<Arc<tiny_http::Server>>,
    /// Listeners whose accept loop ended. Their open (keep-alive) connections still deliver
    /// requests into them, and the workers keep answering those, so a browser connected before
    /// the rebind is not left waiting.
    retired: Mutex<Vec<Arc<tiny_http::Server>>>,
    /// A worker is binding the address again (the others keep serving meanwhile).
    rebinding: AtomicBool,
    /// When the last rebind started.
    last_rebind: Mutex<Option<std::time::Instant>>,
    addr: SocketAddr,
    stop: AtomicBool,
}

/// At most this many retired listeners are kept for their remaining connections. While file
/// descriptors stay exhausted, a fresh listener can die at once and be replaced again; a
/// connection opened before the first replacement must still be answered afterwards, so the
/// list is long, and rebinds are spaced by `REBIND_SPACING` so that it lasts a storm of a minute.
const RETIRED_KEPT: usize = 64;

/// The least time between two rebinds.
const REBIND_SPACING: Duration = Duration::from_secs(1);

/// Binds the listening socket; the caller learns the real port before the app is built.
pub fn bind(listen: &str) -> anyhow::Result<TcpListener> {
    use anyhow::Context;
    TcpListener::bind(listen).with_context(|| format!("cannot listen on {listen}"))
}

/// Starts the workers on a bound socket. Each worker opens its own database connection here,
/// so a database that cannot be opened stops the start with a clear error.
pub fn start(app: Arc<App>, tcp: TcpListener, database: PathBuf) -> anyhow::Result<RunningServer> {
    use anyhow::Context;
    let addr = tcp.local_addr()?;
    let server = tiny_http::Server::from_listener(tcp, None)
        .map_err(|e| anyhow::anyhow!("cannot start the HTTP server on {addr}: {e}"))?;
    let shared = Arc::new(Shared {
        listener: Mutex::new(Arc::new(server)),
        retired: Mutex::new(Vec::new()),
        rebinding: AtomicBool::new(false),
        last_rebind: Mutex::new(None),
        addr,
        stop: AtomicBool::new(false),
    });
    let mut workers = Vec::with_capacity(app.config.workers);
    for index in 0..app.config.workers {
        let conn = store::open(&database)
            .with_context(|| format!("cannot open the database {}", database.display()))?;
        let (app, shared, database) = (app.clone(), shared.clone(), database.clone());
        let handle = std::thread::Builder::new()
            .name(format!("worker-{index}"))
            .spawn(move || worker(&app, &shared, conn, &database))?;
        workers.push(handle);
    }
    Ok(RunningServer {
        addr,
        shared,
        workers,
    })
}

impl RunningServer {
    /// Stops taking requests, lets every request in progress finish, and closes the database
    /// connections (each worker drops its own).
    pub fn shutdown(self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        for worker in self.workers {
            let _ = worker.join();
        }
    }
}

impl Shared {
    fn current(&self) -> Arc<tiny_http::Server> {
        self.listener
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    fn retired(&self) -> Vec<Arc<tiny_http::Server>> {
        self.retired
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// tiny_http's accept loop ended: bind the address again, retrying while the cause (say,
    /// no file descriptors left) lasts. Only one worker does the work, without holding the
    /// lock, so the others keep answering the connections that are already open.
    fn rebind_after(&self, failed: &Arc<tiny_http::Server>, error: &io::Error) {
        if !Arc::ptr_eq(&self.current(), failed) || self.rebinding.swap(true, Ordering::SeqCst) {
            return;
        }
        eprintln!(
            "licensedesk: the listener stopped accepting ({error}); binding {} again",
            self.addr
        );
        let mut delay = Duration::from_millis(20);
        {
            let mut last = self.last_rebind.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(previous) = *last {
                let wait = REBIND_SPACING.saturating_sub(previous.elapsed());
                std::thread::sleep(wait);
            }
            *last = Some(std::time::Instant::now());
        }
        while !self.stop.load(Ordering::SeqCst) {
            let bound = TcpListener::bind(self.addr)
                .map_err(|e| e.to_string())
                .and_then(|tcp| {
                    tiny_http::Server::from_listener(tcp, None).map_err(|e| e.to_string())
                });
            match bound {
                Ok(server) => {
                    let old = std::mem::replace(
                        &mut *self.listener.lock().unwrap_or_else(|e| e.into_inner()),
                        Arc::new(server),
                    );
                    let mut retired = self.retired.lock().unwrap_or_else(|e| e.into_inner());
                    retired.push(old);
                    if retired.len() > RETIRED_KEPT {
                        retired.remove(0);
                    }
                    eprintln!("licensedesk: listening again on {}", self.addr);
                    break;
                }
                Err(e) => {
                    eprintln!("licensedesk: cannot bind {} yet: {e}", self.addr);
                    std::thread::sleep(delay);
                    delay = (delay * 2).min(Duration::from_secs(1));
                }
            }
        }
        self.rebinding.store(false, Ordering::SeqCst);
    }
}

fn worker(app: &App, shared: &Shared, mut conn: Connection, database: &std::path::Path) {
    let mut handle = |request: tiny_http::Request| {
        if serve(app, &mut conn, request) == Served::AfterPanic {
            // A panic may have left the connection mid-statement; start clean.
            match store::open(database) {
                Ok(fresh) => conn = fresh,
                Err(e) => eprintln!("licensedesk: cannot reopen the database: {e}"),
            }
        }
    };
    while !shared.stop.load(Ordering::SeqCst) {
        let server = shared.current();
        match server.recv_timeout(POLL) {
            Ok(Some(request)) => handle(request),
            Ok(None) => {}
            Err(error) => shared.rebind_after(&server, &error),
        }
        for old in shared.retired() {
            while let Ok(Some(request)) = old.try_recv() {
                handle(request);
            }
        }
    }
}

#[derive(PartialEq, Eq)]
enum Served {
    Normally,
    AfterPanic,
}

fn serve(app: &App, conn: &mut Connection, mut raw: tiny_http::Request) -> Served {
    let method = match raw.method() {
        tiny_http::Method::Get => Method::Get,
        tiny_http::Method::Head => Method::Head,
        tiny_http::Method::Post => Method::Post,
        _ => Method::Other,
    };
    let url = raw.url().to_owned();
    let headers: Vec<(String, String)> = raw
        .headers()
        .iter()
        .map(|h| {
            (
                h.field.as_str().as_str().to_ascii_lowercase(),
                h.value.as_str().to_owned(),
            )
        })
        .collect();
    let client_addr = raw.remote_addr().map(|a| a.ip());
    let limit = routes::body_limit(url.split('?').next().unwrap_or(""));
    let body = match check_framing(&headers, limit).and_then(|()| read_body(&mut raw, limit)) {
        Ok(body) => body,
        Err(error) => {
            let mut response = super::error_response(app, &error).closing();
            super::add_security_headers(&mut response);
            // An error page before there is a request: sent as it is.
            send(raw, response, false);
            return Served::Normally;
        }
    };

    let request = Request::new(method, &url, headers, body, client_addr);
    let now = store::unix_now();
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let mut ctx = Ctx {
            app,
            conn: &mut *conn,
            req: &request,
            now,
        };
        routes::handle(&mut ctx)
    }));
    let (mut response, served) = match outcome {
        Ok(response) => (response, Served::Normally),
        Err(_) => {
            let error = AppError::Internal(format!("a handler panicked on {url}"));
            (super::error_response(app, &error), Served::AfterPanic)
        }
    };
    super::add_security_headers(&mut response);
    send(raw, response, request.accepts_gzip);
    served
}

/// Refuses requests whose body framing two parsers could read differently (request smuggling),
/// and bodies declared larger than the path accepts.
fn check_framing(headers: &[(String, String)], limit: usize) -> Result<(), AppError> {
    let transfer_encodings: Vec<&str> = headers
        .iter()
        .filter(|(n, _)| n == "transfer-encoding")
        .map(|(_, v)| v.trim())
        .collect();
    let content_lengths: Vec<&str> = headers
        .iter()
        .filter(|(n, _)| n == "content-length")
        .map(|(_, v)| v.trim())
        .collect();
    let bad = |why: &str| Err(AppError::BadRequest(why.to_owned()));
    if transfer_encodings.len() > 1 {
        return bad("more than one Transfer-Encoding header");
    }
    if let Some(te) = transfer_encodings.first() {
        if !te.eq_ignore_ascii_case("chunked") {
            return bad("Transfer-Encoding must be exactly \"chunked\"");
        }
        if !content_lengths.is_empty() {
            return bad("both Transfer-Encoding and Content-Length");
        }
    }
    if content_lengths.len() > 1 {
        return bad("more than one Content-Length header");
    }
    if let Some(cl) = content_lengths.first() {
        if cl.is_empty() || !cl.bytes().all(|b| b.is_ascii_digit()) {
            return bad("Content-Length is not a number");
        }
        // A number too large for usize is certainly over the limit.
        let declared = cl.parse::<usize>().unwrap_or(usize::MAX);
        if declared > limit {
            return Err(AppError::PayloadTooLarge { limit });
        }
    }
    Ok(())
}

/// Reads at most `limit` bytes; a chunked body that goes past it is refused with 413.
fn read_body(raw: &mut tiny_http::Request, limit: usize) -> Result<Vec<u8>, AppError> {
    let mut body = Vec::new();
    raw.as_reader()
        .take(limit as u64 + 1)
        .read_to_end(&mut body)
        .map_err(|e| AppError::BadRequest(format!("the request body could not be read: {e}")))?;
    if body.len() > limit {
        return Err(AppError::PayloadTooLarge { limit });
    }
    Ok(body)
}

fn send(raw: tiny_http::Request, mut response: Response, accepts_gzip: bool) {
    let body = response.encode(accepts_gzip);
    let length = body.len();
    let mut out = tiny_http::Response::new(
        tiny_http::StatusCode(response.status),
        Vec::new(),
        io::Cursor::new(body),
        Some(length),
        None,
    );
    for (name, value) in &response.headers {
        // Values were checked when they were made; a header tiny_http still refuses is dropped
        // rather than sent half-formed.
        if let Ok(header) =
            tiny_http::Header::from_bytes(name.as_bytes(), value.as_str().as_bytes())
        {
            out.add_header(header);
        }
    }
    if response.close
        && let Ok(header) = tiny_http::Header::from_bytes(&b"Connection"[..], &b"close"[..])
    {
        out.add_header(header);
    }
    // The client may have gone; there is no one left to tell.
    let _ = raw.respond(out);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn ambiguous_framing_is_refused() {
        let ok = |h: &[(&str, &str)]| check_framing(&headers(h), 100).is_ok();
        assert!(ok(&[]));
        assert!(ok(&[("content-length", "10")]));
        assert!(ok(&[("transfer-encoding", "chunked")]));
        assert!(!ok(&[("transfer-encoding", "gzip, chunked")]));
        assert!(!ok(&[("transfer-encoding", "identity")]));
        assert!(!ok(&[
            ("transfer-encoding", "chunked"),
            ("transfer-encoding", "chunked")
        ]));
        assert!(!ok(&[
            ("transfer-encoding", "chunked"),
            ("content-length", "3")
        ]));
        assert!(!ok(&[("content-length", "3"), ("content-length", "3")]));
        assert!(!ok(&[("content-length", "-1")]));
        assert!(!ok(&[("content-length", "3 3")]));
    }

    #[test]
    fn declared_bodies_over_the_limit_are_413() {
        let result = check_framing(&headers(&[("content-length", "101")]), 100);
        assert!(matches!(
            result,
            Err(AppError::PayloadTooLarge { limit: 100 })
        ));
        let huge = check_framing(
            &headers(&[("content-length", "99999999999999999999999")]),
            100,
        );
        assert!(matches!(huge, Err(AppError::PayloadTooLarge { .. })));
    }
}
