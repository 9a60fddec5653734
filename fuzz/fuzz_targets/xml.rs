//! Fuzz target for the XML reader and the config files read through it: never a panic, and a
//! document that parses stays within the nesting and element limits. Run with
//! `cargo +nightly fuzz run xml` from the repo root.

#![no_main]

use libfuzzer_sys::fuzz_target;
use licensedesk::atlassian::install::limits::{MAX_XML_DEPTH, MAX_XML_ELEMENTS};
use licensedesk::atlassian::install::{ReadOptions, read_named_text, xml};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(document) = xml::parse(&text) {
        assert!(document.elements.len() <= MAX_XML_ELEMENTS);
        for (index, element) in document.elements.iter().enumerate() {
            // Parents come before their children, and no chain is longer than the limit.
            let mut depth = 0;
            let mut parent = element.parent;
            while let Some(at) = parent {
                assert!(at < index);
                depth += 1;
                parent = document.elements[at].parent;
            }
            assert!(depth < MAX_XML_DEPTH);
            let _ = document.path(index);
        }
        let _ = document.properties();
    }
    // The products' XML files, as an upload names them; never a database connection.
    let opts = ReadOptions {
        no_database: true,
        ..ReadOptions::default()
    };
    for name in ["dbconfig.xml", "confluence.cfg.xml", "bamboo.cfg.xml", "crowd.cfg.xml", "config.xml"] {
        let _ = read_named_text(data, name, &opts);
    }
});
