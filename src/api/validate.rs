//! The API's documented input rules, checked before a request is sent.
//!
//! The simulator applies the same functions, so the bot and its test double cannot drift apart.

use std::net::{Ipv4Addr, Ipv6Addr};

use url::{Host, Url};

/// The longest name the API accepts, in characters.
pub const NAME_MAX_CHARS: usize = 100;
/// The longest callback URL the API accepts.
pub const CALLBACK_URL_MAX_LEN: usize = 2048;

/// An input the API would refuse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValidationError {
    /// Empty or whitespace-only name.
    #[error("the name is empty")]
    NameEmpty,
    /// Name over 100 characters.
    #[error("the name has {0} characters; at most 100 are allowed")]
    NameTooLong(usize),
    /// Callback URL that does not parse.
    #[error("the callback URL is not a valid URL")]
    CallbackUrlInvalid,
    /// Callback URL that is not https.
    #[error("the callback URL must use https")]
    CallbackUrlNotHttps,
    /// Callback URL over 2048 characters.
    #[error("the callback URL is longer than 2048 characters")]
    CallbackUrlTooLong,
    /// Callback URL pointing at a local or private host.
    #[error("the callback URL must point at a public host, not localhost or a private address")]
    CallbackUrlNotPublic,
    /// An update without any field.
    #[error("an update must change at least one field")]
    EmptyUpdate,
    /// A required field is empty.
    #[error("{0} must not be empty")]
    Missing(&'static str),
}

/// Checks an assistant name: 1–100 characters, not only whitespace.
pub fn name(name: &str) -> Result<(), ValidationError> {
    if name.trim().is_empty() {
        return Err(ValidationError::NameEmpty);
    }
    let count = name.chars().count();
    if count > NAME_MAX_CHARS {
        return Err(ValidationError::NameTooLong(count));
    }
    Ok(())
}

/// Checks a callback URL: https, at most 2048 characters, host not local, private,
/// link-local or loopback (names and IPv4/IPv6 literals).
pub fn callback_url(raw: &str) -> Result<(), ValidationError> {
    if raw.len() > CALLBACK_URL_MAX_LEN {
        return Err(ValidationError::CallbackUrlTooLong);
    }
    let url = Url::parse(raw).map_err(|_| ValidationError::CallbackUrlInvalid)?;
    if url.scheme() != "https" {
        return Err(ValidationError::CallbackUrlNotHttps);
    }
    if is_public_host(&url) { Ok(()) } else { Err(ValidationError::CallbackUrlNotPublic) }
}

/// Whether a URL's host is reachable from the internet: not localhost, `.local`, or a
/// private, link-local or loopback address.
pub fn is_public_host(url: &Url) -> bool {
    match url.host() {
        None => false,
        Some(Host::Domain(domain)) => {
            let domain = domain.trim_end_matches('.').to_ascii_lowercase();
            !(domain == "localhost" || domain.ends_with(".localhost") || domain.ends_with(".local"))
        }
        Some(Host::Ipv4(ip)) => is_public_v4(ip),
        Some(Host::Ipv6(ip)) => is_public_v6(ip),
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    !(ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || a == 0
        // 100.64.0.0/10, carrier-grade NAT: not reachable from the internet either.
        || (a == 100 && (64..128).contains(&b)))
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    if let Some(v4) = ip.to_ipv4_mapped() {
        return is_public_v4(v4);
    }
    let first = ip.segments()[0];
    !(ip.is_loopback()
        || ip.is_unspecified()
        || ip.is_multicast()
        // fc00::/7 unique local, fe80::/10 link-local, fec0::/10 deprecated site-local.
        || (first & 0xfe00) == 0xfc00
        || (first & 0xffc0) == 0xfe80
        || (first & 0xffc0) == 0xfec0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(name(""), Err(ValidationError::NameEmpty));
        assert_eq!(name("   "), Err(ValidationError::NameEmpty));
        assert!(name("Sales bot").is_ok());
        assert!(name(&"é".repeat(100)).is_ok(), "characters, not bytes");
        assert_eq!(name(&"a".repeat(101)), Err(ValidationError::NameTooLong(101)));
    }

    #[test]
    fn callback_urls() {
        assert!(callback_url("https://example.com/deploy-callback").is_ok());
        assert!(callback_url("https://8.8.8.8/cb").is_ok());
        assert!(callback_url("https://[2606:4700::1111]/cb").is_ok());
        assert_eq!(callback_url("http://example.com"), Err(ValidationError::CallbackUrlNotHttps));
        assert_eq!(callback_url("not a url"), Err(ValidationError::CallbackUrlInvalid));
        let long = format!("https://example.com/{}", "a".repeat(2048));
        assert_eq!(callback_url(&long), Err(ValidationError::CallbackUrlTooLong));
        for local in [
            "https://localhost/cb",
            "https://api.localhost/cb",
            "https://127.0.0.1/cb",
            "https://10.1.2.3/cb",
            "https://172.16.0.1/cb",
            "https://192.168.1.1/cb",
            "https://169.254.169.254/cb",
            "https://0.0.0.0/cb",
            "https://[::1]/cb",
            "https://[fe80::1]/cb",
            "https://[fd00::1]/cb",
            "https://[::ffff:127.0.0.1]/cb",
            "https://[::ffff:10.0.0.1]/cb",
        ] {
            assert_eq!(callback_url(local), Err(ValidationError::CallbackUrlNotPublic), "{local}");
        }
    }
}
