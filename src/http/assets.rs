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
    if ctx.req.header("if-none-match") == Some(etag.as_str()) {
        return Ok(Response::new(304)
            .header("ETag", etag_value)
            .header("Cache-Control", cache));
    }
    Ok(Response::new(200)
        .header("Content-Type", HeaderValue::fixed(asset.content_type))
        .header("ETag", etag_value)
        .header("Cache-Control", cache)
        .with_body(asset.bytes.into_owned()))
}
