//! An installation of an Atlassian product as recorded by a diagnosis run: where a licence is
//! installed.

/// The longest label and host name the Diagnose page records an installation under, in
/// characters.
pub const MAX_LABEL_CHARS: usize = 200;
pub const MAX_HOST_CHARS: usize = 253;

/// One recorded installation (the latest snapshot of its host and label).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Instance {
    pub id: i64,
    /// "Confluence", "Jira", as the reader names the product.
    pub product: String,
    /// A name for the installation: `--label`, by default the home folder's name.
    pub label: String,
    pub host: String,
    /// The home directory, config file or support zip that was read.
    pub home: String,
    pub server_id: Option<String>,
    /// The verdict of the run that recorded it, e.g. "match".
    pub verdict: String,
    /// Unix seconds.
    pub recorded_at: i64,
    pub recorded_by: String,
    /// The node id, when the installation is one node of a Data Center cluster.
    pub cluster_node: Option<String>,
    /// What names the node's cluster: its shared home or cluster name.
    pub cluster: Option<String>,
}
