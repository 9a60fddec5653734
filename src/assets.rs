//! The stylesheet, icons and the little JavaScript for copy buttons, embedded in the binary so
//! that an air-gapped browser never reaches for a CDN.

use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "assets/"]
struct Assets;

pub struct Asset {
    pub bytes: std::borrow::Cow<'static, [u8]>,
    pub content_type: &'static str,
    /// A short hash of the content: the ETag, and the `?v=` that makes links change with it.
    pub version: String,
}

/// The asset with exactly this name. Names are looked up, never joined to a path, so `..`
/// cannot reach outside the embedded folder.
pub fn get(name: &str) -> Option<Asset> {
    let file = Assets::get(name)?;
    let hash = file.metadata.sha256_hash();
    Some(Asset {
        bytes: file.data,
        content_type: content_type(name),
        version: hex8(&hash),
    })
}

pub fn version(name: &str) -> String {
    Assets::get(name).map_or_else(String::new, |f| hex8(&f.metadata.sha256_hash()))
}

fn hex8(hash: &[u8; 32]) -> String {
    hash.iter().take(4).map(|b| format!("{b:02x}")).collect()
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit_once('.').map(|(_, ext)| ext) {
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("woff2") => "font/woff2",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_stylesheet_is_embedded_with_its_type() {
        let css = super::get("style.css").unwrap();
        assert_eq!(css.content_type, "text/css; charset=utf-8");
        assert_eq!(css.version.len(), 8);
        assert!(super::get("../Cargo.toml").is_none());
    }
}
