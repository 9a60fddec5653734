//! How the licence list is cut and ordered: the section shown and the sort order. Their names
//! in links are URL vocabulary and live with `paths::Route`; the store takes them as they are.

/// Which licences the list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Section {
    #[default]
    Licences,
    Evaluations,
    Archived,
}

/// The order of the list: by support expiry, licences without a date last either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    #[default]
    ExpirySoonest,
    ExpiryLatest,
}
