//! The invariants of the README's Architecture section that a reading of the source can check:
//! which layer may name which, where SQL may stand, where the transport's types may appear.
//! Each test lists every offending line, so that a failure says what to move.

use std::path::{Path, PathBuf};

/// Every `.rs` file below `src/`, with its path relative to `src/` (`/`-separated).
fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("a readable source folder") {
            let path = entry.expect("a readable folder entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    walk(&root, &mut paths);
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let name = path
                .strip_prefix(&root)
                .expect("below src")
                .to_string_lossy()
                .replace('\\', "/");
            let text = std::fs::read_to_string(&path).expect("a readable source file");
            (name, text)
        })
        .collect()
}

/// The lines of production code: comments, unit-test modules (a `#[cfg(test)] mod` runs to
/// the end of its file, as this crate writes them) and `tests.rs` files left out.
fn code_lines(name: &str, text: &str) -> Vec<(usize, String)> {
    if name.ends_with("/tests.rs") {
        return Vec::new();
    }
    let all: Vec<&str> = text.lines().collect();
    let mut lines = Vec::new();
    for (index, line) in all.iter().enumerate() {
        let trimmed = line.trim_start();
        let next = all.get(index + 1).map_or("", |l| l.trim_start());
        if trimmed.starts_with("#[cfg(test)]") && next.starts_with("mod ") {
            break;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        lines.push((index + 1, (*line).to_owned()));
    }
    lines
}

/// `file:line: text` of every production line under `under` (a folder or file of `src/`)
/// that `offends`.
fn offences(under: &[&str], except: &[&str], offends: impl Fn(&str) -> bool) -> Vec<String> {
    let mut found = Vec::new();
    for (name, text) in sources() {
        let inside = |places: &[&str]| places.iter().any(|p| name.starts_with(p));
        if !inside(under) || inside(except) {
            continue;
        }
        for (number, line) in code_lines(&name, &text) {
            if offends(&line) {
                found.push(format!("src/{name}:{number}: {}", line.trim()));
            }
        }
    }
    found
}

fn assert_none(what: &str, offences: Vec<String>) {
    assert!(offences.is_empty(), "{what}:\n{}", offences.join("\n"));
}

/// Whether a line names a module of this crate, as `crate::module` or in a `use crate::{..}`.
fn names_module(line: &str, module: &str) -> bool {
    line.contains(&format!("crate::{module}::"))
        || line.contains(&format!("crate::{module};"))
        || line.contains(&format!("crate::{module},"))
        || line.contains(&format!("crate::{module} "))
        || (line.contains("crate::{") && line.contains(&format!(" {module}")))
}

#[test]
fn domain_and_atlassian_depend_on_nothing_else_in_the_crate() {
    let mut found = Vec::new();
    for (place, own) in [("domain/", "domain"), ("atlassian/", "atlassian")] {
        let others: Vec<&str> = LAYERS
            .iter()
            .map(|(_, module)| *module)
            .filter(|m| *m != own)
            .collect();
        found.extend(offences(&[place], &[], |line| {
            others.iter().any(|m| names_module(line, m))
        }));
    }
    assert_none("src/domain/ or src/atlassian/ names another module", found);
}

#[test]
fn views_touch_neither_the_database_nor_the_request_nor_the_clock() {
    assert_none(
        "src/views/ reaches past the data it is given",
        offences(&["views/"], &[], |line| {
            ["store", "http", "commands", "mail"]
                .iter()
                .any(|m| names_module(line, m))
                || ["rusqlite", "::now()", "SystemTime", "Instant"]
                    .iter()
                    .any(|word| line.contains(word))
        }),
    );
}

#[test]
fn no_sql_outside_the_store() {
    const SQL_STARTS: &[&str] = &[
        "\"SELECT ",
        "\"INSERT ",
        "\"UPDATE ",
        "\"DELETE ",
        "\"CREATE ",
        "\"DROP ",
        "\"ALTER ",
        "\"PRAGMA ",
        "\"VACUUM",
        "\"BEGIN",
    ];
    const QUERY_CALLS: &[&str] = &[
        ".execute(",
        ".execute_batch(",
        ".query_row(",
        ".query_map(",
        ".prepare(",
        ".prepare_cached(",
    ];
    // The installation readers query a product's own PostgreSQL database, not ours.
    assert_none(
        "SQL outside src/store/",
        offences(&[""], &["store/", "atlassian/install/"], |line| {
            SQL_STARTS.iter().any(|s| line.contains(s))
                || QUERY_CALLS.iter().any(|c| line.contains(c))
        }),
    );
}

#[test]
fn the_store_knows_nothing_of_the_layers_above_it() {
    assert_none(
        "src/store/ names a layer above it",
        offences(&["store/"], &[], |line| {
            [
                "http",
                "views",
                "commands",
                "mail",
                "inventory",
                "app",
                "cli",
                "i18n",
            ]
            .iter()
            .any(|m| names_module(line, m))
        }),
    );
}

#[test]
fn the_use_cases_know_nothing_of_their_callers() {
    assert_none(
        "src/inventory/ or src/app/ names a caller or the words of a page",
        offences(&["inventory/", "app/"], &[], |line| {
            ["http", "views", "commands", "cli", "i18n"]
                .iter()
                .any(|m| names_module(line, m))
        }),
    );
}

/// The layers from the top, as the README's map lists them: each may name only those below it.
const LAYERS: &[(&str, &str)] = &[
    ("main.rs", "main"),
    ("commands/", "commands"),
    ("cli.rs", "cli"),
    ("http/", "http"),
    ("views/", "views"),
    ("app/", "app"),
    ("mail/", "mail"),
    ("i18n/", "i18n"),
    ("inventory/", "inventory"),
    ("paths/", "paths"),
    ("config.rs", "config"),
    ("error.rs", "error"),
    ("store/", "store"),
    ("auth/", "auth"),
    ("domain/", "domain"),
    ("atlassian/", "atlassian"),
    ("assets.rs", "assets"),
];

#[test]
fn no_arrow_runs_back_up() {
    let mut found = Vec::new();
    for (index, (place, _)) in LAYERS.iter().enumerate() {
        let above: Vec<&str> = LAYERS[..index].iter().map(|(_, module)| *module).collect();
        found.extend(offences(&[place], &[], |line| {
            above.iter().any(|module| names_module(line, module))
        }));
    }
    assert_none("a layer names one above it", found);
}

#[test]
fn every_module_has_its_place_in_the_layers() {
    let placed: Vec<&str> = LAYERS.iter().map(|(_, module)| *module).collect();
    let unplaced: Vec<String> = sources()
        .into_iter()
        .map(|(name, _)| {
            name.split('/')
                .next()
                .unwrap_or_default()
                .trim_end_matches(".rs")
                .to_owned()
        })
        .filter(|module| module != "lib" && !placed.contains(&module.as_str()))
        .collect();
    assert!(
        unplaced.is_empty(),
        "modules missing from LAYERS: {unplaced:?}"
    );
}

#[test]
fn hyper_and_tokio_appear_only_in_the_transport() {
    assert_none(
        "hyper or tokio outside src/http/server/",
        offences(&[""], &["http/server/"], |line| {
            line.contains("hyper") || line.contains("tokio")
        }),
    );
}

#[test]
fn every_audit_action_the_code_records_has_words() {
    // The literal codes the source hands to the audit log: `Entry::new(actor, "code")` and
    // `action: "code"`. A code passed through a variable is not seen here; the codes it takes
    // are literals elsewhere in the same files.
    let mut missing = Vec::new();
    // `paths/` holds sample queries of the audit page, not actions anyone records.
    for (name, text) in sources()
        .into_iter()
        .filter(|(n, _)| !n.starts_with("paths/"))
    {
        for (number, line) in text.lines().enumerate() {
            let after = line
                .split_once("Entry::new(")
                .and_then(|(_, rest)| rest.split_once(", \"").map(|(_, code)| code))
                .or_else(|| line.trim_start().strip_prefix("action: \""));
            let Some(code) = after.and_then(|rest| rest.split('"').next()) else {
                continue;
            };
            if !licensedesk::i18n::audit::ACTIONS.contains(&code) {
                missing.push(format!("src/{name}:{}: {code}", number + 1));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "audit actions without words (add them to i18n::audit::ACTIONS and the catalogues):\n{}",
        missing.join("\n")
    );
}
