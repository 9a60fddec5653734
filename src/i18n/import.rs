//! The words of an import's preview and report: why an entry is skipped or refused, and what
//! a reviewer is warned of. English.

use crate::domain::{Sen, SenError};
use crate::inventory::import::{Invalid, Refusal, Skip, Warning};

/// Why an entry changes nothing.
pub fn skip(skip: &Skip) -> String {
    match skip {
        Skip::AddedEarlierInImport { first } => {
            format!("the same licence is added by an earlier entry of this import ({first})")
        }
        Skip::KeyEarlierInImport { first } => {
            format!("the same key appears earlier in this import ({first})")
        }
        Skip::AlreadyInInventory {
            licence: Some(licence),
        } => format!("already in the inventory (licence {licence})"),
        Skip::AlreadyInInventory { licence: None } => "already in the inventory".to_owned(),
        Skip::ChangedByEarlierEntry { licence, first } => {
            format!("licence {licence} is changed by an earlier entry of this import ({first})")
        }
        Skip::Unchanged { licence } => format!("unchanged (licence {licence})"),
    }
}

/// Why an entry, a file or a part of one is not imported.
pub fn refusal(refusal: &Refusal) -> String {
    match refusal {
        Refusal::CannotRead { detail } => format!("cannot be read: {detail}"),
        Refusal::LinkToFolder => {
            "is a symbolic link to a folder: not followed (name the folder itself)".to_owned()
        }
        Refusal::BrokenLink { detail } => format!("is a broken symbolic link: {detail}"),
        Refusal::NotRegularFile => {
            "is not a regular file (a FIFO, socket or device): passed over".to_owned()
        }
        Refusal::ReadAlready => "was read already (a folder reached twice)".to_owned(),
        Refusal::CannotList { detail } => format!("cannot be listed: {detail}"),
        Refusal::TooLarge { length, max } => {
            format!("is {length} bytes, larger than an import accepts ({max} bytes)")
        }
        Refusal::GrewWhileRead { max } => {
            format!("grew past the {max} bytes an import accepts while it was read")
        }
        Refusal::Binary => "not a text file (it holds binary data)".to_owned(),
        Refusal::NoKeyFound => "no licence key found in this file".to_owned(),
        Refusal::Undecodable(error) => error.to_string(),
        Refusal::KeyLike(error) => {
            format!("looks like a licence key but cannot be read: {error}")
        }
        Refusal::NotGenuine => "signature does not verify: not a genuine Atlassian key (to \
                                import it anyway, marked as not genuine, allow unverified keys)"
            .to_owned(),
        Refusal::NotAnExport { detail } => format!("not a valid licensedesk export: {detail}"),
        Refusal::UnsupportedVersion {
            version,
            oldest,
            newest,
        } => format!(
            "export version {version} is not supported (this licensedesk reads versions \
             {oldest} to {newest})"
        ),
        Refusal::ReferenceTwice { reference } => {
            format!("the reference {reference:?} appears twice in this export")
        }
        Refusal::ChainedProduction { production } => {
            format!("production_licence {production:?} is itself linked to a production licence")
        }
        Refusal::DanglingInstallation { reference } => {
            format!("it names licence {reference:?}, which is not in this export")
        }
        Refusal::InstallationsAdminOnly => {
            "installations in an export are restored by administrators only".to_owned()
        }
        Refusal::SemicolonSheet => "the columns are separated by semicolons: save the sheet as \
                                    CSV with commas (the portal's own exports are)"
            .to_owned(),
        Refusal::UnknownSheetColumns => "not a sheet of the portal's export: its first line \
                                         must name the columns of a CSV export (export one to \
                                         see them)"
            .to_owned(),
        Refusal::CsvFieldCount { found, expected } => {
            format!("this row has {found} columns where the sheet's first line has {expected}")
        }
        Refusal::CsvHeader { detail } => format!("not a valid CSV header: {detail}"),
        Refusal::CsvRow { detail } => format!("not a valid CSV row: {detail}"),
        Refusal::UnknownCsvReference { raw } => format!(
            "ref {raw:?} is not a reference this portal wrote (leave it empty for a new licence)"
        ),
        Refusal::Invalid(invalid) => self::invalid(invalid),
        Refusal::NotAContact => "a licence you are not a contact on has this SEN or key; ask an \
                                 administrator to import it"
            .to_owned(),
        Refusal::KeyOnOtherLicence {
            licence: Some(licence),
        } => format!("this key is already on licence {licence}"),
        Refusal::KeyOnOtherLicence { licence: None } => {
            "this key is already on another licence".to_owned()
        }
        Refusal::WouldReplaceGenuine { licence } => format!(
            "this key does not verify and would replace the genuine key of licence {licence}; \
             only an administrator can do that"
        ),
        Refusal::AlreadyTheKey => "this key is the licence's key already".to_owned(),
        Refusal::WouldReplaceOwnGenuineKey => "this key does not verify and the current key is \
                                               genuine; only an administrator can replace it"
            .to_owned(),
    }
}

fn invalid(invalid: &Invalid) -> String {
    match invalid {
        Invalid::EmptyProduct => "the product is empty".to_owned(),
        Invalid::Sen {
            value,
            error: SenError::TooLong,
        } => format!(
            "sen {value:?}: a SEN is at most {} characters",
            Sen::MAX_CHARS
        ),
        Invalid::Sen {
            value,
            error: SenError::Malformed,
        } => format!(
            "sen {value:?}: a SEN is SEN- followed by letters, digits and hyphens, like SEN-1234567"
        ),
        Invalid::NotesTooLong { max } => format!("the notes are longer than {max} characters"),
        Invalid::NotesControlCharacter => "the notes hold a control character (only line breaks \
                                           and tabs may stand in notes)"
            .to_owned(),
        Invalid::ServerId { value, error } => format!("server_id {value:?}: {error}"),
        Invalid::UserTier { value } => {
            format!("user tier {value:?} is not a number or unlimited")
        }
        Invalid::NegativeUserTier { tier } => {
            format!("user_tier {tier} is not a number of users (0 or more, or null for unlimited)")
        }
        Invalid::Deployment { value } => {
            format!("deployment {value:?} is not server or data-center")
        }
        Invalid::Date { column, value } => {
            format!("{column} {value:?} is not a date like 2026-11-21")
        }
        Invalid::YesNo { column, value } => format!("{column} {value:?} is not yes or no"),
        Invalid::UnknownProduction { production } => {
            format!("production_licence {production:?} is not a licence of this export")
        }
        Invalid::OwnProduction => "a licence cannot be its own production licence".to_owned(),
        Invalid::ContactEmail { value } => format!("contact {value:?} is not an e-mail address"),
        Invalid::ContactRole { value } => {
            format!("contact role {value:?} is not technical or billing")
        }
        Invalid::TwoPrimaries { role } => format!("two primary {} contacts", role.as_str()),
        Invalid::HistoryReason { value } => {
            format!("Server ID history reason {value:?} is not manual, diagnosis, import or gate")
        }
        Invalid::EmptyHistoryKey => "a key in the key history is empty".to_owned(),
        Invalid::OrderKind { value } => {
            format!("order kind {value:?} is not new, renewal or upgrade")
        }
        Invalid::OrderNumber { value } => {
            format!("order number {value:?} is empty or appears twice")
        }
        Invalid::OrderPlacedBy { value } => {
            format!("order placed_by {value:?} is not an e-mail address")
        }
        Invalid::TermRole { value } => {
            format!("primary term role {value:?} is not technical or billing")
        }
        Invalid::TermAccount { value } => {
            format!("primary term account {value:?} is not an e-mail address")
        }
    }
}

/// What a reviewer should look at before confirming an entry.
pub fn warning(warning: &Warning) -> String {
    let tier = |users: &Option<i64>| {
        users.map_or_else(|| "unlimited".to_owned(), |n| format!("{n} users"))
    };
    let or_none = |sen: &Option<String>| sen.clone().unwrap_or_else(|| "none".to_owned());
    match warning {
        Warning::ProductionNotImported { production } => format!(
            "its production licence {production} is not imported, so it is added without a link \
             to one"
        ),
        Warning::OrderNotRestored { number } => {
            format!("order {number} is not restored: an order with that number exists")
        }
        Warning::SupportExpiryKept {
            kept,
            said: Some(said),
        } => format!(
            "support expiry {kept} on record is kept (the entry says {said}; an import never \
             moves it earlier)"
        ),
        Warning::SupportExpiryKept { kept, said: None } => {
            format!("support expiry {kept} on record is kept (the entry has none)")
        }
        Warning::GenuineKeyReplaced => {
            "a genuine key would be replaced by a key that does not verify".to_owned()
        }
        Warning::LowerUserTier { from, to } => {
            format!("a lower user tier: {} → {}", tier(from), tier(to))
        }
        Warning::OtherProduct { from, to } => format!("another product: {from} → {to}"),
        Warning::OtherLicenceType { from, to } => {
            format!("another licence type: {} → {}", from.as_str(), to.as_str())
        }
        Warning::SenChanges { from, to } => {
            format!("the SEN changes: {} → {}", or_none(from), or_none(to))
        }
    }
}
