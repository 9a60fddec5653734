//! The secret of a personal access token: `ldpat_` and 43 random URL-safe characters, shown
//! once to its maker. The database keeps its SHA-256 only; a request's `Authorization: Bearer`
//! header is hashed and looked up.

use super::Token;

/// What every personal access token starts with, so that a secret found in a log or a
/// repository can be recognised (and searched for by secret scanners).
pub const PREFIX: &str = "ldpat_";

/// A new token's secret and the hash to keep.
pub fn new_secret() -> (String, [u8; 32]) {
    let token = Token::generate();
    (format!("{PREFIX}{}", token.as_str()), token.hash())
}

/// The hash to look up for an `Authorization` header's value, when it is `Bearer` and a
/// well-formed secret of ours; `None` for anything else, before the database is asked.
pub fn hash_of_header(value: &str) -> Option<[u8; 32]> {
    let (scheme, credentials) = value.trim().split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("bearer") {
        return None;
    }
    let secret = credentials.trim().strip_prefix(PREFIX)?;
    Token::from_client(secret).map(|t| t.hash())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_secret_is_found_again_by_its_header() {
        let (secret, hash) = new_secret();
        assert!(secret.starts_with(PREFIX));
        assert_eq!(hash_of_header(&format!("Bearer {secret}")), Some(hash));
        assert_eq!(hash_of_header(&format!("bearer  {secret} ")), Some(hash));
    }

    #[test]
    fn anything_else_is_no_token() {
        let (secret, _) = new_secret();
        for header in [
            String::new(),
            secret.clone(),
            format!("Basic {secret}"),
            format!("Bearer {}", &secret[PREFIX.len()..]),
            format!("Bearer {secret}x"),
            "Bearer ldpat_short".to_owned(),
        ] {
            assert_eq!(hash_of_header(&header), None, "{header}");
        }
    }
}
