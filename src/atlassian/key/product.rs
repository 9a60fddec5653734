//! Owns what a licence says about each product it covers: product namespaces and their human
//! names, user tiers, and the lookup rule for per-product properties.

use std::collections::HashMap;
use std::fmt;

use serde::{Serialize, Serializer};

/// How many users a licence allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Users {
    Limited(u64),
    /// Written `-1` in `NumberOfUsers`.
    Unlimited,
}

impl Users {
    /// Reads `NumberOfUsers`: `-1` (any negative number, to be lenient) means unlimited.
    pub fn parse(raw: &str) -> Option<Users> {
        let n: i64 = raw.trim().parse().ok()?;
        Some(u64::try_from(n).map_or(Users::Unlimited, Users::Limited))
    }
}

/// "10 Users", "1 User", "Unlimited Users", as My Atlassian writes tiers.
impl fmt::Display for Users {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Users::Limited(1) => f.write_str("1 User"),
            Users::Limited(n) => write!(f, "{n} Users"),
            Users::Unlimited => f.write_str("Unlimited Users"),
        }
    }
}

/// A number for a limited tier, the string `"unlimited"` otherwise.
impl Serialize for Users {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Users::Limited(n) => serializer.serialize_u64(*n),
            Users::Unlimited => serializer.serialize_str("unlimited"),
        }
    }
}

/// One product a licence covers: a namespace with `<ns>.active=true`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Product {
    /// The property prefix, e.g. `conf`, `jira.product.jira-software`, or an app key.
    pub namespace: String,
    /// The human name, e.g. "Confluence"; app keys are shown as they are.
    pub name: String,
    /// The licence type in Atlassian's upper-case form (`COMMERCIAL`, `DEVELOPER`, ...).
    pub licence_type: Option<String>,
    /// `LicenseEdition` (`ENTERPRISE`, ...), mostly found in older keys.
    pub edition: Option<String>,
    pub users: Option<Users>,
    pub data_center: bool,
    pub evaluation: bool,
}

/// Property lookup over one key's properties, following the naming rule of SPEC §4: a property
/// prefixed by the product's namespace wins for that product, the global name is the fallback,
/// and a `jira.product.*` namespace also inherits from the `jira` platform namespace.
pub(super) struct Lookup<'a> {
    map: HashMap<&'a str, &'a str>,
}

impl<'a> Lookup<'a> {
    pub(super) fn new(properties: &'a [(String, String)]) -> Lookup<'a> {
        Lookup {
            map: properties
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect(),
        }
    }

    /// The namespace's own value for `name`, then the `jira` platform's for Jira products;
    /// empty values count as absent, as Atlassian writes `ContactEMail=` when it has none.
    pub(super) fn prefixed(&self, namespace: Option<&str>, name: &str) -> Option<&'a str> {
        let namespace = namespace?;
        let own = self.non_empty(&format!("{namespace}.{name}"));
        own.or_else(|| {
            namespace
                .starts_with("jira.product.")
                .then(|| self.non_empty(&format!("jira.{name}")))
                .flatten()
        })
    }

    /// The prefixed value if any, else the global one.
    pub(super) fn get(&self, namespace: Option<&str>, name: &str) -> Option<&'a str> {
        self.prefixed(namespace, name)
            .or_else(|| self.non_empty(name))
    }

    pub(super) fn flag(&self, namespace: Option<&str>, name: &str) -> bool {
        self.get(namespace, name)
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    }

    pub(super) fn non_empty(&self, key: &str) -> Option<&'a str> {
        self.map.get(key).copied().filter(|v| !v.trim().is_empty())
    }

    /// The licence type for a namespace: `LicenseTypeName`, or failing that the type named at
    /// the end of `LicenseType` ("Confluence: Developer" -> `DEVELOPER`); prefixed names of
    /// either kind win over global ones, because they describe this product specifically.
    pub(super) fn licence_type(&self, namespace: Option<&str>) -> Option<String> {
        let from_type = |raw: &str| {
            let last = raw.rsplit(':').next().unwrap_or(raw).trim();
            (!last.is_empty()).then(|| last.to_ascii_uppercase().replace([' ', '-'], "_"))
        };
        self.prefixed(namespace, "LicenseTypeName")
            .map(|v| v.trim().to_string())
            .or_else(|| self.prefixed(namespace, "LicenseType").and_then(from_type))
            .or_else(|| {
                self.non_empty("LicenseTypeName")
                    .map(|v| v.trim().to_string())
            })
            .or_else(|| self.non_empty("LicenseType").and_then(from_type))
    }
}

/// Builds the products a key covers, in the order their `.active` lines appear.
pub(super) fn products(properties: &[(String, String)], lookup: &Lookup<'_>) -> Vec<Product> {
    // Jira Data Center keys also carry `JiraProduct.DataCentre.active=true`: a flag for the
    // Jira products, not a product of its own.
    let jira_data_centre = lookup.flag(None, "JiraProduct.DataCentre.active");
    properties
        .iter()
        .filter(|(_, value)| value.trim().eq_ignore_ascii_case("true"))
        .filter_map(|(key, _)| key.strip_suffix(".active"))
        .filter(|ns| !ns.is_empty() && !ns.starts_with("JiraProduct."))
        .map(|ns| {
            let is_jira = ns == "jira" || ns.starts_with("jira.product.");
            // Older Confluence Data Center keys say so only by allowing cluster nodes.
            let clustered = lookup
                .prefixed(Some(ns), "NumberOfClusterNodes")
                .and_then(|n| n.trim().parse::<i64>().ok())
                .is_some_and(|n| n > 0);
            Product {
                namespace: ns.to_string(),
                name: product_name(ns),
                licence_type: lookup.licence_type(Some(ns)),
                edition: lookup
                    .get(Some(ns), "LicenseEdition")
                    .map(|v| v.trim().to_string()),
                users: lookup.get(Some(ns), "NumberOfUsers").and_then(Users::parse),
                data_center: lookup.flag(Some(ns), "DataCenter")
                    || clustered
                    || (is_jira && jira_data_centre),
                evaluation: lookup.flag(Some(ns), "Evaluation"),
            }
        })
        .collect()
}

/// The name My Atlassian shows for a namespace. The bare `jira` namespace is the pre-Jira-7
/// platform licence, which My Atlassian still calls "JIRA"; since Jira 7 a key also carries
/// `jira.product.*` namespaces, which are then the primary product.
pub fn product_name(namespace: &str) -> String {
    let name = match namespace {
        "jira" => "JIRA",
        "jira.product.jira-software" => "Jira Software",
        "jira.product.jira-servicedesk" => "Jira Service Management",
        "jira.product.jira-core" => "Jira Core",
        "conf" => "Confluence",
        "stash" => "Bitbucket",
        "bamboo" => "Bamboo",
        "crowd" => "Crowd",
        "fisheye" => "Fisheye",
        "crucible" => "Crucible",
        "clover" => "Clover",
        "greenhopper" => "Jira Agile",
        "bonfire" => "Capture for Jira",
        "team_calendars" => "Team Calendars for Confluence",
        "plugins.*" => "All apps (plugins.*)",
        other => other,
    };
    name.to_string()
}

/// Whether a namespace is a host product (Jira, Confluence, Bitbucket, Bamboo, Crowd, Fisheye,
/// Crucible, Clover) rather than an app that runs on one.
pub fn is_host(namespace: &str) -> bool {
    primary_rank(namespace) <= 10 || namespace == "clover"
}

/// How strongly a namespace claims to be "the" product of a key (lower wins): Jira's
/// application products, then the host products, then add-ons that Atlassian itself licensed,
/// then Marketplace apps, then the wildcard that covers all apps.
pub(super) fn primary_rank(namespace: &str) -> u8 {
    match namespace {
        "jira.product.jira-software" => 0,
        "jira.product.jira-servicedesk" => 1,
        "jira.product.jira-core" => 2,
        "jira" => 3,
        "conf" => 4,
        "stash" => 5,
        "bamboo" => 6,
        "crowd" => 7,
        "fisheye" => 8,
        "crucible" => 9,
        ns if ns.starts_with("jira.product.") => 10,
        "clover" | "greenhopper" | "bonfire" | "team_calendars" => 20,
        "plugins.*" => 40,
        _ => 30,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn props(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn users_tiers() {
        assert_eq!(Users::parse("10"), Some(Users::Limited(10)));
        assert_eq!(Users::parse("-1"), Some(Users::Unlimited));
        assert_eq!(Users::parse("lots"), None);
        assert_eq!(Users::Limited(1).to_string(), "1 User");
        assert_eq!(Users::Limited(500).to_string(), "500 Users");
        assert_eq!(Users::Unlimited.to_string(), "Unlimited Users");
    }

    #[test]
    fn prefixed_wins_and_global_is_fallback() {
        let p = props(&[
            ("LicenseTypeName", "COMMERCIAL"),
            ("NumberOfUsers", "10"),
            ("conf.LicenseTypeName", "ACADEMIC"),
            ("jira.NumberOfUsers", "25"),
            ("jira.ContactEMail", ""),
            ("ContactEMail", "a@example.com"),
        ]);
        let lookup = Lookup::new(&p);
        assert_eq!(
            lookup.get(Some("conf"), "LicenseTypeName"),
            Some("ACADEMIC")
        );
        assert_eq!(
            lookup.get(Some("stash"), "LicenseTypeName"),
            Some("COMMERCIAL")
        );
        assert_eq!(
            lookup.get(Some("jira.product.jira-core"), "NumberOfUsers"),
            Some("25")
        );
        assert_eq!(
            lookup.get(Some("jira"), "ContactEMail"),
            Some("a@example.com")
        );
    }

    #[test]
    fn licence_type_prefers_prefixed_licence_type_over_global_name() {
        let p = props(&[
            ("LicenseTypeName", "STARTER"),
            ("conf.LicenseType", "Confluence: Developer"),
        ]);
        let lookup = Lookup::new(&p);
        assert_eq!(
            lookup.licence_type(Some("conf")).as_deref(),
            Some("DEVELOPER")
        );
        assert_eq!(
            lookup.licence_type(Some("crowd")).as_deref(),
            Some("STARTER")
        );
    }

    #[test]
    fn products_are_active_namespaces_in_order() {
        let p = props(&[
            ("stash.active", "true"),
            ("conf.active", "false"),
            ("JiraProduct.DataCentre.active", "true"),
            ("jira.product.jira-software.active", "true"),
            ("com.example.app.active", "true"),
            (".active", "true"),
        ]);
        let lookup = Lookup::new(&p);
        let list = products(&p, &lookup);
        let names: Vec<&str> = list.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Bitbucket", "Jira Software", "com.example.app"]);
        assert!(!list.iter().any(|p| p.namespace == "stash" && p.data_center));
        assert!(
            list.iter()
                .any(|p| p.namespace.starts_with("jira") && p.data_center)
        );
    }
}
