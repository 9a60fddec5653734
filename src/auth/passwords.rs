//! bcrypt hashing and checking on at most as many threads as there are cores, so that a flood of
//! sign-ins cannot take every worker away from page requests.

use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

use crate::domain::Password;

pub struct PasswordHasher {
    cost: u32,
    permits: Mutex<usize>,
    released: Condvar,
    /// How long a sign-in waits for a free bcrypt thread before the server says it is busy.
    max_wait: Duration,
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

impl PasswordHasher {
    pub fn new(cost: u32, threads: usize) -> PasswordHasher {
        PasswordHasher {
            cost,
            permits: Mutex::new(threads.max(1)),
            released: Condvar::new(),
            max_wait: Duration::from_secs(2),
            dummy_hash: std::sync::OnceLock::new(),
        }
    }

    pub fn cost(&self) -> u32 {
        self.cost
    }

    fn with_permit<T>(&self, work: impl FnOnce() -> T) -> Result<T, HashError> {
        let deadline = Instant::now() + self.max_wait;
        {
            let mut free = self.permits.lock().unwrap_or_else(|e| e.into_inner());
            while *free == 0 {
                let left = deadline.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    return Err(HashError::Busy);
                }
                free = self
                    .released
                    .wait_timeout(free, left)
                    .unwrap_or_else(|e| e.into_inner())
                    .0;
            }
            *free -= 1;
        }
        // Give the permit back even if the work panics.
        struct Release<'a>(&'a PasswordHasher);
        impl Drop for Release<'_> {
            fn drop(&mut self) {
                *self.0.permits.lock().unwrap_or_else(|e| e.into_inner()) += 1;
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
    fn the_dummy_hash_is_a_valid_bcrypt_hash() {
        let hasher = PasswordHasher::new(4, 1);
        assert!(bcrypt::verify("anything", hasher.dummy_hash()).is_ok());
    }
}
