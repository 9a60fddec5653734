//! Serving the embedded assets with their content type, an ETag and cache headers.

use crate::error::{AppError, AppResult};

use super::{Ctx, HeaderValue, Response};

pub fn serve(ctx: &Ctx, name: &str) -> AppResult<Response> {
    let asset = crate::assets::get(name).ok_or(AppError::NotFound)?;
    let etag = format!("\"{}\"", asset.version);
    let etag_value =
        HeaderValue::new(etag.clone()).map_err(|e| AppError::Internal(e.to_string()))?;
    // Links carry `?v=<hash>`, so a changed asset has a new URL and can be cached for long.
    let cache = HeaderValue::fixed("public, max-age=31536000, immutable");
    // The ETag is weak (`W/`) when the body went out gzipped; either form names this version.
    let matches = ctx.req.header("if-none-match").is_some_and(|v| {
        v.split(',')
            .any(|t| t.trim().trim_start_matches("W/") == etag)
    });
    if matches {
        return Ok(Response::new(304)
            .header("ETag", etag_value)
            .header("Cache-Control", cache)
            .header("Vary", HeaderValue::fixed("Accept-Encoding")));
    }
    Ok(Response::new(200)
        .header("Content-Type", HeaderValue::fixed(asset.content_type))
        .header("ETag", etag_value)
        .header("Cache-Control", cache)
        .with_body(asset.bytes.into_owned()))
}
