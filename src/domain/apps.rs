//! App (Marketplace) licences and the host licences they run on (SPEC §9): which host product
//! an app runs on, which stored licences are hosts, and what is wrong with an app on its host.

use jiff::civil::{Date, date};

use super::{Deployment, LicenceFields};

/// A product an app licence runs on. Jira's application products (Jira Software, Jira Service
/// Management, Jira Core) are one host: apps are licensed for the Jira instance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HostProduct {
    Jira,
    Confluence,
    Bitbucket,
    Bamboo,
    Crowd,
    FisheyeCrucible,
}

impl HostProduct {
    /// The code the host product is exported and reported as.
    pub fn code(self) -> &'static str {
        match self {
            HostProduct::Jira => "jira",
            HostProduct::Confluence => "confluence",
            HostProduct::Bitbucket => "bitbucket",
            HostProduct::Bamboo => "bamboo",
            HostProduct::Crowd => "crowd",
            HostProduct::FisheyeCrucible => "fisheye-crucible",
        }
    }

    /// The host product a stored licence is for, from its product as keys name it ("Jira
    /// Software", "Confluence", "Bitbucket", ...); `None` for an app or anything else.
    pub fn of_host(product: &str) -> Option<HostProduct> {
        match product.trim().to_lowercase().as_str() {
            "jira"
            | "jira software"
            | "jira service management"
            | "jira service desk"
            | "jira core" => Some(HostProduct::Jira),
            "confluence" => Some(HostProduct::Confluence),
            "bitbucket" | "bitbucket server" | "bitbucket data center" | "stash" => {
                Some(HostProduct::Bitbucket)
            }
            "bamboo" => Some(HostProduct::Bamboo),
            "crowd" => Some(HostProduct::Crowd),
            "fisheye" | "crucible" | "fisheye/crucible" => Some(HostProduct::FisheyeCrucible),
            _ => None,
        }
    }

    /// The host product an app runs on, read from its namespace: the first part naming a host
    /// (`com.mxgraph.confluence.plugins.diagramly` and `team_calendars` run on Confluence,
    /// `com.onresolve.jira.groovy.groovyrunner` on Jira). Vendors put the host first in their
    /// package names, so the first such part decides
    /// (`com.atlassian.jira.plugins.jira-bitbucket-connector-plugin` is a Jira app). `None` when
    /// no part names a host (`plugins.*`, or a vendor that does not say): the user chooses.
    pub fn of_app(namespace: &str) -> Option<HostProduct> {
        let lower = namespace.to_lowercase();
        if lower.starts_with("team_calendars") {
            return Some(HostProduct::Confluence);
        }
        lower.split(['.', '-', '_']).find_map(|part| match part {
            "jira" | "greenhopper" | "bonfire" | "servicedesk" => Some(HostProduct::Jira),
            "confluence" => Some(HostProduct::Confluence),
            "bitbucket" | "stash" => Some(HostProduct::Bitbucket),
            "bamboo" => Some(HostProduct::Bamboo),
            "crowd" => Some(HostProduct::Crowd),
            "fisheye" | "crucible" => Some(HostProduct::FisheyeCrucible),
            _ => None,
        })
    }
}

/// The first day a Server app licence is refused on a Data Center host (SPEC §9): Server app
/// licences started before it keep working there.
pub const SERVER_APPS_REFUSED_ON_DATA_CENTER_FROM: Date = date(2019, 9, 3);

/// What is wrong with an app licence on its host.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum AppFinding {
    /// The app covers fewer users than the host: `None` is unlimited.
    TierBelowHost { app: i64, host: Option<i64> },
    /// A Server app licence on a Data Center host; `started` is its purchase date. Refused when
    /// it started on or after [`SERVER_APPS_REFUSED_ON_DATA_CENTER_FROM`], or when the date is
    /// not known.
    ServerAppOnDataCenterHost { started: Option<Date> },
    /// The app's support ends before the host's.
    SupportEndsBeforeHost { app: Date, host: Date },
}

impl AppFinding {
    pub fn code(self) -> &'static str {
        match self {
            AppFinding::TierBelowHost { .. } => "app-tier-below-host",
            AppFinding::ServerAppOnDataCenterHost { .. } => "server-app-on-data-center-host",
            AppFinding::SupportEndsBeforeHost { .. } => "app-support-ends-before-host",
        }
    }
}

/// What is wrong with `app` running on `host`, in the order the pages show it.
pub fn findings(app: &LicenceFields, host: &LicenceFields) -> Vec<AppFinding> {
    let mut found = Vec::new();
    if let Some(app_users) = app.user_tier {
        let below = match host.user_tier {
            None => true,
            Some(host_users) => app_users < host_users,
        };
        if below {
            found.push(AppFinding::TierBelowHost {
                app: app_users,
                host: host.user_tier,
            });
        }
    }
    if app.deployment == Deployment::Server
        && host.deployment == Deployment::DataCenter
        && app
            .purchase_date
            .is_none_or(|started| started >= SERVER_APPS_REFUSED_ON_DATA_CENTER_FROM)
    {
        found.push(AppFinding::ServerAppOnDataCenterHost {
            started: app.purchase_date,
        });
    }
    if let (Some(app_support), Some(host_support)) = (app.support_expiry, host.support_expiry)
        && app_support < host_support
    {
        found.push(AppFinding::SupportEndsBeforeHost {
            app: app_support,
            host: host_support,
        });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_apps_host_product_comes_from_its_namespace() {
        let cases = [
            (
                "com.mxgraph.confluence.plugins.diagramly",
                Some(HostProduct::Confluence),
            ),
            (
                "com.atlassian.confluence.plugins.confluence-questions",
                Some(HostProduct::Confluence),
            ),
            ("team_calendars", Some(HostProduct::Confluence)),
            (
                "com.onresolve.jira.groovy.groovyrunner",
                Some(HostProduct::Jira),
            ),
            (
                "com.atlassian.jira.plugins.jira-bitbucket-connector-plugin",
                Some(HostProduct::Jira),
            ),
            ("greenhopper", Some(HostProduct::Jira)),
            ("plugins.*", None),
            ("com.example.widgets", None),
        ];
        for (namespace, host) in cases {
            assert_eq!(HostProduct::of_app(namespace), host, "{namespace}");
        }
    }

    #[test]
    fn host_licences_are_known_by_their_product() {
        assert_eq!(
            HostProduct::of_host("Jira Software"),
            Some(HostProduct::Jira)
        );
        assert_eq!(HostProduct::of_host("JIRA"), Some(HostProduct::Jira));
        assert_eq!(
            HostProduct::of_host("Confluence"),
            Some(HostProduct::Confluence)
        );
        assert_eq!(
            HostProduct::of_host("com.mxgraph.confluence.plugins.diagramly"),
            None
        );
        assert_eq!(HostProduct::of_host("Team Calendars for Confluence"), None);
    }

    fn licence(tier: Option<i64>, deployment: Deployment, support: Option<Date>) -> LicenceFields {
        LicenceFields {
            user_tier: tier,
            deployment,
            support_expiry: support,
            purchase_date: Some(date(2024, 1, 10)),
            ..LicenceFields::sample("SEN-1")
        }
    }

    #[test]
    fn an_app_that_fits_its_host_has_no_findings() {
        let host = licence(Some(100), Deployment::DataCenter, Some(date(2026, 5, 1)));
        let app = licence(Some(100), Deployment::DataCenter, Some(date(2026, 5, 1)));
        assert!(findings(&app, &host).is_empty());
        let unlimited = licence(None, Deployment::DataCenter, Some(date(2027, 1, 1)));
        assert!(findings(&unlimited, &host).is_empty());
    }

    #[test]
    fn each_finding_is_found() {
        let host = licence(Some(500), Deployment::DataCenter, Some(date(2026, 5, 1)));
        let app = licence(Some(100), Deployment::Server, Some(date(2025, 5, 1)));
        assert_eq!(
            findings(&app, &host),
            vec![
                AppFinding::TierBelowHost {
                    app: 100,
                    host: Some(500)
                },
                AppFinding::ServerAppOnDataCenterHost {
                    started: Some(date(2024, 1, 10))
                },
                AppFinding::SupportEndsBeforeHost {
                    app: date(2025, 5, 1),
                    host: date(2026, 5, 1)
                },
            ]
        );
        let unlimited_host = licence(None, Deployment::Server, None);
        assert_eq!(
            findings(&app, &unlimited_host),
            vec![AppFinding::TierBelowHost {
                app: 100,
                host: None
            }]
        );
    }

    #[test]
    fn a_server_app_started_before_september_2019_is_accepted_on_data_center() {
        let host = licence(Some(50), Deployment::DataCenter, None);
        let mut app = licence(Some(50), Deployment::Server, None);
        app.purchase_date = Some(date(2019, 9, 2));
        assert!(findings(&app, &host).is_empty());
        app.purchase_date = Some(SERVER_APPS_REFUSED_ON_DATA_CENTER_FROM);
        assert_eq!(findings(&app, &host).len(), 1);
        app.purchase_date = None;
        assert_eq!(
            findings(&app, &host),
            vec![AppFinding::ServerAppOnDataCenterHost { started: None }]
        );
    }
}
