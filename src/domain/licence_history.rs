//! What is kept about a licence beside its fields: its Server ID history, and what deleting
//! it takes with it.

/// One change of a licence's Server ID: from what, to what, by whom, when and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ServerIdChange {
    pub old_value: Option<String>,
    pub new_value: Option<String>,
    pub changed_by: String,
    pub changed_at: i64,
    pub reason: String,
}

/// What deleting a licence takes with it, and what stays without it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct DeletionCounts {
    pub contacts: i64,
    pub orders: i64,
    pub keys: i64,
    pub server_ids: i64,
    pub developers: i64,
    pub instances: i64,
}
