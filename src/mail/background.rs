//! The background threads of `serve`: SMTP delivery (when configured), webhook delivery
//! (always: webhooks need no server of ours) and the periodic reminders. Each has its own database connection; both stop when asked, finishing the mail
//! in progress, and `Drop` asks and waits, so a stopped server leaves no thread behind.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use anyhow::Context;

use super::delivery::Deliverer;
use super::{MailConfig, Sender, eml, reminders, webhook_delivery};
use crate::store;

pub struct Background {
    stop: Arc<AtomicBool>,
    threads: Vec<JoinHandle<()>>,
    /// How many reminder runs have finished, failed ones included: what waits on the thread
    /// (a test, an operator's status line) can see that it has really run.
    reminder_runs: Arc<AtomicU64>,
}

impl Background {
    /// Checks the mail settings and starts the threads they call for.
    pub fn start(
        config: &MailConfig,
        database: &Path,
        base_url: &str,
        cutoffs: reminders::CutoffsLoader,
    ) -> anyhow::Result<Background> {
        eml::check_from(&config.from).context("the --mail-from address is not usable")?;
        let deliverer = Deliverer::new(config)?;
        let stop = Arc::new(AtomicBool::new(false));
        let mut threads = Vec::new();
        if let Some(deliverer) = deliverer {
            let conn = store::open(database)?;
            let (stop, poll) = (stop.clone(), config.poll);
            threads.push(
                std::thread::Builder::new()
                    .name("mail-delivery".into())
                    .spawn(move || deliver(&deliverer, &conn, &stop, poll))?,
            );
        }
        {
            let deliverer = webhook_delivery::Deliverer::new(config.webhook_retry_base_seconds);
            let conn = store::open(database)?;
            let (stop, poll) = (stop.clone(), config.poll);
            threads.push(
                std::thread::Builder::new()
                    .name("webhook-delivery".into())
                    .spawn(move || deliver_webhooks(&deliverer, &conn, &stop, poll))?,
            );
        }
        let reminder_runs = Arc::new(AtomicU64::new(0));
        if let Some(every) = config.reminders_every {
            let mut conn = store::open(database)?;
            let (stop, runs) = (stop.clone(), reminder_runs.clone());
            let (from, base_url) = (config.from.clone(), base_url.to_owned());
            threads.push(std::thread::Builder::new().name("reminders".into()).spawn(
                move || {
                    remind(
                        &mut conn,
                        Sender {
                            from: &from,
                            base_url: &base_url,
                        },
                        cutoffs,
                        &stop,
                        &runs,
                        every,
                    )
                },
            )?);
        }
        Ok(Background {
            stop,
            threads,
            reminder_runs,
        })
    }

    /// The reminder runs finished since the start.
    pub fn reminder_runs(&self) -> u64 {
        self.reminder_runs.load(Ordering::SeqCst)
    }

    /// Stops the threads and waits for them.
    pub fn stop(mut self) {
        self.stop_and_join();
    }

    fn stop_and_join(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        for thread in self.threads.drain(..) {
            let _ = thread.join();
        }
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        self.stop_and_join();
    }
}

/// Sleeps until `duration` has passed or a stop is asked; returns whether to go on.
fn pause(stop: &AtomicBool, duration: Duration) -> bool {
    let until = Instant::now() + duration;
    while Instant::now() < until {
        if stop.load(Ordering::SeqCst) {
            return false;
        }
        std::thread::sleep(Duration::from_millis(50).min(duration));
    }
    !stop.load(Ordering::SeqCst)
}

fn deliver(deliverer: &Deliverer, conn: &rusqlite::Connection, stop: &AtomicBool, poll: Duration) {
    loop {
        if let Err(e) = deliverer.deliver_due(conn, store::unix_now, || stop.load(Ordering::SeqCst))
        {
            eprintln!("licensedesk: mail delivery: {e}");
        }
        if !pause(stop, poll) {
            return;
        }
    }
}

fn deliver_webhooks(
    deliverer: &webhook_delivery::Deliverer,
    conn: &rusqlite::Connection,
    stop: &AtomicBool,
    poll: Duration,
) {
    loop {
        if let Err(e) = deliverer.deliver_due(conn, store::unix_now, || stop.load(Ordering::SeqCst))
        {
            eprintln!("licensedesk: webhook delivery: {e}");
        }
        if !pause(stop, poll) {
            return;
        }
    }
}

/// Gives back what a reminders run held: it reads every licence, which at 100,000 licences
/// filled this connection's page cache and left the allocator holding about 6 MiB it had
/// freed, for an hour of sleep (an idle server's RSS: 22.8 MiB before its first request,
/// 15.7 MiB after this).
fn give_memory_back(conn: &rusqlite::Connection) {
    if let Err(e) = conn.release_memory() {
        eprintln!("licensedesk: reminders: cannot release the database's memory: {e}");
    }
    // SAFETY: malloc_trim returns pages no allocation uses, in every glibc arena, to the
    // system; it takes no pointers, touches no allocation in use and is thread-safe.
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    unsafe {
        libc::malloc_trim(0);
    }
}

fn remind(
    conn: &mut rusqlite::Connection,
    sender: Sender<'_>,
    cutoffs: reminders::CutoffsLoader,
    stop: &AtomicBool,
    runs: &AtomicU64,
    every: Duration,
) {
    loop {
        let today = jiff::Zoned::now().date();
        match cutoffs(conn) {
            Ok(cutoffs) => {
                if let Err(e) = reminders::run_all(conn, sender, &cutoffs, today, store::unix_now())
                {
                    eprintln!("licensedesk: reminders: {e}");
                }
            }
            Err(e) => eprintln!("licensedesk: reminders: the cut-off table: {e}"),
        }
        give_memory_back(conn);
        runs.fetch_add(1, Ordering::SeqCst);
        if !pause(stop, every) {
            return;
        }
    }
}
