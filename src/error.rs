//! The application's error type. Each variant carries what the user should read; log detail
//! stays separate. `http::response::from_error` is the one place that maps these to statuses.

use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The request is malformed in a way no form field explains.
    #[error("{0}")]
    BadRequest(String),
    /// Not signed in where that is required.
    #[error("sign in to continue")]
    Unauthenticated,
    /// Signed in but not allowed; also a missing or wrong CSRF token.
    #[error("{0}")]
    Forbidden(String),
    /// Missing, or belonging to someone else (the two are not told apart).
    #[error("that page does not exist")]
    NotFound,
    #[error("that method is not allowed here")]
    /// Carries the methods the path does answer (the `Allow` header).
    MethodNotAllowed { allow: &'static str },
    #[error("the request body is too large (at most {limit} bytes here)")]
    PayloadTooLarge { limit: usize },
    #[error("the request took too long to arrive")]
    RequestTimeout,
    #[error("too many attempts; try again in {seconds} seconds")]
    TooManyRequests { seconds: u64 },
    #[error("the server is busy; try again in a moment")]
    Busy,
    #[error("internal error")]
    Internal(String),
}

impl AppError {
    /// The HTTP status of the error: the one place that chooses it, for the pages and the API
    /// alike (the web answers `Unauthenticated` by sending the browser to sign in instead).
    pub fn status(&self) -> u16 {
        match self {
            AppError::BadRequest(_) => 400,
            AppError::Unauthenticated => 401,
            AppError::Forbidden(_) => 403,
            AppError::NotFound => 404,
            AppError::MethodNotAllowed { .. } => 405,
            AppError::RequestTimeout => 408,
            AppError::PayloadTooLarge { .. } => 413,
            AppError::TooManyRequests { .. } => 429,
            AppError::Busy => 503,
            AppError::Internal(_) => 500,
        }
    }
}

impl From<rusqlite::Error> for AppError {
    fn from(e: rusqlite::Error) -> AppError {
        AppError::Internal(format!("database: {e}"))
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> AppError {
        AppError::Internal(e.to_string())
    }
}

impl From<crate::auth::passwords::HashError> for AppError {
    fn from(e: crate::auth::passwords::HashError) -> AppError {
        match e {
            crate::auth::passwords::HashError::Busy => AppError::Busy,
            other => AppError::Internal(other.to_string()),
        }
    }
}

pub type AppResult<T> = Result<T, AppError>;
