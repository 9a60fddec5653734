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
use crate::support::encoder::{self, Signing};
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
    let mut properties = encoder::sample_properties(sen, "conf");
    properties.retain(|(name, _)| name != "NumberOfUsers");
    properties.push(("NumberOfUsers".into(), users.to_string()));
    encoder::encode_with(&properties, Signing::TestKey)
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
    ];
    let mut command = match open_files {
        Some(limit) => {
            let mut sh = Command::new("sh");
            sh.arg("-c")
                .arg(format!("ulimit -n {limit}; exec \"$0\" \"$@\""))
                .arg(bin)
                .args(args)
                .env_remove("LICENSEDESK_DATA_DIR")
                .env_remove("LICENSEDESK_LISTEN");
            sh
        }
        None => {
            let mut command = binary();
            command.args(args);
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
    let serve = serve(data.path(), Some(64));
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

#[test]
fn five_hundred_slow_clients_do_not_stop_a_normal_client() {
    let slow_clients = 500;
    let (hold, byte_every) = if long() {
        (Duration::from_secs(120), Duration::from_secs(5))
    } else {
        (Duration::from_secs(10), Duration::from_secs(2))
    };
    raise_own_open_file_limit(4096);
    let data = tempfile::tempdir().unwrap();
    add_owner(data.path());
    // tiny_http holds two descriptors per connection; the default limit of 1024 would run out.
    let serve = serve(data.path(), Some(4096));
    let addr = addr_of(&serve);
    let pid = serve.child.id();
    let (mut client, _) = signed_in(&serve);
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
            std::thread::sleep(Duration::from_millis(20));
        }
        latencies.sort();
        (latencies, failures)
    };
    let (quiet, quiet_failures) = timed_pages(50, &mut client);
    assert_eq!(quiet_failures, 0);
    let idle = process_status(pid);

    let mut slow: Vec<TcpStream> = Vec::new();
    for _ in 0..slow_clients {
        let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(5))
            .expect("a slow client connects");
        stream
            .write_all(b"GET /licences HTTP/1.1\r\nHost: x\r\nX-Slow: ")
            .unwrap();
        slow.push(stream);
    }
    let stop = Arc::new(AtomicBool::new(false));
    let tick = Duration::from_millis(100);
    let slots = (byte_every.as_millis() / tick.as_millis()).max(1) as usize;
    let dripper = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let mut turn = 0usize;
            let mut broken = 0usize;
            while !stop.load(Ordering::SeqCst) {
                for (i, stream) in slow.iter_mut().enumerate() {
                    if i % slots == turn % slots && stream.write_all(b"a").is_err() {
                        broken += 1;
                    }
                }
                turn += 1;
                std::thread::sleep(tick);
            }
            // Still held: each accepts one more byte.
            let open = slow
                .iter_mut()
                .map(|s| s.write_all(b"a").is_ok())
                .filter(|ok| *ok)
                .count();
            (open, broken)
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
    let (still_open, broken) = dripper.join().unwrap();
    latencies.sort();
    std::thread::sleep(Duration::from_millis(500));
    let after = process_status(pid);

    println!(
        "slow clients: {slow_clients} clients sending one header byte every {} s, held {} s",
        byte_every.as_secs(),
        hold.as_secs()
    );
    println!("| normal client GET /licences | requests | p50 | p99 | max | failed |");
    println!("|---|---|---|---|---|---|");
    for (label, l, f) in [
        ("without slow clients", &quiet, quiet_failures),
        ("with slow clients", &latencies, failures),
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
        "server: idle {} threads, {} KiB RSS, {} open files; with the slow clients at most {} threads, \
         {} KiB RSS, {} open files; 500 ms after they went {} threads, {} KiB RSS. \
         Slow clients still held at the end: {still_open}/{slow_clients} ({broken} writes failed).",
        idle.threads,
        idle.rss_kib,
        idle.open_files,
        peak.threads,
        peak.rss_kib,
        peak.open_files,
        after.threads,
        after.rss_kib
    );
    assert_eq!(
        failures, 0,
        "the normal client's pages failed while slow clients were connected"
    );
    assert!(serve_log(data.path()).is_empty() || !serve_log(data.path()).contains("panicked"));
}
