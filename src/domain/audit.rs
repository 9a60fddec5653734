//! An entry of the audit log as the administrators' audit page shows it.

use super::{AccountId, LicenceId};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    pub id: i64,
    pub at: i64,
    pub actor: String,
    pub client_addr: Option<String>,
    pub action: String,
    pub licence_id: Option<LicenceId>,
    pub subject_account_id: Option<AccountId>,
    pub detail: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// One field of an audit entry's before/after, as the audit page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldChange {
    /// The field had a value and has another (`old` → `new`).
    Changed {
        field: String,
        old: String,
        new: String,
    },
    /// The field is new in the after.
    Added { field: String, value: String },
    /// The field was in the before and is gone from the after.
    Removed { field: String, value: String },
}

/// A value shown in a change is cut after this many characters (the CSV download keeps it
/// whole), so that one entry cannot make the page as long as it likes.
pub const CHANGE_VALUE_CHARS: usize = 300;

impl AuditRow {
    /// The before and after as field changes: the changed and removed fields in the before's
    /// order, then the added ones; fields equal on both sides are left out. A before or after that is not a JSON
    /// object (written by hand, or by another release) is one change of the field "".
    pub fn changes(&self) -> Vec<FieldChange> {
        diff(self.before.as_deref(), self.after.as_deref())
    }
}

fn parse(text: Option<&str>) -> Option<serde_json::Value> {
    text.map(|t| serde_json::from_str(t).unwrap_or_else(|_| serde_json::Value::String(t.into())))
}

/// A JSON value in words: a string as it is, anything else as compact JSON; cut to
/// [`CHANGE_VALUE_CHARS`] characters.
fn shown(value: &serde_json::Value) -> String {
    let text = match value {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    };
    match text.char_indices().nth(CHANGE_VALUE_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

/// The changes from `before` to `after` (JSON texts, either may be absent).
pub fn diff(before: Option<&str>, after: Option<&str>) -> Vec<FieldChange> {
    use serde_json::{Map, Value};
    let (before, after) = (parse(before), parse(after));
    let empty = Map::new();
    fn object<'a>(
        value: &'a Option<Value>,
        empty: &'a Map<String, Value>,
    ) -> Option<&'a Map<String, Value>> {
        match value {
            None => Some(empty),
            Some(Value::Object(map)) => Some(map),
            Some(_) => None,
        }
    }
    let (Some(old), Some(new)) = (object(&before, &empty), object(&after, &empty)) else {
        // Not both objects: the whole value, old and new.
        return match (before, after) {
            (Some(old), Some(new)) if old == new => Vec::new(),
            (Some(old), Some(new)) => vec![FieldChange::Changed {
                field: String::new(),
                old: shown(&old),
                new: shown(&new),
            }],
            (Some(old), None) => vec![FieldChange::Removed {
                field: String::new(),
                value: shown(&old),
            }],
            (None, Some(new)) => vec![FieldChange::Added {
                field: String::new(),
                value: shown(&new),
            }],
            (None, None) => Vec::new(),
        };
    };
    let mut changes = Vec::new();
    for (field, value) in old {
        match new.get(field) {
            Some(same) if same == value => {}
            Some(other) => changes.push(FieldChange::Changed {
                field: field.clone(),
                old: shown(value),
                new: shown(other),
            }),
            None => changes.push(FieldChange::Removed {
                field: field.clone(),
                value: shown(value),
            }),
        }
    }
    for (field, value) in new {
        if !old.contains_key(field) {
            changes.push(FieldChange::Added {
                field: field.clone(),
                value: shown(value),
            });
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_lists_changed_added_and_removed_fields_but_not_equal_ones() {
        let changes = diff(
            Some(r#"{"state":"active","name":"Ann","gone":[1,2]}"#),
            Some(r#"{"state":"disabled","name":"Ann","admin":true}"#),
        );
        assert_eq!(
            changes,
            [
                FieldChange::Changed {
                    field: "state".into(),
                    old: "active".into(),
                    new: "disabled".into()
                },
                FieldChange::Removed {
                    field: "gone".into(),
                    value: "[1,2]".into()
                },
                FieldChange::Added {
                    field: "admin".into(),
                    value: "true".into()
                },
            ]
        );
        assert_eq!(
            diff(None, Some(r#"{"a":1}"#)),
            [FieldChange::Added {
                field: "a".into(),
                value: "1".into()
            }]
        );
        // Not JSON: the texts as they are.
        assert_eq!(
            diff(Some("old text"), Some("new text")),
            [FieldChange::Changed {
                field: String::new(),
                old: "old text".into(),
                new: "new text".into()
            }]
        );
        let long = format!(r#"{{"notes":"{}"}}"#, "x".repeat(1000));
        let [FieldChange::Added { value, .. }] = &diff(None, Some(&long))[..] else {
            panic!("one added field");
        };
        assert_eq!(value.chars().count(), CHANGE_VALUE_CHARS + 1);
    }
}
