//! Where each product keeps its Server ID, licence and database connection: recognising a home
//! directory or a config file, and reading the `*.cfg.xml` family (Confluence, Bamboo, Crowd).

use std::path::{Path, PathBuf};

use super::{
    DatabaseConfig, DatabaseKind, InstallError, InstallNote, Installation, NotConnecting, Product,
    RawLicence, ReadOptions, ServerIdReading, Source, bitbucket, confluence_db, database, files,
    fisheye, h2, jdbc, jira, licences_from_value, xml,
};

/// How a reading may proceed.
pub(super) struct Context<'a> {
    pub opts: &'a ReadOptions,
    /// The caller gave the Server ID by hand, so a database need not be asked for it.
    pub server_id_given: bool,
    /// False for a support zip: the database it names belongs to another machine, and its
    /// password has been removed.
    pub may_connect: bool,
}

/// One config file's text and how to name it.
pub(super) struct ConfigText<'a> {
    pub text: &'a str,
    /// How sources name the file: "confluence.cfg.xml", "shared/crowd.cfg.xml", or
    /// "support zip entry application-config/dbconfig.xml".
    pub label: String,
    /// The file on disk (or the zip), for errors.
    pub path: &'a Path,
}

impl ConfigText<'_> {
    pub fn parse_xml(&self) -> Result<xml::Document, InstallError> {
        xml::parse(self.text).map_err(|reason| InstallError::BadConfig {
            path: self.path.to_path_buf(),
            reason: format!("{} is not well-formed XML: {reason}", self.label),
        })
    }
}

/// The config files that identify a product.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ConfigKind {
    JiraDbConfig,
    ConfluenceCfg,
    BambooCfg,
    CrowdCfg,
    BitbucketProperties,
    FisheyeConfig,
}

/// What a home directory is recognised by, in the order looked for.
const HOME_MARKERS: &[(&str, ConfigKind)] = &[
    ("dbconfig.xml", ConfigKind::JiraDbConfig),
    ("confluence.cfg.xml", ConfigKind::ConfluenceCfg),
    ("bamboo.cfg.xml", ConfigKind::BambooCfg),
    ("shared/crowd.cfg.xml", ConfigKind::CrowdCfg),
    ("crowd.cfg.xml", ConfigKind::CrowdCfg),
    (
        "shared/bitbucket.properties",
        ConfigKind::BitbucketProperties,
    ),
    ("config.xml", ConfigKind::FisheyeConfig),
];

impl ConfigKind {
    /// The kind a file name stands for (`config.xml` only maybe: its content decides).
    pub fn from_file_name(name: &str) -> Option<ConfigKind> {
        let lower = name.to_ascii_lowercase();
        let kind = match lower.as_str() {
            "dbconfig.xml" => ConfigKind::JiraDbConfig,
            "confluence.cfg.xml" => ConfigKind::ConfluenceCfg,
            "bamboo.cfg.xml" => ConfigKind::BambooCfg,
            "crowd.cfg.xml" => ConfigKind::CrowdCfg,
            "bitbucket.properties" => ConfigKind::BitbucketProperties,
            "config.xml" => ConfigKind::FisheyeConfig,
            _ => return None,
        };
        Some(kind)
    }

    /// The kind an XML document's content shows, whatever the file is called.
    pub fn from_xml(document: &xml::Document) -> Option<ConfigKind> {
        match document.root_name()? {
            "jira-database-config" => Some(ConfigKind::JiraDbConfig),
            "confluence-configuration" => Some(ConfigKind::ConfluenceCfg),
            "application-configuration" => {
                if document.property("crowd.server.id").is_some()
                    || document.property("license").is_some()
                {
                    Some(ConfigKind::CrowdCfg)
                } else if document.property("serverId").is_some()
                    || document.property("license.string").is_some()
                {
                    Some(ConfigKind::BambooCfg)
                } else {
                    None
                }
            }
            "config" if fisheye::looks_like_fisheye(document) => Some(ConfigKind::FisheyeConfig),
            _ => None,
        }
    }

    pub fn read(
        self,
        config: &ConfigText<'_>,
        home: &Path,
        context: &Context<'_>,
    ) -> Result<Installation, InstallError> {
        match self {
            ConfigKind::JiraDbConfig => jira::read(config, home, context),
            ConfigKind::ConfluenceCfg => confluence_db::read(config, home, context),
            ConfigKind::BambooCfg => read_cfg_xml(config, home, &BAMBOO),
            ConfigKind::CrowdCfg => read_cfg_xml(config, home, &CROWD),
            ConfigKind::BitbucketProperties => bitbucket::read(config, home, context),
            ConfigKind::FisheyeConfig => fisheye::read(config, home),
        }
    }
}

/// Reads the product home at `dir`.
pub(super) fn read_home(
    dir: &Path,
    opts: &ReadOptions,
    server_id_given: bool,
) -> Result<Installation, InstallError> {
    let context = Context {
        opts,
        server_id_given,
        may_connect: true,
    };
    for (relative, kind) in HOME_MARKERS {
        let path = dir.join(relative);
        if !path.is_file() {
            continue;
        }
        let text = files::read_config_text(&path)?;
        let config = ConfigText {
            text: &text,
            label: relative.to_string(),
            path: &path,
        };
        if *kind == ConfigKind::FisheyeConfig {
            // Many programs have a config.xml; only Fisheye's makes this a Fisheye home.
            let document = config.parse_xml()?;
            if !fisheye::looks_like_fisheye(&document) {
                continue;
            }
        }
        return kind.read(&config, dir, &context);
    }
    // Bitbucket set up on its embedded database keeps no config file at all.
    if let Some((product, file)) = h2::product_of_home(dir) {
        let mut installation = empty_installation(product, dir);
        installation.notes.push(h2::bitbucket_file_note(&file));
        return Ok(installation);
    }
    let looked_for = HOME_MARKERS
        .iter()
        .map(|(relative, _)| *relative)
        .collect::<Vec<_>>()
        .join(", ");
    Err(InstallError::NotAProductHome {
        path: dir.to_path_buf(),
        looked_for: format!(
            "{looked_for} (Jira, Confluence, Bamboo, Crowd, Bitbucket, Fisheye/Crucible); give the home directory, not the installation directory"
        ),
    })
}

/// The home a config file belongs to: its directory, or the one above `shared/`.
pub(super) fn home_of_config_file(path: &Path) -> PathBuf {
    let parent = path.parent().unwrap_or(Path::new("."));
    let parent = if parent.as_os_str().is_empty() {
        Path::new(".")
    } else {
        parent
    };
    match (parent.file_name(), parent.parent()) {
        (Some(name), Some(grandparent)) if name == "shared" => {
            if grandparent.as_os_str().is_empty() {
                PathBuf::from(".")
            } else {
                grandparent.to_path_buf()
            }
        }
        _ => parent.to_path_buf(),
    }
}

/// Where a `*.cfg.xml` product keeps its values.
pub(super) struct CfgXmlProduct {
    product: Product,
    server_id_property: &'static str,
    licence_property: &'static str,
}

pub(super) const CONFLUENCE: CfgXmlProduct = CfgXmlProduct {
    product: Product::Confluence,
    server_id_property: "confluence.setup.server.id",
    licence_property: "atlassian.license.message",
};

const BAMBOO: CfgXmlProduct = CfgXmlProduct {
    product: Product::Bamboo,
    server_id_property: "serverId",
    licence_property: "license.string",
};

const CROWD: CfgXmlProduct = CfgXmlProduct {
    product: Product::Crowd,
    server_id_property: "crowd.server.id",
    licence_property: "license",
};

/// Confluence, Bamboo and Crowd keep both values as properties of one XML file.
pub(super) fn read_cfg_xml(
    config: &ConfigText<'_>,
    home: &Path,
    product: &CfgXmlProduct,
) -> Result<Installation, InstallError> {
    let document = config.parse_xml()?;
    let mut installation = empty_installation(product.product, home);
    match document.property(product.server_id_property) {
        Some(value) if !value.is_empty() => {
            installation.server_id = Some(server_id_reading(
                value,
                Source::Property {
                    file: config.label.clone(),
                    key: product.server_id_property.to_string(),
                },
                &mut installation.notes,
            ));
        }
        _ => installation.notes.push(InstallNote::NoServerIdProperty {
            file: config.label.clone(),
            property: product.server_id_property.to_string(),
        }),
    }
    match document.property(product.licence_property) {
        Some(value) if !value.is_empty() => {
            let source = Source::Property {
                file: config.label.clone(),
                key: product.licence_property.to_string(),
            };
            add_licences(&mut installation, value, &source);
        }
        _ => installation.notes.push(InstallNote::NoLicenceProperty {
            file: config.label.clone(),
            property: product.licence_property.to_string(),
        }),
    }
    installation.database = hibernate_database(&document, &config.label);
    Ok(installation)
}

/// The connection `hibernate.connection.*` properties name, for information only: these
/// products keep their Server ID in the config file, so the database is never queried.
fn hibernate_database(document: &xml::Document, label: &str) -> Option<DatabaseConfig> {
    let url = document.property("hibernate.connection.url")?;
    let optional = |name: &str| {
        document
            .property(name)
            .filter(|value| !value.is_empty())
            .map(str::to_string)
    };
    Some(database_config(
        url,
        None,
        optional("hibernate.connection.username"),
        optional("hibernate.connection.password"),
        label,
    ))
}

/// A database connection from a JDBC URL; `kind_hint` (Jira's `database-type`) wins when the URL
/// does not say.
pub(super) fn database_config(
    url: &str,
    kind_hint: Option<DatabaseKind>,
    user: Option<String>,
    password: Option<String>,
    source: &str,
) -> DatabaseConfig {
    let parsed = jdbc::parse_jdbc_url(url);
    let kind = match (&parsed, kind_hint) {
        (Some(parsed), _) if !matches!(parsed.kind, DatabaseKind::Other(_)) => parsed.kind.clone(),
        (_, Some(hint)) => hint,
        (Some(parsed), None) => parsed.kind.clone(),
        (None, None) => DatabaseKind::Other("unknown".to_string()),
    };
    let parameter = |name: &str| {
        parsed.as_ref().and_then(|parsed| {
            parsed
                .parameters
                .iter()
                .find(|(key, _)| key.eq_ignore_ascii_case(name))
                .map(|(_, value)| value.clone())
        })
    };
    DatabaseConfig {
        kind,
        jdbc_url: url.trim().to_string(),
        host: parsed.as_ref().and_then(|p| p.host.clone()),
        port: parsed.as_ref().and_then(|p| p.port),
        database: parsed.as_ref().and_then(|p| p.database.clone()),
        schema: parameter("currentSchema"),
        user: user.or_else(|| parameter("user")),
        password: password.or_else(|| parameter("password")),
        source: source.to_string(),
    }
}

pub(super) fn empty_installation(product: Product, home: &Path) -> Installation {
    Installation {
        product,
        home: home.to_path_buf(),
        server_id: None,
        licences: Vec::new(),
        database: None,
        licences_in_database: None,
        cluster: None,
        notes: Vec::new(),
    }
}

/// A Server ID as read, with a note when it does not have the usual shape.
pub(super) fn server_id_reading(
    value: &str,
    source: Source,
    notes: &mut Vec<InstallNote>,
) -> ServerIdReading {
    let value = value.trim();
    if super::normalise_server_id(value).is_none() {
        notes.push(InstallNote::UnusualServerId {
            value: value.to_string(),
            source: source.clone(),
        });
    }
    ServerIdReading {
        value: value.to_string(),
        source,
    }
}

/// Why the database named by `database` (read from `label`) will not be queried, if it will not.
pub(super) fn reason_not_to_connect(
    database: &DatabaseConfig,
    label: &str,
    context: &Context<'_>,
) -> Option<NotConnecting> {
    if context.opts.no_database {
        return Some(NotConnecting::NoDatabase);
    }
    if !context.may_connect {
        return Some(NotConnecting::FromSupportZip {
            file: label.to_string(),
        });
    }
    if database.kind != DatabaseKind::PostgreSql {
        return Some(NotConnecting::NotPostgreSql {
            file: label.to_string(),
            kind: database.kind.name().to_string(),
        });
    }
    if context.opts.db_password.is_none()
        && database
            .password
            .as_deref()
            .is_some_and(database::password_is_encrypted)
    {
        return Some(NotConnecting::EncryptedPassword {
            file: label.to_string(),
        });
    }
    None
}

/// Adds the keys a stored licence value holds; a value the support tool blanked out becomes a
/// note, not a licence.
pub(super) fn add_licences(installation: &mut Installation, value: &str, source: &Source) {
    let lower = value.to_ascii_lowercase();
    if lower.contains("sanitized") || lower.contains("sanitised") {
        installation.notes.push(InstallNote::LicenceSanitised {
            source: source.clone(),
        });
        return;
    }
    for licence in licences_from_value(value, source) {
        push_licence(&mut installation.licences, licence);
    }
}

/// Adds a licence unless the same key is already listed.
pub(super) fn push_licence(licences: &mut Vec<RawLicence>, licence: RawLicence) {
    if !licences.iter().any(|known| known.raw == licence.raw) {
        licences.push(licence);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn homes_of_config_files() {
        assert_eq!(
            home_of_config_file(Path::new("/h/shared/crowd.cfg.xml")),
            PathBuf::from("/h")
        );
        assert_eq!(
            home_of_config_file(Path::new("/h/crowd.cfg.xml")),
            PathBuf::from("/h")
        );
        assert_eq!(
            home_of_config_file(Path::new("dbconfig.xml")),
            PathBuf::from(".")
        );
        assert_eq!(
            home_of_config_file(Path::new("shared/bitbucket.properties")),
            PathBuf::from(".")
        );
    }

    #[test]
    fn kinds_from_content() {
        let crowd = xml::parse("<application-configuration><properties><property name=\"crowd.server.id\">X</property></properties></application-configuration>").expect("xml");
        assert_eq!(ConfigKind::from_xml(&crowd), Some(ConfigKind::CrowdCfg));
        let bamboo = xml::parse("<application-configuration><properties><property name=\"serverId\">X</property></properties></application-configuration>").expect("xml");
        assert_eq!(ConfigKind::from_xml(&bamboo), Some(ConfigKind::BambooCfg));
        let other = xml::parse("<config><x/></config>").expect("xml");
        assert_eq!(ConfigKind::from_xml(&other), None);
    }

    #[test]
    fn database_config_from_hibernate_url() {
        let config = database_config(
            "jdbc:postgresql://db.internal:5432/confluence",
            None,
            Some("c".into()),
            None,
            "f",
        );
        assert_eq!(config.kind, DatabaseKind::PostgreSql);
        assert_eq!(config.host.as_deref(), Some("db.internal"));
        assert_eq!(config.database.as_deref(), Some("confluence"));
        let unknown = database_config("not a url", Some(DatabaseKind::MySql), None, None, "f");
        assert_eq!(unknown.kind, DatabaseKind::MySql);
    }
}
