//! The diary's stored form: a versioned JSON document in `localStorage`, never sent anywhere.
//!
//! ```json
//! {"version": 1, "entries": [{"date": "2026-11-22", "symptom": "Lip twitching", "duration": "5 min", "notes": ""}]}
//! ```
//!
//! Reading is forgiving: entries are parsed one by one, so one damaged entry (or a truncated
//! file) does not lose the others. Before anything unreadable could be overwritten, the stored
//! text is copied to a backup key (`<key>.backup.<time>`), and the patient is told. If that copy
//! cannot be made, the diary stays read-only. "Delete my data" removes the key and its backups.
//! When storage is unavailable (private mode, blocked, full) the diary still works in memory.
//!
//! The parsing is pure and tested natively; the `localStorage` layer is compiled for the
//! browser only, and run by an effect of the widget's state ([`super::model::Diary::pending`]).

use serde_json::Value;

use super::model::{day_number, Entry};
#[cfg(target_arch = "wasm32")]
use super::model::{Loaded, Notice};

/// The default storage key.
pub const DEFAULT_KEY: &str = "symptom-checker.diary";
/// The version written by this widget.
pub const VERSION: u64 = 1;

/// The result of parsing stored text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parsed {
    /// Readable entries.
    pub entries: Vec<Entry>,
    /// Unreadable entries (or fragments).
    pub lost: usize,
    /// The document itself was damaged (not valid JSON or not the expected shape).
    pub damaged: bool,
    /// Written by a newer version.
    pub newer: bool,
}

impl Parsed {
    /// True when everything was read.
    pub fn is_clean(&self) -> bool {
        self.lost == 0 && !self.damaged && !self.newer
    }
}

/// Parses stored diary text, keeping every readable entry.
pub fn parse(raw: &str) -> Parsed {
    match serde_json::from_str::<Value>(raw) {
        Ok(Value::Object(map)) => {
            let version = map.get("version").and_then(Value::as_u64);
            let mut p = match map.get("entries") {
                Some(Value::Array(items)) => parse_items(items),
                _ => Parsed { damaged: true, ..Parsed::default() },
            };
            if version.is_none() {
                p.damaged = true;
            }
            p.newer = version.is_some_and(|v| v > VERSION);
            p
        }
        Ok(Value::Array(items)) => Parsed { damaged: true, ..parse_items(&items) },
        Ok(_) => Parsed { damaged: true, lost: 1, ..Parsed::default() },
        Err(_) => salvage(raw),
    }
}

fn parse_items(items: &[Value]) -> Parsed {
    let mut p = Parsed::default();
    for item in items {
        match serde_json::from_value::<Entry>(item.clone()).ok().filter(valid) {
            Some(e) => p.entries.push(e),
            None => p.lost += 1,
        }
    }
    p
}

fn valid(e: &Entry) -> bool {
    day_number(&e.date).is_some() && !e.symptom.trim().is_empty()
}

/// Recovers entries from text that is not valid JSON (e.g. truncated): every innermost `{...}`
/// object that reads as an entry is kept.
fn salvage(raw: &str) -> Parsed {
    let mut p = Parsed { damaged: true, ..Parsed::default() };
    let mut stack: Vec<(usize, bool)> = Vec::new(); // (start byte, has a nested object)
    let (mut in_string, mut escaped) = (false, false);
    for (i, c) in raw.char_indices() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '{' => {
                if let Some(top) = stack.last_mut() {
                    top.1 = true;
                }
                stack.push((i, false));
            }
            '}' => {
                if let Some((start, nested)) = stack.pop() {
                    if !nested {
                        match serde_json::from_str::<Entry>(&raw[start..=i]).ok().filter(valid) {
                            Some(e) => p.entries.push(e),
                            None => p.lost += 1,
                        }
                    }
                }
            }
            _ => {}
        }
    }
    // An entry cut off by truncation (objects still open inside the outer one).
    p.lost += stack.len().saturating_sub(1);
    if p.entries.is_empty() && p.lost == 0 {
        p.lost = 1;
    }
    p
}

/// The stored (and exported) JSON document.
pub fn to_json(entries: &[Entry]) -> String {
    serde_json::json!({ "version": VERSION, "entries": entries }).to_string()
}

#[cfg(target_arch = "wasm32")]
pub use web::*;

#[cfg(target_arch = "wasm32")]
mod web {
    use super::*;
    use web_sys::Storage;

    /// `localStorage` if it can be read (it may still refuse writes).
    fn readable() -> Option<Storage> {
        web_sys::window()?.local_storage().ok()?
    }

    /// Whether `storage` accepts a write (private modes and full storage refuse).
    fn writable(storage: &Storage) -> bool {
        let probe = "symptom-checker.probe";
        storage.set_item(probe, "1").is_ok() && storage.remove_item(probe).is_ok()
    }

    /// Loads the diary stored under `key` in `localStorage`. Storage that can be read but not
    /// written (full) still shows the stored diary, with a notice that changes cannot be saved.
    pub fn load(key: &str) -> Loaded {
        match readable() {
            Some(storage) if writable(&storage) => load_from(Some(&storage), key),
            Some(storage) => {
                let mut loaded = load_from(Some(&storage), key);
                if loaded.enabled {
                    loaded.notices.push(Notice::SaveFailed);
                } else {
                    loaded = load_from(None, key);
                }
                loaded
            }
            None => load_from(None, key),
        }
    }

    /// Loads the diary from `storage` (`None`: storage unavailable).
    pub fn load_from(storage: Option<&Storage>, key: &str) -> Loaded {
        let Some(storage) = storage else {
            return Loaded { notices: vec![Notice::Unavailable], read_only: true, ..Loaded::default() };
        };
        let raw = match storage.get_item(key) {
            Ok(Some(raw)) => raw,
            Ok(None) => return Loaded::default(),
            Err(_) => return Loaded { notices: vec![Notice::Unavailable], read_only: true, ..Loaded::default() },
        };
        let parsed = parse(&raw);
        let mut loaded = Loaded { enabled: true, entries: parsed.entries.clone(), ..Loaded::default() };
        if parsed.is_clean() {
            return loaded;
        }
        if parsed.newer {
            loaded.notices.push(Notice::Newer);
            loaded.read_only = true;
            return loaded;
        }
        loaded.notices.push(Notice::Corrupted { kept: parsed.entries.len(), lost: parsed.lost });
        match backup(storage, key, &raw) {
            Some(backup_key) => loaded.notices.push(Notice::BackedUp(backup_key)),
            None => {
                loaded.notices.push(Notice::ReadOnly);
                loaded.read_only = true;
            }
        }
        loaded
    }

    /// Copies `raw` to a backup key unless an identical backup exists; returns the key.
    fn backup(storage: &Storage, key: &str, raw: &str) -> Option<String> {
        let prefix = format!("{key}.backup.");
        for k in keys(storage) {
            if k.starts_with(&prefix) && storage.get_item(&k).ok().flatten().as_deref() == Some(raw) {
                return Some(k);
            }
        }
        let backup_key = format!("{prefix}{}", js_sys::Date::now() as u64);
        storage.set_item(&backup_key, raw).ok()?;
        Some(backup_key)
    }

    fn keys(storage: &Storage) -> Vec<String> {
        let n = storage.length().unwrap_or(0);
        (0..n).filter_map(|i| storage.key(i).ok().flatten()).collect()
    }

    /// Saves the entries under `key`.
    pub fn save(key: &str, entries: &[Entry]) -> Result<(), Notice> {
        let storage = readable().ok_or(Notice::Unavailable)?;
        storage.set_item(key, &to_json(entries)).map_err(|_| Notice::SaveFailed)
    }

    /// Removes the diary and every backup of it.
    pub fn delete_all(key: &str) -> Result<(), Notice> {
        let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten()).ok_or(Notice::Unavailable)?;
        let prefix = format!("{key}.backup.");
        for k in keys(&storage) {
            if k == key || k.starts_with(&prefix) {
                storage.remove_item(&k).map_err(|_| Notice::Unavailable)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(date: &str, symptom: &str) -> Entry {
        Entry { date: date.into(), symptom: symptom.into(), duration: String::new(), notes: String::new() }
    }

    #[test]
    fn roundtrip() {
        let entries = vec![entry("2026-11-20", "lip twitch"), entry("2026-11-22", "tingling palms")];
        let p = parse(&to_json(&entries));
        assert!(p.is_clean());
        assert_eq!(p.entries, entries);
    }

    #[test]
    fn a_damaged_entry_does_not_lose_the_others() {
        let raw = r#"{"version":1,"entries":[{"date":"2026-11-20","symptom":"a"},{"date":"nope","symptom":"b"},42,{"date":"2026-11-21","symptom":"c"}]}"#;
        let p = parse(raw);
        assert_eq!(p.entries.len(), 2);
        assert_eq!(p.lost, 2);
        assert!(!p.is_clean());
    }

    #[test]
    fn truncated_text_keeps_complete_entries() {
        let raw = r#"{"version":1,"entries":[{"date":"2026-11-20","symptom":"a"},{"date":"2026-11-21","symptom":"b"},{"date":"2026-11-2"#;
        let p = parse(raw);
        assert_eq!(p.entries.iter().map(|e| e.symptom.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(p.lost, 1);
        assert!(p.damaged);
        let p = parse("not json at all");
        assert!(p.entries.is_empty() && p.lost == 1);
    }

    #[test]
    fn newer_versions_are_flagged() {
        let p = parse(r#"{"version":7,"entries":[]}"#);
        assert!(p.newer);
    }
}
