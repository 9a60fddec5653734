//! The message catalogues as a test reads them: straight from `i18n/{code}/licensedesk.ftl` in
//! the repo, through Fluent's own parser, so a test can say "the page shows what the German
//! catalogue says for the heading the English page shows" without naming message ids.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use fluent::{FluentBundle, FluentResource};
use fluent_syntax::ast;

pub const LANGUAGES: [&str; 4] = ["en", "zh-CN", "de", "ja"];

pub struct Catalogue {
    pub code: &'static str,
    bundle: FluentBundle<FluentResource>,
    /// Each message's id with the variables it uses, in file order.
    variables: BTreeMap<String, BTreeSet<String>>,
    /// What Fluent's parser refused, as `line: message`.
    pub errors: Vec<String>,
}

pub fn path(code: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("i18n")
        .join(code)
        .join("licensedesk.ftl")
}

impl Catalogue {
    pub fn load(code: &'static str) -> Catalogue {
        let text = std::fs::read_to_string(path(code)).expect("the catalogue file exists");
        let mut errors = Vec::new();
        let mut variables = BTreeMap::new();
        match fluent_syntax::parser::parse(text.as_str()) {
            Ok(resource) => collect(&resource, &mut variables),
            Err((resource, refused)) => {
                collect(&resource, &mut variables);
                for error in refused {
                    let line = text[..error.pos.start].lines().count();
                    errors.push(format!("line {line}: {:?}", error.kind));
                }
            }
        }
        let resource = match FluentResource::try_new(text) {
            Ok(resource) | Err((resource, _)) => resource,
        };
        let language = code.parse().expect("a language tag");
        let mut bundle = FluentBundle::new(vec![language]);
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .unwrap_or_else(|e| panic!("{code}: messages defined twice: {e:?}"));
        Catalogue {
            code,
            bundle,
            variables,
            errors,
        }
    }

    pub fn ids(&self) -> impl Iterator<Item = &String> {
        self.variables.keys()
    }

    /// The variables a message uses, if the catalogue has it.
    pub fn variables(&self, id: &str) -> Option<&BTreeSet<String>> {
        self.variables.get(id)
    }

    /// A message without variables, as a page shows it.
    pub fn text(&self, id: &str) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(message.value()?, None, &mut errors);
        errors.is_empty().then(|| text.into_owned())
    }

    /// The ids of the messages (without variables) whose text is exactly `text`.
    pub fn ids_of(&self, text: &str) -> Vec<String> {
        self.variables
            .iter()
            .filter(|(id, vars)| vars.is_empty() && self.text(id).as_deref() == Some(text))
            .map(|(id, _)| id.clone())
            .collect()
    }
}

/// What `english` (a text the English page shows) is in `other`'s catalogue: the translation of
/// the one message whose English text it is. Panics when no message or several different ones
/// have that text, or when the translation is missing or still English.
pub fn translated(english: &str, other: &Catalogue) -> String {
    let en = Catalogue::load("en");
    let ids = en.ids_of(english);
    assert!(!ids.is_empty(), "no English message reads {english:?}");
    let translations: BTreeSet<String> = ids.iter().filter_map(|id| other.text(id)).collect();
    assert_eq!(
        translations.len(),
        1,
        "{english:?} ({ids:?}) has no single {} translation: {translations:?}",
        other.code
    );
    let text = translations.into_iter().next().unwrap();
    assert_ne!(text, english, "{} still says {english:?}", other.code);
    text
}

fn collect(resource: &ast::Resource<&str>, out: &mut BTreeMap<String, BTreeSet<String>>) {
    for entry in &resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &message.value {
                pattern_variables(value, &mut vars);
            }
            out.insert(message.id.name.to_owned(), vars);
        }
    }
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, out);
            }
        }
        _ => {}
    }
}
