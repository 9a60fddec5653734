//! Rendered licence lists, kept until the data under them changes.
//!
//! The list is the page users live on, and between two changes to the inventory every view of
//! a given list page is the same bytes. Each entry is keyed by:
//! - the session that saw it (the page carries its name and its CSRF token), so an entry is
//!   never shown to anyone else; after sign-out it is unreachable, and the least recently used
//!   entries make room for new ones;
//! - the page's canonical path (section, organisation, state, search, sort, grouping, page),
//!   followed by the organisations the viewer reaches by a role or a running grant
//!   (`store::licences::list_stamp`): a grant ends at its hour without any write;
//! - the database's page generation (`store::page_generation`), which triggers bump in every
//!   transaction that changes a licence, a contact, a primary, an account, an organisation or
//!   who reaches one, whichever process makes it; read before anything the page shows, so a
//!   change retires every page rendered before it;
//! - the day, since "expires in 12 days" and evaluation progress move with it, and a
//!   consultant's access runs out at the start of a day (it changes no row when it does);
//! - the language the page is written in (the account's, once the session is read), so a
//!   page in one language is never served to a viewer reading another.
//!
//! Pages go on one of two shelves: gzipped, for clients that take gzip (browsers), and as they
//! are, for those that do not (scripts, `curl`, monitoring), whose views would otherwise each
//! be rendered. A page as it is takes about ten times the bytes of the gzipped one, so the
//! plain shelf has a budget of its own, a quarter of the gzipped one's: clients that do not
//! take gzip cannot push browsers' pages out. Each shelf holds at most its budget (pages and
//! their keys), least recently used out first; `Config::page_cache_bytes` is the gzipped
//! shelf's, and 0 turns the cache off. Pages with a flash message are rendered every time.

use std::num::NonZeroUsize;
use std::sync::{Arc, Mutex, PoisonError};

use lru::LruCache;

use super::Ctx;
use super::context::FLASH_COOKIE;
use super::response::{self, Body, Response};
use super::session::Session;
use crate::domain::organisation::OrganisationRef;
use crate::domain::{AccountId, Viewer};
use crate::error::AppResult;
use crate::i18n::Language;

/// The page generation as a request read it, first thing: see `Ctx::page_generation`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Generation(i64);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    session: [u8; 32],
    page: String,
    generation: Generation,
    day: jiff::civil::Date,
    language: Language,
}

/// What an entry takes from the budget: its page, the text of its key, and the rest of the key.
fn cost(key: &Key, page: &[u8]) -> usize {
    page.len() + key.page.len() + std::mem::size_of::<Key>()
}

/// Rendered lists: gzipped for clients that take gzip, as they are for the others.
pub struct PageCache {
    gzipped: Shelf,
    plain: Shelf,
}

impl PageCache {
    /// A cache whose gzipped pages take at most `budget` bytes, and its plain pages a quarter
    /// of that.
    pub fn new(budget: usize) -> PageCache {
        PageCache {
            gzipped: Shelf::new(budget),
            plain: Shelf::new(budget / 4),
        }
    }

    fn shelf(&self, gzipped: bool) -> &Shelf {
        if gzipped { &self.gzipped } else { &self.plain }
    }

    /// Pages and bytes held on both shelves (for tests and the benchmark).
    pub fn usage(&self) -> (usize, usize) {
        let ((gzipped, gzipped_bytes), (plain, plain_bytes)) =
            (self.gzipped.usage(), self.plain.usage());
        (gzipped + plain, gzipped_bytes + plain_bytes)
    }
}

/// Pages of one encoding within a budget, least recently used out first.
struct Shelf {
    budget: usize,
    inner: Mutex<Inner>,
}

struct Inner {
    pages: LruCache<Key, Arc<[u8]>>,
    bytes: usize,
}

impl Shelf {
    fn new(budget: usize) -> Shelf {
        Shelf {
            budget,
            inner: Mutex::new(Inner {
                pages: LruCache::unbounded(),
                bytes: 0,
            }),
        }
    }

    fn get(&self, key: &Key) -> Option<Arc<[u8]>> {
        let mut inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        inner.pages.get(key).cloned()
    }

    fn put(&self, key: Key, page: Arc<[u8]>) {
        // One page may take at most an eighth of the budget, so a few huge pages cannot push
        // out everything else.
        let cost = cost(&key, &page);
        if cost > self.budget / 8 {
            return;
        }
        let mut inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((old_key, old)) = inner.pages.push(key, page) {
            // The same key's earlier page, or the least recently used one.
            inner.bytes -= self::cost(&old_key, &old);
        }
        inner.bytes += cost;
        while inner.bytes > self.budget {
            match inner.pages.pop_lru() {
                Some((key, page)) => inner.bytes -= self::cost(&key, &page),
                None => break,
            }
        }
    }

    fn usage(&self) -> (usize, usize) {
        let inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        (inner.pages.len(), inner.bytes)
    }
}

/// The organisations the licence list offers a viewer who is not an administrator to filter
/// by, kept per account until the data changes (the same generation as the pages, and the
/// organisations the viewer reaches by a role or a running grant). Every search and page of
/// the list shows the same ones, and for a contact of a thousand licences reading them took
/// longer than the page's rows. Off with the page cache.
pub struct ChoiceCache {
    on: bool,
    inner: Mutex<LruCache<ChoiceKey, Arc<[OrganisationRef]>>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct ChoiceKey {
    account: AccountId,
    generation: Generation,
    stamp: String,
}

impl ChoiceCache {
    /// Viewers whose choices are kept at once, least recently used out first: at most about
    /// 300 names each (the list offers the first 300).
    const ENTRIES: NonZeroUsize = NonZeroUsize::new(64).unwrap();

    pub fn new(on: bool) -> ChoiceCache {
        ChoiceCache {
            on,
            inner: Mutex::new(LruCache::new(Self::ENTRIES)),
        }
    }
}

impl Ctx<'_> {
    /// The organisations `read` finds for `viewer`, kept under `read_at` (from
    /// `page_generation`, read before them) and `stamp` (`store::licences::list_stamp`).
    pub fn kept_choices(
        &mut self,
        read_at: Generation,
        viewer: Viewer,
        stamp: &str,
        read: impl FnOnce(&mut Self) -> AppResult<Vec<OrganisationRef>>,
    ) -> AppResult<Arc<[OrganisationRef]>> {
        let cache = &self.app.choices;
        if !cache.on || viewer.is_admin {
            return Ok(read(self)?.into());
        }
        let key = ChoiceKey {
            account: viewer.account_id,
            generation: read_at,
            stamp: stamp.to_owned(),
        };
        let kept = cache
            .inner
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&key)
            .cloned();
        if let Some(kept) = kept {
            return Ok(kept);
        }
        let read: Arc<[OrganisationRef]> = read(self)?.into();
        let cache = &self.app.choices;
        cache
            .inner
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .put(key, read.clone());
        Ok(read)
    }

    /// The page generation, to be read before anything a kept page shows, the session and its
    /// account included: a change committed after this read makes what the request renders
    /// newer than its key, never older, and a request that reads the newer generation never
    /// gets this page.
    pub fn page_generation(&mut self) -> AppResult<Generation> {
        Ok(Generation(crate::store::page_generation(self.conn)?))
    }

    /// The page `render` makes for `session` at `page` (its canonical path, which names
    /// everything it shows besides the data, the session, the day and the language), kept until
    /// the data changes. `read_at` must come from `page_generation` before the session was read;
    /// the language is the request's once the session was read (the account's).
    pub fn cached_page(
        &mut self,
        read_at: Generation,
        session: &Session,
        page: String,
        day: jiff::civil::Date,
        render: impl FnOnce(&mut Self) -> AppResult<Response>,
    ) -> AppResult<Response> {
        let gzipped = self.req.accepts_gzip;
        let cache = self.app.pages.shelf(gzipped);
        if cache.budget == 0 || self.req.cookie(FLASH_COOKIE).is_some() {
            return render(self);
        }
        let key = Key {
            session: session.token_hash,
            page,
            generation: read_at,
            day,
            language: self.lang,
        };
        if let Some(kept) = cache.get(&key) {
            return Ok(match gzipped {
                true => Response::gzipped_html(200, kept),
                false => Response::html_bytes(200, kept.to_vec()),
            });
        }
        let mut response = render(self)?;
        // A page that must never be gzipped (it carries a secret) is not kept either.
        let cacheable = response.status == 200
            && !response.never_gzip
            && response.header_value("set-cookie").is_none()
            && response
                .header_value("content-type")
                .is_some_and(|t| t.starts_with("text/html"));
        if let (true, Body::Plain(html)) = (cacheable, &response.body) {
            if gzipped {
                let gzip: Arc<[u8]> = response::gzip(html).into();
                cache.put(key, gzip.clone());
                response.body = Body::Gzip(gzip);
            } else {
                cache.put(key, html.as_slice().into());
            }
        }
        Ok(response)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(page: &str, generation: i64) -> Key {
        Key {
            session: [7; 32],
            page: page.to_owned(),
            generation: Generation(generation),
            day: jiff::civil::date(2026, 11, 21),
            language: Language::En,
        }
    }

    #[test]
    fn holds_at_most_its_budget_dropping_the_least_recently_used() {
        let each = cost(&key("10", 1), &[0; 100]);
        let cache = Shelf::new(8 * each);
        for n in 10..30 {
            cache.put(key(&n.to_string(), 1), vec![0; 100].into());
            assert!(cache.usage().1 <= 8 * each);
            // The first page is used all along, so it stays.
            assert!(cache.get(&key("10", 1)).is_some());
        }
        assert_eq!(cache.usage(), (8, 8 * each));
        assert!(cache.get(&key("29", 1)).is_some());
        assert!(cache.get(&key("11", 1)).is_none());
        assert!(cache.get(&key("21", 1)).is_none());
        // The same key again replaces its page and counts once.
        cache.put(key("29", 1), vec![0; 100].into());
        assert_eq!(cache.usage(), (8, 8 * each));
    }

    #[test]
    fn a_newer_generation_or_another_day_session_or_language_is_a_miss() {
        let cache = Shelf::new(1 << 20);
        cache.put(key("list", 1), vec![1].into());
        assert!(cache.get(&key("list", 1)).is_some());
        assert!(cache.get(&key("list", 2)).is_none());
        let mut other_day = key("list", 1);
        other_day.day = jiff::civil::date(2026, 11, 22);
        assert!(cache.get(&other_day).is_none());
        let mut other_session = key("list", 1);
        other_session.session = [8; 32];
        assert!(cache.get(&other_session).is_none());
        let mut other_language = key("list", 1);
        other_language.language = Language::De;
        assert!(cache.get(&other_language).is_none());
    }

    #[test]
    fn a_page_larger_than_an_eighth_of_the_budget_is_not_kept() {
        let cache = Shelf::new(8 * cost(&key("big", 1), &[0; 100]));
        cache.put(key("big", 1), vec![0; 101].into());
        assert_eq!(cache.usage(), (0, 0));
        cache.put(key("big", 1), vec![0; 100].into());
        assert_eq!(cache.usage().0, 1);
    }

    #[test]
    fn plain_pages_have_a_quarter_of_the_budget_and_push_out_no_gzipped_page() {
        // Names of one length, so that every entry costs the same.
        let name = |n: i32| format!("{n:03}");
        let each = cost(&key(&name(0), 1), &[0; 100]);
        let cache = PageCache::new(64 * each);
        for n in 0..64 {
            cache.shelf(true).put(key(&name(n), 1), vec![0; 100].into());
        }
        for n in 100..300 {
            cache
                .shelf(false)
                .put(key(&name(n), 1), vec![0; 100].into());
        }
        assert_eq!(cache.gzipped.usage(), (64, 64 * each));
        assert_eq!(cache.plain.usage(), (16, 16 * each));
        assert_eq!(cache.usage(), (80, 80 * each));
        assert!((0..64).all(|n| cache.shelf(true).get(&key(&name(n), 1)).is_some()));
        // A page kept for one kind of client is never found for the other.
        assert!(cache.shelf(false).get(&key(&name(0), 1)).is_none());
        assert!(cache.shelf(true).get(&key(&name(299), 1)).is_none());
    }
}
