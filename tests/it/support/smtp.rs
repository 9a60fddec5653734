//! A small SMTP server for the tests: it listens on 127.0.0.1:0, speaks enough SMTP for a real
//! client (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), keeps what it receives, and can be told to
//! answer the next recipients with an error, to test retries and the kept error.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
pub struct Received {
    pub mail_from: String,
    pub rcpt_to: Vec<String>,
    /// The message as sent, dot-unstuffed, with CRLF line ends.
    pub data: String,
}

#[derive(Default)]
struct State {
    received: Vec<Received>,
    /// Replies for the next RCPT commands, instead of "250".
    rcpt_replies: VecDeque<String>,
    /// A reply for every RCPT command from now on (after the queued ones), if set.
    always: Option<String>,
    rcpt_commands: usize,
}

pub struct SmtpSink {
    pub addr: SocketAddr,
    state: Arc<Mutex<State>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl SmtpSink {
    pub fn start() -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let addr = listener.local_addr().unwrap();
        let state = Arc::new(Mutex::new(State::default()));
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (state, stop) = (state.clone(), stop.clone());
            std::thread::spawn(move || {
                while !stop.load(Ordering::SeqCst) {
                    match listener.accept() {
                        Ok((stream, _)) => {
                            // One conversation at a time, like a small relay.
                            let _ = converse(stream, &state);
                        }
                        Err(_) => std::thread::sleep(Duration::from_millis(10)),
                    }
                }
            })
        };
        SmtpSink {
            addr,
            state,
            stop,
            thread: Some(thread),
        }
    }

    /// The `--smtp-url` that reaches this sink.
    pub fn url(&self) -> String {
        format!("smtp://{}", self.addr)
    }

    /// Answers the next `n` recipients with `reply` (e.g. "451 4.3.0 try again later").
    pub fn fail_next(&self, n: usize, reply: &str) {
        let mut state = self.state.lock().unwrap();
        for _ in 0..n {
            state.rcpt_replies.push_back(reply.to_owned());
        }
    }

    /// Answers every recipient with `reply` until `accept_all`.
    pub fn fail_always(&self, reply: &str) {
        self.state.lock().unwrap().always = Some(reply.to_owned());
    }

    pub fn accept_all(&self) {
        let mut state = self.state.lock().unwrap();
        state.always = None;
        state.rcpt_replies.clear();
    }

    pub fn received(&self) -> Vec<Received> {
        self.state.lock().unwrap().received.clone()
    }

    pub fn rcpt_commands(&self) -> usize {
        self.state.lock().unwrap().rcpt_commands
    }

    /// Waits until at least `count` messages arrived, and returns them.
    pub fn wait_for(&self, count: usize) -> Vec<Received> {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let received = self.received();
            if received.len() >= count {
                return received;
            }
            assert!(
                Instant::now() < deadline,
                "the sink received {} of {count} messages",
                received.len()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn converse(stream: TcpStream, state: &Mutex<State>) -> std::io::Result<()> {
    stream.set_nonblocking(false)?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut out = stream.try_clone()?;
    let mut reader = BufReader::new(stream);
    let mut reply = |text: &str| out.write_all(format!("{text}\r\n").as_bytes());
    reply("220 sink.test ESMTP ready")?;
    let (mut from, mut to) = (String::new(), Vec::new());
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 {
            return Ok(());
        }
        let command = line.trim_end().to_owned();
        let upper = command.to_ascii_uppercase();
        if upper.starts_with("EHLO") {
            reply("250-sink.test\r\n250-8BITMIME\r\n250 SIZE 10485760")?;
        } else if upper.starts_with("HELO") || upper == "NOOP" {
            reply("250 ok")?;
        } else if upper == "RSET" {
            (from, to) = (String::new(), Vec::new());
            reply("250 ok")?;
        } else if upper.starts_with("MAIL FROM:") {
            from = command[10..].trim().to_owned();
            reply("250 ok")?;
        } else if upper.starts_with("RCPT TO:") {
            let answer = {
                let mut state = state.lock().unwrap();
                state.rcpt_commands += 1;
                state
                    .rcpt_replies
                    .pop_front()
                    .or_else(|| state.always.clone())
            };
            match answer {
                Some(error) => reply(&error)?,
                None => {
                    to.push(command[8..].trim().to_owned());
                    reply("250 ok")?;
                }
            }
        } else if upper == "DATA" {
            if to.is_empty() {
                reply("554 no valid recipients")?;
                continue;
            }
            reply("354 end with <CRLF>.<CRLF>")?;
            let mut data = String::new();
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line)? == 0 {
                    return Ok(());
                }
                if line == ".\r\n" || line == ".\n" {
                    break;
                }
                let unstuffed = line.strip_prefix('.').unwrap_or(&line);
                data.push_str(unstuffed);
            }
            state.lock().unwrap().received.push(Received {
                mail_from: std::mem::take(&mut from),
                rcpt_to: std::mem::take(&mut to),
                data,
            });
            reply("250 2.0.0 queued")?;
        } else if upper == "QUIT" {
            reply("221 bye")?;
            return Ok(());
        } else {
            reply("502 command not implemented")?;
        }
    }
}
