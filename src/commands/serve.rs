//! `licensedesk serve`: open the database, print where the portal is (and the first-run link
//! while there is no account), serve until Ctrl-C or SIGTERM, then stop cleanly.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::Context;

use crate::auth::Token;
use crate::cli::ServeArgs;
use crate::config::Config;
use crate::http::{App, server};
use crate::paths::Route;
use crate::store::{self, links::LinkPurpose};
use crate::tr;

/// The first-run link stays valid this long (a new one is printed at every start).
const SETUP_LINK_SECONDS: i64 = 7 * 24 * 3600;

pub fn run(args: &ServeArgs) -> anyhow::Result<ExitCode> {
    let config = args.config();
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
        // A second signal while shutting down ends the process at once.
        signal_hook::flag::register_conditional_shutdown(signal, 1, stop.clone())?;
        signal_hook::flag::register(signal, stop.clone())?;
    }
    // One descriptor a connection: take all the system allows this process.
    let open_files = server::raise_open_file_limit();
    let lang = crate::i18n::Language::from_environment();
    let started = start(config)?;
    // Scripts read the address from this line, so it reads the same in every language.
    println!("licensedesk listening on http://{}", started.server.addr);
    if let Some(link) = &started.setup_link {
        println!("{}", tr!(lang, "serve-first-run", link = link.as_str()));
        println!("{}", tr!(lang, "serve-first-run-once"));
    }
    match started.app.config.mail.smtp_server_label() {
        Some(server) => println!("{}", tr!(lang, "serve-mail-through", server = server)),
        None => println!("{}", tr!(lang, "serve-mail-outbox")),
    }
    let connections = started.server.capacity;
    match open_files {
        Some(limit) => println!(
            "{}",
            tr!(
                lang,
                "serve-connections-limit",
                connections = connections,
                limit = limit
            )
        ),
        None => println!(
            "{}",
            tr!(lang, "serve-connections", connections = connections)
        ),
    }
    while !stop.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(100));
    }
    eprintln!("{}", tr!(lang, "serve-stopping"));
    started.server.shutdown();
    Ok(ExitCode::SUCCESS)
}

pub struct Started {
    pub server: server::RunningServer,
    pub app: Arc<App>,
    /// Printed while no account exists.
    pub setup_link: Option<String>,
    /// Mail delivery and reminders; stopped (and waited for) when dropped.
    pub background: crate::mail::background::Background,
}

impl Started {
    pub fn addr(&self) -> SocketAddr {
        self.server.addr
    }
}

/// Opens (creating) the data directory and database, starts the server, and makes the setup
/// link when there is no account yet. Tests call this in-process.
pub fn start(config: Config) -> anyhow::Result<Started> {
    // The catalogues are read before the first connection: a debug build reads them from disk,
    // which a process out of file descriptors (a flood of connections) could not do.
    crate::i18n::Language::default().loader();
    let conn = super::open_data_dir(&config.data_dir)?;
    // Uploads a crashed run was reading may hold database passwords: gone before any request.
    crate::http::uploads::empty_at_start(&config.data_dir).with_context(|| {
        let lang = crate::i18n::Language::from_environment();
        let path = crate::http::uploads::folder(&config.data_dir);
        tr!(
            lang,
            "serve-cannot-empty-uploads",
            path = path.display().to_string()
        )
    })?;
    let tcp = server::bind(&config.listen)?;
    let base_url = config.resolved_base_url(tcp.local_addr()?);
    // Kept for `reminders run` from cron, whose mails then link to where users reach the portal.
    store::portal_address::store(&conn, &base_url, store::unix_now())?;
    // Contacts and mail: checked and started before the first request can queue a mail.
    let background = crate::mail::background::Background::start(
        &config.mail,
        &config.database_path(),
        &base_url,
        crate::app::lifecycle::cutoffs,
    )?;
    let app = Arc::new(App::new(config.clone(), base_url));
    let server = server::start(app.clone(), tcp, config.database_path())?;
    let setup_link = if store::accounts::count(&conn)? == 0 {
        let token = Token::generate();
        let now = store::unix_now();
        store::links::revoke_all(&conn, LinkPurpose::Setup, now)?;
        store::links::insert(
            &conn,
            &token.hash(),
            LinkPurpose::Setup,
            None,
            now,
            now + SETUP_LINK_SECONDS,
        )?;
        Some(Route::Setup(token.as_str().to_owned()).url(&app.base_url))
    } else {
        None
    };
    Ok(Started {
        server,
        app,
        setup_link,
        background,
    })
}
