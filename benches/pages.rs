//! How fast the licences page serves a 10,000-licence inventory, compared with the same
//! server's `/healthz` (a static answer): `cargo bench --bench pages`.
//!
//! Seeds 10,000 licences with their contacts into a temporary data directory through the store
//! API, starts the real server in-process, signs in as an administrator (who sees all 10,000),
//! and drives each page with 32 keep-alive connections that send what a browser sends
//! (`Accept-Encoding: gzip`). Prints requests per second, p50 and p99 latency, the bytes of each
//! response, and each page's throughput as a fraction of /healthz's (the goal is at least 0.5).
//!
//! The server keeps rendered lists until the data under them changes (`http::page_cache`), so
//! the first three rows are what a user gets from the second view of a page on. The rows marked
//! "cache off" come from a second server on the same database with the cache turned off: what
//! every view costs when the inventory changes between views. "no gzip" is a client that does
//! not take gzip, for which the cache keeps the page as it is (not gzipped).
//!
//! `LICENSEDESK_BENCH_SECONDS` sets how long each page is measured (default 5, after a 1-second
//! warm-up); `LICENSEDESK_BENCH_CONNECTIONS` the number of connections (default 32);
//! `LICENSEDESK_BENCH_ONLY` measures only the pages whose label contains it (and /healthz),
//! which is handy under a profiler.

#[path = "support/load.rs"]
mod load;

use std::io::Read;
use std::net::SocketAddr;
use std::time::Duration;

use jiff::ToSpan;
use licensedesk::commands::serve;
use licensedesk::config::Config;
use licensedesk::domain::{AccountId, AccountState, Email};
use licensedesk::store::{self, accounts, licences};

const LICENCES: usize = 10_000;
const ACCOUNTS: usize = 500;
const ADMIN: &str = "bench-admin@example.com";
const PASSWORD: &str = "benchmark password";

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The inventory: products, organisations, SENs, Server IDs and expiry dates spread the way a
/// company's licences are; 5% evaluations, 2% archived; every licence has a technical and a
/// billing contact among 500 accounts. Each row carries 1,300 characters of filler where its
/// key would be, so rows have the size of real ones (a key is 1-2 KB). The filler is not a key
/// and nothing decodes it: the list pages never read keys' contents.
fn seed(data_dir: &std::path::Path) {
    let mut conn = licensedesk::commands::open_data_dir(data_dir).expect("the data directory");
    let hash = bcrypt::hash(PASSWORD, 4).expect("bcrypt");
    let tx = conn.transaction().expect("a transaction");
    let now = store::unix_now();
    accounts::insert(
        &tx,
        &accounts::NewAccount {
            email: &Email::parse(ADMIN).expect("an address"),
            display_name: "Bench Admin",
            password_hash: Some(&hash),
            is_admin: true,
            state: AccountState::Active,
        },
        now,
    )
    .expect("the admin");
    let people: Vec<AccountId> = (0..ACCOUNTS)
        .map(|n| {
            accounts::insert(
                &tx,
                &accounts::NewAccount {
                    email: &Email::parse(&format!("user{n}@example.com")).expect("an address"),
                    display_name: "",
                    password_hash: None,
                    is_admin: false,
                    state: AccountState::Active,
                },
                now,
            )
            .expect("an account")
        })
        .collect();
    let products = [
        (
            "Jira Software",
            "Jira Software (Data Center) 500 Users: Commercial License",
        ),
        (
            "Confluence",
            "Confluence (Server) 100 Users: Commercial License",
        ),
        (
            "Bitbucket",
            "Bitbucket (Server) 25 Users: Commercial License",
        ),
        (
            "Bamboo",
            "Bamboo (Server) Unlimited Users: Academic License",
        ),
        ("Crowd", "Crowd (Server) 2000 Users: Commercial License"),
    ];
    let today = jiff::Zoned::now().date();
    for n in 0..LICENCES {
        let (product, name) = products[n % products.len()];
        let id = licences::insert(
            &tx,
            &licensedesk::domain::LicenceFields {
                product: product.into(),
                name: name.into(),
                user_tier: Some(500),
                licence_key: Some(format!("bench-filler-{n}-{}", "x".repeat(1300))),
                key_genuine: Some(true),
                server_id: Some(format!("B{:03}-XUV4-KZZH-{:04}", n % 1000, n % 10_000)),
                organisation: format!("Organisation {} Ltd", n % 700),
                licensed_to: format!("Contact {}", n % 900),
                purchase_date: Some(today - ((n % 1500) as i64).days()),
                support_expiry: Some(today + ((n * 7919 % 1460) as i64 - 365).days()),
                support_level: "Priority Support".into(),
                auto_renew: n % 3 == 0,
                archived: n % 50 == 0,
                is_evaluation: n % 20 == 1,
                ..licensedesk::domain::LicenceFields::sample(&format!("SEN-{}", 1_000_000 + n))
            },
            now,
        )
        .expect("a licence");
        licences::add_contact(&tx, id, people[n % ACCOUNTS], "technical", now).expect("contact");
        licences::add_contact(&tx, id, people[(n * 7 + 3) % ACCOUNTS], "billing", now)
            .expect("contact");
    }
    tx.commit().expect("the seed commits");
}

/// The CPU time this process has used (every thread: the server's and the client's), from
/// `/proc/self/stat`; `None` where there is no such file.
fn process_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command name, which is in parentheses and may hold spaces.
    let fields: Vec<&str> = stat[stat.rfind(')')? + 2..].split(' ').collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    // The kernel counts in clock ticks of 1/100 s on Linux (USER_HZ).
    Some(Duration::from_millis(ticks * 10))
}

/// The session cookie alone: a client that does not take gzip.
fn plain_headers_for(headers: &[String]) -> Vec<String> {
    vec![headers[0].clone()]
}

/// The CPU one render of the first page costs: requests one after another for 3 seconds on one
/// connection to the server without a page cache, from a client that does not take gzip (no
/// compression either way), with the CPU time of the whole process before and after. The
/// client's share (writing the requests and reading the pages) is counted too, so this is an
/// upper bound for the server's render.
fn cpu_per_render(addr: SocketAddr, headers: &[String]) {
    let (Some(before), wall) = (process_cpu(), std::time::Instant::now()) else {
        println!("CPU per render: /proc/self/stat cannot be read here");
        return;
    };
    let report = load::run(
        addr,
        "/licences",
        headers,
        200,
        1,
        Duration::ZERO,
        Duration::from_secs(3),
    );
    let wall = wall.elapsed();
    let Some(after) = process_cpu() else { return };
    let cpu = after.saturating_sub(before);
    println!(
        "CPU per render of the first page, no cache, no gzip: {:.3} ms ({} requests on one \
         connection, {:.3} ms wall each, {} failed; server and client in this process)",
        cpu.as_secs_f64() * 1000.0 / report.requests.max(1) as f64,
        report.requests,
        wall.as_secs_f64() * 1000.0 / report.requests.max(1) as f64,
        report.failures
    );
}

/// Signs in and returns the session cookie header line.
fn sign_in(addr: SocketAddr) -> String {
    let page = load::request(addr, "GET", "/signin", &[], b"").expect("the sign-in page");
    let text = page.text();
    let marker = "name=\"csrf\" value=\"";
    let start = text.find(marker).expect("a csrf field") + marker.len();
    let token = &text[start..start + text[start..].find('"').expect("a closing quote")];
    let csrf_cookie = page
        .headers_named("set-cookie")
        .find(|c| c.starts_with("ld_csrf="))
        .and_then(|c| c.split(';').next())
        .expect("a csrf cookie")
        .to_owned();
    let form = form_urlencoded::Serializer::new(String::new())
        .append_pair("csrf", token)
        .append_pair("email", ADMIN)
        .append_pair("password", PASSWORD)
        .finish();
    let done = load::request(
        addr,
        "POST",
        "/signin",
        &[
            format!("Cookie: {csrf_cookie}"),
            "Content-Type: application/x-www-form-urlencoded".into(),
        ],
        form.as_bytes(),
    )
    .expect("signing in");
    assert_eq!(done.status, 303, "sign-in failed: {}", done.text());
    let session = done
        .headers_named("set-cookie")
        .find(|c| c.starts_with("ld_session="))
        .and_then(|c| c.split(';').next())
        .expect("a session cookie");
    format!("Cookie: {session}")
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --all-targets` runs this too, without it, and
    // should not spend half a minute measuring.
    if !std::env::args().any(|a| a == "--bench") {
        eprintln!("pages: a benchmark; run it with `cargo bench --bench pages`");
        return;
    }
    let seconds = env_number("LICENSEDESK_BENCH_SECONDS", 5);
    let connections = env_number("LICENSEDESK_BENCH_CONNECTIONS", 32) as usize;
    let data = tempfile::tempdir().expect("a temporary directory");
    let seeding = std::time::Instant::now();
    seed(data.path());
    eprintln!(
        "seeded {LICENCES} licences and {} contacts in {:.1} s",
        2 * LICENCES,
        seeding.elapsed().as_secs_f64()
    );
    let cores = licensedesk::config::cores();
    let start = |page_cache_bytes: usize| {
        serve::start(Config {
            data_dir: data.path().to_path_buf(),
            listen: "127.0.0.1:0".into(),
            base_url: None,
            workers: 2 * cores,
            bcrypt_cost: 4,
            bcrypt_threads: cores,
            enable_panic_route: false,
            page_cache_bytes,
            default_language: licensedesk::i18n::Language::En,
            http: Default::default(),
            trusted_proxies: Vec::new(),
            imports: licensedesk::config::ImportLimits::default(),
            mail: licensedesk::mail::MailConfig::default(),
        })
        .expect("the server starts")
    };
    // The server as it runs, and beside it the same server with its page cache turned off, to
    // show what rendering every request costs (a list viewed right after every change).
    let cached = start(8 << 20);
    let uncached = start(0);
    let browser = |addr: SocketAddr| {
        vec![
            sign_in(addr),
            "Accept-Encoding: gzip, deflate, br".to_owned(),
        ]
    };
    let (cached_headers, uncached_headers) = (browser(cached.addr()), browser(uncached.addr()));
    // A client that does not take gzip (a script with a plain HTTP library) gets about 66 KB.
    let plain_headers = vec![cached_headers[0].clone()];

    // Each page is checked once before it is timed, so the numbers are for the right page.
    let rows = |addr: SocketAddr, path: &str, headers: &[String]| {
        let page = load::request(addr, "GET", path, headers, b"").expect("a page");
        assert_eq!(page.status, 200, "{path}");
        let html = if page.header("content-encoding") == Some("gzip") {
            let mut html = String::new();
            flate2::read::GzDecoder::new(page.body.as_slice())
                .read_to_string(&mut html)
                .expect("a gzipped page");
            html
        } else {
            page.text()
        };
        html.matches("<tr class=\"row").count()
    };
    let search = "/licences?q=SEN-1004322";
    for (addr, headers) in [
        (cached.addr(), &cached_headers),
        (uncached.addr(), &uncached_headers),
        (cached.addr(), &plain_headers),
    ] {
        assert_eq!(rows(addr, "/licences", headers), 50);
        assert_eq!(rows(addr, search, headers), 1);
        assert_eq!(rows(addr, "/licences?page=100", headers), 50);
    }

    type Case<'a> = (&'a str, SocketAddr, &'a str, &'a [String]);
    let cases: [Case; 8] = [
        ("/healthz", cached.addr(), "/healthz", &[]),
        ("first page", cached.addr(), "/licences", &cached_headers),
        ("search by SEN", cached.addr(), search, &cached_headers),
        (
            "page 100",
            cached.addr(),
            "/licences?page=100",
            &cached_headers,
        ),
        (
            "first page, cache off",
            uncached.addr(),
            "/licences",
            &uncached_headers,
        ),
        (
            "search by SEN, cache off",
            uncached.addr(),
            search,
            &uncached_headers,
        ),
        (
            "page 100, cache off",
            uncached.addr(),
            "/licences?page=100",
            &uncached_headers,
        ),
        (
            "first page, no gzip",
            cached.addr(),
            "/licences",
            &plain_headers,
        ),
    ];
    println!(
        "licences page vs /healthz: {LICENCES} licences, signed in as an administrator, \
         {connections} keep-alive connections, {} workers on {cores} cores, {seconds} s per page",
        2 * cores
    );
    println!(
        "{:<26} {:>10} {:>10} {:>10} {:>9} {:>8} {:>9}",
        "page", "req/s", "p50 ms", "p99 ms", "bytes", "failed", "/healthz"
    );
    let only = std::env::var("LICENSEDESK_BENCH_ONLY").unwrap_or_default();
    let mut healthz = None;
    for (label, addr, path, headers) in cases {
        if healthz.is_some() && !label.contains(only.as_str()) {
            continue;
        }
        let bytes = load::request(addr, "GET", path, headers, b"")
            .expect("a page")
            .body
            .len();
        let report = load::run(
            addr,
            path,
            headers,
            200,
            connections,
            Duration::from_secs(1),
            Duration::from_secs(seconds),
        );
        let rate = report.per_second();
        let base = *healthz.get_or_insert(rate);
        println!(
            "{:<26} {:>10.0} {:>10.2} {:>10.2} {:>9} {:>8} {:>9.2}",
            label,
            rate,
            report.p50.as_secs_f64() * 1000.0,
            report.p99.as_secs_f64() * 1000.0,
            bytes,
            report.failures,
            rate / base
        );
    }
    if only.is_empty() {
        cpu_per_render(uncached.addr(), &plain_headers_for(&uncached_headers));
    }
    let (pages, bytes) = cached.app.pages.usage();
    println!("page cache after the run: {pages} pages, {bytes} bytes");
    cached.server.shutdown();
    uncached.server.shutdown();
}
