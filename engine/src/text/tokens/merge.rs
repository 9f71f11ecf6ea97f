//! Runs of English words rewritten as one word before scopes are marked: an inability
//! (`unable`), a sign worded as a denial (`suicidal`, `unresponsive`) and a lost ability (`lost`).

use crate::text::words::denial_signs::{DENIAL_SHAPED_SIGNS, SCREEN_DENIAL_SHAPED_SIGNS};
use crate::text::words::inability::{ABILITY_VERBS, LOSS_BETWEEN, LOSS_DROPPED, LOST_ABILITIES, OBEY_VERBS, PEOPLE};

/// "can't", "cannot", "can not", "not able", "unable" all become one word, `unable`; so do a
/// body part's "doesn't close / won't lift".
pub(super) fn merge_inability(words: Vec<(String, bool)>) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let w = words[i].0.as_str();
        let next = words.get(i + 1).map(|x| x.0.as_str());
        let single = matches!(
            w,
            "can't" | "cant" | "cannot" | "couldn't" | "couldnt" | "unable" | "won't" | "wont" | "wasn't_able"
        );
        let pair = matches!(
            (w, next),
            ("can" | "could", Some("not"))
                | ("not" | "never", Some("able"))
                | ("wasn't" | "isn't" | "weren't" | "aren't" | "wasnt" | "isnt", Some("able"))
        );
        // "my eye doesn't close", "his arm won't lift": a body part that fails to do
        // something is an inability (a symptom), not a denial. People ("i don't move much")
        // and verbs outside the list ("my face doesn't droop") stay negations.
        let subject = if i > 0 { words[i - 1].0.as_str() } else { "" };
        let does_not = match (w, next) {
            ("doesn't" | "doesnt" | "don't" | "dont" | "didn't" | "didnt" | "wouldn't" | "wouldnt", _) => 1,
            ("does" | "do" | "did" | "would" | "will", Some("not")) => 2,
            _ => 0,
        };
        let verb = words.get(i + does_not).map(|x| x.0.as_str()).unwrap_or("");
        let part = !PEOPLE.contains(subject);
        if does_not > 0 && part && OBEY_VERBS.contains(&verb) {
            out.push(("unable".to_string(), words[i].1));
            out.push(("move".to_string(), words[i + does_not].1));
            i += does_not + 1;
        } else if does_not > 0 && part && ABILITY_VERBS.contains(verb) {
            out.push(("unable".to_string(), words[i].1));
            i += does_not;
        } else if (pair || single) && words.get(i + if pair { 2 } else { 1 }).is_some_and(|x| x.0 == "be") {
            // "can't be pregnant", "couldn't be a stroke": an impossibility, a denial.
            out.push(("not".to_string(), words[i].1));
            i += if pair { 2 } else { 1 };
        } else if pair {
            out.push(("unable".to_string(), words[i].1));
            i += 2;
        } else if single {
            out.push(("unable".to_string(), words[i].1));
            i += 1;
        } else {
            out.push(words[i].clone());
            i += 1;
        }
    }
    out
}

/// Signs worded as denials become one word each, so that no negation covers them: "i don't
/// want to live" → `suicidal`, "he isn't making sense" → `incoherent`, "she doesn't respond
/// (when we talk to her)" → `unresponsive` ("the pain doesn't respond to painkillers" stays a
/// denial).
pub(super) fn merge_signs(words: Vec<(String, bool)>) -> Vec<(String, bool)> {
    let starts =
        |at: usize, seq: &str| seq.split(' ').enumerate().all(|(k, w)| words.get(at + k).is_some_and(|x| x.0 == w));
    let mut out: Vec<(String, bool)> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let w = words[i].0.as_str();
        let not = matches!(
            w,
            "doesn't" | "doesnt" | "didn't" | "didnt" | "isn't" | "isnt" | "wasn't" | "wasnt" | "not" | "unable"
        );
        let responds =
            words.get(i + 1).is_some_and(|x| matches!(x.0.as_str(), "respond" | "responding" | "react" | "reacting"));
        if not && responds && words.get(i + 2).is_none_or(|x| x.0 != "to") {
            out.push(("unresponsive".to_string(), words[i].1));
            i += 2;
        } else if let Some((seq, sign)) =
            DENIAL_SHAPED_SIGNS.iter().chain(SCREEN_DENIAL_SHAPED_SIGNS.iter()).find(|(seq, _)| starts(i, seq))
        {
            out.push((sign.to_string(), words[i].1));
            i += seq.split(' ').count();
        } else {
            out.push(words[i].clone());
            i += 1;
        }
    }
    out
}

/// "no feeling in my arm", "no strength in my legs", "no bladder or bowel control", "don't have
/// any feeling in my feet": an ability that is gone is a loss (a symptom), not a denial, so the
/// cue becomes `lost` ("lost feeling", "lost bladder or bowel control"). "no feeling of
/// pressure", "no use worrying" and "no problems with bladder control" stay denials, and "i can
/// still control my bladder" becomes one.
pub(super) fn merge_loss(mut words: Vec<(String, bool)>) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let w = words[i].0.as_str();
        // "i can (still) control my bladder": the ability is there, so what follows is denied.
        let still = usize::from(words.get(i + 1).is_some_and(|x| x.0 == "still"));
        if matches!(w, "can" | "could") && words.get(i + 1 + still).is_some_and(|x| x.0 == "control") {
            out.push(("not".to_string(), words[i].1));
            i += 1 + still;
            continue;
        }
        let cue = match (w, words.get(i + 1).map(|x| x.0.as_str())) {
            ("no", _) => 1,
            ("don't" | "dont" | "doesn't" | "doesnt" | "didn't" | "didnt", Some("have" | "had")) => 1,
            _ => 0,
        };
        if cue == 0 {
            out.push(words[i].clone());
            i += 1;
            continue;
        }
        let mut j = i + cue;
        while j < words.len() && j <= i + 4 && LOSS_BETWEEN.contains(&words[j].0.as_str()) {
            j += 1;
        }
        let ability = words.get(j).map(|x| x.0.as_str()).filter(|a| LOST_ABILITIES.contains(a));
        let next = words.get(j + 1).map(|x| x.0.as_str());
        // "no grip problems", "no strength issues" deny a problem, not the ability.
        let problem = matches!(
            next,
            Some(
                "problem"
                    | "problems"
                    | "issue"
                    | "issues"
                    | "trouble"
                    | "troubles"
                    | "difficulty"
                    | "difficulties"
                    | "loss"
                    | "change"
                    | "changes"
            )
        );
        let loss = match ability {
            _ if problem => false,
            Some("feeling" | "sensation") => !matches!(next, Some("of" | "like" | "that" | "as")),
            Some("use") => next == Some("of"),
            Some(_) => true,
            None => false,
        };
        if loss {
            out.push(("lost".to_string(), words[i].1));
            out.extend(words[i + cue..j].iter().filter(|x| !LOSS_DROPPED.contains(&x.0.as_str())).cloned());
            // "feeling" is a filler word elsewhere ("feeling tired"); a lost feeling is a lost sensation.
            if ability == Some("feeling") {
                words[j].0 = "sensation".to_string();
            }
            i = j;
        } else {
            out.push(words[i].clone());
            i += 1;
        }
    }
    out
}
