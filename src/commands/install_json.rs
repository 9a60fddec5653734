//! What `server-id --json` and `diagnose --json` say about installations as they are found
//! (Jira XML backups, container environments, embedded H2 databases, a product's own report in
//! a support zip), as codes and values under `found`, beside the English `notes`.

use serde_json::{Value, json};

use crate::atlassian::install::{InstallNote, Installation};

/// One object per thing found, in the order read: `kind` says what it is.
pub(crate) fn found(installation: &Installation) -> Value {
    let found: Vec<Value> = installation
        .notes
        .iter()
        .filter_map(|note| match note {
            InstallNote::BackupNoServerId { file } => {
                Some(json!({ "kind": "backup-without-server-id", "file": file }))
            }
            InstallNote::BackupNoLicence { file } => {
                Some(json!({ "kind": "backup-without-licence", "file": file }))
            }
            InstallNote::ServerIdNotInEnvironment { product, file } => Some(json!({
                "kind": "server-id-not-in-environment",
                "product": product.name(),
                "file": file,
            })),
            InstallNote::ContainerHomeVolume { volume } => {
                Some(json!({ "kind": "container-home-volume", "volume": volume }))
            }
            InstallNote::EmbeddedH2 {
                product,
                found,
                command,
            } => Some(json!({
                "kind": "embedded-h2",
                "product": product.name(),
                "found": found,
                "command": command,
            })),
            InstallNote::ProductReport {
                file,
                sen,
                server_id,
                details,
            } => {
                let details: serde_json::Map<String, Value> = details
                    .iter()
                    .map(|(name, value)| (name.clone(), json!(value)))
                    .collect();
                Some(json!({
                    "kind": "product-report",
                    "file": file,
                    "sen": sen,
                    "server_id": server_id,
                    "details": details,
                }))
            }
            InstallNote::ReportedServerIdDiffers {
                file,
                reported,
                read,
                read_source,
            } => Some(json!({
                "kind": "reported-server-id-differs",
                "file": file,
                "reported": reported,
                "read": read,
                "read_source": read_source,
            })),
            InstallNote::ReportedSenDiffers {
                file,
                reported,
                in_keys,
            } => Some(json!({
                "kind": "reported-sen-differs",
                "file": file,
                "reported": reported,
                "in_keys": in_keys,
            })),
            _ => None,
        })
        .collect();
    Value::Array(found)
}
