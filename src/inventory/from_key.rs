//! What a decoded key fills in on a licence record: product, name, type, tier, SEN,
//! organisation, dates and Server ID (SPEC §6).

use crate::atlassian::key::{DecodedKey, KeyKind, Users};
use crate::domain::Deployment;
use crate::domain::{LicenceFields, LicenceKind, LicenceType};

/// The stored kind of a key's kind: the one mapping between the decoder's vocabulary and the
/// portal's (their codes are the same).
pub fn licence_kind(kind: KeyKind) -> LicenceKind {
    match kind {
        KeyKind::Server => LicenceKind::Server,
        KeyKind::DataCenter => LicenceKind::DataCenter,
        KeyKind::FisheyeCrucible => LicenceKind::FisheyeCrucible,
        KeyKind::Evaluation => LicenceKind::Evaluation,
        KeyKind::Developer => LicenceKind::Developer,
        KeyKind::Test => LicenceKind::Test,
        KeyKind::App => LicenceKind::App,
    }
}

/// The kind of licence a key is, as the portal stores it. What the key says wins: every change
/// that puts a key on a licence sets its kind from here.
pub fn kind_of(decoded: &DecodedKey) -> LicenceKind {
    licence_kind(decoded.licence.kind())
}

/// The licence type as a key gives it, in the words the portal stores: `OPEN_SOURCE` →
/// "Open Source"; evaluations are "Evaluation" whatever type the key gives.
fn licence_type_label(decoded: &DecodedKey) -> String {
    if decoded.licence.evaluation {
        return LicenceType::Evaluation.as_str().into();
    }
    match decoded.licence.licence_type_name.as_deref() {
        Some(raw) if !raw.trim().is_empty() => raw
            .split(['_', ' '])
            .filter(|w| !w.is_empty())
            .map(|w| {
                let lower = w.to_lowercase();
                let mut chars = lower.chars();
                chars
                    .next()
                    .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join(" "),
        _ => LicenceType::Unspecified.as_str().into(),
    }
}

/// The licence type a key gives.
pub fn licence_type(decoded: &DecodedKey) -> LicenceType {
    LicenceType::parse(&licence_type_label(decoded))
}

/// Whether the key is a developer licence.
pub fn is_developer(decoded: &DecodedKey) -> bool {
    !decoded.licence.evaluation && licence_type(decoded).is_developer()
}

/// A new licence record filled from a decoded key. Relative expiries (test keys' `P3H`) have
/// no calendar date, so they leave the date empty; the key itself keeps what it says.
pub fn new_licence_from_key(decoded: &DecodedKey) -> LicenceFields {
    let licence = &decoded.licence;
    let primary = licence.primary_product();
    let data_center = primary.map_or(licence.data_center, |p| p.data_center);
    let users = primary.and_then(|p| p.users).or(licence.users);
    LicenceFields {
        product: primary.map_or_else(|| "Unknown product".to_owned(), |p| p.name.clone()),
        name: licence.licence_name(),
        licence_type: licence_type(decoded),
        deployment: if data_center {
            Deployment::DataCenter
        } else {
            Deployment::Server
        },
        user_tier: match users {
            Some(Users::Limited(n)) => Some(i64::try_from(n).unwrap_or(i64::MAX)),
            Some(Users::Unlimited) | None => None,
        },
        sen: licence.sen.clone(),
        licence_key: Some(decoded.canonical.clone()),
        key_genuine: Some(decoded.is_genuine()),
        server_id: licence.server_id.clone(),
        organisation: licence.organisation.clone().unwrap_or_default(),
        licensed_to: licence
            .contact_name
            .clone()
            .or_else(|| licence.contact_email.clone())
            .unwrap_or_default(),
        purchase_date: licence.purchase_date.as_ref().and_then(|d| d.date()),
        support_expiry: licence
            .maintenance_expiry_date
            .as_ref()
            .and_then(|d| d.date()),
        licence_expiry: licence.licence_expiry_date.as_ref().and_then(|d| d.date()),
        support_level: String::new(),
        auto_renew: false,
        archived: false,
        is_evaluation: licence.evaluation,
        production_licence_id: None,
        notes: String::new(),
        kind: kind_of(decoded),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_kind_is_stored_under_its_own_code() {
        for kind in [
            KeyKind::Server,
            KeyKind::DataCenter,
            KeyKind::FisheyeCrucible,
            KeyKind::Evaluation,
            KeyKind::Developer,
            KeyKind::Test,
            KeyKind::App,
        ] {
            assert_eq!(licence_kind(kind).code(), kind.code());
        }
    }
}
