//! "It's gone now", "back to normal", 現在都正常: the patient says the episode is over. Each red
//! flag declares what that changes (`resolved_level`): a passing stroke warning stays an
//! emergency, while drowsiness that has worn off is no longer one.

use crate::text::table::Words;

/// Words that say the episode has passed, English and Chinese (a normalised text).
static CUES: Words = Words::new(concat!(
    "gone now\n",
    "went away\n",
    "has gone away\n",
    "back to normal\n",
    "fine now\n",
    "normal now\n",
    "ok now\n",
    "okay now\n",
    "all right now\n",
    "alright now\n",
    "recovered fully\n",
    "fully recovered\n",
    "has recovered\n",
    "since recovered\n",
    "now recovered\n",
    "completely resolved\n",
    "resolved\n",
    "stopped now\n",
    "it stopped\n",
    "has stopped\n",
    "had stopped\n",
    "止住了\n",
    "血止了\n",
    "has passed\n",
    "it passed\n",
    // Attacks that come and go, told from between them: none is going on now.
    "between them i'm fine\n",
    "between them im fine\n",
    "in between i'm fine\n",
    "in between im fine\n",
    "fine in between\n",
    "fine between attacks\n",
    "沒發作的時候都正常\n",
    "沒發作時都正常\n",
    "現在都正常\n",
    "現在正常\n",
    "現在都好了\n",
    "現在好了\n",
    "已經好了\n",
    "已經恢復\n",
    "恢復正常\n",
    "現在沒事\n",
    "已經沒事\n",
    "現在都沒事\n",
    "都沒事了\n",
    "後來就好了\n",
    "後來好了\n",
    "就恢復了\n",
    // Attacks that settle by themselves, told from after one.
    "settled\n",
    "it settles\n",
    "calm again\n",
    "calm now\n",
    "wore off\n",
    "passed off\n",
    "goes away on its own\n",
    "go away on their own\n",
    "passes on its own\n",
    "settles on its own\n",
    "自己會好\n",
    "自己就好\n",
    "會自己好\n",
    "自己好了\n",
    "就緩解了\n",
    "緩解了\n",
));

/// Words that say something is still there, so that a message with one part over and another
/// ongoing ("the pain went away but I still can't breathe", 胸痛好了但是還是很喘) is not read as
/// over.
static ONGOING: Words = Words::new(concat!(
    "still\n",
    "again now\n",
    "keeps\n",
    "getting worse\n",
    // What a relative says of the patient now ("now he's very confused"): the episode is over,
    // the patient is not.
    "now he\n",
    "now she\n",
    // An attack that does not pass.
    "never goes\n",
    "doesn't go away\n",
    "doesnt go away\n",
    "won't go away\n",
    "wont go away\n",
    "not going away\n",
    "還是\n",
    "還在\n",
    "仍然\n",
    "仍舊\n",
    "又開始\n",
));

/// True when the text says the episode is over and nothing in it is said to be still going on.
pub fn says_resolved(text: &str) -> bool {
    (CUES.iter().any(|c| text.contains(c)) || lasted_then(text) || cleared_after(text))
        && !ONGOING.iter().any(|c| ongoing(text, c))
}

/// "It lasted about 15 minutes": a past episode with its length. "It has lasted three days"
/// and "it's lasted" are still going on.
fn lasted_then(text: &str) -> bool {
    text.match_indices("lasted ").any(|(i, _)| {
        let before = text[..i].trim_end();
        !["has", "have", "it's", "its", "had", "been", "'s", "'ve"].iter().any(|w| before.ends_with(w))
    })
}

/// 半小時就好了, 十分鐘就好了: it cleared after a while, not a question whether something is
/// enough (休息就好了嗎？).
fn cleared_after(text: &str) -> bool {
    text.match_indices("就好了").any(|(i, w)| {
        let rest = &text[i + w.len()..];
        let before = &text[..i];
        !rest.starts_with(['嗎', '吧', '?', '？', '呢'])
            && ["分鐘", "分", "小時", "秒", "一下", "一會"].iter().any(|u| before.ends_with(u))
    })
}

/// Words that say such episodes keep coming back.
static RECURRING: Words = Words::new(concat!(
    "again\n",
    "attacks\n",
    "episodes\n",
    "of these\n",
    "times this\n",
    "time this\n",
    "time in\n",
    "times a \n",
    "every time\n",
    "each time\n",
    "又來了\n",
    "又發作\n",
    "發作了\n",
    "好幾次\n",
    "幾次\n",
    "每次\n",
));

/// Words that say the episodes were checked before and nothing was found.
static CHECKED: Words = Words::new(concat!(
    "all normal\n",
    "was normal\n",
    "were normal\n",
    "came back normal\n",
    "came back fine\n",
    "everything normal\n",
    "checked out fine\n",
    "found nothing\n",
    "nothing found\n",
    "nothing wrong\n",
    "all clear\n",
    "都正常\n",
    "都沒問題\n",
    "說沒事\n",
    "沒有問題\n",
    "沒發現\n",
    "沒有發現\n",
));

/// True when the text says such episodes keep coming back and were checked before with nothing
/// found: a known pattern (panic attacks after a normal heart check-up), to be read with
/// [`says_resolved`] for the one told about.
pub fn says_known_pattern(text: &str) -> bool {
    RECURRING.iter().any(|c| text.contains(c)) && CHECKED.iter().any(|c| text.contains(c))
}

/// True when `cue` stands in `text` saying something goes on: 還是 also means "or" in a
/// question (還是要掛什麼科？), and then it says nothing of the symptom.
fn ongoing(text: &str, cue: &str) -> bool {
    text.match_indices(cue).any(|(i, w)| {
        cue != "還是" || !text[i + w.len()..].starts_with(['要', '該', '應', '可', '先', '去', '直', '掛', '等'])
    })
}

#[cfg(test)]
mod tests {
    use super::says_resolved;

    #[test]
    fn an_episode_that_is_over() {
        assert!(says_resolved("it lasted ten minutes and it's gone now"));
        assert!(says_resolved("之後叫不太醒，現在都正常了"));
        assert!(!says_resolved("my hand has been numb for a week"));
        assert!(!says_resolved("現在還是很痛"));
        assert!(!says_resolved("the pain went away but i still cant breathe"));
        assert!(!says_resolved("胸痛已經好了，但是還是很喘"));
        assert!(says_resolved("今天除了全身痠痛都沒事了。還是要掛什麼科？"));
        assert!(says_resolved("it lasted about 15 minutes and now i'm calm"));
        assert!(!says_resolved("it has lasted three days"));
        assert!(says_resolved("用慢慢呼吸大概半小時就好了"));
        assert!(!says_resolved("胸口悶悶的，休息一下就好了嗎？"));
        assert!(says_resolved("it goes away on its own in like 15 min"));
        assert!(!says_resolved("it goes away on its own but the numbness never goes away"));
    }

    #[test]
    fn a_known_pattern_of_attacks() {
        use super::says_known_pattern;
        assert!(says_known_pattern("it happened again tonight. last year my ecg and echo were all normal"));
        assert!(says_known_pattern("最近發作了五六次，去年急診抽血心電圖都正常"));
        assert!(says_known_pattern("this is the 3rd time this month. the ecg was normal"));
        assert!(!says_known_pattern("it happened again tonight"));
        assert!(!says_known_pattern("my ecg was normal"));
    }
}
