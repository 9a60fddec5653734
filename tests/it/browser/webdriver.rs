//! A small synchronous WebDriver (W3C) client for the browser tests, and the chromedriver +
//! headless Chromium it drives. Synchronous on purpose: the tests read top to bottom like the
//! steps a person takes, need no async runtime, and reuse the HTTP client the suite already has.
//!
//! It finds things as a person does: fields by their label, buttons and links by their text.
//! When a test fails, the page's screenshot and HTML are saved under
//! `target/browser-failures/<test>/`, named after the step the test had reached (see
//! [`Browser::step`]).

use std::cell::RefCell;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::{Value, json};

/// The W3C name of an element reference in WebDriver answers.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";
/// How long `wait_for_text` and the finders wait for a page to show something.
const PATIENCE: Duration = Duration::from_secs(15);

/// Chromium's flags: headless, no sandbox (CI runs as root), and none of the background
/// connections that this machine's closed network refuses.
const CHROMIUM_FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,900",
];

/// Why the browser tests cannot run here, if they cannot.
pub fn missing_browser() -> Option<String> {
    let chromedriver = which("chromedriver");
    let chromium = chromium_binary();
    match (chromedriver, chromium) {
        (Some(_), Some(_)) => None,
        (None, _) => Some("chromedriver is not installed (on PATH)".into()),
        (_, None) => {
            Some("chromium is not installed (chromium or chromium-browser on PATH)".into())
        }
    }
}

fn which(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|path| path.is_file())
    })
}

fn chromium_binary() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| which(name))
}

/// A running chromedriver with one browser session. Dropping it closes the browser and stops
/// the driver; if the test is failing, it first saves the page.
pub struct Browser {
    driver: Child,
    endpoint: String,
    session: String,
    agent: ureq::Agent,
    test_name: String,
    /// What the test is doing now (`sign-in page`), for the failure's file names and messages.
    step: RefCell<String>,
    _profile: tempfile::TempDir,
}

/// An element on the page.
#[derive(Debug, Clone)]
pub struct Element(String);

impl Browser {
    /// Starts chromedriver on a free port and opens a headless Chromium with a fresh profile;
    /// with `accept_languages` (`de`, `ja,en;q=0.5`) the browser asks for those languages in its
    /// `Accept-Language`, as a person sets them in its settings. (Headless Chromium ignores
    /// `--lang=`; the `intl.accept_languages` preference is what it sends.)
    pub fn start_speaking(test_name: &str, accept_languages: Option<&str>) -> Browser {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let driver = Command::new(which("chromedriver").expect("chromedriver"))
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let endpoint = format!("http://127.0.0.1:{port}");
        let agent = ureq::AgentBuilder::new()
            .timeout(Duration::from_secs(60))
            .build();
        let profile = tempfile::tempdir().expect("a profile directory");
        let mut browser = Browser {
            driver,
            endpoint,
            session: String::new(),
            agent,
            test_name: test_name.to_owned(),
            step: RefCell::new(String::new()),
            _profile: profile,
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let ready = browser
                .agent
                .get(&format!("{}/status", browser.endpoint))
                .call()
                .ok()
                .and_then(|r| serde_json::from_reader::<_, Value>(r.into_reader()).ok())
                .is_some_and(|v| v["value"]["ready"] == true);
            if ready {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "chromedriver did not become ready"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        let mut args: Vec<String> = CHROMIUM_FLAGS.iter().map(|s| (*s).to_owned()).collect();
        args.push(format!(
            "--user-data-dir={}",
            browser._profile.path().display()
        ));
        let chromium = chromium_binary().expect("chromium");
        let mut options = json!({
            "binary": chromium.to_string_lossy(),
            "args": args,
        });
        if let Some(languages) = accept_languages {
            options["prefs"] = json!({ "intl.accept_languages": languages });
        }
        let answer = browser.call(
            "POST",
            "/session",
            Some(json!({
                "capabilities": {
                    "alwaysMatch": {
                        "browserName": "chrome",
                        "goog:chromeOptions": options,
                    }
                }
            })),
        );
        browser.session = answer["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no WebDriver session: {answer}"))
            .to_owned();
        browser
    }

    /// One WebDriver command; panics with the driver's message when it fails.
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        self.try_call(method, path, body)
            .unwrap_or_else(|e| panic!("WebDriver {method} {path}: {e}"))
    }

    fn try_call(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
        let url = if path == "/session" {
            format!("{}{path}", self.endpoint)
        } else {
            format!("{}/session/{}{path}", self.endpoint, self.session)
        };
        let request = self.agent.request(method, &url);
        let result = match body {
            Some(body) => request
                .set("Content-Type", "application/json")
                .send_string(&body.to_string()),
            None => request.call(),
        };
        match result {
            Ok(r) => serde_json::from_reader::<_, Value>(r.into_reader())
                .map(|v| v["value"].clone())
                .map_err(|e| e.to_string()),
            Err(ureq::Error::Status(status, r)) => {
                let v: Value = serde_json::from_reader(r.into_reader()).unwrap_or_default();
                Err(format!(
                    "{status} {}: {}",
                    v["value"]["error"], v["value"]["message"]
                ))
            }
            Err(e) => Err(e.to_string()),
        }
    }

    /// Names what the test does from here on (`licences list`): a failure from now on names this
    /// step, and its screenshot and HTML are saved as `<step>.png` and `<step>.html`.
    pub fn step(&self, name: &str) {
        *self.step.borrow_mut() = name.to_owned();
    }

    /// Where a failure at this step leaves the screenshot, and which step it is, for messages.
    fn failure_note(&self) -> String {
        let (png, _) = self.artefact_paths();
        match self.step.borrow().as_str() {
            "" => format!("(screenshot: {})", png.display()),
            step => format!("(at step {step:?}; screenshot: {})", png.display()),
        }
    }

    /// The screenshot and HTML files of a failure at the current step.
    fn artefact_paths(&self) -> (PathBuf, PathBuf) {
        let dir = failure_dir().join(&self.test_name);
        let step = self.step.borrow();
        if step.is_empty() {
            return (dir.join("screenshot.png"), dir.join("page.html"));
        }
        let stem: String = step
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        (
            dir.join(format!("{stem}.png")),
            dir.join(format!("{stem}.html")),
        )
    }

    pub fn goto(&self, url: &str) {
        self.call("POST", "/url", Some(json!({ "url": url })));
    }

    /// Sets the browser window's outer size (`POST /session/{id}/window/rect`), as a person
    /// resizes it or opens the page on a phone; later pages lay out at that width.
    pub fn set_window_size(&self, width: u32, height: u32) {
        self.call(
            "POST",
            "/window/rect",
            Some(json!({ "width": width, "height": height })),
        );
    }

    /// Lays pages out as a phone `width` × `height` CSS pixels shows them (Chromium's device
    /// emulation, for widths below the smallest window desktop Chromium opens).
    pub fn emulate_phone(&self, width: u32, height: u32) {
        self.call(
            "POST",
            "/goog/cdp/execute",
            Some(json!({
                "cmd": "Emulation.setDeviceMetricsOverride",
                "params": {
                    "width": width,
                    "height": height,
                    "deviceScaleFactor": 2,
                    "mobile": true,
                },
            })),
        );
    }

    /// Ends [`Browser::emulate_phone`]: pages lay out in the window again.
    pub fn clear_emulation(&self) {
        self.call(
            "POST",
            "/goog/cdp/execute",
            Some(json!({ "cmd": "Emulation.clearDeviceMetricsOverride", "params": {} })),
        );
    }

    pub fn current_url(&self) -> String {
        self.call("GET", "/url", None)
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    pub fn title(&self) -> String {
        self.call("GET", "/title", None)
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Runs a script in the page (only for facts a person cannot read off the page, such as
    /// whether the stylesheet loaded).
    pub fn script(&self, script: &str) -> Value {
        self.call(
            "POST",
            "/execute/sync",
            Some(json!({ "script": script, "args": [] })),
        )
    }

    /// [`Browser::script`] with arguments (`arguments[0]`, …).
    pub fn call_script(&self, script: &str, args: &[Value]) -> Value {
        self.call(
            "POST",
            "/execute/sync",
            Some(json!({ "script": script, "args": args })),
        )
    }

    /// Runs a Chrome DevTools command through chromedriver's `goog/cdp/execute`, for what
    /// WebDriver has no command for (the colour scheme, turning scripts off).
    pub fn cdp(&self, command: &str, params: Value) -> Value {
        self.call(
            "POST",
            "/goog/cdp/execute",
            Some(json!({ "cmd": command, "params": params })),
        )
    }

    /// Makes pages see `prefers-color-scheme: dark` (or light), as a system in dark mode does.
    pub fn prefer_dark(&self, dark: bool) {
        let scheme = if dark { "dark" } else { "light" };
        self.cdp(
            "Emulation.setEmulatedMedia",
            json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme }] }),
        );
    }

    /// Stops the pages' own scripts from running, as a browser with JavaScript turned off does
    /// (the test's `script` still reads the page through DevTools).
    pub fn disable_page_scripts(&self) {
        self.cdp(
            "Emulation.setScriptExecutionDisabled",
            json!({ "value": true }),
        );
    }

    pub fn find_all(&self, xpath: &str) -> Vec<Element> {
        self.try_call(
            "POST",
            "/elements",
            Some(json!({ "using": "xpath", "value": xpath })),
        )
        .ok()
        .and_then(|v| v.as_array().cloned())
        .unwrap_or_default()
        .iter()
        .filter_map(|e| e[ELEMENT].as_str().map(|id| Element(id.to_owned())))
        .collect()
    }

    /// The first element the XPath finds, waiting for the page to show it.
    fn find(&self, xpath: &str, what: &str) -> Element {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(element) = self.find_all(xpath).into_iter().next() {
                return element;
            }
            assert!(
                Instant::now() < deadline,
                "{what} is not on the page {} ({}) {}\n{}",
                self.current_url(),
                self.title(),
                self.failure_note(),
                self.text()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn attribute(&self, element: &Element, name: &str) -> Option<String> {
        self.call(
            "GET",
            &format!("/element/{}/attribute/{name}", element.0),
            None,
        )
        .as_str()
        .map(str::to_owned)
    }

    /// The form control a label names: the one its `for` points at, or the one inside it.
    pub fn field(&self, label: &str) -> Element {
        let label_element = self.find(
            &format!(
                "//label[normalize-space(.)={q} or normalize-space(text())={q}]",
                q = xpath_literal(label)
            ),
            &format!("a field labelled {label:?}"),
        );
        match self.attribute(&label_element, "for") {
            Some(id) => self.find(
                &format!("//*[@id={}]", xpath_literal(&id)),
                &format!("the control of label {label:?}"),
            ),
            None => {
                let inner = self.call(
                    "POST",
                    &format!("/element/{}/element", label_element.0),
                    Some(json!({ "using": "xpath", "value": ".//input|.//select|.//textarea" })),
                );
                Element(
                    inner[ELEMENT]
                        .as_str()
                        .unwrap_or_else(|| panic!("label {label:?} holds no control"))
                        .to_owned(),
                )
            }
        }
    }

    /// Types into the field with this label, as a person would (after clearing it).
    pub fn fill(&self, label: &str, text: &str) {
        let field = self.field(label);
        self.call(
            "POST",
            &format!("/element/{}/clear", field.0),
            Some(json!({})),
        );
        self.call(
            "POST",
            &format!("/element/{}/value", field.0),
            Some(json!({ "text": text })),
        );
    }

    /// The control a label names in the first form under this heading, for a page whose forms
    /// share a label (two "E-mail address" fields, one per form).
    fn field_under(&self, heading: &str, label: &str) -> Element {
        let label_element = self.find(
            &format!(
                "//*[self::h2 or self::h3][normalize-space(.)={h}]/following::form[1]\
                 //label[normalize-space(.)={q} or normalize-space(text())={q}]",
                h = xpath_literal(heading),
                q = xpath_literal(label)
            ),
            &format!("a field labelled {label:?} under {heading:?}"),
        );
        let id = self
            .attribute(&label_element, "for")
            .unwrap_or_else(|| panic!("the label {label:?} under {heading:?} names no control"));
        self.find(
            &format!("//*[@id={}]", xpath_literal(&id)),
            &format!("the control of label {label:?}"),
        )
    }

    /// Clears a control and types into it.
    fn type_into(&self, field: &Element, text: &str) {
        self.call(
            "POST",
            &format!("/element/{}/clear", field.0),
            Some(json!({})),
        );
        self.call(
            "POST",
            &format!("/element/{}/value", field.0),
            Some(json!({ "text": text })),
        );
    }

    /// Types into the field with this label in the form under this heading (see
    /// [`Browser::field_under`]).
    pub fn fill_under(&self, heading: &str, label: &str, text: &str) {
        let field = self.field_under(heading, label);
        self.type_into(&field, text);
    }

    /// Types a date (`2026-12-09`) into the date field with this label in the form under this
    /// heading. A date field takes its day, month and year in the order the browser's locale
    /// writes them (12/09/2026, 09.12.2026, 2026/12/09), as a person types them: each order is
    /// tried until the field holds the date.
    pub fn fill_date_under(&self, heading: &str, label: &str, date: &str) {
        let field = self.field_under(heading, label);
        let mut parts = date.split('-');
        let (Some(year), Some(month), Some(day)) = (parts.next(), parts.next(), parts.next())
        else {
            panic!("{date:?} is no YYYY-MM-DD date");
        };
        for typed in [
            format!("{month}{day}{year}"),
            format!("{day}{month}{year}"),
            format!("{year}{month}{day}"),
        ] {
            self.type_into(&field, &typed);
            let value = self.call("GET", &format!("/element/{}/property/value", field.0), None);
            if value.as_str() == Some(date) {
                return;
            }
        }
        panic!(
            "the date field {label:?} under {heading:?} did not take {date} {}",
            self.failure_note()
        );
    }

    /// What the field with this label holds now.
    pub fn value_of(&self, label: &str) -> String {
        let field = self.field(label);
        self.call("GET", &format!("/element/{}/property/value", field.0), None)
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Types into the control with this name (for a search box whose label the test does not
    /// know yet); `\u{E007}` at the end presses Enter.
    pub fn fill_by_name(&self, name: &str, text: &str) {
        let field = self.find(
            &format!("//*[@name={}]", xpath_literal(name)),
            &format!("a control named {name:?}"),
        );
        self.call(
            "POST",
            &format!("/element/{}/clear", field.0),
            Some(json!({})),
        );
        self.call(
            "POST",
            &format!("/element/{}/value", field.0),
            Some(json!({ "text": text })),
        );
    }

    /// Ticks the checkbox with this label (if it is not ticked yet).
    pub fn tick(&self, label: &str) {
        let field = self.field(label);
        let checked = self.call(
            "GET",
            &format!("/element/{}/property/checked", field.0),
            None,
        );
        if checked != Value::Bool(true) {
            self.click(&field);
        }
    }

    pub fn click(&self, element: &Element) {
        self.call(
            "POST",
            &format!("/element/{}/click", element.0),
            Some(json!({})),
        );
    }

    /// Whether a person can see the element (not hidden, not display: none).
    pub fn is_displayed(&self, element: &Element) -> bool {
        self.call("GET", &format!("/element/{}/displayed", element.0), None) == Value::Bool(true)
    }

    /// Clicks the button that says this.
    pub fn press(&self, text: &str) {
        let q = xpath_literal(text);
        let button = self.find(
            &format!(
                "//button[normalize-space(.)={q}] | //input[(@type='submit' or @type='button') and @value={q}]"
            ),
            &format!("a button {text:?}"),
        );
        self.click(&button);
    }

    /// Follows the link that says this.
    pub fn follow(&self, text: &str) {
        let link = self.find(
            &format!("//a[normalize-space(.)={}]", xpath_literal(text)),
            &format!("a link {text:?}"),
        );
        self.click(&link);
    }

    /// The text a person sees on the page, spaces folded.
    pub fn text(&self) -> String {
        let Some(body) = self.find_all("//body").into_iter().next() else {
            return String::new();
        };
        self.try_call("GET", &format!("/element/{}/text", body.0), None)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Waits until the page shows this text; fails with what it shows instead.
    pub fn wait_for_text(&self, text: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let shown = self.text();
            if shown.contains(text) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "the page {} never showed {text:?} {}; it shows:\n{shown}",
                self.current_url(),
                self.failure_note()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until the page has an element of this kind (`h1`, `h2`, `button`, `a`, `label`)
    /// that says exactly this (spaces folded). Unlike [`Browser::wait_for_text`] it reads the
    /// document's words, not their rendering (which a stylesheet may set in capitals), and tells
    /// a heading or a button from the same words in a sentence.
    pub fn wait_for_element(&self, tag: &str, text: &str) -> Element {
        self.find(
            &format!("//{tag}[normalize-space(.)={}]", xpath_literal(text)),
            &format!("a <{tag}> saying {text:?}"),
        )
    }

    /// Picks the option that says `option` in the list with this label, as a person picks it
    /// (a click on the option).
    pub fn choose(&self, label: &str, option: &str) {
        let list = self.field(label);
        let found = self.call(
            "POST",
            &format!("/element/{}/element", list.0),
            Some(json!({
                "using": "xpath",
                "value": format!(".//option[normalize-space(.)={}]", xpath_literal(option)),
            })),
        );
        let found = found[ELEMENT].as_str().unwrap_or_else(|| {
            panic!(
                "the list {label:?} has no option {option:?} {}\n{}",
                self.failure_note(),
                self.text()
            )
        });
        self.click(&Element(found.to_owned()));
    }

    /// The language the page says it is in (`<html lang>`).
    pub fn page_language(&self) -> String {
        self.find_all("/html")
            .first()
            .and_then(|html| self.attribute(html, "lang"))
            .unwrap_or_default()
    }

    pub fn screenshot_png(&self) -> Option<Vec<u8>> {
        let data = self.try_call("GET", "/screenshot", None).ok()?;
        base64::engine::general_purpose::STANDARD
            .decode(data.as_str()?)
            .ok()
    }

    /// Saves a screenshot and the HTML of the page under target/browser-failures/<test>/, named
    /// after the step (`screenshot.png` and `page.html` when the test names no steps).
    fn save_failure_artefacts(&self) {
        let (png_path, html_path) = self.artefact_paths();
        let dir = png_path.parent().map(Path::to_path_buf).unwrap_or_default();
        if std::fs::create_dir_all(&dir).is_err() {
            return;
        }
        if let Some(png) = self.screenshot_png() {
            let _ = std::fs::write(&png_path, png);
        }
        if let Ok(html) = self.try_call("GET", "/source", None) {
            let _ = std::fs::write(&html_path, html.as_str().unwrap_or_default());
        }
        let url = self.try_call("GET", "/url", None).unwrap_or_default();
        let step = self.step.borrow();
        let at = if step.is_empty() {
            String::new()
        } else {
            format!(" at step {step:?}")
        };
        eprintln!(
            "browser test {} failed{at} on {url}: screenshot {} and page HTML {}",
            self.test_name,
            png_path.display(),
            html_path.display()
        );
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if std::thread::panicking() && !self.session.is_empty() {
            self.save_failure_artefacts();
        }
        if !self.session.is_empty() {
            let _ = self.try_call("DELETE", "", None);
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// `target/browser-failures`, in the target directory this test binary was built in.
fn failure_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap_or_default();
    // target/<profile>/deps/it-<hash>: three levels up is the target directory.
    exe.ancestors()
        .nth(3)
        .filter(|p| p.is_dir())
        .map_or_else(
            || Path::new(env!("CARGO_MANIFEST_DIR")).join("target"),
            Path::to_path_buf,
        )
        .join("browser-failures")
}

/// A string as an XPath literal, whatever quotes it holds.
fn xpath_literal(text: &str) -> String {
    if !text.contains('\'') {
        format!("'{text}'")
    } else if !text.contains('"') {
        format!("\"{text}\"")
    } else {
        let parts: Vec<String> = text.split('\'').map(|p| format!("'{p}'")).collect();
        format!("concat({})", parts.join(", \"'\", "))
    }
}
