//! Choosing one hit per slot of a phrase: no overlaps, the fewest words between them, within
//! the window, by a bounded depth-first search.

use super::Hit;

/// Spreads one phrase's hits (sorted by slot, found in text order) over its `n` slots; false,
/// leaving `slots` unspecified, when some slot has no hit (the phrase cannot match).
pub(super) fn fill_slots(group: &[(u32, u16, Hit)], n: usize, slots: &mut Vec<Vec<Hit>>) -> bool {
    let distinct = 1 + group.windows(2).filter(|w| w[0].1 != w[1].1).count();
    if distinct < n {
        return false;
    }
    slots.iter_mut().for_each(Vec::clear);
    slots.resize(n, Vec::new());
    for &(_, slot, hit) in group {
        slots[slot as usize].push(hit);
    }
    true
}

/// Picks one hit per slot, without overlaps, with the smallest span; None if the words
/// between the chosen hits (span minus the hits' own lengths) exceed `slack`. Searches at
/// most a bounded number of combinations.
pub(super) fn best_combination(slots: &[Vec<Hit>], slack: usize, accept: &dyn Fn(&[Hit]) -> bool) -> Option<Vec<Hit>> {
    // The longest hit of each remaining slot bounds how much a partial choice can still absorb.
    let mut rest_longest = vec![0; slots.len() + 1];
    for i in (0..slots.len()).rev() {
        rest_longest[i] = rest_longest[i + 1] + slots[i].iter().map(|h| h.1 - h.0).max().unwrap_or(0);
    }
    let mut search = Search { slots, slack, rest_longest, accept, budget: 2000, best: None };
    let mut chosen: Vec<Hit> = Vec::with_capacity(slots.len());
    search.rec(0, &mut chosen);
    search.best.map(|(_, c)| c)
}

/// The state of [`best_combination`]'s depth-first search.
struct Search<'a> {
    slots: &'a [Vec<Hit>],
    slack: usize,
    rest_longest: Vec<usize>,
    accept: &'a dyn Fn(&[Hit]) -> bool,
    budget: usize,
    /// Best choice so far, keyed by (gap between the hits, span).
    best: Option<((usize, usize), Vec<Hit>)>,
}

impl Search<'_> {
    fn rec(&mut self, i: usize, chosen: &mut Vec<Hit>) {
        if self.budget == 0 {
            return;
        }
        self.budget -= 1;
        let lo = chosen.iter().map(|h| h.0).min().unwrap_or(usize::MAX);
        let hi = chosen.iter().map(|h| h.1).max().unwrap_or(0);
        let used: usize = chosen.iter().map(|h| h.1 - h.0).sum();
        if !chosen.is_empty() && hi - lo > self.slack + used + self.rest_longest[i] {
            return;
        }
        if i == self.slots.len() {
            let span = hi - lo;
            let key = (span - used, span);
            if span <= self.slack + used && self.best.as_ref().is_none_or(|(b, _)| key < *b) && (self.accept)(chosen) {
                self.best = Some((key, chosen.clone()));
            }
            return;
        }
        for k in 0..self.slots[i].len() {
            let h = self.slots[i][k];
            if chosen.iter().any(|c| h.0 < c.1 && c.0 < h.1) {
                continue;
            }
            chosen.push(h);
            self.rec(i + 1, chosen);
            chosen.pop();
        }
    }
}
