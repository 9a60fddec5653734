//! Failed sign-ins are limited per account and per client address: after the limit within the
//! window, further attempts are refused without checking the password, with the seconds to wait.
//! Kept in memory: a restart forgets it, which only ever helps a legitimate user.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct SignInThrottle {
    limit: usize,
    window: Duration,
    failures: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl SignInThrottle {
    pub fn new(limit: usize, window: Duration) -> SignInThrottle {
        SignInThrottle {
            limit,
            window,
            failures: Mutex::new(HashMap::new()),
        }
    }

    /// Seconds to wait if any of the keys is over its limit now.
    pub fn blocked_for(&self, keys: &[String], now: Instant) -> Option<u64> {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        let mut wait = None;
        for key in keys {
            if let Some(times) = failures.get_mut(key) {
                while times
                    .front()
                    .is_some_and(|t| now.duration_since(*t) >= self.window)
                {
                    times.pop_front();
                }
                if times.len() >= self.limit
                    && let Some(oldest) = times.front()
                {
                    let left = self.window.saturating_sub(now.duration_since(*oldest));
                    let seconds = left.as_secs() + u64::from(left.subsec_nanos() > 0);
                    wait = Some(wait.map_or(seconds, |w: u64| w.max(seconds)));
                }
            }
        }
        wait
    }

    pub fn record_failure(&self, keys: &[String], now: Instant) {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        // Bound the memory an attacker can make us use with many addresses or accounts.
        if failures.len() > 100_000 {
            let window = self.window;
            failures.retain(|_, times| {
                times
                    .back()
                    .is_some_and(|t| now.duration_since(*t) < window)
            });
        }
        for key in keys {
            let times = failures.entry(key.clone()).or_default();
            times.push_back(now);
            while times.len() > self.limit {
                times.pop_front();
            }
        }
    }

    pub fn clear(&self, key: &str) {
        self.failures
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_failures_a_minute_then_a_wait() {
        let throttle = SignInThrottle::new(10, Duration::from_secs(60));
        let keys = vec![
            "account:a@example.com".to_owned(),
            "addr:127.0.0.1".to_owned(),
        ];
        let start = Instant::now();
        for i in 0..10 {
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
        throttle.clear("account:a@example.com");
    }
}
