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
    /// The salt and digest of a hash of a random password, without its cost: checked, at the
    /// highest cost any account's hash has, when an address has no account, so that the answer
    /// takes as long as for a real account and reveals nothing. bcrypt's time depends on the
    /// cost written in the hash alone, so one tail serves every cost.
    dummy_tail: std::sync::OnceLock<String>,
}

/// The cost written in a bcrypt hash (`$2b$12$...`), or `None` for anything else.
pub fn hash_cost(hash: &str) -> Option<u32> {
    let mut parts = hash.split('$');
    let (Some(""), Some(version), Some(cost)) = (parts.next(), parts.next(), parts.next()) else {
        return None;
    };
    let known_version = matches!(version, "2a" | "2b" | "2x" | "2y");
    let two_digits = cost.len() == 2 && cost.bytes().all(|b| b.is_ascii_digit());
    if !known_version || !two_digits {
        return None;
    }
    cost.parse().ok()
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
            dummy_tail: std::sync::OnceLock::new(),
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

    /// A hash no password matches, at `cost` (4 to 31).
    fn dummy_hash(&self, cost: u32) -> String {
        let tail = self.dummy_tail.get_or_init(|| {
            // The lowest cost: only the salt and digest are kept, and they cost nothing to make.
            let random = super::Token::generate();
            bcrypt::hash(random.as_str(), 4)
                .ok()
                .and_then(|hash| hash.get(7..).map(str::to_owned))
                .unwrap_or_default()
        });
        format!("$2b${:02}${tail}", cost.clamp(4, 31))
    }

    pub fn hash(&self, password: &Password) -> Result<String, HashError> {
        let cost = self.cost;
        Ok(self.with_permit(|| bcrypt::hash(password.expose(), cost))??)
    }

    /// Checks a password against a stored hash; `None` (no account, or no password set yet)
    /// is checked against a hash at the configured cost, and is always false. See
    /// `verify_or_dummy` for a cost that matches the accounts' own.
    pub fn verify(&self, password: &str, hash: Option<&str>) -> Result<bool, HashError> {
        self.verify_or_dummy(password, hash, self.cost)
    }

    /// Checks a password against a stored hash; `None` (no account, or no password set yet)
    /// costs as long as a hash at `dummy_cost` (or the configured cost, when higher), and is
    /// always false. A refusal against a cheaper stored hash costs at least as long too.
    pub fn verify_or_dummy(
        &self,
        password: &str,
        hash: Option<&str>,
        dummy_cost: u32,
    ) -> Result<bool, HashError> {
        let dummy;
        let (target, real) = match hash {
            Some(hash) => (hash, true),
            None => {
                dummy = self.dummy_hash(dummy_cost.max(self.cost));
                (dummy.as_str(), false)
            }
        };
        // Only the first 72 bytes would be read by bcrypt; a longer input never matches,
        // because no stored password is longer. It is still checked (against a password of
        // the allowed length), so that its answer takes as long as any other.
        let too_long = password.len() > crate::domain::account::PASSWORD_MAX_BYTES;
        let checked = if too_long { "" } else { password };
        let matched = self
            .with_permit(|| bcrypt::verify(checked, target))?
            .unwrap_or(false);
        // A wrong password against a cheaper hash than the dearest in use would answer sooner
        // than an unknown address does: it also pays for the dummy, so that every refusal takes
        // at least as long as the dearest check.
        let highest = dummy_cost.max(self.cost);
        if real && !matched && hash_cost(target).is_some_and(|cost| cost < highest) {
            let dummy = self.dummy_hash(highest);
            let _ = self.with_permit(|| bcrypt::verify(checked, &dummy))?;
        }
        Ok(real && matched && !too_long)
    }

    /// Whether a stored hash should be made again at the configured cost (after a sign-in
    /// that proved the password): a hash at another cost takes another time to check, and
    /// that difference would tell which addresses have accounts.
    pub fn needs_rehash(&self, hash: &str) -> bool {
        hash_cost(hash) != Some(self.cost)
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
    fn the_dummy_hash_is_a_valid_bcrypt_hash_at_the_cost_asked() {
        let hasher = PasswordHasher::new(4, 1);
        for cost in [4, 5, 12] {
            let dummy = hasher.dummy_hash(cost);
            assert_eq!(hash_cost(&dummy), Some(cost));
            assert_eq!(bcrypt::verify("anything", &dummy).ok(), Some(false));
        }
    }

    #[test]
    fn the_cost_is_read_from_a_hash_and_a_hash_at_another_cost_is_made_again() {
        let hasher = PasswordHasher::new(5, 1);
        let at_four = bcrypt::hash("correct horse battery", 4).unwrap();
        assert_eq!(hash_cost(&at_four), Some(4));
        assert!(hasher.needs_rehash(&at_four));
        let at_five = hasher
            .hash(&Password::new("correct horse battery").unwrap())
            .unwrap();
        assert!(!hasher.needs_rehash(&at_five));
        for junk in ["", "$2b$", "$2b$1$x", "$9z$12$x", "plain", "$2b$ab$x"] {
            assert_eq!(hash_cost(junk), None, "{junk:?}");
        }
    }

    #[test]
    fn an_unknown_address_takes_as_long_as_the_dearest_hash() {
        let hasher = PasswordHasher::new(4, 1);
        let time = |cost: u32| {
            let start = Instant::now();
            assert!(
                !hasher
                    .verify_or_dummy("correct horse battery", None, cost)
                    .unwrap()
            );
            start.elapsed()
        };
        // The first check also makes the dummy's salt; then each cost step doubles the work:
        // cost 10 is 64 times cost 4 (asked for a quarter of that, on a busy machine).
        time(4);
        let (cheap, dear) = (time(4), time(10));
        assert!(dear > cheap * 16, "cost 4 {cheap:?}, cost 10 {dear:?}");
    }

    #[test]
    fn a_wrong_password_against_a_cheaper_hash_takes_as_long_as_the_dearest() {
        let hasher = PasswordHasher::new(4, 1);
        let at_four = bcrypt::hash("correct horse battery", 4).unwrap();
        let time = |hash: Option<&str>, password: &str| {
            let start = Instant::now();
            let matched = hasher.verify_or_dummy(password, hash, 10).unwrap();
            (matched, start.elapsed())
        };
        time(None, "warm up the dummy");
        let (_, unknown) = time(None, "wrong password");
        let (matched, refused) = time(Some(&at_four), "wrong password");
        assert!(!matched);
        // The refusal paid for the cost-10 dummy as well: at least about as long as the
        // unknown address (asked for half of it, on a busy machine).
        assert!(
            refused * 2 > unknown,
            "refused {refused:?}, unknown {unknown:?}"
        );
        // The right password is still a cost-4 check.
        let (matched, accepted) = time(Some(&at_four), "correct horse battery");
        assert!(matched);
        assert!(
            accepted * 4 < unknown,
            "accepted {accepted:?}, unknown {unknown:?}"
        );
    }
}
