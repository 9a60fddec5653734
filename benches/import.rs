//! Import throughput against decode-only throughput, measured in one run on one machine.
//!
//!     cargo bench --bench import             # 100,000 keys
//!     cargo bench --bench import -- 20000    # another count
//!
//! It builds distinct keys with the tests' encoder (signed with garbage signatures that cost
//! exactly as much to verify as real ones, and never verify), then times (1) decoding every key
//! on all cores, as the import does, and (2) importing them all into a fresh database through the same plan-and-apply code the
//! `import` command uses, and prints both rates and their ratio (goal: at least 0.5).

#[path = "../tests/it/support/encoder.rs"]
mod encoder;

use std::time::Instant;

use licensedesk::domain::Actor;
use licensedesk::inventory::import;
use licensedesk::inventory::parallel::decode_all;

fn main() {
    let count: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(100_000);
    eprintln!("building {count} distinct test keys…");
    let started = Instant::now();
    let keys: Vec<String> = (0..count)
        .map(|n| {
            let mut properties =
                encoder::sample_properties(&format!("SEN-{}", 1_000_000 + n), "conf");
            properties.push(("Organisation".into(), format!("Customer {n}")));
            encoder::encode_with(&properties, encoder::Signing::Garbage)
        })
        .collect();
    eprintln!("built in {:.1} s", started.elapsed().as_secs_f64());

    // Decode-only uses the same all-cores decoding the import uses, so the ratio compares like
    // with like: what the database and the planning add.
    let started = Instant::now();
    let mut decoded = 0usize;
    for batch in keys.chunks(1024) {
        let raws: Vec<&str> = batch.iter().map(String::as_str).collect();
        decoded += decode_all(&raws).iter().filter(|r| r.is_ok()).count();
    }
    let decode_seconds = started.elapsed().as_secs_f64();
    assert_eq!(decoded, count, "every generated key decodes");

    // The import reads files of 1,000 keys each, as an inventory folder would hold them.
    let sources: Vec<import::Source> = keys
        .chunks(1000)
        .enumerate()
        .map(|(i, chunk)| import::Source {
            name: format!("keys-{i:03}.txt"),
            bytes: chunk.join("\n\n").into_bytes(),
        })
        .collect();
    drop(keys);
    let data = tempfile::tempdir().expect("a temporary directory");
    let mut conn = licensedesk::store::open(&data.path().join(licensedesk::store::DATABASE_FILE))
        .expect("a fresh database");
    let started = Instant::now();
    let plan = import::plan(
        &conn,
        &sources,
        import::Options {
            allow_unverified: true,
            viewer: None,
            max_keys: None,
            max_held_bytes: None,
        },
        &|_| {},
    )
    .expect("the plan");
    let planned = started.elapsed().as_secs_f64();
    let applied = import::apply_in_transaction(
        &mut conn,
        &plan,
        &import::ApplyContext {
            actor: &Actor::CommandLine,
            contact: None,
            viewer: None,
            replace_genuine: false,
            warning_words: licensedesk::i18n::import::warning_in_audit,
            now: licensedesk::store::unix_now(),
        },
        &|_| {},
    )
    .expect("the import");
    let import_seconds = started.elapsed().as_secs_f64();
    assert_eq!(applied.added, count, "every key is added");

    let decode_rate = count as f64 / decode_seconds;
    let import_rate = count as f64 / import_seconds;
    println!();
    println!("| measure ({count} keys)                 | seconds | keys/s  |");
    println!("|---------------------------------------|---------|---------|");
    println!(
        "| decode only (parse + verify, all cores)| {decode_seconds:>7.2} | {decode_rate:>7.0} |"
    );
    println!("| import: read, decode, plan            | {planned:>7.2} |         |");
    println!(
        "| import: all, into a fresh database    | {import_seconds:>7.2} | {import_rate:>7.0} |"
    );
    println!();
    println!(
        "ratio import / decode-only: {:.2} (goal >= 0.5); {count} keys imported in {import_seconds:.1} s",
        import_rate / decode_rate
    );
}
