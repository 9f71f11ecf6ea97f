//! The engine: a validated KB compiled for fast checks, and a check as the steps it runs, in
//! order, each a module of its own with typed input and output:
//!
//! - [`compile`]: the KB into the indexes every step reads (once per engine);
//! - [`input`]: the text cut to length and the result's language;
//! - [`crate::understand`]: the text into findings; [`answers`]: the request's answers,
//!   picks and denials applied to them; [`patient`]: the patient's age and sex;
//! - [`red_flags`]: the red flags that fire and their levels;
//! - [`causes`]: the causes shown, with their levels from [`escalation`], which also gives
//!   the check's level;
//! - [`questions`]: the next questions; [`similar`]: the similar questions (and the index
//!   and warm-up they need);
//! - [`report`]: all of it into the [`CheckResult`], messages and all; a blank request's
//!   result comes from it too, without the steps before.
//!
//! Outside the check, [`pickable`] lists the findings a patient can pick instead of typing,
//! and [`records`] finds the KB records a result names, for the views to render.

mod answers;
mod causes;
mod compile;
mod complaints;
mod escalation;
mod input;
mod patient;
mod pickable;
pub(crate) mod questions;
mod records;
mod red_flags;
mod report;
mod similar;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;
use std::sync::OnceLock;

pub use pickable::{PickGroup, Pickable};
pub use similar::Warmup;

use crate::contract::{Answer, CheckResult, QuestionResult, Request};
use crate::export::AnsweredQuestion;
use crate::kb::{lint, Diagnostic, KbError, Severity};
use crate::retrieval::ArticleIndex;
use crate::schema::ids::{ConditionId, QuestionId};
use crate::schema::{Article, Articles, Condition, KnowledgeBase, Lang, Source, Topic};
use crate::text::matcher::PhraseIndex;
use crate::text::normalize::is_cjk;
use crate::understand::{derive, derive_combined, derive_patient, drop_other_sex, understand};
use causes::Causes;
use compile::{phrase_langs, Indexes};
use input::{cap, detect_lang};
use patient::Patient;
use red_flags::Fired;
use report::Found;

/// A validated KB compiled for checks. Build it once; each check is cheap.
#[derive(Debug, Clone)]
pub struct Engine {
    kb: KnowledgeBase,
    /// The phrase index. A clinic KB's comes from validation; the bundled KB's is built on
    /// first use (or by [`Engine::warm`]), so that the widget is interactive before it exists.
    phrases: OnceLock<PhraseIndex>,
    /// The similar-question index, built on first use (or by [`Engine::warm`]) so that a
    /// page is interactive before it exists.
    articles: OnceLock<ArticleIndex>,
    /// True: a check finds similar questions only once the similar-question index is built (by
    /// [`Engine::warmup`]), never builds it itself ([`Engine::articles_when_warm`]).
    articles_when_warm: bool,
    /// The KB by position.
    ix: Indexes,
    /// The languages the KB has phrases in (a bundled KB file has only its own language's).
    phrase_langs: Vec<Lang>,
    warnings: Vec<Diagnostic>,
}

impl Engine {
    /// The engine over the bundled KB. The bundled KB is validated when it is built and tested
    /// (`tests/kb_content.rs` requires zero errors and zero warnings), so this reads it straight
    /// into its types and compiles it, skipping the validator: a widget is interactive sooner.
    /// Its articles (half its text) are read on first use: by the warm-up, the first check
    /// that shows similar questions, or a view of an article. Should it not parse, the full
    /// path reports why.
    pub fn bundled() -> Result<Engine, KbError> {
        Engine::bundled_with_articles(Some(crate::BUNDLED_ARTICLES.into()))
    }

    /// The engine over the bundled KB with the Q&A articles in `articles` (a JSON array, read
    /// on first use), or with none. Articles that do not parse leave the list empty.
    pub fn bundled_with_articles(articles: Option<std::sync::Arc<str>>) -> Result<Engine, KbError> {
        Engine::bundled_from(crate::BUNDLED_CORE, None, articles)
    }

    /// The engine over `core`, a text of the bundled KB as the widget loads it: the KB without
    /// its articles in one language (`kb.en.json`, `kb.zh-TW.json`: that language's texts and
    /// phrases, the other's empty; [`Lang::pick`](crate::Lang::pick) falls back to the
    /// language that has a text). `other`, the file of the other language, adds what `core`
    /// lacks: with both, the engine is the whole bundled KB's. Without it, a message with words
    /// in the other language gets a result that asks for it
    /// ([`CheckResult::needs_phrases`](crate::CheckResult::needs_phrases)). The Q&A articles
    /// are in `articles`, as in [`Engine::bundled_with_articles`].
    ///
    /// The bundled KB is validated when it is built and tested, so this reads it straight into
    /// its types and compiles it, skipping the validator. A text whose `meta.id` and
    /// `meta.version` are not the bundled KB's ([`BUNDLED_ID`](crate::BUNDLED_ID),
    /// [`BUNDLED_VERSION`](crate::BUNDLED_VERSION)), say a file left from another build, is
    /// refused; a text that does not parse is refused with the parser's errors.
    pub fn bundled_from(
        core: &str,
        other: Option<&str>,
        articles: Option<std::sync::Arc<str>>,
    ) -> Result<Engine, KbError> {
        Engine::bundled_from_parts(core, other.as_slice(), articles)
    }

    /// [`Engine::bundled_from`] with any number of files that fill in what `core` lacks, in
    /// order: the other language's KB file, and the files of the texts that only the questions
    /// and the result show (`kb-more.<lang>.json`, written by `scripts/postbuild.mjs`: the
    /// causes' texts, the topics, the sources), each of the same shape as `core` with only
    /// those parts ([`crate::kb::lang_files::fill_empty`]).
    pub fn bundled_from_parts(
        core: &str,
        more: &[&str],
        articles: Option<std::sync::Arc<str>>,
    ) -> Result<Engine, KbError> {
        let parsed = if more.is_empty() {
            serde_json::from_str::<KnowledgeBase>(core)
        } else {
            // Merged as JSON and read as text again: `from_value` would compile a second reader
            // of every KB type into the widget's .wasm (about 20 KB gzipped).
            serde_json::from_str::<serde_json::Value>(core).and_then(|mut kb| {
                for part in more {
                    crate::kb::lang_files::fill_empty(&mut kb, serde_json::from_str(part)?);
                }
                serde_json::from_str::<KnowledgeBase>(&kb.to_string())
            })
        };
        let mut kb = match parsed {
            Ok(kb) => kb,
            Err(e) => {
                let diagnostics = crate::kb::load::parse(core)
                    .err()
                    .filter(|d| !d.is_empty())
                    .unwrap_or_else(|| vec![Diagnostic::error("$", e.to_string())]);
                return Err(KbError { diagnostics });
            }
        };
        if kb.meta.id != crate::BUNDLED_ID || kb.meta.version != crate::BUNDLED_VERSION {
            let found = format!("{} {}", kb.meta.id, kb.meta.version);
            let message =
                format!("this is {found}; the widget was built with {} {}", crate::BUNDLED_ID, crate::BUNDLED_VERSION);
            return Err(KbError { diagnostics: vec![Diagnostic::error("$.meta", message)] });
        }
        if let Some(text) = articles {
            kb.articles = Articles::read_later(text);
        }
        // The languages of the KB's own phrases: the screen has both, the file may have one.
        let langs = phrase_langs(&kb);
        // The bundled KB and screen are tested to merge cleanly.
        let _ = crate::kb::screen::merge(&mut kb, crate::kb::screen::bundled());
        Ok(Engine::compile(kb, OnceLock::new(), Vec::new(), langs))
    }

    /// The language of words in `text` that this engine has no phrases for (Chinese characters,
    /// or Latin letters), if any.
    pub fn needs_phrases(&self, text: &str) -> Option<Lang> {
        let lacks = |l: Lang| !self.phrase_langs.contains(&l);
        if lacks(Lang::ZhTw) && text.chars().any(is_cjk) {
            Some(Lang::ZhTw)
        } else if lacks(Lang::En) && text.chars().any(|c| c.is_ascii_alphabetic()) {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// Parses, validates and compiles a KB file.
    pub fn from_json(json: &str) -> Result<Engine, KbError> {
        let report = lint(json);
        if !report.is_ok() {
            return Err(KbError { diagnostics: report.diagnostics });
        }
        let warnings = report.diagnostics;
        match (report.kb, report.phrases) {
            (Some(kb), Some(phrases)) => {
                let langs = phrase_langs(&kb);
                Ok(Engine::compile(kb, OnceLock::from(phrases), warnings, langs))
            }
            _ => Err(KbError { diagnostics: warnings }),
        }
    }

    /// Validates and compiles a KB already in memory, with the general screen merged in.
    pub fn new(mut kb: KnowledgeBase) -> Result<Engine, KbError> {
        let merged = crate::kb::screen::merge(&mut kb, crate::kb::screen::bundled());
        let phrases = PhraseIndex::build(&kb);
        let mut diagnostics = crate::kb::validate::validate(&kb, &phrases);
        diagnostics.extend(merged);
        if diagnostics.iter().any(|d| d.severity == Severity::Error) {
            return Err(KbError { diagnostics });
        }
        let langs = phrase_langs(&kb);
        Ok(Engine::compile(kb, OnceLock::from(phrases), diagnostics, langs))
    }

    fn compile(
        kb: KnowledgeBase,
        phrases: OnceLock<PhraseIndex>,
        warnings: Vec<Diagnostic>,
        phrase_langs: Vec<Lang>,
    ) -> Engine {
        let ix = Indexes::of(&kb);
        Engine { kb, phrases, articles: OnceLock::new(), articles_when_warm: false, ix, phrase_langs, warnings }
    }

    /// The KB.
    pub fn kb(&self) -> &KnowledgeBase {
        &self.kb
    }

    /// Warnings the validator reported for this KB.
    pub fn warnings(&self) -> &[Diagnostic] {
        &self.warnings
    }

    /// What the patient can pick from a list in `lang`, matching `query`
    /// ([`pickable::pickable`]).
    pub fn pickable(&self, lang: Lang, query: &str) -> Vec<PickGroup> {
        pickable::pickable(&self.kb, lang, query)
    }

    /// A KB condition by id ([`records`]).
    pub fn condition(&self, id: &ConditionId) -> Option<&Condition> {
        records::condition(&self.kb, id)
    }

    /// The articles of a result's similar questions.
    pub fn similar_articles(&self, r: &CheckResult) -> Vec<&Article> {
        records::similar(&self.kb, r)
    }

    /// The topics linked to a result's causes or similar questions, with their articles.
    pub fn topics_of(&self, r: &CheckResult) -> Vec<(&Topic, Vec<&Article>)> {
        records::topics(&self.kb, r)
    }

    /// The sources a result's causes and similar questions cite, each once.
    pub fn sources_cited(&self, r: &CheckResult) -> Vec<&Source> {
        records::sources(&self.kb, r)
    }

    /// A question's text in `lang`.
    pub fn question_text(&self, id: &str, lang: Lang) -> Option<&str> {
        records::question_text(&self.kb, id, lang)
    }

    /// The question among `answers` that settles `finding`, if one was answered.
    pub fn answered_question_for(&self, finding: &str, answers: &BTreeMap<String, Answer>) -> Option<QuestionId> {
        records::answered_question_for(&self.kb, finding, answers)
    }

    /// The emergency signs to list before a check, in `lang`.
    pub fn emergency_signs(&self, lang: Lang) -> Vec<&str> {
        records::emergency_signs(&self.kb, lang)
    }

    /// The phrase index, built now if it is not built yet.
    fn phrases(&self) -> &PhraseIndex {
        self.phrases.get_or_init(|| PhraseIndex::build(&self.kb))
    }

    /// Runs a check with the KB's emergency number.
    pub fn check(&self, req: &Request) -> CheckResult {
        self.check_with_number(req, &self.kb.meta.emergency_number)
    }

    /// Runs a check, writing `number` wherever an action names the emergency number.
    pub fn check_with_number(&self, req: &Request, number: &str) -> CheckResult {
        if req.is_blank() {
            blank_result(req, number)
        } else {
            self.read_and_check(req, number)
        }
    }

    /// The whole pipeline: read the text, apply the answers, red flags, ranking, triage,
    /// questions, similar articles, the report. Kept out of [`Engine::check_with_number`]
    /// (never inlined) so that the widget's start step, which checks a blank request, does not
    /// make the browser compile it before the patient has typed anything.
    #[inline(never)]
    fn read_and_check(&self, req: &Request, number: &str) -> CheckResult {
        self.check_at(req, number, self.asked_alone(req))
    }

    /// How many questions of the interview so far were asked alone (those that tell the causes
    /// apart; warning signs come together on one screen). The interview is a function of the
    /// text and the answers, so it is replayed from the text, a screen at a time, while the
    /// request answers every question the screen asked.
    fn asked_alone(&self, req: &Request) -> usize {
        self.replay(req).0
    }

    /// The interview of `req` replayed ([`Engine::asked_alone`]): how many questions were asked
    /// alone, and the questions its answers answered, screen by screen, as they were put.
    fn replay(&self, req: &Request) -> (usize, Vec<QuestionResult>) {
        let mut given = Request { answers: BTreeMap::new(), ..req.clone() };
        let (mut alone, mut asked) = (0, Vec::new());
        while given.answers.len() < req.answers.len() {
            let mut offer = self.weigh(&given, alone).questions.0;
            let screen = match offer.first() {
                Some(q) if q.red_flag => offer.iter().take_while(|q| q.red_flag).count(),
                Some(_) => 1,
                None => break,
            };
            let answered: Vec<(String, Answer)> = offer[..screen]
                .iter()
                .filter_map(|q| req.answers.get(q.id.as_str()).map(|&a| (q.id.to_string(), a)))
                .collect();
            if answered.len() < screen {
                break;
            }
            alone += usize::from(!offer[0].red_flag);
            given.answers.extend(answered);
            offer.truncate(screen);
            asked.append(&mut offer);
        }
        (alone, asked)
    }

    /// The questions `req` answers, with their texts in `lang` and the answers, in the order
    /// the interview asked them (replayed from the text and the answers), then any other
    /// answered question of the KB in its order; an id the KB lacks is left out. For the
    /// export of a check ([`crate::export`]), in the person the questions were put in.
    pub fn answered_questions(&self, req: &Request, lang: Lang) -> Vec<AnsweredQuestion> {
        let req = Request { lang: Some(lang), ..req.clone() };
        let mut out = Vec::new();
        let mut add = |id: &str, text: &str| {
            if let Some(&answer) = req.answers.get(id) {
                if !out.iter().any(|a: &AnsweredQuestion| a.id == id) {
                    out.push(AnsweredQuestion { id: id.to_string(), text: text.to_string(), answer });
                }
            }
        };
        for q in self.replay(&req).1 {
            add(q.id.as_str(), &q.text);
        }
        let other = self.about_someone_else(&req);
        for q in &self.kb.questions {
            let text = if other && !q.text_other.is_empty() { &q.text_other } else { &q.text };
            add(q.id.as_str(), lang.pick(text));
        }
        out
    }

    /// Whether the check is about someone else than the one asking: as the request says, or
    /// else as the text says ("my dad", 我爸爸), as the check reads it.
    pub fn about_someone_else(&self, req: &Request) -> bool {
        use crate::text::{modifiers::read_demographics, normalize::normalize, tokens::split_sentences};
        req.about_someone_else
            .unwrap_or_else(|| read_demographics(&split_sentences(&normalize(cap(&req.text).0))).about_someone_else)
    }

    /// The check, `alone` questions of its interview having been asked alone.
    /// The check up to its questions: the text read, the answers applied, the warning signs,
    /// the causes and the next screen of questions, `alone` questions having been asked alone.
    /// The interview's replay ([`Engine::replay`]) needs no more than this.
    fn weigh<'r>(&self, req: &'r Request, alone: usize) -> Weighed<'r> {
        let (kb, ix) = (&self.kb, &self.ix);
        let (text, truncated) = cap(&req.text);
        let lang = req.lang.unwrap_or_else(|| detect_lang(text));
        // An empty message (the start step, or symptoms only picked) reads nothing: the
        // phrase index is not needed, and not built, for it.
        let none = PhraseIndex::default();
        let phrases = if text.trim().is_empty() { &none } else { self.phrases() };
        let mut facts = understand(kb, phrases, text);
        if let Some(other) = req.about_someone_else {
            facts.demographics.about_someone_else = other;
        }
        let answered = answers::apply(ix, req, &mut facts);
        derive(kb, &mut facts);
        let patient = Patient::of(req, &facts);
        derive_patient(kb, &mut facts, patient.age_years);
        // Only a sex that nothing contradicts: the request's, when the text names none or the same
        // ("embarrassed to ask my mum" names a mother, not the patient).
        let certain = req.sex.filter(|s| facts.demographics.sex.is_none_or(|t| t == *s));
        drop_other_sex(kb, &mut facts, certain);
        derive_combined(kb, &mut facts);

        let fired = Fired::of(kb, ix, &facts, &patient);
        let causes = Causes::of(kb, ix, &facts, &fired, &patient);
        let questions = questions::results(kb, ix, &facts, (&answered, alone), &causes, &fired, lang);
        Weighed { text, truncated, lang, facts, patient, fired, causes, questions }
    }

    fn check_at(&self, req: &Request, number: &str, alone: usize) -> CheckResult {
        let (kb, ix) = (&self.kb, &self.ix);
        let Weighed { text, truncated, lang, facts, patient, fired, causes, questions } = self.weigh(req, alone);
        let triage = escalation::triage(fired.level(), &causes.shown, &causes.levels);
        let similar = self.similar_results(text, &facts, &causes, &fired, lang);
        // The level comes from the general screen alone and no specialty cause fits.
        let outside_specialty =
            (causes.shown.is_empty() && fired.any_of_screen(ix)).then(|| lang.pick(&kb.meta.title).to_string());
        let red_flags = fired.results(kb, ix, lang, number);
        let complaints =
            complaints::group(kb, ix, &facts, &fired, (&causes.shown, &causes.rule_out_first, triage), &causes.ranked);
        let found = Found {
            lang,
            truncated,
            age: patient.age,
            sex: patient.sex,
            duration_days: facts.message.duration_days,
            triage,
            complaints: complaints::results(kb, &complaints, &red_flags, lang, number),
            red_flags,
            conditions: causes.results(kb, lang),
            findings: report::findings(kb, &facts, lang),
            questions,
            similar,
            uncertain: causes.uncertain(),
            unsure_flag: fired.on_unsure(ix, &facts),
            outside_specialty,
            missing_words: self.needs_phrases(text),
            unavailable: req.unavailable,
        };
        report::build(found, number, || report::suggestions(kb, &facts, lang), || crate::suggest::is_complaint(&facts))
    }
}

/// A check weighed up to its questions ([`Engine::weigh`]).
struct Weighed<'r> {
    text: &'r str,
    truncated: bool,
    lang: Lang,
    facts: crate::understand::Facts,
    patient: Patient,
    fired: Fired,
    causes: Causes,
    questions: (Vec<QuestionResult>, Option<crate::contract::InterviewStep>),
}

/// What [`Engine::read_and_check`] returns for a blank request ([`Request::is_blank`]), without
/// running it: the report of nothing found (no triage, cause, question or article, and the
/// message that asks for more). A test checks that both agree.
fn blank_result(req: &Request, number: &str) -> CheckResult {
    let (text, truncated) = cap(&req.text);
    let lang = req.lang.unwrap_or_else(|| detect_lang(text));
    report::build(Found::nothing(lang, truncated, req.age, req.sex), number, Vec::new, || false)
}
