//! The licence portal: the licences list with its sections, a licence's page, and
//! the actions on it. Each submodule holds the handlers of one group of actions; this file has
//! the list, the details page and what they all share (finding a licence the viewer may see,
//! who is acting, the messages shown after an action).
//!
//! Every handler that takes a licence id finds the licence through `store::licences::visible`
//! before anything else, so another user's licence is a 404 on every page and action (its id
//! is not confirmed), and changes nothing.

pub mod add;
pub mod apps;
pub mod developer;
pub mod edit;
pub mod input;
pub mod keys;
pub mod lifecycle;
pub mod orders;
pub mod terms;

use jiff::tz::TimeZone;
use rusqlite::TransactionBehavior;

use crate::app::key_views::KeyView as KeyViewed;
use crate::app::organisation_access::Standing;
use crate::domain::Section;
use crate::domain::listing::{LicenceState, OrganisationFilter};
use crate::domain::organisation::LicenceAccess;
use crate::domain::{Licence, LicenceId, OrganisationId};
use crate::error::{AppError, AppResult};
use crate::i18n::Language;
use crate::inventory::pasted_key::{self, KeyProblem};
use crate::paths::{LicenceList, Route};
use crate::store::licences::{ListColumns, ListQuery, StateFilter};
use crate::store::{self, licence_edits};
use crate::views::licences::details::{DetailsView, KeyComparison, KeyView, ReadOnly};
use crate::views::licences::list::{ListView, OpenRow, Summary};
use crate::views::licences::{FormState, Today};
use crate::views::{self, Nav};

use super::context::Flash;
use super::session::Session;
use super::{Ctx, Response};

/// Licences on one page of the list.
pub const PER_PAGE: i64 = 50;

/// The most organisations the list's select offers; past that, an organisation's licences are
/// listed from its page (or a link) instead of a select nobody could scroll.
pub const ORGANISATION_CHOICES: i64 = 300;

/// The messages shown once after a licence action. The cookie carries only the name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LicenceFlash {
    Added,
    EvaluationStarted,
    OrganisationUpdated,
    NotesUpdated,
    ServerIdUpdated,
    KeyUnlocked,
    AutoRenewOn,
    AutoRenewOff,
    Renewed,
    Upgraded,
    EvaluationExtended,
    KeyAdded,
    DeveloperAdded,
    Archived,
    Restored,
    KeyRestored,
    KeyReplaced,
    Deleted,
    HostLinked,
    DeveloperLinked,
    DeveloperUnlinked,
}

impl LicenceFlash {
    const ALL: [LicenceFlash; 21] = [
        LicenceFlash::Added,
        LicenceFlash::EvaluationStarted,
        LicenceFlash::OrganisationUpdated,
        LicenceFlash::NotesUpdated,
        LicenceFlash::ServerIdUpdated,
        LicenceFlash::KeyUnlocked,
        LicenceFlash::AutoRenewOn,
        LicenceFlash::AutoRenewOff,
        LicenceFlash::Renewed,
        LicenceFlash::Upgraded,
        LicenceFlash::EvaluationExtended,
        LicenceFlash::KeyAdded,
        LicenceFlash::DeveloperAdded,
        LicenceFlash::Archived,
        LicenceFlash::Restored,
        LicenceFlash::KeyRestored,
        LicenceFlash::KeyReplaced,
        LicenceFlash::Deleted,
        LicenceFlash::HostLinked,
        LicenceFlash::DeveloperLinked,
        LicenceFlash::DeveloperUnlinked,
    ];

    pub fn name(self) -> &'static str {
        match self {
            LicenceFlash::Added => "licence-added",
            LicenceFlash::EvaluationStarted => "licence-evaluation-started",
            LicenceFlash::OrganisationUpdated => "licence-organisation",
            LicenceFlash::NotesUpdated => "licence-notes",
            LicenceFlash::ServerIdUpdated => "licence-server-id",
            LicenceFlash::KeyUnlocked => "licence-key-unlocked",
            LicenceFlash::AutoRenewOn => "licence-auto-renew-on",
            LicenceFlash::AutoRenewOff => "licence-auto-renew-off",
            LicenceFlash::Renewed => "licence-renewed",
            LicenceFlash::Upgraded => "licence-upgraded",
            LicenceFlash::EvaluationExtended => "licence-evaluation-extended",
            LicenceFlash::KeyAdded => "licence-key-added",
            LicenceFlash::DeveloperAdded => "licence-developer-added",
            LicenceFlash::Archived => "licence-archived",
            LicenceFlash::Restored => "licence-restored",
            LicenceFlash::KeyRestored => "licence-key-restored",
            LicenceFlash::KeyReplaced => "licence-key-replaced",
            LicenceFlash::Deleted => "licence-deleted",
            LicenceFlash::HostLinked => "licence-host-linked",
            LicenceFlash::DeveloperLinked => "licence-developer-linked",
            LicenceFlash::DeveloperUnlinked => "licence-developer-unlinked",
        }
    }

    pub fn parse(name: &str) -> Option<LicenceFlash> {
        LicenceFlash::ALL.into_iter().find(|f| f.name() == name)
    }

    pub fn text(self, lang: Language) -> String {
        match self {
            LicenceFlash::Added => crate::tr!(lang, "portal-flash-added"),
            LicenceFlash::EvaluationStarted => crate::tr!(lang, "portal-flash-evaluation-started"),
            LicenceFlash::OrganisationUpdated => {
                crate::tr!(lang, "portal-flash-organisation-updated")
            }
            LicenceFlash::NotesUpdated => crate::tr!(lang, "portal-flash-notes-updated"),
            LicenceFlash::ServerIdUpdated => crate::tr!(lang, "portal-flash-server-id-updated"),
            LicenceFlash::KeyUnlocked => crate::tr!(lang, "portal-flash-key-unlocked"),
            LicenceFlash::AutoRenewOn => crate::tr!(lang, "portal-flash-auto-renew-on"),
            LicenceFlash::AutoRenewOff => crate::tr!(lang, "portal-flash-auto-renew-off"),
            LicenceFlash::Renewed => crate::tr!(lang, "portal-flash-renewed"),
            LicenceFlash::Upgraded => crate::tr!(lang, "portal-flash-upgraded"),
            LicenceFlash::EvaluationExtended => {
                crate::tr!(lang, "portal-flash-evaluation-extended")
            }
            LicenceFlash::KeyAdded => crate::tr!(lang, "portal-flash-key-added"),
            LicenceFlash::DeveloperAdded => crate::tr!(lang, "portal-flash-developer-added"),
            LicenceFlash::Archived => crate::tr!(lang, "portal-flash-archived"),
            LicenceFlash::Restored => crate::tr!(lang, "portal-flash-restored"),
            LicenceFlash::KeyRestored => crate::tr!(lang, "portal-flash-key-restored"),
            LicenceFlash::KeyReplaced => crate::tr!(lang, "portal-flash-key-replaced"),
            LicenceFlash::Deleted => crate::tr!(lang, "portal-flash-deleted"),
            LicenceFlash::HostLinked => crate::tr!(lang, "apps-flash-host-linked"),
            LicenceFlash::DeveloperLinked => crate::tr!(lang, "details-flash-developer-linked"),
            LicenceFlash::DeveloperUnlinked => {
                crate::tr!(lang, "details-flash-developer-unlinked")
            }
        }
    }
}

/// Today and the zone of this server, read from the request's clock.
pub fn today(ctx: &Ctx) -> Today {
    Today::at(ctx.now, TimeZone::system())
}

/// The licence with this id if the viewer may see it; a 404 otherwise, whether it does not
/// exist or belongs to someone else.
pub fn visible_licence(ctx: &mut Ctx, session: &Session, id: LicenceId) -> AppResult<Licence> {
    store::licences::visible(ctx.conn, session.viewer(), id)?.ok_or(AppError::NotFound)
}

/// The licence with this id if the viewer may change it: a 404 as for [`visible_licence`], and
/// a 403 for a consultant, who sees the organisation's licences read-only.
pub fn managed_licence(ctx: &mut Ctx, session: &Session, id: LicenceId) -> AppResult<Licence> {
    let (licence, access) =
        store::licences::with_access(ctx.conn, session.viewer(), id)?.ok_or(AppError::NotFound)?;
    if !access.may_manage() {
        return Err(AppError::Forbidden(crate::tr!(
            ctx.lang,
            "organisation-read-only"
        )));
    }
    Ok(licence)
}

/// A signed-in POST on a licence: the session, the licence (404 unless visible, 403 unless
/// the viewer may change it), the form with its CSRF token checked. Visibility is checked
/// first, so a stranger always gets 404.
pub fn licence_post(ctx: &mut Ctx, id: LicenceId) -> AppResult<(Session, Licence, super::Form)> {
    let session = ctx.require_session()?;
    let licence = managed_licence(ctx, &session, id)?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    Ok((session, licence, form))
}

/// Starts the transaction of a change: IMMEDIATE, so it holds the write lock from its first
/// read and two requests cannot interleave their read-then-write.
pub fn write<'c>(ctx: &'c mut Ctx) -> AppResult<rusqlite::Transaction<'c>> {
    Ok(ctx
        .conn
        .transaction_with_behavior(TransactionBehavior::Immediate)?)
}

/// A redirect after a change, with its message for the next page.
pub fn done(ctx: &Ctx, target: &str, flash: LicenceFlash) -> AppResult<Response> {
    Ok(Response::see_other(target).header("Set-Cookie", ctx.flash_cookie(Flash::Licence(flash))?))
}

/// Renders a form page of the portal in the layout.
pub fn form_page(
    ctx: &Ctx,
    session: &Session,
    title: &str,
    status: u16,
    body: maud::Markup,
) -> AppResult<Response> {
    ctx.page(Some(session), title, Nav::Licences, false, status, body)
}

/// The message for a refused pasted key, shown next to the key field.
pub fn key_problem_message(lang: Language, problem: &KeyProblem) -> String {
    match problem {
        KeyProblem::Empty => crate::tr!(lang, "portal-key-empty"),
        KeyProblem::Unreadable(reason) => {
            let reason = crate::i18n::key::key_error(lang, reason);
            crate::tr!(lang, "portal-key-unreadable", reason = reason)
        }
        KeyProblem::NotGenuine => crate::tr!(lang, "portal-key-not-genuine"),
    }
}

/// Checks the form's pasted key; a refusal goes into `state` beside the key field.
pub fn pasted_key(
    lang: Language,
    form: &super::Form,
    state: &mut FormState,
    required: bool,
) -> Option<crate::atlassian::key::DecodedKey> {
    let text = form.get("key");
    if text.trim().is_empty() && !required {
        return None;
    }
    match pasted_key::check(text, form.checked("accept_not_genuine")) {
        Ok(decoded) => Some(decoded),
        Err(problem) => {
            state.error("key", key_problem_message(lang, &problem));
            None
        }
    }
}

/// The number of pages for `total` items, at least 1.
pub fn page_count(total: i64, per_page: i64) -> i64 {
    ((total + per_page - 1) / per_page).max(1)
}

pub fn list(ctx: &mut Ctx, list: LicenceList) -> AppResult<Response> {
    // Before the session: the page shows its account (name, admin or not), which a change
    // committed after this read must not leave in a page kept under the newer generation.
    let generation = ctx.page_generation()?;
    let session = ctx.require_session()?;
    let today = today(ctx);
    // Whether a primary contact has signed in lately moves with every sign-in and every
    // second, neither of which the page generation or the day follows: that cut is rendered
    // every time.
    let stamp = store::licences::list_stamp(ctx.conn, session.viewer())?;
    let kept = (generation, stamp.as_str());
    if list.state == Some(LicenceState::PrimaryInactive) {
        return render_list(ctx, &session, &list, &today, kept);
    }
    // The page's link names everything it shows besides the data; the stamp adds what the
    // viewer reaches through organisations, and the landing summary's count of consolidation
    // requests, which run out with time (no write marks that).
    let waiting = match is_landing(&list) {
        true => store::consolidations::waiting_for(ctx.conn, session.account.id, ctx.now)?,
        false => 0,
    };
    let key = format!(
        "{}\n{stamp}\n{waiting}",
        Route::Licences(list.clone()).path()
    );
    ctx.cached_page(generation, &session, key, today.date, |ctx| {
        render_list(ctx, &session, &list, &today, kept)
    })
}

/// Whether the list is the landing page, which greets its reader with a summary: the first
/// page of the main section, neither searched nor filtered.
fn is_landing(list: &LicenceList) -> bool {
    list.section == Section::Licences
        && list.search.is_empty()
        && list.organisation.is_none()
        && list.state.is_none()
        && list.page == 1
}

fn render_list(
    ctx: &mut Ctx,
    session: &Session,
    list: &LicenceList,
    today: &Today,
    (generation, stamp): (super::page_cache::Generation, &str),
) -> AppResult<Response> {
    let lang = ctx.lang;
    let mut query = ListQuery {
        section: list.section,
        organisation: list.organisation,
        state: list.state.map(|state| StateFilter {
            state,
            today: today.date,
            now: ctx.now,
        }),
        search: &list.search,
        sort: list.sort,
        group_by_organisation: list.grouped,
        page: list.page,
        per_page: PER_PAGE,
        columns: ListColumns::Listed,
    };
    let mut found = store::licences::list(ctx.conn, session.viewer(), &query)?;
    let pages = page_count(found.total, PER_PAGE);
    if query.page > pages {
        // A page past the end (the list shrank since the link was made) shows the last one.
        query.page = pages;
        found = store::licences::list(ctx.conn, session.viewer(), &query)?;
    }
    let shown = list.at_page(query.page).opened(list.open);
    let viewer = session.viewer();
    let choices = ctx.kept_choices(generation, viewer, stamp, |ctx| {
        Ok(store::licences::listed_organisations(
            ctx.conn,
            viewer,
            ORGANISATION_CHOICES + 1,
        )?)
    })?;
    let more_organisations = choices.len() as i64 > ORGANISATION_CHOICES;
    let organisations = &choices[..choices.len().min(ORGANISATION_CHOICES as usize)];
    let chosen = match list.organisation {
        Some(OrganisationFilter::Of(id)) => {
            store::licences::listed_organisation(ctx.conn, viewer, id)?
        }
        _ => None,
    };
    let reached: std::collections::HashSet<OrganisationId> = if session.account.is_admin {
        std::collections::HashSet::new()
    } else {
        store::organisations::reachable(ctx.conn, session.viewer(), ctx.now)?
            .into_iter()
            .map(|o| o.id)
            .collect()
    };
    let reaches = |id: OrganisationId| session.account.is_admin || reached.contains(&id);
    let summary = if is_landing(list) {
        let (licences, expiring) =
            store::licences::summary_counts(ctx.conn, viewer, today.date, ctx.now)?;
        let consolidations_waiting =
            store::consolidations::waiting_for(ctx.conn, session.account.id, ctx.now)?;
        Some(Summary {
            licences,
            expiring,
            consolidations_waiting,
        })
    } else {
        None
    };
    // The open row is read whole (its key's state, its contacts, what the viewer may do), and
    // only when it is on this page: any other number opens nothing.
    let opened = match shown.open {
        Some(id) if found.licences.iter().any(|l| l.id == id) => {
            store::licences::with_access(ctx.conn, viewer, id)?
        }
        _ => None,
    };
    let open_parts = match &opened {
        Some((licence, access)) => {
            let back = crate::paths::ContactsBack::List(Box::new(shown.clone()));
            let contacts = super::people::contacts::view_for(ctx, session, licence, back)?;
            Some((
                views::contacts::section(lang, &contacts),
                may_download(session, licence, *access),
                *access,
            ))
        }
        None => None,
    };
    let compatibility = match &opened {
        Some((licence, _)) => compatibility_note(ctx, licence)?,
        None => None,
    };
    let open = match (&opened, open_parts) {
        (Some((licence, _)), Some((contacts_section, downloadable, access))) => Some(OpenRow {
            licence,
            access,
            downloadable,
            contacts_section,
            compatibility,
            csrf: &session.csrf,
        }),
        _ => None,
    };
    let body = views::licences::list::list(
        lang,
        &ListView {
            list: &shown,
            pages,
            per_page: PER_PAGE,
            total: found.total,
            licences: &found.licences,
            organisations,
            more_organisations,
            chosen_organisation: chosen.as_ref(),
            reaches: &reaches,
            summary,
            open,
            today,
        },
    );
    let evaluations = match list.state {
        Some(state) => state == LicenceState::Evaluation,
        None => list.section == Section::Evaluations,
    };
    let nav = if evaluations {
        Nav::Evaluations
    } else {
        Nav::Licences
    };
    let title = views::licences::list::title(lang, list.section);
    ctx.page(Some(session), &title, nav, false, 200, body)
}

/// What the release table in use says a licence is good for: the latest release of its product
/// made before its support ends, and its tier. `None` when the table cannot tell: an
/// evaluation or a test licence (any version takes them while they last), no support expiry,
/// a product without releases in the table, or no release of it before the support ended.
fn compatibility_note(ctx: &Ctx, licence: &Licence) -> AppResult<Option<String>> {
    use crate::domain::LicenceKind;
    use crate::domain::lifecycle::ReleaseProduct;
    if licence.is_evaluation || licence.kind == LicenceKind::Test {
        return Ok(None);
    }
    let product = ReleaseProduct::of_licence_product(&licence.product);
    let (Some(expiry), Some(product)) = (licence.support_expiry, product) else {
        return Ok(None);
    };
    let releases = crate::app::lifecycle::releases(ctx.conn)?;
    // A release the table dates by its month only counts when the whole month is before the
    // support expiry: say nothing rather than guess.
    let latest = releases
        .rows
        .iter()
        .filter(|r| r.product == product && r.date.latest() <= expiry)
        .max_by(|a, b| a.version.cmp(&b.version));
    Ok(latest.map(|release| {
        crate::tr!(
            ctx.lang,
            "list-compatibility-note",
            product = licence.product.as_str(),
            version = release.version.to_string(),
            tier = views::licences::tier(ctx.lang, licence)
        )
    }))
}

pub fn details(ctx: &mut Ctx, id: LicenceId) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let licence = visible_licence(ctx, &session, id)?;
    render_details(ctx, &session, &licence, &FormState::new(), 200)
}

/// Whether the viewer may take the key away: they see keys, and the Server ID gate was passed,
/// or they are an administrator, or a consultant granted keys (who cannot pass the gate: it
/// records where the key is installed, which a read-only reader does not do).
pub fn may_download(session: &Session, licence: &Licence, access: LicenceAccess) -> bool {
    licence.licence_key.is_some()
        && access.sees_keys()
        && (session.account.is_admin || licence.key_retrieved_at.is_some() || !access.may_manage())
}

/// The details page; `form` carries a refused organisation or Server ID edit.
pub fn render_details(
    ctx: &mut Ctx,
    session: &Session,
    licence: &Licence,
    form: &FormState,
    status: u16,
) -> AppResult<Response> {
    render_details_asking(ctx, session, licence, form, status, None)
}

/// The details page, with the answer to an eligibility question when there is one.
pub fn render_details_asking(
    ctx: &mut Ctx,
    session: &Session,
    licence: &Licence,
    form: &FormState,
    status: u16,
    question: Option<&crate::paths::EligibilityQuestion>,
) -> AppResult<Response> {
    let viewer = session.viewer();
    let lang = ctx.lang;
    let access = store::licences::access_to(ctx.conn, viewer, licence)?;
    let read_only = read_only_note(ctx, session, licence, access)?;
    let contacts_view = super::people::contacts::view_for(
        ctx,
        session,
        licence,
        crate::paths::ContactsBack::Licence,
    )?;
    let contacts = views::contacts::section(lang, &contacts_view);
    let belongs_to = super::organisations::belongs_to_section(ctx, session, licence, form)?;
    let instances = store::instances::for_licence(ctx.conn, licence.id)?;
    let deletable = crate::http::installations::deletable_ids(ctx, session, &instances)?;
    let installed_at = maud::html! {
        h2 { (crate::tr!(lang, "diagnose-installed-at-heading")) }
        (views::diagnose::installed_at(lang, &instances, &deletable))
    };
    let server_id_history = store::licences::server_id_history(ctx.conn, licence.id)?;
    let replaced = store::licences::key_history(ctx.conn, licence.id)?;
    let entry_ids = licence_edits::key_history_ids(ctx.conn, licence.id)?;
    let may_restore = keys::may_restore(ctx, session, licence)?;
    let key_history: Vec<KeyComparison> = replaced
        .iter()
        .enumerate()
        .map(|(index, old)| {
            let new_key = replaced
                .get(index + 1)
                .map(|next| next.licence_key.as_str())
                .or(licence.licence_key.as_deref());
            KeyComparison {
                replaced_at: old.replaced_at,
                replaced_by: old.replaced_by.clone(),
                reason: old.reason.clone(),
                old: pasted_key::facts_of(&old.licence_key),
                new: new_key.and_then(pasted_key::facts_of),
                restore: entry_ids
                    .get(index)
                    .filter(|_| {
                        may_restore && licence.licence_key.as_ref() != Some(&old.licence_key)
                    })
                    .map(|entry| Route::LicenceRestoreKey(licence.id, *entry).path()),
            }
        })
        .collect();
    let orders = store::orders::visible(ctx.conn, viewer, Some(licence.id), None, 1, 20)?.orders;
    let production = match licence.production_licence_id {
        Some(id) => store::licences::visible(ctx.conn, viewer, id)?,
        None => None,
    };
    let mut developer_count = 0;
    for developer in licence_edits::developer_licences(ctx.conn, licence.id)? {
        if store::licences::visible(ctx.conn, viewer, developer.id)?.is_some() {
            developer_count += 1;
        }
    }
    let key_facts = licence
        .licence_key
        .as_deref()
        .and_then(pasted_key::facts_of);
    let key = match licence.licence_key.as_deref() {
        None => KeyView::None,
        Some(_) if !access.sees_keys() => KeyView::Withheld,
        // A consultant granted keys reads them without the gate, which records where a key is
        // installed: something a read-only consultant does not do.
        Some(key) if licence.key_retrieved_at.is_some() || !access.may_manage() => {
            KeyView::Shown(key)
        }
        Some(key) => KeyView::Hidden {
            start: key.get(..12).unwrap_or(""),
        },
    };
    // A page that shows a key never goes out gzipped: the key sits beside text its contacts
    // chose (organisation, names), which a compression side channel could measure.
    let shows_key = matches!(key, KeyView::Shown(_));
    if shows_key && !access.may_manage() {
        let actor = ctx.actor(session);
        crate::app::key_views::keys_viewed(
            ctx.conn,
            &actor,
            &[licence.id],
            KeyViewed::Page,
            ctx.now,
        )?;
    }
    let today = today(ctx);
    // The key was decoded for its facts above: the lifecycle reads its products from them.
    let key_products: Option<Vec<&str>> = key_facts
        .as_ref()
        .map(|facts| facts.products.iter().map(String::as_str).collect());
    let (lifecycle, asked_status) =
        lifecycle::section(ctx, licence, key_products.as_deref(), question, today.date)?;
    let status = asked_status.unwrap_or(status);
    let mut apps = crate::inventory::apps::of_licence(ctx.conn, licence, viewer)?;
    if read_only.is_some()
        && let Some(app) = apps.app.as_mut()
    {
        // A consultant links no host: the form is left out with its choices.
        app.choices.clear();
    }
    let apps = views::licences::apps::section(lang, licence, &apps, &today, &session.csrf);
    let body = views::licences::details::details(
        lang,
        &DetailsView {
            licence,
            today: &today,
            key,
            key_facts: key_facts.as_ref(),
            belongs_to,
            contacts,
            installed_at,
            lifecycle,
            apps,
            server_id_history: &server_id_history,
            key_history: &key_history,
            orders: &orders,
            production: production.as_ref(),
            developer_count,
            can_download: may_download(session, licence, access),
            can_delete: session.account.is_admin,
            csrf: &session.csrf,
            form,
            read_only: read_only.as_ref(),
        },
    );
    let nav = if licence.is_evaluation {
        Nav::Evaluations
    } else {
        Nav::Licences
    };
    let page = ctx.page(Some(session), &licence.name, nav, false, status, body)?;
    Ok(if shows_key {
        page.never_gzipped()
    } else {
        page
    })
}

/// The note of a consultant's read-only view: until when, and granted by whom. `None` for
/// everyone who may change the licence.
fn read_only_note(
    ctx: &mut Ctx,
    session: &Session,
    licence: &Licence,
    access: LicenceAccess,
) -> AppResult<Option<ReadOnly>> {
    if access.may_manage() {
        return Ok(None);
    }
    let standing = match &licence.belongs_to {
        Some(organisation) => crate::app::organisation_access::standing(
            ctx.conn,
            session.viewer(),
            organisation.id,
            ctx.now,
        )?,
        None => None,
    };
    Ok(Some(match standing {
        Some((
            _,
            Standing::Consultant {
                ends_at,
                granted_by,
                ..
            },
        )) => ReadOnly {
            until: crate::app::organisation_access::last_day(ends_at, &TimeZone::system()),
            granted_by,
        },
        _ => ReadOnly {
            until: None,
            granted_by: String::new(),
        },
    }))
}

/// The page of a licence, as a link.
pub fn licence_path(id: LicenceId) -> String {
    Route::Licence(id).path()
}
