//! English negation: the cues that deny what follows, phrases that look like cues but do not
//! deny, the words that end a cue's scope, and the cues of an event that nearly happened.

use crate::text::table::{Cues, Words};

/// Words that deny what follows.
pub(crate) static NEGATION_CUES: Words = Words::new(concat!(
    "no\n",
    "not\n",
    "never\n",
    "without\n",
    "denies\n",
    "deny\n",
    "denied\n",
    "nor\n",
    "neither\n",
    "none\n",
    "don't\n",
    "dont\n",
    "doesn't\n",
    "doesnt\n",
    "didn't\n",
    "didnt\n",
    "isn't\n",
    "isnt\n",
    "aren't\n",
    "arent\n",
    "haven't\n",
    "havent\n",
    "hasn't\n",
    "hasnt\n",
    "hadn't\n",
    "hadnt\n",
    "wasn't\n",
    "wasnt\n",
    "weren't\n",
    "werent\n",
    "free\n",
    "nobody\n",
    "nothing\n",
));

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
pub(crate) static SCOPE_BREAKERS: Words = Words::new(concat!(
    "but\n",
    "however\n",
    "although\n",
    "though\n",
    "yet\n",
    "except\n",
    "apart\n",
    "still\n",
    "just\n",
    "which\n",
    "who\n",
    "while\n",
    "when\n",
    "whenever\n",
    "because\n",
    "since\n",
    "so\n",
    "then\n",
    "after\n",
    "before\n",
    "until\n",
));

/// Words of degree that "not" may deny alone ("not the worst headache", "not that bad", "not
/// sudden"): what they describe is still there.
pub(crate) static DEGREE_WORDS: Words = Words::new(concat!(
    "worst\n",
    "bad\n",
    "severe\n",
    "sudden\n",
    "strong\n",
    "intense\n",
    "terrible\n",
    "awful\n",
    "excruciating\n",
    "unbearable\n",
    "extreme\n",
    "horrible\n",
    "agonising\n",
    "agonizing\n",
    "crushing\n",
    "sharp\n",
));
/// Words that may stand between "not" and a degree word ("not the worst", "not that bad").
pub(crate) static DEGREE_LEAD_INS: Words =
    Words::new(concat!("the\n", "that\n", "so\n", "as\n", "too\n", "very\n", "really\n", "a\n", "an\n", "all\n"));

/// Judgements at the end of a clause that deny what it names ("sensation intact", "power
/// normal", "arms and legs fine").
pub(crate) static TRAILING_FINE: Words = Words::new(concat!(
    "intact\n",
    "preserved\n",
    "unremarkable\n",
    "normal\n",
    "fine\n",
    "unaffected\n",
    "spared\n",
    "nad\n",
    "negative\n",
    "nil\n",
    "absent\n",
));
/// Verbs that report someone's view ("my mother says it is normal"): a judgement after them in
/// the sentence is theirs.
pub(crate) static REPORTING_VERBS: Words = Words::new(concat!(
    "say\n",
    "says\n",
    "said\n",
    "told\n",
    "tell\n",
    "tells\n",
    "think\n",
    "thinks\n",
    "thought\n",
    "reckon\n",
    "reckons\n",
    "heard\n",
    "read\n",
));
/// Adverbs that may stand before such a judgement without counting ("totally fine").
pub(crate) const TRAILING_ADVERBS: &[&str] =
    &["totally", "completely", "perfectly", "absolutely", "all", "both", "seem", "seems", "look", "looks", "still"];

/// Verbs of a complaint's coming on, and the complaint's own words, whose denial reaches over
/// the "when" that follows ("it doesn't come on when I exercise", "never happens during the
/// day", "no pain when I exert myself").
pub(crate) static TRIGGER_VERBS: Words = Words::new(concat!(
    "come\n",
    "comes\n",
    "on\n",
    "happen\n",
    "happens\n",
    "start\n",
    "starts\n",
    "occur\n",
    "occurs\n",
    "hurt\n",
    "hurts\n",
    "worse\n",
    "bother\n",
    "pain\n",
    "pains\n",
    "ache\n",
    "discomfort\n",
    "tightness\n",
    "trouble\n",
    "problem\n",
    "problems\n",
));

/// Words that say an event nearly happened ("I nearly fell over", "almost passed out").
pub(crate) const NEAR_MISS_CUES: &[&str] = &["nearly", "almost"];
/// Stems of the events that "nearly" can spare ("nearly 3 weeks", "almost constant" are not
/// near misses).
pub(crate) const NEAR_MISS_EVENTS: &[&str] =
    &["fall", "faint", "pass", "collaps", "black", "chok", "crash", "died", "die", "drown", "trip", "slip", "hit"];

/// Particles of a near-miss event's verb ("fell over", "passed out"), spared with it.
pub(crate) const NEAR_MISS_PARTICLES: &[&str] = &["over", "out", "down", "off", "up"];
