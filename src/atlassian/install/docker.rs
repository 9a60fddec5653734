//! Container deployments: Atlassian's official images take the licence from an environment
//! variable (`ATL_LICENSE_KEY` for Confluence, `SETUP_LICENSE` for Bitbucket, `ATL_LICENSE` for
//! Bamboo), which names the product. Read from an env file (`KEY=value` lines, `export`, quotes,
//! also the `KEY: value` and `- name: KEY` / `value:` lines of compose files and Helm values) or
//! from `docker inspect` output (`[{"Config":{"Env":["K=V",...]},"Mounts":[...]}]`, and the
//! `{"name": K, "value": V}` pairs of Kubernetes output).
//!
//! The environment never holds the Server ID: a note says so and where the product keeps it, and
//! `docker inspect` output also tells where the product's home is mounted from on the host.

use std::path::Path;

use serde_json::Value;

use super::limits::ENV_MAX_QUOTED_LINES;
use super::products::{add_licences, empty_installation};
use super::{InstallNote, Installation, Product, Source};

/// The variables the official images read a licence from, and their product.
const VARIABLES: &[(&str, Product)] = &[
    ("ATL_LICENSE_KEY", Product::Confluence),
    ("SETUP_LICENSE", Product::Bitbucket),
    ("ATL_LICENSE", Product::Bamboo),
];

/// Where the official images keep the product's home inside the container.
const HOME_IN_CONTAINER: &str = "/var/atlassian/application-data";

/// The product a variable names, when it is one of the licence variables.
fn product_of(variable: &str) -> Option<Product> {
    VARIABLES
        .iter()
        .find(|(name, _)| *name == variable)
        .map(|(_, product)| *product)
}

/// A licence variable found: its name and value.
struct Found {
    variable: String,
    value: String,
}

/// The installation a container's environment describes, or None when `text` sets none of the
/// licence variables.
pub(super) fn read(text: &str, label: &str, path: &Path) -> Option<Installation> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let trimmed = text.trim_start();
    let (found, volumes) = if trimmed.starts_with('[') || trimmed.starts_with('{') {
        match serde_json::from_str::<Value>(trimmed) {
            Ok(json) => from_json(&json),
            Err(_) => (from_lines(text), Vec::new()),
        }
    } else {
        (from_lines(text), Vec::new())
    };
    if found.is_empty() {
        return None;
    }
    let mut products: Vec<Product> = Vec::new();
    for product in found.iter().filter_map(|f| product_of(&f.variable)) {
        if !products.contains(&product) {
            products.push(product);
        }
    }
    let product = match products.as_slice() {
        [one] => *one,
        _ => Product::Unidentified,
    };
    let mut installation = empty_installation(product, path);
    for found in &found {
        let source = Source::Key {
            file: label.to_string(),
            key: found.variable.clone(),
        };
        add_licences(&mut installation, &found.value, &source);
    }
    installation
        .notes
        .push(InstallNote::ServerIdNotInEnvironment {
            product,
            file: label.to_string(),
        });
    for volume in volumes {
        installation
            .notes
            .push(InstallNote::ContainerHomeVolume { volume });
    }
    Some(installation)
}

/// The licence variables of `docker inspect` (or Kubernetes) output, and the host folders the
/// product's home is mounted from.
fn from_json(json: &Value) -> (Vec<Found>, Vec<String>) {
    let mut found = Vec::new();
    let mut volumes = Vec::new();
    walk(json, &mut found, &mut volumes);
    (found, volumes)
}

/// Walks the whole document (serde_json has already bounded its nesting).
fn walk(json: &Value, found: &mut Vec<Found>, volumes: &mut Vec<String>) {
    match json {
        Value::Object(object) => {
            // Docker: "Env": ["NAME=value", ...].
            if let Some(Value::Array(env)) = object.get("Env") {
                for entry in env.iter().filter_map(Value::as_str) {
                    if let Some((name, value)) = entry.split_once('=')
                        && product_of(name).is_some()
                    {
                        found.push(Found {
                            variable: name.to_string(),
                            value: value.to_string(),
                        });
                    }
                }
            }
            // Kubernetes: {"name": "NAME", "value": "value"}.
            if let (Some(Value::String(name)), Some(Value::String(value))) =
                (object.get("name"), object.get("value"))
                && product_of(name).is_some()
            {
                found.push(Found {
                    variable: name.clone(),
                    value: value.clone(),
                });
            }
            // Docker: "Mounts": [{"Source": host folder, "Destination": folder inside}].
            if let (Some(Value::String(source)), Some(Value::String(destination))) =
                (object.get("Source"), object.get("Destination"))
                && destination.starts_with(HOME_IN_CONTAINER)
                && !volumes.contains(source)
            {
                volumes.push(source.clone());
            }
            for value in object.values() {
                walk(value, found, volumes);
            }
        }
        Value::Array(values) => {
            for value in values {
                walk(value, found, volumes);
            }
        }
        _ => {}
    }
}

/// The licence variables of an env file, a compose file or Helm values.
fn from_lines(text: &str) -> Vec<Found> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    let mut index = 0;
    while let Some(line) = lines.get(index) {
        index += 1;
        let line = line.trim_start();
        let line = line.strip_prefix("- ").map_or(line, str::trim_start);
        let line = line.strip_prefix("export ").map_or(line, str::trim_start);
        // Helm: "- name: NAME" and, on the next line, "value: ...".
        if let Some(name) = line.strip_prefix("name:") {
            let name = unquote_word(name.trim());
            if product_of(name).is_some()
                && let Some(next) = lines.get(index)
                && let Some(rest) = next.trim_start().strip_prefix("value:")
            {
                index += 1;
                let (value, used) = value_from(rest, &lines, index);
                index += used;
                found.push(Found {
                    variable: name.to_string(),
                    value,
                });
            }
            continue;
        }
        let Some(end) = line.find(['=', ':']) else {
            continue;
        };
        let (name, rest) = line.split_at(end);
        let name = unquote_word(name.trim());
        if product_of(name).is_none() {
            continue;
        }
        let (value, used) = value_from(rest.get(1..).unwrap_or_default(), &lines, index);
        index += used;
        found.push(Found {
            variable: name.to_string(),
            value,
        });
    }
    found
}

/// A name as written, without the quotes YAML allows around it.
fn unquote_word(word: &str) -> &str {
    word.trim_matches(['"', '\''])
}

/// The value that starts at `rest` (the remainder of its line); a quoted value may go on over
/// the lines from `next` (at most [`ENV_MAX_QUOTED_LINES`]). Returns the value and how many more
/// lines it took.
fn value_from(rest: &str, lines: &[&str], next: usize) -> (String, usize) {
    let rest = rest.trim();
    let Some(quote) = rest.chars().next().filter(|c| matches!(c, '"' | '\'')) else {
        // Unquoted: the rest of the line (a key holds no spaces, so a comment after one goes).
        let value = rest.split(" #").next().unwrap_or(rest);
        return (value.trim().to_string(), 0);
    };
    let mut value = String::new();
    let mut text = rest.get(1..).unwrap_or_default();
    let mut used = 0;
    loop {
        if let Some(end) = closing_quote(text, quote) {
            value.push_str(text.get(..end).unwrap_or_default());
            return (value, used);
        }
        value.push_str(text);
        value.push('\n');
        match lines.get(next + used) {
            Some(line) if used < ENV_MAX_QUOTED_LINES => {
                text = line;
                used += 1;
            }
            // An unclosed quote: the value is what was read; a damaged key is reported as such.
            _ => return (value, used),
        }
    }
}

/// Where the quote that ends a quoted value is in `text`; in double quotes, `\"` is not one.
fn closing_quote(text: &str, quote: char) -> Option<usize> {
    let mut escaped = false;
    for (at, c) in text.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' && quote == '"' {
            escaped = true;
        } else if c == quote {
            return Some(at);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<(String, String)> {
        from_lines(text)
            .into_iter()
            .map(|f| (f.variable, f.value))
            .collect()
    }

    fn pair(variable: &str, value: &str) -> Vec<(String, String)> {
        vec![(variable.to_string(), value.to_string())]
    }

    #[test]
    fn env_file_forms() {
        assert_eq!(
            values("ATL_LICENSE_KEY=AAAB\n"),
            pair("ATL_LICENSE_KEY", "AAAB")
        );
        assert_eq!(
            values("# c\nexport SETUP_LICENSE=\"AAAB\\nCD\"\n"),
            pair("SETUP_LICENSE", "AAAB\\nCD")
        );
        assert_eq!(
            values("ATL_LICENSE='AAAB\nCD\nEF'\nOTHER=1"),
            pair("ATL_LICENSE", "AAAB\nCD\nEF")
        );
        assert_eq!(
            values("services:\n  bamboo:\n    environment:\n      - ATL_LICENSE=AAAB\n"),
            pair("ATL_LICENSE", "AAAB")
        );
        assert_eq!(
            values("env:\n  - name: ATL_LICENSE_KEY\n    value: \"AAAB\"\n"),
            pair("ATL_LICENSE_KEY", "AAAB")
        );
        assert_eq!(
            values("environment:\n  ATL_LICENSE_KEY: AAAB # the key\n"),
            pair("ATL_LICENSE_KEY", "AAAB")
        );
        assert!(values("ATL_LICENSE_KEYS=AAAB\nATL_PROXY_NAME=x").is_empty());
        assert_eq!(
            values("ATL_LICENSE_KEY=\"unclosed\n"),
            pair("ATL_LICENSE_KEY", "unclosed\n")
        );
    }

    #[test]
    fn docker_inspect_and_kubernetes_output() {
        let json: Value = serde_json::from_str(
            r#"[{"Config":{"Env":["PATH=/usr/bin","SETUP_LICENSE=AAAB"]},
                "Mounts":[{"Source":"/srv/bb","Destination":"/var/atlassian/application-data/bitbucket"},
                          {"Source":"/tmp","Destination":"/tmp"}]},
               {"spec":{"containers":[{"env":[{"name":"ATL_LICENSE","value":"CCCD"}]}]}}]"#,
        )
        .expect("json");
        let (found, volumes) = from_json(&json);
        let found: Vec<(&str, &str)> = found
            .iter()
            .map(|f| (f.variable.as_str(), f.value.as_str()))
            .collect();
        assert_eq!(found, [("SETUP_LICENSE", "AAAB"), ("ATL_LICENSE", "CCCD")]);
        assert_eq!(volumes, ["/srv/bb"]);
    }

    #[test]
    fn text_without_a_licence_variable_is_not_an_environment() {
        assert!(read("PATH=/usr/bin\n", "env", Path::new("env")).is_none());
        assert!(read("[1, 2]", "x.json", Path::new("x.json")).is_none());
    }
}
