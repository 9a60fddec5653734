//! `licensedesk organisation list|merge`: the organisations from the command line, through the
//! same use case as the merge page. A merge that cannot be done changes nothing and ends with
//! exit status 2.

use std::process::ExitCode;

use crate::app::organisations as use_case;
use crate::cli::{OrganisationListArgs, OrganisationMergeArgs};
use crate::domain::{Actor, OrganisationId};
use crate::i18n::Language;
use crate::store::organisations;
use crate::tr;

const REFUSED: u8 = 2;

pub fn list(args: &OrganisationListArgs) -> anyhow::Result<ExitCode> {
    let conn = super::open_data_dir(&args.data.data_dir)?;
    let counts = organisations::licence_counts(&conn)?;
    for organisation in organisations::all(&conn)? {
        let licences = counts.get(&organisation.id).copied().unwrap_or(0);
        println!("{}\t{licences}\t{}", organisation.id, organisation.name);
    }
    Ok(ExitCode::SUCCESS)
}

pub fn merge(args: &OrganisationMergeArgs) -> anyhow::Result<ExitCode> {
    let lang = Language::from_environment();
    let mut conn = super::open_data_dir(&args.data.data_dir)?;
    let (from, into) = (OrganisationId(args.from), OrganisationId(args.into));
    let names = |conn: &rusqlite::Connection| -> anyhow::Result<_> {
        Ok((
            organisations::by_id(conn, from)?.map(|o| o.name),
            organisations::by_id(conn, into)?.map(|o| o.name),
        ))
    };
    let (Some(from_name), Some(into_name)) = names(&conn)? else {
        eprintln!("licensedesk: {}", tr!(lang, "org-cli-unknown"));
        return Ok(ExitCode::from(REFUSED));
    };
    if from == into {
        eprintln!("licensedesk: {}", tr!(lang, "org-merge-into-itself"));
        return Ok(ExitCode::from(REFUSED));
    }
    let moved = use_case::merge(
        &mut conn,
        &Actor::CommandLine,
        from,
        into,
        crate::store::unix_now(),
    )
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    let Some(moved) = moved else {
        eprintln!("licensedesk: {}", tr!(lang, "org-cli-unknown"));
        return Ok(ExitCode::from(REFUSED));
    };
    println!(
        "{}",
        tr!(
            lang,
            "org-cli-merged",
            from = from_name,
            into = into_name,
            count = moved
        )
    );
    Ok(ExitCode::SUCCESS)
}
