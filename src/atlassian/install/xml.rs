//! Flattening the products' XML config files (with quick-xml) into a list of elements, each with
//! its path, attributes and text, entities and character references resolved.

use quick_xml::Reader;
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesStart, Event};

/// One element of an XML document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    /// Element names from the root down, joined with `/`: "jira-database-config/jdbc-datasource/url".
    pub path: String,
    pub attributes: Vec<(String, String)>,
    /// The element's own text (CDATA included), not that of its children.
    pub text: String,
}

impl Element {
    pub fn name(&self) -> &str {
        self.path.rsplit('/').next().unwrap_or(&self.path)
    }

    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

/// A parsed XML document, flattened in document order.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub elements: Vec<Element>,
}

impl Document {
    pub fn root_name(&self) -> Option<&str> {
        self.elements.first().map(|element| element.path.as_str())
    }

    /// The trimmed text of the first element at exactly `path`.
    pub fn text(&self, path: &str) -> Option<&str> {
        self.elements
            .iter()
            .find(|element| element.path == path)
            .map(|element| element.text.trim())
    }

    /// The `<property name="...">value</property>` pairs that the products' `*.cfg.xml` files keep.
    pub fn properties(&self) -> Vec<(&str, &str)> {
        self.elements
            .iter()
            .filter(|element| element.name() == "property")
            .filter_map(|element| Some((element.attribute("name")?, element.text.as_str())))
            .collect()
    }

    /// The value of property `name` (the last one when repeated), trimmed.
    pub fn property(&self, name: &str) -> Option<&str> {
        self.properties()
            .into_iter()
            .rev()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.trim())
    }
}

/// Parses `text` (a UTF-8 document; a byte order mark is allowed). Errors are for a human.
pub fn parse(text: &str) -> Result<Document, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = Reader::from_str(text);
    reader.config_mut().trim_text(false);
    reader.config_mut().check_end_names = true;
    let mut document = Document::default();
    // Index into `document.elements` of each open element.
    let mut open: Vec<usize> = Vec::new();
    loop {
        let event = reader
            .read_event()
            .map_err(|error| format!("{error} (at byte {})", reader.error_position()))?;
        match event {
            Event::Start(start) => {
                let index = push_element(&mut document, &open, &start)?;
                open.push(index);
            }
            Event::Empty(start) => {
                push_element(&mut document, &open, &start)?;
            }
            Event::End(_) => {
                open.pop();
            }
            Event::Text(text) => {
                let content = text.xml10_content().map_err(|error| error.to_string())?;
                append_text(&mut document, &open, &content);
            }
            Event::CData(data) => {
                let content = data.decode().map_err(|error| error.to_string())?;
                append_text(&mut document, &open, &content);
            }
            Event::GeneralRef(reference) => {
                let resolved = match reference.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    Ok(None) => {
                        let name = reference.decode().map_err(|error| error.to_string())?;
                        match resolve_predefined_entity(&name) {
                            Some(value) => value.to_string(),
                            None => return Err(format!("unknown entity &{name};")),
                        }
                    }
                    Err(error) => return Err(error.to_string()),
                };
                append_text(&mut document, &open, &resolved);
            }
            Event::Eof => break,
            Event::Decl(_) | Event::PI(_) | Event::DocType(_) | Event::Comment(_) => {}
        }
    }
    if !open.is_empty() {
        return Err("the document ends before its elements are closed".to_string());
    }
    if document.elements.is_empty() {
        return Err("the document has no elements".to_string());
    }
    Ok(document)
}

fn push_element(
    document: &mut Document,
    open: &[usize],
    start: &BytesStart<'_>,
) -> Result<usize, String> {
    let name = String::from_utf8_lossy(start.name().as_ref()).into_owned();
    let path = match open
        .last()
        .and_then(|&parent| document.elements.get(parent))
    {
        Some(parent) => format!("{}/{}", parent.path, name),
        None => {
            if !document.elements.is_empty() {
                return Err("the document has more than one root element".to_string());
            }
            name
        }
    };
    let mut attributes = Vec::new();
    for attribute in start.attributes() {
        let attribute = attribute.map_err(|error| error.to_string())?;
        let key = String::from_utf8_lossy(attribute.key.as_ref()).into_owned();
        let value = attribute
            .unescape_value()
            .map_err(|error| error.to_string())?
            .into_owned();
        attributes.push((key, value));
    }
    document.elements.push(Element {
        path,
        attributes,
        text: String::new(),
    });
    Ok(document.elements.len() - 1)
}

fn append_text(document: &mut Document, open: &[usize], text: &str) {
    if let Some(element) = open
        .last()
        .and_then(|&index| document.elements.get_mut(index))
    {
        element.text.push_str(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn properties_with_entities_and_cdata() {
        let document = parse(
            "\u{feff}<?xml version=\"1.0\"?>\r\n<c><properties>\r\n\
             <property name=\"a\">x &amp; y&#10;z&#x41;</property>\
             <property name=\"b\"><![CDATA[<raw>]]></property>\
             <property name=\"a&quot;q\">1</property><property name=\"e\"/>\
             </properties></c>",
        )
        .expect("parses");
        assert_eq!(document.root_name(), Some("c"));
        assert_eq!(document.property("a"), Some("x & y\nzA"));
        assert_eq!(document.property("b"), Some("<raw>"));
        assert_eq!(document.property("a\"q"), Some("1"));
        assert_eq!(document.property("e"), Some(""));
    }

    #[test]
    fn crlf_in_text_becomes_lf() {
        let document = parse("<r><k>AAA\r\nBBB</k></r>").expect("parses");
        assert_eq!(document.text("r/k"), Some("AAA\nBBB"));
    }

    #[test]
    fn nested_paths_and_attributes() {
        let document =
            parse("<config v=\"1\"><database type=\"postgresql\"><connection jdbc-url=\"u\"/></database></config>")
                .expect("parses");
        let connection = document
            .elements
            .iter()
            .find(|element| element.path == "config/database/connection")
            .expect("connection");
        assert_eq!(connection.attribute("jdbc-url"), Some("u"));
    }

    #[test]
    fn malformed_documents_are_errors() {
        assert!(parse("<a><b></a>").is_err());
        assert!(parse("<a>").is_err());
        assert!(parse("just text").is_err());
        assert!(parse("<a/><b/>").is_err());
        assert!(parse("<a>&bogus;</a>").is_err());
    }
}
