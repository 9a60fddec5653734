//! The genuine Atlassian test keys and product homes of the shared fixtures, read in place (never copied into
//! the repo). A checkout without them still passes on the repo's own keys, and says so: once,
//! straight to stderr, because `eprintln!` inside a passing test is swallowed by the harness
//! and a silently skipped corpus would look like a pass.

use std::io::Write;
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

use super::shared_dir;

/// The folder of genuine keys, or `None` (said out loud once) when this checkout lacks it.
pub fn keys_dir() -> Option<PathBuf> {
    let dir = shared_dir().join("fixtures/atlassian/keys");
    if dir.is_dir() {
        Some(dir)
    } else {
        say_missing(&dir);
        None
    }
}

/// The folder of product homes as found at customers (with their `EXPECTED.json`), or `None`
/// (said out loud once) when this checkout lacks it.
pub fn installs_dir() -> Option<PathBuf> {
    let dir = shared_dir().join("fixtures/atlassian/installs");
    if dir.join("EXPECTED.json").is_file() {
        Some(dir)
    } else {
        say_missing(&dir);
        None
    }
}

/// Every genuine key as (file name, text), sorted by name, read once.
pub fn keys() -> Option<&'static [(String, String)]> {
    static CORPUS: OnceLock<Option<Vec<(String, String)>>> = OnceLock::new();
    CORPUS.get_or_init(load).as_deref()
}

/// One genuine key's text as the file holds it.
pub fn key(file: &str) -> Option<String> {
    keys()?
        .iter()
        .find(|(name, _)| name == file)
        .map(|(_, text)| text.clone())
}

fn load() -> Option<Vec<(String, String)>> {
    let dir = keys_dir()?;
    let mut keys: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("a readable key folder")
        .map(|entry| entry.expect("a readable folder entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .map(|path| {
            let name = path
                .file_name()
                .expect("a file name")
                .to_string_lossy()
                .into_owned();
            let text = std::fs::read_to_string(&path).expect("a readable key file");
            (name, text)
        })
        .collect();
    keys.sort();
    Some(keys)
}

/// Says once per folder that it is missing.
fn say_missing(dir: &std::path::Path) {
    static SAID: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
    let mut said = SAID.lock().unwrap_or_else(|e| e.into_inner());
    if !said.iter().any(|d| d == dir) {
        said.push(dir.to_owned());
        let _ = writeln!(
            std::io::stderr(),
            "NOTE: the shared corpus was not found at {}; the tests that need it checked only \
             the repo's own test keys and homes",
            dir.display()
        );
    }
}
