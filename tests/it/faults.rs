//! Faults a real server meets, against the real `licensedesk serve` process: hundreds of slow
//! clients, SIGKILL in the middle of writes, a backup taken under write load, and running out of
//! file descriptors. Traffic goes only to 127.0.0.1, and every loop is bounded in count and time.
//!
//! These are the short versions that run with the suite. The long versions:
//!
//!     LICENSEDESK_LONG_FAULTS=1 cargo test --release --test it faults -- --nocapture
//!
//! (100 kill rounds instead of 10, slow clients held for two minutes instead of ten seconds).
//! Each test prints what it measured; run with `--nocapture` to see the numbers.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::cli::{ServeProcess, binary, run};
use crate::support::encoder;
use crate::support::{Client, Resp};

const OWNER_EMAIL: &str = "owner@example.com";
const OWNER_PASSWORD: &str = "owner password 1";

fn long() -> bool {
    std::env::var_os("LICENSEDESK_LONG_FAULTS").is_some_and(|v| v != "0" && !v.is_empty())
}

/// A small deterministic generator (no randomness crate needed): the same run kills at the
/// same moments, so a failure can be repeated.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn between(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low + 1)
    }
}

/// A test key for this SEN with this many users (test-signed, so imported as not genuine).
fn key(sen: &str, users: u32) -> String {
    encoder::test_key(sen, "conf", &[("NumberOfUsers", &users.to_string())])
}

fn add_owner(data: &Path) {
    let (code, _, err) = run(
        &[
            "user",
            "add",
            OWNER_EMAIL,
            "--admin",
            "--bcrypt-cost",
            "4",
            "--data-dir",
            data.to_str().unwrap(),
        ],
        Some(&format!("{OWNER_PASSWORD}\n")),
    );
    assert_eq!(code, 0, "{err}");
}

/// `licensedesk serve` with its standard error in a file (nobody has to keep reading a pipe),
/// optionally under a lower or higher limit of open files.
fn serve(data: &Path, open_files: Option<u32>) -> ServeProcess {
    serve_with(data, open_files, &[])
}

/// `serve` as above, with more flags (say, longer timeouts).
fn serve_with(data: &Path, open_files: Option<u32>, extra: &[&str]) -> ServeProcess {
    let log = std::fs::File::options()
        .create(true)
        .append(true)
        .open(data.join("serve.log"))
        .unwrap();
    let bin = env!("CARGO_BIN_EXE_licensedesk");
    let args = [
        "serve",
        "--listen",
        "127.0.0.1:0",
        "--bcrypt-cost",
        "4",
        "--workers",
        "4",
        "--data-dir",
        data.to_str().unwrap(),
    ]
    .into_iter()
    .chain(extra.iter().copied())
    .collect::<Vec<_>>();
    let mut command = match open_files {
        Some(limit) => {
            let mut sh = Command::new("sh");
            sh.arg("-c")
                .arg(format!("ulimit -n {limit}; exec \"$0\" \"$@\""))
                .arg(bin)
                .args(&args)
                .env_remove("LICENSEDESK_DATA_DIR")
                .env_remove("LICENSEDESK_LISTEN");
            sh
        }
        None => {
            let mut command = binary();
            command.args(&args);
            command
        }
    };
    command.stderr(Stdio::from(log));
    ServeProcess::start_command(command, data)
}

fn serve_log(data: &Path) -> String {
    std::fs::read_to_string(data.join("serve.log")).unwrap_or_default()
}

fn addr_of(serve: &ServeProcess) -> SocketAddr {
    serve
        .base
        .trim_start_matches("http://")
        .parse()
        .expect("the listening line names an address")
}

/// Threads, resident memory (KiB) and open file descriptors of a process, from /proc.
#[derive(Debug, Clone, Copy, Default)]
struct ProcessStatus {
    threads: u64,
    rss_kib: u64,
    open_files: u64,
}

fn process_status(pid: u32) -> ProcessStatus {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    let open_files = std::fs::read_dir(format!("/proc/{pid}/fd")).map_or(0, |d| d.count() as u64);
    ProcessStatus {
        threads: field("Threads:"),
        rss_kib: field("VmRSS:"),
        open_files,
    }
}

/// Raises this test process's own limit of open files (the slow-client test holds hundreds of
/// sockets, beside whatever the other tests running in parallel hold).
fn raise_own_open_file_limit(wanted: u64) {
    // SAFETY: getrlimit/setrlimit only read and write the struct passed to them.
    unsafe {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 && limit.rlim_cur < wanted {
            limit.rlim_cur = wanted.min(limit.rlim_max);
            libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
        }
    }
}

/// One GET on a fresh connection with short timeouts: the status, or the error as text.
fn probe(addr: SocketAddr, path: &str, timeout: Duration) -> Result<u16, String> {
    let mut stream = TcpStream::connect_timeout(&addr, timeout).map_err(|e| e.to_string())?;
    stream.set_read_timeout(Some(timeout)).ok();
    stream.set_write_timeout(Some(timeout)).ok();
    stream
        .write_all(
            format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").as_bytes(),
        )
        .map_err(|e| e.to_string())?;
    let mut head = [0u8; 12];
    stream.read_exact(&mut head).map_err(|e| e.to_string())?;
    std::str::from_utf8(&head[9..12])
        .ok()
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("not an HTTP answer: {head:?}"))
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// Imports one key through the web page (preview, then confirm) and returns the confirmation.
fn web_import(client: &mut Client, csrf: &str, key: &str) -> Result<Resp, String> {
    let boundary = "----licensedeskFaultBoundary";
    let mut body = String::new();
    for (name, value) in [("csrf", csrf), ("keys", key), ("allow_unverified", "on")] {
        body.push_str(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
        ));
    }
    body.push_str(&format!("--{boundary}--\r\n"));
    let preview = catch(|| {
        client.post_bytes(
            "/import",
            &format!("multipart/form-data; boundary={boundary}"),
            body.as_bytes(),
        )
    })?;
    let token = preview
        .field_value("preview")
        .ok_or_else(|| format!("no preview token ({})", preview.status))?;
    catch(|| client.post("/import/confirm", &[("csrf", csrf), ("preview", &token)]))
}

/// The test client panics when the server is gone; here that is expected, so it becomes an
/// error value.
fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|e| {
        e.downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| (*s).to_owned()))
            .unwrap_or_default()
    })
}

fn signed_in(serve: &ServeProcess) -> (Client, String) {
    let mut client = serve.client();
    client.sign_in(OWNER_EMAIL, OWNER_PASSWORD, false);
    let csrf = client.get("/import").csrf();
    (client, csrf)
}

fn integrity_check(database: &Path) -> String {
    let conn = rusqlite::Connection::open(database).unwrap();
    conn.busy_timeout(Duration::from_secs(10)).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

fn database(data: &Path) -> PathBuf {
    data.join(licensedesk::store::DATABASE_FILE)
}

/// The user tier stored for each SEN (None when the SEN is missing).
fn tier_of(conn: &rusqlite::Connection, sen: &str) -> Option<i64> {
    conn.query_row(
        "SELECT user_tier FROM licences WHERE sen = ?1",
        [sen],
        |r| r.get(0),
    )
    .ok()
}

#[test]
fn the_server_serves_again_after_running_out_of_file_descriptors() {
    let data = tempfile::tempdir().unwrap();
    add_owner(data.path());
    // By default the server would hold only as many connections as 64 descriptors allow and
    // leave the rest in the accept queue; a maximum set higher than that is taken as given, so
    // the flood really runs the process out of descriptors.
    let serve = serve_with(data.path(), Some(64), &["--max-connections", "1000"]);
    let addr = addr_of(&serve);
    let pid = serve.child.id();
    assert_eq!(probe(addr, "/healthz", Duration::from_secs(5)), Ok(200));
    let before = process_status(pid);

    // A browser's keep-alive connection, opened before the flood and used again after it.
    let mut browser = TcpStream::connect(addr).unwrap();
    browser
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let keep_alive = b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
    browser.write_all(keep_alive).unwrap();
    let mut answer = [0u8; 512];
    let n = browser.read(&mut answer).unwrap();
    assert!(answer[..n].starts_with(b"HTTP/1.1 200"));

    // The flood: far more connections than 64 descriptors allow, all held open.
    let mut flood = Vec::new();
    for _ in 0..200 {
        if let Ok(stream) = TcpStream::connect_timeout(&addr, Duration::from_secs(2)) {
            flood.push(stream);
        }
    }
    std::thread::sleep(Duration::from_millis(500));
    let during = process_status(pid);
    let refused = probe(addr, "/healthz", Duration::from_secs(2));
    println!(
        "fd exhaustion: limit 64; before the flood {} open files, during it {} ({} connections held); \
         a new request during the flood: {refused:?}",
        before.open_files,
        during.open_files,
        flood.len()
    );
    assert!(
        during.open_files >= 60,
        "the flood did not exhaust the descriptors ({} open): the test proves nothing",
        during.open_files
    );

    drop(flood);
    let started = Instant::now();
    let mut last = Err(String::new());
    while started.elapsed() < Duration::from_secs(30) {
        last = probe(addr, "/healthz", Duration::from_secs(2));
        if last == Ok(200) {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let recovered_in = started.elapsed();
    println!(
        "fd exhaustion: serving again {} after the flood ended ({last:?})",
        ms(recovered_in)
    );
    assert_eq!(
        last,
        Ok(200),
        "the server did not serve again within 30 s; its log:\n{}",
        serve_log(data.path())
    );
    assert!(
        std::fs::read_to_string(format!("/proc/{pid}/status")).is_ok(),
        "the same process serves: it was not restarted"
    );
    // Pages that use the database work too, for a signed-in user.
    let mut client = serve.client();
    client.sign_in(OWNER_EMAIL, OWNER_PASSWORD, false);
    assert_eq!(client.get("/licences").status, 200);

    // The keep-alive connection from before is answered or closed, never left hanging.
    let asked = Instant::now();
    let _ = browser.write_all(keep_alive);
    let outcome = browser.read(&mut answer);
    println!(
        "fd exhaustion: the keep-alive connection opened before the flood got {:?} after {}",
        outcome
            .as_ref()
            .map(|n| String::from_utf8_lossy(&answer[..(*n).min(15)]).into_owned()),
        ms(asked.elapsed())
    );
    assert!(
        match &outcome {
            Ok(_) => true,
            Err(e) => !matches!(
                e.kind(),
                std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
            ),
        },
        "a connection from before the flood hangs: {outcome:?}"
    );
}

/// What the writers of the kill test had acknowledged: licences added (by SEN) and the user
/// tier of the one licence they keep renewing.
#[derive(Default)]
struct Acknowledged {
    added: Vec<String>,
    renewed_tier: u32,
    /// The highest tier sent; it may have been committed without its answer arriving.
    attempted_tier: u32,
}

const EDITED_SEN: &str = "SEN-EDITED";

#[test]
fn sigkill_in_the_middle_of_imports_and_edits_loses_no_acknowledged_write() {
    let rounds = if long() { 100 } else { 10 };
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().to_str().unwrap().to_owned();
    add_owner(data.path());
    let (code, _, err) = run(
        &["import", "--allow-unverified", "--data-dir", &dir, "-"],
        Some(&key(EDITED_SEN, 1)),
    );
    assert_eq!(code, 0, "{err}");
    let acked = Arc::new(Mutex::new(Acknowledged {
        renewed_tier: 1,
        attempted_tier: 1,
        ..Default::default()
    }));
    let next_sen = Arc::new(AtomicU32::new(0));
    let mut rng = Lcg(20_240_601);
    let started = Instant::now();
    for round in 0..rounds {
        let serve = serve(data.path(), None);
        let stop = Arc::new(AtomicBool::new(false));
        let mut writers = Vec::new();

        // Web imports of new licences.
        {
            let (mut client, csrf) = signed_in(&serve);
            let (acked, next_sen, stop) = (acked.clone(), next_sen.clone(), stop.clone());
            writers.push(std::thread::spawn(move || {
                while !stop.load(Ordering::SeqCst) {
                    let sen = format!("SEN-W{}", next_sen.fetch_add(1, Ordering::SeqCst));
                    match web_import(&mut client, &csrf, &key(&sen, 10)) {
                        Ok(done) if done.status == 200 && done.text().contains("1 added") => {
                            acked.lock().unwrap().added.push(sen);
                        }
                        _ => break,
                    }
                }
            }));
        }
        // Web edits: renewed keys for one licence, each with one more user.
        {
            let (mut client, csrf) = signed_in(&serve);
            let (acked, stop) = (acked.clone(), stop.clone());
            writers.push(std::thread::spawn(move || {
                while !stop.load(Ordering::SeqCst) {
                    let tier = {
                        let mut a = acked.lock().unwrap();
                        a.attempted_tier += 1;
                        a.attempted_tier
                    };
                    match web_import(&mut client, &csrf, &key(EDITED_SEN, tier)) {
                        Ok(done) if done.status == 200 && done.text().contains("1 updated") => {
                            acked.lock().unwrap().renewed_tier = tier;
                        }
                        _ => break,
                    }
                }
            }));
        }
        // Command-line imports beside the server, killed at the same moment.
        let cli_child: Arc<Mutex<Option<std::process::Child>>> = Arc::new(Mutex::new(None));
        {
            let (acked, next_sen, stop, slot) = (
                acked.clone(),
                next_sen.clone(),
                stop.clone(),
                cli_child.clone(),
            );
            let dir = dir.clone();
            writers.push(std::thread::spawn(move || {
                while !stop.load(Ordering::SeqCst) {
                    let sen = format!("SEN-C{}", next_sen.fetch_add(1, Ordering::SeqCst));
                    let mut child = binary()
                        .args(["import", "--allow-unverified", "--data-dir", &dir, "-"])
                        .stdin(Stdio::piped())
                        .stdout(Stdio::piped())
                        .stderr(Stdio::null())
                        .spawn()
                        .unwrap();
                    let mut stdin = child.stdin.take().unwrap();
                    let _ = stdin.write_all(key(&sen, 20).as_bytes());
                    drop(stdin);
                    let mut stdout = child.stdout.take().unwrap();
                    *slot.lock().unwrap() = Some(child);
                    let status = loop {
                        let mut guard = slot.lock().unwrap();
                        let Some(child) = guard.as_mut() else {
                            unreachable!("only this thread empties the slot")
                        };
                        if let Some(status) = child.try_wait().unwrap() {
                            guard.take();
                            break status;
                        }
                        drop(guard);
                        std::thread::sleep(Duration::from_millis(2));
                    };
                    let mut out = String::new();
                    let _ = stdout.read_to_string(&mut out);
                    if status.success() && out.contains("1 added") {
                        acked.lock().unwrap().added.push(sen);
                    } else {
                        break;
                    }
                }
            }));
        }

        std::thread::sleep(Duration::from_millis(rng.between(150, 700)));
        // SIGKILL, both at once: the server and whatever import is running beside it.
        if let Some(child) = cli_child.lock().unwrap().as_mut() {
            let _ = child.kill();
        }
        stop.store(true, Ordering::SeqCst);
        drop(serve); // Kills the server with SIGKILL and reaps it.
        for writer in writers {
            writer.join().unwrap();
        }

        let check = integrity_check(&database(data.path()));
        assert_eq!(check, "ok", "round {round}: integrity check");
        let conn = rusqlite::Connection::open(database(data.path())).unwrap();
        let a = acked.lock().unwrap();
        for sen in &a.added {
            assert_eq!(
                conn.query_row("SELECT count(*) FROM licences WHERE sen = ?1", [sen], |r| r
                    .get::<_, i64>(0))
                    .unwrap(),
                1,
                "round {round}: the acknowledged import of {sen} is missing"
            );
        }
        let tier = tier_of(&conn, EDITED_SEN).unwrap_or(0);
        assert!(
            (i64::from(a.renewed_tier)..=i64::from(a.attempted_tier)).contains(&tier),
            "round {round}: the renewed licence has {tier} users; acknowledged {}, last sent {}",
            a.renewed_tier,
            a.attempted_tier
        );
    }
    // The restarted server shows every acknowledged licence to its owner.
    let serve = serve(data.path(), None);
    let (mut client, _) = signed_in(&serve);
    let export = client.get("/export?format=json");
    assert_eq!(export.status, 200);
    let a = acked.lock().unwrap();
    for sen in &a.added {
        assert!(
            export.body.contains(&format!("\"{sen}\"")),
            "{sen} missing from the export"
        );
    }
    println!(
        "sigkill: {rounds} rounds in {:.1} s; {} acknowledged imports and {} acknowledged renewals \
         all present, integrity_check ok after every kill",
        started.elapsed().as_secs_f64(),
        a.added.len(),
        a.renewed_tier - 1
    );
    assert!(
        !a.added.is_empty() && a.renewed_tier > 1,
        "the writers acknowledged nothing: the test proves nothing"
    );
}

#[test]
fn a_backup_taken_under_write_load_restores_every_write_acknowledged_before_it() {
    let data = tempfile::tempdir().unwrap();
    add_owner(data.path());
    let serve = serve(data.path(), None);
    let acked: Arc<Mutex<Vec<String>>> = Arc::default();
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (mut client, csrf) = signed_in(&serve);
        let (acked, stop) = (acked.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut n = 0;
            while !stop.load(Ordering::SeqCst) {
                let sen = format!("SEN-B{n}");
                n += 1;
                let done = web_import(&mut client, &csrf, &key(&sen, 10)).expect("the import");
                assert!(done.text().contains("1 added"), "{}", done.text());
                acked.lock().unwrap().push(sen);
            }
        })
    };
    let deadline = Instant::now() + Duration::from_secs(60);
    while acked.lock().unwrap().len() < 25 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let before: Vec<String> = acked.lock().unwrap().clone();
    let file = data.path().join("backup.sqlite3");
    let (code, out, err) = run(
        &[
            "backup",
            file.to_str().unwrap(),
            "--data-dir",
            data.path().to_str().unwrap(),
        ],
        None,
    );
    let during = acked.lock().unwrap().len() - before.len();
    // Keep writing a little after the backup, then stop.
    std::thread::sleep(Duration::from_millis(300));
    stop.store(true, Ordering::SeqCst);
    writer.join().unwrap();
    let total = acked.lock().unwrap().len();
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        !before.is_empty(),
        "no write was acknowledged before the backup"
    );

    // Restore: the backup file becomes the database of a fresh data directory.
    let restored = tempfile::tempdir().unwrap();
    std::fs::copy(&file, database(restored.path())).unwrap();
    assert_eq!(integrity_check(&database(restored.path())), "ok");
    let conn = rusqlite::Connection::open(database(restored.path())).unwrap();
    for sen in &before {
        assert!(
            tier_of(&conn, sen).is_some(),
            "{sen} was acknowledged before the backup started and is missing from it"
        );
    }
    let in_backup: i64 = conn
        .query_row("SELECT count(*) FROM licences", [], |r| r.get(0))
        .unwrap();
    println!(
        "backup under load: {} writes acknowledged before the backup, {during} while it ran, \
         {total} in all; the restored copy holds {in_backup} licences and passes integrity_check",
        before.len()
    );
    // The restored data directory serves: its owner signs in and finds the first write.
    drop(serve);
    let serve = self::serve(restored.path(), None);
    let (mut client, _) = signed_in(&serve);
    let found = client.get(&format!("/licences?q={}", before[0]));
    assert!(found.text().contains(&before[0]), "{}", found.text());
}

/// A connection whose receive buffer is tiny, so that a response it never reads fills the
/// server's side quickly.
fn connect_small_window(addr: SocketAddr) -> std::io::Result<TcpStream> {
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None)?;
    socket.set_recv_buffer_size(4096)?;
    socket.connect_timeout(&addr.into(), Duration::from_secs(5))?;
    Ok(socket.into())
}

/// Signs in on a raw connection's behalf: the cookie header of a fresh session.
fn session_cookie(client: &Client) -> String {
    client
        .cookies
        .iter()
        .map(|(n, v)| format!("{n}={v}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A file of `count` test-signed keys, imported from the command line before the server
/// starts: an export of them is a response of a few hundred kilobytes.
fn import_keys(data: &Path, count: usize) {
    let keys: Vec<String> = (0..count)
        .map(|i| key(&format!("SEN-L{i:06}"), 25))
        .collect();
    let file = data.join("keys.txt");
    std::fs::write(&file, keys.join("\n\n")).unwrap();
    let (code, _, err) = run(
        &[
            "import",
            file.to_str().unwrap(),
            "--allow-unverified",
            "--data-dir",
            data.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code, 0, "{err}");
}

#[test]
fn thousands_of_hostile_connections_held_at_once_do_not_stop_a_normal_client() {
    let _heavy = crate::support::heavy();
    // Short: 1,000 of each kind (3,100 connections); long: 10,000 connections, held a minute.
    let (each, upgrades, hold) = if long() {
        (3_300, 100, Duration::from_secs(60))
    } else {
        (1_000, 100, Duration::from_secs(8))
    };
    let total = 3 * each + upgrades;
    raise_own_open_file_limit(2 * total as u64 + 1_000);
    let data = tempfile::tempdir().unwrap();
    add_owner(data.path());
    import_keys(data.path(), 80);
    // The clocks outlast the opening and the hold, so that every hostile client is still held
    // while the normal client is measured; the test that follows shows the clocks cutting
    // hostile clients off.
    let clock = "900".to_owned();
    // Room for every hostile connection and the normal client's (the default of 10,000 would
    // leave the normal client waiting in the accept queue in the long version).
    let capacity = (total + 100).to_string();
    let serve = serve_with(
        data.path(),
        None,
        &[
            "--max-connections",
            &capacity,
            // Every client here comes from 127.0.0.1.
            "--max-connections-per-client",
            &capacity,
            "--header-timeout",
            &clock,
            "--body-timeout",
            &clock,
            "--write-timeout",
            &clock,
            "--keep-alive-timeout",
            &clock,
        ],
    );
    let addr = addr_of(&serve);
    let pid = serve.child.id();
    let (mut client, _) = signed_in(&serve);
    let cookie = session_cookie(&client);
    let export_bytes = client.get("/export?format=json").body.len();
    let timed_pages = |count: usize, client: &mut Client| {
        let mut latencies = Vec::new();
        let mut failures = 0;
        for _ in 0..count {
            let start = Instant::now();
            let status = catch(|| client.get("/licences").status);
            latencies.push(start.elapsed());
            if status != Ok(200) {
                failures += 1;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        (latencies, failures)
    };
    let (mut quiet, quiet_failures) = timed_pages(100, &mut client);
    quiet.sort();
    assert_eq!(quiet_failures, 0);
    let idle = process_status(pid);

    let connect = || {
        TcpStream::connect_timeout(&addr, Duration::from_secs(10))
            .expect("a hostile client connects")
    };
    let opened = Instant::now();
    let mut dripping: Vec<TcpStream> = Vec::with_capacity(2 * each);
    for _ in 0..each {
        let mut stream = connect();
        stream
            .write_all(b"GET /licences HTTP/1.1\r\nHost: x\r\nX-Slow: ")
            .unwrap();
        dripping.push(stream);
    }
    // Bodies of 10 KB: every one of them, held at once, fits the share of the body budget
    // that one client address (they all come from 127.0.0.1) may hold.
    for _ in 0..each {
        let mut stream = connect();
        stream
            .write_all(
                b"POST /signin HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 10000\r\n\r\nemail=",
            )
            .unwrap();
        dripping.push(stream);
    }
    // The exports are asked for in batches, each waited for until its answer has started
    // (peeked, not read): every one of them is then a response the server holds for a client
    // that does not read, rather than a request still queued for a worker.
    let mut never_read: Vec<TcpStream> = Vec::with_capacity(each);
    let mut not_started = 0;
    while never_read.len() < each {
        let batch_start = never_read.len();
        for _ in 0..50.min(each - batch_start) {
            let mut stream = connect_small_window(addr).expect("a non-reading client connects");
            stream
                .write_all(
                    format!(
                        "GET /export?format=json HTTP/1.1\r\nHost: x\r\nCookie: {cookie}\r\n\r\n"
                    )
                    .as_bytes(),
                )
                .unwrap();
            never_read.push(stream);
        }
        for stream in &never_read[batch_start..] {
            stream.set_read_timeout(Some(Duration::from_secs(30))).ok();
            let mut head = [0u8; 12];
            if !matches!(stream.peek(&mut head), Ok(12)) || !head.starts_with(b"HTTP/1.1 200") {
                not_started += 1;
            }
        }
    }
    let mut upgrading: Vec<TcpStream> = Vec::with_capacity(upgrades);
    for _ in 0..upgrades {
        let mut stream = connect();
        stream
            .write_all(
                b"GET / HTTP/1.1\r\nHost: x\r\nConnection: upgrade\r\nUpgrade: websocket\r\n\r\n",
            )
            .unwrap();
        upgrading.push(stream);
    }
    let opening = opened.elapsed();

    // One byte every 2 s from each slow client, spread over the interval.
    let stop = Arc::new(AtomicBool::new(false));
    let tick = Duration::from_millis(100);
    let slots = 20;
    let dripper = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let mut turn = 0usize;
            let mut broken = 0usize;
            while !stop.load(Ordering::SeqCst) {
                for (i, stream) in dripping.iter_mut().enumerate() {
                    if i % slots == turn % slots && stream.write_all(b"a").is_err() {
                        broken += 1;
                    }
                }
                turn += 1;
                std::thread::sleep(tick);
            }
            (dripping, broken)
        })
    };
    let started = Instant::now();
    let mut peak = ProcessStatus::default();
    let mut latencies = Vec::new();
    let mut failures = 0;
    while started.elapsed() < hold {
        let (mut l, f) = timed_pages(10, &mut client);
        latencies.append(&mut l);
        failures += f;
        let now = process_status(pid);
        peak.threads = peak.threads.max(now.threads);
        peak.rss_kib = peak.rss_kib.max(now.rss_kib);
        peak.open_files = peak.open_files.max(now.open_files);
    }
    stop.store(true, Ordering::SeqCst);
    let (mut dripping, broken) = dripper.join().unwrap();
    latencies.sort();
    // Still held at the end: each slow client's connection takes one more byte, and the
    // server still has a descriptor for every connection.
    let still_open = dripping
        .iter_mut()
        .map(|s| s.write_all(b"a").is_ok())
        .filter(|ok| *ok)
        .count();
    let held = process_status(pid);
    // The upgrade requests were answered as plain requests.
    let mut upgrades_answered = 0;
    for stream in &mut upgrading {
        stream.set_read_timeout(Some(Duration::from_secs(5))).ok();
        let mut head = [0u8; 12];
        if stream.read_exact(&mut head).is_ok() && head.starts_with(b"HTTP/1.1 ") {
            upgrades_answered += 1;
        }
    }
    drop((dripping, never_read, upgrading));
    std::thread::sleep(Duration::from_millis(1_000));
    let after = process_status(pid);

    println!(
        "hostile clients: {each} slow-header (a byte every 2 s), {each} slow-body, {each} that \
         never read a {export_bytes}-byte export, {upgrades} Connection: upgrade; {total} opened \
         in {:.1} s ({not_started} exports did not start), held {} s",
        opening.as_secs_f64(),
        hold.as_secs()
    );
    println!("| normal client GET /licences | requests | p50 | p99 | max | failed |");
    println!("|---|---|---|---|---|---|");
    for (label, l, f) in [
        ("without hostile clients", &quiet, quiet_failures),
        ("with hostile clients", &latencies, failures),
    ] {
        println!(
            "| {label} | {} | {} | {} | {} | {f} |",
            l.len(),
            ms(percentile(l, 50.0)),
            ms(percentile(l, 99.0)),
            ms(*l.last().unwrap_or(&Duration::ZERO))
        );
    }
    println!(
        "server: idle {} threads, {} KiB RSS, {} open files; held at most {} threads, {} KiB RSS, \
         {} open files (at the end {} open files); 1 s after they went {} threads, {} KiB RSS, \
         {} open files. Slow clients still held at the end: {still_open}/{} ({broken} writes \
         failed); upgrade requests answered: {upgrades_answered}/{upgrades}.",
        idle.threads,
        idle.rss_kib,
        idle.open_files,
        peak.threads,
        peak.rss_kib,
        peak.open_files,
        held.open_files,
        after.threads,
        after.rss_kib,
        after.open_files,
        2 * each,
    );
    assert_eq!(
        failures, 0,
        "the normal client's pages failed while hostile clients were connected"
    );
    let p99 = percentile(&latencies, 99.0);
    assert!(
        p99 < Duration::from_millis(100),
        "the normal client's p99 was {}",
        ms(p99)
    );
    assert_eq!(
        still_open,
        2 * each,
        "slow clients were dropped before their clocks ran out"
    );
    assert!(
        held.open_files as usize >= total,
        "the server held {} descriptors for {total} connections",
        held.open_files
    );
    assert_eq!(upgrades_answered, upgrades);
    assert_eq!(not_started, 0, "exports that did not start with 200");
    assert!(!serve_log(data.path()).contains("panicked"));
}

/// Sends `head` and then `then` (if any) at a bounded pace until the server answers or closes,
/// for at most `limit`. Returns what came back (or "closed") and how long it took.
fn answer_within(
    addr: SocketAddr,
    head: &[u8],
    then: Option<&[u8]>,
    limit: Duration,
) -> (String, Duration) {
    let started = Instant::now();
    let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(5)).unwrap();
    stream.set_nonblocking(true).unwrap();
    let mut answer = Vec::new();
    let mut pending: Vec<u8> = head.to_vec();
    let mut closed = false;
    while started.elapsed() < limit && !closed {
        if pending.is_empty()
            && let Some(more) = then
        {
            pending.extend_from_slice(more);
        }
        match stream.write(&pending) {
            Ok(n) => {
                pending.drain(..n);
            }
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
            Err(_) => closed = true,
        }
        let mut buf = [0u8; 4096];
        loop {
            match stream.read(&mut buf) {
                Ok(0) => {
                    closed = true;
                    break;
                }
                Ok(n) => answer.extend_from_slice(&buf[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => break,
                Err(_) => {
                    closed = true;
                    break;
                }
            }
        }
        if answer.windows(4).any(|w| w == b"\r\n\r\n") {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let text = String::from_utf8_lossy(&answer).into_owned();
    let text = if text.is_empty() && closed {
        "closed".to_owned()
    } else {
        text
    };
    (text, started.elapsed())
}

#[test]
fn hostile_requests_get_a_4xx_or_a_close_within_the_header_timeout_and_the_process_lives() {
    let _heavy = crate::support::heavy();
    let data = tempfile::tempdir().unwrap();
    add_owner(data.path());
    let serve = serve_with(
        data.path(),
        None,
        &["--header-timeout", "5", "--body-timeout", "5"],
    );
    let addr = addr_of(&serve);
    let pid = serve.child.id();
    let limit = Duration::from_secs(8);
    let start_rss = process_status(pid).rss_kib;
    let mut many_headers = b"GET /healthz HTTP/1.1\r\nHost: x\r\n".to_vec();
    for i in 0..100_000 {
        many_headers.extend_from_slice(format!("X-{i}: a\r\n").as_bytes());
    }
    many_headers.extend_from_slice(b"\r\n");
    let chunk = format!("{:x}\r\n{}\r\n", 1 << 20, "a".repeat(1 << 20));
    let zeros = vec![b'0'; 64 * 1024];
    let header_bytes = vec![b'a'; 64 * 1024];
    type Case<'a> = (&'a str, Vec<u8>, Option<&'a [u8]>);
    let cases: Vec<Case> = vec![
        (
            "an endless chunk-size line",
            b"POST /signin HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec(),
            Some(&zeros),
        ),
        (
            "an endless header line",
            b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Endless: ".to_vec(),
            Some(&header_bytes),
        ),
        ("100,000 headers", many_headers, None),
        (
            "an HTTP/2.0 request line",
            b"GET /healthz HTTP/2.0\r\nHost: x\r\n\r\n".to_vec(),
            None,
        ),
        (
            "the HTTP/2 preface",
            b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".to_vec(),
            None,
        ),
        (
            "a bare LF inside a header",
            b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: one\ntwo: three\r\n\r\n".to_vec(),
            None,
        ),
        (
            "a +5 chunk size",
            b"POST /signin HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n+5\r\nhello\r\n0\r\n\r\n".to_vec(),
            None,
        ),
        (
            "a 33 MiB chunked upload",
            b"POST /import HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec(),
            Some(chunk.as_bytes()),
        ),
    ];
    let mut problems = Vec::new();
    println!("| input | answer | after | server RSS after |");
    println!("|---|---|---|---|");
    for (what, head, then) in cases {
        let (answer, took) = answer_within(addr, &head, then, limit);
        let first_line = answer.lines().next().unwrap_or("").to_owned();
        let rss = process_status(pid).rss_kib;
        println!(
            "| {what} | {first_line} | {:.2} s | {rss} KiB |",
            took.as_secs_f64()
        );
        let status: u16 = first_line
            .strip_prefix("HTTP/1.1 ")
            .and_then(|r| r.get(..3))
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        if !(answer == "closed" || (400..500).contains(&status)) || took >= limit {
            problems.push(format!("{what}: {first_line:?} after {took:?}"));
        }
        if probe(addr, "/healthz", Duration::from_secs(5)) != Ok(200) {
            problems.push(format!("{what}: /healthz did not answer afterwards"));
        }
        if rss > start_rss + 20 * 1024 {
            problems.push(format!(
                "{what}: RSS {rss} KiB against {start_rss} KiB at the start"
            ));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(!serve_log(data.path()).contains("panicked"));
}

/// Reads until the server closes the connection or `limit` passes: the bytes, and whether it
/// closed.
fn read_until_closed(stream: &mut TcpStream, limit: Duration) -> (Vec<u8>, bool) {
    let started = Instant::now();
    stream
        .set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    let mut bytes = Vec::new();
    let mut buf = [0u8; 16 * 1024];
    while started.elapsed() < limit {
        match stream.read(&mut buf) {
            Ok(0) => return (bytes, true),
            Ok(n) => bytes.extend_from_slice(&buf[..n]),
            Err(e)
                if e.kind() == std::io::ErrorKind::WouldBlock
                    || e.kind() == std::io::ErrorKind::TimedOut => {}
            Err(_) => return (bytes, true),
        }
    }
    (bytes, false)
}

#[test]
fn the_clocks_close_slow_heads_slow_bodies_idle_connections_and_clients_that_do_not_read() {
    let _heavy = crate::support::heavy();
    let data = tempfile::tempdir().unwrap();
    add_owner(data.path());
    import_keys(data.path(), 80);
    let clock = Duration::from_secs(2);
    let serve = serve_with(
        data.path(),
        None,
        &[
            "--header-timeout",
            "2",
            "--body-timeout",
            "2",
            "--keep-alive-timeout",
            "2",
            "--write-timeout",
            "2",
        ],
    );
    let addr = addr_of(&serve);
    let within = clock + Duration::from_secs(3);
    let connect = || TcpStream::connect_timeout(&addr, Duration::from_secs(5)).unwrap();

    // A connection that never says anything.
    let mut silent = connect();
    let started = Instant::now();
    let (bytes, closed) = read_until_closed(&mut silent, within);
    assert!(closed && bytes.is_empty(), "a silent connection was kept");
    assert!(started.elapsed() >= clock - Duration::from_millis(200));

    // A head that keeps coming, a byte at a time, never ends.
    let mut slow_head = connect();
    slow_head
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        .unwrap();
    let started = Instant::now();
    let mut cut = false;
    while started.elapsed() < within {
        if slow_head.write_all(b"a").is_err() {
            cut = true;
            break;
        }
        slow_head
            .set_read_timeout(Some(Duration::from_millis(300)))
            .unwrap();
        let mut buf = [0u8; 64];
        if matches!(slow_head.read(&mut buf), Ok(0) | Err(_)) && started.elapsed() > clock {
            // Closed (EOF or reset) once the clock ran out; a read timeout before it is fine.
            if matches!(slow_head.read(&mut buf), Ok(0)) || slow_head.write_all(b"a").is_err() {
                cut = true;
                break;
            }
        }
    }
    assert!(cut, "a head trickling forever was not cut off");

    // A body that stops coming: 408, then closed.
    let mut slow_body = connect();
    slow_body
        .write_all(b"POST /signin HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nemail=")
        .unwrap();
    let (bytes, closed) = read_until_closed(&mut slow_body, within);
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
    assert!(closed, "the connection stayed open after the 408");

    // An idle keep-alive connection after its answer.
    let mut idle = connect();
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    let (bytes, closed) = read_until_closed(&mut idle, within);
    assert!(String::from_utf8_lossy(&bytes).starts_with("HTTP/1.1 200"));
    assert!(
        closed,
        "an idle keep-alive connection was kept past its clock"
    );

    // A client that asks for 60 exports in a row (pipelined) and reads none: more than the
    // kernel's socket buffers take, so the server's write waits on the client, and the write
    // clock drops it. Reading afterwards finds the connection closed before all the answers.
    let (mut client, _) = signed_in(&serve);
    let cookie = session_cookie(&client);
    let whole = 60 * client.get("/export?format=json").body.len();
    let mut stalled = connect_small_window(addr).unwrap();
    let ask = format!("GET /export?format=json HTTP/1.1\r\nHost: x\r\nCookie: {cookie}\r\n\r\n");
    stalled.write_all(ask.repeat(60).as_bytes()).unwrap();
    std::thread::sleep(clock + Duration::from_secs(4));
    let (bytes, closed) = read_until_closed(&mut stalled, within + Duration::from_secs(10));
    assert!(closed, "a client that did not read was kept");
    assert!(
        bytes.len() < whole,
        "all 60 exports ({} bytes of {whole}) arrived though the client did not read",
        bytes.len()
    );
    assert_eq!(probe(addr, "/healthz", Duration::from_secs(5)), Ok(200));
}
