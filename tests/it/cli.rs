//! The `licensedesk` binary as an administrator runs it: `serve` with its printed lines and a
//! clean stop, the account commands for air-gapped sites, and `backup`.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{Client, Resp};

pub fn binary() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_licensedesk"));
    command
        .env_remove("LICENSEDESK_DATA_DIR")
        .env_remove("LICENSEDESK_LISTEN")
        // The command line speaks the locale's language; these tests read English unless a
        // test sets another locale.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    command
}

/// A `licensedesk serve` process and the lines it printed on start.
pub struct ServeProcess {
    pub child: Child,
    pub base: String,
    pub lines: Vec<String>,
}

impl ServeProcess {
    pub fn start(data_dir: &std::path::Path, extra: &[&str]) -> ServeProcess {
        let mut command = binary();
        command
            .args([
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--bcrypt-cost",
                "4",
                "--data-dir",
            ])
            .arg(data_dir)
            .args(extra)
            .stderr(Stdio::piped());
        ServeProcess::start_command(command, data_dir)
    }

    /// Starts a `serve` command built by the caller (say, under `sh -c 'ulimit -n 64; exec …'`,
    /// or with its standard error sent to a file) and reads its printed lines.
    pub fn start_command(mut command: Command, data_dir: &std::path::Path) -> ServeProcess {
        let mut child = command.stdout(Stdio::piped()).spawn().unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut lines = Vec::new();
        let mut base = String::new();
        // The listening line comes first; the setup link follows it while no account exists.
        let expected_lines = if needs_setup_line(data_dir) { 2 } else { 1 };
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline && lines.len() < expected_lines {
            let mut line = String::new();
            if stdout.read_line(&mut line).unwrap() == 0 {
                break;
            }
            let line = line.trim_end().to_owned();
            if let Some(url) = line.strip_prefix("licensedesk listening on ") {
                base = url.to_owned();
            }
            lines.push(line);
        }
        assert!(!base.is_empty(), "no listening line in {lines:?}");
        // Keep draining stdout so the process never blocks on a full pipe.
        std::thread::spawn(move || for _ in stdout.lines() {});
        ServeProcess { child, base, lines }
    }

    pub fn client(&self) -> Client {
        Client {
            base: self.base.clone(),
            cookies: Default::default(),
        }
    }

    pub fn terminate(mut self) -> std::process::ExitStatus {
        Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "serve did not stop after SIGTERM"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

fn needs_setup_line(data_dir: &std::path::Path) -> bool {
    let db = data_dir.join(licensedesk::store::DATABASE_FILE);
    rusqlite::Connection::open(db)
        .and_then(|c| c.query_row("SELECT count(*) FROM accounts", [], |r| r.get::<_, i64>(0)))
        .map_or(true, |n| n == 0)
}

impl Drop for ServeProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn run(args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    let mut child = binary()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(text) = stdin {
        input.write_all(text.as_bytes()).unwrap();
    }
    drop(input);
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn path_of(link: &str) -> String {
    let after_scheme = link.split_once("://").unwrap().1;
    after_scheme[after_scheme.find('/').unwrap()..].to_owned()
}

#[test]
fn every_command_has_help() {
    for command in [
        vec!["--help"],
        vec!["serve", "--help"],
        vec!["user", "--help"],
        vec!["user", "add", "--help"],
        vec!["user", "reset-link", "--help"],
        vec!["backup", "--help"],
        vec!["decode", "--help"],
        vec!["import", "--help"],
        vec!["export", "--help"],
    ] {
        let (code, stdout, _) = run(&command, None);
        assert_eq!(code, 0, "{command:?}");
        assert!(stdout.contains("Usage:"), "{command:?}: {stdout}");
    }
    let (_, serve_help, _) = run(&["serve", "--help"], None);
    for option in [
        "--data-dir",
        "LICENSEDESK_DATA_DIR",
        "--listen",
        "LICENSEDESK_LISTEN",
        "--workers",
        "--base-url",
        "--bcrypt-cost",
    ] {
        assert!(
            serve_help.contains(option),
            "{option} missing from serve --help"
        );
    }
}

#[test]
fn serve_prints_its_address_and_setup_link_and_stops_cleanly_on_sigterm() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().join("fresh-data");
    let serve = ServeProcess::start(&dir, &[]);
    assert!(dir.join(licensedesk::store::DATABASE_FILE).is_file());
    assert!(
        serve.base.starts_with("http://127.0.0.1:") && !serve.base.ends_with(":0"),
        "{}",
        serve.base
    );
    let setup = serve
        .lines
        .iter()
        .find(|l| l.contains("/setup/"))
        .expect("a setup link")
        .clone();
    let link = setup
        .split_whitespace()
        .find(|w| w.contains("/setup/"))
        .unwrap();
    assert!(link.starts_with(&serve.base), "{link}");
    let mut client = serve.client();
    assert_eq!(client.get("/healthz").body, "ok");
    assert_eq!(client.get(&path_of(link)).status, 200);
    let status = serve.terminate();
    assert!(status.success(), "{status:?}");
    // The database was closed cleanly: it opens and checks out.
    let conn = rusqlite::Connection::open(dir.join(licensedesk::store::DATABASE_FILE)).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
}

#[test]
fn sigterm_lets_a_request_in_progress_finish_and_refuses_new_connections() {
    use std::io::{Read, Write};
    let data = tempfile::tempdir().unwrap();
    let serve = ServeProcess::start(data.path(), &[]);
    let addr: std::net::SocketAddr = serve.base.trim_start_matches("http://").parse().unwrap();
    // A request whose body is still arriving when the signal comes.
    let mut slow = std::net::TcpStream::connect(addr).unwrap();
    slow.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    slow.write_all(
        b"POST /signin HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 20\r\n\r\nemail=a",
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    Command::new("kill")
        .arg("-TERM")
        .arg(serve.child.id().to_string())
        .status()
        .unwrap();
    std::thread::sleep(Duration::from_millis(500));
    // New connections are no longer taken.
    let refused =
        std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(2)).and_then(|mut s| {
            s.set_read_timeout(Some(Duration::from_secs(2)))?;
            s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")?;
            let mut buf = [0u8; 16];
            s.read(&mut buf)
        });
    assert!(
        !matches!(refused, Ok(n) if n > 0),
        "a new connection was answered while stopping"
    );
    // The request in progress gets its whole answer.
    slow.write_all(b"@example.com&x=").unwrap();
    let mut answer = String::new();
    let _ = slow.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 403"), "{answer}");
    assert!(answer.contains("</html>"), "{answer}");
    // Then the server stops by itself, cleanly (a second signal would stop it at once).
    let mut serve = serve;
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = serve.child.try_wait().unwrap() {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "serve did not stop after its last request"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status:?}");
}

#[test]
fn user_add_with_a_password_on_stdin_can_sign_in() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().to_str().unwrap();
    let (code, stdout, stderr) = run(
        &[
            "user",
            "add",
            "ops@example.com",
            "--admin",
            "--name",
            "Ops",
            "--bcrypt-cost",
            "4",
            "--data-dir",
            dir,
        ],
        Some("a long enough password\n"),
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("can sign in now"), "{stdout}");
    // The same address twice is refused.
    let (code, _, stderr) = run(
        &["user", "add", "OPS@example.com", "--data-dir", dir],
        Some("a long enough password\n"),
    );
    assert_ne!(code, 0);
    assert!(stderr.contains("already exists"), "{stderr}");
    // A password over 72 bytes is refused, not truncated.
    let (code, _, stderr) = run(
        &["user", "add", "long@example.com", "--data-dir", dir],
        Some(&format!("{}\n", "x".repeat(80))),
    );
    assert_ne!(code, 0);
    assert!(stderr.contains("too long"), "{stderr}");

    let serve = ServeProcess::start(data.path(), &[]);
    assert!(
        !serve.lines.iter().any(|l| l.contains("/setup/")),
        "no setup link once an account exists"
    );
    let mut client = serve.client();
    client.sign_in("ops@example.com", "a long enough password", false);
    assert!(client.get("/licences").text().contains("Signed in as Ops"));
}

#[test]
fn reset_link_works_once() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().to_str().unwrap();
    let (code, _, stderr) = run(
        &[
            "user",
            "add",
            "new@example.com",
            "--data-dir",
            dir,
            "--bcrypt-cost",
            "4",
        ],
        Some("first password ok\n"),
    );
    assert_eq!(code, 0, "{stderr}");
    let serve = ServeProcess::start(data.path(), &[]);
    let mut signed_in = serve.client();
    signed_in.sign_in("new@example.com", "first password ok", true);

    let (code, stdout, stderr) = run(
        &[
            "user",
            "reset-link",
            "new@example.com",
            "--base-url",
            &serve.base,
            "--data-dir",
            dir,
        ],
        None,
    );
    assert_eq!(code, 0, "{stderr}");
    let link = stdout
        .split_whitespace()
        .find(|w| w.contains("/reset/"))
        .expect("a reset link")
        .to_owned();
    let mut client = serve.client();
    let page = client.get(&path_of(&link));
    assert_eq!(page.status, 200);
    assert!(
        page.text()
            .contains("Choose a new password for new@example.com")
    );
    let done = client.post(
        &path_of(&link),
        &[
            ("csrf", &page.csrf()),
            ("password", "second password ok"),
            ("confirm", "second password ok"),
        ],
    );
    assert_eq!(done.status, 303);
    assert_eq!(done.location(), "/licences", "the link signs its user in");
    serve
        .client()
        .sign_in("new@example.com", "second password ok", false);
    // The reset ended the session that existed before it.
    assert_eq!(signed_in.get("/licences").status, 303);
    // Used once: the link no longer works.
    assert_eq!(serve.client().get(&path_of(&link)).status, 410);

    let (code, _, stderr) = run(
        &["user", "reset-link", "ghost@example.com", "--data-dir", dir],
        None,
    );
    assert_ne!(code, 0);
    assert!(stderr.contains("no account"), "{stderr}");
}

#[test]
fn user_add_invite_prints_a_link_that_activates_the_account() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().to_str().unwrap();
    let serve = ServeProcess::start(data.path(), &[]);
    let (code, stdout, stderr) = run(
        &[
            "user",
            "add",
            "invitee@example.com",
            "--invite",
            "--base-url",
            &serve.base,
            "--data-dir",
            dir,
        ],
        None,
    );
    assert_eq!(code, 0, "{stderr}");
    let link = stdout
        .split_whitespace()
        .find(|w| w.contains("/invite/"))
        .expect("an invitation link")
        .to_owned();
    let mut client = serve.client();
    let page = client.get(&path_of(&link));
    assert!(
        page.text()
            .contains("You were invited as invitee@example.com"),
        "{}",
        page.text()
    );
    let r: Resp = client.post(
        &path_of(&link),
        &[
            ("csrf", &page.csrf()),
            ("password", "invited password"),
            ("confirm", "invited password"),
        ],
    );
    assert_eq!(r.status, 303);
    assert_eq!(
        client.get("/licences").status,
        200,
        "the link signs its user in"
    );
    serve
        .client()
        .sign_in("invitee@example.com", "invited password", false);
    assert_eq!(serve.client().get(&path_of(&link)).status, 410);
}

#[test]
fn backup_copies_the_live_database_and_refuses_to_overwrite() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().to_str().unwrap();
    let (code, _, stderr) = run(
        &[
            "user",
            "add",
            "b@example.com",
            "--bcrypt-cost",
            "4",
            "--data-dir",
            dir,
        ],
        Some("backup test password\n"),
    );
    assert_eq!(code, 0, "{stderr}");
    let serve = ServeProcess::start(data.path(), &[]);
    let target = data.path().join("copy.sqlite3");
    let (code, stdout, stderr) = run(
        &["backup", target.to_str().unwrap(), "--data-dir", dir],
        None,
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("integrity check: ok"));
    let copy = rusqlite::Connection::open(&target).unwrap();
    let n: i64 = copy
        .query_row(
            "SELECT count(*) FROM accounts WHERE email = 'b@example.com'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 1);
    let (code, _, stderr) = run(
        &["backup", target.to_str().unwrap(), "--data-dir", dir],
        None,
    );
    assert_ne!(code, 0);
    assert!(stderr.contains("--force"), "{stderr}");
    let (code, _, _) = run(
        &[
            "backup",
            target.to_str().unwrap(),
            "--force",
            "--data-dir",
            dir,
        ],
        None,
    );
    assert_eq!(code, 0);
    let (code, _, stderr) = run(
        &["backup", "x.sqlite3", "--data-dir", "/nonexistent/dir"],
        None,
    );
    assert_ne!(code, 0);
    assert!(stderr.contains("no database"), "{stderr}");
    drop(serve);
}
