//! English negation: the cues that deny what follows, phrases that look like cues but do not
//! deny, the words that end a cue's scope, and the cues of an event that nearly happened.

use crate::text::table::Cues;

/// Words that deny what follows.
pub(crate) const NEGATION_CUES: &[&str] = &[
    "no", "not", "never", "without", "denies", "deny", "denied", "nor", "neither", "none", "don't", "dont", "doesn't",
    "doesnt", "didn't", "didnt", "isn't", "isnt", "aren't", "arent", "haven't", "havent", "hasn't", "hasnt", "hadn't",
    "hadnt", "wasn't", "wasnt", "weren't", "werent", "free", "nobody", "nothing",
];

/// Cue-like phrases that do not negate ("not sure", "no idea", "without any reason").
pub(crate) static PSEUDO_NEGATIONS: Cues = Cues::new(concat!(
    "not sure\n",
    "not certain\n",
    "no idea\n",
    "not only\n",
    "not just\n",
    "no matter\n",
    "don't know\n",
    "dont know\n",
    "do not know\n",
    "didn't know\n",
    "don't understand\n",
    "not understand\n",
    "don't think\n",
    "without any reason\n",
    "without reason\n",
    "without warning\n",
    "without any warning\n",
    "without cause\n",
    "no reason\n",
    "no apparent reason\n",
    "no obvious reason\n",
    "not go away\n",
    "doesn't go away\n",
    "won't go away\n",
    "doesn't stop\n",
    "does not stop\n",
    "won't stop\n",
    "not stop\n",
    "not getting better\n",
    "not improving\n",
    "no better\n",
    "not better\n",
    "hasn't improved\n",
    "not improved\n",
    "never had this\n",
    "never before\n",
    "not help\n",
    "doesn't help\n",
    "didn't help\n",
    "nothing help\n",
    "nothing helps\n",
    "nothing helped\n",
    "nothing works\n",
    "nothing worked\n",
    "nothing else\n",
    "grateful if\n",
    "appreciate it if\n",
    "if you could\n",
    "if you would\n",
));

/// Words that end a negation's scope.
pub(crate) const SCOPE_BREAKERS: &[&str] = &[
    "but", "however", "although", "though", "yet", "except", "apart", "still", "just", "which", "who", "while", "when",
    "whenever", "because", "since", "so", "then", "after", "before", "until",
];

/// Words of degree that "not" may deny alone ("not the worst headache", "not that bad", "not
/// sudden"): what they describe is still there.
pub(crate) const DEGREE_WORDS: &[&str] = &[
    "worst",
    "bad",
    "severe",
    "sudden",
    "strong",
    "intense",
    "terrible",
    "awful",
    "excruciating",
    "unbearable",
    "extreme",
    "horrible",
    "agonising",
    "agonizing",
    "crushing",
    "sharp",
];
/// Words that may stand between "not" and a degree word ("not the worst", "not that bad").
pub(crate) const DEGREE_LEAD_INS: &[&str] = &["the", "that", "so", "as", "too", "very", "really", "a", "an", "all"];

/// Judgements at the end of a clause that deny what it names ("sensation intact", "power
/// normal", "arms and legs fine").
pub(crate) const TRAILING_FINE: &[&str] = &[
    "intact",
    "preserved",
    "unremarkable",
    "normal",
    "fine",
    "unaffected",
    "spared",
    "nad",
    "negative",
    "nil",
    "absent",
];
/// Verbs that report someone's view ("my mother says it is normal"): a judgement after them in
/// the sentence is theirs.
pub(crate) const REPORTING_VERBS: &[&str] = &[
    "say", "says", "said", "told", "tell", "tells", "think", "thinks", "thought", "reckon", "reckons", "heard", "read",
];
/// Adverbs that may stand before such a judgement without counting ("totally fine").
pub(crate) const TRAILING_ADVERBS: &[&str] =
    &["totally", "completely", "perfectly", "absolutely", "all", "both", "seem", "seems", "look", "looks", "still"];

/// Verbs of a complaint's coming on, and the complaint's own words, whose denial reaches over
/// the "when" that follows ("it doesn't come on when I exercise", "never happens during the
/// day", "no pain when I exert myself").
pub(crate) const TRIGGER_VERBS: &[&str] = &[
    "come",
    "comes",
    "on",
    "happen",
    "happens",
    "start",
    "starts",
    "occur",
    "occurs",
    "hurt",
    "hurts",
    "worse",
    "bother",
    "pain",
    "pains",
    "ache",
    "discomfort",
    "tightness",
    "trouble",
    "problem",
    "problems",
];

/// Words that say an event nearly happened ("I nearly fell over", "almost passed out").
pub(crate) const NEAR_MISS_CUES: &[&str] = &["nearly", "almost"];
/// Stems of the events that "nearly" can spare ("nearly 3 weeks", "almost constant" are not
/// near misses).
pub(crate) const NEAR_MISS_EVENTS: &[&str] =
    &["fall", "faint", "pass", "collaps", "black", "chok", "crash", "died", "die", "drown", "trip", "slip", "hit"];

/// Particles of a near-miss event's verb ("fell over", "passed out"), spared with it.
pub(crate) const NEAR_MISS_PARTICLES: &[&str] = &["over", "out", "down", "off", "up"];
