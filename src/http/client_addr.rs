//! The client's address: the TCP peer's, or, when the peer is a reverse proxy the operator
//! named with `--trusted-proxy`, the address that proxy says it forwarded for. The sign-in
//! throttle and the audit log use it; a header from any other peer is ignored, because anyone
//! can send one.

use std::net::IpAddr;

pub use crate::domain::client::{AddrRange, AddrRangeError, AddrRanges};

/// An IPv4 address seen through an IPv6 socket (`::ffff:192.0.2.1`) is the IPv4 address.
fn canonical(addr: IpAddr) -> IpAddr {
    addr.to_canonical()
}

/// The client's address for a request from `peer` carrying `headers` (names in lower case).
///
/// When the peer is trusted, the addresses a proxy appended (`X-Forwarded-For`, or `Forwarded`
/// when there is no `X-Forwarded-For`) are read from the right: the first one that is not
/// itself a trusted proxy is the client. Everything to its left was written by the client and
/// proves nothing. A value a trusted proxy wrote that is not an address ("unknown", a hidden
/// name) stops the walk at the last trusted address, as does a list of trusted addresses only.
pub fn effective(
    peer: Option<IpAddr>,
    headers: &[(String, String)],
    trusted: &[AddrRange],
) -> Option<IpAddr> {
    let peer = canonical(peer?);
    let is_trusted = |addr: IpAddr| trusted.iter().any(|range| range.contains(addr));
    if !is_trusted(peer) {
        return Some(peer);
    }
    let forwarded_for: Vec<&str> = headers
        .iter()
        .filter(|(name, _)| name == "x-forwarded-for")
        .flat_map(|(_, value)| value.split(','))
        .collect();
    let hops: Vec<&str> = if forwarded_for.is_empty() {
        headers
            .iter()
            .filter(|(name, _)| name == "forwarded")
            .flat_map(|(_, value)| value.split(','))
            .filter_map(forwarded_for_param)
            .collect()
    } else {
        forwarded_for
    };
    let mut client = peer;
    for hop in hops.iter().rev() {
        match parse_hop(hop) {
            Some(addr) => {
                client = addr;
                if !is_trusted(addr) {
                    break;
                }
            }
            None => break,
        }
    }
    Some(client)
}

/// The `for=` value of one element of a `Forwarded` header (RFC 7239), unquoted.
fn forwarded_for_param(element: &str) -> Option<&str> {
    element.split(';').find_map(|pair| {
        let (name, value) = pair.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("for")
            .then(|| value.trim().trim_matches('"'))
    })
}

/// One hop: `192.0.2.1`, `192.0.2.1:4711`, `2001:db8::1`, `[2001:db8::1]`, `[2001:db8::1]:4711`.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    let hop = hop.trim();
    if let Ok(addr) = hop.parse::<IpAddr>() {
        return Some(canonical(addr));
    }
    if let Ok(socket) = hop.parse::<std::net::SocketAddr>() {
        return Some(canonical(socket.ip()));
    }
    let bracketed = hop.strip_prefix('[')?.strip_suffix(']')?;
    bracketed.parse::<IpAddr>().ok().map(canonical)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranges(list: &[&str]) -> Vec<AddrRange> {
        list.iter().map(|r| r.parse().unwrap()).collect()
    }

    fn header(name: &str, value: &str) -> (String, String) {
        (name.to_owned(), value.to_owned())
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn an_untrusted_peer_is_the_client_whatever_it_sends() {
        let trusted = ranges(&["10.0.0.1"]);
        let headers = [header("x-forwarded-for", "198.51.100.7")];
        assert_eq!(
            effective(Some(ip("203.0.113.5")), &headers, &trusted),
            Some(ip("203.0.113.5"))
        );
        assert_eq!(
            effective(Some(ip("203.0.113.5")), &headers, &[]),
            Some(ip("203.0.113.5"))
        );
        assert_eq!(effective(None, &headers, &trusted), None);
    }

    #[test]
    fn the_right_most_untrusted_hop_is_the_client() {
        let trusted = ranges(&["10.0.0.0/8"]);
        let peer = Some(ip("10.0.0.1"));
        // The client forged the first entry; the proxy appended the real address.
        let headers = [header("x-forwarded-for", "1.1.1.1, 198.51.100.7, 10.0.0.9")];
        assert_eq!(
            effective(peer, &headers, &trusted),
            Some(ip("198.51.100.7"))
        );
        // Several header lines read as one list, in order.
        let split = [
            header("x-forwarded-for", "1.1.1.1"),
            header("x-forwarded-for", "198.51.100.8"),
        ];
        assert_eq!(effective(peer, &split, &trusted), Some(ip("198.51.100.8")));
        // No header: the proxy itself.
        assert_eq!(effective(peer, &[], &trusted), Some(ip("10.0.0.1")));
        // Only trusted hops: the left-most of them.
        let inside = [header("x-forwarded-for", "10.0.0.7, 10.0.0.8")];
        assert_eq!(effective(peer, &inside, &trusted), Some(ip("10.0.0.7")));
        // Something that is not an address stops at the last trusted hop.
        let unknown = [header("x-forwarded-for", "198.51.100.7, unknown")];
        assert_eq!(effective(peer, &unknown, &trusted), Some(ip("10.0.0.1")));
        let ported = [header(
            "x-forwarded-for",
            "[2001:db8::5]:443, 203.0.113.4:80",
        )];
        assert_eq!(effective(peer, &ported, &trusted), Some(ip("203.0.113.4")));
    }

    #[test]
    fn forwarded_is_read_when_there_is_no_x_forwarded_for() {
        let trusted = ranges(&["127.0.0.1"]);
        let peer = Some(ip("127.0.0.1"));
        let headers = [header(
            "forwarded",
            "for=192.0.2.60;proto=http, For=\"[2001:db8:cafe::17]:4711\";by=127.0.0.1",
        )];
        assert_eq!(
            effective(peer, &headers, &trusted),
            Some(ip("2001:db8:cafe::17"))
        );
        let both = [
            header("forwarded", "for=192.0.2.60"),
            header("x-forwarded-for", "198.51.100.7"),
        ];
        assert_eq!(effective(peer, &both, &trusted), Some(ip("198.51.100.7")));
        let hidden = [header("forwarded", "for=192.0.2.60, for=_hidden")];
        assert_eq!(effective(peer, &hidden, &trusted), Some(ip("127.0.0.1")));
    }
}
