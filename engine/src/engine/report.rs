//! Turns what a check found into its [`CheckResult`]: the action and the message for the
//! patient, whether the result is unsure, what happens when words of a language the engine
//! has no phrases for are in the message, and the findings offered when the message was not
//! understood. A blank request's result comes from here too, with nothing found.

use crate::contract::{
    CheckResult, ComplaintResult, ConditionResult, FindingResult, InterviewStep, Messages, QuestionResult,
    RedFlagResult, SimilarResult, Suggestion,
};
use crate::schema::{KnowledgeBase, Lang, Sex};
use crate::triage::Triage;
use crate::understand::{Facts, Origin, State};

/// What a check found, before it is said: the input of [`build`].
#[derive(Debug)]
pub(super) struct Found {
    /// The result's language.
    pub lang: Lang,
    /// The text was longer than the engine reads.
    pub truncated: bool,
    /// The patient's age.
    pub age: Option<u32>,
    /// The patient's sex.
    pub sex: Option<Sex>,
    /// The longest duration read, in days.
    pub duration_days: Option<f64>,
    /// The level from the red flags and the causes.
    pub triage: Option<Triage>,
    /// The fired red flags, most urgent first.
    pub red_flags: Vec<RedFlagResult>,
    /// The shown causes, best first.
    pub conditions: Vec<ConditionResult>,
    /// The complaints answered apart, when there are two or more.
    pub complaints: Vec<ComplaintResult>,
    /// What was read and answered.
    pub findings: Vec<FindingResult>,
    /// The next screen of questions, and which screen it is.
    pub questions: (Vec<QuestionResult>, Option<InterviewStep>),
    /// The similar questions.
    pub similar: Vec<SimilarResult>,
    /// The leading cause is too unlikely to stand behind.
    pub uncertain: bool,
    /// A red flag fired on an answer "not sure".
    pub unsure_flag: bool,
    /// The specialty's title, when the level comes from the general screen alone and no cause
    /// of the specialty fits.
    pub outside_specialty: Option<String>,
    /// The language of words in the text that the engine has no phrases for.
    pub missing_words: Option<Lang>,
    /// The language whose phrases the device could not load (the request's `unavailable`).
    pub unavailable: Option<Lang>,
}

impl Found {
    /// Nothing found: what a blank request ([`crate::Request::is_blank`]) gives.
    pub fn nothing(lang: Lang, truncated: bool, age: Option<u32>, sex: Option<Sex>) -> Found {
        Found {
            lang,
            truncated,
            age,
            sex,
            duration_days: None,
            triage: None,
            red_flags: Vec::new(),
            conditions: Vec::new(),
            complaints: Vec::new(),
            findings: Vec::new(),
            questions: (Vec::new(), None),
            similar: Vec::new(),
            uncertain: false,
            unsure_flag: false,
            outside_specialty: None,
            missing_words: None,
            unavailable: None,
        }
    }
}

/// The result of a check that found `found`, with `number` wherever an action names the
/// emergency number. When the result has no level or is unsure, `closest` gives the findings
/// whose words come closest to the message, and `complaint` tells whether the message says
/// something is felt or seen on the body; both are called only then (a blank request passes
/// functions that find nothing, and so never reaches the reading of the message).
pub(super) fn build(
    found: Found,
    number: &str,
    closest: impl FnOnce() -> Vec<Suggestion>,
    complaint: impl FnOnce() -> bool,
) -> CheckResult {
    let Found { lang, mut triage, mut conditions, mut complaints, mut uncertain, .. } = found;
    let mut action = triage.map(|t| match found.red_flags.first().filter(|r| r.level == t) {
        Some(r) => r.action.clone(),
        None => Messages::action(t, lang, number),
    });
    let mut message = match (&action, triage) {
        (Some(a), Some(_)) => a.clone(),
        _ => Messages::need_more(lang).to_string(),
    };
    let mut add = |sentence: &str| {
        message.push(' ');
        message.push_str(sentence);
    };
    if uncertain {
        add(Messages::uncertain(lang));
    }
    if found.unsure_flag {
        add(Messages::unsure_red_flag(lang));
    }
    if let Some(title) = &found.outside_specialty {
        add(&Messages::outside_specialty(lang, title));
    }
    if found.truncated {
        add(&Messages::truncated(lang));
    }

    // Words the engine cannot read yet: no causes and no triage below emergency until the
    // other language's phrases are added (the widget loads them when it sees this). Words the
    // device could not load (`unavailable`) will not come; others may.
    let unavailable = found.missing_words.filter(|l| found.unavailable == Some(*l));
    let needs_phrases = found.missing_words.filter(|_| unavailable.is_none());
    if let Some(missing) = unavailable {
        // The words will not come: what was read stands, said as unsure, with the reason.
        uncertain = true;
        message = format!("{} {message}", Messages::unavailable(lang, missing)).trim_end().to_string();
    }
    if let Some(needed) = needs_phrases.filter(|_| triage != Some(Triage::Emergency)) {
        triage = None;
        conditions = Vec::new();
        complaints = Vec::new();
        action = None;
        uncertain = false;
        message = Messages::reading(lang, needed).to_string();
    }

    let suggestions = if (triage.is_none() || uncertain) && needs_phrases.is_none() { closest() } else { Vec::new() };
    // A complaint that nothing was read from (it says something is felt or seen on the body,
    // and its words come close to some findings) is not a dead end: see a doctor soon, said
    // as unsure, with the closest findings to tap. A question with no complaint in it ("how
    // do I lower my cholesterol?") or no medical words at all stays `null`.
    if triage.is_none() && !suggestions.is_empty() && complaint() {
        let soon = Messages::action(Triage::Soon, lang, number);
        message = format!("{} {soon}", Messages::not_understood(lang));
        triage = Some(Triage::Soon);
        action = Some(soon);
        uncertain = true;
    }
    CheckResult {
        suggestions,
        needs_phrases,
        triage,
        conditions,
        complaints,
        findings: found.findings,
        red_flags: found.red_flags,
        questions: found.questions.0,
        interview: found.questions.1,
        similar: found.similar,
        message,
        action,
        uncertain,
        lang,
        age: found.age,
        sex: found.sex,
        duration_days: found.duration_days.map(round3),
        truncated: found.truncated,
        outside_specialty: found.outside_specialty.is_some() && triage.is_some(),
    }
}

/// The findings read from the text or answered, as the result lists them in `lang` (KB
/// order): present ones, and absent ones the patient said or answered.
pub(super) fn findings(kb: &KnowledgeBase, facts: &Facts, lang: Lang) -> Vec<FindingResult> {
    (0..kb.findings.len())
        .filter_map(|i| {
            let (state, origin) = facts.state[i]?;
            let present = match (state, origin) {
                (State::Present, _) => true,
                (State::Absent, Origin::Text | Origin::Answer) => false,
                _ => return None,
            };
            Some(FindingResult {
                id: kb.findings[i].id.clone(),
                label: lang.pick(&kb.findings[i].label).to_string(),
                present,
                origin,
            })
        })
        .collect()
}

/// The findings whose words come closest to a message that was not (fully) understood, to
/// offer as "Is it one of these?" ([`crate::suggest::closest`]).
pub(super) fn suggestions(kb: &KnowledgeBase, facts: &Facts, lang: Lang) -> Vec<Suggestion> {
    crate::suggest::closest(kb, facts, lang)
        .into_iter()
        .map(|i| Suggestion { id: kb.findings[i].id.clone(), label: lang.pick(&kb.findings[i].label).to_string() })
        .collect()
}

/// A number as a result gives it: rounded to three decimals.
pub(super) fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}
