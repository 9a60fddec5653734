//! bcrypt hashing and checking on a bounded number of threads, so that a flood of sign-ins cannot
//! take the CPU or the workers away from page requests: at most `threads` hashes run at once,
//! and at most `in_flight` requests hash or wait for a turn; past that the answer is "busy" at
//! once, without holding a worker.

use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

use crate::domain::Password;

pub struct PasswordHasher {
    cost: u32,
    slots: Mutex<Slots>,
    released: Condvar,
    /// How long a sign-in waits for a free bcrypt thread before the server says it is busy.
    max_wait: Duration,
    /// Hashes running or waiting, at most.
    max_in_flight: usize,
    /// A hash of a random password at the configured cost: checked when an address has no
    /// account, so the answer takes as long as for a real account and reveals nothing.
    dummy_hash: std::sync::OnceLock<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum HashError {
    #[error("the server is busy checking other sign-ins; try again in a moment")]
    Busy,
    #[error("password hashing failed: {0}")]
    Bcrypt(#[from] bcrypt::BcryptError),
}

struct Slots {
    /// Hashes that may start now.
    free: usize,
    /// Hashes running or waiting.
    in_flight: usize,
}

impl PasswordHasher {
    /// `threads` hashes at once; as many requests again may wait for a turn.
    pub fn new(cost: u32, threads: usize) -> PasswordHasher {
        PasswordHasher::with_limits(cost, threads, 2 * threads.max(1))
    }

    pub fn with_limits(cost: u32, threads: usize, max_in_flight: usize) -> PasswordHasher {
        let threads = threads.max(1);
        PasswordHasher {
            cost,
            slots: Mutex::new(Slots {
                free: threads,
                in_flight: 0,
            }),
            released: Condvar::new(),
            max_wait: Duration::from_millis(1500),
            max_in_flight: max_in_flight.max(threads),
            dummy_hash: std::sync::OnceLock::new(),
        }
    }

    pub fn cost(&self) -> u32 {
        self.cost
    }

    fn with_permit<T>(&self, work: impl FnOnce() -> T) -> Result<T, HashError> {
        let deadline = Instant::now() + self.max_wait;
        {
            let mut slots = self.slots.lock().unwrap_or_else(|e| e.into_inner());
            if slots.in_flight >= self.max_in_flight {
                return Err(HashError::Busy);
            }
            slots.in_flight += 1;
            while slots.free == 0 {
                let left = deadline.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    slots.in_flight -= 1;
                    return Err(HashError::Busy);
                }
                slots = self
                    .released
                    .wait_timeout(slots, left)
                    .unwrap_or_else(|e| e.into_inner())
                    .0;
            }
            slots.free -= 1;
        }
        // Give the turn back even if the work panics.
        struct Release<'a>(&'a PasswordHasher);
        impl Drop for Release<'_> {
            fn drop(&mut self) {
                let mut slots = self.0.slots.lock().unwrap_or_else(|e| e.into_inner());
                slots.free += 1;
                slots.in_flight -= 1;
                drop(slots);
                self.0.released.notify_one();
            }
        }
        let _release = Release(self);
        Ok(work())
    }

    fn dummy_hash(&self) -> &str {
        self.dummy_hash.get_or_init(|| {
            let random = super::Token::generate();
            bcrypt::hash(random.as_str(), self.cost).unwrap_or_default()
        })
    }

    pub fn hash(&self, password: &Password) -> Result<String, HashError> {
        let cost = self.cost;
        Ok(self.with_permit(|| bcrypt::hash(password.expose(), cost))??)
    }

    /// Checks a password against a stored hash; `None` (no account, or no password set yet)
    /// costs the same time and is always false.
    pub fn verify(&self, password: &str, hash: Option<&str>) -> Result<bool, HashError> {
        // Only the first 72 bytes would be read by bcrypt; a longer input never matches,
        // because no stored password is longer.
        if password.len() > crate::domain::account::PASSWORD_MAX_BYTES {
            return Ok(false);
        }
        let (target, real) = match hash {
            Some(hash) => (hash, true),
            None => (self.dummy_hash(), false),
        };
        let matched = self
            .with_permit(|| bcrypt::verify(password, target))?
            .unwrap_or(false);
        Ok(real && matched)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_then_verify() {
        let hasher = PasswordHasher::new(4, 1);
        let hash = hasher
            .hash(&Password::new("correct horse battery").unwrap())
            .unwrap();
        assert!(hasher.verify("correct horse battery", Some(&hash)).unwrap());
        assert!(!hasher.verify("wrong horse battery", Some(&hash)).unwrap());
        assert!(!hasher.verify("correct horse battery", None).unwrap());
    }

    #[test]
    fn past_the_in_flight_limit_the_answer_is_busy_at_once() {
        let hasher = std::sync::Arc::new(PasswordHasher::with_limits(10, 1, 1));
        let busy_hasher = hasher.clone();
        let started = std::sync::Arc::new(std::sync::Barrier::new(2));
        let in_hash = started.clone();
        let worker = std::thread::spawn(move || {
            busy_hasher.with_permit(|| {
                in_hash.wait();
                std::thread::sleep(Duration::from_millis(300));
            })
        });
        started.wait();
        let before = Instant::now();
        assert!(matches!(hasher.with_permit(|| ()), Err(HashError::Busy)));
        assert!(
            before.elapsed() < Duration::from_millis(100),
            "no waiting when full"
        );
        worker.join().unwrap().unwrap();
        assert!(hasher.with_permit(|| ()).is_ok(), "the turn was given back");
    }

    #[test]
    fn the_dummy_hash_is_a_valid_bcrypt_hash() {
        let hasher = PasswordHasher::new(4, 1);
        assert!(bcrypt::verify("anything", hasher.dummy_hash()).is_ok());
    }
}
