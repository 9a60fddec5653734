//! Fuzz target for licence-key decoding: `decode` and `find_keys` must never panic, whatever
//! text they are given. Run with `RUSTC_BOOTSTRAP=1 cargo fuzz run decode` from the repo root.

#![no_main]

use libfuzzer_sys::fuzz_target;
use licensedesk::atlassian::key::{decode, find_keys};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = decode(&text);
    for found in find_keys(&text) {
        // Whatever the scanner reports must itself be safe to decode.
        let _ = decode(&found.raw);
    }
});
