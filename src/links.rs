//! Safe link targets for texts that come from a knowledge base.

/// The URL if it is safe to link to (`https://`, `http://` or `mailto:`), else `None`.
pub fn safe_href(url: &str) -> Option<&str> {
    let u = url.trim();
    let lower = u.to_ascii_lowercase();
    let ok = ["https://", "http://", "mailto:"].iter().any(|p| lower.starts_with(p) && lower.len() > p.len());
    (ok && !u.chars().any(|c| c.is_control() || c.is_whitespace())).then_some(u)
}

/// A `tel:` link for an emergency number (only digits, `+`, `*` and `#` are kept).
pub fn tel_href(number: &str) -> String {
    let digits: String = number.chars().filter(|c| c.is_ascii_digit() || matches!(c, '+' | '*' | '#')).collect();
    format!("tel:{digits}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_and_mail_links_are_kept() {
        assert_eq!(safe_href("https://www.nhs.uk/x"), Some("https://www.nhs.uk/x"));
        assert_eq!(safe_href(" mailto:clinic@example.org "), Some("mailto:clinic@example.org"));
        assert_eq!(safe_href("javascript:alert(1)"), None);
        assert_eq!(safe_href("JAVASCRIPT:alert(1)"), None);
        assert_eq!(safe_href("data:text/html,x"), None);
        assert_eq!(safe_href("https://"), None);
        assert_eq!(safe_href("https://a b"), None);
    }

    #[test]
    fn tel_links_keep_only_dial_characters() {
        assert_eq!(tel_href("112"), "tel:112");
        assert_eq!(tel_href("+1 (555) 010-9999\"><x"), "tel:+15550109999");
    }
}
