//! Fuzz target for support zips: any bytes read as a zip end in an installation or an error,
//! never a panic, within the zip limits. Run with `cargo +nightly fuzz run support_zip` from the
//! repo root (it writes each input to one file in a temporary folder, as uploads are read).

#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use licensedesk::atlassian::install::{ReadOptions, read_installation};

fn scratch() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("licensedesk-fuzz-zip-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a scratch folder");
        dir.join("support.zip")
    })
}

fuzz_target!(|data: &[u8]| {
    // Give every input the zip magic so that the zip reader, not the text reader, sees it.
    let mut bytes = b"PK\x03\x04".to_vec();
    bytes.extend_from_slice(data);
    let path = scratch();
    if std::fs::write(path, &bytes).is_ok() {
        let opts = ReadOptions {
            no_database: true,
            ..ReadOptions::default()
        };
        let _ = read_installation(path, &opts);
    }
});
