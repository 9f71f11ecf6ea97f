//! Splitting normalised text into sentences, English tokens and Chinese clauses, and marking
//! which words fall in the scope of a negation ("no weakness") or a hypothetical ("is it a
//! sign of stroke?").

use crate::text::normalize::{is_cjk, is_clause_end, is_sentence_end};
use crate::text::stem::stem;

/// Whether a word is asserted, denied or only wondered about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Polarity {
    /// Stated as present.
    #[default]
    Asserted,
    /// In the scope of a negation.
    Negated,
    /// In the scope of a hypothetical or question about a disease.
    Hypothetical,
    /// Said of the past ("history of diabetes", 以前曾): a history finding is present, a
    /// symptom is not counted as current.
    Past,
    /// Inside a comparison ("like a sunburn", "like I fell", 像被電擊一樣): what a patient feels
    /// is described by something it is not. A symptom read there is present; a sign, an event
    /// or an exposure is not.
    Likened,
}

/// One English word of a sentence.
#[derive(Debug, Clone)]
pub struct Token {
    /// The word as written (normalised, contractions resolved).
    pub raw: String,
    /// Its stem.
    pub stem: String,
    /// Negation or hypothetical scope it lies in.
    pub polarity: Polarity,
    /// False for filler words, cues and modifiers, which phrases skip.
    pub content: bool,
    /// A comma or dash came right before it.
    pub after_comma: bool,
    /// Which clause of the sentence it is in ("my face droops and my arm is weak" has two).
    pub clause: u16,
}

/// A Chinese clause: its characters and where negation cues cover it.
#[derive(Debug, Clone)]
pub struct ZhClause {
    /// The characters.
    pub chars: Vec<char>,
    /// For each character, the scope it lies in: its polarity and where its cue starts.
    pub scope: Vec<Option<(Polarity, usize)>>,
}

/// A sentence of patient text.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// The normalised sentence.
    pub text: String,
    /// English words.
    pub tokens: Vec<Token>,
    /// Chinese clauses.
    pub clauses: Vec<ZhClause>,
}

/// Splits normalised text into sentences.
pub fn split_sentences(norm: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = norm.chars().collect();
    for (i, &ch) in chars.iter().enumerate() {
        // A full stop between digits ("1.5") or in "e.g." is not a sentence end.
        let decimal =
            ch == '.' && i > 0 && chars[i - 1].is_ascii_digit() && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit());
        if is_sentence_end(ch) && !decimal {
            push_sentence(&mut out, &cur);
            cur.clear();
        } else {
            cur.push(ch);
        }
    }
    push_sentence(&mut out, &cur);
    out
}

fn push_sentence(out: &mut Vec<Sentence>, text: &str) {
    let t = text.trim();
    if t.is_empty() {
        return;
    }
    out.push(Sentence { text: t.to_string(), tokens: english_tokens(t), clauses: zh_clauses(t) });
}

const STOPWORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "my",
    "me",
    "i",
    "i'm",
    "im",
    "i've",
    "ive",
    "i'd",
    "you",
    "your",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "have",
    "has",
    "had",
    "having",
    "do",
    "does",
    "did",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "with",
    "by",
    "and",
    "or",
    "it",
    "its",
    "it's",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "some",
    "any",
    "very",
    "really",
    "just",
    "so",
    "too",
    "also",
    "quite",
    "lot",
    "lots",
    "much",
    "more",
    "most",
    "about",
    "as",
    "into",
    "onto",
    "over",
    "under",
    "up",
    "down",
    "out",
    "off",
    "than",
    "then",
    "when",
    "while",
    "what",
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "why",
    "how",
    "can",
    "could",
    "would",
    "should",
    "will",
    "shall",
    "may",
    "might",
    "must",
    "get",
    "gets",
    "got",
    "getting",
    "keep",
    "keeps",
    "kept",
    "since",
    "until",
    "till",
    "ago",
    "per",
    "all",
    "both",
    "left",
    "right",
    "each",
    "every",
    "our",
    "we",
    "us",
    "they",
    "them",
    "their",
    "he",
    "she",
    "his",
    "her",
    "him",
    "he's",
    "she's",
    "feel",
    "feels",
    "feeling",
    "felt",
    "like",
    "kind",
    "sort",
    "thing",
    "things",
    "something",
    "seem",
    "seems",
    "seemed",
    "sometimes",
    "occasionally",
    "often",
    "now",
    "again",
    "still",
    "already",
    "lately",
    "recently",
    "today",
    "yesterday",
    "tonight",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "hour",
    "hours",
    "minute",
    "minutes",
    "several",
    "few",
    "couple",
    "past",
    "last",
    "since",
    "almost",
    "nearly",
    "around",
    "doctor",
    "please",
    "thank",
    "thanks",
    "hello",
    "hi",
    "dear",
    "hey",
    "sure",
    "also",
    "but",
    "because",
    "although",
    "though",
    "however",
    "well",
    "even",
    "only",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "constant",
    "constantly",
    "intermittent",
    "intermittently",
    "suddenly",
    "sudden",
    "gradually",
    "slowly",
    "mom",
    "mum",
    "dad",
    "husband",
    "wife",
    "son",
    "daughter",
    "mother",
    "father",
    "started",
    "start",
    "starts",
    "starting",
    "began",
    "begin",
    "begins",
    "happen",
    "happens",
    "happened",
    "happening",
    "notice",
    "noticed",
    "experience",
    "experiencing",
    "experienced",
];

/// Words that deny what follows.
const NEGATION_CUES: &[&str] = &[
    "no", "not", "never", "without", "denies", "deny", "denied", "nor", "neither", "none", "don't", "dont", "doesn't",
    "doesnt", "didn't", "didnt", "isn't", "isnt", "aren't", "arent", "haven't", "havent", "hasn't", "hasnt", "hadn't",
    "hadnt", "wasn't", "wasnt", "weren't", "werent", "free", "nobody", "nothing",
];

/// Multi-word cues that make what follows hypothetical rather than present.
const HYPOTHETICAL_CUES: &[&[&str]] = &[
    &["if"],
    &["whether"],
    &["in", "case"],
    &["could", "it", "be"],
    &["could", "this", "be"],
    &["can", "it", "be"],
    &["is", "it", "a"],
    &["is", "this", "a"],
    // A question about oneself ("am I dying?", "am I having a stroke?") asks, it does not say.
    &["am", "i"],
    &["sign", "of"],
    &["signs", "of"],
    &["symptom", "of"],
    &["symptoms", "of"],
    &["risk", "of"],
    &["prevent"],
    &["afraid", "of", "getting"],
    &["worried", "about", "getting"],
    &["chance", "of"],
    &["what", "if"],
    &["family", "history"],
    &["runs", "in", "the", "family"],
];

/// Cues that put what follows in the past: a history finding ("history of diabetes") is
/// present, a symptom ("i used to get migraines") is not current.
const PAST_CUES: &[&[&str]] =
    &[&["history", "of"], &["past", "history"], &["used", "to"], &["in", "the", "past"], &["previously"]];

/// Modal verbs that open a question ("could the tingling be guillain-barre?"): what follows
/// its `be` is wondered about, not asserted.
const QUESTION_MODALS: &[&str] = &["could", "can", "might", "may", "would", "will", "should", "is", "does"];

/// Cue-like phrases that do not negate ("not sure", "no idea", "without any reason").
const PSEUDO_NEGATIONS: &[&[&str]] = &[
    &["not", "sure"],
    &["not", "certain"],
    &["no", "idea"],
    &["not", "only"],
    &["not", "just"],
    &["no", "matter"],
    &["don't", "know"],
    &["dont", "know"],
    &["do", "not", "know"],
    &["didn't", "know"],
    &["don't", "understand"],
    &["not", "understand"],
    &["don't", "think"],
    &["without", "any", "reason"],
    &["without", "reason"],
    &["without", "warning"],
    &["without", "any", "warning"],
    &["without", "cause"],
    &["no", "reason"],
    &["no", "apparent", "reason"],
    &["no", "obvious", "reason"],
    &["not", "go", "away"],
    &["doesn't", "go", "away"],
    &["won't", "go", "away"],
    &["doesn't", "stop"],
    &["does", "not", "stop"],
    &["won't", "stop"],
    &["not", "stop"],
    &["not", "getting", "better"],
    &["not", "improving"],
    &["no", "better"],
    &["not", "better"],
    &["hasn't", "improved"],
    &["not", "improved"],
    &["never", "had", "this"],
    &["never", "before"],
    &["not", "help"],
    &["doesn't", "help"],
    &["didn't", "help"],
    &["nothing", "help"],
    &["nothing", "helps"],
    &["nothing", "helped"],
    &["nothing", "works"],
    &["nothing", "worked"],
    &["nothing", "else"],
    &["grateful", "if"],
    &["appreciate", "it", "if"],
    &["if", "you", "could"],
    &["if", "you", "would"],
];

/// Words that end a negation's scope.
const SCOPE_BREAKERS: &[&str] = &[
    "but", "however", "although", "though", "yet", "except", "apart", "still", "just", "which", "who", "while", "when",
    "whenever", "because", "since", "so", "then", "after", "before", "until",
];

/// Words that start a new clause when they follow "and", "or" or a comma.
const CLAUSE_STARTERS: &[&str] = &[
    "my",
    "i",
    "i'm",
    "im",
    "it",
    "he",
    "she",
    "his",
    "her",
    "the",
    "there",
    "now",
    "also",
    "then",
    "this",
    "that",
    "they",
    "we",
    "recently",
    "lately",
    "sometimes",
    "today",
    "yesterday",
];

const MAX_SCOPE_CONTENT: usize = 6;

/// A past cue covers a short noun phrase ("history of high blood pressure"), not the rest of
/// the sentence ("history of diabetes and for a year my feet burn").
const MAX_PAST_CONTENT: usize = 3;

/// Tokenises one English sentence, resolving contractions and marking scopes.
pub fn english_tokens(sentence: &str) -> Vec<Token> {
    let mut words: Vec<(String, bool)> = Vec::new();
    let mut cur = String::new();
    let mut comma = false;
    let mut prev = ' ';
    let mut rest = sentence.chars().peekable();
    while let Some(ch) = rest.next() {
        // A minus sign ("for -5 days") stays on its number, which then reads as no number.
        let minus = ch == '-' && prev == ' ' && rest.peek().is_some_and(|c| c.is_ascii_digit());
        prev = ch;
        if minus {
            cur.push('-');
        } else if ch.is_ascii_alphanumeric() || (ch == '\'' && !cur.is_empty()) {
            cur.push(ch);
        } else {
            if !cur.is_empty() {
                words.push((std::mem::take(&mut cur), comma));
                comma = false;
            }
            if matches!(ch, ',' | '-' | ':' | '(' | ')' | '/' | '"') || is_clause_end(ch) || is_cjk(ch) {
                comma = true;
            }
        }
    }
    if !cur.is_empty() {
        words.push((cur, comma));
    }
    let words = merge_loss(merge_signs(merge_inability(super::idioms::merge_idioms(words))));
    let mut tokens: Vec<Token> = words
        .into_iter()
        .map(|(raw, after_comma)| {
            let raw = raw.trim_end_matches('\'').to_string();
            let stem = stem(raw.trim_end_matches("'s"));
            let content = !is_stopword(&raw, &stem)
                && !NEGATION_CUES.contains(&raw.as_str())
                && !raw.chars().all(|c| c.is_ascii_digit());
            Token { raw, stem, polarity: Polarity::Asserted, content, after_comma, clause: 0 }
        })
        .collect();
    mark_context_words(&mut tokens);
    mark_scopes(&mut tokens);
    mark_comparisons(&mut tokens);
    mark_near_misses(&mut tokens);
    mark_denials_elsewhere(&mut tokens);
    mark_clauses(&mut tokens);
    tokens
}

/// Marks a denial that is about other places ("no numbness anywhere else", "nothing else
/// hurts") as [`Polarity::Hypothetical`]: it says where the complaint is not, so it does not
/// deny the complaint itself.
fn mark_denials_elsewhere(tokens: &mut [Token]) {
    for i in 0..tokens.len() {
        if tokens[i].polarity != Polarity::Negated || !matches!(tokens[i].raw.as_str(), "else" | "elsewhere") {
            continue;
        }
        let run = |j: &usize| tokens[*j].polarity == Polarity::Negated;
        let start = (0..i).rev().take_while(run).last().unwrap_or(i);
        let end = (i..tokens.len()).take_while(run).last().unwrap_or(i);
        for t in &mut tokens[start..=end] {
            t.polarity = Polarity::Hypothetical;
        }
    }
}

/// Words that say an event nearly happened ("I nearly fell over", "almost passed out").
const NEAR_MISS_CUES: &[&str] = &["nearly", "almost"];
/// Stems of the events that "nearly" can spare ("nearly 3 weeks", "almost constant" are not
/// near misses).
const NEAR_MISS_EVENTS: &[&str] =
    &["fall", "faint", "pass", "collaps", "black", "chok", "crash", "died", "die", "drown", "trip", "slip", "hit"];

/// Marks an event after "nearly" or "almost" (and its particle: "fell over", "passed out") as
/// [`Polarity::Hypothetical`]: it did not happen, so a fall or a faint is not read from it.
/// The cue reaches only its own verb ("nearly fell and hit my head": the head injury stands).
fn mark_near_misses(tokens: &mut [Token]) {
    const PARTICLES: &[&str] = &["over", "out", "down", "off", "up"];
    for i in 1..tokens.len() {
        if !NEAR_MISS_CUES.contains(&tokens[i - 1].raw.as_str())
            || tokens[i].polarity != Polarity::Asserted
            || !NEAR_MISS_EVENTS.contains(&tokens[i].stem.as_str())
        {
            continue;
        }
        tokens[i].polarity = Polarity::Hypothetical;
        if let Some(next) = tokens.get_mut(i + 1).filter(|t| PARTICLES.contains(&t.raw.as_str())) {
            next.polarity = Polarity::Hypothetical;
        }
    }
}

/// Words before "like" that make it a verb or a look ("I'd like", "looks like a bite"), not a
/// comparison.
const NOT_COMPARING: &[&str] = &[
    "would", "i", "you", "we", "they", "do", "don't", "dont", "did", "didn't", "didnt", "does", "doesn't", "doesnt",
    "look", "looks", "looked", "looking", "seem", "seems", "seemed", "sound", "sounds", "sounded",
];

/// Comparison cues of more than one word.
/// ("as if" and "as though" are hypothetical cues: what follows them counts for nothing.)
const COMPARISON_CUES: &[&[&str]] = &[&["similar", "to"]];

/// Marks the words of a comparison ("burny, like a sunburn under the skin", "a jolt like I
/// missed a step and fell") up to the next comma or clause, as [`Polarity::Likened`]. "like"
/// is no cue before a comma ("I, like, fell") or a number ("like 3 days"), nor after the words
/// of [`NOT_COMPARING`].
fn mark_comparisons(tokens: &mut [Token]) {
    let n = tokens.len();
    let mut i = 0;
    while i < n {
        let len = if tokens[i].raw == "like" {
            let prev = if i > 0 { tokens[i - 1].raw.as_str() } else { "" };
            let filler =
                tokens.get(i + 1).is_none_or(|t| t.after_comma || t.raw.starts_with(|c: char| c.is_ascii_digit()));
            if filler || NOT_COMPARING.contains(&prev) {
                0
            } else {
                1
            }
        } else {
            COMPARISON_CUES.iter().find(|c| starts_with_seq(tokens, i, c)).map_or(0, |c| c.len())
        };
        if len == 0 {
            i += 1;
            continue;
        }
        let mut seen = 0;
        let mut j = i + len;
        while j < n && !tokens[j].after_comma && !SCOPE_BREAKERS.contains(&tokens[j].raw.as_str()) {
            if CLAUSE_BREAKERS.contains(&tokens[j].raw.as_str()) {
                break;
            }
            if tokens[j].polarity == Polarity::Asserted {
                tokens[j].polarity = Polarity::Likened;
            }
            if tokens[j].content {
                seen += 1;
                if seen >= MAX_SCOPE_CONTENT {
                    break;
                }
            }
            j += 1;
        }
        i = j.max(i + 1);
    }
}

/// Words that are filler in one use and meaningful in another: "a bit numb" / "bit my
/// tongue", "a little tingly" / "little finger", "half an hour" / "half my body", "out of
/// nowhere" / "passed out".
fn mark_context_words(tokens: &mut [Token]) {
    const OWNERS: &[&str] = &["my", "the", "of", "his", "her", "your", "their", "our", "whole", "entire"];
    const HALVES: &[&str] =
        &["body", "face", "side", "head", "tongue", "lip", "lips", "mouth", "arm", "leg", "legs", "arms", "chin"];
    const OUT_VERBS: &[&str] = &["pass", "black", "zon", "knock", "conk", "space", "grey", "gray", "whit"];
    for j in 0..tokens.len() {
        let prev = if j > 0 { tokens[j - 1].raw.as_str() } else { "" };
        let next_word = tokens[j + 1..].iter().map(|t| t.raw.as_str()).find(|w| !OWNERS.contains(w)).unwrap_or("");
        let content = match tokens[j].raw.as_str() {
            "bit" => {
                !matches!(prev, "a" | "little" | "tiny" | "wee") && tokens.get(j + 1).is_none_or(|t| t.raw != "of")
            }
            "little" => matches!(next_word, "finger" | "fingers" | "toe" | "toes"),
            "half" => HALVES.contains(&next_word),
            "out" => j > 0 && OUT_VERBS.contains(&tokens[j - 1].stem.as_str()),
            _ => continue,
        };
        tokens[j].content = content;
    }
}

/// Words that always start a new clause.
const CLAUSE_BREAKERS: &[&str] = &["but", "however", "although", "though", "whereas", "plus", "also"];

/// Words that open a clause of time ("when i roll over, the room spins"): the comma that closes
/// it does not start a new clause, since what follows happens at that time.
const WHEN_OPENERS: &[&str] = &["when", "whenever", "while", "once"];

fn mark_clauses(tokens: &mut [Token]) {
    let mut clause = 0u16;
    let mut when_open = tokens.first().is_some_and(|t| WHEN_OPENERS.contains(&t.raw.as_str()));
    for j in 0..tokens.len() {
        if j > 0 {
            let prev_joins = tokens[j].after_comma || matches!(tokens[j - 1].raw.as_str(), "and" | "or");
            let closes_when = when_open && tokens[j].after_comma;
            if CLAUSE_BREAKERS.contains(&tokens[j].raw.as_str())
                || !closes_when && prev_joins && CLAUSE_STARTERS.contains(&tokens[j].raw.as_str())
            {
                clause = clause.saturating_add(1);
            }
            if tokens[j].after_comma || CLAUSE_BREAKERS.contains(&tokens[j].raw.as_str()) {
                when_open = !closes_when && WHEN_OPENERS.contains(&tokens[j].raw.as_str());
            }
        }
        tokens[j].clause = clause;
    }
}

fn is_stopword(raw: &str, stem: &str) -> bool {
    // Looked up for every word of every phrase and message: a set, built once.
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    let set = SET.get_or_init(|| STOPWORDS.iter().copied().collect());
    set.contains(raw) || set.contains(stem)
}

/// Subjects that are people, not body parts.
const PEOPLE: &[&str] = &["i", "you", "we", "they", "people", "doctors", "doctor", ""];

/// Verbs of a body part's function: "my eye doesn't close" is a symptom.
const ABILITY_VERBS: &[&str] = &[
    "close",
    "shut",
    "open",
    "move",
    "lift",
    "raise",
    "blink",
    "smile",
    "whistle",
    "grip",
    "work",
    "respond",
    "straighten",
    "bend",
    "hold",
    "grasp",
    "write",
    "walk",
    "stand",
    "bear",
    "carry",
];

/// Verbs of a body part obeying its owner: "my hand wouldn't listen / obey / do what i told
/// it" is a limb that cannot be moved at will, read as `unable move`.
const OBEY_VERBS: &[&str] = &["listen", "obey", "cooperate", "co-operate"];

/// "can't", "cannot", "can not", "not able", "unable" all become one word, `unable`; so do a
/// body part's "doesn't close / won't lift".
fn merge_inability(words: Vec<(String, bool)>) -> Vec<(String, bool)> {
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
        let part = !PEOPLE.contains(&subject);
        if does_not > 0 && part && OBEY_VERBS.contains(&verb) {
            out.push(("unable".to_string(), words[i].1));
            out.push(("move".to_string(), words[i + does_not].1));
            i += does_not + 1;
        } else if does_not > 0 && part && ABILITY_VERBS.contains(&verb) {
            out.push(("unable".to_string(), words[i].1));
            i += does_not;
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

/// Signs that patients word as denials, each with the one word it becomes: not wanting to live
/// is `suicidal`, not making sense is `incoherent`. (Not responding is handled in `merge_signs`,
/// which must look at the word after it.)
const DENIAL_SHAPED_SIGNS: &[(&[&str], &str)] = &[
    (&["don't", "want", "to", "live"], "suicidal"),
    (&["dont", "want", "to", "live"], "suicidal"),
    (&["do", "not", "want", "to", "live"], "suicidal"),
    (&["don't", "want", "to", "be", "alive"], "suicidal"),
    (&["dont", "want", "to", "be", "alive"], "suicidal"),
    (&["no", "reason", "to", "live"], "suicidal"),
    (&["not", "worth", "living"], "suicidal"),
    (&["isn't", "making", "sense"], "incoherent"),
    (&["isnt", "making", "sense"], "incoherent"),
    (&["wasn't", "making", "sense"], "incoherent"),
    (&["not", "making", "sense"], "incoherent"),
    (&["doesn't", "know", "where"], "disoriented"),
    (&["doesnt", "know", "where"], "disoriented"),
    (&["didn't", "know", "where"], "disoriented"),
    (&["didnt", "know", "where"], "disoriented"),
    (&["thoughts", "of", "ending", "it"], "suicidal"),
    (&["thought", "of", "ending", "it"], "suicidal"),
    (&["end", "it", "all"], "suicidal"),
    (&["ending", "it", "all"], "suicidal"),
    (&["don't", "see", "a", "point"], "hopeless"),
    (&["dont", "see", "a", "point"], "hopeless"),
    (&["don't", "see", "the", "point"], "hopeless"),
    (&["dont", "see", "the", "point"], "hopeless"),
];

/// Signs worded as denials that serve the general safety screen (not breathing, not drinking,
/// no wet nappies, hasn't pooed, a rash that doesn't fade), and idioms that read wrong word by
/// word ("hay fever" is no fever; "the runs" is diarrhoea, while "my nose runs" is not; a hand
/// that "doesn't feel like mine" or "belonged to someone else" is `numb`).
const SCREEN_DENIAL_SHAPED_SIGNS: &[(&[&str], &str)] = &[
    (&["not", "breathing"], "apnoeic"),
    (&["isn't", "breathing"], "apnoeic"),
    (&["isnt", "breathing"], "apnoeic"),
    (&["wasn't", "breathing"], "apnoeic"),
    (&["no", "breathing"], "apnoeic"),
    (&["not", "drinking"], "nodrink"),
    (&["isn't", "drinking"], "nodrink"),
    (&["isnt", "drinking"], "nodrink"),
    (&["won't", "drink"], "nodrink"),
    (&["wont", "drink"], "nodrink"),
    (&["hasn't", "drunk"], "nodrink"),
    (&["not", "feeding"], "nodrink"),
    (&["isn't", "feeding"], "nodrink"),
    (&["won't", "feed"], "nodrink"),
    (&["not", "eating", "or", "drinking"], "nodrink"),
    (&["unable", "keep", "anything", "down"], "nodrink"),
    (&["unable", "to", "keep", "anything", "down"], "nodrink"),
    (&["unable", "keep", "fluids", "down"], "nodrink"),
    (&["unable", "to", "keep", "fluids", "down"], "nodrink"),
    (&["unable", "keep", "water", "down"], "nodrink"),
    (&["unable", "to", "keep", "water", "down"], "nodrink"),
    (&["unable", "keep", "down", "fluids"], "nodrink"),
    (&["unable", "to", "keep", "down", "fluids"], "nodrink"),
    (&["unable", "keep", "down", "water"], "nodrink"),
    (&["unable", "to", "keep", "down", "water"], "nodrink"),
    (&["unable", "keep", "down", "anything"], "nodrink"),
    (&["unable", "to", "keep", "down", "anything"], "nodrink"),
    (&["no", "wet", "nappy"], "anuric"),
    (&["no", "wet", "nappies"], "anuric"),
    (&["no", "wet", "diaper"], "anuric"),
    (&["no", "wet", "diapers"], "anuric"),
    (&["hasn't", "peed"], "anuric"),
    (&["hasnt", "peed"], "anuric"),
    (&["haven't", "peed"], "anuric"),
    (&["havent", "peed"], "anuric"),
    (&["not", "peed"], "anuric"),
    (&["not", "peeing"], "anuric"),
    (&["hasn't", "passed", "urine"], "anuric"),
    (&["not", "passed", "urine"], "anuric"),
    (&["not", "passing", "urine"], "anuric"),
    (&["no", "urine"], "anuric"),
    (&["not", "waking"], "unrousable"),
    (&["won't", "wake"], "unrousable"),
    (&["wont", "wake"], "unrousable"),
    (&["not", "moving"], "motionless"),
    (&["isn't", "moving"], "motionless"),
    (&["hasn't", "moved"], "motionless"),
    (&["hasnt", "moved"], "motionless"),
    (&["not", "moved"], "motionless"),
    (&["hasn't", "pooed"], "constipated"),
    (&["hasnt", "pooed"], "constipated"),
    (&["haven't", "pooed"], "constipated"),
    (&["not", "pooed"], "constipated"),
    (&["hasn't", "passed", "wind"], "nowind"),
    (&["hasnt", "passed", "wind"], "nowind"),
    (&["not", "passed", "wind"], "nowind"),
    (&["not", "passing", "wind"], "nowind"),
    (&["doesn't", "fade"], "nonblanching"),
    (&["doesnt", "fade"], "nonblanching"),
    (&["does", "not", "fade"], "nonblanching"),
    (&["didn't", "fade"], "nonblanching"),
    (&["won't", "fade"], "nonblanching"),
    (&["not", "fading"], "nonblanching"),
    (&["hay", "fever"], "hayfever"),
    (&["doesn't", "feel", "like", "mine"], "numb"),
    (&["doesnt", "feel", "like", "mine"], "numb"),
    (&["didn't", "feel", "like", "mine"], "numb"),
    (&["didnt", "feel", "like", "mine"], "numb"),
    (&["doesn't", "feel", "like", "my", "own"], "numb"),
    (&["didn't", "feel", "like", "my", "own"], "numb"),
    (&["belonged", "to", "somebody", "else"], "numb"),
    (&["belonged", "to", "someone", "else"], "numb"),
    (&["belongs", "to", "somebody", "else"], "numb"),
    (&["belongs", "to", "someone", "else"], "numb"),
    (&["the", "runs"], "diarrhoea"),
    (&["the", "trots"], "diarrhoea"),
    (&["the", "squits"], "diarrhoea"),
    (&["haven't", "been", "for", "a", "poo"], "constipated"),
    (&["havent", "been", "for", "a", "poo"], "constipated"),
    (&["hasn't", "been", "for", "a", "poo"], "constipated"),
    (&["haven't", "had", "a", "poo"], "constipated"),
    (&["havent", "had", "a", "poo"], "constipated"),
    (&["hasn't", "had", "a", "poo"], "constipated"),
    (&["not", "had", "a", "poo"], "constipated"),
];

/// Signs worded as denials become one word each, so that no negation covers them: "i don't
/// want to live" → `suicidal`, "he isn't making sense" → `incoherent`, "she doesn't respond
/// (when we talk to her)" → `unresponsive` ("the pain doesn't respond to painkillers" stays a
/// denial).
fn merge_signs(words: Vec<(String, bool)>) -> Vec<(String, bool)> {
    let starts =
        |at: usize, seq: &[&str]| seq.iter().enumerate().all(|(k, w)| words.get(at + k).is_some_and(|x| x.0 == *w));
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
            DENIAL_SHAPED_SIGNS.iter().chain(SCREEN_DENIAL_SHAPED_SIGNS).find(|(seq, _)| starts(i, seq))
        {
            out.push((sign.to_string(), words[i].1));
            i += seq.len();
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
fn merge_loss(mut words: Vec<(String, bool)>) -> Vec<(String, bool)> {
    const ABILITIES: &[&str] = &["feeling", "sensation", "strength", "power", "control", "grip", "use"];
    // Words that may stand between the cue and the ability; those in DROPPED are left out so
    // that "lost feeling" is a run.
    const BETWEEN: &[&str] =
        &["bladder", "bowel", "bowels", "or", "and", "any", "real", "more", "longer", "proper", "have", "had"];
    const DROPPED: &[&str] = &["any", "real", "more", "longer", "proper", "have", "had"];
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
        while j < words.len() && j <= i + 4 && BETWEEN.contains(&words[j].0.as_str()) {
            j += 1;
        }
        let ability = words.get(j).map(|x| x.0.as_str()).filter(|a| ABILITIES.contains(a));
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
            out.extend(words[i + cue..j].iter().filter(|x| !DROPPED.contains(&x.0.as_str())).cloned());
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

fn starts_with_seq(tokens: &[Token], at: usize, seq: &[&str]) -> bool {
    seq.iter().enumerate().all(|(k, w)| tokens.get(at + k).is_some_and(|t| t.raw == *w))
}

/// Cues at the end of a clause that put the clause in the past: "i had a heart attack ten
/// years ago", "i had shingles as a child".
const TRAILING_PAST_CUES: &[&[&str]] = &[
    &["years", "ago"],
    &["year", "ago"],
    &["decade", "ago"],
    &["decades", "ago"],
    &["as", "a", "child"],
    &["as", "a", "kid"],
    &["as", "a", "teenager"],
    &["when", "i", "was", "young"],
    &["when", "i", "was", "a", "child"],
    &["when", "i", "was", "a", "kid"],
];

/// Words that say a clause tells a past event ("had", "was diagnosed"); a clause that says the
/// problem began then and goes on ("started", "since") is not past.
const PAST_EVENT_WORDS: &[&str] = &["had", "was", "were", "got", "underwent", "diagnosed", "suffered", "caught"];
const ONGOING_WORDS: &[&str] = &["started", "began", "begun", "since", "still", "ever", "start", "begin", "starting"];

/// Marks the clause before a trailing past cue as past, when the clause tells a past event.
fn mark_trailing_past(tokens: &mut [Token]) {
    let n = tokens.len();
    for i in 0..n {
        let Some(cue) = TRAILING_PAST_CUES.iter().find(|h| starts_with_seq(tokens, i, h)) else {
            continue;
        };
        let _ = cue;
        let mut start = i;
        while start > 0 {
            let t = &tokens[start - 1];
            if SCOPE_BREAKERS.contains(&t.raw.as_str()) {
                break;
            }
            start -= 1;
            if tokens[start].after_comma || i - start >= 12 {
                break;
            }
        }
        mark_past_episode(&mut tokens[start..i], PAST_EVENT_WORDS);
    }
}

/// Marks `clause` as past when it tells an event with one of `verbs` and nothing in it says
/// the problem goes on ("started", "since", "still").
fn mark_past_episode(clause: &mut [Token], verbs: &[&str]) {
    let past_event = clause.iter().any(|t| verbs.contains(&t.raw.as_str()));
    let ongoing = clause.iter().any(|t| ONGOING_WORDS.contains(&t.raw.as_str()));
    if past_event && !ongoing {
        for t in clause {
            if t.polarity == Polarity::Asserted {
                t.polarity = Polarity::Past;
            }
        }
    }
}

/// Cues at the start of a clause that put the clause in the past: "last year my eye went
/// blurry and hurt for a couple of weeks, it got better".
const LEADING_PAST_CUES: &[&[&str]] = &[
    &["last", "year"],
    &["a", "year", "ago"],
    &["years", "ago"],
    &["as", "a", "child"],
    &["as", "a", "kid"],
    &["when", "i", "was", "young"],
    &["when", "i", "was", "a", "child"],
    &["when", "i", "was", "a", "kid"],
];

/// Past-tense verbs of an episode told after a leading past cue ("went", "had", "was").
const EPISODE_VERBS: &[&str] = &["had", "was", "were", "got", "went", "suffered", "caught", "lost", "felt", "came"];

/// The longest clause a leading past cue puts in the past, in tokens.
const MAX_LEADING_PAST: usize = 16;

/// Marks the clause after a leading past cue (at the start of the sentence or after a comma)
/// as past, when it tells an episode in the past tense and nothing in it says it goes on; it
/// ends at a comma or a word that turns to another time ("but", "now", "since").
fn mark_leading_past(tokens: &mut [Token]) {
    let n = tokens.len();
    for i in 0..n {
        let Some(cue) = LEADING_PAST_CUES.iter().find(|h| starts_with_seq(tokens, i, h)) else {
            continue;
        };
        if i > 0 && !tokens[i].after_comma {
            continue;
        }
        let start = i + cue.len();
        let mut end = start;
        while end < n && end - start < MAX_LEADING_PAST {
            let t = &tokens[end];
            if end > start && t.after_comma || SCOPE_BREAKERS.contains(&t.raw.as_str()) || t.raw == "now" {
                break;
            }
            end += 1;
        }
        mark_past_episode(&mut tokens[start..end], EPISODE_VERBS);
    }
}

/// "month", "weeks", "18-month", "3-year": a unit of time, alone or joined to its number.
fn is_duration_unit(word: &str) -> bool {
    let unit = word.rsplit('-').next().unwrap_or(word);
    matches!(unit, "hour" | "hours" | "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years")
}

fn mark_scopes(tokens: &mut [Token]) {
    mark_trailing_past(tokens);
    mark_leading_past(tokens);
    let n = tokens.len();
    let mut i = 0;
    while i < n {
        if let Some(p) = PSEUDO_NEGATIONS.iter().find(|p| starts_with_seq(tokens, i, p)) {
            i += p.len();
            continue;
        }
        let question_be = tokens[i].raw == "be" && i > 0 && QUESTION_MODALS.contains(&tokens[0].raw.as_str());
        let (kind, len) = if NEGATION_CUES.contains(&tokens[i].raw.as_str()) {
            (Polarity::Negated, 1)
        } else if let Some(h) = HYPOTHETICAL_CUES.iter().find(|h| starts_with_seq(tokens, i, h)) {
            (Polarity::Hypothetical, h.len())
        } else if question_be {
            (Polarity::Hypothetical, 1)
        } else if let Some(h) = PAST_CUES.iter().find(|h| starts_with_seq(tokens, i, h)) {
            if i > 0 && is_duration_unit(&tokens[i - 1].raw) {
                // "an 18-month history of facial twitching", "a 3 week history of": the
                // clinical way to say how long a current complaint has lasted.
                i += h.len();
                continue;
            }
            (Polarity::Past, h.len())
        } else {
            i += 1;
            continue;
        };
        let mut seen = 0;
        let mut j = i + len;
        while j < n {
            let t = &tokens[j];
            if SCOPE_BREAKERS.contains(&t.raw.as_str())
                || kind == Polarity::Past && matches!(t.raw.as_str(), "for" | "and")
            {
                break;
            }
            let prev_joins = t.after_comma || matches!(tokens[j - 1].raw.as_str(), "and" | "or");
            if prev_joins && CLAUSE_STARTERS.contains(&t.raw.as_str()) {
                break;
            }
            if j > i + len && (NEGATION_CUES.contains(&t.raw.as_str())) {
                break;
            }
            // A negation does not override a stronger hypothetical already set, and vice versa.
            if tokens[j].polarity == Polarity::Asserted {
                tokens[j].polarity = kind;
            }
            if tokens[j].content {
                seen += 1;
                if seen >= if kind == Polarity::Past { MAX_PAST_CONTENT } else { MAX_SCOPE_CONTENT } {
                    break;
                }
            }
            j += 1;
        }
        i += len;
    }
}

/// Chinese negation cues, longest first.
const ZH_NEGATION_CUES: &[&str] = &["沒有", "並沒有", "否認", "並未", "不會", "不是", "沒", "無", "不", "未", "非"];

/// Chinese cues that make what follows hypothetical.
const ZH_HYPOTHETICAL_CUES: &[&str] =
    &["如果", "萬一", "會不會", "是不是", "是否", "預防", "以免", "擔心會", "怕會", "家族", "差點", "差一點", "險些"];

/// Chinese cues that put what follows in the past (a history finding is present, a symptom
/// is not current).
const ZH_PAST_CUES: &[&str] = &[
    "上次",
    "上一次",
    "以前曾",
    "之前曾",
    "過去曾",
    "曾經",
    "病史",
    "以前有過",
    "以前有得過",
    "以前得過",
    "之前得過",
    "小時候",
];

/// Chinese words a phrase may not cut across: 手指頭 is a finger, so 頭麻 ("head numb") must
/// not be read inside 手指頭麻; 舌頭 is the tongue, not the head.
pub const ZH_WORDS: &[&str] = &[
    "手指頭",
    "腳趾頭",
    "指頭",
    "趾頭",
    "舌頭",
    "骨頭",
    "拳頭",
    "眉頭",
    "鼻頭",
    "枕頭",
    "石頭",
    "饅頭",
    "鏡頭",
    "心頭",
    "喉頭",
    "罐頭",
    "碼頭",
    "念頭",
    "關頭",
    "開頭",
    "裡頭",
    "外頭",
    "上頭",
    "乳頭",
    "膝蓋頭",
    "指甲",
    "手肘",
    // 跳 in a heartbeat, a dance or a vault is not a twitch; 手 in a watch, a phone or an
    // operation is not the hand.
    "心跳",
    "跳舞",
    "跳繩",
    "跳箱",
    "手錶",
    "手機",
    "手術",
    "手續",
    // 尿 in a nappy is not peeing.
    "尿布",
    "尿片",
    // 血 inside a word about blood tests or pressure is not bleeding.
    "血壓",
    "血糖",
    "血管",
    "血液",
    "抽血",
    "驗血",
    "貧血",
    "血球",
    "血氧",
    "血脂",
    "血清",
    "血型",
    "捐血",
];

/// Chinese words that contain a negation character but do not negate what follows.
const ZH_PSEUDO: &[&str] = &[
    "從來沒這麼",
    "從來沒有這麼",
    "從沒這麼",
    "不小心",
    "未滿",
    "還沒滿",
    "非洲",
    "不自主",
    "不由自主",
    "不舒服",
    "不適",
    "不對稱",
    "不對勁",
    "不停",
    "不斷",
    "不時",
    "不能",
    "不了",
    "不太對",
    "不一定",
    "不少",
    "不知道",
    "不知",
    "不曉得",
    "不確定",
    "不清楚",
    "不起來",
    "不好",
    "不穩",
    "不住",
    "不動",
    "不到",
    "不出",
    "不開",
    "不上",
    "不下",
    "不見",
    "不靈活",
    "不協調",
    "不聽使喚",
    "不正常",
    "不明",
    "不行",
    "沒力",
    "沒感覺",
    "沒知覺",
    "沒辦法",
    "沒有辦法",
    "沒法",
    "沒有力",
    "沒有感覺",
    "沒有知覺",
    "沒事",
    "沒關係",
    "沒有好",
    "沒好",
    "沒有改善",
    "沒改善",
    "沒有好轉",
    "沒有消失",
    "沒停",
    "沒有停",
    "無力",
    "無法",
    "無感",
    "無緣無故",
    "無故",
    "不明原因",
    "無明顯原因",
    "沒有原因",
    "沒來由",
    "並不嚴重",
    "不嚴重",
    "無名指",
    "非常",
    "睡不著",
    "睡不着",
    "不著",
];

/// Words that end a Chinese negation's scope.
const ZH_BREAKERS: &[&str] = &["但", "可是", "不過", "卻", "而是", "只是", "然後", "後來", "現在"];

const ZH_MAX_SCOPE: usize = 12;

/// Splits a sentence into Chinese clauses and marks negation scopes.
pub fn zh_clauses(sentence: &str) -> Vec<ZhClause> {
    let mut out = Vec::new();
    if !sentence.chars().any(is_cjk) {
        return out;
    }
    let mut cur: Vec<char> = Vec::new();
    let chars: Vec<char> = sentence.chars().collect();
    for (i, &ch) in chars.iter().enumerate() {
        if is_clause_end(ch) && !predicate_follows(&cur, &chars[i + 1..]) && !ends_a_when_clause(&cur) {
            push_clause(&mut out, std::mem::take(&mut cur));
        } else {
            cur.push(ch);
        }
    }
    push_clause(&mut out, cur);
    out
}

/// Characters that, opening a clause, say what the clause before it felt: in 左邊蛋蛋，痛到吐了
/// the pain is the testicle's, so the comma does not split the two.
const ZH_PREDICATE_STARTS: &[char] = &['痛', '麻', '腫', '癢', '痠', '酸'];

/// True when the next clause opens with a symptom word ([`ZH_PREDICATE_STARTS`]) that completes
/// the Chinese clause before it.
fn predicate_follows(before: &[char], after: &[char]) -> bool {
    before.last().is_some_and(|&c| is_cjk(c))
        && after.iter().find(|c| !c.is_whitespace()).is_some_and(|c| ZH_PREDICATE_STARTS.contains(c))
}

/// Endings of a Chinese clause of time (翻身的時候，天旋地轉): what follows the comma happens
/// at that time, so the comma does not split the two.
const ZH_WHEN_ENDS: &[&str] = &["時候", "的時", "之時", "那時"];

fn ends_a_when_clause(before: &[char]) -> bool {
    let text: String = before.iter().collect();
    let text = text.trim_end();
    ZH_WHEN_ENDS.iter().any(|e| text.ends_with(e))
}

fn matches_at(chars: &[char], at: usize, word: &str) -> bool {
    word.chars().enumerate().all(|(k, wc)| chars.get(at + k) == Some(&wc))
}

fn push_clause(out: &mut Vec<ZhClause>, chars: Vec<char>) {
    if chars.iter().all(|c| c.is_whitespace()) {
        return;
    }
    let n = chars.len();
    if !chars.iter().any(|&c| crate::text::normalize::is_cjk(c)) {
        // Every cue is Chinese: a clause without Chinese characters has no scope to mark.
        out.push(ZhClause { chars, scope: vec![None; n] });
        return;
    }
    let mut masked = vec![false; n];
    let mut i = 0;
    while i < n {
        if let Some(p) = ZH_PSEUDO.iter().filter(|p| matches_at(&chars, i, p)).max_by_key(|p| p.chars().count()) {
            let len = p.chars().count();
            for m in masked.iter_mut().skip(i).take(len) {
                *m = true;
            }
            i += len;
        } else {
            i += 1;
        }
    }
    let mut scope: Vec<Option<(Polarity, usize)>> = vec![None; n];
    let mut i = 0;
    while i < n {
        if masked[i] {
            i += 1;
            continue;
        }
        let cue = ZH_HYPOTHETICAL_CUES
            .iter()
            .find(|c| matches_at(&chars, i, c))
            .map(|c| (Polarity::Hypothetical, c.chars().count()))
            .or_else(|| {
                ZH_PAST_CUES.iter().find(|c| matches_at(&chars, i, c)).map(|c| (Polarity::Past, c.chars().count()))
            })
            .or_else(|| {
                ZH_NEGATION_CUES
                    .iter()
                    .find(|c| matches_at(&chars, i, c))
                    .map(|c| (Polarity::Negated, c.chars().count()))
            });
        let Some((kind, len)) = cue else {
            i += 1;
            continue;
        };
        let mut j = i + len;
        while j < n && j < i + len + ZH_MAX_SCOPE {
            // A comma kept inside a clause (before a symptom word that completes it) still ends
            // the scope.
            // A space after the denied words ends it too: patients separate clauses by spaces
            // (手指也伸不直 手背麻麻的); a space right after the cue (沒有 發燒) does not.
            let spaced = chars[j].is_whitespace() && j > i + len;
            if spaced || is_clause_end(chars[j]) || ZH_BREAKERS.iter().any(|b| matches_at(&chars, j, b)) {
                break;
            }
            if scope[j].is_none() {
                scope[j] = Some((kind, i));
            }
            j += 1;
        }
        i += len;
    }
    mark_zh_comparisons(&chars, &masked, &mut scope);
    // "爬樓梯也沒事", "右腳都正常": a clause that ends by saying it is fine denies what it names.
    let mut end = n;
    while end > 0 && (chars[end - 1].is_whitespace() || "了啦啊喔耶呀的".contains(chars[end - 1])) {
        end -= 1;
    }
    if let Some(w) = ZH_FINE_ENDINGS.iter().find(|w| chars[..end].ends_with(&w.chars().collect::<Vec<_>>())) {
        let at = end - w.chars().count();
        // Back to the clause start, or to a space where a patient separates clauses by spaces.
        let from = chars[..at].iter().rposition(|c| c.is_whitespace()).map_or(0, |p| p + 1);
        for slot in scope.iter_mut().take(at).skip(from).filter(|s| s.is_none()) {
            *slot = Some((Polarity::Negated, at));
        }
    }
    // "爬山跑步都沒事不會喘": "all fine" with 都 or 也 denies what comes before it even when the
    // clause goes on.
    for w in ZH_FINE_MIDDLE {
        let k: Vec<char> = w.chars().collect();
        for at in (0..n.saturating_sub(k.len() - 1)).filter(|&i| chars[i..].starts_with(&k)) {
            let from = chars[..at].iter().rposition(|c| c.is_whitespace()).map_or(0, |p| p + 1);
            for slot in scope.iter_mut().take(at).skip(from).filter(|s| s.is_none()) {
                *slot = Some((Polarity::Negated, at));
            }
        }
    }
    // "這樣是癲癇嗎", "會是中風嗎": a short name asked about after 是 is a question, not a finding.
    if end > 0 && chars[end - 1] == '嗎' {
        let q = end - 1;
        let from = chars[..q].iter().rposition(|c| c.is_whitespace()).map_or(0, |p| p + 1);
        let is = chars[from..q].iter().rposition(|&c| c == '是').map(|p| from + p);
        if let Some(is) = is.filter(|&p| q - p <= 7 && (p == 0 || !"但可還就只總老於要".contains(chars[p - 1])))
        {
            for slot in scope.iter_mut().take(q).skip(is + 1).filter(|s| s.is_none()) {
                *slot = Some((Polarity::Hypothetical, is));
            }
        }
    }
    out.push(ZhClause { chars, scope });
}

/// Words that close a comparison (像被電擊一樣, 像針扎似的).
const ZH_COMPARISON_ENDS: &[&str] = &["一樣", "似的", "一般", "般"];

/// Marks a comparison, 像 (就像, 好像, 彷彿, 宛如) up to its closing 一樣 / 似的 / 般, as
/// [`Polarity::Likened`]. Without a closing word only 像被 compares (臉像被電到); 好像 alone
/// means "it seems" (好像發燒了) and marks nothing. Cues inside a phrase (大便像柏油) belong
/// to the phrase: the matcher ignores a cue that a match covers.
fn mark_zh_comparisons(chars: &[char], masked: &[bool], scope: &mut [Option<(Polarity, usize)>]) {
    let n = chars.len();
    for i in 0..n {
        let len = if chars[i] == '像' {
            1
        } else if matches_at(chars, i, "彷彿") || matches_at(chars, i, "宛如") || matches_at(chars, i, "如同") {
            2
        } else {
            continue;
        };
        if masked[i] {
            continue;
        }
        let close = (i + len..n).find(|&j| ZH_COMPARISON_ENDS.iter().any(|w| matches_at(chars, j, w)));
        let seems = i > 0 && chars[i - 1] == '好';
        let by = chars.get(i + len) == Some(&'被') && !seems;
        let end = match close {
            Some(j) => j,
            None if by || len == 2 => n.min(i + len + ZH_MAX_SCOPE),
            None => continue,
        };
        for (j, slot) in scope.iter_mut().enumerate().take(end).skip(i + len) {
            if ZH_BREAKERS.iter().any(|b| matches_at(chars, j, b)) {
                break;
            }
            if slot.is_none() {
                *slot = Some((Polarity::Likened, i));
            }
        }
    }
}

/// Clause endings that say what the clause names is fine (爬樓梯也沒事, 大小便都正常).
const ZH_FINE_ENDINGS: &[&str] = &["沒事", "沒問題", "都正常", "正常", "都好"];

/// "All fine" anywhere in a clause (爬山跑步都沒事不會喘): what comes before it is denied.
const ZH_FINE_MIDDLE: &[&str] = &["都沒事", "也沒事", "都沒問題", "也沒問題", "都正常", "也正常", "都還好", "也還好"];

#[cfg(test)]
mod tests {
    use super::*;

    fn pol(sentence: &str, word: &str) -> Polarity {
        english_tokens(sentence).into_iter().find(|t| t.raw == word).map(|t| t.polarity).unwrap_or_default()
    }

    #[test]
    fn english_negation_scope() {
        assert_eq!(pol("i have no weakness", "weakness"), Polarity::Negated);
        assert_eq!(pol("no weakness, no numbness and no trouble speaking", "speaking"), Polarity::Negated);
        assert_eq!(pol("no fever, my hand is numb", "numb"), Polarity::Asserted);
        assert_eq!(pol("i don't have pain but my face droops", "droops"), Polarity::Asserted);
        assert_eq!(pol("i don't know why my lip twitches", "twitches"), Polarity::Asserted);
        assert_eq!(pol("my hands are numb, not weak", "weak"), Polarity::Negated);
        assert_eq!(pol("my hands are numb, not weak", "numb"), Polarity::Asserted);
        assert_eq!(pol("is it a sign of paralysis", "paralysis"), Polarity::Hypothetical);
        assert_eq!(pol("nobody has ever seen a seizure", "seizure"), Polarity::Negated);
    }

    #[test]
    fn a_chinese_clause_that_ends_by_saying_it_is_fine_is_a_denial() {
        let neg = |s: &str, at: usize| zh_clauses(s)[0].scope[at].map(|(p, _)| p);
        assert_eq!(neg("爬樓梯也沒事", 1), Some(Polarity::Negated));
        assert_eq!(neg("大小便都正常了", 0), Some(Polarity::Negated));
        assert_eq!(neg("右手麻麻的", 1), None);
        // Clauses separated by spaces: only the last one is denied.
        let c = &zh_clauses("下背很痠痛 大小便都正常")[0];
        assert_eq!(c.scope[2], None);
        assert_eq!(c.scope[7].map(|(p, _)| p), Some(Polarity::Negated));
    }

    #[test]
    fn a_referral_letter_asserts_its_complaint() {
        let letter = "i would be grateful if you could see this man with an 18-month history of facial contractions";
        assert_eq!(pol(letter, "contractions"), Polarity::Asserted);
        assert_eq!(pol("a 3 week history of numb feet", "numb"), Polarity::Asserted);
        assert_eq!(pol("past history of stroke", "stroke"), Polarity::Past);
        assert_eq!(pol("ask me if you feel numb", "numb"), Polarity::Hypothetical);
    }

    fn raws(sentence: &str) -> Vec<String> {
        english_tokens(sentence).into_iter().map(|t| t.raw).collect()
    }

    #[test]
    fn a_missing_ability_is_a_loss_not_a_denial() {
        assert_eq!(raws("i have no feeling in my arm")[..4], ["i", "have", "lost", "sensation"]);
        assert_eq!(pol("i have no feeling in my arm", "sensation"), Polarity::Asserted);
        assert_eq!(raws("no bladder or bowel control")[..4], ["lost", "bladder", "or", "bowel"]);
        assert_eq!(pol("no bladder or bowel control", "bladder"), Polarity::Asserted);
        assert_eq!(raws("i don't have any feeling in my feet")[..3], ["i", "lost", "sensation"]);
        assert_eq!(raws("i can no longer control my bowels")[..4], ["i", "can", "lost", "control"]);
        assert_eq!(pol("there is no strength in my legs", "legs"), Polarity::Asserted);
        // Denials stay denials.
        assert_eq!(pol("no feeling of pressure", "pressure"), Polarity::Negated);
        assert_eq!(pol("no problems with bladder control", "bladder"), Polarity::Negated);
        assert_eq!(pol("there is no use worrying", "worrying"), Polarity::Negated);
        assert_eq!(pol("i can still control my bladder fine", "bladder"), Polarity::Negated);
        assert_eq!(pol("i can't control my bladder", "bladder"), Polarity::Asserted);
        assert_eq!(pol("my hand has no grip problems", "grip"), Polarity::Negated);
        assert_eq!(pol("no feeling of weakness, just lip tingling", "tingling"), Polarity::Asserted);
    }

    #[test]
    fn signs_that_are_worded_as_denials() {
        assert!(raws("she doesn't respond when we talk to her").contains(&"unresponsive".to_string()));
        assert!(raws("he won't respond").contains(&"unresponsive".to_string()));
        assert!(!raws("the pain doesn't respond to painkillers").contains(&"unresponsive".to_string()));
        assert!(raws("i don't want to live anymore").contains(&"suicidal".to_string()));
        assert!(!raws("i want to live a long life").contains(&"suicidal".to_string()));
        assert!(raws("he isn't making sense").contains(&"incoherent".to_string()));
        assert!(!raws("it makes sense that my eye twitches").contains(&"incoherent".to_string()));
        assert_eq!(pol("it doesn't make sense", "sense"), Polarity::Negated);
    }

    fn content(sentence: &str) -> Vec<String> {
        english_tokens(sentence).into_iter().filter(|t| t.content).map(|t| t.raw).collect()
    }

    #[test]
    fn words_that_are_filler_only_in_some_uses() {
        assert_eq!(content("a bit numb"), ["numb"]);
        assert_eq!(content("i bit my tongue"), ["bit", "tongue"]);
        assert_eq!(content("a little tingly"), ["tingly"]);
        assert_eq!(content("my little finger"), ["little", "finger"]);
        assert!(content("half an hour").is_empty());
        assert_eq!(content("half my body"), ["half", "body"]);
        assert_eq!(content("out of nowhere"), ["nowhere"]);
        assert_eq!(content("i passed out"), ["passed", "out"]);
    }

    #[test]
    fn nothing_negates_but_nothing_helps_does_not() {
        assert_eq!(pol("nothing is getting worse", "worse"), Polarity::Negated);
        assert_eq!(pol("nothing helps the numbness", "numbness"), Polarity::Asserted);
    }

    #[test]
    fn history_is_past_family_history_and_questions_are_hypothetical() {
        assert_eq!(pol("i have a history of diabetes", "diabetes"), Polarity::Past);
        assert_eq!(pol("i used to get migraines", "migraines"), Polarity::Past);
        assert_eq!(pol("history of diabetes and for a year my feet burn", "burn"), Polarity::Asserted);
        assert_eq!(pol("family history of diabetes", "diabetes"), Polarity::Hypothetical);
        assert_eq!(pol("could the tingling in my feet be guillain barre", "guillain"), Polarity::Hypothetical);
        assert_eq!(pol("could the tingling in my feet be guillain barre", "tingling"), Polarity::Asserted);
        let c = &zh_clauses("我以前曾經得過帶狀皰疹")[0];
        assert_eq!(c.scope[5].map(|s| s.0), Some(Polarity::Past));
        let c = &zh_clauses("家族有糖尿病")[0];
        assert_eq!(c.scope[3].map(|s| s.0), Some(Polarity::Hypothetical));
    }

    #[test]
    fn a_body_part_that_does_not_work_is_an_inability() {
        let raws = |s: &str| english_tokens(s).into_iter().map(|t| t.raw).collect::<Vec<_>>();
        assert_eq!(raws("my eye doesn't close"), ["my", "eye", "unable", "close"]);
        assert_eq!(raws("his arm does not lift"), ["his", "arm", "unable", "lift"]);
        assert!(english_tokens("my eye doesn't close").iter().all(|t| t.polarity == Polarity::Asserted));
        // Other verbs, and people as the subject, stay negations.
        assert_eq!(pol("my face doesn't droop", "droop"), Polarity::Negated);
        assert_eq!(pol("i don't move my arm much", "arm"), Polarity::Negated);
    }

    #[test]
    fn inability_is_not_negation() {
        let t = english_tokens("he can't raise his arm");
        assert!(t.iter().any(|t| t.raw == "unable" && t.content));
        assert!(t.iter().all(|t| t.polarity == Polarity::Asserted));
    }

    #[test]
    fn chinese_negation_scope() {
        let c = &zh_clauses("沒有無力")[0];
        assert_eq!(c.scope[2], Some((Polarity::Negated, 0)));
        let c = &zh_clauses("右手沒力")[0];
        assert!(c.scope.iter().all(Option::is_none));
        let c = &zh_clauses("一直不自主地抽動")[0];
        assert!(c.scope.iter().all(Option::is_none));
        // Words that contain a negation character but negate nothing.
        for text in ["無名指麻麻的", "非常痛", "睡不著手會麻"] {
            let c = &zh_clauses(text)[0];
            assert!(c.scope.iter().all(Option::is_none), "{text}");
        }
        // "Nearly fell": the fall did not happen.
        let c = &zh_clauses("差點跌倒")[0];
        assert_eq!(c.scope[2].map(|s| s.0), Some(Polarity::Hypothetical));
    }

    #[test]
    fn comparisons_are_marked_and_looks_seems_and_fillers_are_not() {
        assert_eq!(pol("burny, like a sunburn under the skin", "sunburn"), Polarity::Likened);
        assert_eq!(pol("a jolt like i missed a step and fell", "fell"), Polarity::Likened);
        assert_eq!(pol("it feels similar to a burn", "burn"), Polarity::Likened);
        assert_eq!(pol("burny, like a sunburn, and my leg is swollen", "swollen"), Polarity::Asserted);
        assert_eq!(pol("it looks like a bite", "bite"), Polarity::Asserted);
        assert_eq!(pol("i, like, fell down the stairs", "fell"), Polarity::Asserted);
        assert_eq!(pol("like 3 days ago i fell", "fell"), Polarity::Asserted);
        assert_eq!(pol("no pain, like a burn", "burn"), Polarity::Negated);
        let likened = |text: &str, at: usize| zh_clauses(text)[0].scope[at].map(|s| s.0);
        // 就像被電擊一樣: 電 (index 4) is inside the comparison.
        assert_eq!(likened("就像被電擊一樣", 4), Some(Polarity::Likened));
        assert_eq!(likened("臉像被電到", 3), Some(Polarity::Likened));
        // 好像 alone says "it seems": 好像發燒了 asserts the fever.
        assert_eq!(likened("好像發燒了", 2), None);
        assert_eq!(likened("好像被蛇咬到", 4), None);
        assert_eq!(likened("好像被針扎到一樣", 4), Some(Polarity::Likened));
    }
}
