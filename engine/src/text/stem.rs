//! A small English stemmer: enough to make "twitch", "twitches", "twitching" and "twitched"
//! one word, and "numb"/"numbness", "tingle"/"tingling" likewise. It is applied to KB phrases
//! and patient text alike, so only consistency matters, not linguistic accuracy.

use crate::text::table::Pairs;

/// Irregular forms patients use, with their base form; the base form is then stemmed like any
/// other word, so that "woke", "wake" and "waking" share one stem.
static IRREGULAR: Pairs = Pairs::new(concat!(
    "fell|fall\n",
    "fallen|fall\n",
    "woke|wake\n",
    // "Sleepy" is drowsiness, not sleep: "can't sleep" and "in his sleep" are not drowsy.
    "sleepy|drowsy\n",
    "sleepier|drowsy\n",
    "sleepiness|drowsy\n",
    "woken|wake\n",
    "felt|feel\n",
    "feet|foot\n",
    "teeth|tooth\n",
    "lost|lose\n",
    "went|go\n",
    "gone|go\n",
    "came|come\n",
    "got|get\n",
    "gotten|get\n",
    "spread|spread\n",
    "hurt|hurt\n",
    "hurts|hurt\n",
    "hurting|hurt\n",
    "numbed|numb\n",
    "slept|sleep\n",
    "bit|bite\n",
    "bitten|bite\n",
    "bled|bleed\n",
    "broke|break\n",
    "broken|break\n",
    "blew|blow\n",
    "held|hold\n",
    "shook|shake\n",
    "shaken|shake\n",
    "spoke|speak\n",
    "spoken|speak\n",
    "stood|stand\n",
    "sat|sit\n",
    // "Hardly" is scarcely, not hard.
    "hardly|hardli\n",
    "swollen|swell\n",
    "threw|throw\n",
    "thrown|throw\n",
    "took|take\n",
    "taken|take\n",
    "wore|wear\n",
    "worn|wear\n",
    "drank|drink\n",
    "ate|eat\n",
    "saw|see\n",
    "seen|see\n",
    "children|child\n",
    "men|man\n",
    "women|woman\n",
    "paralysed|paralyz\n",
    "paralyzed|paralyz\n",
    "paralysis|paralyz\n",
    "paralyse|paralyz\n",
    "paralyze|paralyz\n",
    "dizziness|dizzy\n",
    "dizzy|dizzy\n",
    "tingly|tingl\n",
    // Spotting is light bleeding, not a spot on the skin or "one spot on a rib".
    "spotting|spotbleed\n",
    "prickly|prickl\n",
    // Words whose "y" is not a suffix: "footy" is football, not a foot; "handy" not a hand.
    "footy|football\n",
    "handy|handi\n",
    // "Achy" (all over, as in flu) is not "ache" (one place).
    "achy|achey\n",
    // "Fitting" is convulsing (a "coughing fit" is only a bout).
    "fitting|convulse\n",
    // Hives (a rash) are not HIV.
    "hives|urticaria\n",
    // Singed hair is scorched, not sung.
    "singe|scorch\n",
    "singed|scorch\n",
));

/// Reduces an English word (already lower-case) to its stem.
pub fn stem(word: &str) -> String {
    match IRREGULAR.iter().find(|(w, _)| *w == word) {
        Some((_, base)) => regular(base),
        None => regular(word),
    }
}

/// Strips regular suffixes.
fn regular(word: &str) -> String {
    if word.len() <= 3 || !word.is_ascii() {
        return word.to_string();
    }
    let mut w = word.to_string();
    strip_plural(&mut w);
    for suffix in ["ingly", "edly", "ness", "ings", "ing", "ed", "ly", "ful"] {
        if w.len() >= suffix.len() + 3 && w.ends_with(suffix) {
            w.truncate(w.len() - suffix.len());
            undouble(&mut w);
            break;
        }
    }
    if w.len() > 3 && w.ends_with('y') && !ends_with_vowel_before_last(&w) {
        w.pop();
    }
    if w.len() > 3 && w.ends_with('e') && !w.ends_with("ee") {
        w.pop();
    }
    w
}

fn strip_plural(w: &mut String) {
    if w.ends_with("ies") && w.len() > 4 {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if w.ends_with("sses")
        || w.ends_with("ches")
        || w.ends_with("shes")
        || w.ends_with("xes")
        || w.ends_with("zes")
    {
        w.truncate(w.len() - 2);
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w.pop();
    }
}

fn undouble(w: &mut String) {
    let b = w.as_bytes();
    let n = b.len();
    if n >= 2 && b[n - 1] == b[n - 2] && !matches!(b[n - 1], b'l' | b's' | b'z' | b'e' | b'o') {
        w.pop();
    }
}

fn ends_with_vowel_before_last(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 2 && matches!(b[b.len() - 2], b'a' | b'e' | b'i' | b'o' | b'u')
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn inflections_share_a_stem() {
        for group in [
            &["twitch", "twitches", "twitching", "twitched", "twitchy"][..],
            &["numb", "numbness", "numbed"],
            &["tingle", "tingling", "tingles", "tingled", "tingly"],
            &["droop", "drooping", "droops", "drooped", "droopy"],
            &["weak", "weakness"],
            &["drop", "dropping", "dropped"],
            &["eyelid", "eyelids"],
            &["sudden", "suddenly"],
            &["spread", "spreading", "spreads"],
            &["paralysis", "paralyzed", "paralysed"],
            // Irregular forms reach the stem of their base form.
            &["wake", "woke", "woken", "waking", "wakes"],
            &["lose", "lost", "losing", "loses"],
            &["come", "came", "coming", "comes"],
            &["bite", "bit", "bitten", "biting", "bites"],
            &["fall", "fell", "fallen", "falling"],
            &["shake", "shook", "shaking"],
            &["speak", "spoke", "speaking"],
        ] {
            let s = stem(group[0]);
            for w in group {
                assert_eq!(stem(w), s, "{w} vs {}", group[0]);
            }
        }
    }
}
