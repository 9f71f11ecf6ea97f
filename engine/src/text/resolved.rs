//! "It's gone now", "back to normal", 現在都正常: the patient says the episode is over. Each red
//! flag declares what that changes (`resolved_level`): a passing stroke warning stays an
//! emergency, while drowsiness that has worn off is no longer one.

/// Words that say the episode has passed, English and Chinese (a normalised text).
const CUES: &[&str] = &[
    "gone now",
    "went away",
    "has gone away",
    "back to normal",
    "fine now",
    "normal now",
    "ok now",
    "okay now",
    "all right now",
    "alright now",
    "recovered fully",
    "fully recovered",
    "has recovered",
    "since recovered",
    "now recovered",
    "completely resolved",
    "resolved",
    "stopped now",
    "it stopped",
    "has stopped",
    "had stopped",
    "止住了",
    "血止了",
    "has passed",
    "it passed",
    // Attacks that come and go, told from between them: none is going on now.
    "between them i'm fine",
    "between them im fine",
    "in between i'm fine",
    "in between im fine",
    "fine in between",
    "fine between attacks",
    "沒發作的時候都正常",
    "沒發作時都正常",
    "現在都正常",
    "現在正常",
    "現在都好了",
    "現在好了",
    "已經好了",
    "已經恢復",
    "恢復正常",
    "現在沒事",
    "已經沒事",
    "現在都沒事",
    "都沒事了",
    "後來就好了",
    "後來好了",
    "就恢復了",
];

/// Words that say something is still there, so that a message with one part over and another
/// ongoing ("the pain went away but I still can't breathe", 胸痛好了但是還是很喘) is not read as
/// over.
const ONGOING: &[&str] = &["still", "again now", "keeps", "getting worse", "還是", "還在", "仍然", "仍舊", "又開始"];

/// True when the text says the episode is over and nothing in it is said to be still going on.
pub fn says_resolved(text: &str) -> bool {
    CUES.iter().any(|c| text.contains(c)) && !ONGOING.iter().any(|c| ongoing(text, c))
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
    }
}
