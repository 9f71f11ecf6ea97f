//! Which side of the body the complaint is on, in English and Chinese, leaving out a side said
//! to be unaffected.

use crate::text::table::Words;
use serde::Serialize;

use crate::text::tokens::Token;
use crate::text::words::sides::{EN_UNAFFECTED, ZH_BOTH_SIDES, ZH_ONE_SIDE, ZH_UNAFFECTED, ZH_UNAFFECTED_ENDS};

/// Sides of the body mentioned.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Sides {
    /// Left side mentioned.
    pub left: bool,
    /// Right side mentioned.
    pub right: bool,
    /// Both sides mentioned.
    pub both: bool,
    /// "One side" mentioned without naming it.
    pub one: bool,
}

impl Sides {
    /// True when the complaint is on one side only.
    pub fn is_one_sided(&self) -> bool {
        !self.is_both() && (self.left || self.right || self.one)
    }

    /// True when the complaint is on both sides.
    pub fn is_both(&self) -> bool {
        self.both || (self.left && self.right)
    }

    pub(super) fn merge(&mut self, o: Sides) {
        self.left |= o.left;
        self.right |= o.right;
        self.both |= o.both;
        self.one |= o.one;
    }

    /// True when nothing was said about the side.
    pub fn is_empty(&self) -> bool {
        !(self.left || self.right || self.both || self.one)
    }
}

/// True when the side word at `i` names the part that is unaffected ("right foot is normal",
/// "the left one's fine"): one of the next few words, before another side word, says so.
fn english_side_unaffected(t: &[Token], i: usize) -> bool {
    let after = t[i + 1..]
        .iter()
        .take(4)
        .take_while(|x| !matches!(x.raw.as_str(), "left" | "right" | "and" | "but") && x.clause == t[i].clause)
        .any(|x| EN_UNAFFECTED.contains(&x.raw.as_str()));
    // "wrinkles fine both sides", "the smile is the same on both sides": both sides alike is a
    // normal finding, not a complaint on both sides.
    let alike = t[i].raw == "both"
        && t[..i].iter().rev().take(3).take_while(|x| x.clause == t[i].clause).any(|x| {
            EN_UNAFFECTED.contains(&x.raw.as_str())
                || matches!(x.raw.as_str(), "same" | "equal" | "symmetrical" | "even")
        });
    after || alike
}

/// True when the side character at `i` names the unaffected part (右腳正常, 左手都沒事).
fn zh_side_unaffected(chars: &[char], i: usize) -> bool {
    let rest: String = chars[i + 1..]
        .iter()
        .take(10)
        .take_while(|c| !matches!(c, '左' | '右') && !crate::text::normalize::is_clause_end(**c) && **c != '、')
        .collect();
    let bare = rest.trim_end_matches(|c: char| c.is_whitespace() || "了啦喔耶的".contains(c));
    ZH_UNAFFECTED.iter().any(|w| rest.contains(w))
        || ZH_UNAFFECTED_ENDS.iter().any(|w| bare.ends_with(w) && bare.chars().count() <= w.chars().count() + 2)
}

/// Verbs after which "both" stands for two things just named ("... both went numb").
static BOTH_AS_PRONOUN_NEXT: Words = Words::new(concat!(
    "went\n",
    "go\n",
    "goes\n",
    "are\n",
    "were\n",
    "feel\n",
    "felt\n",
    "got\n",
    "get\n",
    "became\n",
    "become\n",
    "started\n",
    "start\n",
    "have\n",
    "had\n",
    "seem\n",
    "seemed\n",
    "turned\n",
    "tingle\n",
    "tingled\n",
    "did\n",
    "at\n",
));

pub(super) fn english_sides(t: &[Token]) -> Sides {
    let mut s = Sides::default();
    for (i, tok) in t.iter().enumerate() {
        let next = t.get(i + 1).map(|x| x.raw.as_str()).unwrap_or("");
        let prev = if i > 0 { t[i - 1].raw.as_str() } else { "" };
        if matches!(tok.raw.as_str(), "left" | "right" | "both") && english_side_unaffected(t, i)
            || tok.raw == "sides" && prev == "both" && english_side_unaffected(t, i - 1)
        {
            continue;
        }
        match tok.raw.as_str() {
            "left"
                if !matches!(
                    next,
                    "over"
                        | "alone"
                        | "behind"
                        | "out"
                        | "work"
                        | "home"
                        | "the"
                        | "me"
                        | "it"
                        | "a"
                        | "an"
                        | "marks"
                        | "no"
                        | "them"
                        | "him"
                        | "us"
                ) && !matches!(
                    prev,
                    "i" | "he" | "she" | "we" | "they" | "have" | "had" | "was" | "is" | "been"
                ) =>
            {
                s.left = true
            }
            // "..., steroids right?": a tag at the end of a clause is not a side ("on the
            // right." is).
            "right"
                if (next.is_empty() || t.get(i + 1).is_some_and(|x| x.after_comma))
                    && !matches!(prev, "the" | "my" | "his" | "her" | "their" | "your" | "on" | "to") => {}
            "right"
                if !matches!(
                    next,
                    "away"
                        | "now"
                        | "after"
                        | "before"
                        | "there"
                        | "here"
                        | "then"
                        | "when"
                        | "thing"
                        | "over"
                        | "through"
                        | "across"
                        | "down"
                        | "up"
                        | "into"
                        | "along"
                        | "round"
                        | "around"
                        | "behind"
                        | "in"
                        | "to"
                        | "out"
                        | "off"
                        | "under"
                ) && !matches!(
                    prev,
                    "all" | "is" | "that's" | "thats" | "it's" | "not" | "be" | "feel" | "feels"
                ) =>
            {
                s.right = true
            }
            // "the left corner of my mouth and my left hand both went numb": "both" is the two
            // things named, each on the side told, not both sides.
            "both"
                if BOTH_AS_PRONOUN_NEXT.contains(next)
                    && t[..i]
                        .iter()
                        .rev()
                        .take_while(|x| x.clause == tok.clause)
                        .any(|x| matches!(x.raw.as_str(), "left" | "right")) => {}
            "both" | "bilateral" | "bilaterally" | "bilat" => s.both = true,
            // "on either side" is both; "I can't raise my eyebrow either" is "too".
            "either" if next.starts_with("side") => s.both = true,
            "hands" | "feet" | "legs" | "arms" | "palms" | "sides" if matches!(prev, "two" | "both" | "all") => {
                s.both = true
            }
            // "my legs are weak", "I can't feel my feet": one's legs or feet, in the plural, are
            // both ("between my legs", "my legs crossed" are not).
            "legs" | "feet"
                if matches!(prev, "my" | "his" | "her" | "their")
                    && next != "crossed"
                    && !(i >= 2 && matches!(t[i - 2].raw.as_str(), "between" | "cross" | "crossed" | "crossing")) =>
            {
                s.both = true
            }
            "unilateral" => s.one = true,
            "one" if matches!(next, "side" | "sided") => s.one = true,
            "half" if matches!(next, "my" | "of" | "the" | "his" | "her" | "face") => s.one = true,
            _ => {}
        }
    }
    s
}

pub(super) fn zh_sides(s: &str) -> Sides {
    let mut out = Sides::default();
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let prev = if i > 0 { chars[i - 1] } else { ' ' };
        let next = chars.get(i + 1).copied().unwrap_or(' ');
        if matches!(c, '左' | '右') && zh_side_unaffected(&chars, i) {
            continue;
        }
        if c == '左' && next != '右' {
            out.left = true;
        }
        if c == '右' && prev != '左' {
            out.right = true;
        }
    }
    if ZH_BOTH_SIDES.iter().any(|w| {
        // "兩隻腳都沒問題": both are said to be fine, not affected.
        s.match_indices(w).any(|(at, _)| {
            let i = s[..at].chars().count() + w.chars().count() - 1;
            !zh_side_unaffected(&chars, i)
        })
    }) {
        out.both = true;
    }
    if ZH_ONE_SIDE.iter().any(|w| s.contains(w)) {
        out.one = true;
    }
    out
}
