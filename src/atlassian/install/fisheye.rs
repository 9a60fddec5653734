//! Fisheye/Crucible: `config.xml` in FISHEYE_INST holds the licences (elements under `<license>`)
//! and the database connection; its Server ID is not kept in any file this tool can read.

use std::path::Path;

use super::products::{
    ConfigText, add_licences, database_config, empty_installation, server_id_reading,
};
use super::{InstallError, InstallNote, Installation, Product, Source, scan, xml};

/// Whether a `<config>` document is Fisheye's: it has a licence, a web server or a control port.
pub(super) fn looks_like_fisheye(document: &xml::Document) -> bool {
    document.root_name() == Some("config")
        && document
            .elements
            .iter()
            .enumerate()
            .any(|(index, element)| {
                element.attribute("control-bind").is_some()
                    || document.is_within(index, "config/license")
                    || document.is_at(index, "config/web-server")
                    || document.is_at(index, "config/repository-defaults")
            })
}

pub(super) fn read(config: &ConfigText<'_>, home: &Path) -> Result<Installation, InstallError> {
    let document = config.parse_xml()?;
    let mut installation = empty_installation(Product::Fisheye, home);

    // Licences: the text of every element inside <license> (one per product, e.g. <fisheye> and
    // <crucible>), and attributes there that hold a key.
    for (index, element) in document
        .elements
        .iter()
        .enumerate()
        .filter(|(index, _)| document.is_within(*index, "config/license"))
    {
        let path = document.path(index);
        let text = element.text.trim();
        if !text.is_empty() {
            let source = Source::Element {
                file: config.label.clone(),
                path: path.to_string(),
                attribute: None,
            };
            add_licences(&mut installation, text, &source);
        }
        for (name, value) in &element.attributes {
            if value.trim().len() > 100 {
                let source = Source::Element {
                    file: config.label.clone(),
                    path: path.to_string(),
                    attribute: Some(name.to_string()),
                };
                add_licences(&mut installation, value, &source);
            }
        }
    }
    if installation.licences.is_empty() {
        installation.notes.push(InstallNote::FisheyeNoLicence {
            file: config.label.clone(),
        });
    }

    // A Server ID is taken only when the file labels one, which Fisheye's own files do not.
    let scanned = scan::scan_text(config.text);
    if let Some(found) = scanned.server_ids.first() {
        installation.server_id = Some(server_id_reading(
            &found.value,
            Source::Line {
                file: config.label.clone(),
                line: found.line,
                label: Some(found.label.clone()),
            },
            &mut installation.notes,
        ));
    } else {
        installation.notes.push(InstallNote::FisheyeNoServerId);
    }

    if let Some(connection) = (0..document.elements.len())
        .find(|&index| document.is_at(index, "config/database/connection"))
        .and_then(|index| document.elements.get(index))
        && let Some(url) = connection.attribute("jdbc-url")
    {
        let optional = |name: &str| {
            connection
                .attribute(name)
                .filter(|value| !value.is_empty())
                .map(str::to_string)
        };
        installation.database = Some(database_config(
            url,
            None,
            optional("username"),
            optional("password"),
            &config.label,
        ));
    }
    Ok(installation)
}
