//! Secrets and the guards around them: random tokens stored only as hashes, bcrypt on a bounded
//! number of threads, and the failed-sign-in throttle. No SQL and no HTTP here.

pub mod api_tokens;
pub mod passwords;
pub mod throttle;
pub mod tokens;

pub use passwords::PasswordHasher;
pub use throttle::SignInThrottle;
pub use tokens::Token;
