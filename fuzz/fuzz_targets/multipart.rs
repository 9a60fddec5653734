//! Fuzz target for `multipart/form-data` bodies: never a panic, and every part is a slice of
//! the body within the part limit. Run with `cargo +nightly fuzz run multipart` from the repo
//! root. The first line of the input is the Content-Type header, the rest the body.

#![no_main]

use libfuzzer_sys::fuzz_target;
use licensedesk::atlassian::install::limits::MAX_MULTIPART_PARTS;
use licensedesk::http::multipart::{boundary, parse};

fuzz_target!(|data: &[u8]| {
    let split = data.iter().position(|&b| b == b'\n').unwrap_or(data.len());
    let (header, body) = data.split_at(split);
    let content_type = String::from_utf8_lossy(header);
    let boundary = boundary(&content_type).unwrap_or_else(|| "XyZ".to_string());
    if let Ok(form) = parse(body, &boundary) {
        assert!(form.parts.len() <= MAX_MULTIPART_PARTS);
        let range = body.as_ptr_range();
        for part in &form.parts {
            let inside = part.data.as_ptr_range();
            assert!(range.start <= inside.start && inside.end <= range.end);
        }
        let _ = form.text("csrf");
        let _ = form.files("file").count();
    }
});
