//! Where a value was read. The reader gives the kind of place and its names; the words are the
//! catalogue's (`i18n::install::install_source`). `Display` writes the English wording that
//! `--json` has always carried, so that machine output stays the same in every language.

use std::fmt;

use serde::{Serialize, Serializer};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A property of an XML config file: "confluence.cfg.xml property confluence.setup.server.id".
    Property { file: String, key: String },
    /// A key of a `.properties` file: "shared/bitbucket.properties key setup.license".
    Key { file: String, key: String },
    /// An XML element, or one of its attributes: "config.xml element license".
    Element {
        file: String,
        path: String,
        attribute: Option<String>,
    },
    /// A line of a text, with what labelled the value there when something did:
    /// "support.txt line 3 (server.id)".
    Line {
        file: String,
        line: usize,
        label: Option<String>,
    },
    /// A table of the product's database: "database table productlicense".
    DatabaseTable { table: String },
    /// A row of a key/value table of the product's database: "database app_property server.id".
    DatabaseRow { table: String, key: String },
    /// The Server ID given by hand.
    GivenByHand,
    /// Words the caller has already chosen (a file of keys given by hand, a pasted text).
    Text(String),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Property { file, key } => write!(f, "{file} property {key}"),
            Source::Key { file, key } => write!(f, "{file} key {key}"),
            Source::Element {
                file,
                path,
                attribute: None,
            } => write!(f, "{file} element {path}"),
            Source::Element {
                file,
                path,
                attribute: Some(name),
            } => write!(f, "{file} element {path} attribute {name}"),
            Source::Line {
                file,
                line,
                label: None,
            } => write!(f, "{file} line {line}"),
            Source::Line {
                file,
                line,
                label: Some(label),
            } => write!(f, "{file} line {line} ({label})"),
            Source::DatabaseTable { table } => write!(f, "database table {table}"),
            Source::DatabaseRow { table, key } => write!(f, "database {table} {key}"),
            Source::GivenByHand => f.write_str("given by hand"),
            Source::Text(text) => f.write_str(text),
        }
    }
}

impl Source {
    /// Every text the source carries, to rewrite in place (e.g. a temporary path the user should
    /// not see).
    pub fn texts_mut(&mut self) -> Vec<&mut String> {
        match self {
            Source::Property { file, key } | Source::Key { file, key } => vec![file, key],
            Source::Element {
                file,
                path,
                attribute,
            } => {
                let mut all = vec![file, path];
                all.extend(attribute.as_mut());
                all
            }
            Source::Line { file, label, .. } => {
                let mut all = vec![file];
                all.extend(label.as_mut());
                all
            }
            Source::DatabaseTable { table } => vec![table],
            Source::DatabaseRow { table, key } => vec![table, key],
            Source::GivenByHand => Vec::new(),
            Source::Text(text) => vec![text],
        }
    }
}

/// As the English wording, the string machine output has always had.
impl Serialize for Source {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}
