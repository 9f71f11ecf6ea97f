//! English idioms whose meaning is in a word the matcher skips: speech that "was off" is speech
//! gone wrong, a dog that "got me" bit me, "two of everything" is double, "watery runs" are
//! diarrhoea, being "on the pill" is taking the contraceptive pill, a baby who "feels warm" is
//! feverish, "had her baby" is a birth, "went over on my ankle" twisted it, "never happened
//! before" is a first time, bowels not opened are constipated, "never felt better" is
//! euphoric, "not herself" is unwell, a weak flow is a poor one, a packet's 'do not eat' is its
//! label, a face that "doesn't work" cannot move, "dropping off" is falling asleep, "leg day"
//! is a workout, a swelling "like a tennis ball" is a size, not a testicle, a pain of "9/10"
//! is severe, "fell asleep" is going to sleep (not a fall), "shook it" is a flick of a numb
//! limb, "a temp" is a fever, a pain "from my right buttock" starts on one side of the seat
//! (not the saddle) and "a sore on my lip" is an ulcer. Each becomes a word the KB's phrases
//! can name.

use super::words::idioms::{BITERS, BITTEN, FEVERISH, LINKS, RUNS_BEFORE, SEEN_TWICE, SIZED_BALLS, SPEECH_WORDS};
use crate::text::table::Words;

fn bare(word: &str) -> &str {
    word.trim_matches('\'')
}

/// Rewrites the idioms in a sentence's words (each with its after-a-comma mark).
pub fn merge_idioms(mut words: Vec<(String, bool)>) -> Vec<(String, bool)> {
    for i in 0..words.len() {
        let w = bare(&words[i].0).to_string();
        if w == "off" && speech_before(&words[..i]) {
            words[i].0 = "wrong".to_string();
        } else if matches!(w.as_str(), "got" | "caught" | "nipped" | "grabbed")
            && i > 0
            && BITERS.contains(bare(&words[i - 1].0))
            && words.get(i + 1).is_some_and(|x| BITTEN.contains(bare(&x.0)))
        {
            words[i].0 = "bit".to_string();
        } else if w == "two"
            && words.get(i + 1).is_some_and(|x| x.0 == "of")
            && (words.get(i + 2).is_some_and(|x| SEEN_TWICE.contains(&bare(&x.0)))
                || i > 0 && matches!(bare(&words[i - 1].0), "seeing" | "see" | "saw" | "seen"))
        {
            words[i].0 = "double".to_string();
        } else if w == "pill"
            && i >= 2
            && bare(&words[i - 1].0) == "the"
            && matches!(bare(&words[i - 2].0), "on" | "taking" | "take" | "takes")
        {
            words[i].0 = "contraceptive".to_string();
        } else if matches!(w.as_str(), "warm" | "hot")
            && i >= 2
            && matches!(bare(&words[i - 1].0), "feels" | "felt" | "feel" | "feeling")
            && FEVERISH.contains(&bare(&words[i - 2].0))
            && words.get(i + 1).is_none_or(|x| !matches!(bare(&x.0), "water" | "bath" | "room" | "weather"))
        {
            words[i].0 = "feverish".to_string();
        } else if matches!(w.as_str(), "ball" | "balls") && i > 0 && SIZED_BALLS.contains(&bare(&words[i - 1].0)) {
            words[i].0 = "sized".to_string();
        } else if w == "runs" && i > 0 && RUNS_BEFORE.contains(&bare(&words[i - 1].0)) {
            words[i].0 = "diarrhoea".to_string();
        } else if w == "had"
            && words.get(i + 1).is_some_and(|x| matches!(bare(&x.0), "my" | "her" | "our"))
            && words.get(i + 2).is_some_and(|x| matches!(bare(&x.0), "baby" | "babies" | "twins"))
        {
            // "she had her baby 2 weeks ago": she gave birth.
            words[i].0 = "gave".to_string();
            words[i + 1].0 = "birth".to_string();
        } else if w == "over"
            && i > 0
            && matches!(bare(&words[i - 1].0), "went" | "go" | "goes" | "gone" | "going")
            && words.get(i + 1).is_some_and(|x| x.0 == "on")
            && words.get(i + 3).is_some_and(|x| matches!(bare(&x.0), "ankle" | "ankles" | "foot" | "knee"))
        {
            // "went over on my ankle": twisted it.
            words[i].0 = "twisted".to_string();
        } else if let Some(k) = bowels_not_opened(&words[i..]) {
            // "haven't opened my bowels for 3 days", "hasn't pooed since Monday": constipated.
            words[i].0 = "bowels".to_string();
            words[i + k].0 = "constipated".to_string();
        } else if matches!(w.as_str(), "drop" | "drops" | "dropping" | "dropped")
            && words.get(i + 1).is_some_and(|x| x.0 == "off")
            && words.get(i + 2).is_none_or(|x| {
                x.1 || matches!(
                    bare(&x.0),
                    "to" | "he" | "she" | "i" | "they" | "his" | "her" | "and" | "then" | "when"
                )
            })
        {
            // "just as he's dropping off his whole body jerks": falling asleep.
            words[i].0 = "drifting".to_string();
        } else if w == "never"
            && words.get(i + 1).is_some_and(|x| matches!(bare(&x.0), "felt" | "been" | "feel"))
            && words.get(i + 2).is_some_and(|x| matches!(bare(&x.0), "better" | "happier"))
        {
            // "says he's never felt better" (while sleeping 2 hours): elated.
            words[i].0 = "euphoric".to_string();
            words[i + 1].0 = "mood".to_string();
        } else if matches!(w.as_str(), "weak" | "weaker")
            && words[i.saturating_sub(2)..(i + 3).min(words.len())].iter().any(|x| {
                matches!(bare(&x.0).trim_end_matches("'s"), "flow" | "stream" | "urine" | "pee" | "wee" | "jet")
            })
        {
            // "the flow's weak and stop-start": a poor stream of urine, not a weak limb.
            words[i].0 = "poor".to_string();
        } else if matches!(
            w.as_str(),
            "won't" | "wont" | "doesn't" | "doesnt" | "didn't" | "didnt" | "wouldn't" | "wouldnt" | "isn't" | "isnt"
        ) && words.get(i + 1).is_some_and(|x| {
            matches!(bare(&x.0), "work" | "working" | "close" | "wrinkle" | "move" | "lift" | "grip" | "open" | "raise")
        }) && words[i.saturating_sub(6)..i].iter().any(|x| BODY_PARTS.contains(bare(&x.0)))
        {
            // "the left side of my face just doesn't work", "the eye won't close": cannot.
            words[i].0 = "unable".to_string();
            if matches!(bare(&words[i + 1].0), "work" | "working") {
                words[i + 1].0 = "move".to_string();
            }
        } else if w == "do"
            && words.get(i + 1).is_some_and(|x| bare(&x.0) == "not")
            && words.get(i + 2).is_some_and(|x| matches!(bare(&x.0), "eat" | "swallow" | "ingest"))
            && (words[i].0.starts_with(['\'', '"'])
                || i > 0
                    && matches!(
                        bare(&words[i - 1].0),
                        "says" | "said" | "labelled" | "marked" | "packet" | "packets" | "sachet" | "sachets"
                    ))
        {
            // a packet marked 'do not eat': its label, not a denial of eating.
            words[i].0 = "label".to_string();
            words[i + 1].0 = "printed".to_string();
        } else if w == "not"
            && words.get(i + 1).is_some_and(|x| matches!(bare(&x.0), "herself" | "himself" | "myself" | "themselves"))
        {
            // "she's not herself": changed and unwell, not a denial.
            words[i].0 = "unwell".to_string();
            words[i + 1].0 = "changed".to_string();
        } else if w == "never" && first_time_told(&words[i + 1..]) {
            // "never happened before", "never had this before": a first time.
            words[i].0 = "first".to_string();
            words[i + 1].0 = "time".to_string();
        } else if w == "leg"
            && words.get(i + 1).is_some_and(|x| matches!(bare(&x.0), "day" | "days" | "workout" | "workouts"))
        {
            // "heavy leg days at the gym": a workout, not a leg.
            words[i].0 = "gym".to_string();
        } else if matches!(w.as_str(), "fall" | "falls" | "fell" | "fallen" | "falling")
            && words.get(i + 1).is_some_and(|x| bare(&x.0) == "asleep")
        {
            // "fell asleep on the sofa with my arm under my head": going to sleep, not a fall.
            words[i].0 = "going".to_string();
        } else if matches!(w.as_str(), "shook" | "shake" | "shakes" | "shaking")
            && words.get(i + 1).is_some_and(|x| matches!(bare(&x.0), "it" | "them" | "out"))
        {
            // "shook it and it came back": the patient flicked a numb limb, not a tremor.
            words[i].0 = "flick".to_string();
        } else if matches!(w.as_str(), "temp" | "temperature")
            && i > 0
            && matches!(bare(&words[i - 1].0), "a" | "high")
            && words.get(i + 1).is_none_or(|x| x.1 || !(x.0 == "of" || x.0.starts_with(|c: char| c.is_ascii_digit())))
        {
            // "he's got a temp", "running a high temperature": a fever (a reading, "a temp of
            // 39", is left to the vital signs).
            words[i].0 = "fever".to_string();
        } else if matches!(w.as_str(), "buttock" | "buttocks" | "bum" | "backside")
            && i >= 3
            && matches!(bare(&words[i - 1].0), "left" | "right")
            && matches!(bare(&words[i - 2].0), "my" | "the" | "his" | "her")
            && bare(&words[i - 3].0) == "from"
        {
            // "pain shooting from my right buttock down the leg": where a sciatic pain starts,
            // one side of the seat, not the saddle.
            words[i].0 = "gluteal".to_string();
        } else if w == "sore"
            && i > 0
            && matches!(bare(&words[i - 1].0), "a" | "small" | "little" | "tiny" | "new" | "another" | "open" | "the")
            && words.get(i + 1).is_none_or(|x| {
                x.1 || matches!(
                    bare(&x.0),
                    "coming"
                        | "on"
                        | "at"
                        | "in"
                        | "near"
                        | "inside"
                        | "forming"
                        | "appeared"
                        | "came"
                        | "is"
                        | "was"
                        | "that"
                )
            })
        {
            // "found a sore on my penis", "a sore in my mouth": a sore there is an ulcer, not a
            // soreness ("a sore throat" stays a soreness).
            words[i].0 = "ulcer".to_string();
        } else if pain_score_high(&words[i..]) {
            words[i].0 = "severe".to_string();
        }
    }
    words
}

/// A pain score of 8 or more out of 10 ("9/10", "10 out of 10") at the start of `words`: a
/// severe pain.
fn pain_score_high(words: &[(String, bool)]) -> bool {
    let high = words[0].0.parse::<u32>().is_ok_and(|n| (8..=10).contains(&n));
    let out_of = |k: usize| words.get(k).is_some_and(|x| x.0 == "10");
    high && (words.get(1).is_some_and(|x| x.1) && out_of(1)
        || words.get(1).is_some_and(|x| x.0 == "out") && words.get(2).is_some_and(|x| x.0 == "of") && out_of(3))
}

/// When `words` open with a denial of opening the bowels ("haven't opened my bowels", "not
/// pooped", "hasn't been for a poo"), the index of the word that names the bowels' opening.
fn bowels_not_opened(words: &[(String, bool)]) -> Option<usize> {
    let denial = matches!(
        bare(&words[0].0),
        "not" | "haven't" | "havent" | "hasn't" | "hasnt" | "didn't" | "didnt" | "can't" | "cant" | "unable"
    );
    if !denial {
        return None;
    }
    for (k, (word, _)) in words.iter().enumerate().skip(1).take(4) {
        match bare(word) {
            "opened" | "open" | "pooed" | "pooped" | "poo" | "poop" | "pood" => return Some(k),
            "my" | "his" | "her" | "their" | "been" | "for" | "a" | "had" | "done" | "to" | "the" | "any" => {}
            _ => return None,
        }
    }
    None
}

/// Body parts whose "won't close", "doesn't work" says they cannot.
static BODY_PARTS: Words = Words::new(concat!(
    "face\n",
    "eye\n",
    "eyes\n",
    "eyelid\n",
    "mouth\n",
    "lip\n",
    "forehead\n",
    "arm\n",
    "arms\n",
    "hand\n",
    "hands\n",
    "leg\n",
    "legs\n",
    "foot\n",
    "feet\n",
    "side\n",
    "fingers\n",
    "finger\n",
    "thumb\n",
    "wrist\n",
));

/// True when `words` (after "never") are "happened before" or "had this/that/it/one before".
fn first_time_told(words: &[(String, bool)]) -> bool {
    let w = |k: usize| words.get(k).map(|x| bare(&x.0));
    match w(0) {
        Some("happened" | "happen") => w(1) == Some("before"),
        Some("had" | "felt" | "seen") => {
            matches!(w(1), Some("this" | "that" | "it" | "one" | "them")) && w(2) == Some("before")
        }
        _ => false,
    }
}

/// True when the words before "off" are a word for speech and only linking words.
fn speech_before(before: &[(String, bool)]) -> bool {
    let mut linked = false;
    for (word, _) in before.iter().rev().take(6) {
        let w = bare(word);
        if LINKS.contains(w) {
            linked = true;
        } else {
            return linked && SPEECH_WORDS.contains(&w);
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::merge_idioms;

    fn run(text: &str) -> String {
        let words = text.split(' ').map(|w| (w.to_string(), false)).collect();
        merge_idioms(words).into_iter().map(|(w, _)| w).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn speech_that_was_off_and_a_dog_that_got_me() {
        assert_eq!(run("my talking was 'off'"), "my talking was wrong");
        assert_eq!(run("his speech is a bit off"), "his speech is a bit wrong");
        assert_eq!(run("the dog got me on the hand"), "the dog bit me on the hand");
        assert_eq!(run("i took the day off"), "i took the day off");
        assert_eq!(run("the dog got sick"), "the dog got sick");
        assert_eq!(run("turn the voice assistant off"), "turn the voice assistant off");
        assert_eq!(run("seeing two of everything"), "seeing double of everything");
        assert_eq!(run("two of my fingers"), "two of my fingers");
        assert_eq!(run("i'm seeing two of the telly"), "i'm seeing double of the telly");
        assert_eq!(run("watery runs since 4am"), "watery diarrhoea since 4am");
        assert_eq!(run("my nose runs"), "my nose runs");
        assert_eq!(run("on the pill"), "on the contraceptive");
        assert_eq!(run("took a pill"), "took a pill");
        assert_eq!(run("my 3 week old baby feels warm"), "my 3 week old baby feels feverish");
        assert_eq!(run("my calf feels warm"), "my calf feels warm");
        assert_eq!(run("swollen like a tennis ball"), "swollen like a tennis sized");
        assert_eq!(run("my balls hurt"), "my balls hurt");
    }

    #[test]
    fn a_birth_a_twisted_ankle_and_a_pain_score() {
        assert_eq!(run("she had her baby 2 weeks ago"), "she gave birth baby 2 weeks ago");
        assert_eq!(run("my baby had her jabs"), "my baby had her jabs");
        assert_eq!(run("went over on my ankle"), "went twisted on my ankle");
        assert_eq!(run("i haven't opened my bowels for 3 days"), "i bowels constipated my bowels for 3 days");
        assert_eq!(run("he hasn't been for a poo since monday"), "he bowels been for a constipated since monday");
        assert_eq!(run("not a drop of blood when i pooed"), "not a drop of blood when i pooed");
        assert_eq!(run("he says he's never felt better"), "he says he's euphoric mood better");
        assert_eq!(run("as he's dropping off his body jerks"), "as he's drifting off his body jerks");
        assert_eq!(run("i dropped off the kids"), "i dropped off the kids");
        assert_eq!(run("last 2 days she's not herself"), "last 2 days she's unwell changed");
        assert_eq!(run("small packets 'do not eat' silica gel"), "small packets label printed eat' silica gel");
        assert_eq!(run("do not eat after midnight"), "do not eat after midnight");
        assert_eq!(run("the left side of my face just doesn't work"), "the left side of my face just unable move");
        assert_eq!(run("forehead on the left won't wrinkle"), "forehead on the left unable wrinkle");
        assert_eq!(run("the printer doesn't work"), "the printer doesn't work");
        assert_eq!(run("flow's weak and stop-start"), "flow's poor and stop-start");
        assert_eq!(run("my arm is weak"), "my arm is weak");
        assert_eq!(run("never happened before"), "first time before");
        assert_eq!(run("never had this before"), "first time this before");
        assert_eq!(run("never had a headache"), "never had a headache");
        assert_eq!(run("heavy leg days"), "heavy gym days");
        assert_eq!(run("my leg hurts"), "my leg hurts");
        assert_eq!(run("went over on the weekend"), "went over on the weekend");
        assert_eq!(run("headache 9 out of 10"), "headache severe out of 10");
        assert_eq!(run("pain 3 out of 10"), "pain 3 out of 10");
        assert_eq!(run("fell asleep with my arm under my head"), "going asleep with my arm under my head");
        assert_eq!(run("fell down the stairs"), "fell down the stairs");
        assert_eq!(run("shook it and it came back"), "flick it and it came back");
        assert_eq!(run("my hands shake"), "my hands shake");
        assert_eq!(run("got a temp since yesterday"), "got a fever since yesterday");
        assert_eq!(run("had a temp of 39"), "had a temp of 39");
        assert_eq!(run("shooting from my right buttock down"), "shooting from my right gluteal down");
        assert_eq!(run("numb around my buttocks"), "numb around my buttocks");
        assert_eq!(run("a small sore coming on my lip"), "a small ulcer coming on my lip");
        assert_eq!(run("a sore throat"), "a sore throat");
        assert_eq!(run("my ear is sore"), "my ear is sore");
    }
}
