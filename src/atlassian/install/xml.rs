//! Flattening the products' XML config files (with quick-xml) into a list of elements, each with
//! its name, parent, attributes and text, entities and character references resolved.
//!
//! Each element keeps only its own name and its parent's index, so memory is linear in the
//! document; a path is rebuilt on demand by walking up at most [`MAX_XML_DEPTH`] parents. Depth,
//! element and attribute counts are capped by the limits in [`super::limits`].

use quick_xml::Reader;
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesStart, Event};

use super::limits::{MAX_XML_ATTRIBUTES, MAX_XML_DEPTH, MAX_XML_ELEMENTS};

/// One element of an XML document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    pub name: String,
    /// Index of the enclosing element in [`Document::elements`]; None for the root.
    pub parent: Option<usize>,
    pub attributes: Vec<(String, String)>,
    /// The element's own text (CDATA included), not that of its children.
    pub text: String,
}

impl Element {
    pub fn name(&self) -> &str {
        &self.name
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
        self.elements.first().map(|element| element.name.as_str())
    }

    /// The names from the root down to the element at `index`, root first.
    fn names(&self, index: usize) -> Vec<&str> {
        let mut names = Vec::new();
        let mut at = Some(index);
        while let Some(element) = at.and_then(|i| self.elements.get(i)) {
            names.push(element.name.as_str());
            at = element.parent;
        }
        names.reverse();
        names
    }

    /// The element's path, its names from the root down joined with `/`:
    /// "jira-database-config/jdbc-datasource/url".
    pub fn path(&self, index: usize) -> String {
        self.names(index).join("/")
    }

    /// Whether the element at `index` is at exactly `path`.
    pub fn is_at(&self, index: usize, path: &str) -> bool {
        self.names(index).into_iter().eq(path.split('/'))
    }

    /// Whether the element at `index` is at `path` or inside an element there.
    pub fn is_within(&self, index: usize, path: &str) -> bool {
        let names = self.names(index);
        let wanted: Vec<&str> = path.split('/').collect();
        names.len() >= wanted.len() && names.iter().zip(&wanted).all(|(a, b)| a == b)
    }

    /// The trimmed text of the first element at exactly `path`.
    pub fn text(&self, path: &str) -> Option<&str> {
        let last = path.rsplit('/').next().unwrap_or(path);
        self.elements
            .iter()
            .enumerate()
            .find(|(index, element)| element.name == last && self.is_at(*index, path))
            .map(|(_, element)| element.text.trim())
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

/// Whether text is XML by its first bytes: after a byte order mark and blank space, an XML
/// declaration, a comment, a doctype or an element. Only such text is given to [`parse`] when
/// no file name says it is XML.
pub fn looks_like_xml(text: &str) -> bool {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rest = text.trim_start().as_bytes();
    match rest {
        [b'<', b'?' | b'!', ..] => true,
        [b'<', first, ..] => first.is_ascii_alphabetic() || *first == b'_',
        _ => false,
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
                if open.len() >= MAX_XML_DEPTH {
                    return Err(format!(
                        "elements nest more than {MAX_XML_DEPTH} deep (at byte {})",
                        reader.buffer_position()
                    ));
                }
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
    if document.elements.len() >= MAX_XML_ELEMENTS {
        return Err(format!(
            "the document has more than {MAX_XML_ELEMENTS} elements"
        ));
    }
    let parent = open.last().copied();
    if parent.is_none() && !document.elements.is_empty() {
        return Err("the document has more than one root element".to_string());
    }
    let name = String::from_utf8_lossy(start.name().as_ref()).into_owned();
    let mut attributes = Vec::new();
    for attribute in start.attributes() {
        if attributes.len() >= MAX_XML_ATTRIBUTES {
            return Err(format!(
                "element <{name}> has more than {MAX_XML_ATTRIBUTES} attributes"
            ));
        }
        let attribute = attribute.map_err(|error| error.to_string())?;
        let key = String::from_utf8_lossy(attribute.key.as_ref()).into_owned();
        let value = attribute
            .unescape_value()
            .map_err(|error| error.to_string())?
            .into_owned();
        attributes.push((key, value));
    }
    document.elements.push(Element {
        name,
        parent,
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
        let connection = (0..document.elements.len())
            .find(|&index| document.is_at(index, "config/database/connection"))
            .and_then(|index| document.elements.get(index))
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

    #[test]
    fn nesting_is_limited_and_costs_linear_memory() {
        let at_limit = format!(
            "{}{}",
            "<a>".repeat(MAX_XML_DEPTH),
            "</a>".repeat(MAX_XML_DEPTH)
        );
        let document = parse(&at_limit).expect("at the limit");
        assert_eq!(
            document.path(MAX_XML_DEPTH - 1).len(),
            2 * MAX_XML_DEPTH - 1
        );
        // 1 MiB of opening tags, as in a hostile dbconfig.xml: refused at the limit, at once.
        let deep = "<a>".repeat(1024 * 1024 / 3);
        let error = parse(&deep).expect_err("too deep");
        assert!(error.contains("nest more than 64 deep"), "{error}");
    }

    #[test]
    fn element_and_attribute_counts_are_limited() {
        let many = format!("<r>{}</r>", "<e/>".repeat(MAX_XML_ELEMENTS));
        let error = parse(&many).expect_err("too many elements");
        assert!(error.contains("more than 100000 elements"), "{error}");
        let attributes: String = (0..=MAX_XML_ATTRIBUTES)
            .map(|i| format!(" a{i}=\"1\""))
            .collect();
        let error = parse(&format!("<r{attributes}/>")).expect_err("too many attributes");
        assert!(error.contains("more than 64 attributes"), "{error}");
    }

    #[test]
    fn only_text_that_starts_like_xml_is_xml() {
        assert!(looks_like_xml("\u{feff}  <?xml version=\"1.0\"?><a/>"));
        assert!(looks_like_xml("\n<jira-database-config>"));
        assert!(looks_like_xml("<!-- c --><a/>"));
        assert!(!looks_like_xml("Server ID: <b>X</b>"));
        assert!(!looks_like_xml("< a>"));
        assert!(!looks_like_xml(""));
    }
}
