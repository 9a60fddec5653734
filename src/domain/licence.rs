//! A licence as the portal keeps it, and the rules about its dates.

use jiff::civil::Date;

use super::LicenceId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Deployment {
    Server,
    DataCenter,
}

impl Deployment {
    pub fn as_str(self) -> &'static str {
        match self {
            Deployment::Server => "server",
            Deployment::DataCenter => "data-center",
        }
    }

    pub fn parse(value: &str) -> Option<Deployment> {
        match value {
            "server" => Some(Deployment::Server),
            "data-center" => Some(Deployment::DataCenter),
            _ => None,
        }
    }
}

/// What kind of licence this is (SPEC §9): what its dates mean depends on it. Derived from the
/// key when there is one (see `atlassian::key::KeyKind`, whose codes these are), else from the
/// fields entered by hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LicenceKind {
    /// Perpetual: only support expires.
    Server,
    /// An annual subscription: at the licence expiry the product becomes read-only.
    DataCenter,
    /// Fisheye or Crucible, whose Server support did not end in 2024.
    FisheyeCrucible,
    Evaluation,
    Developer,
    /// A licence for app developers or testing; not bound to a Server ID.
    Test,
    /// A Marketplace or Atlassian app licence, running on a host.
    App,
}

impl LicenceKind {
    fn server() -> LicenceKind {
        LicenceKind::Server
    }

    pub const ALL: [LicenceKind; 7] = [
        LicenceKind::Server,
        LicenceKind::DataCenter,
        LicenceKind::FisheyeCrucible,
        LicenceKind::Evaluation,
        LicenceKind::Developer,
        LicenceKind::Test,
        LicenceKind::App,
    ];

    /// The code the kind is stored, exported and reported as.
    pub fn code(self) -> &'static str {
        match self {
            LicenceKind::Server => "server",
            LicenceKind::DataCenter => "data-center",
            LicenceKind::FisheyeCrucible => "fisheye-crucible",
            LicenceKind::Evaluation => "evaluation",
            LicenceKind::Developer => "developer",
            LicenceKind::Test => "test",
            LicenceKind::App => "app",
        }
    }

    pub fn from_code(code: &str) -> Option<LicenceKind> {
        LicenceKind::ALL
            .into_iter()
            .find(|kind| kind.code() == code)
    }

    /// The kind of a licence without a key, from what was entered by hand: an evaluation, the
    /// developer or testing type, Fisheye or Crucible, the deployment. The migration that added
    /// the kind backfilled existing rows by the same rules, in SQL.
    pub fn by_hand(
        licence_type: &LicenceType,
        deployment: Deployment,
        product: &str,
        is_evaluation: bool,
    ) -> LicenceKind {
        let product = product.to_ascii_lowercase();
        if is_evaluation {
            LicenceKind::Evaluation
        } else if *licence_type == LicenceType::Developer {
            LicenceKind::Developer
        } else if *licence_type == LicenceType::Testing {
            LicenceKind::Test
        } else if product.contains("fisheye") || product.contains("crucible") {
            LicenceKind::FisheyeCrucible
        } else if deployment == Deployment::DataCenter {
            LicenceKind::DataCenter
        } else {
            LicenceKind::Server
        }
    }
}

/// A licence's type, as keys name them ("Commercial", "Open Source", "Developer", …) and as it
/// is stored. Types the portal knows are variants, so that rules ask `is_developer()` rather than
/// compare text; any other type a key or a file brings is kept as given in `Other`. The words a
/// person reads come from the catalogue, never from here.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LicenceType {
    Commercial,
    Academic,
    Community,
    OpenSource,
    Starter,
    Developer,
    Demonstration,
    Testing,
    Personal,
    Hosted,
    /// An evaluation licence (whatever type its key gives).
    Evaluation,
    /// No type given, or "Other" chosen: stored as "Other".
    Unspecified,
    /// A type the portal has no name for, stored as given.
    Other(String),
}

impl LicenceType {
    /// The types the portal names, with the text each is stored as.
    const NAMED: [(LicenceType, &'static str); 12] = [
        (LicenceType::Commercial, "Commercial"),
        (LicenceType::Academic, "Academic"),
        (LicenceType::Community, "Community"),
        (LicenceType::OpenSource, "Open Source"),
        (LicenceType::Starter, "Starter"),
        (LicenceType::Developer, "Developer"),
        (LicenceType::Demonstration, "Demonstration"),
        (LicenceType::Testing, "Testing"),
        (LicenceType::Personal, "Personal"),
        (LicenceType::Hosted, "Hosted"),
        (LicenceType::Evaluation, "Evaluation"),
        (LicenceType::Unspecified, "Other"),
    ];

    /// The types a licence entered by hand can have (evaluations have their own form).
    pub const BY_HAND: [LicenceType; 11] = [
        LicenceType::Commercial,
        LicenceType::Academic,
        LicenceType::Community,
        LicenceType::OpenSource,
        LicenceType::Starter,
        LicenceType::Developer,
        LicenceType::Demonstration,
        LicenceType::Testing,
        LicenceType::Personal,
        LicenceType::Hosted,
        LicenceType::Unspecified,
    ];

    /// The type a stored or given text names. A named type is recognised whatever its case
    /// ("developer" is `Developer`); other text is kept as it is.
    pub fn parse(text: &str) -> LicenceType {
        LicenceType::NAMED
            .iter()
            .find(|(_, stored)| stored.eq_ignore_ascii_case(text))
            .map_or_else(|| LicenceType::Other(text.to_owned()), |(t, _)| t.clone())
    }

    /// The text the type is stored and exported as.
    pub fn as_str(&self) -> &str {
        match self {
            LicenceType::Other(text) => text,
            named => LicenceType::NAMED
                .iter()
                .find(|(t, _)| t == named)
                .map_or("", |(_, stored)| stored),
        }
    }

    /// Whether this is a developer licence (non-production, linked to a production licence).
    pub fn is_developer(&self) -> bool {
        *self == LicenceType::Developer
    }
}

impl From<&str> for LicenceType {
    fn from(text: &str) -> LicenceType {
        LicenceType::parse(text)
    }
}

impl serde::Serialize for LicenceType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for LicenceType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<LicenceType, D::Error> {
        let text = String::deserialize(deserializer)?;
        Ok(LicenceType::parse(&text))
    }
}

/// A licence's own fields: what a key, a form or an import row says about it. This is the one
/// spelling of the record: the store writes and reads it whole, the exports copy it, and the
/// import builds it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LicenceFields {
    pub product: String,
    pub name: String,
    pub licence_type: LicenceType,
    pub deployment: Deployment,
    /// `None` is unlimited.
    pub user_tier: Option<i64>,
    pub sen: Option<String>,
    pub licence_key: Option<String>,
    /// Whether the key's signature verifies; `None` when there is no key.
    pub key_genuine: Option<bool>,
    pub server_id: Option<String>,
    pub organisation: String,
    pub licensed_to: String,
    pub purchase_date: Option<Date>,
    pub support_expiry: Option<Date>,
    pub licence_expiry: Option<Date>,
    pub support_level: String,
    pub auto_renew: bool,
    pub archived: bool,
    pub is_evaluation: bool,
    pub production_licence_id: Option<LicenceId>,
    /// Free text kept by the licence's contacts and administrators (at most [`NOTES_MAX_CHARS`]).
    pub notes: String,
    /// What kind of licence this is: the key's when there is one, else derived from the fields
    /// entered by hand ([`LicenceKind::by_hand`]). Records written before the kind existed (the
    /// audit log's) read as Server.
    #[serde(default = "LicenceKind::server")]
    pub kind: LicenceKind,
}

/// The longest notes a licence keeps, in characters.
pub const NOTES_MAX_CHARS: usize = 4000;

/// Why a text cannot be a licence's notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotesError {
    /// Longer than [`NOTES_MAX_CHARS`] characters.
    TooLong,
    /// A control character other than a line break or a tab (an escape sequence, a bell).
    ControlCharacter,
}

/// Notes as a licence keeps them, whether typed on its page or brought by an import: line
/// breaks as `\n`, no blanks around, at most [`NOTES_MAX_CHARS`] characters, and no control
/// characters but line breaks and tabs.
pub fn clean_notes(raw: &str) -> Result<String, NotesError> {
    let text = raw.replace("\r\n", "\n");
    let text = text.trim();
    if text.chars().count() > NOTES_MAX_CHARS {
        Err(NotesError::TooLong)
    } else if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        Err(NotesError::ControlCharacter)
    } else {
        Ok(text.to_owned())
    }
}

impl LicenceFields {
    /// A plain licence with this SEN, for tests and benchmarks to start from and change what
    /// they are about: a Confluence Server licence for 10 users, Commercial, with no key, no
    /// dates and no Server ID.
    pub fn sample(sen: &str) -> LicenceFields {
        LicenceFields {
            product: "Confluence".into(),
            name: "Confluence (Server) 10 Users: Commercial License".into(),
            licence_type: LicenceType::Commercial,
            deployment: Deployment::Server,
            user_tier: Some(10),
            sen: Some(sen.into()),
            licence_key: None,
            key_genuine: None,
            server_id: None,
            organisation: String::new(),
            licensed_to: String::new(),
            purchase_date: None,
            support_expiry: None,
            licence_expiry: None,
            support_level: String::new(),
            auto_renew: false,
            archived: false,
            is_evaluation: false,
            production_licence_id: None,
            notes: String::new(),
            kind: LicenceKind::Server,
        }
    }

    /// The kind a licence entered by hand has with these fields (see [`LicenceKind::by_hand`]).
    pub fn kind_by_hand(&self) -> LicenceKind {
        LicenceKind::by_hand(
            &self.licence_type,
            self.deployment,
            &self.product,
            self.is_evaluation,
        )
    }

    /// Whether this is a developer licence: of the developer type, or linked to the production
    /// licence it belongs to. Developer licences are not renewed or upgraded on their own.
    pub fn is_developer(&self) -> bool {
        self.licence_type.is_developer() || self.production_licence_id.is_some()
    }

    /// The date a licence's support state is judged by and shown: an evaluation's end (its
    /// licence expiry, else its support expiry), any other licence's support expiry.
    pub fn shown_expiry(&self) -> Option<Date> {
        if self.is_evaluation {
            self.licence_expiry.or(self.support_expiry)
        } else {
            self.support_expiry
        }
    }

    /// The state the list and the licence's page show: an evaluation ends soon in its last
    /// [`EVALUATION_ENDING_WITHIN_DAYS`] days (a 30-day evaluation is not "expiring" on its
    /// first day), any other licence's support in its last [`EXPIRING_WITHIN_DAYS`].
    pub fn shown_state(&self, today: Date) -> SupportState {
        let within = if self.is_evaluation {
            EVALUATION_ENDING_WITHIN_DAYS
        } else {
            EXPIRING_WITHIN_DAYS
        };
        support_state_within(self.shown_expiry(), today, within)
    }

    /// The part of the notes around `term`, when a search for it found the licence by them:
    /// what the list shows under a search, at most about 200 characters, with `…` where the
    /// notes go on. The term is matched as the search matches, folded (see
    /// [`super::search_text`]).
    pub fn notes_matching(&self, term: &str) -> Option<String> {
        const BEFORE: usize = 60;
        const SHOWN: usize = 200;
        let term = term.trim();
        if term.is_empty() {
            return None;
        }
        let (at, _) = super::search_text::find_folded(&self.notes, term)?;
        let start = self.notes[..at]
            .char_indices()
            .rev()
            .nth(BEFORE - 1)
            .map_or(0, |(index, _)| index);
        let shown = &self.notes[start..];
        let end = shown
            .char_indices()
            .nth(SHOWN)
            .map_or(shown.len(), |(index, _)| index);
        let lead = if start > 0 { "…" } else { "" };
        let tail = if end < shown.len() { "…" } else { "" };
        Some(format!("{lead}{}{tail}", &shown[..end]))
    }
}

/// A licence as the portal keeps it: its fields, plus what the portal records about it (its id,
/// the Server ID gate, when it was created and changed).
///
/// A licence reads as its fields (`licence.sen`), through `Deref`: every rule and view asks about
/// the fields, and spelling `licence.fields.sen` at each of them would say nothing more.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Licence {
    pub id: LicenceId,
    /// Flattened, so that the audit log's before and after keep the shape they always had.
    #[serde(flatten)]
    pub fields: LicenceFields,
    pub reason_for_purchase: Option<String>,
    /// The organisation (customer company) the licence belongs to; `None` when its key names
    /// none and no administrator chose one.
    #[serde(skip)]
    pub belongs_to: Option<super::organisation::OrganisationRef>,
    pub key_retrieved_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

impl std::ops::Deref for Licence {
    type Target = LicenceFields;

    fn deref(&self) -> &LicenceFields {
        &self.fields
    }
}

impl std::ops::DerefMut for Licence {
    fn deref_mut(&mut self) -> &mut LicenceFields {
        &mut self.fields
    }
}

#[cfg(test)]
impl Licence {
    /// A licence as read from the store with these fields, for unit tests of what shows and
    /// counts it: no organisation, never retrieved, made and changed at 0.
    pub fn read_back(id: i64, fields: LicenceFields) -> Licence {
        Licence {
            id: LicenceId(id),
            fields,
            reason_for_purchase: None,
            belongs_to: None,
            key_retrieved_at: None,
            created_at: 0,
            updated_at: 0,
        }
    }
}

/// Support ending within this many days is flagged as expiring.
pub const EXPIRING_WITHIN_DAYS: i32 = 90;

/// An evaluation ending within this many days is flagged as ending (as its last reminders go).
pub const EVALUATION_ENDING_WITHIN_DAYS: i32 = 7;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SupportState {
    Active,
    /// Ends within [`EXPIRING_WITHIN_DAYS`]; carries the days left.
    Expiring(i32),
    /// Ended; carries the days since.
    Expired(i32),
    Unknown,
}

pub fn support_state(expiry: Option<Date>, today: Date) -> SupportState {
    support_state_within(expiry, today, EXPIRING_WITHIN_DAYS)
}

/// [`support_state`], flagging the last `within` days as expiring.
pub fn support_state_within(expiry: Option<Date>, today: Date, within: i32) -> SupportState {
    let Some(expiry) = expiry else {
        return SupportState::Unknown;
    };
    let days = (expiry - today).get_days();
    if days < 0 {
        SupportState::Expired(-days)
    } else if days <= within {
        SupportState::Expiring(days)
    } else {
        SupportState::Active
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_search_shows_the_part_of_the_notes_around_what_it_found() {
        let long = LicenceFields {
            notes: format!("start {}NEEDLE in the end", "lorem ipsum ".repeat(100)),
            ..LicenceFields::sample("SEN-1")
        };
        let shown = long.notes_matching("needle").expect("found");
        assert!(
            shown.starts_with('…') && shown.contains("NEEDLE in the end"),
            "{shown}"
        );
        assert!(shown.chars().count() <= 202, "{}", shown.chars().count());
        let short = LicenceFields {
            notes: "Bought through a reseller".into(),
            ..LicenceFields::sample("SEN-2")
        };
        assert_eq!(
            short.notes_matching("RESELLER").as_deref(),
            Some("Bought through a reseller")
        );
        assert_eq!(short.notes_matching("  "), None);
        assert_eq!(short.notes_matching("invoice"), None);
        let accented = LicenceFields {
            notes: format!("{}é Müller", "ü".repeat(300)),
            ..LicenceFields::sample("SEN-3")
        };
        assert!(accented.notes_matching("müller").is_some());
        assert!(
            accented
                .notes_matching("MÜLLER")
                .is_some_and(|shown| shown.ends_with("é Müller"))
        );
    }

    #[test]
    fn developer_licences_and_the_expiry_shown_follow_the_fields() {
        let production = LicenceFields::sample("SEN-1");
        assert!(!production.is_developer());
        let typed = LicenceFields {
            licence_type: LicenceType::Developer,
            ..LicenceFields::sample("SEN-1")
        };
        assert!(typed.is_developer());
        let linked = LicenceFields {
            production_licence_id: Some(LicenceId(1)),
            ..LicenceFields::sample("SEN-1")
        };
        assert!(linked.is_developer());

        let dated = LicenceFields {
            support_expiry: Some(date(2027, 1, 1)),
            licence_expiry: Some(date(2026, 12, 1)),
            ..LicenceFields::sample("SEN-1")
        };
        assert_eq!(dated.shown_expiry(), Some(date(2027, 1, 1)));
        let evaluation = LicenceFields {
            is_evaluation: true,
            ..dated.clone()
        };
        assert_eq!(evaluation.shown_expiry(), Some(date(2026, 12, 1)));
        let open_ended = LicenceFields {
            licence_expiry: None,
            ..evaluation
        };
        assert_eq!(open_ended.shown_expiry(), Some(date(2027, 1, 1)));
    }

    #[test]
    fn licence_types_are_stored_as_keys_name_them_and_others_as_given() {
        for (named, stored) in LicenceType::NAMED {
            assert_eq!(LicenceType::parse(stored), named);
            assert_eq!(named.as_str(), stored);
        }
        assert_eq!(LicenceType::parse("developer"), LicenceType::Developer);
        assert!(LicenceType::parse("DEVELOPER").is_developer());
        let subscription = LicenceType::parse("Subscription");
        assert_eq!(subscription, LicenceType::Other("Subscription".into()));
        assert_eq!(subscription.as_str(), "Subscription");
        assert!(!subscription.is_developer());
        assert_eq!(
            serde_json::to_string(&LicenceType::OpenSource).unwrap(),
            "\"Open Source\""
        );
    }

    #[test]
    fn an_evaluation_is_ending_in_its_last_seven_days_only() {
        let today = date(2026, 12, 2);
        let evaluation = |ends: Date| LicenceFields {
            is_evaluation: true,
            licence_expiry: Some(ends),
            ..LicenceFields::sample("SEN-1")
        };
        assert_eq!(
            evaluation(date(2026, 12, 31)).shown_state(today),
            SupportState::Active
        );
        assert_eq!(
            evaluation(date(2026, 12, 9)).shown_state(today),
            SupportState::Expiring(7)
        );
        let support = LicenceFields {
            support_expiry: Some(date(2026, 12, 31)),
            ..LicenceFields::sample("SEN-2")
        };
        assert_eq!(support.shown_state(today), SupportState::Expiring(29));
    }

    #[test]
    fn support_state_marks_the_last_90_days_and_after() {
        let today = date(2026, 11, 21);
        assert_eq!(support_state(None, today), SupportState::Unknown);
        assert_eq!(
            support_state(Some(date(2027, 6, 1)), today),
            SupportState::Active
        );
        assert_eq!(
            support_state(Some(date(2027, 2, 19)), today),
            SupportState::Expiring(90)
        );
        assert_eq!(support_state(Some(today), today), SupportState::Expiring(0));
        assert_eq!(
            support_state(Some(date(2026, 11, 17)), today),
            SupportState::Expired(4)
        );
    }
}
