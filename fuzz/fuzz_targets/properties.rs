//! Fuzz target for both properties readers: the installation's (`bitbucket.properties`, with
//! `Properties.load` semantics) and the licence text's inside a key. Never a panic. Run with
//! `cargo +nightly fuzz run properties` from the repo root.

#![no_main]

use libfuzzer_sys::fuzz_target;
use licensedesk::atlassian::install::{ReadOptions, parse_properties, read_named_text};
use licensedesk::atlassian::key::parse_licence_properties;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = parse_properties(&text);
    let _ = parse_licence_properties(&text);
    let opts = ReadOptions {
        no_database: true,
        ..ReadOptions::default()
    };
    let _ = read_named_text(data, "bitbucket.properties", &opts);
});
