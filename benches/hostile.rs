//! Hostile input to the installation readers, against the real `licensedesk serve` process
//! (release build) through the Diagnose page as a signed-in user meets it:
//!
//!     cargo bench --bench hostile
//!
//! Every adversarial input is sent at 64 KiB, 512 KiB and 1 MiB, each time to a freshly started
//! server (so that memory kept by the allocator from an earlier request hides nothing); for each
//! the time of the request and the server's peak RSS above its RSS just before it are printed
//! (the kernel's high-water mark, `VmHWM`), the best of three runs, then the ratios between sizes
//! (8 and 2 for linear growth). Then the large cases: a 350,000-entry zip, a 31 MiB upload, and
//! four of those at once.

use std::io::{BufRead, BufReader, Write};
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use licensedesk::auth::Token;
use licensedesk::domain::{AccountState, Email};
use licensedesk::store::{self, accounts, sessions};

const BINARY: &str = env!("CARGO_BIN_EXE_licensedesk");
const KIB: usize = 1024;
const MIB: usize = 1024 * 1024;
const SIZES: [usize; 3] = [64 * KIB, 512 * KIB, MIB];
const BOUNDARY: &str = "----hostileBench7MA4YWxkTrZu0gW";

fn main() {
    let data = tempfile::tempdir().expect("a temporary directory");
    let cookie = seed(data.path());
    // One request to a fresh server: its time and its peak above the server's RSS before it.
    let fresh = |body: &Body| -> Measure {
        let server = Serve::start(data.path());
        let client = Client::new(server.addr, cookie.clone());
        client.measure(&server, body)
    };

    let inputs: Vec<(&str, MakeBody)> = vec![
        ("nested XML, pasted", |n| paste(&nested(n))),
        ("nested XML, uploaded as dbconfig.xml", |n| {
            upload("dbconfig.xml", nested(n).into_bytes())
        }),
        ("nested XML as dbconfig.xml in a zip", |n| {
            upload(
                "support.zip",
                zip_of(&[("atlassian/jira/dbconfig.xml", nested(n).as_bytes())]),
            )
        }),
        ("`server ` repeated, pasted", |n| paste(&servers(n))),
        ("`server ` repeated, uploaded", |n| {
            upload("system-info.txt", servers(n).into_bytes())
        }),
        ("zip of 64 entries of `server ` (64 x size)", |n| {
            let text = servers(n);
            let names: Vec<String> = (0..64).map(|i| format!("notes/{i}.txt")).collect();
            let entries: Vec<(&str, &[u8])> = names
                .iter()
                .map(|name| (name.as_str(), text.as_bytes()))
                .collect();
            upload("support.zip", zip_of(&entries))
        }),
        ("zip of empty entries (size of the zip)", |n| {
            upload("many.zip", many_entry_zip(n / 86))
        }),
        ("multipart upload of binary data", |n| {
            upload("blob.bin", noise(n))
        }),
    ];

    println!(
        "{:<46} {:>9} {:>10} {:>12} {:>7}",
        "input", "size", "time ms", "peak +MiB", "status"
    );
    let mut ratios = Vec::new();
    for (name, make) in &inputs {
        let mut measured = Vec::new();
        for size in SIZES {
            let body = make(size);
            // The best of three: the machine is shared.
            let mut best: Option<Measure> = None;
            for _ in 0..3 {
                let m = fresh(&body);
                if best.as_ref().is_none_or(|b| m.time < b.time) {
                    best = Some(m);
                }
            }
            let m = best.expect("measured");
            println!(
                "{:<46} {:>9} {:>10.1} {:>12.2} {:>7}",
                name,
                human(size),
                m.time.as_secs_f64() * 1000.0,
                m.peak_kib as f64 / 1024.0,
                m.status
            );
            measured.push(m);
        }
        ratios.push((*name, measured));
    }

    println!();
    println!(
        "{:<46} {:>14} {:>14} {:>14} {:>14}",
        "ratios (linear: 8, 2)", "time 512K/64K", "time 1M/512K", "peak 512K/64K", "peak 1M/512K"
    );
    for (name, m) in &ratios {
        let t = |i: usize| m[i].time.as_secs_f64().max(1e-6);
        let p = |i: usize| (m[i].peak_kib as f64).max(1.0);
        println!(
            "{:<46} {:>14.1} {:>14.1} {:>14.1} {:>14.1}",
            name,
            t(1) / t(0),
            t(2) / t(1),
            p(1) / p(0),
            p(2) / p(1)
        );
    }

    println!();
    println!(
        "{:<46} {:>10} {:>12} {:>7}",
        "large input", "time ms", "peak +MiB", "status"
    );
    let large: Vec<(&str, Body)> = vec![
        (
            "zip of 350,000 empty entries (30 MiB)",
            upload("many.zip", many_entry_zip(350_000)),
        ),
        (
            "31 MiB upload (a config and a 31 MiB log)",
            upload("support.zip", big_support_zip(31 * MIB)),
        ),
    ];
    for (name, body) in &large {
        let m = fresh(body);
        println!(
            "{:<46} {:>10.1} {:>12.2} {:>7}  (upload {:.1} MiB)",
            name,
            m.time.as_secs_f64() * 1000.0,
            m.peak_kib as f64 / 1024.0,
            m.status,
            body.bytes.len() as f64 / MIB as f64
        );
    }
    let big = upload("support.zip", big_support_zip(31 * MIB));
    let server = Serve::start(data.path());
    let client = Client::new(server.addr, cookie.clone());
    let before = server.rss_kib();
    let started = Instant::now();
    let statuses: Vec<u16> = std::thread::scope(|scope| {
        let senders: Vec<_> = (0..4).map(|_| scope.spawn(|| client.post(&big))).collect();
        senders
            .into_iter()
            .map(|s| s.join().expect("a sender"))
            .collect()
    });
    println!(
        "{:<46} {:>10.1} {:>12.2} {:>7}",
        "four 31 MiB uploads at once",
        started.elapsed().as_secs_f64() * 1000.0,
        server.peak_kib().saturating_sub(before) as f64 / 1024.0,
        format!("{statuses:?}")
    );
}

fn human(bytes: usize) -> String {
    if bytes >= MIB {
        format!("{} MiB", bytes / MIB)
    } else {
        format!("{} KiB", bytes / KIB)
    }
}

fn nested(bytes: usize) -> String {
    "<a>".repeat(bytes / 3)
}

fn servers(bytes: usize) -> String {
    "server ".repeat(bytes / 7)
}

/// Bytes that neither compress nor look like text.
fn noise(bytes: usize) -> Vec<u8> {
    (0..bytes as u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect()
}

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, contents) in entries {
        writer.start_file(*name, options).expect("an entry");
        writer.write_all(contents).expect("written");
    }
    writer.finish().expect("a zip").into_inner()
}

/// A support zip: a real config file and a log of `bytes` the reader skips, stored.
fn big_support_zip(bytes: usize) -> Vec<u8> {
    let cfg = "<confluence-configuration><properties><property name=\"confluence.setup.server.id\">B7QW-LK2M-9HZD-XR4T</property></properties></confluence-configuration>";
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    writer
        .start_file("application-config/confluence.cfg.xml", stored)
        .expect("an entry");
    writer.write_all(cfg.as_bytes()).expect("written");
    writer
        .start_file("application-logs/atlassian-confluence.log", stored)
        .expect("an entry");
    writer.write_all(&noise(bytes)).expect("written");
    writer.finish().expect("a zip").into_inner()
}

/// A zip of `count` empty stored entries in the zip64 format, written by hand.
fn many_entry_zip(count: usize) -> Vec<u8> {
    let mut local = Vec::new();
    let mut central = Vec::new();
    for index in 0..count {
        let name = format!("{index:x}");
        let offset = local.len() as u32;
        local.extend_from_slice(b"PK\x03\x04");
        local.extend_from_slice(&[20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        local.extend_from_slice(&[0; 12]);
        local.extend_from_slice(&(name.len() as u16).to_le_bytes());
        local.extend_from_slice(&[0, 0]);
        local.extend_from_slice(name.as_bytes());
        central.extend_from_slice(b"PK\x01\x02");
        central.extend_from_slice(&[20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        central.extend_from_slice(&[0; 12]);
        central.extend_from_slice(&(name.len() as u16).to_le_bytes());
        central.extend_from_slice(&[0; 12]);
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let (directory_offset, directory_size) = (local.len() as u64, central.len() as u64);
    let mut zip = local;
    zip.extend_from_slice(&central);
    let record_offset = zip.len() as u64;
    zip.extend_from_slice(b"PK\x06\x06");
    zip.extend_from_slice(&44u64.to_le_bytes());
    zip.extend_from_slice(&[45, 0, 45, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    zip.extend_from_slice(&(count as u64).to_le_bytes());
    zip.extend_from_slice(&(count as u64).to_le_bytes());
    zip.extend_from_slice(&directory_size.to_le_bytes());
    zip.extend_from_slice(&directory_offset.to_le_bytes());
    zip.extend_from_slice(b"PK\x06\x07\0\0\0\0");
    zip.extend_from_slice(&record_offset.to_le_bytes());
    zip.extend_from_slice(&1u32.to_le_bytes());
    zip.extend_from_slice(b"PK\x05\x06\0\0\0\0");
    zip.extend_from_slice(&[0xFF; 12]);
    zip.extend_from_slice(&[0, 0]);
    zip
}

/// Makes one adversarial input of a size.
type MakeBody = fn(usize) -> Body;

/// A multipart body without its CSRF field, which the client adds.
struct Body {
    bytes: Vec<u8>,
}

fn part_header(name: &str, filename: Option<&str>) -> String {
    match filename {
        Some(file) => format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        ),
        None => format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n"),
    }
}

fn paste(text: &str) -> Body {
    let mut bytes = part_header("key", None).into_bytes();
    bytes.extend_from_slice(text.as_bytes());
    bytes.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    Body { bytes }
}

fn upload(filename: &str, data: Vec<u8>) -> Body {
    let mut bytes = part_header("file", Some(filename)).into_bytes();
    bytes.extend_from_slice(&data);
    bytes.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    Body { bytes }
}

struct Measure {
    time: Duration,
    peak_kib: u64,
    status: u16,
}

struct Client {
    base: String,
    cookie: String,
    csrf_part: Vec<u8>,
    agent: ureq::Agent,
}

impl Client {
    fn new(addr: SocketAddr, cookie: String) -> Client {
        let agent = ureq::AgentBuilder::new()
            .redirects(0)
            .timeout(Duration::from_secs(600))
            .build();
        let base = format!("http://{addr}");
        let page = agent
            .get(&format!("{base}/diagnose"))
            .set("Cookie", &cookie)
            .call()
            .expect("the Diagnose page")
            .into_string()
            .expect("a page");
        let csrf = page
            .split("name=\"csrf\" value=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("a CSRF field")
            .to_string();
        let mut csrf_part = part_header("csrf", None).into_bytes();
        csrf_part.extend_from_slice(csrf.as_bytes());
        csrf_part.extend_from_slice(b"\r\n");
        Client {
            base,
            cookie,
            csrf_part,
            agent,
        }
    }

    fn post(&self, body: &Body) -> u16 {
        let mut bytes = self.csrf_part.clone();
        bytes.extend_from_slice(&body.bytes);
        let response = self
            .agent
            .post(&format!("{}/diagnose", self.base))
            .set("Cookie", &self.cookie)
            .set(
                "Content-Type",
                &format!("multipart/form-data; boundary={BOUNDARY}"),
            )
            .send_bytes(&bytes);
        match response {
            Ok(r) => r.status(),
            Err(ureq::Error::Status(status, _)) => status,
            Err(e) => panic!("the request failed: {e}"),
        }
    }

    fn measure(&self, server: &Serve, body: &Body) -> Measure {
        let before = server.rss_kib();
        let started = Instant::now();
        let status = self.post(body);
        let time = started.elapsed();
        Measure {
            time,
            peak_kib: server.peak_kib().saturating_sub(before),
            status,
        }
    }
}

/// An administrator with a session, written to the database before the server starts.
fn seed(data: &Path) -> String {
    let conn = store::open(&data.join(store::DATABASE_FILE)).expect("the database");
    let now = store::unix_now();
    let hash = bcrypt::hash("benchmark password", 4).expect("bcrypt");
    let admin = accounts::insert(
        &conn,
        &accounts::NewAccount {
            email: &Email::parse("admin@example.com").expect("an address"),
            display_name: "",
            password_hash: Some(&hash),
            is_admin: true,
            state: AccountState::Active,
        },
        now,
    )
    .expect("an account");
    let token = Token::generate();
    sessions::insert(
        &conn,
        &sessions::NewSession {
            token_hash: &token.hash(),
            account_id: admin,
            csrf_token: Token::generate().as_str(),
            persistent: true,
            expires_at: now + 86_400,
        },
        now,
    )
    .expect("a session");
    format!("ld_session={}", token.as_str())
}

/// A `licensedesk serve` child process (release build).
struct Serve {
    child: Child,
    addr: SocketAddr,
}

impl Serve {
    fn start(data: &Path) -> Serve {
        let mut child = Command::new(BINARY)
            .args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
            .arg(data)
            .env_remove("LICENSEDESK_DATA_DIR")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("licensedesk serve starts");
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
        let mut line = String::new();
        let addr = loop {
            line.clear();
            if stdout.read_line(&mut line).expect("a line") == 0 {
                panic!("serve ended before it listened");
            }
            if let Some(url) = line.trim().strip_prefix("licensedesk listening on http://") {
                break url.parse().expect("an address");
            }
        };
        std::thread::spawn(move || for _ in stdout.lines() {});
        Serve { child, addr }
    }

    fn status_field(&self, field: &str) -> u64 {
        std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default()
            .lines()
            .find_map(|line| line.strip_prefix(field))
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|kib| kib.parse().ok())
            .unwrap_or(0)
    }

    fn rss_kib(&self) -> u64 {
        self.status_field("VmRSS:")
    }

    fn peak_kib(&self) -> u64 {
        self.status_field("VmHWM:")
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
