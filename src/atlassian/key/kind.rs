//! Owns what kind of licence a key is (SPEC §9): what its dates mean and which rules apply to it
//! depend on the kind, not on its type name alone.

use serde::Serialize;

use super::date::KeyDate;
use super::licence::Licence;
use super::product;

/// What kind of licence a key is. One kind per key, the first that applies in this order: a
/// test licence, an evaluation, a developer licence, an app licence, a Fisheye/Crucible server
/// licence, a Data Center subscription, a Server licence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum KeyKind {
    /// Perpetual: only support (maintenance) expires.
    Server,
    /// An annual subscription (`Subscription=true` or `<ns>.DataCenter=true`): at the licence
    /// expiry the product becomes read-only.
    DataCenter,
    /// Fisheye or Crucible, whose Server support did not end in 2024.
    FisheyeCrucible,
    Evaluation,
    /// A non-production licence that follows its production licence's support expiry.
    Developer,
    /// A licence for app developers or testing: relative expiries (`P72H`, `Duration:60000`), a
    /// description marking it so, or the `TESTING` type. Not bound to a Server ID.
    Test,
    /// A Marketplace or Atlassian app licence: its namespaces are apps, not host products.
    App,
}

impl KeyKind {
    /// The code the kind is stored, exported and reported as.
    pub fn code(self) -> &'static str {
        match self {
            KeyKind::Server => "server",
            KeyKind::DataCenter => "data-center",
            KeyKind::FisheyeCrucible => "fisheye-crucible",
            KeyKind::Evaluation => "evaluation",
            KeyKind::Developer => "developer",
            KeyKind::Test => "test",
            KeyKind::App => "app",
        }
    }
}

/// Words in a description that mark a licence for app developers or for testing, as
/// Atlassian's timebomb licences write them ("Test license for plugin developers").
const TEST_DESCRIPTIONS: [&str; 4] = [
    "test license",
    "test licence",
    "for plugin developers",
    "for app developers",
];

impl Licence {
    /// The kind of licence this key is; see [`KeyKind`] for the order the rules apply in.
    pub fn kind(&self) -> KeyKind {
        let primary = self.primary_product();
        let type_is = |name: &str| {
            self.licence_type_name
                .as_deref()
                .is_some_and(|t| t.eq_ignore_ascii_case(name))
        };
        if self.is_test() {
            KeyKind::Test
        } else if self.evaluation {
            KeyKind::Evaluation
        } else if type_is("DEVELOPER") {
            KeyKind::Developer
        } else if primary.is_some_and(|p| !product::is_host(&p.namespace)) {
            KeyKind::App
        } else if primary.is_some_and(|p| matches!(p.namespace.as_str(), "fisheye" | "crucible")) {
            KeyKind::FisheyeCrucible
        } else if self.data_center || self.subscription {
            KeyKind::DataCenter
        } else {
            KeyKind::Server
        }
    }

    /// Whether this is a test licence: an expiry counted from when it is applied, a description
    /// marking it for app developers or testing, or the `TESTING` type.
    pub fn is_test(&self) -> bool {
        let relative = |date: &Option<KeyDate>| matches!(date, Some(KeyDate::Relative { .. }));
        let described = self.description.as_deref().is_some_and(|d| {
            let d = d.to_lowercase();
            TEST_DESCRIPTIONS.iter().any(|marker| d.contains(marker))
        });
        relative(&self.licence_expiry_date)
            || relative(&self.maintenance_expiry_date)
            || described
            || self
                .licence_type_name
                .as_deref()
                .is_some_and(|t| t.eq_ignore_ascii_case("TESTING"))
    }

    /// Whether the key covers apps only (no host product): an app licence.
    pub fn is_app(&self) -> bool {
        !self.products.is_empty() && !self.products.iter().any(|p| product::is_host(&p.namespace))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(pairs: &[(&str, &str)]) -> KeyKind {
        let props: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Licence::from_properties(&props).kind()
    }

    #[test]
    fn kinds_in_order_of_precedence() {
        let conf = [("conf.active", "true"), ("LicenseTypeName", "COMMERCIAL")];
        assert_eq!(kind(&conf), KeyKind::Server);
        assert_eq!(
            kind(&[conf[0], conf[1], ("conf.DataCenter", "true")]),
            KeyKind::DataCenter
        );
        assert_eq!(
            kind(&[conf[0], conf[1], ("Subscription", "true")]),
            KeyKind::DataCenter
        );
        assert_eq!(
            kind(&[("fisheye.active", "true")]),
            KeyKind::FisheyeCrucible
        );
        assert_eq!(
            kind(&[conf[0], ("LicenseTypeName", "DEVELOPER")]),
            KeyKind::Developer
        );
        assert_eq!(
            kind(&[conf[0], conf[1], ("Evaluation", "true")]),
            KeyKind::Evaluation
        );
        assert_eq!(
            kind(&[("com.mxgraph.confluence.plugins.diagramly.active", "true")]),
            KeyKind::App
        );
        assert_eq!(
            kind(&[conf[0], conf[1], ("LicenseExpiryDate", "P72H")]),
            KeyKind::Test
        );
        assert_eq!(
            kind(&[
                conf[0],
                ("Description", "Test license for plugin developers")
            ]),
            KeyKind::Test
        );
        assert_eq!(
            kind(&[conf[0], ("LicenseTypeName", "TESTING")]),
            KeyKind::Test
        );
    }
}
