//! A licence key pasted into a form: decoded, verified, and refused with a reason the form can
//! show next to the field. Also the facts of a key as the pages show them.

use crate::atlassian::key::{self, DecodedKey, KeyDate, KeyError, Users};

/// Why a pasted key is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyProblem {
    /// Nothing was pasted.
    Empty,
    /// It does not decode; carries the decoder's plain-language reason.
    Unreadable(KeyError),
    /// It decodes but Atlassian's signature does not verify, and the user did not say to add
    /// it anyway.
    NotGenuine,
}

/// Decodes a pasted key. A key whose signature does not verify is refused unless
/// `accept_not_genuine` (the form's "add although not genuine" box) is set.
pub fn check(text: &str, accept_not_genuine: bool) -> Result<DecodedKey, KeyProblem> {
    if text.trim().is_empty() {
        return Err(KeyProblem::Empty);
    }
    let decoded = key::decode(text).map_err(|e| match e {
        KeyError::Empty => KeyProblem::Empty,
        other => KeyProblem::Unreadable(other),
    })?;
    if !decoded.is_genuine() && !accept_not_genuine {
        return Err(KeyProblem::NotGenuine);
    }
    Ok(decoded)
}

/// What a key says, as the details page and the key comparison show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyFacts {
    pub products: Vec<String>,
    pub licence_type: crate::domain::LicenceType,
    /// The user tier, as the key states it (worded by i18n).
    pub users: Option<Users>,
    pub sen: Option<String>,
    pub server_id: Option<String>,
    pub organisation: Option<String>,
    pub support_expiry: Option<KeyDate>,
    pub licence_expiry: Option<KeyDate>,
    pub evaluation: bool,
    pub genuine: bool,
    /// The inner licence hash, with the key's `keyVersion` and the products that refuse the
    /// key for it.
    pub inner_hash: crate::atlassian::key::InnerHash,
    pub key_version: Option<String>,
    pub hash_refusals: Vec<crate::atlassian::key::HashRefusal>,
}

/// The facts of a stored key; `None` when it no longer decodes (it did when it was stored).
pub fn facts_of(stored_key: &str) -> Option<KeyFacts> {
    key::decode(stored_key).ok().map(|decoded| facts(&decoded))
}

pub fn facts(decoded: &DecodedKey) -> KeyFacts {
    let licence = &decoded.licence;
    let users = licence
        .primary_product()
        .and_then(|p| p.users)
        .or(licence.users);
    KeyFacts {
        products: licence.products.iter().map(|p| p.name.clone()).collect(),
        licence_type: super::from_key::licence_type(decoded),
        users,
        sen: licence.sen.clone(),
        server_id: licence.server_id.clone(),
        organisation: licence.organisation.clone(),
        support_expiry: licence.maintenance_expiry_date.clone(),
        licence_expiry: licence.licence_expiry_date.clone(),
        evaluation: licence.evaluation,
        genuine: decoded.is_genuine(),
        inner_hash: decoded.inner_hash.clone(),
        key_version: decoded.property("keyVersion").map(str::to_owned),
        hash_refusals: decoded.hash_refusals(),
    }
}
