//! Failed sign-ins are counted per key (an account from one client address, a client address,
//! an account from anywhere), each with its own limit within the window; past a limit, further
//! attempts are refused without checking the password, with the seconds to wait.
//! Kept in memory: a restart forgets it, which only ever helps a legitimate user.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::domain::client::client_network;

/// Wrong passwords a minute for one account from one client address: the limit a person who
/// mistypes meets, and the one that stops guessing from one place.
pub const PER_ACCOUNT_AND_ADDRESS: usize = 10;
/// Wrong passwords a minute from one client address, whatever the accounts: stops trying one
/// password on many accounts, with room for an office behind one address.
pub const PER_ADDRESS: usize = 30;
/// Wrong passwords a minute for one account from all addresses together: looser, so that one
/// attacker elsewhere cannot lock the owner out, and still a bound on guessing from many places.
pub const PER_ACCOUNT: usize = 50;
/// How long a failure counts.
pub const WINDOW: Duration = Duration::from_secs(60);
/// Counters kept before the expired ones are swept out.
const SWEEP_ABOVE: usize = 100_000;

/// One counter and its limit within the window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    name: String,
    limit: usize,
}

impl Key {
    pub fn new(name: String, limit: usize) -> Key {
        Key {
            name,
            limit: limit.max(1),
        }
    }

    /// The counters of a sign-in: the account from this address, the address, the account.
    /// `account` is the address typed, trimmed and lower-cased (bounded by the caller).
    pub fn sign_in(account: &str, client: Option<IpAddr>) -> [Key; 3] {
        // Counted by client network (see `client_network`).
        let client = client.map_or_else(
            || "unknown".to_owned(),
            |addr| client_network(addr).to_string(),
        );
        [
            Key::new(
                format!("account+addr:{account} {client}"),
                PER_ACCOUNT_AND_ADDRESS,
            ),
            Key::new(format!("addr:{client}"), PER_ADDRESS),
            Key::new(format!("account:{account}"), PER_ACCOUNT),
        ]
    }
}

pub struct SignInThrottle {
    window: Duration,
    failures: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl SignInThrottle {
    pub fn new(window: Duration) -> SignInThrottle {
        SignInThrottle {
            window,
            failures: Mutex::new(HashMap::new()),
        }
    }

    /// Seconds to wait if any of the keys is at its limit now.
    pub fn blocked_for(&self, keys: &[Key], now: Instant) -> Option<u64> {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        let mut wait = None;
        for key in keys {
            if let Some(times) = failures.get_mut(&key.name) {
                while times
                    .front()
                    .is_some_and(|t| now.duration_since(*t) >= self.window)
                {
                    times.pop_front();
                }
                // The limit-th most recent failure is the one whose expiry lets a try through.
                if times.len() >= key.limit
                    && let Some(oldest) = times.get(times.len() - key.limit)
                {
                    let left = self.window.saturating_sub(now.duration_since(*oldest));
                    let seconds = left.as_secs() + u64::from(left.subsec_nanos() > 0);
                    wait = Some(wait.map_or(seconds, |w: u64| w.max(seconds)));
                }
            }
        }
        wait
    }

    pub fn record_failure(&self, keys: &[Key], now: Instant) {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        // Bound the memory an attacker can make us use with many addresses or accounts.
        if failures.len() > SWEEP_ABOVE {
            let window = self.window;
            failures.retain(|_, times| {
                times
                    .back()
                    .is_some_and(|t| now.duration_since(*t) < window)
            });
        }
        for key in keys {
            let times = failures.entry(key.name.clone()).or_default();
            times.push_back(now);
            while times.len() > key.limit {
                times.pop_front();
            }
        }
    }

    pub fn clear(&self, key: &Key) {
        self.failures
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&key.name);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn ten_failures_a_minute_from_one_address_then_a_wait() {
        let throttle = SignInThrottle::new(WINDOW);
        let keys = Key::sign_in("a@example.com", Some(ip("127.0.0.1")));
        let start = Instant::now();
        for i in 0..PER_ACCOUNT_AND_ADDRESS {
            assert_eq!(throttle.blocked_for(&keys, start), None, "attempt {i}");
            throttle.record_failure(&keys, start);
        }
        let wait = throttle
            .blocked_for(&keys, start + Duration::from_secs(15))
            .unwrap();
        assert_eq!(wait, 45);
        assert_eq!(
            throttle.blocked_for(&keys, start + Duration::from_secs(60)),
            None
        );
    }

    #[test]
    fn the_owner_from_another_address_is_not_locked_out_until_the_account_total() {
        let throttle = SignInThrottle::new(WINDOW);
        let now = Instant::now();
        let attacker = Key::sign_in("a@example.com", Some(ip("203.0.113.1")));
        for _ in 0..PER_ACCOUNT_AND_ADDRESS {
            throttle.record_failure(&attacker, now);
        }
        assert!(throttle.blocked_for(&attacker, now).is_some());
        let owner = Key::sign_in("a@example.com", Some(ip("198.51.100.2")));
        assert_eq!(throttle.blocked_for(&owner, now), None);
        // Many addresses together reach the looser total for the account.
        for i in 1..(PER_ACCOUNT / PER_ACCOUNT_AND_ADDRESS) {
            let other = Key::sign_in("a@example.com", Some(ip(&format!("203.0.113.{}", i + 1))));
            for _ in 0..PER_ACCOUNT_AND_ADDRESS {
                throttle.record_failure(&other, now);
            }
        }
        assert!(throttle.blocked_for(&owner, now).is_some());
        let elsewhere = Key::sign_in("b@example.com", Some(ip("198.51.100.2")));
        assert_eq!(throttle.blocked_for(&elsewhere, now), None);
    }

    #[test]
    fn one_address_trying_many_accounts_meets_the_address_limit() {
        let throttle = SignInThrottle::new(WINDOW);
        let now = Instant::now();
        for i in 0..PER_ADDRESS {
            let keys = Key::sign_in(&format!("user{i}@example.com"), Some(ip("203.0.113.1")));
            assert_eq!(throttle.blocked_for(&keys, now), None);
            throttle.record_failure(&keys, now);
        }
        let next = Key::sign_in("fresh@example.com", Some(ip("203.0.113.1")));
        assert!(throttle.blocked_for(&next, now).is_some());
    }

    #[test]
    fn the_addresses_of_one_ipv6_64_share_their_counters() {
        let throttle = SignInThrottle::new(Duration::from_secs(900));
        let now = Instant::now();
        for n in 0..PER_ADDRESS {
            let account = format!("user{n}@example.com");
            let from = ip(&format!("2001:db8:1:2::{:x}", n + 1));
            throttle.record_failure(&Key::sign_in(&account, Some(from)), now);
        }
        let same_64 = Key::sign_in("fresh@example.com", Some(ip("2001:db8:1:2:ffff::1")));
        assert!(throttle.blocked_for(&same_64, now).is_some());
        let next_64 = Key::sign_in("fresh@example.com", Some(ip("2001:db8:1:3::1")));
        assert!(throttle.blocked_for(&next_64, now).is_none());
    }
}
