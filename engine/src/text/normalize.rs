//! Normalisation shared by the text pipeline and the KB compiler: width, case, quotes and a
//! few simplified Chinese characters mapped to their traditional forms.

/// Simplified → traditional forms of characters common in symptom descriptions.
const SIMPLIFIED: &[(char, char)] = &[
    ('脸', '臉'),
    ('发', '發'),
    ('无', '無'),
    ('没', '沒'),
    ('说', '說'),
    ('话', '話'),
    ('头', '頭'),
    ('脚', '腳'),
    ('睑', '瞼'),
    ('动', '動'),
    ('颤', '顫'),
    ('体', '體'),
    ('觉', '覺'),
    ('痹', '痺'),
    ('麻', '麻'),
    ('歪', '歪'),
    ('肤', '膚'),
    ('颈', '頸'),
    ('肿', '腫'),
    ('疼', '疼'),
    ('边', '邊'),
    ('侧', '側'),
    ('两', '兩'),
    ('个', '個'),
    ('时', '時'),
    ('间', '間'),
    ('经', '經'),
    ('医', '醫'),
    ('检', '檢'),
    ('查', '查'),
    ('后', '後'),
    ('这', '這'),
    ('吗', '嗎'),
    ('们', '們'),
    ('还', '還'),
    ('会', '會'),
    ('跳', '跳'),
    ('晕', '暈'),
    ('压', '壓'),
    ('胀', '脹'),
    ('紧', '緊'),
    ('张', '張'),
    ('虑', '慮'),
    ('梦', '夢'),
    ('惊', '驚'),
    ('吓', '嚇'),
    ('讲', '講'),
    ('楚', '楚'),
    ('齿', '齒'),
    ('开', '開'),
    ('闭', '閉'),
    ('视', '視'),
    ('线', '線'),
    ('腿', '腿'),
    ('脖', '脖'),
    ('颊', '頰'),
    ('颚', '顎'),
    ('腕', '腕'),
    ('隧', '隧'),
    ('痉', '痙'),
    ('挛', '攣'),
    ('岁', '歲'),
    ('礼', '禮'),
    ('拜', '拜'),
    ('几', '幾'),
    ('呼', '呼'),
    ('吸', '吸'),
    ('难', '難'),
    ('烧', '燒'),
    ('昏', '昏'),
    ('倒', '倒'),
    ('识', '識'),
    ('尿', '尿'),
    ('便', '便'),
    ('无', '無'),
    ('力', '力'),
    ('软', '軟'),
    ('针', '針'),
    ('刺', '刺'),
    ('热', '熱'),
    ('冷', '冷'),
    ('疱', '皰'),
    ('疹', '疹'),
    ('带', '帶'),
    ('状', '狀'),
    ('严', '嚴'),
    ('重', '重'),
    ('越', '越'),
    ('来', '來'),
    ('变', '變'),
];

/// Rewordings that serve the general screen's findings (seizures that go on, a clinician's
/// instruction, the genitals, a pregnancy test, a GP's surgery).
const SCREEN_REWORDED: &[(&str, &str)] = &[
    // A thing that goes on: "it hasn't stopped" is not a denial of stopping.
    ("hasn't stopped", "nonstop"),
    ("hasnt stopped", "nonstop"),
    ("has not stopped", "nonstop"),
    ("haven't stopped", "nonstop"),
    ("won't stop", "nonstop"),
    ("wont stop", "nonstop"),
    ("will not stop", "nonstop"),
    ("not stopping", "nonstop"),
    ("isn't stopping", "nonstop"),
    ("never stopped", "nonstop"),
    ("didn't stop", "nonstop"),
    ("didnt stop", "nonstop"),
    // Not coming round between two seizures.
    ("didn't wake up in between", "unrecovered"),
    ("didnt wake up in between", "unrecovered"),
    ("didn't wake in between", "unrecovered"),
    ("not waking up in between", "unrecovered"),
    ("not waking in between", "unrecovered"),
    ("without waking up in between", "unrecovered"),
    ("without waking in between", "unrecovered"),
    ("didn't come round in between", "unrecovered"),
    ("not coming round in between", "unrecovered"),
    ("without coming round", "unrecovered"),
    // Names of the emergency department that are letters.
    ("a&e", "emergency department"),
    ("a & e", "emergency department"),
    ("a and e", "emergency department"),
    ("to the er ", "to the emergency room "),
    ("to the ed ", "to the emergency department "),
    // A doctor's instruction: "doctor" alone is a filler word ("should I see a doctor").
    ("doctor told", "clinician told"),
    ("doctor said", "clinician said"),
    ("doctor sent", "clinician sent"),
    ("doctor advised", "clinician advised"),
    ("doctor wants", "clinician wants"),
    ("doctors told", "clinician told"),
    ("doctors said", "clinician said"),
    ("dr told", "clinician told"),
    ("dr said", "clinician said"),
    // A negative pregnancy test is no pregnancy ("pregnancy test negative" names the word).
    ("pregnancy test negative", "not pregnant"),
    ("pregnancy test was negative", "not pregnant"),
    ("pregnancy test came back negative", "not pregnant"),
    ("pregnancy test is negative", "not pregnant"),
    ("negative pregnancy test", "not pregnant"),
    ("驗孕 陰性", "沒有懷孕"),
    ("驗孕陰性", "沒有懷孕"),
    ("驗孕是陰性", "沒有懷孕"),
    ("驗孕結果陰性", "沒有懷孕"),
    // A British GP's "surgery" is the practice, not an operation.
    ("surgery's closed", "gp practice closed"),
    ("surgery is closed", "gp practice closed"),
    ("surgery's shut", "gp practice closed"),
    ("surgery is shut", "gp practice closed"),
    ("surgery closes", "gp practice closes"),
    ("surgery opens", "gp practice opens"),
    ("gp surgery", "gp practice"),
    ("doctor's surgery", "gp practice"),
    ("doctors surgery", "gp practice"),
    ("call the surgery", "call the gp practice"),
    ("phone the surgery", "phone the gp practice"),
    ("rang the surgery", "rang the gp practice"),
    ("ring the surgery", "ring the gp practice"),
    // When in the day a pain is at its worst is a pattern, not the worst pain ever.
    ("worst when", "more when"),
    ("worst in the morning", "more in the morning"),
    ("worst first thing", "more first thing"),
    ("worst at night", "more at night"),
    ("worst in the evening", "more in the evening"),
    // The genitals in everyday words.
    ("down below", "privates"),
    ("private parts", "privates"),
    // "Down there" is the genitals when a pain or a swelling is said to be there ("having a
    // look down there" at a throat is not).
    ("pain down there", "pain privates"),
    ("hurts down there", "hurts privates"),
    ("hurting down there", "hurting privates"),
    ("sore down there", "sore privates"),
    ("swollen down there", "swollen privates"),
    ("swelling down there", "swelling privates"),
];

/// Fixed expressions whose meaning the word matcher cannot see, read as the words it does: a
/// note's word for "no fever" is a denial, not the fever it contains; a wish to be gone told with
/// a negation ("hope I don't wake up", "don't want to be here anymore") is the wish to die it
/// means ("better off ..." is read by [`death_wish`]); a faint that nearly happened is faintness;
/// "had a fit" is a seizure; "haven't pooped" is constipation; "said window when I meant water"
/// is a wrong word; Taiwanese words for parts of the body (喙, 跤, 頭殼, 目睭, 腹肚, 胸坎), for
/// "not" (袂, 毋) and for "all" (攏) are the Mandarin ones that phrases use; a colour named after
/// coffee (咖啡色) is brown, not a coffee drunk.
const REWORDED: &[(&str, &str)] = &[
    ("afebrile", "no fever"),
    ("apyrexial", "no fever"),
    ("hope i don't wake up", "wish dead"),
    ("hope i dont wake up", "wish dead"),
    ("hope i won't wake up", "wish dead"),
    ("wish i wouldn't wake up", "wish dead"),
    ("wish i didn't wake up", "wish dead"),
    ("sleep and not wake up", "wish dead"),
    ("sleep and never wake up", "wish dead"),
    ("don't want to be here anymore", "wish dead"),
    ("dont want to be here anymore", "wish dead"),
    ("don't want to be here any more", "wish dead"),
    ("don't want to exist", "wish dead"),
    ("dont want to exist", "wish dead"),
    ("i want to disappear", "wish dead"),
    ("i could just disappear", "wish dead"),
    // A band of clothing is no band of pain or rash.
    ("bra band", "bra line"),
    ("waistband", "waist line"),
    ("nearly passed out", "presyncope"),
    ("almost passed out", "presyncope"),
    ("nearly fainted", "presyncope"),
    ("almost fainted", "presyncope"),
    ("nearly blacked out", "presyncope"),
    ("almost blacked out", "presyncope"),
    // Moving without being moved: "closing by itself" is closing on its own.
    ("by itself", "on its own"),
    ("by themselves", "on their own"),
    // Stairs are climbed, not flown: "three flights of stairs" is no long flight.
    ("flights of stairs", "stairs"),
    ("flight of stairs", "stairs"),
    ("flights of steps", "steps"),
    // The start of a pain, not a denial: "went from nothing to the worst headache".
    ("from nothing to", "suddenly to"),
    ("from zero to", "suddenly to"),
    // A baby's cry, not a weak limb in a list ("cold hands and feet, weak cry").
    ("weak cry", "feeble cry"),
    ("weak little cry", "feeble cry"),
    // Talk that leaps between subjects is not a body that jumps.
    ("jumps between topics", "changes topics"),
    ("jumping between topics", "changes topics"),
    ("jumps from topic to topic", "changes topics"),
    ("jumping from topic to topic", "changes topics"),
    ("jumps from one thing to another", "changes topics"),
    ("jumping from one thing to another", "changes topics"),
    ("jumps from one subject to another", "changes topics"),
    // A night without sleep, not a pulled back.
    ("all nighter", "night awake"),
    ("all-nighter", "night awake"),
    // A measure of size, not the hand itself.
    ("size of my hand", "saucer sized"),
    ("size of your hand", "saucer sized"),
    ("size of a hand", "saucer sized"),
    ("size of my palm", "saucer sized"),
    ("size of my fist", "saucer sized"),
    // A limb or muscle that is floppy is weak, not a floppy child.
    ("arm feels floppy", "arm feels weak"),
    ("leg feels floppy", "leg feels weak"),
    ("hand feels floppy", "hand feels weak"),
    ("foot feels floppy", "foot feels weak"),
    ("biceps feels floppy", "biceps feels weak"),
    ("muscle feels floppy", "muscle feels weak"),
    ("floppy arm", "weak arm"),
    ("floppy hand", "weak hand"),
    ("floppy foot", "foot drop"),
    ("floppy leg", "weak leg"),
    // Phrasal verbs whose particle is a filler word: read for what they mean.
    ("throw up", "vomit"),
    ("throws up", "vomits"),
    ("threw up", "vomited"),
    ("throwing up", "vomiting"),
    ("sick up", "vomit"),
    ("was sick", "vomited"),
    ("been sick", "vomited"),
    ("being sick", "vomiting"),
    ("lost feeling", "lost sensation"),
    ("lost all feeling", "lost sensation"),
    ("lost the feeling", "lost sensation"),
    ("lose feeling", "lose sensation"),
    ("losing feeling", "losing sensation"),
    ("loss of feeling", "loss of sensation"),
    ("on fire", "burning"),
    // A leg that gives out gives way ("out" alone is a filler word, and "gave" alone is not weak).
    ("gave out", "gave way"),
    ("give out", "give way"),
    ("gives out", "gives way"),
    ("giving out", "giving way"),
    ("had a fit", "had a seizure"),
    ("having a fit", "having a seizure"),
    ("has a fit", "has a seizure"),
    ("having fits", "having seizures"),
    ("never happened before", "first time"),
    ("never had one before", "first time"),
    ("never had this before", "first time"),
    ("never before", "first time"),
    ("when i meant", "word wrong"),
    ("when he meant", "word wrong"),
    ("when she meant", "word wrong"),
    ("haven't pooped", "constipated"),
    ("havent pooped", "constipated"),
    ("hasn't pooped", "constipated"),
    ("hasnt pooped", "constipated"),
    ("not pooped", "constipated"),
    ("haven't had a poo", "constipated"),
    ("havent had a poo", "constipated"),
    ("no bowel movement", "constipated"),
    ("not had a bowel movement", "constipated"),
    ("bowels not opened", "constipated"),
    ("bno", "constipated"),
    // A sound heard in the head is not a blow to it; "I'm paranoid" is worry.
    ("bang in my head", "loud noise in my head"),
    ("bang in his head", "loud noise in his head"),
    ("bang in her head", "loud noise in her head"),
    ("i'm paranoid", "i'm worried"),
    ("im paranoid", "im worried"),
    ("i am paranoid", "i am worried"),
    ("i'm just paranoid", "i'm just worried"),
    ("being paranoid", "being worried"),
    ("bit paranoid", "bit worried"),
    ("it kills", "it hurts"),
    ("kills when", "hurts when"),
    ("kills me", "hurts me"),
    ("n&v", "nausea and vomiting"),
    ("reads hi", "reads high"),
    ("reading hi", "reading high"),
    ("shows hi", "shows high"),
    ("bg hi", "bg high"),
    ("n+v", "nausea and vomiting"),
    ("咖啡色", "褐色"),
    ("尻脊骿", "背"),
    ("頭殼", "頭"),
    ("目睭", "眼睛"),
    ("腹肚", "肚子"),
    ("胸坎", "胸口"),
    ("尻川", "屁股"),
    ("嚨喉", "喉嚨"),
    ("鼻仔", "鼻子"),
    ("耳仔", "耳朵"),
    ("手骨", "手臂"),
    ("喙", "嘴"),
    ("跤", "腳"),
    ("袂", "不"),
    ("毋", "不"),
    ("攏", "都"),
    ("凊汗", "冷汗"),
];

/// Up to `len` bytes of `text` after byte `from` (ending on a character boundary).
fn after(text: &str, from: usize, len: usize) -> &str {
    let end = (from + len).min(text.len());
    let end = (end..=text.len()).find(|&e| text.is_char_boundary(e)).unwrap_or(text.len());
    &text[from..end]
}

/// Up to `len` bytes of `text` before byte `to` (starting on a character boundary).
fn before(text: &str, to: usize, len: usize) -> &str {
    let start = to.saturating_sub(len);
    let start = (0..=start).rev().find(|&s| text.is_char_boundary(s)).unwrap_or(0);
    &text[start..to]
}

/// A wish to be gone with filler words inside it: "everyone would be better off if i just wasnt
/// around", "i wouldnt mind not waking up". "better off" followed closely by "without me", "if
/// i" or "dead", and "not waking up" (or "didn't/don't/wouldn't wake up") after "mind", "hope" or
/// "wish", read as "wish dead".
fn death_wish(text: String) -> String {
    let gone = text.match_indices("better off").any(|(i, m)| {
        let next = after(&text, i + m.len(), 40);
        ["without me", "without us", "if i ", "if i'", "dead", "if i was gone", "if i were gone"]
            .iter()
            .any(|w| next.contains(w))
    }) || [
        "not waking up",
        "not wake up",
        "never waking up",
        "never wake up",
        "didn't wake up",
        "didnt wake up",
        "don't wake up",
        "dont wake up",
        "wouldn't wake up",
    ]
    .iter()
    .any(|p| {
        text.match_indices(p)
            .any(|(i, _)| ["mind", "hope", "wish", "rather"].iter().any(|w| before(&text, i, 30).contains(w)))
    });
    if gone {
        text + " . wish dead"
    } else {
        text
    }
}

/// A first episode told as a denial: "she's never had anything like this", "he has never been
/// like that before", "never in my life". "never" followed closely by "like this", "like that",
/// "before" or "in my/his/her life" adds the reading "first time".
fn first_ever(text: String) -> String {
    const AFTER: [&str; 6] = ["like this", "like that", "before", "in my life", "in his life", "in her life"];
    let first = text.match_indices("never").any(|(i, m)| {
        let clause = after(&text, i + m.len(), 32).split(['.', ',', ';', '!', '?']).next().unwrap_or("");
        AFTER.iter().any(|w| clause.contains(w))
    });
    if first {
        text + " . first time"
    } else {
        text
    }
}

/// A place "behind the eye" ("behind my left eye", "behind both eyes") becomes `retroorbital`,
/// and one "under the eyes" `undereye`, the side kept: a headache, a sinus or a nerve's pain
/// felt there is not a pain of the eye itself.
fn behind_the_eye(text: String) -> String {
    const BETWEEN: [&str; 8] = ["the", "my", "one", "her", "his", "your", "both", "an"];
    if !["behind ", "under ", "below ", "beneath "].iter().any(|w| text.contains(w)) {
        return text;
    }
    let words: Vec<&str> = text.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let place = match words[i] {
            "behind" => Some("retroorbital"),
            "under" | "below" | "beneath" => Some("undereye"),
            _ => None,
        };
        if let Some(place) = place {
            let mut j = i + 1;
            let mut side = None;
            while j < words.len() && j <= i + 3 {
                match words[j] {
                    w if BETWEEN.contains(&w) => {}
                    w @ ("left" | "right") => side = Some(w),
                    _ => break,
                }
                j += 1;
            }
            let eye = words.get(j).map(|w| w.trim_end_matches([',', '.', ';', '!', '?']));
            if let Some(e @ ("eye" | "eyes" | "eyeball" | "eyeballs")) = eye {
                let tail = &words[j][e.len()..];
                out.extend(side.map(str::to_string));
                out.push(format!("{place}{tail}"));
                i = j + 1;
                continue;
            }
        }
        out.push(words[i].to_string());
        i += 1;
    }
    out.join(" ")
}

/// `text` with every `words` that is not part of a longer word (a letter or digit right before
/// or after it) replaced by `reading`: "reads hi" is rewritten, "reads higher" is not.
fn replace_words(text: &str, words: &str, reading: &str) -> String {
    let word_char = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let edge_start = word_char(words.chars().next());
    let edge_end = word_char(words.chars().last());
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (i, _) in text.match_indices(words) {
        if i < last {
            continue;
        }
        let end = i + words.len();
        let joined_before = edge_start && word_char(text[..i].chars().next_back());
        let joined_after = edge_end && word_char(text[end..].chars().next());
        if joined_before || joined_after {
            continue;
        }
        out.push_str(&text[last..i]);
        out.push_str(reading);
        last = end;
    }
    out.push_str(&text[last..]);
    out
}

/// Peeing told with a word of how often: "peeing a lot", "weeing all the time", "keep needing
/// to pee", "urinating more often". A pee word followed closely by "a lot", "all the time",
/// "more often", "so often", "every hour" (or half hour, or few minutes), "constantly" or "loads", or after "keep needing to" or
/// "always needing to", adds the reading "frequent pee".
fn peeing_often(text: String) -> String {
    const PEE: [&str; 6] = ["pee", "wee", "urinat", "piss", "toilet", "loo"];
    const AFTER: [&str; 14] = [
        "a lot",
        "all the time",
        "more often",
        "so often",
        "every hour",
        "every half hour",
        "every few min",
        "every 10 min",
        "every 15 min",
        "every 20 min",
        "every 30 min",
        "constantly",
        "loads",
        "all night",
    ];
    const BEFORE: [&str; 3] = ["keep needing to", "always needing to", "keep having to"];
    let often = PEE.iter().any(|w| {
        text.match_indices(w).any(|(i, m)| {
            let (next, prev) = (after(&text, i + m.len(), 24), before(&text, i, 20));
            AFTER.iter().any(|a| next.contains(a)) || BEFORE.iter().any(|b| prev.contains(b))
        })
    });
    if often {
        text + " . frequent pee"
    } else {
        text
    }
}

/// Normalises patient or KB text: full-width ASCII to half-width, lower case, typographic
/// quotes to ASCII, simplified characters to traditional, Chinese degree words inside a
/// negated verb dropped ([`fold_zh_degree`]).
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        let c = match ch {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(ch as u32 - 0xFEE0).unwrap_or(ch),
            '\u{3000}' | '\u{00A0}' | '\t' | '\r' => ' ',
            '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' | '\u{00B4}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            '\u{2010}'..='\u{2015}' => '-',
            _ => simplified_to_traditional(ch),
        };
        out.push(lower(c));
    }
    out = behind_the_eye(peeing_often(first_ever(death_wish(out))));
    for (words, reading) in REWORDED.iter().chain(SCREEN_REWORDED) {
        if out.contains(words) {
            out = replace_words(&out, words, reading);
        }
    }
    if out.chars().any(is_cjk) {
        fold_zh_degree(&out)
    } else {
        out
    }
}

/// Result and direction complements of Chinese verbs: 尿不出來, 抬不起來, 睜不開, 站不穩.
const COMPLEMENTS: &str = "出起開動住到清下上進過來懂見醒穩";

/// Drops the degree word that patients put inside a negated verb, so that one phrase reads
/// both forms: 尿不太出來 is 尿不出來, 抬不太起來 is 抬不起來, 摸起來沒什麼感覺 is
/// 沒感覺, 小腿沒什麼力 is 沒力. Applied to patient text and to KB phrases alike (after the
/// spaces between a phrase's slots are gone), so the two always agree. 張不大 (大 is the
/// complement itself) is left alone.
pub fn fold_zh_degree(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        out.push(c);
        i += 1;
        let next = |k: usize| chars.get(i + k).copied();
        if c == '不' && matches!(next(0), Some('太' | '大')) && next(1).is_some_and(|n| COMPLEMENTS.contains(n)) {
            i += 1;
        } else if c == '沒' {
            let skip = if next(0) == Some('有') { 1 } else { 0 };
            let filler = match (next(skip), next(skip + 1)) {
                (Some('什' | '甚'), Some('麼')) => 2,
                (Some('啥'), _) => 1,
                _ => 0,
            };
            if filler > 0 && next(skip + filler).is_some_and(|n| is_cjk(n) && n != '的' && n != '事') {
                for k in 0..skip {
                    out.push(chars[i + k]);
                }
                i += skip + filler;
            }
        }
    }
    out
}

/// Lower case for the scripts a patient of an English or Chinese page types: ASCII, Latin-1,
/// Latin Extended-A, Greek and Cyrillic capitals; any other character is returned unchanged
/// (Chinese has no case). `char::to_lowercase` would do all of Unicode, with tables that cost
/// the widget about 5 KB gzipped for letters that never occur in a KB.
pub fn lower(c: char) -> char {
    let u = c as u32;
    let l = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => u + 0x20,
        0x100..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x130 => u32::from(b'i'),
        0x178 => 0xFF,
        0x400..=0x40F => u + 0x50,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// `s` with its first character in lower case ([`lower`]).
pub fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => std::iter::once(lower(f)).chain(c).collect(),
        None => String::new(),
    }
}

fn simplified_to_traditional(ch: char) -> char {
    if (ch as u32) < 0x3000 {
        return ch;
    }
    SIMPLIFIED.iter().find(|(s, _)| *s == ch).map(|(_, t)| *t).unwrap_or(ch)
}

/// True for CJK ideographs (the characters Chinese phrases are made of).
pub fn is_cjk(ch: char) -> bool {
    matches!(ch as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}

/// True for characters that end a sentence.
pub fn is_sentence_end(ch: char) -> bool {
    matches!(ch, '.' | '!' | '?' | ';' | '\n' | '。' | '；' | '！' | '？' | '…')
}

/// True for characters that end a Chinese clause (sentence ends and commas).
pub fn is_clause_end(ch: char) -> bool {
    is_sentence_end(ch) || matches!(ch, ',' | '，' | ':' | '：')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_agrees_with_unicode_for_the_scripts_it_covers() {
        for u in (0x20..0x250).chain(0x370..0x400).chain(0x400..0x460) {
            let Some(c) = char::from_u32(u) else { continue };
            let unicode: Vec<char> = c.to_lowercase().collect();
            if unicode.len() == 1
                && (c.is_ascii()
                    || ('\u{C0}'..='\u{17F}').contains(&c)
                    || ('\u{391}'..='\u{3AB}').contains(&c)
                    || ('\u{400}'..='\u{42F}').contains(&c))
            {
                assert_eq!(lower(c), unicode[0], "U+{u:04X}");
            }
        }
        assert_eq!(normalize("ÉPAULE Ｔingling ΑΒΓ ДА 手麻"), "épaule tingling αβγ да 手麻");
        assert_eq!(lower_first("Numb"), "numb");
    }

    #[test]
    fn folds_width_case_and_quotes() {
        assert_eq!(normalize("ＮＯ Weakness"), "no weakness");
        assert_eq!(normalize("can\u{2019}t"), "can't");
        assert_eq!(normalize("我脸麻，没力"), "我臉麻,沒力");
        assert_eq!(normalize("喙內破一空，跤腫，腹肚痛"), "嘴內破一空,腳腫,肚子痛");
        assert_eq!(normalize("Afebrile, had a fit"), "no fever, had a seizure");
    }

    #[test]
    fn drops_degree_words_inside_negated_verbs() {
        assert_eq!(normalize("早上到現在尿不太出來"), "早上到現在尿不出來");
        assert_eq!(normalize("腳尖抬不大起來"), "腳尖抬不起來");
        assert_eq!(normalize("摸起來木木的沒什麼感覺"), "摸起來木木的沒感覺");
        assert_eq!(normalize("小腿也沒有什麼力"), "小腿也沒有力");
        assert_eq!(normalize("沒啥力氣"), "沒力氣");
        assert_eq!(normalize("嘴巴張不大"), "嘴巴張不大");
        assert_eq!(normalize("頭不太痛"), "頭不太痛");
        assert_eq!(normalize("沒什麼事"), "沒什麼事");
        assert_eq!(normalize("沒什麼的"), "沒什麼的");
    }
}
