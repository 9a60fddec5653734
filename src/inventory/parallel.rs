//! Decoding many keys on every core. Verifying a key's DSA signature dominates an import, and it
//! is independent per key, so a batch is split across one thread per core.

use crate::atlassian::key::{self, DecodedKey, KeyError};

/// Decodes every input, in order, using all cores.
pub fn decode_all(inputs: &[&str]) -> Vec<Result<DecodedKey, KeyError>> {
    let threads = crate::config::cores().min(inputs.len()).max(1);
    if threads == 1 {
        return inputs.iter().map(|k| key::decode(k)).collect();
    }
    let chunk = inputs.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let workers: Vec<_> = inputs
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || part.iter().map(|k| key::decode(k)).collect::<Vec<_>>())
            })
            .collect();
        workers
            .into_iter()
            // A panic in the decoder would be a bug: pass it on to the caller's thread, where
            // the server's per-request guard turns it into a 500.
            .flat_map(|worker| {
                worker
                    .join()
                    .unwrap_or_else(|p| std::panic::resume_unwind(p))
            })
            .collect()
    })
}
