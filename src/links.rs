//! Safe link targets for texts that come from a knowledge base.

/// The URL if it is safe to link to (`https://`, `http://` or `mailto:`), else `None`.
pub fn safe_href(url: &str) -> Option<&str> {
    let u = url.trim();
    let lower = u.to_ascii_lowercase();
    let ok = ["https://", "http://", "mailto:"].iter().any(|p| lower.starts_with(p) && lower.len() > p.len());
    (ok && !u.chars().any(|c| c.is_control() || c.is_whitespace())).then_some(u)
}

/// The configured emergency number if it is one phone number (digits, a leading `+`, spaces and
/// hyphens, 2 to 15 digits), else `None`: "911 (US) / 112 (EU)" would dial 911112,
/// "nine-one-one" nothing. The caller falls back to the KB's number and says so in the console.
pub fn valid_number(number: &str) -> Option<&str> {
    let n = number.trim();
    let digits = n.chars().filter(char::is_ascii_digit).count();
    let chars_ok = n.char_indices().all(|(i, c)| c.is_ascii_digit() || c == ' ' || c == '-' || (c == '+' && i == 0));
    (chars_ok && (2..=15).contains(&digits)).then_some(n)
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
    fn one_phone_number_is_valid_and_anything_else_is_not() {
        assert_eq!(valid_number(" 112 "), Some("112"));
        assert_eq!(valid_number("+886 2 2312-3456"), Some("+886 2 2312-3456"));
        for bad in ["911 (US) / 112 (EU)", "nine-one-one", "<b>10</b>", "", "1", "1+1", "12345678901234567"] {
            assert_eq!(valid_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn tel_links_keep_only_dial_characters() {
        assert_eq!(tel_href("112"), "tel:112");
        assert_eq!(tel_href("+1 (555) 010-9999\"><x"), "tel:+15550109999");
    }
}
