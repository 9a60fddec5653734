//! The words for why an installation could not be read (messages `install-*`). The reader
//! (`atlassian::install`) sits below the catalogue and gives only the kind of failure and its
//! values.

use crate::atlassian::install::InstallError;
use crate::tr;

use super::Language;

/// Why an installation could not be read, in a sentence. Byte counts are written plainly, as
/// limits to compare with a file's size.
pub fn install_error(lang: Language, error: &InstallError) -> String {
    let shown = |path: &std::path::Path| path.display().to_string();
    match error {
        InstallError::NotFound { path } => tr!(lang, "install-error-not-found", path = shown(path)),
        InstallError::Io { path, source } => tr!(
            lang,
            "install-error-io",
            path = shown(path),
            reason = source.to_string()
        ),
        InstallError::NotAProductHome { path, looked_for } => tr!(
            lang,
            "install-error-not-a-product-home",
            path = shown(path),
            looked_for = looked_for.clone()
        ),
        InstallError::Unrecognised { path } => {
            tr!(lang, "install-error-unrecognised", path = shown(path))
        }
        InstallError::BadConfig { path, reason } => tr!(
            lang,
            "install-error-bad-config",
            path = shown(path),
            reason = reason.clone()
        ),
        InstallError::BadZip { path, reason } => tr!(
            lang,
            "install-error-bad-zip",
            path = shown(path),
            reason = reason.clone()
        ),
        InstallError::ZipTooLarge { path, reason } => tr!(
            lang,
            "install-error-zip-too-large",
            path = shown(path),
            reason = reason.clone()
        ),
        InstallError::FileTooLarge { path, size, limit } => tr!(
            lang,
            "install-error-file-too-large",
            path = shown(path),
            size = size.to_string(),
            limit = limit.to_string()
        ),
        InstallError::BadServerId(given) => {
            tr!(lang, "install-error-bad-server-id", given = given.clone())
        }
    }
}
