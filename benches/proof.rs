//! The performance claims, each measured in one run on one machine against the real
//! `licensedesk serve` process (release build), and printed as a table:
//!
//!     cargo bench --bench proof                 # 100,000 licences
//!     cargo bench --bench proof -- 20000        # another count
//!
//! 1. Search by SEN over N licences: p50/p99 of `GET /licences?q=SEN-…` (goal: p99 under 10 ms),
//!    beside the same server's `/healthz` on the same kind of connection. Substring searches
//!    through the index (goal: p99 under 10 ms for three characters or more) and of two Chinese
//!    characters (goal: p99 under 50 ms), and a check that `müller`, `MÜLLER` and `Müller`
//!    find the same licences. Of every seven organisations two are German, one Chinese and one
//!    Japanese.
//! 2. Sign-in flood: 50 wrong passwords a second (bcrypt at the default cost 12) while a
//!    signed-in user reads pages; the page p99 with the flood against without it (goal: at most
//!    2×). Two floods: from one address at one account (the throttle answers most), and spread
//!    over 64 loopback addresses and as many accounts (every attempt runs bcrypt).
//! 3. Idle memory (RSS of an idle `serve`, goal under 20 MiB), the stripped binary's size, and
//!    the cold start to the first 200 with an N-licence database.
//!
//! Every licences page whose time is measured names a different row to open, none on the page
//! (see `uncached`), so the page cache answers none of them: each is searched and rendered.
//! Each is then kept on the cache's plain shelf (a copy of the page, a few microseconds), which
//! stays full (2 MiB) from then on: the RSS printed after the load includes it.
//!
//! All traffic goes to 127.0.0.1 (and 127.0.0.2–65 for the spread flood); every loop is bounded.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use licensedesk::auth::Token;
use licensedesk::domain::{AccountId, AccountState, Deployment, Email};
use licensedesk::store::{self, accounts, licences, sessions};

const BINARY: &str = env!("CARGO_BIN_EXE_licensedesk");
const ADMIN: &str = "admin@example.com";
const CONTACT: &str = "contact@example.com";

fn main() {
    let count: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(100_000);
    let data = tempfile::tempdir().expect("a temporary directory");
    eprintln!("seeding {count} licences through the store API…");
    let started = Instant::now();
    let seeded = seed(data.path(), count);
    eprintln!("seeded in {:.1} s", started.elapsed().as_secs_f64());
    let mut rows: Vec<[String; 3]> = Vec::new();

    // Cold start: the process from exec to its first 200, on the seeded database. The page
    // cache is dropped first when the machine allows it (root, writable /proc/sys).
    let dropped = std::fs::write("/proc/sys/vm/drop_caches", "3").is_ok();
    let cold = Instant::now();
    let mut server = Serve::start(data.path(), &[]);
    let first_health = server.wait_for_200("/healthz", None);
    let first_page_at = {
        let mut conn = load::Conn::open(server.addr);
        let (status, _) = conn.get("/licences", Some(&seeded.admin_cookie));
        assert_eq!(status, 200);
        cold.elapsed()
    };
    rows.push(row(
        &format!(
            "cold start to the first 200 ({count} licences{})",
            if dropped {
                ", page cache dropped"
            } else {
                ", page cache warm"
            }
        ),
        &format!(
            "{} (/healthz), {} (signed-in /licences)",
            ms(first_health.min(cold.elapsed())),
            ms(first_page_at)
        ),
        "",
    ));

    // 1. Search by SEN.
    let mut conn = load::Conn::open(server.addr);
    eprintln!("measuring: searches…");
    let health = load::sample(&mut conn, 1000, |_| ("/healthz".to_owned(), None));
    let mut rng = Lcg(42);
    let admin_search = load::sample(&mut conn, 300, |_| {
        (
            uncached(&format!(
                "/licences?q=SEN-{}",
                1_000_000 + rng.below(count as u64)
            )),
            Some(seeded.admin_cookie.clone()),
        )
    });
    let contact_search = load::sample(&mut conn, 300, |i| {
        // Half the SENs the contact sees, half they do not.
        let n = if i % 2 == 0 {
            seeded.contact_sens[i % seeded.contact_sens.len()]
        } else {
            1_000_000 + rng.below(count as u64)
        };
        (
            uncached(&format!("/licences?q=SEN-{n}")),
            Some(seeded.contact_cookie.clone()),
        )
    });
    let list_page = load::sample(&mut conn, 200, |_| {
        (uncached("/licences"), Some(seeded.admin_cookie.clone()))
    });
    for (label, s) in [
        ("GET /healthz (same server, same connection)", &health),
        ("search by SEN, as admin (sees all)", &admin_search),
        ("search by SEN, as a contact (sees 1,000)", &contact_search),
        ("GET /licences, first page of 50", &list_page),
    ] {
        rows.push(row(
            &format!("{label}: p50 / p99 over {}", s.len()),
            &format!("{} / {}", ms(s.p(50.0)), ms(s.p(99.0))),
            if label.starts_with("search by SEN") {
                let verdict = if s.p(99.0) < Duration::from_millis(10) {
                    "met"
                } else {
                    "NOT met"
                };
                format!(
                    "goal p99 < 10 ms: {verdict}; p99 / healthz p99 = {:.1}",
                    s.p(99.0).as_secs_f64() / health.p(99.0).as_secs_f64()
                )
            } else {
                String::new()
            }
            .as_str(),
        ));
    }

    // 1b. Substring search through the index: three or more characters (once folded) as a
    // phrase, two Chinese or Japanese characters as the OR of the trigrams they start.
    eprintln!("measuring: substring searches…");
    let q = |text: &str| {
        format!(
            "/licences?q={}",
            percent_encoding::utf8_percent_encode(text, percent_encoding::NON_ALPHANUMERIC)
        )
    };
    let fixed = |text: &'static str, cookie: &String| {
        let (path, cookie) = (q(text), cookie.clone());
        move |_: usize| (uncached(&path), Some(cookie.clone()))
    };
    let text_searches = [
        (
            "substring `Customer <n>` (an organisation, 0 to 11 found), as admin",
            load::sample(&mut conn, 300, |_| {
                (
                    uncached(&q(&format!("Customer {}", rng.below(count as u64)))),
                    Some(seeded.admin_cookie.clone()),
                )
            }),
            10,
        ),
        (
            "substring `müller` (2 organisations in 7 are Müller's), as admin",
            load::sample(&mut conn, 200, fixed("müller", &seeded.admin_cookie)),
            10,
        ),
        (
            "substring `MÜLLER`, as admin",
            load::sample(&mut conn, 200, fixed("MÜLLER", &seeded.admin_cookie)),
            10,
        ),
        (
            "substring `汇科信息` (four CJK characters, 1 in 7), as admin",
            load::sample(&mut conn, 200, fixed("汇科信息", &seeded.admin_cookie)),
            10,
        ),
        (
            "substring `müller`, as a contact (sees 1,000)",
            load::sample(&mut conn, 200, fixed("müller", &seeded.contact_cookie)),
            10,
        ),
        (
            "two CJK characters `汇科` (the trigrams they start), as admin",
            load::sample(&mut conn, 100, fixed("汇科", &seeded.admin_cookie)),
            50,
        ),
        (
            "two CJK characters `汇科`, as a contact (sees 1,000)",
            load::sample(&mut conn, 100, fixed("汇科", &seeded.contact_cookie)),
            50,
        ),
    ];
    for (label, s, goal_ms) in &text_searches {
        let verdict = if s.p(99.0) < Duration::from_millis(*goal_ms) {
            "met"
        } else {
            "NOT met"
        };
        rows.push(row(
            &format!("{label}: p50 / p99 over {}", s.len()),
            &format!("{} / {}", ms(s.p(50.0)), ms(s.p(99.0))),
            &format!("goal p99 < {goal_ms} ms: {verdict}"),
        ));
    }
    // The same licences for `müller` and `MÜLLER`, on every page: the store's answer to both.
    {
        let db = store::open_to_read(&data.path().join(store::DATABASE_FILE)).expect("the db");
        let viewer = licensedesk::domain::Viewer {
            account_id: seeded.admin,
            is_admin: true,
        };
        let all_of = |search: &str| {
            let query = licences::ListQuery {
                section: licensedesk::domain::Section::Licences,
                organisation: None,
                state: None,
                search,
                sort: licensedesk::domain::SortOrder::ExpirySoonest,
                group_by_organisation: false,
                page: 1,
                per_page: count as i64,
                columns: licences::ListColumns::Listed,
            };
            let page = licences::list(&db, viewer, &query).expect("a search");
            let ids: Vec<i64> = page.licences.iter().map(|l| l.id.0).collect();
            (page.total, ids)
        };
        let (lower, upper, title) = (all_of("müller"), all_of("MÜLLER"), all_of("Müller"));
        let same = lower == upper && upper == title;
        eprintln!(
            "müller: {} licences, MÜLLER: {}, Müller: {}; the same licences in the same order: {same}",
            lower.0, upper.0, title.0
        );
        rows.push(row(
            "`müller`, `MÜLLER` and `Müller` give the same licences (all pages, through the store)",
            &format!(
                "{} / {} / {} licences; same ids in the same order: {}",
                lower.0,
                upper.0,
                title.0,
                if same { "yes" } else { "NO" }
            ),
            if same && lower.0 > 0 {
                "met"
            } else {
                "NOT met"
            },
        ));
    }

    // 2. Sign-in flood against page latency.
    eprintln!("measuring: sign-in floods…");
    let quiet = page_reads(server.addr, &seeded.admin_cookie, Duration::from_secs(10));
    for spread in [false, true] {
        let flood = Flood::start(server.addr, 50, spread);
        let loud = page_reads(server.addr, &seeded.admin_cookie, Duration::from_secs(10));
        let (sent, statuses) = flood.stop();
        let ratio = loud.p(99.0).as_secs_f64() / quiet.p(99.0).as_secs_f64();
        rows.push(row(
            &format!(
                "page p99 with 50 wrong sign-ins/s {} vs without",
                if spread {
                    "from 64 addresses at 64 accounts (all run bcrypt)"
                } else {
                    "from one address at one account (throttled)"
                }
            ),
            &format!(
                "{} vs {} (p50 {} vs {}); flood answers: {sent} sent, {statuses}",
                ms(loud.p(99.0)),
                ms(quiet.p(99.0)),
                ms(loud.p(50.0)),
                ms(quiet.p(50.0)),
            ),
            &format!(
                "ratio {ratio:.2}; goal at most 2: {}",
                if ratio <= 2.0 { "met" } else { "NOT met" }
            ),
        ));
        // Let the throttle windows and bcrypt queue drain before the next measurement.
        std::thread::sleep(Duration::from_secs(2));
    }
    let seeded_rss = server.status();
    server.stop();

    // 3. Idle memory, fresh and seeded; binary size.
    eprintln!("measuring: idle memory and size…");
    let fresh = tempfile::tempdir().expect("a temporary directory");
    let mut idle = Serve::start(fresh.path(), &[]);
    idle.wait_for_200("/healthz", None);
    std::thread::sleep(Duration::from_secs(3));
    let fresh_status = idle.status();
    idle.stop();
    let mut idle = Serve::start(data.path(), &[]);
    idle.wait_for_200("/healthz", None);
    {
        let mut conn = load::Conn::open(idle.addr);
        conn.get("/licences", Some(&seeded.admin_cookie));
    }
    std::thread::sleep(Duration::from_secs(3));
    let seeded_idle = idle.status();
    idle.stop();
    rows.push(row(
        "idle RSS of `licensedesk serve`, fresh data dir",
        &format!(
            "{:.1} MiB ({} threads)",
            mib(fresh_status.rss_kib),
            fresh_status.threads
        ),
        &format!(
            "goal < 20 MiB: {}",
            if fresh_status.rss_kib < 20 * 1024 {
                "met"
            } else {
                "NOT met"
            }
        ),
    ));
    rows.push(row(
        &format!("idle RSS after serving a page of the {count}-licence database"),
        &format!(
            "{:.1} MiB ({} threads)",
            mib(seeded_idle.rss_kib),
            seeded_idle.threads
        ),
        &format!(
            "goal < 20 MiB: {}; RSS at the end of the load above: {:.1} MiB",
            if seeded_idle.rss_kib < 20 * 1024 {
                "met"
            } else {
                "NOT met"
            },
            mib(seeded_rss.rss_kib)
        ),
    ));
    let (size, stripped) = binary_sizes();
    rows.push(row(
        "binary size (release), as built / stripped",
        &format!(
            "{:.1} MiB / {:.1} MiB",
            size as f64 / 1048576.0,
            stripped as f64 / 1048576.0
        ),
        "",
    ));

    println!();
    println!("| measure | result | goal |");
    println!("|---|---|---|");
    for [a, b, c] in rows {
        println!("| {a} | {b} | {c} |");
    }
    drop(data);
}

fn row(a: &str, b: &str, c: &str) -> [String; 3] {
    [a.to_owned(), b.to_owned(), c.to_owned()]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n.max(1)
    }
}

struct Seeded {
    admin: AccountId,
    admin_cookie: String,
    contact_cookie: String,
    contact_sens: Vec<u64>,
}

/// N licences (SEN-1000000 …), an admin, and a contact on every 100th licence, with a session
/// each made through the store (so the benchmark needs no bcrypt to sign in).
fn seed(data: &Path, count: usize) -> Seeded {
    let mut conn = store::open(&data.join(store::DATABASE_FILE)).expect("the database");
    let now = store::unix_now();
    let tx = conn.transaction().expect("a transaction");
    let hash = bcrypt::hash("benchmark password", 12).expect("bcrypt");
    let account = |email: &str, admin: bool| -> AccountId {
        accounts::insert(
            &tx,
            &accounts::NewAccount {
                email: &Email::parse(email).expect("an address"),
                display_name: "",
                password_hash: Some(&hash),
                is_admin: admin,
                state: AccountState::Active,
            },
            now,
        )
        .expect("an account")
    };
    let (admin, contact) = (account(ADMIN, true), account(CONTACT, false));
    let products = ["Jira", "Confluence", "Bitbucket", "Bamboo", "Crowd"];
    // Organisations in German, Chinese and Japanese beside plain ones, each with its number.
    const ORGANISATIONS: [&str; 7] = [
        "Customer",
        "Müller & Söhne GmbH",
        "Customer",
        "MÜLLER Werkzeugbau AG",
        "上海汇科信息技术有限公司",
        "Customer",
        "株式会社サンプル商事",
    ];
    let mut contact_sens = Vec::new();
    // The licences arrive as an import's do: in one batch, which the search index takes at its
    // end (row by row, the index is left in about seventeen segments, which every search reads).
    store::search::in_one_batch(&tx, || -> Result<(), rusqlite::Error> {
        for n in 0..count {
            let sen = 1_000_000 + n as u64;
            let day = jiff::civil::date(2026, 1, 1)
                .checked_add(jiff::Span::new().days((n % 1500) as i64))
                .expect("a date");
            let id = licences::insert(
                &tx,
                &licensedesk::domain::LicenceFields {
                    product: products[n % products.len()].into(),
                    name: format!(
                        "{} (Server) 500 Users: Commercial License",
                        products[n % products.len()]
                    ),
                    deployment: if n % 3 == 0 {
                        Deployment::DataCenter
                    } else {
                        Deployment::Server
                    },
                    user_tier: Some(500),
                    server_id: Some(format!(
                        "B{:03}-C{:03}-D{:03}-E{:03}",
                        n % 1000,
                        n / 1000 % 1000,
                        n % 997,
                        n % 991
                    )),
                    organisation: format!("{} {n}", ORGANISATIONS[n % ORGANISATIONS.len()]),
                    support_expiry: Some(day),
                    archived: n % 50 == 0,
                    is_evaluation: n % 40 == 1,
                    ..licensedesk::domain::LicenceFields::sample(&format!("SEN-{sen}"))
                },
                now,
            )
            .expect("a licence");
            if n % 100 == 7 {
                licences::add_contact(&tx, id, contact, "technical", now).expect("a contact");
                contact_sens.push(sen);
            }
        }
        Ok(())
    })
    .expect("the search index");
    let cookie = |account: AccountId| {
        let token = Token::generate();
        sessions::insert(
            &tx,
            &sessions::NewSession {
                token_hash: &token.hash(),
                account_id: account,
                csrf_token: Token::generate().as_str(),
                persistent: true,
                expires_at: now + 86_400,
            },
            now,
        )
        .expect("a session");
        format!("ld_session={}", token.as_str())
    };
    let admin_cookie = cookie(admin);
    let contact_cookie = cookie(contact);
    tx.commit().expect("the commit");
    Seeded {
        admin,
        admin_cookie,
        contact_cookie,
        contact_sens,
    }
}

/// A `licensedesk serve` child process (release build).
struct Serve {
    child: Child,
    addr: SocketAddr,
    started: Instant,
}

#[derive(Default, Clone, Copy)]
struct Status {
    rss_kib: u64,
    threads: u64,
}

impl Serve {
    fn start(data: &Path, extra: &[&str]) -> Serve {
        let started = Instant::now();
        let mut child = Command::new(BINARY)
            .args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
            .arg(data)
            .args(extra)
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
        Serve {
            child,
            addr,
            started,
        }
    }

    /// Polls until the path answers 200; returns the time since the process was started.
    fn wait_for_200(&self, path: &str, cookie: Option<&str>) -> Duration {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok(stream) = TcpStream::connect(self.addr) {
                let mut conn = load::Conn::from(stream);
                if conn.try_get(path, cookie).is_some_and(|(s, _)| s == 200) {
                    return self.started.elapsed();
                }
            }
            assert!(Instant::now() < deadline, "no 200 from {path} within 60 s");
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    fn status(&self) -> Status {
        let text = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default();
        let field = |name: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(name))
                .and_then(|v| v.split_whitespace().next())
                .and_then(|v| v.parse().ok())
                .unwrap_or(0)
        };
        Status {
            rss_kib: field("VmRSS:"),
            threads: field("Threads:"),
        }
    }

    fn stop(&mut self) {
        // SIGTERM, the clean stop an administrator uses.
        let _ = Command::new("kill")
            .arg(self.child.id().to_string())
            .status();
        let _ = self.child.wait();
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `path` (a licences page) asking to open a row that no page holds, a different one at every
/// call: the server renders the same page as for `path` (a row not on the page opens nothing),
/// but no two requests name the same page, so the page cache, which keeps a page per session
/// and link, never answers one. What is measured is the search and the render, as on a first
/// view.
fn uncached(path: &str) -> String {
    static NEXT: AtomicU64 = AtomicU64::new(1 << 40);
    let row = NEXT.fetch_add(1, Ordering::Relaxed);
    let separator = if path.contains('?') { '&' } else { '?' };
    format!("{path}{separator}open={row}")
}

/// Reads the licences page every 20 ms for `duration`, one keep-alive connection.
fn page_reads(addr: SocketAddr, cookie: &str, duration: Duration) -> load::Latencies {
    let mut conn = load::Conn::open(addr);
    let started = Instant::now();
    let mut out = Vec::new();
    while started.elapsed() < duration {
        let t = Instant::now();
        let (status, _) = conn.get(&uncached("/licences"), Some(cookie));
        assert_eq!(status, 200, "the page failed during the measurement");
        out.push(t.elapsed());
        std::thread::sleep(Duration::from_millis(20));
    }
    load::Latencies::new(out)
}

/// Wrong passwords at a fixed rate, each on a new connection, until stopped.
struct Flood {
    stop: Arc<AtomicBool>,
    threads: Vec<std::thread::JoinHandle<Vec<u16>>>,
    sent: Arc<AtomicU64>,
}

impl Flood {
    fn start(addr: SocketAddr, per_second: u64, spread: bool) -> Flood {
        let stop = Arc::new(AtomicBool::new(false));
        let sent = Arc::new(AtomicU64::new(0));
        // Several senders, so a slow answer does not slow the rate down.
        let senders = 16u64;
        let threads = (0..senders)
            .map(|s| {
                let (stop, sent) = (stop.clone(), sent.clone());
                std::thread::spawn(move || {
                    let interval = Duration::from_secs_f64(senders as f64 / per_second as f64);
                    let mut next = Instant::now() + interval.mul_f64(s as f64 / senders as f64);
                    let mut statuses = Vec::new();
                    let mut n = s;
                    while !stop.load(Ordering::SeqCst) {
                        std::thread::sleep(next.saturating_duration_since(Instant::now()));
                        next += interval;
                        n += senders;
                        let (source, email) = if spread {
                            (
                                Some(std::net::Ipv4Addr::new(127, 0, 0, 2 + (n % 64) as u8)),
                                format!("nobody{n}@example.com"),
                            )
                        } else {
                            (None, ADMIN.to_owned())
                        };
                        sent.fetch_add(1, Ordering::SeqCst);
                        statuses.push(wrong_sign_in(addr, source, &email).unwrap_or(0));
                    }
                    statuses
                })
            })
            .collect();
        Flood {
            stop,
            threads,
            sent,
        }
    }

    /// Stops the flood; returns how many were sent and a count of each answer.
    fn stop(self) -> (u64, String) {
        self.stop.store(true, Ordering::SeqCst);
        let mut counts = std::collections::BTreeMap::new();
        for t in self.threads {
            for status in t.join().expect("a flood thread") {
                *counts.entry(status).or_insert(0) += 1;
            }
        }
        let text = counts
            .iter()
            .map(|(s, n)| {
                if *s == 0 {
                    format!("{n} failed")
                } else {
                    format!("{n}× {s}")
                }
            })
            .collect::<Vec<_>>()
            .join(", ");
        (self.sent.load(Ordering::SeqCst), text)
    }
}

/// One wrong sign-in from a source address: GET /signin for the form's token, then POST.
fn wrong_sign_in(addr: SocketAddr, source: Option<std::net::Ipv4Addr>, email: &str) -> Option<u16> {
    let connect = || -> Option<TcpStream> {
        match source {
            None => TcpStream::connect(addr).ok(),
            Some(ip) => {
                let socket =
                    socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None)
                        .ok()?;
                socket.bind(&SocketAddr::from((ip, 0)).into()).ok()?;
                socket.connect(&addr.into()).ok()?;
                Some(socket.into())
            }
        }
    };
    let mut conn = load::Conn::from(connect()?);
    let (status, page) = conn.try_get_full("/signin", None)?;
    if status != 200 {
        return Some(status);
    }
    let csrf = page.body_field("csrf")?;
    let cookie = page.cookie("ld_csrf")?;
    let body = form_urlencoded::Serializer::new(String::new())
        .append_pair("csrf", &csrf)
        .append_pair("email", email)
        .append_pair("password", "not the password at all")
        .finish();
    conn.post("/signin", &cookie, &body)
}

/// `strip`ped and unstripped sizes of the release binary.
fn binary_sizes() -> (u64, u64) {
    let size = std::fs::metadata(BINARY).map(|m| m.len()).unwrap_or(0);
    let dir = tempfile::tempdir().expect("a temporary directory");
    let copy: PathBuf = dir.path().join("licensedesk");
    std::fs::copy(BINARY, &copy).expect("a copy of the binary");
    let stripped = Command::new("strip")
        .arg(&copy)
        .status()
        .ok()
        .filter(|s| s.success())
        .and_then(|_| std::fs::metadata(&copy).ok())
        .map_or(0, |m| m.len());
    (size, stripped)
}

/// A minimal HTTP/1.1 keep-alive client for measuring: raw requests, the status, the body.
mod load {
    use super::*;

    pub struct Conn {
        stream: BufReader<TcpStream>,
        addr: Option<SocketAddr>,
    }

    pub struct Answer {
        pub headers: Vec<(String, String)>,
        pub body: String,
    }

    impl Answer {
        pub fn cookie(&self, name: &str) -> Option<String> {
            self.headers
                .iter()
                .filter(|(n, _)| n == "set-cookie")
                .filter_map(|(_, v)| v.split(';').next())
                .find(|pair| pair.starts_with(&format!("{name}=")))
                .map(str::to_owned)
        }

        pub fn body_field(&self, name: &str) -> Option<String> {
            let at = self.body.find(&format!("name=\"{name}\""))?;
            let tag_end = at + self.body[at..].find('>')?;
            let tag_start = self.body[..at].rfind('<')?;
            let tag = &self.body[tag_start..tag_end];
            let v = tag.find("value=\"")? + 7;
            Some(tag[v..v + tag[v..].find('"')?].to_owned())
        }
    }

    impl From<TcpStream> for Conn {
        fn from(stream: TcpStream) -> Conn {
            stream.set_nodelay(true).ok();
            stream.set_read_timeout(Some(Duration::from_secs(30))).ok();
            Conn {
                stream: BufReader::new(stream),
                addr: None,
            }
        }
    }

    impl Conn {
        pub fn open(addr: SocketAddr) -> Conn {
            let mut conn = Conn::from(TcpStream::connect(addr).expect("a connection"));
            conn.addr = Some(addr);
            conn
        }

        /// A GET; reconnects once if the server closed the keep-alive connection.
        pub fn get(&mut self, path: &str, cookie: Option<&str>) -> (u16, usize) {
            if let Some(answer) = self.try_get(path, cookie) {
                return answer;
            }
            let addr = self.addr.expect("an address to reconnect to");
            *self = Conn::open(addr);
            self.try_get(path, cookie).expect("an answer")
        }

        pub fn try_get(&mut self, path: &str, cookie: Option<&str>) -> Option<(u16, usize)> {
            self.try_get_full(path, cookie)
                .map(|(s, a)| (s, a.body.len()))
        }

        pub fn try_get_full(&mut self, path: &str, cookie: Option<&str>) -> Option<(u16, Answer)> {
            let cookie = cookie
                .map(|c| format!("Cookie: {c}\r\n"))
                .unwrap_or_default();
            let request = format!("GET {path} HTTP/1.1\r\nHost: bench\r\n{cookie}\r\n");
            self.stream.get_mut().write_all(request.as_bytes()).ok()?;
            self.read_answer()
        }

        pub fn post(&mut self, path: &str, cookie: &str, body: &str) -> Option<u16> {
            let request = format!(
                "POST {path} HTTP/1.1\r\nHost: bench\r\nCookie: {cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            );
            self.stream.get_mut().write_all(request.as_bytes()).ok()?;
            self.read_answer().map(|(s, _)| s)
        }

        fn read_answer(&mut self) -> Option<(u16, Answer)> {
            let mut line = String::new();
            if self.stream.read_line(&mut line).ok()? == 0 {
                return None;
            }
            let status = line.get(9..12)?.parse().ok()?;
            let mut headers = Vec::new();
            let mut length = 0usize;
            loop {
                line.clear();
                self.stream.read_line(&mut line).ok()?;
                let l = line.trim_end();
                if l.is_empty() {
                    break;
                }
                if let Some((n, v)) = l.split_once(':') {
                    let n = n.trim().to_ascii_lowercase();
                    if n == "content-length" {
                        length = v.trim().parse().ok()?;
                    }
                    headers.push((n, v.trim().to_owned()));
                }
            }
            let mut body = vec![0u8; length];
            self.stream.read_exact(&mut body).ok()?;
            Some((
                status,
                Answer {
                    headers,
                    body: String::from_utf8_lossy(&body).into_owned(),
                },
            ))
        }
    }

    /// Latencies, sorted, with percentiles.
    pub struct Latencies(Vec<Duration>);

    impl Latencies {
        pub fn new(mut v: Vec<Duration>) -> Latencies {
            v.sort();
            Latencies(v)
        }

        pub fn len(&self) -> usize {
            self.0.len()
        }

        pub fn p(&self, percent: f64) -> Duration {
            if self.0.is_empty() {
                return Duration::ZERO;
            }
            let rank = ((percent / 100.0) * self.0.len() as f64).ceil() as usize;
            self.0[rank.clamp(1, self.0.len()) - 1]
        }
    }

    /// `n` sequential GETs on one keep-alive connection; `request(i)` names each one.
    pub fn sample(
        conn: &mut Conn,
        n: usize,
        mut request: impl FnMut(usize) -> (String, Option<String>),
    ) -> Latencies {
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            let (path, cookie) = request(i);
            let t = Instant::now();
            let (status, _) = conn.get(&path, cookie.as_deref());
            out.push(t.elapsed());
            assert_eq!(status, 200, "{path}");
        }
        Latencies::new(out)
    }
}
