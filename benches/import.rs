//! Import throughput against decode-only throughput, measured in one run on one machine.
//!
//!     cargo bench --bench import             # 100,000 keys
//!     cargo bench --bench import -- 20000    # another count
//!
//! It builds distinct keys with the tests' encoder, signed with garbage signatures: their `r`
//! and `s` are in range (below `q`, not 0), so the check runs all its arithmetic on them, exactly
//! as much as on a real signature, and finds they do not verify. Then it times:
//!
//! 1. building the signature check's tables for Atlassian's key (done once, on first use);
//! 2. verifications alone on one core, and decoding on one core, beside what
//!    `openssl speed -seconds 3 dsa1024` verifies on one core of the same machine (when
//!    `openssl` is installed; goal: decoding at least as fast);
//! 3. decoding every key on all cores, as the import does;
//! 4. importing them all into a fresh database through the same read, decide and apply code the
//!    `import` command uses;
//!
//! and prints the rates and their ratio (goal: import / decode-only at least 0.8, 100,000 keys
//! in less than 10 s).

#[path = "../tests/it/support/encoder.rs"]
mod encoder;

use std::process::Command;
use std::time::Instant;

use licensedesk::atlassian::key;

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

    // The tables are built on the first check; timed here on their own.
    let started = Instant::now();
    let table_bytes = key::prepare_signature_tables();
    let table_ms = started.elapsed().as_secs_f64() * 1000.0;

    // Verification alone, on one core: the same texts and signatures the keys carry.
    let sample = count.min(20_000);
    let pairs: Vec<(Vec<u8>, Vec<u8>)> = (0..sample)
        .map(|n| {
            let text = encoder::licence_text(
                format!("SEN=SEN-{n}\nOrganisation=Customer {n}\n").as_bytes(),
            );
            let signature = encoder::sign(&text, encoder::Signing::Garbage);
            (text, signature)
        })
        .collect();
    let started = Instant::now();
    let verified = pairs
        .iter()
        .filter(|(text, signature)| key::verify_signature(text, signature).is_ok())
        .count();
    let verify_rate = sample as f64 / started.elapsed().as_secs_f64();
    assert_eq!(
        verified, sample,
        "every garbage signature is in range and checked"
    );

    // Decoding on one core (no threads), as a rate per core.
    let started = Instant::now();
    let one_core = keys[..sample]
        .iter()
        .filter(|k| key::decode(k).is_ok_and(|d| !d.is_genuine()))
        .count();
    let decode_core_rate = sample as f64 / started.elapsed().as_secs_f64();
    assert_eq!(one_core, sample, "every key decodes and does not verify");
    let openssl = openssl_verify_rate();

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
    let options = import::Options {
        allow_unverified: true,
        viewer: None,
        max_keys: None,
        max_held_bytes: None,
    };
    // `import::plan` is these two steps; they are timed apart.
    let started = Instant::now();
    let decoded = import::read(&sources, options, &|_| {}).expect("the keys read");
    let read_seconds = started.elapsed().as_secs_f64();
    let plan = import::decide(&conn, &decoded, options).expect("the plan");
    drop(decoded);
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
    let cores = licensedesk::config::cores();
    println!();
    println!(
        "signature tables for Atlassian's key: built in {table_ms:.1} ms, {:.0} kB",
        table_bytes as f64 / 1000.0
    );
    println!("verifications alone, one core ({sample}): {verify_rate:.0} /s");
    println!("decode, one core ({sample} keys): {decode_core_rate:.0} keys/s");
    match openssl {
        Ok(rate) => println!(
            "openssl speed -seconds 3 dsa1024, one core: {rate:.0} verify/s; ratio decode per core \
             / openssl verify: {:.2}, verifications alone / openssl: {:.2} (goal >= 1.0)",
            decode_core_rate / rate,
            verify_rate / rate
        ),
        Err(why) => println!("openssl: not measured: {why}"),
    }
    println!();
    println!("| measure ({count} keys, {cores} cores)        | seconds | keys/s  |");
    println!("|---------------------------------------|---------|---------|");
    println!(
        "| decode only (parse + verify, all cores)| {decode_seconds:>7.2} | {decode_rate:>7.0} |"
    );
    println!("| import: read and decode               | {read_seconds:>7.2} |         |");
    println!("| import: read, decode, plan            | {planned:>7.2} |         |");
    println!(
        "| import: all, into a fresh database    | {import_seconds:>7.2} | {import_rate:>7.0} |"
    );
    println!();
    println!(
        "ratio import / decode-only: {:.2} (goal >= 0.8); decode-only per core: {:.0} keys/s; \
         {count} keys imported in {import_seconds:.1} s (goal < 10 s at 100,000)",
        import_rate / decode_rate,
        decode_rate / cores as f64
    );
}

/// What `openssl speed -seconds 3 dsa1024` verifies a second on one core, or why it could not
/// be measured (not installed, or an output this does not understand).
fn openssl_verify_rate() -> Result<f64, String> {
    let output = Command::new("openssl")
        .args(["speed", "-seconds", "3", "dsa1024"])
        .output()
        .map_err(|e| format!("`openssl` could not be run ({e}); is it installed?"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    // The last line reads `dsa 1024 bits 0.000144s 0.000119s   6937.5   8387.5`: the last
    // number is verifications a second.
    stdout
        .lines()
        .find(|line| line.trim_start().starts_with("dsa 1024 bits"))
        .and_then(|line| line.split_whitespace().last())
        .and_then(|rate| rate.parse().ok())
        .ok_or_else(|| format!("no `dsa 1024 bits` line in its output: {stdout}"))
}
