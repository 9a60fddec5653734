//! A connection's socket with the clocks hyper does not keep: how long a client may stay idle
//! between requests, how long it may take to send a request head (from its first byte), and how
//! long a write may wait on a client that does not read. It also refuses a bare LF in a request
//! head, which a proxy in front could read differently from hyper.

use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};
use std::task::{Context, Poll, ready};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::time::{Instant, Sleep};

/// The clocks of one connection.
#[derive(Debug, Clone, Copy)]
pub struct Clocks {
    pub header: Duration,
    pub keep_alive: Duration,
    pub write: Duration,
}

/// What the connection is doing, as far as reading is concerned. The service sets `InService`
/// while it has a request (its body is read under the body deadline there, and a long handler
/// must not be cut off) and `Finished` when it has answered.
pub struct ConnState {
    phase: AtomicU8,
    /// The framing headers of the last head read whole (`CONTENT_LENGTH`, `TRANSFER_ENCODING`).
    framing: AtomicU8,
}

const WAITING: u8 = 0;
const IN_SERVICE: u8 = 1;
const FINISHED: u8 = 2;

impl ConnState {
    pub fn new() -> Arc<ConnState> {
        Arc::new(ConnState {
            phase: AtomicU8::new(WAITING),
            framing: AtomicU8::new(0),
        })
    }

    /// The service has the request; returns the framing headers its head named. A head read
    /// ahead while the previous request was served was not scanned and reads as none (hyper
    /// closes the connection after a request with both, whatever is answered).
    pub fn service_started(&self) -> u8 {
        self.phase.store(IN_SERVICE, Ordering::Release);
        self.framing.swap(0, Ordering::AcqRel)
    }

    pub fn service_finished(&self) {
        self.phase.store(FINISHED, Ordering::Release);
    }
}

/// Where the reader is between two requests.
enum Reading {
    /// No byte of the next request yet: idle until the deadline.
    Idle { deadline: Instant },
    /// Inside a request that started at some point: its head must be read and handed to the
    /// service by the deadline. The scan stops at the head's empty line (a body may hold LFs).
    Head {
        deadline: Instant,
        scan: Option<HeadScan>,
    },
}

/// The framing headers a head carried, as bits.
pub const CONTENT_LENGTH: u8 = 1;
pub const TRANSFER_ENCODING: u8 = 2;
pub const SECOND_CONTENT_LENGTH: u8 = 4;

/// Follows a request head byte by byte to its empty line, refusing a line ended by LF alone
/// and noting which framing headers it names.
#[derive(Default)]
struct HeadScan {
    previous: u8,
    line_length: usize,
    /// The start of the current line, in lower case: long enough for a framing header's name.
    line_start: [u8; 18],
    framing: u8,
}

impl HeadScan {
    /// Reads more bytes of the head; `Ok(true)` once the empty line that ends it was seen.
    fn feed(&mut self, bytes: &[u8]) -> io::Result<bool> {
        for &byte in bytes {
            match byte {
                b'\n' if self.previous != b'\r' => {
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidData,
                        "a bare LF in the request head",
                    ));
                }
                b'\n' => {
                    if self.line_length == 0 {
                        return Ok(true);
                    }
                    self.end_line();
                }
                b'\r' => {}
                _ => {
                    if let Some(slot) = self.line_start.get_mut(self.line_length) {
                        *slot = byte.to_ascii_lowercase();
                    }
                    self.line_length += 1;
                }
            }
            self.previous = byte;
        }
        Ok(false)
    }

    fn end_line(&mut self) {
        let start = &self.line_start[..self.line_length.min(self.line_start.len())];
        if start.starts_with(b"content-length:") {
            if self.framing & CONTENT_LENGTH != 0 {
                self.framing |= SECOND_CONTENT_LENGTH;
            }
            self.framing |= CONTENT_LENGTH;
        }
        if start.starts_with(b"transfer-encoding:") {
            self.framing |= TRANSFER_ENCODING;
        }
        self.line_length = 0;
    }
}

/// Bytes read in one go before the connection's task yields. A client that streams bytes which
/// decode to nothing (a chunk-size line of endless zeros) would otherwise keep hyper reading
/// for seconds without letting the request's own deadline be looked at.
const READ_BEFORE_YIELD: usize = 256 * 1024;

pub struct GuardedIo {
    inner: TcpStream,
    /// Bytes read since the task last waited or yielded.
    read_since_yield: usize,
    state: Arc<ConnState>,
    clocks: Clocks,
    reading: Reading,
    read_timer: Option<Pin<Box<Sleep>>>,
    /// When a write started waiting on the client.
    write_timer: Option<Pin<Box<Sleep>>>,
}

impl GuardedIo {
    /// A new connection must start its first request within the header timeout: a client that
    /// connects and says nothing is not given the longer keep-alive time.
    pub fn new(inner: TcpStream, state: Arc<ConnState>, clocks: Clocks) -> GuardedIo {
        GuardedIo {
            inner,
            read_since_yield: 0,
            state,
            clocks,
            reading: Reading::Idle {
                deadline: Instant::now() + clocks.header,
            },
            read_timer: None,
            write_timer: None,
        }
    }

    fn deadline(&self) -> Instant {
        match &self.reading {
            Reading::Idle { deadline } | Reading::Head { deadline, .. } => *deadline,
        }
    }
}

/// Polls a timer armed for `deadline`, arming or moving it first.
fn expired(timer: &mut Option<Pin<Box<Sleep>>>, deadline: Instant, cx: &mut Context<'_>) -> bool {
    match timer {
        Some(sleep) => {
            if sleep.deadline() != deadline {
                sleep.as_mut().reset(deadline);
            }
        }
        None => *timer = Some(Box::pin(tokio::time::sleep_until(deadline))),
    }
    timer
        .as_mut()
        .is_some_and(|sleep| sleep.as_mut().poll(cx).is_ready())
}

fn timed_out(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::TimedOut, what.to_owned())
}

impl AsyncRead for GuardedIo {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        if this.read_since_yield >= READ_BEFORE_YIELD {
            this.read_since_yield = 0;
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        let before = buf.filled().len();
        let read = this.poll_read_guarded(cx, buf);
        match read {
            Poll::Ready(Ok(())) => this.read_since_yield += buf.filled().len() - before,
            Poll::Pending => this.read_since_yield = 0,
            Poll::Ready(Err(_)) => {}
        }
        read
    }
}

impl GuardedIo {
    fn poll_read_guarded(
        &mut self,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self;
        match this.state.phase.load(Ordering::Acquire) {
            IN_SERVICE => return Pin::new(&mut this.inner).poll_read(cx, buf),
            FINISHED => {
                this.state.phase.store(WAITING, Ordering::Release);
                this.reading = Reading::Idle {
                    deadline: Instant::now() + this.clocks.keep_alive,
                };
            }
            _ => {}
        }
        let before = buf.filled().len();
        match Pin::new(&mut this.inner).poll_read(cx, buf) {
            Poll::Ready(Ok(())) => {
                let new = &buf.filled()[before..];
                if new.is_empty() {
                    return Poll::Ready(Ok(()));
                }
                if let Reading::Idle { .. } = this.reading {
                    this.reading = Reading::Head {
                        deadline: Instant::now() + this.clocks.header,
                        scan: Some(HeadScan::default()),
                    };
                }
                if let Reading::Head { scan, .. } = &mut this.reading
                    && let Some(head) = scan
                    && head.feed(new)?
                {
                    this.state.framing.store(head.framing, Ordering::Release);
                    *scan = None;
                }
                Poll::Ready(Ok(()))
            }
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
            Poll::Pending => {
                let deadline = this.deadline();
                if !expired(&mut this.read_timer, deadline, cx) {
                    return Poll::Pending;
                }
                Poll::Ready(Err(timed_out(match this.reading {
                    Reading::Head { .. } => "the request head took too long",
                    Reading::Idle { .. } => "the connection was idle too long",
                })))
            }
        }
    }
}

impl GuardedIo {
    /// Runs a write-side poll; a client that accepts nothing for the write timeout is dropped.
    fn guard_write<T>(
        &mut self,
        cx: &mut Context<'_>,
        poll: impl FnOnce(Pin<&mut TcpStream>, &mut Context<'_>) -> Poll<io::Result<T>>,
    ) -> Poll<io::Result<T>> {
        match poll(Pin::new(&mut self.inner), cx) {
            Poll::Ready(result) => {
                self.write_timer = None;
                Poll::Ready(result)
            }
            Poll::Pending => {
                if self.write_timer.is_none() {
                    let deadline = Instant::now() + self.clocks.write;
                    self.write_timer = Some(Box::pin(tokio::time::sleep_until(deadline)));
                }
                if let Some(sleep) = self.write_timer.as_mut() {
                    ready!(sleep.as_mut().poll(cx));
                }
                Poll::Ready(Err(timed_out("the client did not read the response")))
            }
        }
    }
}

impl AsyncWrite for GuardedIo {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        self.get_mut()
            .guard_write(cx, |io, cx| io.poll_write(cx, buf))
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        self.get_mut()
            .guard_write(cx, |io, cx| io.poll_write_vectored(cx, bufs))
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.get_mut().guard_write(cx, |io, cx| io.poll_flush(cx))
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.get_mut()
            .guard_write(cx, |io, cx| io.poll_shutdown(cx))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_head_ends_at_its_empty_line_across_reads() {
        let mut scan = HeadScan::default();
        assert!(!scan.feed(b"GET / HTTP/1.1\r\nHost: x\r").unwrap());
        assert!(scan.feed(b"\n\r\nbody with a bare \n").unwrap());
    }

    #[test]
    fn the_framing_headers_of_a_head_are_noted_in_any_case() {
        let mut scan = HeadScan::default();
        let head = b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\ncontent-LENGTH: 4\r\n\r\n";
        assert!(scan.feed(head).unwrap());
        assert_eq!(scan.framing, CONTENT_LENGTH | TRANSFER_ENCODING);
        let mut twice = HeadScan::default();
        let head = b"POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\n";
        assert!(twice.feed(head).unwrap());
        assert_eq!(twice.framing, CONTENT_LENGTH | SECOND_CONTENT_LENGTH);
        let mut plain = HeadScan::default();
        assert!(
            plain
                .feed(b"GET / HTTP/1.1\r\nX-Content-Length: 4\r\n\r\n")
                .unwrap()
        );
        assert_eq!(plain.framing, 0);
    }

    #[test]
    fn a_bare_lf_in_a_head_is_refused() {
        for head in [
            &b"GET / HTTP/1.1\r\nX-A: one\ntwo\r\n\r\n"[..],
            b"GET / HTTP/1.1\nHost: x\r\n\r\n",
            b"GET / HTTP/1.1\r\nHost: x\r\n\n",
        ] {
            let mut scan = HeadScan::default();
            assert!(
                scan.feed(head).is_err(),
                "{}",
                String::from_utf8_lossy(head)
            );
        }
    }
}
