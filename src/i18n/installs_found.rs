//! The words for what the readers of installations as they are found have to tell: Jira XML
//! backups, container environments, embedded H2 databases, and what a product reports of itself
//! in a support zip (messages `install-found-*`).

use crate::atlassian::install::{InstallNote, Product};
use crate::tr;

use super::Language;
use super::install::install_source;

/// A product as the messages select on it.
fn product_code(product: Product) -> &'static str {
    match product {
        Product::Jira => "jira",
        Product::Confluence => "confluence",
        Product::Bamboo => "bamboo",
        Product::Crowd => "crowd",
        Product::Bitbucket => "bitbucket",
        Product::Fisheye => "fisheye",
        Product::Unidentified => "other",
    }
}

/// One of the notes this module words, in a sentence; None for any other note.
pub fn note(lang: Language, note: &InstallNote) -> Option<String> {
    let none = || tr!(lang, "install-found-none");
    let text = match note {
        InstallNote::BackupNoServerId { file } => {
            tr!(
                lang,
                "install-found-backup-no-server-id",
                file = file.as_str()
            )
        }
        InstallNote::BackupNoLicence { file } => {
            tr!(
                lang,
                "install-found-backup-no-licence",
                file = file.as_str()
            )
        }
        InstallNote::ServerIdNotInEnvironment { product, file } => tr!(
            lang,
            "install-found-server-id-not-in-environment",
            file = file.as_str(),
            product = product_code(*product)
        ),
        InstallNote::ContainerHomeVolume { volume } => {
            tr!(lang, "install-found-home-volume", volume = volume.as_str())
        }
        InstallNote::EmbeddedH2 {
            product,
            found,
            command,
        } => tr!(
            lang,
            "install-found-embedded-h2",
            product = super::install::product_name(lang, *product),
            found = found.as_str(),
            command = command.as_str()
        ),
        InstallNote::ProductReport {
            file,
            sen,
            server_id,
            details,
        } => {
            let details: Vec<String> = details
                .iter()
                .map(|(name, value)| {
                    tr!(
                        lang,
                        "install-found-report-detail",
                        name = name.as_str(),
                        value = value.as_str()
                    )
                })
                .collect();
            tr!(
                lang,
                "install-found-product-report",
                file = file.as_str(),
                sen = sen.clone().unwrap_or_else(none),
                server_id = server_id.clone().unwrap_or_else(none),
                details = if details.is_empty() {
                    none()
                } else {
                    details.join(&tr!(lang, "install-note-separator"))
                }
            )
        }
        InstallNote::ReportedServerIdDiffers {
            file,
            reported,
            read,
            read_source,
        } => tr!(
            lang,
            "install-found-reported-server-id-differs",
            file = file.as_str(),
            reported = reported.as_str(),
            read = read.as_str(),
            read_source = install_source(lang, read_source)
        ),
        InstallNote::ReportedSenDiffers {
            file,
            reported,
            in_keys,
        } => tr!(
            lang,
            "install-found-reported-sen-differs",
            file = file.as_str(),
            reported = reported.as_str(),
            in_keys = if in_keys.is_empty() {
                none()
            } else {
                in_keys.join(&tr!(lang, "install-note-separator"))
            }
        ),
        _ => return None,
    };
    Some(text)
}
