//! Decoding many keys on every core. Verifying a key's DSA signature dominates an import, and it
//! is independent per key, so keys are shared out among one thread per core.

use std::collections::BTreeMap;
use std::sync::{Condvar, Mutex, PoisonError, mpsc};

use crate::atlassian::key::{self, DecodedKey, KeyError};

/// Decodes every input, in order, using all cores.
pub fn decode_all(inputs: &[&str]) -> Vec<Result<DecodedKey, KeyError>> {
    let mut decoded = Vec::with_capacity(inputs.len());
    let done: Result<(), std::convert::Infallible> =
        decode_each(inputs, inputs.len(), |_, result| {
            decoded.push(result);
            Ok(())
        });
    match done {
        Ok(()) => decoded,
    }
}

/// Which input a worker takes next, and how far the caller has got.
struct Turns {
    next: usize,
    handed: usize,
    stop: bool,
}

/// Decodes every input on all cores, handing each result (with its index) to `each` in input
/// order, as soon as it and every one before it are decoded. Workers run at most `ahead` keys
/// beyond the last one handed on, which bounds what is held at once (a short key can expand
/// into a megabyte of properties). When `each` fails, decoding stops and its error is returned.
/// The threads live as long as the call, not one batch: starting threads per handful of keys
/// cost more than decoding them.
pub fn decode_each<E>(
    inputs: &[&str],
    ahead: usize,
    mut each: impl FnMut(usize, Result<DecodedKey, KeyError>) -> Result<(), E>,
) -> Result<(), E> {
    let threads = crate::config::cores().min(inputs.len());
    if threads <= 1 {
        for (index, input) in inputs.iter().enumerate() {
            each(index, key::decode(input))?;
        }
        return Ok(());
    }
    let ahead = ahead.max(threads);
    let turns = Mutex::new(Turns {
        next: 0,
        handed: 0,
        stop: false,
    });
    let moved = Condvar::new();
    let lock = || turns.lock().unwrap_or_else(PoisonError::into_inner);
    std::thread::scope(|scope| {
        let (send, receive) = mpsc::channel();
        for _ in 0..threads {
            let send = send.clone();
            let moved = &moved;
            scope.spawn(move || {
                loop {
                    let index = {
                        let mut t = lock();
                        while !t.stop && t.next < inputs.len() && t.next >= t.handed + ahead {
                            t = moved.wait(t).unwrap_or_else(PoisonError::into_inner);
                        }
                        if t.stop || t.next >= inputs.len() {
                            return;
                        }
                        t.next += 1;
                        t.next - 1
                    };
                    // A panic in the decoder would be a bug: it is passed on to the caller's
                    // thread, where the server's per-request guard turns it into a 500.
                    let result = std::panic::catch_unwind(|| key::decode(inputs[index]));
                    if send.send((index, result)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(send);
        let mut waiting = BTreeMap::new();
        let mut handed = 0;
        let mut outcome = Ok(());
        let mut panicked = None;
        'receiving: while handed < inputs.len() {
            let Ok((index, result)) = receive.recv() else {
                break;
            };
            waiting.insert(index, result);
            while let Some(result) = waiting.remove(&handed) {
                let result = match result {
                    Ok(result) => result,
                    Err(panic) => {
                        panicked = Some(panic);
                        break 'receiving;
                    }
                };
                if let Err(error) = each(handed, result) {
                    outcome = Err(error);
                    break 'receiving;
                }
                handed += 1;
                lock().handed = handed;
                moved.notify_all();
            }
        }
        lock().stop = true;
        moved.notify_all();
        drop(receive);
        if let Some(panic) = panicked {
            std::panic::resume_unwind(panic);
        }
        outcome
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_input_order_and_stop_at_the_first_refusal() {
        let inputs: Vec<String> = (0..50).map(|i| format!("not a key {i}")).collect();
        let raws: Vec<&str> = inputs.iter().map(String::as_str).collect();
        let mut seen = Vec::new();
        let stopped = decode_each(&raws, 4, |index, result| {
            assert!(result.is_err(), "none of these is a key");
            seen.push(index);
            if index == 30 { Err(index) } else { Ok(()) }
        });
        assert_eq!(stopped, Err(30));
        assert_eq!(seen, (0..=30).collect::<Vec<_>>());
        let all = decode_all(&raws);
        assert_eq!(all.len(), 50);
        assert_eq!(
            all.iter()
                .map(|r| r.as_ref().unwrap_err().to_string())
                .collect::<Vec<_>>(),
            raws.iter()
                .map(|r| key::decode(r).unwrap_err().to_string())
                .collect::<Vec<_>>()
        );
    }
}
