//! The words of the mismatch diagnosis, for the command line and the Diagnose page alike:
//! verdicts, findings, notes, what to do, and the page's own labels. English.

use crate::atlassian::diagnosis::{Against, Code, Finding, FindingKind, Note};

use super::fill;

pub struct DiagnoseText {
    // Verdict headlines, one per code.
    pub verdict_match: &'static str,
    pub verdict_match_unchecked: &'static str,
    pub verdict_server_id_mismatch: &'static str,
    pub verdict_key_differs_from_record: &'static str,
    pub verdict_key_not_in_inventory: &'static str,
    pub verdict_sen_differs: &'static str,
    pub verdict_licence_damaged: &'static str,
    pub verdict_not_genuine: &'static str,
    pub verdict_no_licence: &'static str,
    pub verdict_cannot_tell: &'static str,
    pub verdict_support_expired: &'static str,
    pub verdict_licence_expired: &'static str,
    pub verdict_evaluation: &'static str,
    pub verdict_developer_in_production: &'static str,
    pub verdict_production_in_non_production: &'static str,
    pub verdict_duplicate_server_id: &'static str,

    // What to do, one per code.
    pub advice_match: &'static str,
    pub advice_server_id_mismatch: &'static str,
    pub advice_key_differs_from_record: &'static str,
    pub advice_key_not_in_inventory: &'static str,
    pub advice_sen_differs: &'static str,
    pub advice_licence_damaged: &'static str,
    pub advice_not_genuine: &'static str,
    pub advice_no_licence: &'static str,
    pub advice_cannot_tell: &'static str,
    pub advice_support_expired: &'static str,
    pub advice_licence_expired: &'static str,
    pub advice_evaluation: &'static str,
    pub advice_developer_in_production: &'static str,
    pub advice_production_in_non_production: &'static str,
    pub advice_duplicate_server_id: &'static str,

    // Findings: templates with {named} values.
    pub no_sen: &'static str,
    pub server_id_explanation: &'static str,
    pub finding_server_id_vs_key: &'static str,
    pub finding_server_id_vs_record: &'static str,
    pub finding_server_id_vs_given: &'static str,
    pub finding_licence_damaged: &'static str,
    pub finding_not_genuine: &'static str,
    pub finding_no_licence: &'static str,
    pub finding_cannot_tell: &'static str,
    pub finding_licence_expired: &'static str,
    pub finding_evaluation_expired: &'static str,
    pub finding_duplicate_server_id: &'static str,
    pub finding_sen_differs_record: &'static str,
    pub finding_sen_differs_given: &'static str,
    pub finding_key_differs_record: &'static str,
    pub finding_key_differs_given: &'static str,
    pub finding_key_not_in_inventory: &'static str,
    pub finding_developer_in_production: &'static str,
    pub finding_production_in_non_production: &'static str,
    pub finding_evaluation: &'static str,
    pub finding_evaluation_no_date: &'static str,
    pub finding_support_expired: &'static str,

    // Notes.
    pub note_keys_only: &'static str,
    pub note_no_server_id: &'static str,
    pub note_relative_expiry: &'static str,
    pub note_unrecognised_date: &'static str,
    pub note_key_carries_other_server_id: &'static str,
    pub note_unverified_accepted: &'static str,
    pub note_record_without_key: &'static str,

    // The Diagnose page.
    pub title: &'static str,
    pub intro: &'static str,
    pub key_label: &'static str,
    pub key_hint: &'static str,
    pub server_id_label: &'static str,
    pub server_id_hint: &'static str,
    pub file_label: &'static str,
    pub file_hint: &'static str,
    pub diagnose_button: &'static str,
    pub nothing_given: &'static str,
    pub file_unreadable: &'static str,
    pub pasted_too_large: &'static str,
    pub database_heading: &'static str,
    pub database_intro: &'static str,
    pub database_server_id_query: &'static str,
    pub database_licence_query: &'static str,
    pub copy_query: &'static str,
    pub copied: &'static str,
    pub answer_server_id_label: &'static str,
    pub answer_key_label: &'static str,
    pub answer_key_hint: &'static str,
    pub answer_button: &'static str,
    pub result_title: &'static str,
    pub verdict_heading: &'static str,
    pub findings_heading: &'static str,
    pub what_to_do_heading: &'static str,
    pub notes_heading: &'static str,
    pub reader_notes_heading: &'static str,
    pub installation_heading: &'static str,
    pub product_label: &'static str,
    pub server_id_read_label: &'static str,
    pub server_id_unknown: &'static str,
    pub keys_heading: &'static str,
    pub sen_label: &'static str,
    pub products_label: &'static str,
    pub type_label: &'static str,
    pub users_label: &'static str,
    pub support_label: &'static str,
    pub licence_expiry_label: &'static str,
    pub key_server_id_label: &'static str,
    pub signature_label: &'static str,
    pub genuine: &'static str,
    pub not_genuine: &'static str,
    pub source_label: &'static str,
    pub on_record_label: &'static str,
    pub not_on_record: &'static str,
    pub update_heading: &'static str,
    pub update_button: &'static str,
    pub installed_at_heading: &'static str,
    pub installed_at_empty: &'static str,
    pub column_label: &'static str,
    pub column_host: &'static str,
    pub column_product: &'static str,
    pub column_server_id: &'static str,
    pub column_verdict: &'static str,
    pub column_recorded: &'static str,
    pub another: &'static str,
    pub confirm_title: &'static str,
    pub confirm_body: &'static str,
    pub confirm_none: &'static str,
    pub confirm_history: &'static str,
    pub confirm_button: &'static str,
    pub cancel: &'static str,
    pub server_id_updated: &'static str,
    pub server_id_unchanged: &'static str,
}

impl DiagnoseText {
    pub fn verdict(&self, code: Code) -> &'static str {
        match code {
            Code::Match => self.verdict_match,
            Code::ServerIdMismatch => self.verdict_server_id_mismatch,
            Code::KeyDiffersFromRecord => self.verdict_key_differs_from_record,
            Code::KeyNotInInventory => self.verdict_key_not_in_inventory,
            Code::SenDiffers => self.verdict_sen_differs,
            Code::LicenceDamaged => self.verdict_licence_damaged,
            Code::NotGenuine => self.verdict_not_genuine,
            Code::NoLicence => self.verdict_no_licence,
            Code::CannotTell => self.verdict_cannot_tell,
            Code::SupportExpired => self.verdict_support_expired,
            Code::LicenceExpired => self.verdict_licence_expired,
            Code::Evaluation => self.verdict_evaluation,
            Code::DeveloperLicenceInProduction => self.verdict_developer_in_production,
            Code::ProductionLicenceInNonProduction => self.verdict_production_in_non_production,
            Code::DuplicateServerId => self.verdict_duplicate_server_id,
        }
    }

    pub fn advice(&self, code: Code) -> &'static str {
        match code {
            Code::Match => self.advice_match,
            Code::ServerIdMismatch => self.advice_server_id_mismatch,
            Code::KeyDiffersFromRecord => self.advice_key_differs_from_record,
            Code::KeyNotInInventory => self.advice_key_not_in_inventory,
            Code::SenDiffers => self.advice_sen_differs,
            Code::LicenceDamaged => self.advice_licence_damaged,
            Code::NotGenuine => self.advice_not_genuine,
            Code::NoLicence => self.advice_no_licence,
            Code::CannotTell => self.advice_cannot_tell,
            Code::SupportExpired => self.advice_support_expired,
            Code::LicenceExpired => self.advice_licence_expired,
            Code::Evaluation => self.advice_evaluation,
            Code::DeveloperLicenceInProduction => self.advice_developer_in_production,
            Code::ProductionLicenceInNonProduction => self.advice_production_in_non_production,
            Code::DuplicateServerId => self.advice_duplicate_server_id,
        }
    }

    /// The verdict's headline; a match without a Server ID to compare says so.
    pub fn headline(&self, diagnosis: &crate::atlassian::diagnosis::Diagnosis) -> &'static str {
        if diagnosis.verdict == Code::Match && diagnosis.notes.contains(&Note::NoServerId) {
            self.verdict_match_unchecked
        } else {
            self.verdict(diagnosis.verdict)
        }
    }

    /// What to do, once per code, most important first.
    pub fn advice_for(&self, findings: &[Finding]) -> Vec<&'static str> {
        let mut codes: Vec<Code> = findings.iter().map(Finding::code).collect();
        codes.dedup();
        if codes.is_empty() {
            codes.push(Code::Match);
        }
        codes.into_iter().map(|code| self.advice(code)).collect()
    }

    fn sen<'a>(&self, sen: &'a Option<String>) -> &'a str {
        sen.as_deref().unwrap_or(self.no_sen)
    }

    /// A finding in plain words.
    pub fn finding(&self, finding: &Finding) -> String {
        match &finding.kind {
            FindingKind::ServerIdMismatch {
                installation,
                expected,
                against,
            } => {
                let first = match against {
                    Against::Key => fill(
                        self.finding_server_id_vs_key,
                        &[("installation", installation), ("expected", expected)],
                    ),
                    Against::Record { id, name } => fill(
                        self.finding_server_id_vs_record,
                        &[
                            ("installation", installation),
                            ("expected", expected),
                            ("name", name),
                            ("id", id),
                        ],
                    ),
                    Against::GivenKey => fill(
                        self.finding_server_id_vs_given,
                        &[("installation", installation), ("expected", expected)],
                    ),
                };
                format!("{first} {}", self.server_id_explanation)
            }
            FindingKind::LicenceDamaged { source, error } => fill(
                self.finding_licence_damaged,
                &[("source", source), ("error", error)],
            ),
            FindingKind::NotGenuine { source, sen } => fill(
                self.finding_not_genuine,
                &[("source", source), ("sen", &self.sen(sen))],
            ),
            FindingKind::NoLicence => self.finding_no_licence.to_string(),
            FindingKind::CannotTell => self.finding_cannot_tell.to_string(),
            FindingKind::LicenceExpired {
                sen,
                expired_on,
                evaluation,
            } => fill(
                if *evaluation {
                    self.finding_evaluation_expired
                } else {
                    self.finding_licence_expired
                },
                &[("sen", &self.sen(sen)), ("date", expired_on)],
            ),
            FindingKind::DuplicateServerId { server_id, others } => {
                let list = others
                    .iter()
                    .map(|o| format!("{} on {} ({})", o.label, o.host, o.product))
                    .collect::<Vec<_>>()
                    .join(", ");
                fill(
                    self.finding_duplicate_server_id,
                    &[("server_id", server_id), ("others", &list)],
                )
            }
            FindingKind::SenDiffers {
                installed_sen,
                reference_sen,
                against,
            } => match against {
                Against::Record { id, name } => fill(
                    self.finding_sen_differs_record,
                    &[
                        ("sen", &self.sen(installed_sen)),
                        ("record_sen", &self.sen(reference_sen)),
                        ("name", name),
                        ("id", id),
                    ],
                ),
                _ => fill(
                    self.finding_sen_differs_given,
                    &[
                        ("sen", &self.sen(installed_sen)),
                        ("record_sen", &self.sen(reference_sen)),
                    ],
                ),
            },
            FindingKind::KeyDiffersFromRecord { sen, against } => {
                let sen = if sen.is_empty() { self.no_sen } else { sen };
                match against {
                    Against::Record { id, name } => fill(
                        self.finding_key_differs_record,
                        &[("sen", &sen), ("name", name), ("id", id)],
                    ),
                    _ => fill(self.finding_key_differs_given, &[("sen", &sen)]),
                }
            }
            FindingKind::KeyNotInInventory { sen, source } => fill(
                self.finding_key_not_in_inventory,
                &[("sen", &self.sen(sen)), ("source", source)],
            ),
            FindingKind::DeveloperLicenceInProduction { sen, licence_type } => fill(
                self.finding_developer_in_production,
                &[("sen", &self.sen(sen)), ("type", licence_type)],
            ),
            FindingKind::ProductionLicenceInNonProduction { sen, licence_type } => fill(
                self.finding_production_in_non_production,
                &[("sen", &self.sen(sen)), ("type", licence_type)],
            ),
            FindingKind::Evaluation {
                sen,
                expires_on: Some(date),
            } => fill(
                self.finding_evaluation,
                &[("sen", &self.sen(sen)), ("date", date)],
            ),
            FindingKind::Evaluation {
                sen,
                expires_on: None,
            } => fill(self.finding_evaluation_no_date, &[("sen", &self.sen(sen))]),
            FindingKind::SupportExpired { sen, expired_on } => fill(
                self.finding_support_expired,
                &[("sen", &self.sen(sen)), ("date", expired_on)],
            ),
        }
    }

    /// A note in plain words.
    pub fn note(&self, note: &Note) -> String {
        match note {
            Note::KeysOnly => self.note_keys_only.to_string(),
            Note::NoServerId => self.note_no_server_id.to_string(),
            Note::RelativeExpiry { sen, raw } => fill(
                self.note_relative_expiry,
                &[("sen", &self.sen(sen)), ("raw", raw)],
            ),
            Note::UnrecognisedDate { sen, raw } => fill(
                self.note_unrecognised_date,
                &[("sen", &self.sen(sen)), ("raw", raw)],
            ),
            Note::KeyCarriesOtherServerId { sen, key_server_id } => fill(
                self.note_key_carries_other_server_id,
                &[("sen", &self.sen(sen)), ("server_id", key_server_id)],
            ),
            Note::UnverifiedAccepted { sen } => {
                fill(self.note_unverified_accepted, &[("sen", &self.sen(sen))])
            }
            Note::RecordWithoutKey { id, name } => {
                fill(self.note_record_without_key, &[("id", id), ("name", name)])
            }
        }
    }
}

pub const EN: DiagnoseText = DiagnoseText {
    verdict_match: "Match: the installation, its licence and the records agree.",
    verdict_match_unchecked: "No problem found in what could be read, but the installation's \
        Server ID is not known, so it was not compared.",
    verdict_server_id_mismatch: "Server ID differs: expected after a migration, upgrade or \
        reinstall; the licence keeps working.",
    verdict_key_differs_from_record: "The installed key is not the key on record.",
    verdict_key_not_in_inventory: "The installed key is not in the inventory.",
    verdict_sen_differs: "The SEN differs from the one on record.",
    verdict_licence_damaged: "The installed licence key is damaged.",
    verdict_not_genuine: "The installed licence key is not genuine.",
    verdict_no_licence: "No licence key was found in the installation.",
    verdict_cannot_tell: "Cannot tell from this file: the product keeps its licences in its \
        database, which was not read.",
    verdict_support_expired: "Support has expired.",
    verdict_licence_expired: "The licence has expired.",
    verdict_evaluation: "An evaluation licence is installed.",
    verdict_developer_in_production: "A developer licence runs a production installation.",
    verdict_production_in_non_production: "A production licence runs a non-production \
        installation.",
    verdict_duplicate_server_id: "Another recorded installation has the same Server ID.",

    advice_match: "Nothing to do.",
    advice_server_id_mismatch: "Keep using the key: no new key is needed. Update the Server \
        ID on record to the installation's (diagnose --apply, or the button on the Diagnose \
        page); the old value stays in the licence's Server ID history.",
    advice_key_differs_from_record: "If the licence was renewed or upgraded, apply the key on \
        record to the installation. If this is a test or development installation, it should \
        run the developer licence that belongs to the production licence.",
    advice_key_not_in_inventory: "Import the key (licensedesk import, or the Import page) so \
        that the portal knows this licence.",
    advice_sen_differs: "Check which licence this installation should run: the installed key \
        belongs to another SEN than the one on record.",
    advice_licence_damaged: "Copy the key again from where it came from (My Atlassian, or \
        Download licence in the portal) and apply it: characters were lost or changed on the \
        way.",
    advice_not_genuine: "Do not trust what this key says: it was altered or was not made by \
        Atlassian. Apply the genuine key from My Atlassian or the portal.",
    advice_no_licence: "Apply a licence in the product's administration. If the product keeps \
        its licence in a database that could not be read, run the SQL shown and give the key \
        by hand (--installed-key FILE, or paste it on the Diagnose page).",
    advice_cannot_tell: "Run the SQL shown on the product's database and give its answers: \
        on the command line with --server-id ID and --installed-key FILE, on the Diagnose page \
        in the fields under the queries.",
    advice_support_expired: "Renew support to keep getting updates and help; the product \
        keeps running on its current version.",
    advice_licence_expired: "Apply a current key: renew the licence, or buy one to replace an \
        evaluation.",
    advice_evaluation: "Buy a licence before the evaluation ends and apply its key.",
    advice_developer_in_production: "Run the production licence on production installations; \
        developer licences are for testing and development.",
    advice_production_in_non_production: "Run a developer licence on test and development \
        installations: it belongs to the production licence and has a key of its own.",
    advice_duplicate_server_id: "Two installations share a Server ID when one was copied from \
        the other. If both stay in use, set the copy up as an installation of its own, and run \
        a developer licence on it if it is not production.",

    no_sen: "(no SEN)",
    server_id_explanation: "Every new installation gets a new Server ID, so this is expected \
        after a migration, an upgrade or a reinstall. A licence is not bound to a Server ID: it \
        keeps working, and no new key is needed. The Server ID on record can be updated.",
    finding_server_id_vs_key: "The installation's Server ID is {installation}, but its key was \
        issued for {expected}.",
    finding_server_id_vs_record: "The installation's Server ID is {installation}, but licence \
        #{id} ({name}) has {expected} on record.",
    finding_server_id_vs_given: "The installation's Server ID is {installation}, but the key \
        you gave was issued for {expected}.",
    finding_licence_damaged: "The licence key read from {source} cannot be decoded: {error}.",
    finding_not_genuine: "The signature of the key {sen} (from {source}) does not verify: it \
        is not a genuine Atlassian key, so nothing it says can be trusted.",
    finding_no_licence: "No licence key was found where the product keeps it.",
    finding_cannot_tell: "This file names the database that holds the Server ID and the \
        licences; whether a licence is installed cannot be told without it.",
    finding_licence_expired: "The licence {sen} expired on {date}.",
    finding_evaluation_expired: "The evaluation licence {sen} expired on {date}.",
    finding_duplicate_server_id: "The Server ID {server_id} is also recorded for: {others}. \
        Two installations with one Server ID are usually a cloned instance.",
    finding_sen_differs_record: "The installed key has the SEN {sen}, but licence #{id} \
        ({name}), which holds this key, has the SEN {record_sen} on record.",
    finding_sen_differs_given: "The installed key has the SEN {sen}, but the key you gave has \
        {record_sen}: they are different licences.",
    finding_key_differs_record: "The installed key for {sen} is not the key on record for \
        licence #{id} ({name}): a renewed or upgraded key that was not applied, or a developer \
        key.",
    finding_key_differs_given: "The installed key for {sen} is not the key you gave: a renewed \
        or upgraded key that was not applied, or a developer key.",
    finding_key_not_in_inventory: "The key {sen} (from {source}) is not in the inventory, and \
        no licence on record has its SEN.",
    finding_developer_in_production: "The key {sen} is a {type} licence, on an installation \
        said to be production.",
    finding_production_in_non_production: "The key {sen} is a {type} licence, on an \
        installation said to be non-production.",
    finding_evaluation: "The key {sen} is an evaluation licence; it expires on {date}.",
    finding_evaluation_no_date: "The key {sen} is an evaluation licence.",
    finding_support_expired: "Support for {sen} ended on {date}.",

    note_keys_only: "No portal records were consulted: each key was compared with the \
        installation only (give --data-dir to compare with the portal's records).",
    note_no_server_id: "The installation's Server ID could not be read, so no Server ID was \
        compared; give it by hand (--server-id, or the Server ID field).",
    note_relative_expiry: "The key {sen} expires {raw} after it is applied to the product (a \
        time-limited test licence). When it was applied is not recorded in what was read, so \
        its expiry cannot be judged offline and is not counted.",
    note_unrecognised_date: "The key {sen} has a date that is not understood: {raw}.",
    note_key_carries_other_server_id: "The key {sen} still carries the Server ID it was issued \
        for, {server_id}; the record already has the installation's. That is expected and \
        needs nothing.",
    note_unverified_accepted: "The signature of the key {sen} does not verify; as asked \
        (--allow-unverified), that is not counted as a finding.",
    note_record_without_key: "Licence #{id} ({name}) has this SEN on record but holds no key; \
        import the key to complete the record.",

    title: "Diagnose",
    intro: "Is the licence wrong? Paste the licence key and the Server ID your product shows, \
        or upload its config file (confluence.cfg.xml, bamboo.cfg.xml, crowd.cfg.xml, \
        bitbucket.properties, dbconfig.xml) or a support zip. They are compared with your \
        licences on record. Uploaded files are read and not kept.",
    key_label: "Licence key",
    key_hint: "The key as the product shows it, or any text holding it, such as a copy of the \
        System Information page.",
    server_id_label: "Server ID",
    server_id_hint: "Four groups of four letters or digits, like BG9T-XUV4-KZZH-B01W; shown \
        under System Information in the product's administration.",
    file_label: "Config file or support zip",
    file_hint: "Optional. At most 32 MiB.",
    diagnose_button: "Diagnose",
    nothing_given: "Paste a licence key or some text holding one, or upload a config file or \
        support zip.",
    file_unreadable: "That file could not be read: {reason}",
    pasted_too_large: "The pasted text is {size} bytes long; at most {limit} bytes can be \
        pasted. Upload it as a file instead.",
    database_heading: "Ask the database",
    database_intro: "Run these queries on the product's database (read-only), then paste \
        their answers below.",
    database_server_id_query: "The Server ID:",
    database_licence_query: "The installed licence keys, one row each:",
    copy_query: "Copy",
    copied: "Copied",
    answer_server_id_label: "Server ID (the answer to the first query)",
    answer_key_label: "Installed licence key (the answer to the second query)",
    answer_key_hint: "Paste the whole key; line breaks do not matter.",
    answer_button: "Diagnose with these answers",
    result_title: "Diagnosis",
    verdict_heading: "Verdict",
    findings_heading: "Findings",
    what_to_do_heading: "What to do",
    notes_heading: "Good to know",
    reader_notes_heading: "While reading",
    installation_heading: "Installation",
    product_label: "Product",
    server_id_read_label: "Server ID",
    server_id_unknown: "not known",
    keys_heading: "Installed licence keys",
    sen_label: "SEN",
    products_label: "Products",
    type_label: "Type",
    users_label: "Users",
    support_label: "Support expires",
    licence_expiry_label: "Licence expires",
    key_server_id_label: "Server ID in the key",
    signature_label: "Signature",
    genuine: "genuine",
    not_genuine: "does not verify",
    source_label: "Read from",
    on_record_label: "On record",
    not_on_record: "not on record",
    update_heading: "Update the record",
    update_button: "Update Server ID of licence #{id}",
    installed_at_heading: "Installed at",
    installed_at_empty: "No installation of this licence has been recorded yet.",
    column_label: "Installation",
    column_host: "Host",
    column_product: "Product",
    column_server_id: "Server ID",
    column_verdict: "Verdict",
    column_recorded: "Recorded",
    another: "Diagnose another installation",
    confirm_title: "Update the Server ID?",
    confirm_body: "The Server ID of licence #{id}, {name} ({sen}), changes from {old} to {new}.",
    confirm_none: "none",
    confirm_history: "The old value stays in the licence's Server ID history, marked \
        \"diagnosis\", and the change is written to the audit log. The key itself does not \
        change.",
    confirm_button: "Update Server ID",
    cancel: "Cancel",
    server_id_updated: "Server ID updated. The old value is kept in the licence's Server ID \
        history.",
    server_id_unchanged: "The licence already has that Server ID; nothing changed.",
};
