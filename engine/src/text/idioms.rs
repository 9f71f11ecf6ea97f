//! English idioms whose meaning is in a word the matcher skips: speech that "was off" is speech
//! gone wrong, a dog that "got me" bit me, "two of everything" is double, "watery runs" are
//! diarrhoea, being "on the pill" is taking the contraceptive pill, a baby who "feels warm" is
//! feverish, and a swelling "like a tennis ball" is a size, not a testicle. Each becomes a word
//! the KB's phrases can name.

use super::words::idioms::{BITERS, BITTEN, FEVERISH, LINKS, RUNS_BEFORE, SEEN_TWICE, SIZED_BALLS, SPEECH_WORDS};

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
            && BITERS.contains(&bare(&words[i - 1].0))
            && words.get(i + 1).is_some_and(|x| BITTEN.contains(&bare(&x.0)))
        {
            words[i].0 = "bit".to_string();
        } else if w == "two"
            && words.get(i + 1).is_some_and(|x| x.0 == "of")
            && words.get(i + 2).is_some_and(|x| SEEN_TWICE.contains(&bare(&x.0)))
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
        }
    }
    words
}

/// True when the words before "off" are a word for speech and only linking words.
fn speech_before(before: &[(String, bool)]) -> bool {
    let mut linked = false;
    for (word, _) in before.iter().rev().take(6) {
        let w = bare(word);
        if LINKS.contains(&w) {
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
        assert_eq!(run("watery runs since 4am"), "watery diarrhoea since 4am");
        assert_eq!(run("my nose runs"), "my nose runs");
        assert_eq!(run("on the pill"), "on the contraceptive");
        assert_eq!(run("took a pill"), "took a pill");
        assert_eq!(run("my 3 week old baby feels warm"), "my 3 week old baby feels feverish");
        assert_eq!(run("my calf feels warm"), "my calf feels warm");
        assert_eq!(run("swollen like a tennis ball"), "swollen like a tennis sized");
        assert_eq!(run("my balls hurt"), "my balls hurt");
    }
}
