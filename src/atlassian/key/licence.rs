//! Owns `Licence`: the typed view of a key's properties (products, SEN, Server ID, contacts,
//! dates, flags) and the licence name in My Atlassian's style.

use serde::Serialize;

use super::date::KeyDate;
use super::product::{self, Lookup, Product, Users};

/// What a licence key says, read from its properties. Licence-wide values are looked up under
/// the primary product's namespace first and under the global name second (SPEC §4); empty
/// values count as absent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Licence {
    /// Every product with `<ns>.active=true`, in the order of the properties.
    pub products: Vec<Product>,
    /// Support Entitlement Number (`SEN-…`; evaluations have `SEN-L…`).
    pub sen: Option<String>,
    pub server_id: Option<String>,
    pub licence_id: Option<String>,
    pub organisation: Option<String>,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub description: Option<String>,
    pub partner_name: Option<String>,
    pub purchase_date: Option<KeyDate>,
    pub creation_date: Option<KeyDate>,
    pub maintenance_expiry_date: Option<KeyDate>,
    pub licence_expiry_date: Option<KeyDate>,
    /// The primary product's licence type (`COMMERCIAL`, `DEVELOPER`, ...), or the global one.
    pub licence_type_name: Option<String>,
    /// The primary product's `LicenseEdition`, or the global one.
    pub edition: Option<String>,
    /// The primary product's user tier, or the global one.
    pub users: Option<Users>,
    /// The key's global `NumberOfUsers`, whichever product is primary: the tier of a key that
    /// covers every host product, whose per-product tiers describe one product each.
    pub global_users: Option<Users>,
    pub evaluation: bool,
    pub subscription: bool,
    pub starter: bool,
    /// True when any covered product is licensed for Data Center, or the key says so globally.
    pub data_center: bool,
}

impl Licence {
    /// Reads the typed view from decoded properties. Never fails: missing or odd values become
    /// `None`, and the raw properties stay available beside this view.
    pub fn from_properties(properties: &[(String, String)]) -> Licence {
        let lookup = Lookup::new(properties);
        let products = product::products(properties, &lookup);
        let primary = primary_of(&products);
        let ns = primary.map(|p| p.namespace.as_str());
        let text = |name: &str| lookup.get(ns, name).map(|v| v.trim().to_string());
        let date = |name: &str| lookup.get(ns, name).map(KeyDate::parse);
        Licence {
            sen: text("SEN"),
            server_id: text("ServerID"),
            licence_id: text("LicenseID"),
            organisation: text("Organisation"),
            contact_name: text("ContactName"),
            contact_email: text("ContactEMail"),
            description: text("Description"),
            partner_name: text("PartnerName"),
            purchase_date: date("PurchaseDate"),
            creation_date: date("CreationDate"),
            maintenance_expiry_date: date("MaintenanceExpiryDate"),
            licence_expiry_date: date("LicenseExpiryDate"),
            licence_type_name: primary
                .and_then(|p| p.licence_type.clone())
                .or_else(|| lookup.licence_type(None)),
            edition: primary
                .and_then(|p| p.edition.clone())
                .or_else(|| text("LicenseEdition")),
            users: primary
                .and_then(|p| p.users)
                .or_else(|| lookup.get(None, "NumberOfUsers").and_then(Users::parse)),
            global_users: lookup.get(None, "NumberOfUsers").and_then(Users::parse),
            evaluation: primary.is_some_and(|p| p.evaluation) || lookup.flag(ns, "Evaluation"),
            subscription: lookup.flag(ns, "Subscription"),
            starter: lookup.flag(ns, "Starter"),
            data_center: products.iter().any(|p| p.data_center) || lookup.flag(None, "DataCenter"),
            products,
        }
    }

    /// The product the licence is "for": Jira's application products first (Software, Service
    /// Management, Core), then JIRA, Confluence, Bitbucket, Bamboo, Crowd, Fisheye, Crucible,
    /// then Atlassian's own add-ons, Marketplace apps, and the all-apps wildcard; the first
    /// listed wins a tie.
    pub fn primary_product(&self) -> Option<&Product> {
        primary_of(&self.products)
    }

    /// The licence's name as My Atlassian shows it, built from the primary product:
    /// `"<product> (<Server|Data Center>) <tier>: <type> License"`, e.g.
    /// "Confluence (Data Center) 10 Users: Commercial License" or
    /// "JIRA (Server) Unlimited Users: Commercial License".
    ///
    /// Rules: the tier is left out when the key gives no user count; an evaluation is called
    /// "Evaluation License" whatever its type (evaluations are typed COMMERCIAL); the type is
    /// `COMMERCIAL` -> "Commercial", `OPEN_SOURCE` -> "Open Source" and so on (words of the
    /// upper-case name, capitalised), and left out with its "License" when the key has none;
    /// a key without any active product is named "Unknown product". A key that covers every
    /// host product (see [`Licence::covers_all_hosts`]) is named "All Atlassian products",
    /// with its global tier, rather than after whichever product ranks first.
    pub fn licence_name(&self) -> String {
        let primary = self.primary_product();
        let all_hosts = self.covers_all_hosts();
        let name = if all_hosts {
            ALL_HOSTS_NAME
        } else {
            primary.map_or("Unknown product", |p| p.name.as_str())
        };
        let data_center = primary.map_or(self.data_center, |p| p.data_center);
        let deployment = if data_center { "Data Center" } else { "Server" };
        let mut out = format!("{name} ({deployment})");
        let tier = if all_hosts {
            self.global_users
                .or_else(|| primary.and_then(|p| p.users))
                .or(self.users)
        } else {
            primary.and_then(|p| p.users).or(self.users)
        };
        if let Some(users) = tier {
            out.push(' ');
            out.push_str(&users.to_string());
        }
        let evaluation = self.evaluation || primary.is_some_and(|p| p.evaluation);
        let kind = if evaluation {
            Some("Evaluation".to_string())
        } else {
            primary
                .and_then(|p| p.licence_type.as_deref())
                .or(self.licence_type_name.as_deref())
                .map(type_label)
                .filter(|label| !label.is_empty())
        };
        if let Some(kind) = kind {
            out.push_str(&format!(": {kind} License"));
        }
        out
    }

    /// Whether the key is active for every host product: Jira, Confluence, Bamboo, Crowd and
    /// Fisheye or Crucible, as Atlassian's timebomb keys for app developers are. Bitbucket is
    /// not asked for, because keys made before it existed (Stash, 2012) cover all the others
    /// and are meant just as much for every product; a key naming it as well qualifies too.
    pub fn covers_all_hosts(&self) -> bool {
        let covers = |wanted: &dyn Fn(&str) -> bool| {
            self.products.iter().any(|p| wanted(p.namespace.as_str()))
        };
        covers(&|ns| ns == "jira" || ns.starts_with("jira.product."))
            && covers(&|ns| ns == "conf")
            && covers(&|ns| ns == "bamboo")
            && covers(&|ns| ns == "crowd")
            && covers(&|ns| ns == "fisheye" || ns == "crucible")
    }
}

/// The name of a key that covers every host product.
const ALL_HOSTS_NAME: &str = "All Atlassian products";

fn primary_of(products: &[Product]) -> Option<&Product> {
    products
        .iter()
        .enumerate()
        .min_by_key(|(index, p)| (product::primary_rank(&p.namespace), *index))
        .map(|(_, p)| p)
}

/// `OPEN_SOURCE` -> "Open Source", `COMMERCIAL` -> "Commercial".
fn type_label(raw: &str) -> String {
    raw.split(['_', ' '])
        .filter(|w| !w.is_empty())
        .map(|word| {
            let lower = word.to_lowercase();
            let mut chars = lower.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn licence(pairs: &[(&str, &str)]) -> Licence {
        let props: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Licence::from_properties(&props)
    }

    #[test]
    fn names_in_my_atlassian_style() {
        let conf = licence(&[
            ("NumberOfUsers", "10"),
            ("LicenseTypeName", "COMMERCIAL"),
            ("conf.active", "true"),
            ("conf.DataCenter", "true"),
        ]);
        assert_eq!(
            conf.licence_name(),
            "Confluence (Data Center) 10 Users: Commercial License"
        );
        let jira = licence(&[
            ("jira.active", "true"),
            ("jira.NumberOfUsers", "500"),
            ("jira.LicenseTypeName", "COMMERCIAL"),
        ]);
        assert_eq!(
            jira.licence_name(),
            "JIRA (Server) 500 Users: Commercial License"
        );
        let eval = licence(&[
            ("stash.active", "true"),
            ("NumberOfUsers", "-1"),
            ("LicenseTypeName", "COMMERCIAL"),
            ("Evaluation", "true"),
        ]);
        assert_eq!(
            eval.licence_name(),
            "Bitbucket (Server) Unlimited Users: Evaluation License"
        );
        let open_source = licence(&[
            ("bamboo.active", "true"),
            ("LicenseTypeName", "OPEN_SOURCE"),
        ]);
        assert_eq!(
            open_source.licence_name(),
            "Bamboo (Server): Open Source License"
        );
        assert_eq!(licence(&[]).licence_name(), "Unknown product (Server)");
    }

    #[test]
    fn a_key_for_every_host_product_is_named_so() {
        let hosts = [
            ("jira.active", "true"),
            ("conf.active", "true"),
            ("bamboo.active", "true"),
            ("crowd.active", "true"),
            ("crucible.active", "true"),
            ("jira.NumberOfUsers", "10"),
            ("NumberOfUsers", "-1"),
            ("LicenseTypeName", "COMMERCIAL"),
        ];
        let all = licence(&hosts);
        assert!(all.covers_all_hosts());
        assert_eq!(
            all.licence_name(),
            "All Atlassian products (Server) Unlimited Users: Commercial License"
        );
        let mut with_bitbucket = hosts.to_vec();
        with_bitbucket.push(("stash.active", "true"));
        assert!(licence(&with_bitbucket).covers_all_hosts());
        // One host missing: named after its primary product, as before.
        for missing in [
            "jira.active",
            "conf.active",
            "bamboo.active",
            "crowd.active",
            "crucible.active",
        ] {
            let fewer: Vec<(&str, &str)> = hosts
                .iter()
                .copied()
                .filter(|(k, _)| *k != missing)
                .collect();
            let l = licence(&fewer);
            assert!(!l.covers_all_hosts(), "without {missing}");
            assert!(!l.licence_name().starts_with("All"), "without {missing}");
        }
    }

    #[test]
    fn primary_product_prefers_jira_applications_then_hosts() {
        let l = licence(&[
            ("com.example.app.active", "true"),
            ("greenhopper.active", "true"),
            ("jira.active", "true"),
            ("jira.product.jira-core.active", "true"),
            ("jira.product.jira-software.active", "true"),
        ]);
        assert_eq!(
            l.primary_product().map(|p| p.name.as_str()),
            Some("Jira Software")
        );
        let app = licence(&[
            ("com.example.app.active", "true"),
            ("plugins.*.active", "true"),
        ]);
        assert_eq!(
            app.primary_product().map(|p| p.name.as_str()),
            Some("com.example.app")
        );
    }

    #[test]
    fn licence_wide_fields_follow_the_primary_namespace() {
        let l = licence(&[
            ("jira.active", "true"),
            ("jira.SEN", "SEN-L123"),
            ("ServerID", "BG9T-XUV4-KZZH-B01W"),
            ("jira.ContactEMail", ""),
            ("jira.Evaluation", "true"),
            ("jira.LicenseExpiryDate", "P72H"),
            ("PurchaseDate", "2000-01-01"),
        ]);
        assert_eq!(l.sen.as_deref(), Some("SEN-L123"));
        assert_eq!(l.server_id.as_deref(), Some("BG9T-XUV4-KZZH-B01W"));
        assert_eq!(l.contact_email, None);
        assert!(l.evaluation);
        assert_eq!(
            l.purchase_date.and_then(|d| d.date()),
            Some(jiff::civil::date(2000, 1, 1))
        );
        assert!(matches!(
            l.licence_expiry_date,
            Some(KeyDate::Relative { .. })
        ));
    }

    #[test]
    fn type_labels() {
        assert_eq!(type_label("COMMERCIAL"), "Commercial");
        assert_eq!(type_label("OPEN_SOURCE"), "Open Source");
        assert_eq!(type_label(""), "");
    }
}
