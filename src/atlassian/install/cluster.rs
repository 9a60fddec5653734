//! Whether an installation is one node of a Data Center cluster, and which: Jira's
//! `cluster.properties` (`jira.node.id`, `jira.shared.home`) and Confluence's
//! `confluence.cluster.*` properties. Every node of a cluster has the same Server ID, so two
//! nodes recorded with one Server ID are one installation, not a cloned instance.

use std::path::Path;

use serde::Serialize;

use super::{InstallError, Source, files, xml};
use crate::atlassian::properties::{get, parse_lenient};

/// One node of a Data Center cluster, as its home says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClusterNode {
    /// The node's own name: Jira's `jira.node.id`, Confluence's `confluence.cluster.node.name`.
    pub node_id: Option<String>,
    /// What every node of the cluster shares and no other cluster is likely to: Jira's shared
    /// home, Confluence's cluster name (else its shared home).
    pub cluster: Option<String>,
    /// Where it was read.
    pub source: Source,
}

impl ClusterNode {
    /// Whether `self` and a node described by `node_id` and `cluster` may be nodes of one
    /// cluster: both are cluster nodes, and what names their clusters does not differ. A value
    /// one of them lacks decides nothing: a node recorded before its cluster name was read is
    /// still taken for a node of the cluster its Server ID says.
    pub fn same_cluster_as(&self, node_id: Option<&str>, cluster: Option<&str>) -> bool {
        let agree = |ours: Option<&str>, theirs: Option<&str>| match (ours, theirs) {
            (Some(ours), Some(theirs)) => ours.trim() == theirs.trim(),
            _ => true,
        };
        (node_id.is_some() || cluster.is_some()) && agree(self.cluster.as_deref(), cluster)
    }
}

/// The file of a Jira node that says it is one.
const JIRA_CLUSTER_FILE: &str = "cluster.properties";

/// Reads `cluster.properties` in a Jira home, if there is one.
pub(super) fn jira_node(home: &Path) -> Result<Option<ClusterNode>, InstallError> {
    let path = home.join(JIRA_CLUSTER_FILE);
    if !path.is_file() {
        return Ok(None);
    }
    let text = files::read_config_text(&path)?;
    let pairs = parse_lenient(&text);
    let value = |key: &str| {
        get(&pairs, key)
            .map(str::trim)
            .filter(|value| !value.is_empty())
            .map(str::to_string)
    };
    let node_id = value("jira.node.id");
    let cluster = value("jira.shared.home");
    if node_id.is_none() && cluster.is_none() {
        return Ok(None);
    }
    Ok(Some(ClusterNode {
        node_id,
        cluster,
        source: Source::Key {
            file: JIRA_CLUSTER_FILE.to_string(),
            key: "jira.node.id".to_string(),
        },
    }))
}

/// Reads the `confluence.cluster.*` properties of `confluence.cfg.xml`. `confluence.cluster`
/// set to anything but `true` means a single server, whatever else the file still holds.
pub(super) fn confluence_node(document: &xml::Document, label: &str) -> Option<ClusterNode> {
    let value = |name: &str| {
        document
            .property(name)
            .filter(|value| !value.is_empty())
            .map(str::to_string)
    };
    if value("confluence.cluster").is_some_and(|flag| !flag.eq_ignore_ascii_case("true")) {
        return None;
    }
    let node_id = value("confluence.cluster.node.name");
    let cluster = value("confluence.cluster.name")
        .or_else(|| value("confluence.cluster.home"))
        .or_else(|| value("shared-home"));
    if node_id.is_none() && cluster.is_none() && value("confluence.cluster").is_none() {
        return None;
    }
    Some(ClusterNode {
        node_id,
        cluster,
        source: Source::Property {
            file: label.to_string(),
            key: "confluence.cluster.node.name".to_string(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(cluster: Option<&str>) -> ClusterNode {
        ClusterNode {
            node_id: Some("node1".into()),
            cluster: cluster.map(str::to_string),
            source: Source::GivenByHand,
        }
    }

    #[test]
    fn nodes_of_one_cluster_agree_on_what_they_both_know() {
        let shared = node(Some("/srv/jira-shared"));
        assert!(shared.same_cluster_as(Some("node2"), Some("/srv/jira-shared")));
        assert!(shared.same_cluster_as(Some("node2"), None));
        assert!(!shared.same_cluster_as(Some("node2"), Some("/srv/other-shared")));
        // An installation that is no cluster node is never one of its nodes.
        assert!(!shared.same_cluster_as(None, None));
    }

    #[test]
    fn confluence_cluster_properties() {
        let document = xml::parse(
            "<confluence-configuration><properties>\
             <property name=\"confluence.cluster\">true</property>\
             <property name=\"confluence.cluster.name\">wiki</property>\
             <property name=\"confluence.cluster.node.name\">node-a</property>\
             </properties></confluence-configuration>",
        )
        .expect("xml");
        let found = confluence_node(&document, "confluence.cfg.xml").expect("a node");
        assert_eq!(found.node_id.as_deref(), Some("node-a"));
        assert_eq!(found.cluster.as_deref(), Some("wiki"));
        let single = xml::parse(
            "<confluence-configuration><properties>\
             <property name=\"confluence.cluster\">false</property>\
             <property name=\"confluence.cluster.name\">wiki</property>\
             </properties></confluence-configuration>",
        )
        .expect("xml");
        assert_eq!(confluence_node(&single, "confluence.cfg.xml"), None);
    }
}
