//! The `licences` table and the contacts that decide who sees a licence.

use std::sync::LazyLock;

use rusqlite::{Connection, OptionalExtension, Row, ToSql, params};

use crate::domain::licence_history::ServerIdChange;
use crate::domain::listing::{EXPIRING_DAYS, INACTIVE_DAYS, LicenceState, OrganisationFilter};
use crate::domain::organisation::{LicenceAccess, OrganisationRef};
use crate::domain::{
    AccountId, Licence, LicenceFields, LicenceId, OrganisationId, Section, SortOrder, Viewer,
};

/// The ids of the licences an account that is not an administrator reaches: those it is a
/// contact of, and every licence of an organisation it manages or holds running access to.
/// `?{account}` is the account.
pub(super) fn reachable_ids(account: usize) -> String {
    format!(
        "SELECT licence_id FROM licence_contacts WHERE account_id = ?{account} UNION {}",
        organisation_licence_ids(account)
    )
}

/// The ids of the licences of every organisation an account manages or holds running access
/// to. A consultant's access ends at `ends_at`, judged by the database's clock when the query
/// runs, so an ended grant reaches nothing from that second on.
pub(super) fn organisation_licence_ids(account: usize) -> String {
    format!(
        "SELECT r.id FROM organisation_access x JOIN licences r \
         ON r.organisation_id = x.organisation_id WHERE x.account_id = ?{account} \
         AND (x.ends_at IS NULL OR x.ends_at > unixepoch())"
    )
}

/// Each field of [`LicenceFields`] is the column of the same name. The list is written once:
/// from it come the columns the writer names, the values it binds, and the reading of a row.
macro_rules! licence_field_columns {
    ($($field:ident),+ $(,)?) => {
        const FIELD_COLUMNS: &[&str] = &[$(stringify!($field)),+];

        /// Every column of a licence, in the order [`from_row`] reads them by position (a
        /// lookup by name compares the names of every column for each column read, which was
        /// half the time of reading a list page), and its organisation's name.
        pub(super) const COLUMNS: &str = concat!(
            "l.id",
            $(", l.", stringify!($field),)+
            ", l.reason_for_purchase, l.organisation_id, l.key_retrieved_at, l.created_at, \
             l.updated_at, (SELECT o.name FROM organisations o WHERE o.id = l.organisation_id) \
             AS organisation_name"
        );

        fn field_values(f: &LicenceFields) -> Vec<&dyn ToSql> {
            vec![$(&f.$field as &dyn ToSql),+]
        }

        /// The fields, from the columns after the id (see [`COLUMNS`]).
        fn fields_from_row(row: &Row<'_>) -> rusqlite::Result<LicenceFields> {
            let mut at = 0;
            Ok(LicenceFields {
                $($field: {
                    at += 1;
                    row.get(at)?
                }),+
            })
        }
    };
}

licence_field_columns!(
    product,
    name,
    licence_type,
    deployment,
    user_tier,
    sen,
    licence_key,
    key_genuine,
    server_id,
    organisation,
    licensed_to,
    purchase_date,
    support_expiry,
    licence_expiry,
    support_level,
    auto_renew,
    archived,
    is_evaluation,
    production_licence_id,
    notes,
    kind,
);

/// The columns the licence list shows, read as a [`Licence`] by [`from_row`]: every column but
/// the key and the reason for purchase, which are read as NULL (see [`ListColumns::Listed`]).
static LISTED_COLUMNS: LazyLock<String> = LazyLock::new(|| {
    let fields: Vec<String> = FIELD_COLUMNS
        .iter()
        .map(|&column| match column {
            "licence_key" => "NULL AS licence_key".to_owned(),
            other => format!("l.{other}"),
        })
        .collect();
    format!(
        "l.id, {}, NULL AS reason_for_purchase, l.organisation_id, l.key_retrieved_at, \
         l.created_at, l.updated_at, \
         (SELECT o.name FROM organisations o WHERE o.id = l.organisation_id) AS organisation_name",
        fields.join(", ")
    )
});

/// The position of a column selected after [`COLUMNS`] (the list's count beside its page).
const TOTAL_AFTER_COLUMNS: usize = FIELD_COLUMNS.len() + 7;

/// A licence from a row selected with [`COLUMNS`] (or [`LISTED_COLUMNS`], in the same order).
pub(super) fn from_row(row: &Row<'_>) -> rusqlite::Result<Licence> {
    let after = FIELD_COLUMNS.len() + 1;
    debug_assert_eq!(
        row.as_ref().column_names()[after..TOTAL_AFTER_COLUMNS],
        [
            "reason_for_purchase",
            "organisation_id",
            "key_retrieved_at",
            "created_at",
            "updated_at",
            "organisation_name"
        ],
        "a licence is read from its columns in the order of COLUMNS"
    );
    Ok(Licence {
        id: row.get(0)?,
        fields: fields_from_row(row)?,
        reason_for_purchase: row.get(after)?,
        belongs_to: match row.get(after + 1)? {
            Some(id) => Some(crate::domain::organisation::OrganisationRef {
                id,
                name: row.get(after + 5)?,
            }),
            None => None,
        },
        key_retrieved_at: row.get(after + 2)?,
        created_at: row.get(after + 3)?,
        updated_at: row.get(after + 4)?,
    })
}

/// Which organisation a new licence joins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joins {
    /// The one its key's Organisation names, created when no organisation has that name: an
    /// administrator's licences, and the command line's.
    Named,
    /// The one its key names, if that organisation exists and this account manages it; none
    /// otherwise. Someone who is not an administrator neither creates organisations nor puts
    /// licences into other customers' (where their managers would count and read them).
    NamedIfManagedBy(AccountId),
    /// This one (a restored backup's, or a developer licence's production licence's).
    Chosen(OrganisationId),
    /// None: an administrator decides later.
    Nothing,
}

impl Joins {
    /// How a licence stored on someone's behalf joins: by its name for an administrator and
    /// for the command line (`None`), else only an organisation the account manages.
    pub fn for_viewer(viewer: Option<Viewer>) -> Joins {
        match viewer {
            Some(viewer) if !viewer.is_admin => Joins::NamedIfManagedBy(viewer.account_id),
            _ => Joins::Named,
        }
    }

    /// The organisation a licence whose key (or backup) names `name` joins.
    pub fn resolve(
        self,
        conn: &Connection,
        name: &str,
        now: i64,
    ) -> rusqlite::Result<Option<OrganisationId>> {
        match self {
            Joins::Named => super::organisations::find_or_create(conn, name, now),
            Joins::NamedIfManagedBy(account) => Ok(super::organisations::named(conn, name)?
                .filter(|&id| super::organisations::manages(conn, account, id).unwrap_or(false))),
            Joins::Chosen(id) => Ok(Some(id)),
            Joins::Nothing => Ok(None),
        }
    }
}

/// Where [`write`] puts a licence's fields.
enum Target {
    New {
        created_at: i64,
        updated_at: i64,
        joins: Joins,
    },
    Existing {
        id: LicenceId,
        updated_at: i64,
    },
}

/// The one writer of a licence's fields: a new row, or every field of an existing one.
fn write(conn: &Connection, target: Target, fields: &LicenceFields) -> rusqlite::Result<LicenceId> {
    static INSERT: LazyLock<String> = LazyLock::new(|| {
        let n = FIELD_COLUMNS.len();
        let places: Vec<String> = (1..=n + 3).map(|i| format!("?{i}")).collect();
        format!(
            "INSERT INTO licences ({}, created_at, updated_at, organisation_id) VALUES ({})",
            FIELD_COLUMNS.join(", "),
            places.join(", ")
        )
    });
    static UPDATE: LazyLock<String> = LazyLock::new(|| {
        let n = FIELD_COLUMNS.len();
        let sets: Vec<String> = FIELD_COLUMNS
            .iter()
            .enumerate()
            .map(|(i, column)| format!("{column} = ?{}", i + 1))
            .collect();
        format!(
            "UPDATE licences SET {}, updated_at = ?{} WHERE id = ?{}",
            sets.join(", "),
            n + 1,
            n + 2
        )
    });
    let mut values = field_values(fields);
    match target {
        Target::New {
            created_at,
            updated_at,
            joins,
        } => {
            let organisation = joins.resolve(conn, &fields.organisation, created_at)?;
            values.extend([&created_at as &dyn ToSql, &updated_at, &organisation]);
            conn.prepare_cached(&INSERT)?.execute(values.as_slice())?;
            Ok(LicenceId(conn.last_insert_rowid()))
        }
        Target::Existing { id, updated_at } => {
            // The licence stays in its organisation (or in none), whatever a later key says:
            // moving it is an administrator's decision.
            values.extend([&updated_at as &dyn ToSql, &id]);
            conn.prepare_cached(&UPDATE)?.execute(values.as_slice())?;
            Ok(id)
        }
    }
}

#[derive(Debug, Clone)]
pub struct ListQuery<'a> {
    pub section: Section,
    /// Only the licences of this organisation (or of none).
    pub organisation: Option<OrganisationFilter>,
    /// Only the licences in this state; it replaces the section (see [`StateFilter`]).
    pub state: Option<StateFilter>,
    /// Matched against SEN, product, organisation, Server ID, name, notes and the contacts'
    /// addresses (see [`super::search`]).
    pub search: &'a str,
    pub sort: SortOrder,
    /// Ordered by organisation name first (licences of no organisation last), then by `sort`.
    pub group_by_organisation: bool,
    pub page: i64,
    pub per_page: i64,
    /// Which columns of the licences are read.
    pub columns: ListColumns,
}

/// Which columns a list reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListColumns {
    /// Every column, the key included (the API's list, which gives each licence whole).
    Whole,
    /// What the licence list shows: no key (`licence_key` is `None` whether or not the licence
    /// has one) and no reason for purchase. A row opened on the list reads its licence whole.
    Listed,
}

/// A state the list is cut by, and the day and moment it is judged at. The state decides the
/// rows by itself, across sections (evaluations are in the evaluation state whichever section
/// the link names), with exactly [`state_condition`], which the dashboard counts with.
#[derive(Debug, Clone, Copy)]
pub struct StateFilter {
    pub state: LicenceState,
    pub today: jiff::civil::Date,
    /// Unix seconds.
    pub now: i64,
}

pub struct ListPage {
    pub licences: Vec<Licence>,
    pub total: i64,
}

fn section_condition(section: Section) -> &'static str {
    match section {
        Section::Licences => "l.archived = 0 AND l.is_evaluation = 0",
        Section::Evaluations => "l.archived = 0 AND l.is_evaluation = 1",
        Section::Archived => "l.archived = 1",
    }
}

/// How many licences the section counts hold where `condition` holds (on the columns
/// `l.archived` and `l.is_evaluation`; `1` for all): the counts the triggers keep, read
/// without reading a licence.
pub(super) fn counted(conn: &Connection, condition: &str) -> rusqlite::Result<i64> {
    conn.prepare_cached(&format!(
        "SELECT coalesce(sum(n), 0) FROM licence_section_counts l WHERE {condition}"
    ))?
    .query_row([], |row| row.get(0))
}

/// An administrator's text search that finds at most this many licences has them sorted for
/// its page; one that finds more reads the list's order until a page of them is found, which
/// reads at most about `per_page × licences / found` index entries (2,500 of 100,000 for 50).
const FEW_ENOUGH_TO_SORT: i64 = 2_000;

/// How a search term is matched.
enum Filter {
    None,
    /// A whole SEN or Server ID: matched exactly, through its index.
    Exact {
        column: &'static str,
        value: String,
    },
    /// The start of a SEN (`SEN-12` finds `SEN-1200`): a range of the SEN index.
    SenPrefix {
        from: String,
        to: String,
    },
    /// Anything else: a substring of SEN, product, organisation, Server ID, name, notes or a
    /// contact's address, with case and width folded (see [`super::search`]).
    Substring(super::search::TextSearch),
}

/// One page of the licences a viewer may see, soonest support expiry first (or latest).
///
/// A search that is a whole SEN (`SEN-…`) or Server ID is looked up exactly first, which is
/// an index lookup. A SEN that finds nothing is then read as the start of SENs, still through
/// the index (a SEN-shaped search is never a product or organisation name). Other text is
/// matched as a substring through the search index (see [`super::search`]).
pub fn list(
    conn: &Connection,
    viewer: Viewer,
    query: &ListQuery<'_>,
) -> rusqlite::Result<ListPage> {
    let search = query.search.trim();
    if search.is_empty() {
        return list_filtered(conn, viewer, query, &Filter::None);
    }
    let upper = search.to_ascii_uppercase();
    let exact = if upper.starts_with("SEN-") && !upper.contains(char::is_whitespace) {
        Some(Filter::Exact {
            column: "sen",
            value: upper,
        })
    } else if crate::domain::ServerId::parse(search).is_ok() {
        Some(Filter::Exact {
            column: "server_id",
            value: upper,
        })
    } else {
        None
    };
    if let Some(exact) = exact {
        let sen_shaped = matches!(exact, Filter::Exact { column: "sen", .. });
        let found = list_filtered(conn, viewer, query, &exact)?;
        if found.total > 0 {
            return Ok(found);
        }
        if sen_shaped {
            let from = search.to_ascii_uppercase();
            // Every string that starts with `from` sorts below `from` + U+10FFFF.
            let to = format!("{from}\u{10FFFF}");
            return list_filtered(conn, viewer, query, &Filter::SenPrefix { from, to });
        }
    }
    list_filtered(
        conn,
        viewer,
        query,
        &Filter::Substring(super::search::TextSearch::new(search)),
    )
}

fn list_filtered(
    conn: &Connection,
    viewer: Viewer,
    query: &ListQuery<'_>,
    filter: &Filter,
) -> rusqlite::Result<ListPage> {
    // Which rows are read first. An admin's list is read in order from licences_list_order; a
    // whole SEN or Server ID goes through its own index; one organisation's licences through
    // licences_organisation (an organisation holds a few hundred at most, sorted after); anyone
    // else starts from their own licences (a few among thousands), each looked up by id.
    let indexed = match filter {
        Filter::Exact { column: "sen", .. } | Filter::SenPrefix { .. } => {
            Some("licences l INDEXED BY licences_sen")
        }
        Filter::Exact { .. } => Some("licences l INDEXED BY licences_server_id"),
        _ if query.organisation.is_some() => Some("licences l INDEXED BY licences_organisation"),
        _ => None,
    };
    // A viewer's own licences, and one organisation's, a SEN's or a Server ID's, are few: each
    // is read, and they are sorted for their page.
    let reads_few = !viewer.is_admin || indexed.is_some();
    // A search of many licences goes through the index, two characters too; a few licences are
    // each checked.
    let through_index;
    let filter = match filter {
        Filter::Substring(text) if !reads_few => {
            let text = text.through_index(conn)?;
            // A whole section's search asks the index for that section's finds only.
            through_index = Filter::Substring(match query.state {
                None => text.in_section(query.section),
                Some(_) => text,
            });
            &through_index
        }
        _ => filter,
    };
    let mut conditions = vec![match query.state {
        // `l.archived = 0` says again what the state's condition says, in a form an index on
        // `archived` can use.
        Some(cut) => format!(
            "l.archived = 0 AND {}",
            state_condition(cut.state, cut.today, cut.now)
        ),
        None => section_condition(query.section).to_owned(),
    }];
    let mut values: Vec<&dyn rusqlite::ToSql> = Vec::new();
    match &query.organisation {
        Some(OrganisationFilter::Of(organisation)) => {
            values.push(organisation);
            conditions.push(format!("l.organisation_id = ?{}", values.len()));
        }
        Some(OrganisationFilter::Unassigned) => {
            conditions.push("l.organisation_id IS NULL".to_owned());
        }
        None => {}
    }
    let from = match (viewer.is_admin, indexed) {
        (true, Some(indexed)) => indexed.to_owned(),
        (true, None) => "licences l".to_owned(),
        // A SEN, a Server ID or an organisation finds a handful of licences through its index;
        // each is then checked to be the viewer's.
        (false, Some(indexed)) => {
            values.push(&viewer.account_id);
            conditions.push(format!("l.id IN ({})", reachable_ids(values.len())));
            indexed.to_owned()
        }
        // Their own licences are looked up by id, and nothing else is read: the index by id
        // keeps the planner from reading the section in the list's order instead, and from
        // building a Bloom filter over every licence to join them (which read the whole
        // table), and it answers the section and the expiry order without reading the rows.
        (false, None) => {
            values.push(&viewer.account_id);
            conditions.push(format!("l.id IN ({})", reachable_ids(values.len())));
            "licences l INDEXED BY licences_section_by_id".to_owned()
        }
    };
    match filter {
        Filter::None => {}
        Filter::Exact { column, value } => {
            values.push(value);
            conditions.push(format!("l.{column} = ?{}", values.len()));
        }
        Filter::SenPrefix { from, to } => {
            values.push(from);
            values.push(to);
            let n = values.len();
            conditions.push(format!("l.sen >= ?{} AND l.sen < ?{n}", n - 1));
        }
        Filter::Substring(_) => {}
    }
    let condition = conditions.join(" AND ");
    // Where the rows come from and the condition on them: as above, or, for a text search, each
    // checked by it (`in_order`). An administrator's search of a whole section (or state) is
    // read from what the search finds first (`found_first`) and counted there; its page is then
    // read in the list's order when it finds many (a page of them comes soon) and sorted when it
    // finds few. Other viewers' licences, and one organisation's, are few and each checked.
    let mut in_order = (from.clone(), condition.clone());
    let mut found_first = None;
    // Where the values only `found_first` reads begin (a statement takes as many values as the
    // highest parameter it names).
    let mut found_first_binds = None;
    if let Filter::Substring(text) = filter {
        values.push(text.finds_bound());
        if reads_few {
            // A few licences: each joined to its folded text, which costs less than a lookup
            // of it per licence.
            in_order = (
                format!("{from} CROSS JOIN licence_search_text s ON s.licence_id = l.id"),
                format!("{condition} AND {}", text.finds_joined(values.len())),
            );
        } else {
            in_order.1 = format!("{condition} AND {}", text.finds(values.len()));
            found_first_binds = Some(values.len());
            values.push(text.found_bound());
            found_first = Some((
                format!(
                    "{} f CROSS JOIN licences l INDEXED BY licences_section_by_id ON l.id = f.id",
                    text.found(values.len())
                ),
                condition.clone(),
            ));
        }
    }
    let whole_section = query.organisation.is_none() && query.state.is_none();
    // When few are read, the page's reading counts them too (`None` here), where a first pass
    // over the same rows counted them.
    let total: Option<i64> = if reads_few {
        None
    } else if whole_section && matches!(filter, Filter::None) {
        // A whole section: the count the triggers keep.
        Some(counted(conn, &condition)?)
    } else if let (Some(_), Filter::Substring(text), None) = (&found_first, filter, query.state) {
        // A whole section's search, counted by the index alone.
        let (count, value) = text.count_in(query.section);
        Some(
            conn.prepare_cached(&count)?
                .query_row([value], |row| row.get(0))?,
        )
    } else {
        let (from, condition) = found_first.as_ref().unwrap_or(&in_order);
        Some(count_rows(conn, from, condition, &values)?)
    };
    // The order matches the index licences_list_order, so an admin's page is read from the
    // index without sorting the section: the inner query picks the page's ids from the index
    // alone (skipping `offset` index entries, not `offset` rows), the outer one reads 50 rows.
    // The orders by product, organisation and SEN match the indexes licences_by_product,
    // licences_by_organisation and licences_by_sen the same way.
    let order = match query.sort {
        SortOrder::ExpirySoonest => "l.support_expiry IS NULL, l.support_expiry, l.id",
        SortOrder::ExpiryLatest => "l.support_expiry IS NULL, l.support_expiry DESC, l.id DESC",
        SortOrder::ProductAscending => "l.product COLLATE NOCASE, l.id",
        SortOrder::ProductDescending => "l.product COLLATE NOCASE DESC, l.id DESC",
        SortOrder::OrganisationAscending => "l.organisation COLLATE NOCASE, l.id",
        SortOrder::OrganisationDescending => "l.organisation COLLATE NOCASE DESC, l.id DESC",
        SortOrder::SenAscending => "l.sen IS NULL, l.sen, l.id",
        SortOrder::SenDescending => "l.sen IS NULL, l.sen DESC, l.id DESC",
    };
    // Grouped, the organisations come in the order of their names as every list of them is
    // ordered (their key, then their number), the licences of none last.
    let (group_join, order) = if query.group_by_organisation {
        (
            " LEFT JOIN organisations og ON og.id = l.organisation_id",
            format!("og.id IS NULL, og.name_key, og.id, {order}"),
        )
    } else {
        ("", order.to_owned())
    };
    let offset = (query.page.max(1) - 1).saturating_mul(query.per_page);
    // A grouped page is sorted whichever way it is read. A page far down a search that finds
    // many is read from what the search found and sorted too: reaching it in the list's order
    // reads about `(offset + per_page) × licences / found` rows, which past the number found
    // costs more than sorting them (each costs about as much as a row read in order; the last
    // page of `müller`, 27,285 of 100,000, read all 100,000 in order).
    let sorted = match (&found_first, total) {
        (Some(_), Some(total)) if query.group_by_organisation || total <= FEW_ENOUGH_TO_SORT => {
            true
        }
        (Some(_), Some(total)) => {
            let licences = counted(conn, "1")?;
            let read_in_order = offset
                .saturating_add(query.per_page)
                .saturating_mul(licences);
            read_in_order / total.max(1) > total
        }
        _ => false,
    };
    let (from, condition) = match found_first {
        Some(first) if sorted => first,
        _ => {
            values.truncate(found_first_binds.unwrap_or(values.len()));
            in_order
        }
    };
    // The page's size is written into the query, not bound: SQLite plans a LIMIT knowing its
    // value, so a cached statement with a bound LIMIT is prepared again every time it is bound
    // (12 % of a list's CPU in a profile). A bound OFFSET does not do that here.
    let filtered_by = values.len();
    values.push(&offset);
    let limits = format!("LIMIT {} OFFSET ?{}", query.per_page, values.len());
    let columns = match query.columns {
        ListColumns::Whole => COLUMNS,
        ListColumns::Listed => LISTED_COLUMNS.as_str(),
    };
    if let Some(total) = total {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {columns} FROM licences l{group_join} WHERE l.id IN (SELECT l.id FROM \
             {from}{group_join} WHERE {condition} ORDER BY {order} {limits}) ORDER BY {order}"
        ))?;
        let licences = stmt
            .query_map(values.as_slice(), from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        return Ok(ListPage { licences, total });
    }
    // The page's ids with the count of everything they were cut from beside each.
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {columns}, p.total FROM (SELECT l.id, count(*) OVER () AS total FROM \
         {from}{group_join} WHERE {condition} ORDER BY {order} {limits}) p JOIN licences l \
         ON l.id = p.id{group_join} ORDER BY {order}"
    ))?;
    let mut total = 0;
    let licences = stmt
        .query_map(values.as_slice(), |row| {
            total = row.get(TOTAL_AFTER_COLUMNS)?;
            from_row(row)
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    if licences.is_empty() && offset > 0 {
        // A page past the end says nothing of how many there are.
        total = count_rows(conn, &from, &condition, &values[..filtered_by])?;
    }
    Ok(ListPage { licences, total })
}

/// How many rows `SELECT … FROM {from} WHERE {condition}` reads with `values`.
fn count_rows(
    conn: &Connection,
    from: &str,
    condition: &str,
    values: &[&dyn rusqlite::ToSql],
) -> rusqlite::Result<i64> {
    conn.prepare_cached(&format!("SELECT count(*) FROM {from} WHERE {condition}"))?
        .query_row(values, |row| row.get(0))
}

/// A licence the viewer may see. `None` both when it does not exist and when it is not theirs,
/// so that ids of other people's licences are not confirmed.
pub fn visible(
    conn: &Connection,
    viewer: Viewer,
    id: LicenceId,
) -> rusqlite::Result<Option<Licence>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM licences l WHERE l.id = ?1 AND (?3 OR l.id IN ({}))",
        reachable_ids(2)
    ))?
    .query_row(params![id, viewer.account_id, viewer.is_admin], from_row)
    .optional()
}

/// A licence the viewer may see, with what they may do with it; `None` as for [`visible`].
/// Administrators and its organisation's managers oversee it, its contacts manage it; a
/// consultant reads it, with or without its key as the grant says.
pub fn with_access(
    conn: &Connection,
    viewer: Viewer,
    id: LicenceId,
) -> rusqlite::Result<Option<(Licence, LicenceAccess)>> {
    let Some(licence) = visible(conn, viewer, id)? else {
        return Ok(None);
    };
    let access = access_to(conn, viewer, &licence)?;
    Ok(Some((licence, access)))
}

/// What a viewer who sees a licence may do with it.
pub fn access_to(
    conn: &Connection,
    viewer: Viewer,
    licence: &Licence,
) -> rusqlite::Result<LicenceAccess> {
    if viewer.is_admin {
        return Ok(LicenceAccess::Oversee);
    }
    let (contact, manager, keys): (bool, bool, bool) = conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM licence_contacts WHERE licence_id = ?1 \
             AND account_id = ?2), \
             EXISTS (SELECT 1 FROM organisation_access WHERE organisation_id = ?3 \
             AND account_id = ?2 AND role = 'manager'), \
             EXISTS (SELECT 1 FROM organisation_access WHERE organisation_id = ?3 \
             AND account_id = ?2 AND with_keys AND ends_at > unixepoch())",
        )?
        .query_row(
            params![
                licence.id,
                viewer.account_id,
                licence.belongs_to.as_ref().map(|o| o.id)
            ],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )?;
    Ok(if manager {
        LicenceAccess::Oversee
    } else if contact {
        LicenceAccess::Manage
    } else {
        LicenceAccess::Read { keys }
    })
}

/// The SQL condition on a licence row `l` for a [`LicenceState`], as of `today` and `now` (Unix
/// seconds). The dates are written into the SQL (ISO dates and a number, never text someone
/// typed), so the dashboard's counts and the list's filter read the same condition.
pub fn state_condition(state: LicenceState, today: jiff::civil::Date, now: i64) -> String {
    let soon = today
        .checked_add(jiff::Span::new().days(EXPIRING_DAYS))
        .unwrap_or(jiff::civil::Date::MAX);
    let inactive_before = now - INACTIVE_DAYS * 86_400;
    let condition = match state {
        LicenceState::Active => format!(
            "NOT l.is_evaluation AND l.kind <> 'test' \
             AND (l.licence_expiry IS NULL OR l.licence_expiry >= '{today}')"
        ),
        LicenceState::Expiring => format!(
            "NOT l.is_evaluation AND l.support_expiry >= '{today}' AND l.support_expiry <= '{soon}'"
        ),
        LicenceState::SupportExpired => {
            format!("NOT l.is_evaluation AND l.support_expiry < '{today}'")
        }
        LicenceState::Evaluation => "l.is_evaluation".to_owned(),
        LicenceState::Test => "l.kind = 'test'".to_owned(),
        LicenceState::SingleContact => {
            "(SELECT count(DISTINCT c.account_id) FROM licence_contacts c \
             WHERE c.licence_id = l.id) <= 1"
                .to_owned()
        }
        LicenceState::PrimaryInactive => format!(
            "EXISTS (SELECT 1 FROM licence_primaries p JOIN accounts a ON a.id = p.account_id \
             WHERE p.licence_id = l.id AND (a.state = 'disabled' \
             OR coalesce(a.last_sign_in_at, a.created_at) < {inactive_before}))"
        ),
        LicenceState::NoBilling => "NOT EXISTS (SELECT 1 FROM licence_contacts c \
             WHERE c.licence_id = l.id AND c.role = 'billing')"
            .to_owned(),
    };
    format!("NOT l.archived AND {condition}")
}

/// The condition on an organisation `o` that a viewer who is not an administrator (`?1`) knows
/// of: one they manage or hold running access to, or that of a licence they are a contact of.
/// (The organisations of every licence they reach are those: the licences they reach through
/// an organisation are its own, so they are not read.)
fn known_organisation() -> &'static str {
    "(o.id IN (SELECT r.organisation_id FROM licence_contacts c \
     JOIN licences r ON r.id = c.licence_id \
     WHERE c.account_id = ?1) \
     OR o.id IN (SELECT x.organisation_id FROM organisation_access x \
     WHERE x.account_id = ?1 AND (x.ends_at IS NULL OR x.ends_at > unixepoch())))"
}

fn organisation_ref(row: &Row<'_>) -> rusqlite::Result<OrganisationRef> {
    Ok(OrganisationRef {
        id: row.get(0)?,
        name: row.get(1)?,
    })
}

/// How many licences a viewer sees (archived ones left out), and how many of those are in the
/// expiring state (support ends within `EXPIRING_DAYS` days of `today`, evaluations aside):
/// the list's landing summary. An administrator's are counted from the section counts and the
/// support expiry index, anyone else's from their own licences.
pub fn summary_counts(
    conn: &Connection,
    viewer: Viewer,
    today: jiff::civil::Date,
    now: i64,
) -> rusqlite::Result<(i64, i64)> {
    let expiring = state_condition(LicenceState::Expiring, today, now);
    if viewer.is_admin {
        let licences = counted(conn, "l.archived = 0")?;
        // The equalities on archived and is_evaluation say again what the state's condition
        // says, in the form the index licences_support_expiry is read by.
        let expiring = conn
            .prepare_cached(&format!(
                "SELECT count(*) FROM licences l WHERE l.archived = 0 AND l.is_evaluation = 0 \
                 AND {expiring}"
            ))?
            .query_row([], |row| row.get(0))?;
        return Ok((licences, expiring));
    }
    conn.prepare_cached(&format!(
        "SELECT count(*), coalesce(sum({expiring}), 0) FROM licences l \
         INDEXED BY licences_section_by_id WHERE l.id IN ({}) AND l.archived = 0",
        reachable_ids(1)
    ))?
    .query_row([viewer.account_id], |row| Ok((row.get(0)?, row.get(1)?)))
}

/// The first `limit` organisations, by name, the licence list offers a viewer to filter by:
/// any for an administrator; for anyone else only those they know of (see
/// [`known_organisation`]). Nobody learns of another organisation here.
pub fn listed_organisations(
    conn: &Connection,
    viewer: Viewer,
    limit: i64,
) -> rusqlite::Result<Vec<OrganisationRef>> {
    // The limit is written into the query, as the list's page bounds are (a bound LIMIT has
    // its statement prepared again at every use).
    if viewer.is_admin {
        // name_key is unique: its index gives the order, and the first `limit` entries.
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT o.id, o.name FROM organisations o ORDER BY o.name_key LIMIT {limit}"
        ))?;
        let rows = stmt.query_map([], organisation_ref)?;
        return rows.collect();
    }
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT o.id, o.name FROM organisations o WHERE {} ORDER BY o.name_key LIMIT {limit}",
        known_organisation()
    ))?;
    let rows = stmt.query_map([viewer.account_id], organisation_ref)?;
    rows.collect()
}

/// An organisation the licence list may name to this viewer: `None` both when it does not
/// exist and when the viewer does not know of it.
pub fn listed_organisation(
    conn: &Connection,
    viewer: Viewer,
    id: OrganisationId,
) -> rusqlite::Result<Option<OrganisationRef>> {
    if viewer.is_admin {
        return conn
            .prepare_cached("SELECT o.id, o.name FROM organisations o WHERE o.id = ?1")?
            .query_row([id], organisation_ref)
            .optional();
    }
    conn.prepare_cached(&format!(
        "SELECT o.id, o.name FROM organisations o WHERE o.id = ?2 AND {}",
        known_organisation()
    ))?
    .query_row(params![viewer.account_id, id], organisation_ref)
    .optional()
}

/// What a kept licence list depends on besides its link, its data (which the page generation
/// follows), the day and the session: the organisations the viewer reaches by a role or a
/// running grant. A grant that has just ended is marked by no write, so the pages kept while
/// it ran must not be found after: a new stamp misses them.
pub fn list_stamp(conn: &Connection, viewer: Viewer) -> rusqlite::Result<String> {
    if viewer.is_admin {
        return Ok(String::new());
    }
    conn.prepare_cached(
        "SELECT coalesce(group_concat(organisation_id, ','), '') FROM (SELECT DISTINCT \
         organisation_id FROM organisation_access WHERE account_id = ?1 \
         AND (ends_at IS NULL OR ends_at > unixepoch()) ORDER BY organisation_id)",
    )?
    .query_row([viewer.account_id], |row| row.get(0))
}

/// Every licence the viewer may see, in id order (their export).
pub fn all_visible(conn: &Connection, viewer: Viewer) -> rusqlite::Result<Vec<Licence>> {
    if viewer.is_admin {
        return all(conn);
    }
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM licences l WHERE l.id IN ({}) ORDER BY l.id",
        reachable_ids(1)
    ))?;
    let rows = stmt.query_map([viewer.account_id], from_row)?;
    rows.collect()
}

pub fn by_id(conn: &Connection, id: LicenceId) -> rusqlite::Result<Option<Licence>> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM licences l WHERE l.id = ?1"))?
        .query_row([id], from_row)
        .optional()
}

pub fn by_key(conn: &Connection, key: &str) -> rusqlite::Result<Option<Licence>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM licences l WHERE l.licence_key = ?1"
    ))?
    .query_row([key], from_row)
    .optional()
}

pub fn by_sen(conn: &Connection, sen: &str) -> rusqlite::Result<Vec<Licence>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM licences l WHERE l.sen = ?1 ORDER BY l.id"
    ))?;
    let rows = stmt.query_map([sen], from_row)?;
    rows.collect()
}

/// Licences with neither SEN nor key, of this product and name, created at this time (in id
/// order): what a row of an export without SEN or key can be matched by.
pub fn keyless_created(
    conn: &Connection,
    product: &str,
    name: &str,
    created_at: i64,
) -> rusqlite::Result<Vec<Licence>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM licences l WHERE l.sen IS NULL AND l.licence_key IS NULL \
         AND l.product = ?1 AND l.name = ?2 AND l.created_at = ?3 ORDER BY l.id"
    ))?;
    let rows = stmt.query_map(rusqlite::params![product, name, created_at], from_row)?;
    rows.collect()
}

/// Every licence, in id order, for export.
pub fn all(conn: &Connection) -> rusqlite::Result<Vec<Licence>> {
    let mut stmt = conn.prepare(&format!("SELECT {COLUMNS} FROM licences l ORDER BY l.id"))?;
    let rows = stmt.query_map([], from_row)?;
    rows.collect()
}

/// Every licence of an organisation, archived ones included, in id order.
pub fn of_organisation(
    conn: &Connection,
    organisation: crate::domain::OrganisationId,
) -> rusqlite::Result<Vec<Licence>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM licences l WHERE l.organisation_id = ?1 ORDER BY l.id"
    ))?;
    let rows = stmt.query_map([organisation], from_row)?;
    rows.collect()
}

/// Inserts a licence, which joins the organisation its key names (see [`Joins::Named`]).
pub fn insert(conn: &Connection, new: &LicenceFields, now: i64) -> rusqlite::Result<LicenceId> {
    insert_at(conn, new, now, now)
}

/// Inserts a licence that joins the organisation `joins` says.
pub fn insert_joining(
    conn: &Connection,
    new: &LicenceFields,
    now: i64,
    joins: Joins,
) -> rusqlite::Result<LicenceId> {
    insert_with(conn, new, now, now, joins)
}

/// Inserts with given timestamps (an import of the portal's own export keeps them).
pub fn insert_at(
    conn: &Connection,
    new: &LicenceFields,
    created_at: i64,
    updated_at: i64,
) -> rusqlite::Result<LicenceId> {
    insert_with(conn, new, created_at, updated_at, Joins::Named)
}

/// Inserts with given timestamps, joining the organisation `joins` says.
pub fn insert_with(
    conn: &Connection,
    new: &LicenceFields,
    created_at: i64,
    updated_at: i64,
    joins: Joins,
) -> rusqlite::Result<LicenceId> {
    write(
        conn,
        Target::New {
            created_at,
            updated_at,
            joins,
        },
        new,
    )
}

/// Overwrites every field of a licence and stamps `updated_at`. Creation time and the Server ID
/// gate state are kept; callers record key and Server ID history.
pub fn overwrite(
    conn: &Connection,
    id: LicenceId,
    fields: &LicenceFields,
    now: i64,
) -> rusqlite::Result<()> {
    write(
        conn,
        Target::Existing {
            id,
            updated_at: now,
        },
        fields,
    )?;
    Ok(())
}

/// Sets the gate facts kept with a licence (an import of the portal's own export).
pub fn set_gate(
    conn: &Connection,
    id: LicenceId,
    reason_for_purchase: Option<&str>,
    key_retrieved_at: Option<i64>,
) -> rusqlite::Result<usize> {
    conn.execute(
        "UPDATE licences SET reason_for_purchase = ?2, key_retrieved_at = ?3 WHERE id = ?1",
        params![id, reason_for_purchase, key_retrieved_at],
    )
}

/// Links a developer licence to its production licence as an export says (nothing else
/// changes: a restore brings the contacts and dates along itself).
pub fn set_production_link(
    conn: &Connection,
    developer: LicenceId,
    production: LicenceId,
) -> rusqlite::Result<usize> {
    conn.execute(
        "UPDATE licences SET production_licence_id = ?2 WHERE id = ?1",
        params![developer, production],
    )
}

/// The organisation a licence's key names, as written (`None` when there is no such licence).
pub fn organisation_text(conn: &Connection, id: LicenceId) -> rusqlite::Result<Option<String>> {
    conn.prepare_cached("SELECT organisation FROM licences WHERE id = ?1")?
        .query_row([id], |row| row.get(0))
        .optional()
}

/// The production licence a developer licence with this SEN and product belongs to.
pub fn production_for_developer(
    conn: &Connection,
    sen: &str,
    product: &str,
) -> rusqlite::Result<Option<LicenceId>> {
    conn.prepare_cached(
        "SELECT id FROM licences WHERE sen = ?1 AND product = ?2 AND licence_type <> ?3 \
         AND production_licence_id IS NULL ORDER BY archived, id LIMIT 1",
    )?
    .query_row(
        params![sen, product, crate::domain::LicenceType::Developer],
        |row| row.get(0),
    )
    .optional()
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct KeyChange {
    pub licence_key: String,
    pub replaced_at: i64,
    pub replaced_by: String,
    pub reason: String,
}

pub fn record_key_change(
    conn: &Connection,
    id: LicenceId,
    change: &KeyChange,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO key_history (licence_id, licence_key, replaced_at, replaced_by, reason) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        id,
        change.licence_key,
        change.replaced_at,
        change.replaced_by,
        change.reason
    ])?;
    Ok(())
}

/// The keys a licence had before its current one, oldest first.
pub fn key_history(conn: &Connection, id: LicenceId) -> rusqlite::Result<Vec<KeyChange>> {
    let mut stmt = conn.prepare_cached(
        "SELECT licence_key, replaced_at, replaced_by, reason FROM key_history \
         WHERE licence_id = ?1 ORDER BY replaced_at, id",
    )?;
    let rows = stmt.query_map([id], |row| {
        Ok(KeyChange {
            licence_key: row.get(0)?,
            replaced_at: row.get(1)?,
            replaced_by: row.get(2)?,
            reason: row.get(3)?,
        })
    })?;
    rows.collect()
}

/// Appends a Server ID change exactly as given (an import of the portal's own export).
pub fn record_server_id_change(
    conn: &Connection,
    id: LicenceId,
    change: &ServerIdChange,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO server_id_history (licence_id, old_value, new_value, changed_by, changed_at, \
         reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        id,
        change.old_value,
        change.new_value,
        change.changed_by,
        change.changed_at,
        change.reason
    ])?;
    Ok(())
}

/// A licence's contacts as (e-mail, role), by role then the order they were added.
pub fn contact_emails(conn: &Connection, id: LicenceId) -> rusqlite::Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.email, c.role FROM licence_contacts c JOIN accounts a ON a.id = c.account_id \
         WHERE c.licence_id = ?1 ORDER BY c.role DESC, c.added_at, a.email",
    )?;
    let rows = stmt.query_map([id], |row| Ok((row.get(0)?, row.get(1)?)))?;
    rows.collect()
}

/// Adds a contact; the first contact of a role is its primary (see the contacts rules).
pub fn add_contact(
    conn: &Connection,
    licence: LicenceId,
    account: AccountId,
    role: &str,
    now: i64,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO licence_contacts (licence_id, account_id, role, added_at) \
         VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![licence, account, role, now])?;
    Ok(())
}

pub fn count(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("SELECT count(*) FROM licences", [], |row| row.get(0))
}

/// Why a Server ID changed, as kept in the history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerIdReason {
    Manual,
    Diagnosis,
    Import,
    Gate,
    /// Typed when a new evaluation was started.
    Evaluation,
    /// Typed with a licence entered by hand.
    ByHand,
}

impl ServerIdReason {
    pub fn as_str(self) -> &'static str {
        match self {
            ServerIdReason::Manual => "manual",
            ServerIdReason::Diagnosis => "diagnosis",
            ServerIdReason::Import => "import",
            ServerIdReason::Gate => "gate",
            ServerIdReason::Evaluation => "evaluation",
            ServerIdReason::ByHand => "by-hand",
        }
    }
}

/// Sets a licence's Server ID and records the change in its history (nothing is recorded when
/// the value does not change). Returns whether it changed.
pub fn set_server_id(
    conn: &Connection,
    id: LicenceId,
    new_value: Option<&str>,
    changed_by: &str,
    reason: ServerIdReason,
    now: i64,
) -> rusqlite::Result<bool> {
    let old: Option<String> = conn
        .query_row(
            "SELECT server_id FROM licences WHERE id = ?1",
            [id],
            |row| row.get(0),
        )
        .optional()?
        .flatten();
    if old.as_deref() == new_value {
        return Ok(false);
    }
    conn.execute(
        "UPDATE licences SET server_id = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, new_value, now],
    )?;
    conn.execute(
        "INSERT INTO server_id_history (licence_id, old_value, new_value, changed_by, changed_at, \
         reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![id, old, new_value, changed_by, now, reason.as_str()],
    )?;
    Ok(true)
}

/// A licence's Server ID history, newest first.
pub fn server_id_history(
    conn: &Connection,
    id: LicenceId,
) -> rusqlite::Result<Vec<ServerIdChange>> {
    let mut stmt = conn.prepare_cached(
        "SELECT old_value, new_value, changed_by, changed_at, reason FROM server_id_history \
         WHERE licence_id = ?1 ORDER BY changed_at DESC, id DESC",
    )?;
    let rows = stmt.query_map([id], |row| {
        Ok(ServerIdChange {
            old_value: row.get(0)?,
            new_value: row.get(1)?,
            changed_by: row.get(2)?,
            changed_at: row.get(3)?,
            reason: row.get(4)?,
        })
    })?;
    rows.collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AccountState, Deployment, Email};
    use crate::store::accounts::{self, NewAccount};

    fn sample(sen: &str) -> LicenceFields {
        LicenceFields {
            name: "Confluence (Data Center) 10 Users: Commercial License".into(),
            deployment: Deployment::DataCenter,
            organisation: "Example Ltd".into(),
            support_expiry: Some(jiff::civil::date(2027, 1, 1)),
            ..LicenceFields::sample(sen)
        }
    }

    #[test]
    fn users_see_only_licences_they_are_contacts_on_and_admins_see_all() {
        let conn = crate::store::open_in_memory().unwrap();
        let account = |email: &str, admin: bool| {
            accounts::insert(
                &conn,
                &NewAccount {
                    email: &Email::parse(email).unwrap(),
                    display_name: "",
                    password_hash: None,
                    is_admin: admin,
                    state: AccountState::Active,
                },
                0,
            )
            .unwrap()
        };
        let (ann, bob, admin) = (
            account("ann@x.com", false),
            account("bob@x.com", false),
            account("root@x.com", true),
        );
        let mine = insert(&conn, &sample("SEN-1"), 0).unwrap();
        let _theirs = insert(&conn, &sample("SEN-2"), 0).unwrap();
        add_contact(&conn, mine, ann, "technical", 0).unwrap();
        let query = ListQuery {
            section: Section::Licences,
            organisation: None,
            state: None,
            search: "",
            sort: SortOrder::ExpirySoonest,
            group_by_organisation: false,
            page: 1,
            per_page: 50,
            columns: ListColumns::Whole,
        };
        let as_viewer = |id, is_admin| Viewer {
            account_id: id,
            is_admin,
        };
        assert_eq!(list(&conn, as_viewer(ann, false), &query).unwrap().total, 1);
        assert_eq!(list(&conn, as_viewer(bob, false), &query).unwrap().total, 0);
        assert_eq!(
            list(&conn, as_viewer(admin, true), &query).unwrap().total,
            2
        );
        assert!(
            visible(&conn, as_viewer(bob, false), mine)
                .unwrap()
                .is_none()
        );
        let search = ListQuery {
            search: "sen-2",
            ..query
        };
        assert_eq!(
            list(&conn, as_viewer(admin, true), &search).unwrap().total,
            1
        );
    }

    #[test]
    fn server_id_changes_are_kept_in_the_history() {
        let conn = crate::store::open_in_memory().unwrap();
        let id = insert(&conn, &sample("SEN-1"), 0).unwrap();
        assert!(
            set_server_id(
                &conn,
                id,
                Some("AAAA-BBBB-CCCC-DDDD"),
                "ann@x.com",
                ServerIdReason::Gate,
                5
            )
            .unwrap()
        );
        assert!(
            !set_server_id(
                &conn,
                id,
                Some("AAAA-BBBB-CCCC-DDDD"),
                "ann@x.com",
                ServerIdReason::Manual,
                6
            )
            .unwrap()
        );
        assert!(
            set_server_id(
                &conn,
                id,
                Some("EEEE-BBBB-CCCC-DDDD"),
                "cli",
                ServerIdReason::Diagnosis,
                7
            )
            .unwrap()
        );
        let history = server_id_history(&conn, id).unwrap();
        assert_eq!(history.len(), 2);
        assert_eq!(history[0].old_value.as_deref(), Some("AAAA-BBBB-CCCC-DDDD"));
        assert_eq!(history[0].reason, "diagnosis");
        assert_eq!(
            by_id(&conn, id).unwrap().unwrap().server_id.as_deref(),
            Some("EEEE-BBBB-CCCC-DDDD")
        );
    }

    #[test]
    fn the_list_searches_sorts_and_pages_for_admins_and_contacts() {
        let conn = crate::store::open_in_memory().unwrap();
        let ann = accounts::insert(
            &conn,
            &NewAccount {
                email: &Email::parse("ann@x.com").unwrap(),
                display_name: "",
                password_hash: None,
                is_admin: false,
                state: AccountState::Active,
            },
            0,
        )
        .unwrap();
        for n in 0..30 {
            let id = insert(
                &conn,
                &LicenceFields {
                    support_expiry: (n % 10 != 0).then(|| jiff::civil::date(2026, 1, 1 + n as i8)),
                    organisation: format!("Org_{n}%"),
                    server_id: Some(format!("AAAA-BBBB-CCCC-{n:04}")),
                    ..sample(&format!("SEN-{n}"))
                },
                0,
            )
            .unwrap();
            if n % 2 == 0 {
                // Both roles: the licence is still listed once.
                add_contact(&conn, id, ann, "technical", 0).unwrap();
                add_contact(&conn, id, ann, "billing", 0).unwrap();
            }
        }
        let admin = Viewer {
            account_id: AccountId(999),
            is_admin: true,
        };
        let contact = Viewer {
            account_id: ann,
            is_admin: false,
        };
        let query = |search: &'static str, sort, page| ListQuery {
            section: Section::Licences,
            organisation: None,
            state: None,
            search,
            sort,
            group_by_organisation: false,
            page,
            per_page: 10,
            columns: ListColumns::Listed,
        };
        let sens = |viewer, q: &ListQuery<'_>| {
            let page = list(&conn, viewer, q).unwrap();
            (
                page.total,
                page.licences
                    .into_iter()
                    .map(|l| l.fields.sen.unwrap())
                    .collect::<Vec<_>>(),
            )
        };
        let (total, first) = sens(admin, &query("", SortOrder::ExpirySoonest, 1));
        assert_eq!(total, 30);
        assert_eq!(first[..3], ["SEN-1", "SEN-2", "SEN-3"]);
        // Licences without a date come last, in either order.
        let (_, last) = sens(admin, &query("", SortOrder::ExpirySoonest, 3));
        assert_eq!(last[7..], ["SEN-0", "SEN-10", "SEN-20"]);
        let (_, latest) = sens(admin, &query("", SortOrder::ExpiryLatest, 1));
        assert_eq!(latest[..2], ["SEN-29", "SEN-28"]);
        let (_, latest_last) = sens(admin, &query("", SortOrder::ExpiryLatest, 3));
        assert_eq!(latest_last[7..], ["SEN-20", "SEN-10", "SEN-0"]);
        // A whole SEN is exact; a part of one is a substring; LIKE wildcards are literal.
        assert_eq!(
            sens(admin, &query("sen-2", SortOrder::ExpirySoonest, 1)).0,
            1
        );
        assert_eq!(
            sens(admin, &query("SEN-2", SortOrder::ExpirySoonest, 1)).0,
            1
        );
        assert_eq!(
            sens(admin, &query("EN-2", SortOrder::ExpirySoonest, 1)).0,
            11
        );
        // The start of a SEN that is no whole SEN finds the SENs it starts, through the index.
        assert_eq!(
            sens(admin, &query("sen-1", SortOrder::ExpirySoonest, 1)).0,
            1
        );
        let (total, prefixed) = sens(admin, &query("SEN-", SortOrder::ExpirySoonest, 1));
        assert_eq!((total, prefixed.len()), (30, 10));
        assert_eq!(
            sens(admin, &query("SEN-77", SortOrder::ExpirySoonest, 1)).0,
            0
        );
        let plan: String = conn
            .query_row(
                "EXPLAIN QUERY PLAN SELECT count(*) FROM licences l INDEXED BY licences_sen \
                 WHERE l.sen >= 'SEN-1' AND l.sen < 'SEN-1\u{10FFFF}'",
                [],
                |row| row.get(3),
            )
            .unwrap();
        assert!(plan.contains("licences_sen"), "{plan}");
        assert_eq!(
            sens(
                admin,
                &query("aaaa-bbbb-cccc-0007", SortOrder::ExpirySoonest, 1)
            )
            .1,
            ["SEN-7"]
        );
        assert_eq!(
            sens(admin, &query("g_1%", SortOrder::ExpirySoonest, 1)).0,
            1
        );
        assert_eq!(sens(admin, &query("g%1", SortOrder::ExpirySoonest, 1)).0, 0);
        // A contact sees their 15, each once, in the same order.
        let (total, mine) = sens(contact, &query("", SortOrder::ExpirySoonest, 1));
        assert_eq!(total, 15);
        assert_eq!(mine[..3], ["SEN-2", "SEN-4", "SEN-6"]);
        assert_eq!(
            sens(contact, &query("SEN-3", SortOrder::ExpirySoonest, 1)).0,
            0
        );
        assert_eq!(
            sens(contact, &query("SEN-4", SortOrder::ExpirySoonest, 1)).0,
            1
        );
    }

    #[test]
    fn section_counts_follow_every_insert_update_and_delete() {
        let conn = crate::store::open_in_memory().unwrap();
        let counted = |conn: &Connection| -> Vec<(i64, i64, i64)> {
            let mut stmt = conn
                .prepare(
                    "SELECT archived, is_evaluation, n FROM licence_section_counts \
                     ORDER BY archived, is_evaluation",
                )
                .unwrap();
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .unwrap()
                .map(Result::unwrap)
                .collect()
        };
        let real = |conn: &Connection| -> Vec<(i64, i64, i64)> {
            [(0, 0), (0, 1), (1, 0), (1, 1)]
                .into_iter()
                .map(|(a, e)| {
                    let n = conn
                        .query_row(
                            "SELECT count(*) FROM licences WHERE archived = ?1 AND is_evaluation = ?2",
                            [a, e],
                            |r| r.get(0),
                        )
                        .unwrap();
                    (a, e, n)
                })
                .collect()
        };
        let a = insert(&conn, &sample("SEN-1"), 0).unwrap();
        let b = insert(
            &conn,
            &LicenceFields {
                is_evaluation: true,
                ..sample("SEN-2")
            },
            0,
        )
        .unwrap();
        insert(
            &conn,
            &LicenceFields {
                archived: true,
                ..sample("SEN-3")
            },
            0,
        )
        .unwrap();
        assert_eq!(counted(&conn), real(&conn));
        assert_eq!(
            counted(&conn),
            vec![(0, 0, 1), (0, 1, 1), (1, 0, 1), (1, 1, 0)]
        );
        conn.execute("UPDATE licences SET archived = 1 WHERE id = ?1", [b.0])
            .unwrap();
        conn.execute(
            "UPDATE licences SET name = 'x', archived = 0 WHERE id = ?1",
            [a.0],
        )
        .unwrap();
        assert_eq!(counted(&conn), real(&conn));
        conn.execute("DELETE FROM licences WHERE id = ?1", [a.0])
            .unwrap();
        assert_eq!(counted(&conn), real(&conn));
        let admin = Viewer {
            account_id: AccountId(1),
            is_admin: true,
        };
        let query = ListQuery {
            section: Section::Archived,
            organisation: None,
            state: None,
            search: "",
            sort: SortOrder::ExpirySoonest,
            group_by_organisation: false,
            page: 1,
            per_page: 10,
            columns: ListColumns::Listed,
        };
        assert_eq!(list(&conn, admin, &query).unwrap().total, 2);
    }
}
