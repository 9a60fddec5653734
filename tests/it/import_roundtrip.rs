//! The JSON export as a complete backup, over generated inventories: export → import into an
//! empty database → export gives the same bytes, whatever the inventory holds (primaries and
//! secondary contacts, orders with who placed them, primary terms, key and Server ID histories,
//! developer links, archived licences, evaluations without a key, recorded installations,
//! Unicode text, empty and full histories).

use proptest::prelude::*;

use licensedesk::atlassian::key;
use licensedesk::domain::licence_history::ServerIdChange;
use licensedesk::domain::{AccountId, AccountState, Actor, ContactRole, Email, LicenceId};
use licensedesk::inventory::{export, import, new_licence_from_key};
use licensedesk::store::{self, accounts, contacts, instances, licences, orders};

use crate::support::encoder::{self, Signing};

const EMAILS: [&str; 4] = [
    "ada@example.com",
    "bob@example.com",
    "carol@example.com",
    "dan@example.com",
];

#[derive(Debug, Clone)]
struct GenContact {
    account: usize,
    technical: bool,
    added_at: i64,
}

#[derive(Debug, Clone)]
struct GenOrder {
    kind: u8,
    placed_at: i64,
    placed_by: Option<usize>,
    description: String,
}

#[derive(Debug, Clone)]
struct GenLicence {
    with_key: bool,
    product: usize,
    tier: Option<i64>,
    organisation: String,
    server_id: Option<String>,
    support_days: Option<i32>,
    archived: bool,
    evaluation: bool,
    gate: Option<(String, i64)>,
    /// Index of an earlier licence this one is a developer licence of.
    production: Option<usize>,
    contacts: Vec<GenContact>,
    /// A new primary for each role, at this time (the first contact of the role otherwise).
    primary_change: Option<(usize, i64)>,
    orders: Vec<GenOrder>,
    key_history: Vec<(String, i64)>,
    server_ids: Vec<(Option<String>, i64, u8)>,
    created_at: i64,
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-zA-Z0-9 ]{1,12}",
        Just("Ünïcödé GmbH — 東京 🚀".to_owned()),
        Just("=HYPERLINK(\"x\")".to_owned()),
    ]
}

fn licence() -> impl Strategy<Value = GenLicence> {
    let contact =
        (0..EMAILS.len(), any::<bool>(), 1..1_000i64).prop_map(|(account, technical, added_at)| {
            GenContact {
                account,
                technical,
                added_at,
            }
        });
    let order = (
        0..3u8,
        1..2_000i64,
        proptest::option::of(0..EMAILS.len()),
        text(),
    )
        .prop_map(|(kind, placed_at, placed_by, description)| GenOrder {
            kind,
            placed_at,
            placed_by,
            description,
        });
    (
        (
            any::<bool>(),
            0..3usize,
            proptest::option::of(0..5_000i64),
            text(),
            proptest::option::of("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}"),
            proptest::option::of(-400..900i32),
            any::<bool>(),
            any::<bool>(),
        ),
        (
            proptest::option::of((text(), 1..9_000i64)),
            proptest::option::of(0..8usize),
            proptest::collection::vec(contact, 0..4),
            proptest::option::of((0..4usize, 1_000..1_500i64)),
            proptest::collection::vec(order, 0..3),
            proptest::collection::vec(("[A-Za-z0-9]{8,40}", 1..3_000i64), 0..3),
            proptest::collection::vec(
                (
                    proptest::option::of("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}"),
                    1..3_000i64,
                    0..4u8,
                ),
                0..3,
            ),
            1..100_000i64,
        ),
    )
        .prop_map(
            |(
                (
                    with_key,
                    product,
                    tier,
                    organisation,
                    server_id,
                    support_days,
                    archived,
                    evaluation,
                ),
                (
                    gate,
                    production,
                    contacts,
                    primary_change,
                    orders,
                    key_history,
                    server_ids,
                    created_at,
                ),
            )| GenLicence {
                with_key,
                product,
                tier,
                organisation,
                server_id,
                support_days,
                archived,
                evaluation: evaluation && !with_key,
                gate,
                production,
                contacts,
                primary_change,
                orders,
                key_history,
                server_ids,
                created_at,
            },
        )
}

#[derive(Debug, Clone)]
struct GenInstance {
    label: String,
    keys: Vec<(String, Option<usize>)>,
    recorded_at: i64,
}

fn instance() -> impl Strategy<Value = GenInstance> {
    (
        "[a-z]{1,8}",
        proptest::collection::vec(
            ("[A-Za-z0-9]{10,30}", proptest::option::of(0..8usize)),
            0..3,
        ),
        1..5_000i64,
    )
        .prop_map(|(label, keys, recorded_at)| GenInstance {
            label,
            keys,
            recorded_at,
        })
}

const PRODUCTS: [(&str, &str); 3] = [
    ("conf", "Confluence"),
    ("bamboo", "Bamboo"),
    ("jira.product.jira-software", "Jira Software"),
];

/// Builds the generated inventory in a fresh database through the store.
fn seed(conn: &rusqlite::Connection, generated: &[GenLicence], installed: &[GenInstance]) {
    let hash = bcrypt::hash("roundtrip password", 4).unwrap();
    let people: Vec<AccountId> = EMAILS
        .iter()
        .map(|email| {
            accounts::insert(
                conn,
                &accounts::NewAccount {
                    email: &Email::parse(email).unwrap(),
                    display_name: "",
                    password_hash: Some(&hash),
                    is_admin: false,
                    state: AccountState::Active,
                },
                1,
            )
            .unwrap()
        })
        .collect();
    let mut ids: Vec<LicenceId> = Vec::new();
    let mut linked: Vec<bool> = Vec::new();
    for (index, g) in generated.iter().enumerate() {
        let (namespace, product) = PRODUCTS[g.product];
        let mut record = if g.with_key {
            let mut properties = encoder::sample_properties(&format!("SEN-RT-{index}"), namespace);
            if let Some(tier) = g.tier {
                properties.retain(|(k, _)| k != "NumberOfUsers");
                properties.push(("NumberOfUsers".into(), tier.to_string()));
            }
            let key_text = encoder::encode_with(&properties, Signing::TestKey);
            new_licence_from_key(&key::decode(&key_text).unwrap())
        } else {
            licensedesk::domain::LicenceFields {
                product: product.into(),
                name: format!("{product} (Server) {index}"),
                licence_type: if g.evaluation {
                    "Evaluation"
                } else {
                    "Commercial"
                }
                .into(),
                user_tier: g.tier,
                sen: (index % 2 == 0).then(|| format!("SEN-NOKEY-{index}")),
                is_evaluation: g.evaluation,
                ..licensedesk::domain::LicenceFields::sample("")
            }
        };
        record.organisation = g.organisation.clone();
        record.server_id = g.server_id.clone();
        record.archived = g.archived;
        record.support_expiry = g.support_days.and_then(|days| {
            jiff::civil::date(2026, 1, 1)
                .checked_add(jiff::Span::new().days(days))
                .ok()
        });
        // As the portal links them: to a licence that is not itself linked to another.
        record.production_licence_id = g
            .production
            .filter(|p| *p < index && !linked[*p])
            .and_then(|p| ids.get(p).copied());
        linked.push(record.production_licence_id.is_some());
        let id = licences::insert_at(conn, &record, g.created_at, g.created_at + 7).unwrap();
        ids.push(id);
        if let Some((reason, at)) = &g.gate {
            licences::set_gate(conn, id, Some(reason), Some(*at)).unwrap();
        }
        for (k, at) in &g.key_history {
            licences::record_key_change(
                conn,
                id,
                &licences::KeyChange {
                    licence_key: k.clone(),
                    replaced_at: *at,
                    replaced_by: "ada@example.com".into(),
                    reason: "renewal".into(),
                },
            )
            .unwrap();
        }
        for (value, at, reason) in &g.server_ids {
            let reason = ["manual", "diagnosis", "import", "gate"][usize::from(*reason)];
            licences::record_server_id_change(
                conn,
                id,
                &ServerIdChange {
                    old_value: None,
                    new_value: value.clone(),
                    changed_by: "bob@example.com".into(),
                    changed_at: *at,
                    reason: reason.into(),
                },
            )
            .unwrap();
        }
        for c in &g.contacts {
            let role = if c.technical { "technical" } else { "billing" };
            licences::add_contact(conn, id, people[c.account], role, c.added_at).unwrap();
        }
        if let Some((account, at)) = g.primary_change {
            for role in ContactRole::ALL {
                let is_contact = g.contacts.iter().any(|c| {
                    c.account == account && c.technical == (role == ContactRole::Technical)
                });
                if is_contact {
                    contacts::set_primary(conn, id, role, people[account], at).unwrap();
                }
            }
        }
        for o in &g.orders {
            let kind = [
                licensedesk::domain::orders::OrderKind::New,
                licensedesk::domain::orders::OrderKind::Renewal,
                licensedesk::domain::orders::OrderKind::Upgrade,
            ][usize::from(o.kind)];
            orders::insert(
                conn,
                &orders::NewOrder {
                    kind,
                    licence_id: id,
                    description: &o.description,
                    po_number: Some("PO-7"),
                    amount: None,
                    currency: Some("EUR"),
                    placed_by: o.placed_by.map(|p| people[p]),
                },
                o.placed_at,
            )
            .unwrap();
        }
    }
    for (n, inst) in installed.iter().enumerate() {
        let keys: Vec<instances::InstanceKey> = inst
            .keys
            .iter()
            .map(|(k, licence)| instances::InstanceKey {
                licence_key: k.clone(),
                sen: Some("SEN-RT-0".into()),
                licence_id: licence.and_then(|l| ids.get(l).copied()),
            })
            .collect();
        instances::record(
            conn,
            &instances::NewInstance {
                product: "Confluence",
                label: &inst.label,
                host: &format!("host-{n}"),
                home: "/var/atlassian/confluence",
                server_id: Some("B1C2-D3E4-F5G6-H7I8"),
                verdict: "match",
                recorded_by: "ada@example.com",
                keys: &keys,
                // Every other one a Data Center node, so that the export carries both shapes.
                cluster_node: (n % 2 == 1).then_some("node1"),
                cluster: (n % 2 == 1).then_some("/var/atlassian/shared"),
            },
            inst.recorded_at,
        )
        .unwrap();
    }
}

fn export_json(conn: &rusqlite::Connection) -> String {
    let all = licences::all(conn).unwrap();
    export::to_json(&export::document(conn, &all, &export::Withheld::new(), None, false).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn export_import_into_an_empty_database_export_gives_the_same_json(
        generated in proptest::collection::vec(licence(), 0..6),
        installed in proptest::collection::vec(instance(), 0..3),
    ) {
        let first = store::open_in_memory().unwrap();
        seed(&first, &generated, &installed);
        let json = export_json(&first);
        // The export holds what was generated: the comparison below is not of empty documents.
        let document: serde_json::Value = serde_json::from_str(&json).unwrap();
        let exported = document["licences"].as_array().unwrap();
        prop_assert_eq!(exported.len(), generated.len());
        let orders_exported: usize = exported.iter().map(|l| l["orders"].as_array().unwrap().len()).sum();
        prop_assert_eq!(orders_exported, generated.iter().map(|g| g.orders.len()).sum::<usize>());
        let contacts_exported: usize = exported.iter().map(|l| l["contacts"].as_array().unwrap().len()).sum();
        let contacts_generated: usize = generated
            .iter()
            .map(|g| {
                let mut distinct: Vec<(usize, bool)> = g.contacts.iter().map(|c| (c.account, c.technical)).collect();
                distinct.sort_unstable();
                distinct.dedup();
                distinct.len()
            })
            .sum();
        prop_assert_eq!(contacts_exported, contacts_generated);
        prop_assert_eq!(document["instances"].as_array().unwrap().len(), installed.len());

        let mut second = store::open_in_memory().unwrap();
        let options = import::Options {
            allow_unverified: true,
            viewer: None,
            max_keys: None,
            max_held_bytes: None,
        };
        let plan = import::plan(
            &second,
            &[import::Source { name: "backup.json".into(), bytes: json.clone().into_bytes() }],
            options,
            &|_| {},
        )
        .unwrap();
        prop_assert!(plan.rejected.is_empty(), "{:?}", plan.rejected);
        let applied = import::apply_in_transaction(
            &mut second,
            &plan,
            &import::ApplyContext {
                actor: &Actor::CommandLine,
                contact: None,
                viewer: None,
                replace_genuine: false,
                warning_words: licensedesk::i18n::import::warning_in_audit,
                now: 1_800_000_000,
            },
            &|_| {},
        )
        .unwrap();
        prop_assert_eq!(applied.added, generated.len());
        let again = export_json(&second);
        prop_assert_eq!(json, again);
    }
}
