//! Fuzz target for the properties reader's two entry points: the lenient one for installation
//! files (`bitbucket.properties`) and the strict one for the licence text inside a key. Never a
//! panic. Run with `cargo +nightly fuzz run properties` from the repo root.

#![no_main]

use libfuzzer_sys::fuzz_target;
use licensedesk::atlassian::install::{ReadOptions, read_named_text};
use licensedesk::atlassian::properties::{parse_lenient, parse_strict};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = parse_lenient(&text);
    let _ = parse_strict(&text);
    let opts = ReadOptions {
        no_database: true,
        ..ReadOptions::default()
    };
    let _ = read_named_text(data, "bitbucket.properties", &opts);
});
