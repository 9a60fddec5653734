//! Who a client is, for counting what it may do: an IPv4 address as it is, an IPv6 address by
//! its /64, which one subscriber usually holds whole (counting each of its addresses apart
//! would give one attacker 2^64 fresh starts). The sign-in throttle and the transport's
//! per-client limits both count by it.

use std::net::{IpAddr, Ipv6Addr};

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
}
