//! The licence list's text search: a substring of a licence's SEN, product, organisation,
//! Server ID, name or notes, or of one of its contacts' addresses, with case and width folded.
//!
//! Migration 0022 keeps every licence's searched text, folded by
//! [`crate::domain::search_text::fold`], in `licence_search_text` (its fields in one column,
//! its contacts' addresses in another, each ended by U+FFFF since migration 0026, which folded
//! text never holds, so no search spans two), and a trigram index over it in `licence_search`
//! (SQLite's FTS5). Triggers keep both in step with the licences, their contacts and the
//! contacts' addresses, calling the folding as the SQL function `licence_search_fold`, which
//! [`register`] adds to every connection.
//!
//! A search of three or more characters (once folded) is a phrase of trigrams, which the index
//! answers: exactly the licences one of whose fields holds the search as a substring. Two
//! characters (a Chinese or Japanese word) have no trigram of their own, but every trigram
//! that starts with them is one of the index's terms, and a search of many licences is their
//! OR ([`TextSearch::through_index`]). One character, a pair found almost everywhere, and a
//! viewer's own few licences read the folded text, one short row per licence, which is
//! bounded by the number of licences and does not read the licences themselves. None reads a
//! pattern: `%` and `_` are the characters they are.
//!
//! Each licence's text also holds its section as a mark (migration 0025): an administrator's
//! search of a whole section is counted by the index alone ([`TextSearch::count_in`]), where
//! looking each find up to read its section cost a search that finds a quarter of 100,000
//! licences three times as much.
//!
//! A write of many licences at once (an import) runs [`in_one_batch`]: the index takes its
//! changes in one go at the end.

use rusqlite::Connection;
use rusqlite::functions::{Context, FunctionFlags};
use rusqlite::types::ValueRef;

use crate::domain::Section;
use crate::domain::search_text::fold;

/// Adds `licence_search_fold(text)` to a connection: the folded text, `''` for NULL. The
/// index's triggers call it, so every connection that may write a licence needs it.
pub fn register(conn: &Connection) -> rusqlite::Result<()> {
    conn.create_scalar_function(
        "licence_search_fold",
        1,
        FunctionFlags::SQLITE_UTF8
            | FunctionFlags::SQLITE_DETERMINISTIC
            | FunctionFlags::SQLITE_INNOCUOUS,
        |ctx: &Context<'_>| {
            Ok(match ctx.get_raw(0) {
                ValueRef::Null => String::new(),
                ValueRef::Text(bytes) | ValueRef::Blob(bytes) => {
                    fold(&String::from_utf8_lossy(bytes))
                }
                ValueRef::Integer(n) => n.to_string(),
                ValueRef::Real(x) => x.to_string(),
            })
        },
    )
}

/// Runs `work`, which writes many licences inside the caller's transaction, with the search
/// index brought up to date once when it is done rather than at every row (see migration 0023:
/// a row-by-row index writes a segment of its own per statement). The index is caught up even
/// when `work` fails, so a caller that commits what it did regardless leaves it whole. Within
/// the batch the search does not see the batch's own changes.
pub fn in_one_batch<T, E: From<rusqlite::Error>>(
    conn: &Connection,
    work: impl FnOnce() -> Result<T, E>,
) -> Result<T, E> {
    debug_assert!(!conn.is_autocommit(), "a batch runs inside a transaction");
    let open: i64 = conn.query_row("SELECT open FROM licence_search_batch", [], |row| {
        row.get(0)
    })?;
    if open == 1 {
        // The batch this runs in catches up at its end.
        return work();
    }
    conn.execute("UPDATE licence_search_batch SET open = 1", [])?;
    let done = work();
    // The index keeps up to `hashsize` bytes of new terms in memory before it writes them out
    // as a segment, to be merged with others later; a search reads every segment. With FTS5's
    // 1 MiB, 100,000 licences were indexed as seven segments once merged, and a search that
    // finds a quarter of them took half as long again as through one. Up to 64 MiB (about
    // 200,000 licences' terms), a batch writes one (two when it also changed licences the
    // index held: their old terms go out as one segment of deletions). The setting is put back
    // even when catching up fails, for a caller that commits regardless.
    conn.execute_batch(
        "UPDATE licence_search_batch SET open = 0;
         INSERT INTO licence_search (licence_search, rank) VALUES ('hashsize', 67108864);",
    )?;
    let caught_up = conn.execute_batch(
        "INSERT INTO licence_search (licence_search, rowid, fields, contacts, section)
             SELECT 'delete', licence_id, fields, contacts, section FROM licence_search_stale
             WHERE fields IS NOT NULL;
         INSERT INTO licence_search (rowid, fields, contacts, section)
             SELECT t.licence_id, t.fields, t.contacts, t.section
             FROM licence_search_stale s JOIN licence_search_text t ON t.licence_id = s.licence_id;
         DELETE FROM licence_search_stale;",
    );
    let put_back = conn.execute(
        "INSERT INTO licence_search (licence_search, rank) VALUES ('hashsize', 1048576)",
        [],
    );
    caught_up?;
    put_back?;
    done
}

/// A search of the licences' text.
#[derive(Debug, Clone)]
pub(super) struct TextSearch {
    /// The search folded, which [`TextSearch::finds`] looks for in a licence's folded text.
    folded: String,
    /// The index's query: for three or more characters without a NUL, one quoted phrase (FTS5
    /// reads a query only up to a NUL; such a search is scanned, which takes it whole); for two
    /// characters read through the index, the OR of the trigrams they start
    /// ([`TextSearch::through_index`]); confined to a section by [`TextSearch::in_section`].
    phrase: Option<String>,
    /// The section the index's query is confined to, if it is.
    within: Option<Section>,
}

/// The most trigrams two characters are searched as through the index. Two Chinese or
/// Japanese characters start a few (`汇科` one in the proof benchmark's 100,000 licences), two
/// letters a few dozen; past this their folded text is read instead.
const MOST_TERMS_OF_A_PAIR: usize = 256;

impl TextSearch {
    pub(super) fn new(search: &str) -> TextSearch {
        let folded = fold(search);
        let phrase =
            (folded.chars().nth(2).is_some() && !folded.contains('\0')).then(|| quoted(&folded));
        TextSearch {
            folded,
            phrase,
            within: None,
        }
    }

    /// This search as the index answers it, for a search of many licences: two characters
    /// become the OR of the index's terms (trigrams) that start with them, which are all the
    /// places they occur, since every field and address in a licence's text ends with U+FFFF
    /// (migration 0026). Two characters that start no term get a phrase of two characters,
    /// which matches nothing (FTS5's trigram tokenizer makes no term of it). Otherwise, as
    /// [`TextSearch::new`] made it: one character, or a pair that starts more than
    /// [`MOST_TERMS_OF_A_PAIR`] terms, reads the folded text.
    pub(super) fn through_index(&self, conn: &Connection) -> rusqlite::Result<TextSearch> {
        debug_assert!(self.within.is_none(), "a search is confined after this");
        if self.phrase.is_some() || self.folded.chars().count() != 2 || self.folded.contains('\0') {
            return Ok(self.clone());
        }
        // Reading a term's licences from the index costs about a tenth of reading a licence's
        // folded text, and the OR reads them again: a pair found in more places than there
        // are licences (`er` in `server`, `service`, …) reads the folded text instead, and
        // the terms are read only until that is known.
        let licences = super::licences::counted(conn, "1")?;
        // Every term that starts with the pair sorts from the pair to the pair and U+10FFFF.
        let last = format!("{}{}", self.folded, char::MAX);
        let mut stmt = conn.prepare_cached(
            "SELECT term, doc FROM licence_search_terms WHERE term >= ?1 AND term <= ?2",
        )?;
        let mut rows = stmt.query(rusqlite::params![self.folded, last])?;
        let (mut terms, mut places) = (Vec::new(), 0_i64);
        while let Some(row) = rows.next()? {
            let term: String = row.get(0)?;
            places += row.get::<_, i64>(1)?;
            if terms.len() == MOST_TERMS_OF_A_PAIR || places > licences {
                return Ok(self.clone());
            }
            terms.push(quoted(&term));
        }
        let phrase = if terms.is_empty() {
            quoted(&self.folded)
        } else {
            format!("{{fields contacts}} : ({})", terms.join(" OR "))
        };
        Ok(TextSearch {
            phrase: Some(phrase),
            ..self.clone()
        })
    }

    /// The ids (`id`) of every licence the search finds, as a table to read first, with
    /// [`TextSearch::found_bound`] bound as `?{at}`: through the index, or, for a search it
    /// does not answer, by reading every licence's folded text.
    pub(super) fn found(&self, at: usize) -> String {
        if self.phrase.is_some() {
            format!("(SELECT rowid AS id FROM licence_search WHERE licence_search MATCH ?{at})")
        } else {
            format!(
                "(SELECT s.licence_id AS id FROM licence_search_text s WHERE {})",
                self.finds_joined(at)
            )
        }
    }

    /// The value [`TextSearch::found`]'s parameter takes.
    pub(super) fn found_bound(&self) -> &String {
        self.phrase.as_ref().unwrap_or(&self.folded)
    }

    /// The condition that the search finds a licence row `l`, with [`TextSearch::finds_bound`]
    /// bound as `?{at}`: one lookup of the licence's folded text, for licences read in the
    /// list's order, whose cost follows the licences read rather than all those the search
    /// finds (a viewer's own licences, or one organisation's, are joined to their text instead).
    pub(super) fn finds(&self, at: usize) -> String {
        format!(
            "EXISTS (SELECT 1 FROM licence_search_text s WHERE s.licence_id = l.id AND {})",
            self.finds_joined(at)
        )
    }

    /// [`TextSearch::finds`] for rows joined to their folded text as `s`: the one condition
    /// every way of searching the folded text checks.
    pub(super) fn finds_joined(&self, at: usize) -> String {
        format!("(instr(s.fields, ?{at}) > 0 OR instr(s.contacts, ?{at}) > 0)")
    }

    /// The value [`TextSearch::finds`]'s parameter takes.
    pub(super) fn finds_bound(&self) -> &String {
        &self.folded
    }

    /// How many licences of `section` the search finds: a query with one parameter, `?1`, and
    /// the value it takes. The index answers it alone (the search's phrase and the section's
    /// mark, see migration 0025), and one or two characters read the folded text and its mark:
    /// neither looks a licence up.
    pub(super) fn count_in(&self, section: Section) -> (String, String) {
        let Some(phrase) = &self.phrase else {
            return (
                format!(
                    "SELECT count(*) FROM licence_search_text s WHERE s.section = '{}' AND {}",
                    mark(section),
                    self.finds_joined(1)
                ),
                self.folded.clone(),
            );
        };
        debug_assert!(self.within.is_none_or(|within| within == section));
        let query = if self.within == Some(section) {
            phrase.clone()
        } else {
            within(phrase, section)
        };
        (
            "SELECT count(*) FROM licence_search WHERE licence_search MATCH ?1".to_owned(),
            query,
        )
    }

    /// This search with the index's query confined to `section` (its mark, see migration
    /// 0025), for a search of a whole section: when the index answers the search,
    /// [`TextSearch::found`] then reads that section's finds only, where the phrase alone reads
    /// every section's (572 archived licences that hold `müller` were read from all 28,572 that
    /// do, 50 ms a page). The folded text, when it is read, is read whole as before. Called
    /// after [`TextSearch::through_index`].
    pub(super) fn in_section(&self, section: Section) -> TextSearch {
        TextSearch {
            folded: self.folded.clone(),
            phrase: self.phrase.as_deref().map(|phrase| within(phrase, section)),
            within: Some(section),
        }
    }
}

/// The index's query `phrase` within `section`: AND its mark, or NOT the other two.
fn within(phrase: &str, section: Section) -> String {
    match section {
        Section::Licences => {
            format!("({phrase}) NOT section : \"{ARCHIVED}\" NOT section : \"{EVALUATION}\"")
        }
        marked => format!("({phrase}) AND section : \"{}\"", mark(marked)),
    }
}

/// `text` as one FTS5 phrase: in double quotes, each of its own doubled.
fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

/// The marks of an archived licence and of an evaluation in the index's `section` column, as
/// the triggers of migration 0025 write them.
const ARCHIVED: &str = "\u{FFFF}a\u{FFFF}";
const EVALUATION: &str = "\u{FFFF}e\u{FFFF}";

/// A section's mark (none for the Licences section).
fn mark(section: Section) -> &'static str {
    match section {
        Section::Licences => "",
        Section::Evaluations => EVALUATION,
        Section::Archived => ARCHIVED,
    }
}

#[cfg(test)]
mod tests {
    use rusqlite::Connection;

    use crate::domain::{
        AccountId, AccountState, ContactRole, Email, LicenceFields, LicenceId, Section, SortOrder,
        Viewer,
    };
    use crate::store::accounts::{self, NewAccount};
    use crate::store::licences::{self, ListColumns, ListQuery};

    const ADMIN: Viewer = Viewer {
        account_id: AccountId(999),
        is_admin: true,
    };

    fn account(conn: &Connection, email: &str) -> AccountId {
        accounts::insert(
            conn,
            &NewAccount {
                email: &Email::parse(email).unwrap(),
                display_name: "",
                password_hash: None,
                is_admin: false,
                state: AccountState::Active,
            },
            0,
        )
        .unwrap()
    }

    fn licence(conn: &Connection, sen: &str, organisation: &str, notes: &str) -> LicenceId {
        licences::insert(
            conn,
            &LicenceFields {
                organisation: organisation.into(),
                notes: notes.into(),
                server_id: None,
                ..LicenceFields::sample(sen)
            },
            0,
        )
        .unwrap()
    }

    /// The first page of `per_page` of a section's licences that `search` finds, soonest
    /// support expiry first.
    fn first_page<'a>(section: Section, search: &'a str, per_page: i64) -> ListQuery<'a> {
        ListQuery {
            section,
            organisation: None,
            state: None,
            search,
            sort: SortOrder::ExpirySoonest,
            group_by_organisation: false,
            page: 1,
            per_page,
            columns: ListColumns::Listed,
        }
    }

    /// The SENs a viewer finds in a section with `search`, in the list's order, and the total.
    fn found_in(conn: &Connection, viewer: Viewer, section: Section, search: &str) -> Vec<String> {
        let page = licences::list(conn, viewer, &first_page(section, search, 50)).unwrap();
        let mut sens: Vec<String> = page
            .licences
            .into_iter()
            .map(|l| l.fields.sen.clone().unwrap())
            .collect();
        assert_eq!(
            page.total,
            sens.len() as i64,
            "the total counts what is listed"
        );
        sens.sort();
        sens
    }

    fn found(conn: &Connection, viewer: Viewer, search: &str) -> Vec<String> {
        found_in(conn, viewer, Section::Licences, search)
    }

    #[test]
    fn case_umlauts_sharp_s_and_full_width_letters_are_folded() {
        let conn = crate::store::open_in_memory().unwrap();
        licence(&conn, "SEN-1", "Müller GmbH", "");
        licence(&conn, "SEN-2", "MÜLLER Werkzeuge", "");
        licence(&conn, "SEN-3", "Mueller Inc.", "Hauptstraße 5");
        licence(&conn, "SEN-4", "ＡＢＣ商事", "GROẞE STRASSE 1");
        for search in ["müller", "MÜLLER", "Müller", "mÜlLeR"] {
            assert_eq!(found(&conn, ADMIN, search), ["SEN-1", "SEN-2"], "{search}");
        }
        // Accents stay: the umlaut is not its base letter.
        assert_eq!(found(&conn, ADMIN, "muller"), Vec::<String>::new());
        // ß, ẞ and ss are the same letters, in the query and in the text.
        assert_eq!(found(&conn, ADMIN, "strasse"), ["SEN-3", "SEN-4"]);
        assert_eq!(found(&conn, ADMIN, "STRAẞE"), ["SEN-3", "SEN-4"]);
        assert_eq!(found(&conn, ADMIN, "straße"), ["SEN-3", "SEN-4"]);
        assert_eq!(found(&conn, ADMIN, "große"), ["SEN-4"]);
        // Full-width Latin is Latin, either way round.
        assert_eq!(found(&conn, ADMIN, "abc"), ["SEN-4"]);
        assert_eq!(found(&conn, ADMIN, "ＡＢＣ"), ["SEN-4"]);
        assert_eq!(found(&conn, ADMIN, "ｍｕｅｌｌｅｒ"), ["SEN-3"]);
    }

    #[test]
    fn two_chinese_or_japanese_characters_are_found_and_so_are_longer_runs() {
        let conn = crate::store::open_in_memory().unwrap();
        licence(&conn, "SEN-1", "上海汇科信息技术有限公司", "");
        licence(&conn, "SEN-2", "株式会社サンプル", "汇编");
        licence(&conn, "SEN-3", "Example Ltd", "");
        assert_eq!(found(&conn, ADMIN, "汇科"), ["SEN-1"]);
        assert_eq!(found(&conn, ADMIN, "汇"), ["SEN-1", "SEN-2"]);
        assert_eq!(found(&conn, ADMIN, "汇科信息"), ["SEN-1"]);
        assert_eq!(found(&conn, ADMIN, "会社"), ["SEN-2"]);
        assert_eq!(found(&conn, ADMIN, "サンプル"), ["SEN-2"]);
        // Half-width katakana are katakana.
        assert_eq!(found(&conn, ADMIN, "ｻﾝﾌﾟﾙ"), ["SEN-2"]);
        // One or two Latin letters are scanned as well, folded.
        assert_eq!(found(&conn, ADMIN, "LT"), ["SEN-3"]);
        assert_eq!(found(&conn, ADMIN, "科技"), Vec::<String>::new());
    }

    /// The Licences, Evaluations and Archived sections, spelt out apart from the code under
    /// test.
    const SECTIONS_BY_HAND: [&str; 3] = [
        "archived = 0 AND is_evaluation = 0",
        "archived = 0 AND is_evaluation = 1",
        "archived = 1",
    ];

    /// How many licences of each section hold `pair` in a field or a contact's address, folded:
    /// read from the licences and the addresses themselves rather than the search's text.
    fn pair_counted_by_hand(conn: &Connection, pair: &str) -> [i64; 3] {
        SECTIONS_BY_HAND.map(|section| {
            let fields = [
                "sen",
                "product",
                "organisation",
                "server_id",
                "name",
                "notes",
            ]
            .map(|field| format!("instr(licence_search_fold(l.{field}), ?1) > 0"))
            .join(" OR ");
            conn.query_row(
                &format!(
                    "SELECT count(*) FROM licences l WHERE {section} AND ({fields} OR EXISTS \
                     (SELECT 1 FROM licence_contacts c JOIN accounts a ON a.id = c.account_id \
                      WHERE c.licence_id = l.id AND instr(licence_search_fold(a.email), ?1) > 0))"
                ),
                [super::fold(pair)],
                |r| r.get(0),
            )
            .unwrap()
        })
    }

    #[test]
    fn two_characters_are_found_through_the_index_wherever_they_stand_in_a_field() {
        let conn = crate::store::open_in_memory().unwrap();
        let ann = account(&conn, "ann@huike.example.cn");
        let bob = account(&conn, "bob@beispiel.example.de");
        let texts = [
            (
                "SEN-科技",
                "上海汇科",
                "Server 汇科",
                "株式会社サンプル",
                "Größe",
            ),
            (
                "SEN-1",
                "Müller GmbH",
                "Data Center",
                "汇科信息",
                "Notiz ÄÖ",
            ),
            ("SEN-2", "ＡＢ商事", "Bamboo", "", "汇科"),
            ("SEN-3", "", "Crowd", "サンプル", "ab"),
            ("SEN-4", "Quote", "say \"hi\"", "😀𠀀 x\u{10FFFF}", "-"),
        ];
        let mut ids = Vec::new();
        for (n, (sen, organisation, name, notes, server_id)) in texts.into_iter().enumerate() {
            let id = licences::insert(
                &conn,
                &LicenceFields {
                    organisation: organisation.into(),
                    name: name.into(),
                    notes: notes.into(),
                    server_id: Some(server_id.into()),
                    is_evaluation: n == 2,
                    ..LicenceFields::sample(sen)
                },
                0,
            )
            .unwrap();
            ids.push(id);
        }
        licences::add_contact(&conn, ids[0], bob, "billing", 0).unwrap();
        licences::add_contact(&conn, ids[0], ann, "technical", 0).unwrap();
        licences::add_contact(&conn, ids[3], ann, "technical", 0).unwrap();
        conn.execute("UPDATE licences SET archived = 1 WHERE id = ?1", [ids[1].0])
            .unwrap();
        // Every pair of characters the licences and addresses hold, and pairs they do not.
        let mut pairs = std::collections::BTreeSet::new();
        for (sen, organisation, name, notes, server_id) in texts {
            for text in [sen, organisation, name, notes, server_id, "Confluence"]
                .into_iter()
                .chain(["ann@huike.example.cn", "bob@beispiel.example.de"])
            {
                let chars: Vec<char> = text.chars().collect();
                pairs.extend(chars.windows(2).map(|w| w.iter().collect::<String>()));
            }
        }
        pairs.extend(["科技", "cn@", "zz", "\"\"", "n\u{FFFF}"].map(String::from));
        // The list searches what is typed without the spaces around it.
        pairs.retain(|pair| pair.trim() == pair);
        for pair in &pairs {
            assert_eq!(
                counted_by_the_search(&conn, pair),
                pair_counted_by_hand(&conn, pair),
                "{pair:?}"
            );
        }
        // Those four licences' pairs are mostly in few places (not `ce`, which every
        // `Confluence` holds): those are searched through the index.
        for pair in [
            "汇科",
            "CN",
            "ＡＢ",
            "ab",
            "ÄÖ",
            "科技",
            "zz",
            "cn@",
            "\"\"",
            "\"h",
            "😀𠀀",
            "x\u{10FFFF}",
        ] {
            let search = super::TextSearch::new(pair).through_index(&conn).unwrap();
            assert!(search.phrase.is_some(), "{pair:?}: {search:?}");
        }
        // At the end of the last field and of the last address, in each section.
        assert_eq!(counted_by_the_search(&conn, "汇科"), [1, 1, 1]);
        assert_eq!(counted_by_the_search(&conn, "CN"), [2, 0, 0]);
        assert_eq!(counted_by_the_search(&conn, "ＡＢ"), [1, 1, 0]);
        assert_eq!(counted_by_the_search(&conn, "ab"), [1, 1, 0]);
        assert_eq!(found_in(&conn, ADMIN, Section::Archived, "ÄÖ"), ["SEN-1"]);
        assert_eq!(found(&conn, ADMIN, "科技"), ["SEN-科技"]);
        assert_eq!(found(&conn, ADMIN, "zz"), Vec::<String>::new());
        // A pair found in more places than there are licences reads the folded text.
        let everywhere = super::TextSearch::new("ce").through_index(&conn).unwrap();
        assert!(everywhere.phrase.is_none(), "{everywhere:?}");
        assert_eq!(
            counted_by_the_search(&conn, "ce"),
            pair_counted_by_hand(&conn, "ce")
        );
    }

    #[test]
    fn a_pair_that_starts_more_than_256_trigrams_reads_the_folded_text() {
        let conn = crate::store::open_in_memory().unwrap();
        // `qy` then 256 different characters, `qz` then 257, one licence each.
        for n in 0..257_u32 {
            let third = char::from_u32(0x4E00 + n).unwrap();
            let notes = if n < 256 {
                format!("qy{third} qz{third}")
            } else {
                format!("qz{third}")
            };
            licence(&conn, &format!("SEN-{n}"), "", &notes);
        }
        let (at_most, past) = (
            super::TextSearch::new("qy").through_index(&conn).unwrap(),
            super::TextSearch::new("qz").through_index(&conn).unwrap(),
        );
        assert!(at_most.phrase.is_some(), "256 trigrams: through the index");
        assert!(past.phrase.is_none(), "257 trigrams: the folded text");
        assert_eq!(counted_by_the_search(&conn, "QY"), [256, 0, 0]);
        assert_eq!(counted_by_the_search(&conn, "QZ"), [257, 0, 0]);
    }

    #[test]
    fn contacts_addresses_are_searched_one_address_at_a_time() {
        let conn = crate::store::open_in_memory().unwrap();
        let ann = account(&conn, "ann@huike.example.cn");
        let bob = account(&conn, "bob@other.example");
        let first = licence(&conn, "SEN-1", "One", "");
        let second = licence(&conn, "SEN-2", "Two", "");
        licences::add_contact(&conn, first, ann, "technical", 0).unwrap();
        licences::add_contact(&conn, first, bob, "billing", 0).unwrap();
        licences::add_contact(&conn, second, bob, "technical", 0).unwrap();
        assert_eq!(found(&conn, ADMIN, "huike"), ["SEN-1"]);
        assert_eq!(found(&conn, ADMIN, "ANN@"), ["SEN-1"]);
        assert_eq!(found(&conn, ADMIN, "other.example"), ["SEN-1", "SEN-2"]);
        // No search spans two addresses, or two fields.
        assert_eq!(found(&conn, ADMIN, "cn bob"), Vec::<String>::new());
        assert_eq!(found(&conn, ADMIN, "example bob"), Vec::<String>::new());
        assert_eq!(found(&conn, ADMIN, "1confluence"), Vec::<String>::new());
    }

    #[test]
    fn a_contact_finds_only_their_own_licences_by_any_text() {
        let conn = crate::store::open_in_memory().unwrap();
        let ann = account(&conn, "ann@x.example");
        let bob = account(&conn, "bob@y.example");
        let anns = licence(&conn, "SEN-1", "Müller GmbH", "secret plan");
        let bobs = licence(&conn, "SEN-2", "Müller AG", "secret plan 汇科");
        licences::add_contact(&conn, anns, ann, "technical", 0).unwrap();
        licences::add_contact(&conn, bobs, bob, "technical", 0).unwrap();
        let as_ann = Viewer {
            account_id: ann,
            is_admin: false,
        };
        assert_eq!(found(&conn, as_ann, "müller"), ["SEN-1"]);
        assert_eq!(found(&conn, as_ann, "secret plan"), ["SEN-1"]);
        assert_eq!(found(&conn, as_ann, "汇科"), Vec::<String>::new());
        assert_eq!(found(&conn, as_ann, "bob@"), Vec::<String>::new());
        assert_eq!(found(&conn, as_ann, "AG"), Vec::<String>::new());
        assert_eq!(found(&conn, ADMIN, "müller"), ["SEN-1", "SEN-2"]);
    }

    #[test]
    fn wildcards_and_quotes_are_the_characters_they_are() {
        let conn = crate::store::open_in_memory().unwrap();
        licence(
            &conn,
            "SEN-1",
            "Org_1%",
            "say \"hello\" to {all}: NEAR(a b) OR *",
        );
        licence(&conn, "SEN-2", "Orgx1 percent", "");
        assert_eq!(found(&conn, ADMIN, "g_1%"), ["SEN-1"]);
        assert_eq!(found(&conn, ADMIN, "g%1"), Vec::<String>::new());
        assert_eq!(found(&conn, ADMIN, "_"), ["SEN-1"]);
        assert_eq!(found(&conn, ADMIN, "%"), ["SEN-1"]);
        assert_eq!(found(&conn, ADMIN, "\"hello\""), ["SEN-1"]);
        assert_eq!(found(&conn, ADMIN, "\""), ["SEN-1"]);
        assert_eq!(found(&conn, ADMIN, "{all}:"), ["SEN-1"]);
        assert_eq!(found(&conn, ADMIN, "NEAR(a b) OR *"), ["SEN-1"]);
        assert_eq!(found(&conn, ADMIN, "a\0b"), Vec::<String>::new());
        assert_eq!(found(&conn, ADMIN, "abc\0"), Vec::<String>::new());
    }

    #[test]
    fn the_index_follows_edits_archiving_deletion_contacts_and_addresses() {
        let conn = crate::store::open_in_memory().unwrap();
        let ann = account(&conn, "ann@first.example");
        let id = licence(&conn, "SEN-1", "Alpha Systems", "");
        let other = licence(&conn, "SEN-2", "Beta", "");
        assert_eq!(found(&conn, ADMIN, "alpha"), ["SEN-1"]);
        // An edit: the old text is gone, the new one found.
        let mut fields = licences::by_id(&conn, id).unwrap().unwrap().fields;
        fields.organisation = "Gamma Größe".into();
        fields.notes = "Renewed by 汇科".into();
        licences::overwrite(&conn, id, &fields, 1).unwrap();
        assert_eq!(found(&conn, ADMIN, "alpha"), Vec::<String>::new());
        assert_eq!(found(&conn, ADMIN, "GRÖSSE"), ["SEN-1"]);
        assert_eq!(found(&conn, ADMIN, "汇科"), ["SEN-1"]);
        // Contacts added, their address changed, removed.
        licences::add_contact(&conn, id, ann, "technical", 0).unwrap();
        assert_eq!(found(&conn, ADMIN, "first.example"), ["SEN-1"]);
        conn.execute(
            "UPDATE accounts SET email = 'ann@second.example' WHERE id = ?1",
            [ann.0],
        )
        .unwrap();
        assert_eq!(found(&conn, ADMIN, "first.example"), Vec::<String>::new());
        assert_eq!(found(&conn, ADMIN, "second.example"), ["SEN-1"]);
        licences::add_contact(&conn, other, ann, "technical", 0).unwrap();
        assert_eq!(found(&conn, ADMIN, "second.example"), ["SEN-1", "SEN-2"]);
        crate::store::contacts::remove(&conn, other, ann, ContactRole::Technical).unwrap();
        assert_eq!(found(&conn, ADMIN, "second.example"), ["SEN-1"]);
        // Archived: found among the archived, no longer among the current.
        conn.execute("UPDATE licences SET archived = 1 WHERE id = ?1", [id.0])
            .unwrap();
        assert_eq!(found(&conn, ADMIN, "gamma"), Vec::<String>::new());
        assert_eq!(
            found_in(&conn, ADMIN, Section::Archived, "gamma"),
            ["SEN-1"]
        );
        // Deleted: gone from the index and its text table.
        crate::store::licence_edits::delete(&conn, id).unwrap();
        assert_eq!(
            found_in(&conn, ADMIN, Section::Archived, "gamma"),
            Vec::<String>::new()
        );
        let (texts, indexed): (i64, i64) = conn
            .query_row(
                "SELECT (SELECT count(*) FROM licence_search_text), \
                 (SELECT count(*) FROM licence_search WHERE licence_search MATCH '\"gam\"')",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!((texts, indexed), (1, 0));
        let integrity: rusqlite::Result<usize> = conn.execute(
            "INSERT INTO licence_search (licence_search, rank) VALUES ('integrity-check', 1)",
            [],
        );
        assert!(integrity.is_ok(), "{integrity:?}");
    }

    #[test]
    fn a_batch_indexes_what_it_added_changed_and_removed_once_at_its_end() {
        let mut conn = crate::store::open_in_memory().unwrap();
        let ann = account(&conn, "ann@first.example");
        let kept = licence(&conn, "SEN-1", "Alpha Systems", "");
        let gone = licence(&conn, "SEN-2", "Beta Gone", "");
        let tx = conn.transaction().unwrap();
        let added = super::in_one_batch(&tx, || -> rusqlite::Result<LicenceId> {
            // Added, then changed within the batch: only its last text is indexed.
            let added = licence(&tx, "SEN-3", "Gamma Neu", "");
            let mut fields = licences::by_id(&tx, added).unwrap().unwrap().fields;
            fields.notes = "Größe 汇科".into();
            licences::overwrite(&tx, added, &fields, 1).unwrap();
            // Changed twice: the index drops the text it held before the batch.
            let mut fields = licences::by_id(&tx, kept).unwrap().unwrap().fields;
            fields.organisation = "Delta".into();
            licences::overwrite(&tx, kept, &fields, 1).unwrap();
            licences::add_contact(&tx, kept, ann, "technical", 0).unwrap();
            crate::store::licence_edits::delete(&tx, gone).unwrap();
            // A batch inside a batch leaves the catching up to the outer one.
            super::in_one_batch(&tx, || -> rusqlite::Result<()> {
                licence(&tx, "SEN-4", "Epsilon", "");
                Ok(())
            })?;
            Ok(added)
        })
        .unwrap();
        tx.commit().unwrap();
        assert_eq!(found(&conn, ADMIN, "alpha"), Vec::<String>::new());
        assert_eq!(found(&conn, ADMIN, "delta"), ["SEN-1"]);
        assert_eq!(found(&conn, ADMIN, "first.example"), ["SEN-1"]);
        assert_eq!(found(&conn, ADMIN, "beta"), Vec::<String>::new());
        assert_eq!(found(&conn, ADMIN, "GRÖSSE"), ["SEN-3"]);
        assert_eq!(found(&conn, ADMIN, "汇科"), ["SEN-3"]);
        assert_eq!(found(&conn, ADMIN, "epsilon"), ["SEN-4"]);
        assert!(licences::by_id(&conn, added).unwrap().is_some());
        let (open, stale): (i64, i64) = conn
            .query_row(
                "SELECT (SELECT open FROM licence_search_batch), \
                 (SELECT count(*) FROM licence_search_stale)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(
            (open, stale),
            (0, 0),
            "the batch is closed and its notes cleared"
        );
        let integrity: rusqlite::Result<usize> = conn.execute(
            "INSERT INTO licence_search (licence_search, rank) VALUES ('integrity-check', 1)",
            [],
        );
        assert!(integrity.is_ok(), "{integrity:?}");
        // After the batch, a write is indexed at once again.
        licence(&conn, "SEN-5", "Zeta", "");
        assert_eq!(found(&conn, ADMIN, "zeta"), ["SEN-5"]);
    }

    #[test]
    fn a_batch_is_indexed_as_one_segment() {
        let mut conn = crate::store::open_in_memory().unwrap();
        let segments = |conn: &Connection| -> i64 {
            conn.query_row(
                "SELECT count(DISTINCT segid) FROM licence_search_idx",
                [],
                |r| r.get(0),
            )
            .unwrap()
        };
        // Notes of 400 characters each, so that 2,000 licences' terms are several megabytes,
        // more than FTS5 keeps in memory by itself before it writes a segment.
        let notes = |n: u32| -> String {
            (0..400)
                .map(|i| char::from_u32(0x4E00 + (n * 7 + i * 13) % 2000).unwrap())
                .collect()
        };
        let tx = conn.transaction().unwrap();
        super::in_one_batch(&tx, || -> rusqlite::Result<()> {
            for n in 0..2_000 {
                licence(&tx, &format!("SEN-{n}"), "Batch", &notes(n));
            }
            Ok(())
        })
        .unwrap();
        tx.commit().unwrap();
        assert_eq!(segments(&conn), 1);
        let bytes: i64 = conn
            .query_row(
                "SELECT sum(length(block)) FROM licence_search_data",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert!(bytes > 2 << 20, "{bytes} bytes of index");
        // Row by row, FTS5's own 1 MiB holds again.
        let hashsize: i64 = conn
            .query_row(
                "SELECT v FROM licence_search_config WHERE k = 'hashsize'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(hashsize, 1 << 20);
        assert_eq!(found(&conn, ADMIN, "n-1999"), ["SEN-1999"]);
    }

    #[test]
    fn a_batch_that_fails_still_leaves_the_index_whole() {
        let mut conn = crate::store::open_in_memory().unwrap();
        let tx = conn.transaction().unwrap();
        let failed: rusqlite::Result<()> = super::in_one_batch(&tx, || {
            licence(&tx, "SEN-1", "Alpha Systems", "");
            Err(rusqlite::Error::QueryReturnedNoRows)
        });
        assert!(failed.is_err());
        // A caller that keeps what was done regardless.
        tx.commit().unwrap();
        assert_eq!(found(&conn, ADMIN, "alpha"), ["SEN-1"]);
        licence(&conn, "SEN-2", "Beta", "");
        assert_eq!(found(&conn, ADMIN, "beta"), ["SEN-2"]);
    }

    #[test]
    fn a_search_that_finds_many_licences_pages_them_in_the_lists_order() {
        let conn = crate::store::open_in_memory().unwrap();
        // 2,080 of 2,600 are Müller's: more than are sorted, so the first pages are read in
        // order; from page 34 on, reaching a page in order reads more rows than were found,
        // and what the search found is sorted.
        for n in 0..2_600_i64 {
            licences::insert(
                &conn,
                &LicenceFields {
                    organisation: if n % 5 == 0 { "Other" } else { "Müller" }.into(),
                    support_expiry: (n % 50 != 1).then(|| {
                        jiff::civil::date(2026, 1, 1)
                            .checked_add(jiff::Span::new().days(n * 7 % 400))
                            .unwrap()
                    }),
                    ..LicenceFields::sample(&format!("SEN-{n}"))
                },
                0,
            )
            .unwrap();
        }
        for sort in [
            SortOrder::ExpirySoonest,
            SortOrder::ExpiryLatest,
            SortOrder::ProductAscending,
            SortOrder::OrganisationDescending,
            SortOrder::SenAscending,
        ] {
            for group_by_organisation in [false, true] {
                let query = |search, page, per_page| ListQuery {
                    section: Section::Licences,
                    organisation: None,
                    state: None,
                    search,
                    sort,
                    group_by_organisation,
                    page,
                    per_page,
                    columns: ListColumns::Listed,
                };
                let everything = licences::list(&conn, ADMIN, &query("", 1, 5_000)).unwrap();
                let expected: Vec<LicenceId> = everything
                    .licences
                    .iter()
                    .filter(|l| l.organisation == "Müller")
                    .map(|l| l.id)
                    .collect();
                assert_eq!(expected.len(), 2_080);
                // Through the index (a phrase, and two letters' terms), and (one letter)
                // through the folded text.
                for (search, page) in [1, 2, 17, 42, 43]
                    .into_iter()
                    .flat_map(|page| [("MÜLLER", page), ("mü", page), ("Ü", page)])
                {
                    let found = licences::list(&conn, ADMIN, &query(search, page, 50)).unwrap();
                    let ids: Vec<LicenceId> = found.licences.iter().map(|l| l.id).collect();
                    let from = (((page - 1) * 50) as usize).min(expected.len());
                    let to = (from + 50).min(expected.len());
                    assert_eq!(found.total, 2_080);
                    assert_eq!(
                        ids,
                        expected[from..to],
                        "{search} {sort:?}, grouped {group_by_organisation}, page {page}"
                    );
                }
            }
        }
    }

    /// How many licences of each section hold `needle` in their organisation, read from the
    /// licences themselves rather than the index.
    fn counted_by_hand(conn: &Connection, needle: &str) -> [i64; 3] {
        SECTIONS_BY_HAND.map(|section| {
            conn.query_row(
                &format!(
                    "SELECT count(*) FROM licences WHERE {section} AND instr(organisation, ?1) > 0"
                ),
                [needle],
                |r| r.get(0),
            )
            .unwrap()
        })
    }

    fn counted_by_the_search(conn: &Connection, search: &str) -> [i64; 3] {
        [Section::Licences, Section::Evaluations, Section::Archived].map(|section| {
            licences::list(conn, ADMIN, &first_page(section, search, 5))
                .unwrap()
                .total
        })
    }

    #[test]
    fn a_search_is_counted_in_each_section_as_licences_are_archived_and_made_evaluations() {
        let mut conn = crate::store::open_in_memory().unwrap();
        let mut ids = Vec::new();
        for n in 0..60_i64 {
            let id = licences::insert(
                &conn,
                &LicenceFields {
                    organisation: if n % 3 == 0 {
                        "Other"
                    } else {
                        "Müller 汇科"
                    }
                    .into(),
                    is_evaluation: n % 4 == 0,
                    ..LicenceFields::sample(&format!("SEN-{n}"))
                },
                0,
            )
            .unwrap();
            ids.push(id);
        }
        let check = |conn: &Connection, when: &str| {
            let by_hand = counted_by_hand(conn, "Müller");
            // Through the index (three characters or more, and two) and the folded text
            // (one).
            for search in ["MÜLLER", "汇科", "ü", "汇"] {
                assert_eq!(
                    counted_by_the_search(conn, search),
                    by_hand,
                    "{search}, {when}"
                );
            }
            by_hand
        };
        assert_eq!(check(&conn, "as inserted"), [30, 10, 0]);
        // Archived (an evaluation and a licence), made an evaluation, brought back.
        for (id, archived, evaluation) in [(4, 1, 1), (5, 1, 0), (7, 0, 1), (8, 0, 1), (8, 0, 0)] {
            conn.execute(
                "UPDATE licences SET archived = ?2, is_evaluation = ?3 WHERE id = ?1",
                rusqlite::params![ids[id].0, archived, evaluation],
            )
            .unwrap();
        }
        assert_eq!(check(&conn, "after changes"), [29, 9, 2]);
        // Within a batch, the index learns the sections at its end.
        let tx = conn.transaction().unwrap();
        super::in_one_batch(&tx, || {
            tx.execute(
                "UPDATE licences SET archived = 1 WHERE id = ?1",
                [ids[10].0],
            )?;
            tx.execute("UPDATE licences SET archived = 0 WHERE id = ?1", [ids[5].0])?;
            tx.execute(
                "UPDATE licences SET is_evaluation = 1 WHERE id = ?1",
                [ids[11].0],
            )
        })
        .unwrap();
        tx.commit().unwrap();
        assert_eq!(check(&conn, "after a batch"), [28, 10, 2]);
        let integrity: rusqlite::Result<usize> = conn.execute(
            "INSERT INTO licence_search (licence_search, rank) VALUES ('integrity-check', 1)",
            [],
        );
        assert!(integrity.is_ok(), "{integrity:?}");
    }

    #[test]
    fn an_existing_database_gets_its_licences_indexed_when_upgraded() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "foreign_keys", true).unwrap();
        crate::store::migrate_to(&mut conn, 18).unwrap();
        let ann = account(&conn, "Ann@Upgrade.example".to_lowercase().as_str());
        let id = licence(&conn, "SEN-1", "Straße Ltd", "汇科");
        licences::add_contact(&conn, id, ann, "technical", 0).unwrap();
        let archived = licence(&conn, "SEN-2", "Straße Archiv", "");
        conn.execute(
            "UPDATE licences SET archived = 1 WHERE id = ?1",
            [archived.0],
        )
        .unwrap();
        crate::store::migrate(&mut conn).unwrap();
        assert_eq!(counted_by_the_search(&conn, "STRASSE"), [1, 0, 1]);
        assert_eq!(counted_by_the_search(&conn, "汇科"), [1, 0, 0]);
        assert_eq!(found(&conn, ADMIN, "STRASSE"), ["SEN-1"]);
        assert_eq!(found(&conn, ADMIN, "upgrade.example"), ["SEN-1"]);
        assert_eq!(found(&conn, ADMIN, "汇科"), ["SEN-1"]);
        // Two letters at the end of the last address: the texts gained their last separator.
        assert_eq!(found(&conn, ADMIN, "LE"), ["SEN-1"]);
        let integrity: rusqlite::Result<usize> = conn.execute(
            "INSERT INTO licence_search (licence_search, rank) VALUES ('integrity-check', 1)",
            [],
        );
        assert!(integrity.is_ok(), "{integrity:?}");
    }
}
