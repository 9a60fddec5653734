//! The HTTP server, and the only code that knows the transport: hyper's HTTP/1.1 server on a
//! small tokio runtime reads and writes the connections; a fixed pool of worker threads, each
//! with its own database connection, runs the handlers. A request reaches a worker only once its
//! whole body has been read, and the response is written back by the I/O side, so no worker ever
//! waits on a client. Every handler runs under `catch_unwind`: a panic is a 500 page and the
//! worker lives on.
//!
//! hyper parses and frames (431 for oversized heads, 400 for malformed ones, chunked bodies);
//! `guarded_io` adds the clocks hyper lacks and refuses a bare LF in a head. One check stays
//! here because hyper accepts what the portal refuses: `Transfer-Encoding` beside
//! `Content-Length` (hyper lets the chunked framing win and closes the connection afterwards)
//! is a 400, since a proxy in front could frame the same bytes by the length.

mod guarded_io;

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr, TcpListener};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use hyper_util::server::graceful::GracefulShutdown;
use rusqlite::Connection;
use tokio::sync::{Semaphore, oneshot};

use crate::config::HttpLimits;
use crate::domain::client::client_network;
use crate::error::AppError;
use crate::i18n::Language;
use crate::store;

use super::{App, Ctx, Method, Request, Response, routes};
use guarded_io::{Clocks, ConnState, GuardedIo};

/// Requests waiting for a worker, at most; past it a request is answered 503 at once.
const QUEUE_PER_WORKER: usize = 256;

/// One client may hold this fraction of the body budget: a few uploads at once, not all of it.
const BODY_SHARES: usize = 8;

/// The number of headers hyper takes by default (and the default of `--max-headers`).
const HYPER_DEFAULT_MAX_HEADERS: usize = 100;

/// How long a graceful stop waits for the requests in progress.
const STOP_GRACE: Duration = Duration::from_secs(30);

/// Threads that read and write connections. The work is small (parsing and copying bytes), and
/// the handlers have their own threads.
const IO_THREADS: usize = 2;

pub struct RunningServer {
    pub addr: SocketAddr,
    /// Connections held open at once; further ones wait in the accept queue.
    pub capacity: usize,
    stop: Arc<tokio::sync::Notify>,
    io: Option<JoinHandle<()>>,
    workers: Vec<JoinHandle<()>>,
}

/// A request for a worker, and where its answer goes.
struct Job {
    request: Request,
    reply: oneshot::Sender<Encoded>,
}

/// A response ready for the wire: security headers added, body encoded (gzip or not).
struct Encoded {
    status: u16,
    headers: Vec<(&'static str, super::HeaderValue)>,
    body: Vec<u8>,
    close: bool,
}

/// What every connection's task shares.
struct Shared {
    app: Arc<App>,
    jobs: SyncSender<Job>,
    limits: HttpLimits,
    /// Bytes of request bodies being read or handled, in KiB: a flood of uploads is refused
    /// (503) instead of taking the memory.
    body_budget: Semaphore,
    /// Open connections of each client address (trusted proxies are not counted: every client
    /// behind them shares their address).
    connections: PerClient,
    /// Body bytes each client holds in the budget, by the client's address (behind a trusted
    /// proxy, the one it names): one client may hold a share of it, not all.
    body_shares: PerClient,
}

/// A count per client address, an IPv6 address counted by its /64 (which one subscriber
/// usually holds whole).
#[derive(Default)]
struct PerClient(Mutex<HashMap<IpAddr, usize>>);

impl PerClient {
    /// Adds `amount` for `addr` if its count stays within `cap`.
    fn try_add(&self, addr: IpAddr, amount: usize, cap: usize) -> bool {
        let key = client_network(addr);
        let mut counts = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let count = counts.get(&key).copied().unwrap_or(0);
        if count + amount > cap {
            return false;
        }
        counts.insert(key, count + amount);
        true
    }

    fn remove(&self, addr: IpAddr, amount: usize) {
        let key = client_network(addr);
        let mut counts = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(count) = counts.get_mut(&key) {
            *count = count.saturating_sub(amount);
            if *count == 0 {
                counts.remove(&key);
            }
        }
    }
}

/// What one client holds in a `PerClient` count, given back when dropped.
struct Held<'a> {
    counts: &'a PerClient,
    addr: IpAddr,
    amount: usize,
}

impl Held<'_> {
    /// Takes `amount` more within `cap`, or says no.
    fn take(&mut self, amount: usize, cap: usize) -> bool {
        let taken = self.counts.try_add(self.addr, amount, cap);
        if taken {
            self.amount += amount;
        }
        taken
    }
}

impl Drop for Held<'_> {
    fn drop(&mut self) {
        self.counts.remove(self.addr, self.amount);
    }
}

/// Binds the listening socket; the caller learns the real port before the app is built.
pub fn bind(listen: &str) -> anyhow::Result<TcpListener> {
    use anyhow::Context;
    TcpListener::bind(listen).with_context(|| format!("cannot listen on {listen}"))
}

fn is_trusted_proxy(app: &App, addr: IpAddr) -> bool {
    app.config
        .trusted_proxies
        .iter()
        .any(|range| range.contains(addr))
}

/// Connections held open at once when no maximum is configured, if the open-file limit allows.
const DEFAULT_MAX_CONNECTIONS: usize = 10_000;

/// How many connections the server holds open: the configured maximum as given, or by default
/// 10,000, or fewer when the open-file limit would run out first (one descriptor a connection,
/// plus the database files and a margin). Past the open-file limit accepting pauses a moment and
/// goes on, so a maximum set too high costs waiting, never a crash.
fn connection_capacity(limits: &HttpLimits, workers: usize) -> usize {
    if let Some(configured) = limits.max_connections {
        return configured;
    }
    let reserve = 64 + 4 * workers as u64;
    let open_files = open_file_limit().map_or(1024, |limit| limit.rlim_cur);
    let by_files = open_files.saturating_sub(reserve).max(16);
    DEFAULT_MAX_CONNECTIONS.min(usize::try_from(by_files).unwrap_or(usize::MAX))
}

/// The soft and hard limits on open files of this process.
fn open_file_limit() -> Option<libc::rlimit> {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes into the struct we pass and reads nothing else.
    let ok = unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) } == 0;
    ok.then_some(limit)
}

/// Raises the soft limit on open files to the hard limit, so that the server can hold as many
/// connections as the system allows it. Returns the limit in force afterwards.
pub fn raise_open_file_limit() -> Option<u64> {
    let limit = open_file_limit()?;
    if limit.rlim_cur < limit.rlim_max {
        let raised = libc::rlimit {
            rlim_cur: limit.rlim_max,
            rlim_max: limit.rlim_max,
        };
        // SAFETY: setrlimit reads only the struct we pass.
        if unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &raised) } == 0 {
            return Some(raised.rlim_cur);
        }
    }
    Some(limit.rlim_cur)
}

/// Starts the workers and the I/O threads on a bound socket. Each worker opens its own database
/// connection here, so a database that cannot be opened stops the start with a clear error.
pub fn start(app: Arc<App>, tcp: TcpListener, database: PathBuf) -> anyhow::Result<RunningServer> {
    use anyhow::Context;
    let addr = tcp.local_addr()?;
    let workers_count = app.config.workers;
    let (jobs, queue) = std::sync::mpsc::sync_channel(workers_count * QUEUE_PER_WORKER);
    let queue = Arc::new(Mutex::new(queue));
    let mut workers = Vec::with_capacity(workers_count);
    for index in 0..workers_count {
        let conn = store::open(&database)
            .with_context(|| format!("cannot open the database {}", database.display()))?;
        let (app, queue, database) = (app.clone(), queue.clone(), database.clone());
        let handle = std::thread::Builder::new()
            .name(format!("worker-{index}"))
            .spawn(move || worker(&app, &queue, conn, &database))?;
        workers.push(handle);
    }

    tcp.set_nonblocking(true)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(IO_THREADS)
        .thread_name("http-io")
        .enable_io()
        .enable_time()
        .build()
        .context("cannot start the HTTP runtime")?;
    let listener = {
        let _entered = runtime.enter();
        tokio::net::TcpListener::from_std(tcp).context("cannot register the listener")?
    };
    let limits = app.config.http.clone();
    let capacity = connection_capacity(&limits, workers_count);
    let shared = Arc::new(Shared {
        body_budget: Semaphore::new(limits.body_budget_bytes.div_ceil(1024)),
        connections: PerClient::default(),
        body_shares: PerClient::default(),
        app,
        jobs,
        limits,
    });
    let stop = Arc::new(tokio::sync::Notify::new());
    let io = {
        let stop = stop.clone();
        std::thread::Builder::new()
            .name("http-accept".into())
            .spawn(move || {
                runtime.block_on(accept_loop(listener, shared, capacity, stop));
                runtime.shutdown_timeout(Duration::from_secs(1));
            })?
    };
    Ok(RunningServer {
        addr,
        capacity,
        stop,
        io: Some(io),
        workers,
    })
}

impl RunningServer {
    /// Stops taking connections, lets every request in progress finish (and its response be
    /// written), then stops the workers, which close their database connections.
    pub fn shutdown(mut self) {
        self.stop.notify_one();
        if let Some(io) = self.io.take() {
            let _ = io.join();
        }
        // The I/O side held the only sender: the workers drain the queue and end.
        for worker in self.workers.drain(..) {
            let _ = worker.join();
        }
    }
}

async fn accept_loop(
    listener: tokio::net::TcpListener,
    shared: Arc<Shared>,
    capacity: usize,
    stop: Arc<tokio::sync::Notify>,
) {
    let graceful = GracefulShutdown::new();
    let open = Arc::new(Semaphore::new(capacity));
    let http = http1_builder(&shared.limits);
    let clocks = Clocks {
        header: shared.limits.header_timeout,
        keep_alive: shared.limits.keep_alive_timeout,
        write: shared.limits.write_timeout,
    };
    let mut accept_errors_logged = false;
    loop {
        // Past the capacity, new connections wait in the kernel's accept queue.
        let permit = tokio::select! {
            permit = open.clone().acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_) => break,
            },
            () = stop.notified() => break,
        };
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = stop.notified() => break,
        };
        let (stream, peer) = match accepted {
            Ok(accepted) => {
                accept_errors_logged = false;
                accepted
            }
            Err(error) => {
                // Out of file descriptors, or a connection reset before it was taken: the
                // listener is still good. Say so once per spell, wait a moment, go on.
                if !accept_errors_logged {
                    eprintln!("licensedesk: cannot accept a connection ({error}); retrying");
                    accept_errors_logged = true;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let counted = !is_trusted_proxy(&shared.app, peer.ip());
        if counted
            && !shared
                .connections
                .try_add(peer.ip(), 1, shared.limits.max_connections_per_client)
        {
            // One client holds its share of the connections already: closed at once, so that
            // it cannot take every slot from everyone else.
            drop(stream);
            continue;
        }
        let _ = stream.set_nodelay(true);
        let state = ConnState::new();
        let io = TokioIo::new(GuardedIo::new(stream, state.clone(), clocks));
        let service = {
            let shared = shared.clone();
            hyper::service::service_fn(move |request| {
                answer(shared.clone(), state.clone(), peer, request)
            })
        };
        let connection = graceful.watch(http.serve_connection(io, service));
        let shared_for_task = shared.clone();
        tokio::spawn(async move {
            // A connection that fails (reset, timed out, malformed) is simply closed.
            let _ = connection.await;
            if counted {
                shared_for_task.connections.remove(peer.ip(), 1);
            }
            drop(permit);
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(STOP_GRACE, graceful.shutdown()).await;
}

/// hyper's HTTP/1.1 connection settings, from our limits.
fn http1_builder(limits: &HttpLimits) -> hyper::server::conn::http1::Builder {
    let mut http = hyper::server::conn::http1::Builder::new();
    http.max_header_size(limits.max_header_bytes)
        // A client may send its request and shut its side of the connection; it still gets
        // the answer.
        .half_close(true)
        // The head's clock is kept by `guarded_io`, which starts it at the first byte.
        .header_read_timeout(None);
    // hyper parses up to 100 headers on the stack, and on the heap (about 5 % slower) when
    // told any number: it is told only a number other than its own.
    if limits.max_headers != HYPER_DEFAULT_MAX_HEADERS {
        http.max_headers(limits.max_headers);
    }
    http
}

/// Marks the connection as serving a request for as long as this lives.
struct InService(Arc<ConnState>);

impl Drop for InService {
    fn drop(&mut self) {
        self.0.service_finished();
    }
}

async fn answer(
    shared: Arc<Shared>,
    state: Arc<ConnState>,
    peer: SocketAddr,
    request: hyper::Request<Incoming>,
) -> Result<hyper::Response<Full<Bytes>>, Infallible> {
    let framing = state.service_started();
    let _in_service = InService(state);
    // An error before there is a request is still answered in the API's own form there.
    let api = crate::paths::api::is_api_path(request.uri().path());
    let read = match framing_seen_in_head(shared.app.config.default_language, framing) {
        Err(error) => Err(error),
        Ok(()) => read_request(&shared, peer, request).await,
    };
    let encoded = match read {
        Ok((request, _budget)) => run_on_worker(&shared, request).await,
        Err(error) => {
            // An error before there is a request: answered here, and the connection closed,
            // since the rest of its body was not read.
            let lang = shared.app.config.default_language;
            let mut response = if api {
                super::api::problem(lang, &error.into()).closing()
            } else {
                super::error_response(lang, &error).closing()
            };
            super::add_security_headers(&mut response);
            encode(response, false)
        }
    };
    Ok(into_hyper(encoded))
}

/// Reads the head and the whole body (within the path's limit, the deadline and the budget)
/// into our own request. The permit holds the body's share of the budget until the answer.
async fn read_request<'a>(
    shared: &'a Shared,
    peer: SocketAddr,
    request: hyper::Request<Incoming>,
) -> Result<(Request, BodyBudget<'a>), AppError> {
    let (parts, body) = request.into_parts();
    let method = match parts.method {
        hyper::Method::GET => Method::Get,
        hyper::Method::HEAD => Method::Head,
        hyper::Method::POST => Method::Post,
        hyper::Method::PATCH => Method::Patch,
        hyper::Method::DELETE => Method::Delete,
        _ => Method::Other,
    };
    let url = parts
        .uri
        .path_and_query()
        .map_or("/", |target| target.as_str())
        .to_owned();
    let headers: Vec<(String, String)> = parts
        .headers
        .iter()
        .map(|(name, value)| {
            (
                name.as_str().to_owned(),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            )
        })
        .collect();
    let hosts = headers.iter().filter(|(name, _)| name == "host").count();
    if parts.version == hyper::Version::HTTP_11 && hosts != 1 {
        return Err(AppError::BadRequest(crate::tr!(
            shared.app.config.default_language,
            "error-400-one-host"
        )));
    }
    let limit = routes::body_limit(url.split('?').next().unwrap_or(""));
    check_framing(shared.app.config.default_language, &headers, limit)?;
    let client = super::client_addr::effective(
        Some(peer.ip()),
        &headers,
        &shared.app.config.trusted_proxies,
    )
    .unwrap_or(peer.ip());
    let (body, budget) = read_body(shared, client, body, limit).await?;
    let request = Request::new(method, &url, headers, body, Some(peer.ip()));
    Ok((request, budget))
}

/// Reads at most `limit` bytes. The body must keep up the minimum rate: it may take the body
/// timeout, plus a second for every `body_min_rate` bytes received.
async fn read_body<'a>(
    shared: &'a Shared,
    client: IpAddr,
    mut body: Incoming,
    limit: usize,
) -> Result<(Vec<u8>, BodyBudget<'a>), AppError> {
    use hyper::body::Body;
    let limits = &shared.limits;
    let started = tokio::time::Instant::now();
    let busy = || AppError::Busy;
    // A declared length is charged to the budget before anything is read, so that the body is
    // held in one allocation of its size; a chunked body is charged as it arrives.
    let declared = usize::try_from(body.size_hint().exact().unwrap_or(0))
        .unwrap_or(usize::MAX)
        .min(limit);
    let declared_kib = u32::try_from(declared.div_ceil(1024)).map_err(|_| busy())?;
    // A client's share always takes one upload of the largest size.
    let share =
        (shared.limits.body_budget_bytes / BODY_SHARES).max(crate::config::UPLOAD_BODY_LIMIT);
    let mut held = Held {
        counts: &shared.body_shares,
        addr: client,
        amount: 0,
    };
    if !held.take(declared, share) {
        return Err(busy());
    }
    let mut budget = shared
        .body_budget
        .try_acquire_many(declared_kib)
        .map_err(|_| busy())?;
    let mut bytes = Vec::with_capacity(declared);
    loop {
        let allowed = limits.body_timeout
            + Duration::from_secs_f64(bytes.len() as f64 / limits.body_min_rate.max(1) as f64);
        let frame = match tokio::time::timeout_at(started + allowed, body.frame()).await {
            Err(_) => return Err(AppError::RequestTimeout),
            Ok(None) => break,
            Ok(Some(Err(error))) => {
                return Err(AppError::BadRequest(crate::tr!(
                    shared.app.config.default_language,
                    "error-400-body-unreadable",
                    error = error.to_string()
                )));
            }
            Ok(Some(Ok(frame))) => frame,
        };
        let Ok(data) = frame.into_data() else {
            continue; // trailers
        };
        if bytes.len() + data.len() > limit {
            return Err(AppError::PayloadTooLarge { limit });
        }
        let held_kib = (bytes.len() + data.len()).div_ceil(1024);
        let more = held_kib.saturating_sub(budget.num_permits());
        if more > 0 {
            let extra = u32::try_from(more).map_err(|_| busy())?;
            if !held.take(more * 1024, share) {
                return Err(busy());
            }
            budget.merge(
                shared
                    .body_budget
                    .try_acquire_many(extra)
                    .map_err(|_| busy())?,
            );
        }
        bytes.extend_from_slice(&data);
    }
    Ok((
        bytes,
        BodyBudget {
            _all: budget,
            _client: held,
        },
    ))
}

/// A request body's place in the memory budget, overall and in its client's share; given back
/// when the request has been answered.
struct BodyBudget<'a> {
    _all: tokio::sync::SemaphorePermit<'a>,
    _client: Held<'a>,
}

/// Hands the request to the worker pool and waits for its answer without holding a thread.
async fn run_on_worker(shared: &Shared, request: Request) -> Encoded {
    let (reply, answer) = oneshot::channel();
    let refused = match shared.jobs.try_send(Job { request, reply }) {
        Ok(()) => None,
        Err(TrySendError::Full(_)) => Some(AppError::Busy),
        Err(TrySendError::Disconnected(_)) => Some(AppError::Busy),
    };
    let error = match refused {
        None => match answer.await {
            Ok(encoded) => return encoded,
            Err(_) => AppError::Internal("a worker dropped a request".into()),
        },
        Some(error) => error,
    };
    let mut response = super::error_response(shared.app.config.default_language, &error);
    super::add_security_headers(&mut response);
    encode(response, false)
}

fn into_hyper(encoded: Encoded) -> hyper::Response<Full<Bytes>> {
    let mut response = hyper::Response::new(Full::new(Bytes::from(encoded.body)));
    *response.status_mut() = hyper::StatusCode::from_u16(encoded.status)
        .unwrap_or(hyper::StatusCode::INTERNAL_SERVER_ERROR);
    let headers = response.headers_mut();
    for (name, value) in &encoded.headers {
        // Values were checked when they were made; a header hyper still refuses is dropped
        // rather than sent half-formed.
        if let (Ok(name), Ok(value)) = (
            hyper::header::HeaderName::from_bytes(name.as_bytes()),
            hyper::header::HeaderValue::from_str(value.as_str()),
        ) {
            headers.append(name, value);
        }
    }
    if encoded.close {
        headers.insert(
            hyper::header::CONNECTION,
            hyper::header::HeaderValue::from_static("close"),
        );
    }
    response
}

fn encode(mut response: Response, accepts_gzip: bool) -> Encoded {
    let body = response.encode(accepts_gzip);
    Encoded {
        status: response.status,
        headers: std::mem::take(&mut response.headers),
        body,
        close: response.close,
    }
}

fn worker(app: &App, queue: &Mutex<Receiver<Job>>, mut conn: Connection, database: &Path) {
    loop {
        let job = {
            let queue = queue.lock().unwrap_or_else(|e| e.into_inner());
            queue.recv()
        };
        let Ok(Job { request, reply }) = job else {
            return; // the server has stopped
        };
        let (encoded, served) = serve(app, &mut conn, &request);
        // The client may have gone; there is no one left to tell.
        let _ = reply.send(encoded);
        if served == Served::AfterPanic {
            // A panic may have left the connection mid-statement; start clean.
            match store::open(database) {
                Ok(fresh) => conn = fresh,
                Err(e) => eprintln!("licensedesk: cannot reopen the database: {e}"),
            }
        }
    }
}

#[derive(PartialEq, Eq)]
enum Served {
    Normally,
    AfterPanic,
}

fn serve(app: &App, conn: &mut Connection, request: &Request) -> (Encoded, Served) {
    let now = store::unix_now();
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let mut ctx = Ctx {
            app,
            conn: &mut *conn,
            req: request,
            now,
            lang: Ctx::language_before_sign_in(request, app.config.default_language),
            api_token: None,
        };
        routes::handle(&mut ctx)
    }));
    let (mut response, served) = match outcome {
        Ok(response) => (response, Served::Normally),
        Err(_) => {
            let error = AppError::Internal(format!("a handler panicked on {}", request.path));
            (
                super::error_response(
                    Ctx::language_before_sign_in(request, app.config.default_language),
                    &error,
                ),
                Served::AfterPanic,
            )
        }
    };
    super::add_security_headers(&mut response);
    (encode(response, request.accepts_gzip), served)
}

/// What the head scan saw that hyper folds away before the request reaches us: a
/// `Content-Length` beside `Transfer-Encoding` (hyper drops it), or a second, equal one (hyper
/// keeps one).
fn framing_seen_in_head(lang: Language, framing: u8) -> Result<(), AppError> {
    use guarded_io::{CONTENT_LENGTH, SECOND_CONTENT_LENGTH, TRANSFER_ENCODING};
    let bad = |why: String| Err(AppError::BadRequest(why));
    if framing & (CONTENT_LENGTH | TRANSFER_ENCODING) == CONTENT_LENGTH | TRANSFER_ENCODING {
        return bad(crate::tr!(lang, "error-400-both-framings"));
    }
    if framing & SECOND_CONTENT_LENGTH != 0 {
        return bad(crate::tr!(lang, "error-400-two-content-lengths"));
    }
    Ok(())
}

/// Refuses requests whose body framing two parsers could read differently (request smuggling),
/// where hyper lets them through, and bodies declared larger than the path accepts. hyper
/// already refuses a `Transfer-Encoding` whose last coding is not `chunked`, and a
/// `Content-Length` that is not a number; it takes `gzip, chunked` as chunked (leaving the body
/// gzipped) and several `Transfer-Encoding` headers by their last, which a proxy in front might
/// read otherwise.
fn check_framing(
    lang: Language,
    headers: &[(String, String)],
    limit: usize,
) -> Result<(), AppError> {
    let mut transfer_encodings = headers
        .iter()
        .filter(|(n, _)| n == "transfer-encoding")
        .map(|(_, v)| v.trim());
    let bad = |why: String| Err(AppError::BadRequest(why));
    if let Some(te) = transfer_encodings.next() {
        if transfer_encodings.next().is_some() {
            return bad(crate::tr!(lang, "error-400-two-transfer-encodings"));
        }
        if !te.eq_ignore_ascii_case("chunked") {
            return bad(crate::tr!(lang, "error-400-not-chunked"));
        }
    }
    let declared = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .map(|(_, v)| v.trim().parse::<usize>().unwrap_or(usize::MAX));
    if declared.is_some_and(|length| length > limit) {
        return Err(AppError::PayloadTooLarge { limit });
    }
    Ok(())
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
    fn framing_hyper_lets_through_is_refused() {
        let ok = |h: &[(&str, &str)]| check_framing(Language::En, &headers(h), 100).is_ok();
        assert!(ok(&[]));
        assert!(ok(&[("content-length", "10")]));
        assert!(ok(&[("transfer-encoding", "chunked")]));
        assert!(ok(&[("transfer-encoding", "Chunked")]));
        assert!(!ok(&[("transfer-encoding", "gzip, chunked")]));
        assert!(!ok(&[
            ("transfer-encoding", "chunked"),
            ("transfer-encoding", "chunked")
        ]));
    }

    #[test]
    fn what_hyper_folds_away_is_refused_from_the_head_scan() {
        use guarded_io::{CONTENT_LENGTH, SECOND_CONTENT_LENGTH, TRANSFER_ENCODING};
        assert!(framing_seen_in_head(Language::En, 0).is_ok());
        assert!(framing_seen_in_head(Language::En, CONTENT_LENGTH).is_ok());
        assert!(framing_seen_in_head(Language::En, TRANSFER_ENCODING).is_ok());
        assert!(framing_seen_in_head(Language::En, CONTENT_LENGTH | TRANSFER_ENCODING).is_err());
        assert!(
            framing_seen_in_head(Language::En, CONTENT_LENGTH | SECOND_CONTENT_LENGTH).is_err()
        );
    }

    #[test]
    fn declared_bodies_over_the_limit_are_413() {
        let result = check_framing(Language::En, &headers(&[("content-length", "101")]), 100);
        assert!(matches!(
            result,
            Err(AppError::PayloadTooLarge { limit: 100 })
        ));
        let huge = check_framing(
            Language::En,
            &headers(&[("content-length", "99999999999999999999999")]),
            100,
        );
        assert!(matches!(huge, Err(AppError::PayloadTooLarge { .. })));
    }
}
