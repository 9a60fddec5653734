//! Random tokens for sessions, CSRF and one-time links. The cookie or link carries the token;
//! the database keeps only its SHA-256, so a stolen database copy opens no session.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

/// 32 random bytes, written as URL-safe base64 (43 characters).
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    pub fn generate() -> Token {
        let mut bytes = [0u8; 32];
        // The operating system's generator failing is not something to recover from: without
        // it no secret can be made safely.
        getrandom::fill(&mut bytes).expect("the operating system's random generator failed");
        Token(URL_SAFE_NO_PAD.encode(bytes))
    }

    /// A token received from a client. Anything that is not 43 URL-safe base64 characters
    /// cannot be one of ours, and is refused before it reaches the database.
    pub fn from_client(value: &str) -> Option<Token> {
        let well_formed = value.len() == 43
            && value
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        well_formed.then(|| Token(value.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn hash(&self) -> [u8; 32] {
        Sha256::digest(self.0.as_bytes()).into()
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(..)")
    }
}

/// Compares two secrets in time independent of where they differ.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A secret as a form carries it: XORed with fresh random bytes, the random bytes written
/// before it; a request masks it once for the pages it renders. Pages are sent gzipped and the
/// licences list also shows what was searched for; with the token masked anew for every render,
/// each search an attacker could choose is compressed beside different bytes, and a
/// compression side channel (BREACH) has nothing to measure. (A kept page sent again is the
/// same bytes, for the same search.)
pub fn mask(secret: &str) -> String {
    let secret = secret.as_bytes();
    let mut out = vec![0u8; 2 * secret.len()];
    let (pad, masked) = out.split_at_mut(secret.len());
    getrandom::fill(pad).expect("the operating system's random generator failed");
    for ((m, p), s) in masked.iter_mut().zip(pad.iter()).zip(secret) {
        *m = p ^ s;
    }
    URL_SAFE_NO_PAD.encode(out)
}

/// Whether a form's value is `secret`, masked (see `mask`) or as it is (a page rendered before
/// masking, or a script that read the token).
pub fn matches_masked(value: &str, secret: &str) -> bool {
    if secret.is_empty() {
        return false;
    }
    if constant_time_eq(value.as_bytes(), secret.as_bytes()) {
        return true;
    }
    let Ok(bytes) = URL_SAFE_NO_PAD.decode(value) else {
        return false;
    };
    if bytes.len() != 2 * secret.len() {
        return false;
    }
    let (pad, masked) = bytes.split_at(secret.len());
    let unmasked: Vec<u8> = pad.iter().zip(masked).map(|(p, m)| p ^ m).collect();
    constant_time_eq(&unmasked, secret.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_masked_secret_differs_every_time_and_still_matches() {
        let secret = Token::generate();
        let (a, b) = (mask(secret.as_str()), mask(secret.as_str()));
        assert_ne!(a, b);
        assert!(!a.contains(secret.as_str()));
        assert!(matches_masked(&a, secret.as_str()));
        assert!(matches_masked(&b, secret.as_str()));
        assert!(matches_masked(secret.as_str(), secret.as_str()));
        let other = Token::generate();
        assert!(!matches_masked(&a, other.as_str()));
        assert!(!matches_masked("", secret.as_str()));
        assert!(!matches_masked("", ""));
        assert!(!matches_masked("not base64 at all!", secret.as_str()));
        assert!(!matches_masked(&a[..a.len() - 2], secret.as_str()));
    }

    #[test]
    fn tokens_are_distinct_and_round_trip_from_clients() {
        let a = Token::generate();
        let b = Token::generate();
        assert_ne!(a, b);
        assert_eq!(a.as_str().len(), 43);
        assert_eq!(Token::from_client(a.as_str()), Some(a.clone()));
        assert_eq!(Token::from_client("short"), None);
        assert_eq!(Token::from_client(&"!".repeat(43)), None);
        assert_ne!(a.hash(), b.hash());
    }

    #[test]
    fn constant_time_eq_compares_whole_values() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
    }
}
