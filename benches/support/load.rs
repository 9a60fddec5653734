//! A small HTTP/1.1 load generator over std `TcpStream`, for the benchmarks: N keep-alive
//! connections, each sending one request after another for a fixed time, and the throughput
//! and latency percentiles of what came back. Also one-off requests (for signing in).
//!
//! Use it from a bench with `#[path = "support/load.rs"] mod load;`.

#![allow(dead_code)] // Each bench uses a different part of this toolbox.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// One response: status, headers (names in lower case), body.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn headers_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.headers
            .iter()
            .filter(move |(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Writes one request. `extra` headers are complete `Name: value` lines without CRLF.
fn write_request(
    stream: &mut TcpStream,
    method: &str,
    path: &str,
    extra: &[String],
    body: &[u8],
) -> std::io::Result<()> {
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: bench\r\n");
    for line in extra {
        head.push_str(line);
        head.push_str("\r\n");
    }
    if !body.is_empty() || method == "POST" {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    let mut request = head.into_bytes();
    request.extend_from_slice(body);
    stream.write_all(&request)
}

/// Reads one response with a `Content-Length` or chunked body.
fn read_response(reader: &mut BufReader<TcpStream>) -> std::io::Result<Response> {
    let mut line = String::new();
    if reader.read_line(&mut line)? == 0 {
        return Err(std::io::ErrorKind::UnexpectedEof.into());
    }
    let status = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("bad status line {line:?}")))?;
    let mut headers = Vec::new();
    loop {
        line.clear();
        reader.read_line(&mut line)?;
        let trimmed = line.trim_end();
        if trimmed.is_empty() {
            break;
        }
        if let Some((name, value)) = trimmed.split_once(':') {
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
        }
    }
    let mut response = Response {
        status,
        headers,
        body: Vec::new(),
    };
    if let Some(length) = response.header("content-length") {
        let length: usize = length
            .parse()
            .map_err(|_| std::io::Error::other("bad content-length"))?;
        response.body.resize(length, 0);
        reader.read_exact(&mut response.body)?;
    } else if response
        .header("transfer-encoding")
        .is_some_and(|v| v.eq_ignore_ascii_case("chunked"))
    {
        loop {
            line.clear();
            reader.read_line(&mut line)?;
            let size = usize::from_str_radix(line.trim(), 16)
                .map_err(|_| std::io::Error::other("bad chunk size"))?;
            let mut chunk = vec![0; size + 2];
            reader.read_exact(&mut chunk)?;
            if size == 0 {
                break;
            }
            response.body.extend_from_slice(&chunk[..size]);
        }
    }
    Ok(response)
}

/// One request on a fresh connection.
pub fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    extra: &[String],
    body: &[u8],
) -> std::io::Result<Response> {
    let mut stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    write_request(&mut stream, method, path, extra, body)?;
    let mut reader = BufReader::new(stream);
    read_response(&mut reader)
}

/// What a load run measured.
#[derive(Debug, Clone)]
pub struct Report {
    pub requests: u64,
    pub failures: u64,
    pub elapsed: Duration,
    pub p50: Duration,
    pub p99: Duration,
}

impl Report {
    pub fn per_second(&self) -> f64 {
        self.requests as f64 / self.elapsed.as_secs_f64()
    }
}

/// Sends `GET path` (with `extra` header lines) on `connections` keep-alive connections for
/// `warmup + duration`; only the requests completed during `duration` count. A response that
/// is not `expected_status` counts as a failure (and is not timed).
pub fn run(
    addr: SocketAddr,
    path: &str,
    extra: &[String],
    expected_status: u16,
    connections: usize,
    warmup: Duration,
    duration: Duration,
) -> Report {
    let stop = Arc::new(AtomicBool::new(false));
    let measuring = Arc::new(AtomicBool::new(false));
    let workers: Vec<_> = (0..connections)
        .map(|_| {
            let (stop, measuring) = (stop.clone(), measuring.clone());
            let (path, extra) = (path.to_owned(), extra.to_vec());
            std::thread::spawn(move || {
                let mut latencies: Vec<u32> = Vec::with_capacity(100_000);
                let mut failures = 0u64;
                let mut connection: Option<(TcpStream, BufReader<TcpStream>)> = None;
                while !stop.load(Ordering::Relaxed) {
                    if connection.is_none() {
                        let Ok(stream) = TcpStream::connect(addr) else {
                            failures += 1;
                            continue;
                        };
                        let _ = stream.set_nodelay(true);
                        let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
                        let reader = BufReader::with_capacity(
                            256 * 1024,
                            stream.try_clone().expect("a socket can be cloned"),
                        );
                        connection = Some((stream, reader));
                    }
                    let Some((stream, reader)) = connection.as_mut() else {
                        continue;
                    };
                    let started = Instant::now();
                    let outcome = write_request(stream, "GET", &path, &extra, b"")
                        .and_then(|()| read_response(reader));
                    let took = started.elapsed();
                    let counting = measuring.load(Ordering::Relaxed);
                    match outcome {
                        Ok(response) => {
                            if response
                                .header("connection")
                                .is_some_and(|v| v.eq_ignore_ascii_case("close"))
                            {
                                connection = None;
                            }
                            if response.status == expected_status {
                                if counting {
                                    latencies.push(took.as_micros().min(u32::MAX as u128) as u32);
                                }
                            } else if counting {
                                failures += 1;
                            }
                        }
                        Err(_) => {
                            connection = None;
                            if counting {
                                failures += 1;
                            }
                        }
                    }
                }
                (latencies, failures)
            })
        })
        .collect();
    std::thread::sleep(warmup);
    measuring.store(true, Ordering::SeqCst);
    let started = Instant::now();
    std::thread::sleep(duration);
    measuring.store(false, Ordering::SeqCst);
    let elapsed = started.elapsed();
    stop.store(true, Ordering::SeqCst);
    let mut all = Vec::new();
    let mut failures = 0;
    for worker in workers {
        let (latencies, failed) = worker.join().expect("a load thread finishes");
        all.extend(latencies);
        failures += failed;
    }
    all.sort_unstable();
    let percentile = |p: f64| {
        if all.is_empty() {
            Duration::ZERO
        } else {
            let index = ((all.len() as f64 - 1.0) * p).round() as usize;
            Duration::from_micros(u64::from(all[index]))
        }
    };
    Report {
        requests: all.len() as u64,
        failures,
        elapsed,
        p50: percentile(0.50),
        p99: percentile(0.99),
    }
}
