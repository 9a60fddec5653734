//! Applying an import's plan on someone's behalf: the Import page's confirmation and the API's
//! import call this, so both follow the same rules for who may change what.

use rusqlite::Connection;

use crate::domain::{Account, Actor, Viewer};
use crate::inventory::import::{self, Applied, Plan, Warning};

/// Carries out `plan` for `account` inside the caller's transaction. An administrator sees
/// every licence already; anyone else becomes a technical contact of what they import, or they
/// could not see it afterwards. `replace_genuine` (an administrator's choice only) lets keys
/// that do not verify replace genuine ones. `warning_words` words an update's warnings for its
/// audit entry (the caller's catalogue). What was applied is told to the webhooks that want it,
/// in the same transaction.
pub fn apply_for(
    conn: &Connection,
    actor: &Actor,
    account: &Account,
    plan: &Plan,
    replace_genuine: bool,
    warning_words: fn(&Warning) -> String,
    now: i64,
) -> rusqlite::Result<Applied> {
    let is_admin = account.is_admin;
    let applied = import::apply(
        conn,
        plan,
        &import::ApplyContext {
            actor,
            contact: (!is_admin).then_some(account.id),
            viewer: Some(Viewer::of(account)),
            replace_genuine: is_admin && replace_genuine,
            warning_words,
            now,
        },
        &|_| {},
    )?;
    crate::mail::webhooks::raise_import_applied(conn, &applied, now)?;
    Ok(applied)
}
