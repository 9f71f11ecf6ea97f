//! One stable sort for the whole crate (and the widget).
//!
//! `slice::sort_by` is compiled anew for every element type and comparator: about 4 KB of
//! WebAssembly each time, a dozen times over in the widget. [`sort_by`] sorts positions (`u32`)
//! with a comparator behind `dyn`, so the standard sort is compiled once, and then moves the
//! elements into place with a few swaps. The result is the same as `sort_by`: stable, and
//! `O(n log n)` comparisons.

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, keeping equal items in their original order (like `slice::sort_by`).
pub fn sort_by<T>(items: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let Ok(len) = u32::try_from(items.len()) else {
        // More than four billion items: not something a KB or a diary holds.
        items.sort_by(cmp);
        return;
    };
    let mut order: Vec<u32> = (0..len).collect();
    {
        let shared: &[T] = items;
        sort_positions(&mut order, &mut |a, b| cmp(&shared[a as usize], &shared[b as usize]));
    }
    // order[i] is the old position of the item that belongs at i: follow each cycle once.
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = order[at] as usize;
            order[at] = at as u32;
            if from == start || from == at {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// The single instance of the standard stable sort.
fn sort_positions(order: &mut [u32], cmp: &mut dyn FnMut(u32, u32) -> Ordering) {
    order.sort_by(|a, b| cmp(*a, *b));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Same result as the standard stable sort, ties included (keys collide often).
        #[test]
        fn sorts_like_the_standard_stable_sort(items in prop::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut ours = items.clone();
            let mut std = items;
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            std.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn a_reversed_list_comes_out_in_order() {
        let mut v: Vec<u32> = (0..1000).rev().collect();
        sort_by(&mut v, |a, b| a.cmp(b));
        assert!(v.windows(2).all(|w| w[0] < w[1]));
    }
}
