//! What the diary holds and how it changes: its episodes, the notices about its storage, and
//! the pure transitions the reducer applies (enable, add, remove, delete all, a store's
//! outcome). A change that must reach storage says so in [`Diary::pending`]; the widget's
//! effect runs it ([`super::store`]) and reports back with [`Diary::stored`]. Dates are
//! `YYYY-MM-DD` days, and the chart bins episodes by day or week.

use serde::{Deserialize, Serialize};
pub use symptom_engine::dates::{date_of, day_number};

/// One diary episode.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// What happened.
    pub symptom: String,
    /// How long it lasted, in the patient's words.
    #[serde(default)]
    pub duration: String,
    /// Free notes.
    #[serde(default)]
    pub notes: String,
}

/// The most episodes a diary takes: over 25 years of a daily symptom, about 1 MB of storage (a
/// browser gives a site 5 MB or more). A diary with more (from an import) is shown; only adding is
/// refused, with a notice.
pub const MAX_ENTRIES: usize = 10_000;

/// Something to tell the patient about the diary's storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Storage cannot be used: the diary works in memory only.
    Unavailable,
    /// Stored data was partly unreadable.
    Corrupted {
        /// Entries kept.
        kept: usize,
        /// Entries (or parts) that could not be read.
        lost: usize,
    },
    /// The unreadable data was copied to this key.
    BackedUp(String),
    /// The unreadable data could not be copied, so nothing is saved.
    ReadOnly,
    /// Written by a newer version: shown, not changed.
    Newer,
    /// A save failed (quota).
    SaveFailed,
    /// The diary has [`MAX_ENTRIES`]: a new episode is not added.
    Full,
    /// Saved.
    Saved,
    /// Everything was deleted.
    Deleted,
}

/// What loading found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Loaded {
    /// A diary exists (the patient opted in earlier).
    pub enabled: bool,
    /// Readable entries.
    pub entries: Vec<Entry>,
    /// Problems found.
    pub notices: Vec<Notice>,
    /// Do not write.
    pub read_only: bool,
}

/// What storage must do for the latest change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreOp {
    /// Write the entries.
    Save,
    /// Remove the diary and its backups.
    DeleteAll,
}

/// The diary part of the widget's state (stored on this device only, never sent anywhere).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Diary {
    /// The patient opted in (or a diary was already stored).
    pub enabled: bool,
    /// Readable entries, oldest first.
    pub entries: Vec<Entry>,
    /// Problems to tell the patient about.
    pub notices: Vec<Notice>,
    /// Saving is off (storage unavailable, or unreadable data that could not be backed up).
    pub read_only: bool,
    /// The last change was saved (for a short confirmation).
    pub saved: bool,
    /// What storage must do for the latest change, until it reports back.
    pub pending: Option<StoreOp>,
    /// Counts the changes sent to storage: the effect that stores runs when it moves.
    pub revision: u32,
}

impl Diary {
    /// The diary state after loading storage.
    pub fn from_loaded(loaded: Loaded) -> Diary {
        Diary {
            enabled: loaded.enabled,
            entries: loaded.entries,
            read_only: loaded.read_only,
            notices: loaded.notices,
            ..Diary::default()
        }
    }

    /// The patient opts in: what there is gets stored.
    pub fn enable(&mut self) {
        self.enabled = true;
        self.request(StoreOp::Save);
    }

    /// Adds an episode in date order; a full diary refuses it with a notice.
    pub fn add(&mut self, entry: Entry) {
        if self.entries.len() >= MAX_ENTRIES {
            self.notices.retain(|n| !matches!(n, Notice::Saved | Notice::Full));
            self.notices.push(Notice::Full);
            return;
        }
        self.entries.push(entry);
        symptom_engine::sorting::sort_by(&mut self.entries, |a, b| a.date.cmp(&b.date));
        self.request(StoreOp::Save);
    }

    /// Removes the episode at `index` (nothing when there is none).
    pub fn remove(&mut self, index: usize) {
        if index < self.entries.len() {
            self.entries.remove(index);
        }
        self.request(StoreOp::Save);
    }

    /// Forgets everything, here and in storage.
    pub fn delete_all(&mut self) {
        let revision = self.revision;
        *self = Diary::default();
        self.revision = revision;
        self.pending = Some(StoreOp::DeleteAll);
        self.revision = self.revision.wrapping_add(1);
    }

    /// Asks storage for `op`: a read-only diary changes in memory only.
    fn request(&mut self, op: StoreOp) {
        self.notices.retain(|n| !matches!(n, Notice::Saved | Notice::SaveFailed | Notice::Deleted | Notice::Full));
        self.saved = false;
        if !self.read_only {
            self.pending = Some(op);
            self.revision = self.revision.wrapping_add(1);
        }
    }

    /// Storage did `op`, with `outcome`.
    pub fn stored(&mut self, op: StoreOp, outcome: Result<(), Notice>) {
        self.pending = None;
        match (op, outcome) {
            (StoreOp::Save, Ok(())) => {
                self.saved = true;
                self.notices.retain(|n| !matches!(n, Notice::Corrupted { .. } | Notice::BackedUp(_)));
                self.notices.push(Notice::Saved);
            }
            (StoreOp::DeleteAll, Ok(())) => self.notices = vec![Notice::Deleted],
            (StoreOp::Save, Err(n)) => self.notices.push(n),
            (StoreOp::DeleteAll, Err(n)) => self.notices = vec![n],
        }
    }
}

/// Episodes per period, for the chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chart {
    /// First day shown.
    pub from: i64,
    /// Last day shown.
    pub to: i64,
    /// Days per bar (1, or 7 for long diaries).
    pub days_per_bar: i64,
    /// Episodes per bar, oldest first.
    pub counts: Vec<u32>,
}

/// Bins entries by day (at least 14 days shown), or by week when they span more than 90 days.
pub fn chart(entries: &[Entry]) -> Option<Chart> {
    let days: Vec<i64> = entries.iter().filter_map(|e| day_number(&e.date)).collect();
    let (&min, &max) = (days.iter().min()?, days.iter().max()?);
    let from = min.min(max - 13);
    let days_per_bar = if max - from > 90 { 7 } else { 1 };
    let bars = ((max - from) / days_per_bar + 1) as usize;
    let mut counts = vec![0u32; bars];
    for d in days {
        counts[((d - from) / days_per_bar) as usize] += 1;
    }
    Some(Chart { from, to: max, days_per_bar, counts })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(date: &str, symptom: &str) -> Entry {
        Entry { date: date.into(), symptom: symptom.into(), duration: String::new(), notes: String::new() }
    }

    #[test]
    fn chart_bins_by_day_then_week() {
        let c = chart(&[entry("2026-11-20", "a"), entry("2026-11-20", "b"), entry("2026-11-22", "c")]).unwrap();
        assert_eq!(c.days_per_bar, 1);
        assert_eq!(c.counts.len(), 14);
        assert_eq!(c.counts[11..], [2, 0, 1]);
        let c = chart(&[entry("2026-01-01", "a"), entry("2026-11-22", "b")]).unwrap();
        assert_eq!(c.days_per_bar, 7);
        assert_eq!(c.counts.iter().sum::<u32>(), 2);
        assert!(chart(&[]).is_none());
    }
    #[test]
    fn changes_ask_storage_and_its_outcome_is_told() {
        let mut d = Diary::default();
        d.enable();
        assert_eq!((d.enabled, d.pending, d.revision), (true, Some(StoreOp::Save), 1));
        d.stored(StoreOp::Save, Ok(()));
        assert_eq!((d.pending, d.saved, d.notices.clone()), (None, true, vec![Notice::Saved]));
        d.add(entry("2026-11-22", "b"));
        d.add(entry("2026-11-20", "a"));
        assert_eq!(d.entries.iter().map(|e| e.symptom.as_str()).collect::<Vec<_>>(), ["a", "b"], "date order");
        assert_eq!((d.revision, d.saved), (3, false));
        assert!(d.notices.is_empty(), "the last confirmation goes with a new change");
        d.stored(StoreOp::Save, Err(Notice::SaveFailed));
        assert_eq!(d.notices, [Notice::SaveFailed]);
        d.remove(7);
        assert_eq!((d.entries.len(), d.revision), (2, 4));
        d.remove(0);
        assert_eq!(d.entries[0].symptom, "b");
        d.delete_all();
        assert_eq!((d.enabled, d.entries.len(), d.pending, d.revision), (false, 0, Some(StoreOp::DeleteAll), 6));
        d.stored(StoreOp::DeleteAll, Ok(()));
        assert_eq!(d.notices, [Notice::Deleted]);
    }

    #[test]
    fn a_read_only_diary_changes_in_memory_only_and_a_full_one_refuses_more() {
        let mut d = Diary::from_loaded(Loaded { enabled: true, read_only: true, ..Loaded::default() });
        d.add(entry("2026-11-20", "a"));
        assert_eq!((d.entries.len(), d.pending, d.revision), (1, None, 0));
        let mut d = Diary { enabled: true, entries: vec![entry("2026-11-20", "a"); MAX_ENTRIES], ..Diary::default() };
        d.add(entry("2026-11-21", "b"));
        assert_eq!((d.entries.len(), d.pending), (MAX_ENTRIES, None));
        assert_eq!(d.notices, [Notice::Full]);
    }
}
