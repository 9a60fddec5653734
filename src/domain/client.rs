//! Client addresses as values: who a client is, for counting what it may do (an IPv4 address
//! as it is, an IPv6 address by its /64, which one subscriber usually holds whole: counting
//! each of its addresses apart would give one attacker 2^64 fresh starts), which the sign-in
//! throttle and the transport's per-client limits both count by; and the address ranges an
//! operator names (`--trusted-proxy`).

use std::net::{IpAddr, Ipv6Addr};
use std::str::FromStr;

/// The network `addr` is counted under; an IPv4-mapped IPv6 address is its IPv4 address.
pub fn client_network(addr: IpAddr) -> IpAddr {
    match addr.to_canonical() {
        IpAddr::V6(v6) => {
            let s = v6.segments();
            IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
        }
        v4 => v4,
    }
}

/// One address or a CIDR block (`10.0.0.0/8`, `fd00::/8`, `127.0.0.1`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AddrRange {
    network: IpAddr,
    prefix: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not an IP address or a CIDR block such as 10.0.0.0/8")]
pub struct AddrRangeError(String);

impl FromStr for AddrRange {
    type Err = AddrRangeError;

    fn from_str(text: &str) -> Result<AddrRange, AddrRangeError> {
        let error = || AddrRangeError(text.to_owned());
        let trimmed = text.trim();
        let (addr, prefix) = match trimmed.split_once('/') {
            Some((addr, prefix)) => (addr, Some(prefix)),
            None => (trimmed, None),
        };
        let network = addr.parse::<IpAddr>().map_err(|_| error())?.to_canonical();
        let bits = if network.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            // Only plain decimal digits: "+8" or " 8" would parse as numbers too.
            Some(p) if !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()) => {
                p.parse::<u8>().map_err(|_| error())?
            }
            Some(_) => return Err(error()),
            None => bits,
        };
        if prefix > bits {
            return Err(error());
        }
        Ok(AddrRange { network, prefix })
    }
}

/// A comma-separated list of ranges, as `--trusted-proxy` and its environment twin take it;
/// empty items (an empty variable, a trailing comma) are no range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddrRanges(pub Vec<AddrRange>);

impl FromStr for AddrRanges {
    type Err = AddrRangeError;

    fn from_str(text: &str) -> Result<AddrRanges, AddrRangeError> {
        text.split(',')
            .filter(|item| !item.trim().is_empty())
            .map(str::parse)
            .collect::<Result<_, _>>()
            .map(AddrRanges)
    }
}

impl std::fmt::Display for AddrRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.network, self.prefix)
    }
}

impl AddrRange {
    pub fn contains(&self, addr: IpAddr) -> bool {
        match (self.network, addr.to_canonical()) {
            (IpAddr::V4(net), IpAddr::V4(a)) => {
                same_prefix(&net.octets(), &a.octets(), self.prefix)
            }
            (IpAddr::V6(net), IpAddr::V6(a)) => {
                same_prefix(&net.octets(), &a.octets(), self.prefix)
            }
            _ => false,
        }
    }
}

fn same_prefix(a: &[u8], b: &[u8], prefix: u8) -> bool {
    let full = usize::from(prefix / 8);
    let rest = prefix % 8;
    if a[..full] != b[..full] {
        return false;
    }
    if rest == 0 {
        return true;
    }
    let mask = 0xffu8 << (8 - rest);
    a[full] & mask == b[full] & mask
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().expect("an address")
    }

    #[test]
    fn an_ipv6_client_is_its_64_and_a_mapped_ipv4_client_its_address() {
        assert_eq!(
            client_network(ip("2001:db8:1:2:aaaa::1")),
            client_network(ip("2001:db8:1:2:bbbb::9"))
        );
        assert_ne!(
            client_network(ip("2001:db8:1:2::1")),
            client_network(ip("2001:db8:1:3::1"))
        );
        assert_eq!(client_network(ip("::ffff:192.0.2.1")), ip("192.0.2.1"));
        assert_eq!(client_network(ip("192.0.2.1")), ip("192.0.2.1"));
    }

    #[test]
    fn ranges_parse_and_contain() {
        let net: AddrRange = "10.1.0.0/16".parse().expect("a range");
        assert!(net.contains(ip("10.1.200.3")));
        assert!(!net.contains(ip("10.2.0.1")));
        let odd: AddrRange = "192.168.0.0/23".parse().expect("a range");
        assert!(odd.contains(ip("192.168.1.255")));
        assert!(!odd.contains(ip("192.168.2.0")));
        let one: AddrRange = " 127.0.0.1 ".parse().expect("a range");
        assert!(one.contains(ip("127.0.0.1")));
        assert!(one.contains(ip("::ffff:127.0.0.1")), "IPv4 through IPv6");
        assert!(!one.contains(ip("127.0.0.2")));
        let v6: AddrRange = "fd00::/8".parse().expect("a range");
        assert!(v6.contains(ip("fd12::1")));
        assert!(!v6.contains(ip("fe80::1")));
        let all: AddrRange = "0.0.0.0/0".parse().expect("a range");
        assert!(all.contains(ip("203.0.113.9")));
        assert!(
            !all.contains(ip("2001:db8::1")),
            "v4 ranges hold no v6 addresses"
        );
        let list: AddrRanges = "127.0.0.1, 10.0.0.0/8,".parse().expect("a range");
        assert_eq!(list.0.len(), 2);
        assert_eq!("".parse::<AddrRanges>(), Ok(AddrRanges(Vec::new())));
        assert!("127.0.0.1, nonsense".parse::<AddrRanges>().is_err());
        for bad in [
            "",
            "10.0.0.0/33",
            "::/129",
            "10.0.0/8",
            "host",
            "10.0.0.0/",
            "1.2.3.4/+8",
        ] {
            assert!(bad.parse::<AddrRange>().is_err(), "{bad:?}");
        }
    }
}
