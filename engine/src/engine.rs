//! The engine: a validated KB compiled for fast checks, and the check itself.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::check::{
    Answer, CheckResult, ConditionResult, FindingResult, Messages, QuestionResult, RedFlagResult, Request,
    SimilarResult, Why, MAX_TEXT_CHARS,
};
use crate::infer::{self, Scored};
use crate::interview::{self, Context, Reason};
use crate::kb::types::{Article, Articles, Condition, KnowledgeBase, Lang};
use crate::kb::{lint, Diagnostic, KbError, Severity};
use crate::retrieval::{article_terms, terms_of, ArticleIndex};
use crate::text::matcher::PhraseIndex;
use crate::text::normalize::{is_cjk, lower_first};
use crate::triage::Triage;
use crate::understand::{derive, understand, Facts, Origin, State};

/// Lowest posterior a cause needs to be shown.
pub const SHOW_MIN_POSTERIOR: f64 = 0.03;
/// How many causes are shown at most.
pub const SHOW_MAX: usize = 5;
/// Posterior above which a cause's own triage level counts (the leading cause always counts).
pub const TRIAGE_MIN_POSTERIOR: f64 = 0.25;
/// Below this posterior for the leading cause, the result says it is unsure.
pub const UNSURE_BELOW: f64 = 0.35;

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
    findings: HashMap<String, usize>,
    questions: HashMap<String, usize>,
    base_rates: Vec<f64>,
    evidence: Vec<Vec<(usize, f64)>>,
    rf_all: Vec<Vec<usize>>,
    rf_any: Vec<Vec<usize>>,
    rf_none: Vec<Vec<usize>>,
    rf_findings: Vec<Vec<usize>>,
    /// For each finding, the red flags that name it.
    rf_of_finding: Vec<Vec<usize>>,
    question_finding: Vec<usize>,
    question_ask_if: Vec<Vec<usize>>,
    /// For each condition, the finding index of each escalation rule's `finding`.
    escalation_findings: Vec<Vec<Option<usize>>>,
    /// The languages the KB has phrases in (a bundled KB file has only its own language's).
    phrase_langs: Vec<Lang>,
    /// The red flags that come from the general screen (by index).
    screen_flags: Vec<usize>,
    warnings: Vec<Diagnostic>,
}

/// The languages a KB has phrases in.
fn phrase_langs(kb: &KnowledgeBase) -> Vec<Lang> {
    [Lang::En, Lang::ZhTw]
        .into_iter()
        .filter(|&l| {
            kb.findings.iter().any(|f| match l {
                Lang::En => !f.phrases.en.is_empty(),
                Lang::ZhTw => !f.phrases.zh_tw.is_empty(),
            })
        })
        .collect()
}

/// Fills what is empty in `kb` (an empty string or list, a missing key) from `more`, the same
/// KB with other parts filled: lists of the same length are filled item by item.
fn fill_empty(kb: &mut serde_json::Value, more: serde_json::Value) {
    use serde_json::Value;
    match (kb, more) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, vb) in b {
                match a.get_mut(&k) {
                    Some(va) => fill_empty(va, vb),
                    None => {
                        a.insert(k, vb);
                    }
                }
            }
        }
        (Value::Array(a), Value::Array(b)) if a.is_empty() => *a = b,
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (va, vb) in a.iter_mut().zip(b) {
                fill_empty(va, vb);
            }
        }
        (Value::String(a), Value::String(b)) if a.is_empty() => *a = b,
        _ => {}
    }
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
        let parsed = match other {
            None => serde_json::from_str::<KnowledgeBase>(core),
            // Merged as JSON and read as text again: `from_value` would compile a second reader
            // of every KB type into the widget's .wasm (about 20 KB gzipped).
            Some(other) => serde_json::from_str::<serde_json::Value>(core).and_then(|mut kb| {
                let more = serde_json::from_str::<serde_json::Value>(other)?;
                fill_empty(&mut kb, more);
                serde_json::from_str::<KnowledgeBase>(&kb.to_string())
            }),
        };
        let mut kb = match parsed {
            Ok(kb) => kb,
            Err(e) => {
                let text = match other.map(|o| (o, crate::kb::load::parse(o))) {
                    Some((o, Err(_))) => o,
                    _ => core,
                };
                let diagnostics = crate::kb::load::parse(text)
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
        let findings: HashMap<String, usize> =
            kb.findings.iter().enumerate().map(|(i, f)| (f.id.0.clone(), i)).collect();
        let questions: HashMap<String, usize> =
            kb.questions.iter().enumerate().map(|(i, q)| (q.id.0.clone(), i)).collect();
        let fx = |id: &str| findings.get(id).copied();
        let base_rates = kb.findings.iter().map(|f| f.base_rate.unwrap_or(crate::DEFAULT_BASE_RATE)).collect();
        let evidence = kb
            .conditions
            .iter()
            .map(|c| c.evidence.iter().filter_map(|e| fx(e.finding.as_str()).map(|i| (i, e.p))).collect())
            .collect();
        let rf_all: Vec<Vec<usize>> =
            kb.red_flags.iter().map(|r| r.when.all.iter().filter_map(|f| fx(f.as_str())).collect()).collect();
        let rf_any: Vec<Vec<usize>> =
            kb.red_flags.iter().map(|r| r.when.any.iter().filter_map(|f| fx(f.as_str())).collect()).collect();
        let rf_none: Vec<Vec<usize>> =
            kb.red_flags.iter().map(|r| r.when.none.iter().filter_map(|f| fx(f.as_str())).collect()).collect();
        let rf_findings: Vec<Vec<usize>> =
            rf_all.iter().zip(&rf_any).map(|(a, b)| a.iter().chain(b).copied().collect()).collect();
        let mut rf_of_finding: Vec<Vec<usize>> = vec![Vec::new(); kb.findings.len()];
        for (ri, fs) in rf_findings.iter().enumerate() {
            for &f in fs {
                if !rf_of_finding[f].contains(&ri) {
                    rf_of_finding[f].push(ri);
                }
            }
        }
        let question_finding = kb.questions.iter().map(|q| fx(q.finding.as_str()).unwrap_or(0)).collect();
        let question_ask_if =
            kb.questions.iter().map(|q| q.ask_if_any.iter().filter_map(|f| fx(f.as_str())).collect()).collect();
        let escalation_findings = kb
            .conditions
            .iter()
            .map(|c| c.escalation.iter().map(|e| e.when.finding.as_ref().and_then(|f| fx(f.as_str()))).collect())
            .collect();
        let screen = crate::kb::screen::bundled();
        let screen_flags =
            (0..kb.red_flags.len()).filter(|&r| screen.red_flags.iter().any(|s| s.id == kb.red_flags[r].id)).collect();
        Engine {
            screen_flags,
            kb,
            phrases,
            articles: OnceLock::new(),
            articles_when_warm: false,
            findings,
            questions,
            base_rates,
            evidence,
            rf_all,
            rf_any,
            rf_none,
            rf_findings,
            rf_of_finding,
            question_finding,
            question_ask_if,
            escalation_findings,
            phrase_langs,
            warnings,
        }
    }

    /// The KB.
    pub fn kb(&self) -> &KnowledgeBase {
        &self.kb
    }

    /// Warnings the validator reported for this KB.
    pub fn warnings(&self) -> &[Diagnostic] {
        &self.warnings
    }

    /// Index of a finding by id.
    pub fn finding_index(&self, id: &str) -> Option<usize> {
        self.findings.get(id).copied()
    }

    /// This engine with checks that give similar questions only once [`Engine::warmup`] has
    /// built their index (none before): a page's checks then never wait for that index, which
    /// for a KB with thousands of articles takes seconds.
    pub fn articles_when_warm(mut self) -> Engine {
        self.articles_when_warm = true;
        self
    }

    /// True once the similar-question index is built.
    pub fn is_warm(&self) -> bool {
        self.articles.get().is_some()
    }

    /// Builds the phrase index (bundled KB) and the similar-question index now if they are not
    /// built yet (otherwise the first check that needs them builds them). A page should use
    /// [`Engine::warmup`] instead, which does the same work in short steps.
    pub fn warm(&self) {
        self.articles();
    }

    /// The work of [`Engine::warm`] cut into short steps, for a host to run between events
    /// (a browser tab stays responsive while the indexes are built): see [`Warmup::step`].
    pub fn warmup(&self) -> Warmup<'_> {
        Warmup { engine: self, next: 0, findings: Vec::new(), terms: Vec::new() }
    }

    fn articles(&self) -> &ArticleIndex {
        self.articles.get_or_init(|| build_articles(&self.kb, self.phrases()))
    }

    /// The phrase index, built now if it is not built yet.
    fn phrases(&self) -> &PhraseIndex {
        self.phrases.get_or_init(|| PhraseIndex::build(&self.kb))
    }

    /// Similar-question retrieval on its own (no inference): BM25 over the articles plus the
    /// findings an article shares with the message; the best `max` articles, best first.
    pub fn similar(&self, text: &str, max: usize) -> Vec<crate::retrieval::Hit> {
        let facts = understand(&self.kb, self.phrases(), text);
        let present: Vec<usize> = (0..self.kb.findings.len()).filter(|&i| facts.is_complaint(i)).collect();
        self.search_articles(text, &facts.sentences, &present, &[], max)
    }

    /// Articles for a message: by its own terms; if that finds none, also by the KB's phrases
    /// (in the other language) of the findings recognised in it. The widget loads one
    /// language's articles, and a patient may type in the other.
    fn search_articles(
        &self,
        text: &str,
        sentences: &[crate::text::tokens::Sentence],
        present: &[usize],
        leading: &[usize],
        max: usize,
    ) -> Vec<crate::retrieval::Hit> {
        let index = match self.articles.get() {
            Some(index) => index,
            None if self.articles_when_warm => return Vec::new(),
            None => self.articles(),
        };
        let mut terms = terms_of(sentences);
        let hits = index.search_terms(&terms, present, leading, max);
        if !hits.is_empty() || present.is_empty() {
            return hits;
        }
        for &f in present {
            let phrases = &self.kb.findings[f].phrases;
            let other = match detect_lang(text) {
                Lang::En => &phrases.zh_tw,
                Lang::ZhTw => &phrases.en,
            };
            for p in other {
                terms.extend(crate::retrieval::terms(p));
            }
        }
        index.search_terms(&terms, present, leading, max)
    }

    /// Runs a check with the KB's emergency number.
    pub fn check(&self, req: &Request) -> CheckResult {
        self.check_with_number(req, &self.kb.meta.emergency_number)
    }

    /// Runs a check, writing `number` wherever an action names the emergency number.
    pub fn check_with_number(&self, req: &Request, number: &str) -> CheckResult {
        if req.is_blank() {
            blank_result(req)
        } else {
            self.read_and_check(req, number)
        }
    }

    /// The whole pipeline: read the text, apply the answers, red flags, ranking, triage,
    /// questions, similar articles. Kept out of [`Engine::check_with_number`] (never inlined)
    /// so that the widget's start step, which checks a blank request, does not make the
    /// browser compile it before the patient has typed anything.
    #[inline(never)]
    fn read_and_check(&self, req: &Request, number: &str) -> CheckResult {
        let kb = &self.kb;
        let (text, truncated) = cap(&req.text);
        let lang = req.lang.unwrap_or_else(|| detect_lang(text));
        // An empty message (the start step, or symptoms only picked) reads nothing: the
        // phrase index is not needed, and not built, for it.
        let none = PhraseIndex::default();
        let phrases = if text.trim().is_empty() { &none } else { self.phrases() };
        let mut facts = understand(kb, phrases, text);
        let answered = self.apply_answers(req, &mut facts);
        derive(kb, &mut facts);

        let (age, sex) = if facts.demographics.about_someone_else && facts.demographics.age.is_some() {
            (facts.demographics.age, facts.demographics.sex.or(req.sex))
        } else {
            (req.age.or(facts.demographics.age), req.sex.or(facts.demographics.sex))
        };
        // Years with a baby's months: the request's, else the text's.
        let text_months = facts.demographics.age_months.map(|m| f64::from(m) / 12.0);
        // A request's age 0 says "under a year"; a baby's months in the text say more.
        let under_one = req.age == Some(0) && req.age_months.is_none_or(|m| m == 0);
        let age_years = if under_one && text_months.is_some() { text_months } else { req.age_years().or(text_months) }
            .or(age.map(f64::from));
        // Findings derived from vital signs and ages serve the general screen, which the
        // widget's build (wasm32) leaves out for now (lib.rs).
        if !cfg!(target_arch = "wasm32") {
            crate::understand::derive_patient(kb, &mut facts, age_years);
        }
        crate::understand::derive_combined(kb, &mut facts);

        let fired = self.red_flags(&facts, age_years, sex);
        let ranked = infer::rank(kb, &facts, &self.base_rates, &self.evidence, age, sex);
        let shown = self.shown(ranked, &facts);
        let (shown, rule_out_first) =
            crate::rule_out::put_first(kb, &facts, &self.base_rates, &self.evidence, &fired, shown, (age, sex));

        let level_of = |r: usize| {
            let rf = &kb.red_flags[r];
            match rf.resolved_level {
                Some(l) if facts.resolved => l.min(rf.level),
                _ => rf.level,
            }
        };
        let flag_level = fired.iter().map(|&r| level_of(r)).max();
        let cond_level = shown
            .iter()
            .enumerate()
            .filter(|(i, s)| *i == 0 || s.posterior >= TRIAGE_MIN_POSTERIOR)
            .map(|(_, s)| self.condition_level(s, &facts))
            .max();
        let triage = flag_level.max(cond_level);
        let unsure_flag = fired
            .iter()
            .any(|&r| self.rf_findings[r].iter().any(|&f| matches!(facts.state[f], Some((State::Unsure, _)))));
        let uncertain = !shown.is_empty() && shown[0].posterior < UNSURE_BELOW;

        let cx = Context {
            kb,
            facts: &facts,
            ranked: &shown,
            fired: &fired,
            answered: &answered,
            base_rates: &self.base_rates,
            evidence: &self.evidence,
            red_flag_findings: &self.rf_findings,
            red_flag_all: &self.rf_all,
            red_flags_of_finding: &self.rf_of_finding,
            question_finding: &self.question_finding,
            question_ask_if: &self.question_ask_if,
        };
        let questions = interview::next_questions(&cx, 5)
            .into_iter()
            .map(|n| {
                let q = &kb.questions[n.question];
                let name = |c: usize| lang.pick(&kb.conditions[c].name).to_string();
                let why = match n.reason {
                    Reason::WarningSign(r) => Messages::why_warning(lang, lang.pick(&kb.red_flags[r].label)),
                    Reason::TellsApart(fits, other) => {
                        Messages::why_tells_apart(lang, &name(fits), other.map(name).as_deref())
                    }
                };
                QuestionResult {
                    id: q.id.0.clone(),
                    text: lang.pick(&q.text).to_string(),
                    options: q.options.iter().map(|o| o.as_str().to_string()).collect(),
                    red_flag: n.red_flag,
                    why,
                }
            })
            .collect();

        let present: Vec<usize> = (0..kb.findings.len()).filter(|&i| facts.is_complaint(i)).collect();
        let leading: Vec<usize> = shown.iter().take(3).map(|s| s.condition).collect();
        let similar = if present.is_empty() && fired.is_empty() {
            Vec::new()
        } else {
            self.search_articles(text, &facts.sentences, &present, &leading, 5)
                .into_iter()
                .map(|h| SimilarResult {
                    id: kb.articles[h.article].id.0.clone(),
                    title: lang.pick(&kb.articles[h.article].title).to_string(),
                    score: round3(h.score),
                })
                .collect()
        };

        let mut fired_sorted = fired.clone();
        crate::sorting::sort_by(&mut fired_sorted, |a, b| level_of(*b).cmp(&level_of(*a)).then(a.cmp(b)));
        let red_flags: Vec<RedFlagResult> = fired_sorted
            .iter()
            .map(|&r| {
                let rf = &kb.red_flags[r];
                RedFlagResult {
                    id: rf.id.0.clone(),
                    label: lang.pick(&rf.label).to_string(),
                    action: if rf.action.is_empty() || level_of(r) != rf.level {
                        Messages::action(level_of(r), lang, number)
                    } else {
                        lang.pick(&rf.action).replace("{number}", number)
                    },
                    level: level_of(r),
                    see: rf.see,
                    see_label: rf.see.filter(|_| !cfg!(target_arch = "wasm32")).map(|s| s.label(lang).to_string()),
                    self_care: rf.self_care.iter().map(|t| lang.pick(t).to_string()).collect(),
                    screen: self.screen_flags.contains(&r),
                }
            })
            .collect();

        let action = triage.map(|t| match red_flags.first().filter(|r| r.level == t) {
            Some(r) => r.action.clone(),
            None => Messages::action(t, lang, number),
        });
        let mut message = match (&action, triage) {
            (Some(a), Some(_)) => a.clone(),
            _ => Messages::need_more(lang).to_string(),
        };
        if uncertain {
            message.push(' ');
            message.push_str(Messages::uncertain(lang));
        }
        if unsure_flag {
            message.push(' ');
            message.push_str(Messages::unsure_red_flag(lang));
        }
        // The level comes from the general screen alone and no specialty cause fits.
        let outside_specialty =
            !cfg!(target_arch = "wasm32") && shown.is_empty() && fired.iter().any(|r| self.screen_flags.contains(r));
        if outside_specialty {
            message.push(' ');
            message.push_str(&Messages::outside_specialty(lang, lang.pick(&kb.meta.title)));
        }
        if truncated {
            message.push(' ');
            message.push_str(&Messages::truncated(lang));
        }

        let conditions = shown
            .iter()
            .zip(&rule_out_first)
            .map(|(s, &rule_out_first)| {
                let c = &kb.conditions[s.condition];
                let label = |i: usize, present: bool| {
                    let l = lang.pick(&kb.findings[i].label).to_string();
                    if present {
                        l
                    } else {
                        match lang {
                            Lang::En => format!("no {}", lower_first(&l)),
                            Lang::ZhTw => format!("沒有{l}"),
                        }
                    }
                };
                ConditionResult {
                    id: c.id.0.clone(),
                    name: lang.pick(&c.name).to_string(),
                    icd10: c.icd10.clone(),
                    score: round3(s.posterior),
                    why: Why {
                        for_: s.for_.iter().map(|f| label(f.finding, f.present)).collect(),
                        against: s.against.iter().map(|f| label(f.finding, f.present)).collect(),
                    },
                    triage: self.condition_level(s, &facts),
                    rule_out_first,
                }
            })
            .collect();

        let findings = (0..kb.findings.len())
            .filter_map(|i| {
                let (state, origin) = facts.state[i]?;
                let present = match (state, origin) {
                    (State::Present, _) => true,
                    (State::Absent, Origin::Text | Origin::Answer) => false,
                    _ => return None,
                };
                Some(FindingResult {
                    id: kb.findings[i].id.0.clone(),
                    label: lang.pick(&kb.findings[i].label).to_string(),
                    present,
                    origin: match origin {
                        Origin::Text => "text",
                        Origin::Derived => "derived",
                        Origin::Answer => "answer",
                    }
                    .to_string(),
                })
            })
            .collect();

        // Words the engine cannot read yet: no causes and no triage below emergency until the
        // other language's phrases are added (the widget loads them when it sees this).
        let missing_words = self.needs_phrases(text);
        let (mut triage, mut conditions, mut action, mut message, mut uncertain) =
            (triage, conditions, action, message, uncertain);
        // Words the device could not load (`req.unavailable`) will not come; others may.
        let unavailable = missing_words.filter(|l| req.unavailable == Some(*l));
        let needs_phrases = missing_words.filter(|_| unavailable.is_none());
        if let Some(missing) = unavailable {
            // The words will not come: what was read stands, said as unsure, with the reason.
            uncertain = true;
            message = format!("{} {message}", Messages::unavailable(lang, missing)).trim_end().to_string();
        }
        if let Some(needed) = needs_phrases.filter(|_| triage != Some(Triage::Emergency)) {
            triage = None;
            conditions = Vec::new();
            action = None;
            uncertain = false;
            message = Messages::reading(lang, needed).to_string();
        }

        let suggestions = if (triage.is_none() || uncertain) && needs_phrases.is_none() {
            crate::suggest::closest(kb, &facts, lang)
                .into_iter()
                .map(|i| crate::check::Suggestion {
                    id: kb.findings[i].id.0.clone(),
                    label: lang.pick(&kb.findings[i].label).to_string(),
                })
                .collect()
        } else {
            Vec::new()
        };
        // A complaint that nothing was read from (it says something is felt or seen on the body,
        // and its words come close to some findings) is not a dead end: see a doctor soon, said
        // as unsure, with the closest findings to tap. A question with no complaint in it ("how
        // do I lower my cholesterol?") or no medical words at all stays `null`.
        if triage.is_none() && !suggestions.is_empty() && crate::suggest::is_complaint(&facts) {
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
            findings,
            red_flags,
            questions,
            similar,
            message,
            action,
            uncertain,
            lang,
            age,
            sex,
            duration_days: facts.message.duration_days.map(round3),
            truncated,
            outside_specialty: outside_specialty && triage.is_some(),
        }
    }

    fn apply_answers(&self, req: &Request, facts: &mut Facts) -> HashSet<usize> {
        let mut answered = HashSet::new();
        for id in &req.ignored {
            if let Some(&f) = self.findings.get(id) {
                facts.state[f] = None;
            }
        }
        // Denied first, so a finding both picked and denied reads the safer way: present.
        for (ids, state) in [(&req.denied, State::Absent), (&req.picked, State::Present)] {
            for id in ids {
                if let Some(&f) = self.findings.get(id) {
                    facts.state[f] = Some((state, Origin::Answer));
                }
            }
        }
        for (qid, ans) in &req.answers {
            let Some(&qi) = self.questions.get(qid) else {
                continue;
            };
            answered.insert(qi);
            let f = self.question_finding[qi];
            facts.state[f] = Some((
                match ans {
                    Answer::Yes => State::Present,
                    Answer::No => State::Absent,
                    Answer::Unsure => State::Unsure,
                },
                Origin::Answer,
            ));
        }
        answered
    }

    /// Red flags that fire: every `all` finding and one `any` finding present or unsure, no
    /// `none` finding present, and not ruled out by a duration longer than the flag's limit
    /// (unless it began suddenly).
    fn red_flags(&self, facts: &Facts, age_years: Option<f64>, sex: Option<crate::Sex>) -> Vec<usize> {
        let mut out = Vec::new();
        for (r, rf) in self.kb.red_flags.iter().enumerate() {
            let age_out = |range: crate::kb::types::AgeRange| match age_years {
                Some(a) => !range.contains(a),
                None => range.max.is_some(),
            };
            if rf.age.is_some_and(age_out) || rf.sex.is_some_and(|s| sex.is_some_and(|x| x != s)) {
                continue;
            }
            let all = self.rf_all[r].iter().all(|&f| facts.possible(f));
            let any = self.rf_any[r].is_empty() || self.rf_any[r].iter().any(|&f| facts.possible(f));
            let excluded = self.rf_none[r].iter().any(|&f| facts.present(f));
            if !(all && any) || excluded {
                continue;
            }
            if let Some(max) = rf.max_duration_days {
                let involved = self.rf_findings[r].iter().filter(|&&f| facts.possible(f));
                let durations: Vec<f64> = involved.clone().filter_map(|&f| facts.duration(f)).collect();
                let sudden = involved
                    .into_iter()
                    .any(|&f| facts.modifiers[f].is_some_and(|m| m.onset == Some(crate::kb::types::Onset::Sudden)));
                let shortest = durations.iter().copied().fold(f64::INFINITY, f64::min);
                if shortest.is_finite() && shortest > max && !sudden {
                    continue;
                }
            }
            out.push(r);
        }
        out
    }

    fn shown(&self, ranked: Vec<Scored>, facts: &Facts) -> Vec<Scored> {
        let Some(top) = ranked.first().map(|s| s.log_odds) else {
            return Vec::new();
        };
        // Diversify first, so that a second complaint's best cause is not cut by the 3% floor:
        // a cause that explains a reported complaint no earlier shown cause explains is kept
        // down to 0.5%.
        let ordered = infer::diversify(ranked, facts, 0.01);
        let mut explained: Vec<usize> = Vec::new();
        let mut out = Vec::new();
        for s in ordered {
            let new_complaint = s.for_.iter().any(|f| {
                f.present
                    && f.lr >= infer::CANDIDATE_LR
                    && facts.is_complaint(f.finding)
                    && !explained.contains(&f.finding)
            });
            let strong = s.posterior >= SHOW_MIN_POSTERIOR && s.log_odds >= top - 40f64.ln();
            if strong || (new_complaint && s.posterior >= 0.005) {
                explained.extend(s.for_.iter().filter(|f| f.present).map(|f| f.finding));
                out.push(s);
            }
        }
        out.truncate(SHOW_MAX);
        out
    }
}

impl Engine {
    /// A condition's level for this patient: its base level, or the most urgent escalation rule
    /// that holds.
    fn condition_level(&self, s: &Scored, facts: &Facts) -> Triage {
        let c: &Condition = &self.kb.conditions[s.condition];
        let esc = &self.escalation_findings[s.condition];
        let duration = s
            .for_
            .iter()
            .filter(|f| f.present)
            .filter_map(|f| facts.modifiers[f.finding].and_then(|m| m.duration_days))
            .fold(None, |acc: Option<f64>, d| Some(acc.map_or(d, |a| a.max(d))))
            .or(facts.message.duration_days);
        let onset = facts.message.onset;
        let matched = c
            .escalation
            .iter()
            .enumerate()
            .filter(|(k, e)| {
                let w = &e.when;
                (w.finding.is_none() || esc[*k].is_some_and(|i| facts.present(i)))
                    && w.duration_at_least_days.is_none_or(|d| duration.is_some_and(|x| x >= d))
                    && w.duration_at_most_days.is_none_or(|d| duration.is_some_and(|x| x <= d))
                    && w.progressing.is_none_or(|p| facts.message.progressing == p)
                    && w.onset.is_none_or(|o| onset == Some(o))
            })
            .map(|(_, e)| e.level)
            .max();
        matched.unwrap_or(c.triage)
    }
}

/// What [`Engine::read_and_check`] returns for a blank request ([`Request::is_blank`]), without
/// running it: nothing read, so no triage, cause, question or article, and the message that
/// asks for more (a test checks that both agree).
fn blank_result(req: &Request) -> CheckResult {
    let (text, truncated) = cap(&req.text);
    let lang = req.lang.unwrap_or_else(|| detect_lang(text));
    let mut message = Messages::need_more(lang).to_string();
    if truncated {
        message.push(' ');
        message.push_str(&Messages::truncated(lang));
    }
    CheckResult {
        triage: None,
        conditions: Vec::new(),
        findings: Vec::new(),
        red_flags: Vec::new(),
        questions: Vec::new(),
        similar: Vec::new(),
        message,
        action: None,
        uncertain: false,
        lang,
        age: req.age,
        sex: req.sex,
        duration_days: None,
        truncated,
        needs_phrases: None,
        outside_specialty: false,
        suggestions: Vec::new(),
    }
}

fn cap(text: &str) -> (&str, bool) {
    match text.char_indices().nth(MAX_TEXT_CHARS) {
        Some((i, _)) => (&text[..i], true),
        None => (text, false),
    }
}

fn detect_lang(text: &str) -> Lang {
    let cjk = text.chars().filter(|c| is_cjk(*c)).count();
    let latin = text.chars().filter(|c| c.is_ascii_alphabetic()).count();
    if cjk * 3 >= latin && cjk > 0 {
        Lang::ZhTw
    } else {
        Lang::En
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// The similar-question index: BM25 over every article, plus the findings each article's
/// question mentions (read like a patient message) and its conditions.
fn build_articles(kb: &KnowledgeBase, phrases: &PhraseIndex) -> ArticleIndex {
    let findings = kb.articles.iter().map(|a| article_findings(kb, phrases, a)).collect();
    ArticleIndex::build(kb, findings, article_conditions(kb))
}

/// The findings an article's question mentions (in either language).
fn article_findings(kb: &KnowledgeBase, phrases: &PhraseIndex, a: &Article) -> Vec<usize> {
    let facts =
        crate::understand::understand_as_written(kb, phrases, &format!("{}\n{}", a.question.en, a.question.zh_tw));
    (0..kb.findings.len()).filter(|&i| facts.is_complaint(i)).collect()
}

/// For each article, the indices of the conditions it names.
fn article_conditions(kb: &KnowledgeBase) -> Vec<Vec<usize>> {
    let conditions: HashMap<&str, usize> = kb.conditions.iter().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect();
    kb.articles
        .iter()
        .map(|a| a.conditions.iter().filter_map(|c| conditions.get(c.as_str()).copied()).collect())
        .collect()
}

/// The indexes of an engine, built a few articles at a time ([`Engine::warmup`]).
#[derive(Debug)]
pub struct Warmup<'a> {
    engine: &'a Engine,
    /// The next article to read.
    next: usize,
    findings: Vec<Vec<usize>>,
    terms: Vec<Vec<String>>,
}

impl Warmup<'_> {
    /// Does one step and tells whether everything is built. The first step builds the phrase
    /// index (when it is not built yet); each later one reads at most `articles` articles (at
    /// least one), and the last assembles the similar-question index. A check that needs an
    /// index before the warm-up is done builds it at once; the warm-up then has nothing to do.
    pub fn step(&mut self, articles: usize) -> bool {
        let engine = self.engine;
        if engine.articles.get().is_some() {
            return true;
        }
        if engine.phrases.get().is_none() {
            engine.phrases();
            return false;
        }
        let kb = &engine.kb;
        let end = self.next.saturating_add(articles.max(1)).min(kb.articles.len());
        for a in &kb.articles[self.next..end] {
            self.findings.push(article_findings(kb, engine.phrases(), a));
            self.terms.push(article_terms(a));
        }
        self.next = end;
        if end < kb.articles.len() {
            return false;
        }
        let index = ArticleIndex::from_terms(
            std::mem::take(&mut self.terms),
            std::mem::take(&mut self.findings),
            article_conditions(kb),
        );
        // A check may have built the index meanwhile; both are the same.
        let _ = engine.articles.set(index);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::Engine;
    use crate::Request;
    use std::collections::BTreeMap;

    #[test]
    fn an_engine_with_articles_when_warm_never_builds_them_in_a_check() {
        let text = "I wake up with tingling in both palms after sleeping on my side";
        let eager = Engine::bundled().expect("bundled KB");
        assert!(!eager.check(&Request::text(text)).similar.is_empty(), "a plain engine builds the index in a check");
        let lazy = Engine::bundled().expect("bundled KB").articles_when_warm();
        let before = lazy.check(&Request::text(text));
        assert!(before.similar.is_empty() && !lazy.is_warm(), "no similar questions before the warm-up");
        assert!(!before.conditions.is_empty(), "the rest of the check is unchanged");
        let mut warmup = lazy.warmup();
        while !warmup.step(6) {}
        assert!(lazy.is_warm());
        assert_eq!(lazy.check(&Request::text(text)).similar, eager.check(&Request::text(text)).similar);
    }

    #[test]
    fn every_question_says_why_it_is_asked_and_a_warning_sign_is_asked_only_when_it_can_fire() {
        use crate::{Answer, Lang};
        let engine = Engine::bundled().expect("bundled KB");
        let text = "I wake up with tingling in both palms after sleeping on my side";
        let first = engine.check(&Request::text(text));
        assert!(!first.questions.is_empty());
        for q in &first.questions {
            assert!(!q.why.is_empty(), "{}: no reason", q.id);
            assert_eq!(q.red_flag, q.why.contains("warning sign"), "{}: {}", q.id, q.why);
        }
        // The warning-sign questions answered no, the rest tell the leading causes apart.
        let mut answers = BTreeMap::new();
        let mut r = first;
        while let Some(q) = r.questions.iter().find(|q| q.red_flag) {
            answers.insert(q.id.clone(), Answer::No);
            r = engine.check(&Request { answers: answers.clone(), ..Request::text(text) });
        }
        let q = r.questions.first().expect("a question that tells causes apart");
        assert!(q.why.contains("Carpal tunnel") || q.why.contains("Pressure"), "{}", q.why);
        // A flag that needs another finding which is absent is no reason: with neither a wound
        // nor cramps, the diabetes and neck-surgery questions are not warning-sign questions.
        assert!(!r.questions.iter().any(|q| q.red_flag), "{:?}", r.questions);
        let zh = engine.check(&Request { lang: Some(Lang::ZhTw), ..Request::text("醒來兩手手掌麻麻的") });
        assert!(zh.questions.iter().all(|q| !q.why.is_empty() && !q.why.is_ascii()), "{:?}", zh.questions);
    }

    #[test]
    fn the_bundled_phrase_index_is_built_by_the_first_message_or_warm() {
        let engine = Engine::bundled().expect("bundled KB");
        assert!(engine.check(&Request::default()).conditions.is_empty());
        assert!(engine.phrases.get().is_none(), "an empty request needs no phrase index");
        let r = engine.check(&Request::text("my eyelid has been twitching for days"));
        assert!(engine.phrases.get().is_some());
        assert!(!r.conditions.is_empty());

        let engine = Engine::bundled().expect("bundled KB");
        assert!(!engine.kb().articles.is_read(), "the articles are read on first use");
        engine.warm();
        assert!(engine.phrases.get().is_some() && engine.articles.get().is_some());
        assert!(engine.kb().articles.is_read());
    }

    #[test]
    fn a_blank_request_gets_what_the_whole_pipeline_gives_it() {
        use crate::{Answer, Lang, Sex};
        let engine = Engine::bundled().expect("bundled KB");
        let long_blank = " \n\t\u{3000}".repeat(crate::MAX_TEXT_CHARS);
        let blanks = [
            Request::default(),
            Request { lang: Some(Lang::ZhTw), ..Request::text("   ") },
            Request { age: Some(71), sex: Some(Sex::Female), ..Request::text("\n\t") },
            Request { ignored: vec!["numbness".into()], ..Request::text("\u{3000}") },
            Request::text(&long_blank),
        ];
        for req in &blanks {
            assert!(req.is_blank(), "{req:?}");
            assert_eq!(super::blank_result(req), engine.read_and_check(req, "112"), "{req:?}");
            assert_eq!(engine.check_with_number(req, "112"), engine.read_and_check(req, "112"));
        }
        assert!(super::blank_result(&blanks[4]).truncated);
        assert!(engine.phrases.get().is_none(), "a blank request needs no phrase index");
        // Anything to read, pick, deny or answer is not blank.
        let answered = BTreeMap::from([("q_sudden_onset".to_string(), Answer::Yes)]);
        for req in [
            Request::text("numb"),
            Request { picked: vec!["numbness".into()], ..Request::default() },
            Request { denied: vec!["weakness".into()], ..Request::default() },
            Request { answers: answered, ..Request::default() },
        ] {
            assert!(!req.is_blank(), "{req:?}");
        }
    }

    #[test]
    fn the_bundled_kb_read_in_two_parts_is_the_whole_kb() {
        let mut whole: crate::KnowledgeBase = serde_json::from_str(crate::BUNDLED_KB).expect("bundled KB");
        let _ = crate::kb::screen::merge(&mut whole, crate::kb::screen::bundled());
        assert!(crate::BUNDLED_CORE.contains("\"articles\":[]"));
        assert_eq!(crate::BUNDLED_CORE.len() + crate::BUNDLED_ARTICLES.len(), crate::BUNDLED_KB.len() + 2);
        let engine = Engine::bundled().expect("bundled KB");
        assert!(whole.articles.len() > 50);
        assert_eq!(engine.kb(), &whole);
    }

    #[test]
    fn the_bundled_kb_works_without_articles_and_with_one_language_of_them() {
        let text = "my hands tingle when I wake up after sleeping on my side";
        let none = Engine::bundled_with_articles(None).expect("bundled KB");
        assert!(none.kb().articles.is_empty());
        let full = Engine::bundled().expect("bundled KB");
        let (a, b) = (none.check(&Request::text(text)), full.check(&Request::text(text)));
        assert_eq!(
            (a.triage, a.conditions.first().map(|c| c.id.clone())),
            (b.triage, b.conditions.first().map(|c| c.id.clone()))
        );
        assert!(a.similar.is_empty() && !b.similar.is_empty());

        // English only, as in the widget's articles.en.json: the same best match (the rest of
        // the ranking may move a little: the Chinese text no longer counts), Chinese falls back.
        let mut articles: Vec<crate::kb::types::Article> =
            serde_json::from_str(crate::BUNDLED_ARTICLES).expect("articles");
        for a in &mut articles {
            a.title.zh_tw.clear();
            a.question.zh_tw.clear();
            a.answer.zh_tw.clear();
        }
        let json = serde_json::to_string(&articles).expect("json");
        let english = Engine::bundled_with_articles(Some(json.as_str().into())).expect("bundled KB");
        let c = english.check(&Request::text(text));
        assert_eq!(c.similar.first().map(|s| &s.id), b.similar.first().map(|s| &s.id));
        assert_eq!(c.similar.len(), b.similar.len());
        let first = &english.kb().articles[0];
        assert_eq!(crate::Lang::ZhTw.pick(&first.title), first.title.en);
        assert!(!first.title.en.is_empty());

        // Articles that do not parse: none, and the engine still works.
        let broken = Engine::bundled_with_articles(Some("[{".into())).expect("bundled KB");
        assert!(broken.kb().articles.is_empty() && broken.check(&Request::text(text)).triage.is_some());
    }

    /// `kb` in one language only, as in the widget's `kb.<lang>.json`: every object that has
    /// both `en` and `zh-TW` loses the other language's text or list (texts, phrases, word
    /// groups).
    fn one_language(kb: &mut serde_json::Value, keep: &str) {
        match kb {
            serde_json::Value::Object(map) => {
                if map.contains_key("en") && map.contains_key("zh-TW") {
                    map.remove(if keep == "en" { "zh-TW" } else { "en" });
                }
                for v in map.values_mut() {
                    one_language(v, keep);
                }
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(|v| one_language(v, keep)),
            _ => {}
        }
    }

    fn in_language(keep: &str) -> String {
        let mut kb: serde_json::Value = serde_json::from_str(crate::BUNDLED_CORE).expect("bundled KB");
        one_language(&mut kb, keep);
        serde_json::to_string(&kb).expect("json")
    }

    fn ids(r: &crate::CheckResult) -> Vec<String> {
        r.conditions.iter().map(|c| c.id.clone()).collect()
    }

    #[test]
    fn the_bundled_kb_in_one_language_reads_that_language_and_asks_for_the_other() {
        let (en, zh) = (in_language("en"), in_language("zh-TW"));
        let both = Engine::bundled().expect("bundled KB");
        let zh_only = Engine::bundled_from(&zh, None, Some(crate::BUNDLED_ARTICLES.into())).expect("zh-TW only");
        let en_only = Engine::bundled_from(&en, None, None).expect("en only");

        // Its own language: the same result as the whole KB.
        let (a, b) =
            (zh_only.check(&Request::text("我的眼皮一直跳了三天")), both.check(&Request::text("我的眼皮一直跳了三天")));
        assert_eq!((a.triage, ids(&a), a.needs_phrases), (b.triage, ids(&b), None));
        let palms = "my hands tingle when I wake up after sleeping on my side";
        let (a, b) = (en_only.check(&Request::text(palms)), both.check(&Request::text(palms)));
        assert_eq!((a.triage, ids(&a), a.needs_phrases), (b.triage, ids(&b), None));
        let cause = &zh_only.kb().conditions[0];
        assert!(cause.name.en.is_empty() && !cause.name.zh_tw.is_empty());
        assert_eq!(crate::Lang::En.pick(&cause.name), cause.name.zh_tw, "English falls back to the text there is");

        // The other language: no causes and no triage, a message that says why, until the other
        // file is added; then the whole KB's result.
        let a =
            en_only.check(&Request { lang: Some(crate::Lang::En), ..Request::text("我的眼皮一直跳了三天") });
        assert_eq!((a.needs_phrases, a.triage, a.conditions.len()), (Some(crate::Lang::ZhTw), None, 0));
        assert!(a.message.contains("Chinese words"), "{}", a.message);
        let mixed = zh_only.check(&Request::text("我的手 numbness 三天"));
        assert_eq!(mixed.needs_phrases, Some(crate::Lang::En));
        let merged = Engine::bundled_from(&en, Some(&zh), None).expect("both files");
        assert_eq!(
            merged.kb(),
            Engine::bundled_with_articles(None).expect("bundled KB").kb(),
            "both files are the whole KB"
        );
        let a = merged.check(&Request::text("我的眼皮一直跳了三天"));
        assert_eq!(
            (a.needs_phrases, a.triage, ids(&a)),
            (None, b_triage(&both, "我的眼皮一直跳了三天"), ids(&both.check(&Request::text("我的眼皮一直跳了三天"))))
        );

        // An emergency read in the engine's own language stays an emergency meanwhile.
        let stroke = "sudden weakness in my left arm and my face droops 還有說話不清楚";
        let a = en_only.check(&Request::text(stroke));
        assert_eq!((a.needs_phrases, a.triage), (Some(crate::Lang::ZhTw), Some(crate::Triage::Emergency)));

        // The other file could not be loaded (offline): no more waiting; what was read stands,
        // marked unsure, and the message says which words were not read and what to do.
        let unavailable = Some(crate::Lang::ZhTw);
        let a = en_only.check(&Request {
            lang: Some(crate::Lang::En),
            unavailable,
            ..Request::text("我的眼皮一直跳了三天")
        });
        assert_eq!((a.needs_phrases, a.uncertain), (None, true));
        assert!(a.message.contains("could not be loaded") && a.message.contains("English"), "{}", a.message);
        let part = "my left eyelid has been twitching for three days 還有手麻";
        let a = en_only.check(&Request { lang: Some(crate::Lang::En), unavailable, ..Request::text(part) });
        assert_eq!((a.needs_phrases, a.triage, a.uncertain), (None, Some(crate::Triage::SelfCare), true));
        assert_eq!(ids(&a).first().map(String::as_str), Some("eyelid_myokymia"));
    }

    fn b_triage(engine: &Engine, text: &str) -> Option<crate::Triage> {
        engine.check(&Request::text(text)).triage
    }

    #[test]
    fn a_bundled_kb_text_from_another_version_or_broken_is_refused() {
        let other = crate::BUNDLED_CORE.replacen(
            &format!("\"version\":\"{}\"", crate::BUNDLED_VERSION),
            "\"version\":\"0.0.1\"",
            1,
        );
        assert_ne!(other, crate::BUNDLED_CORE);
        let err = Engine::bundled_from(&other, None, None).expect_err("another version");
        assert_eq!(err.diagnostics[0].path, "$.meta");
        assert!(err.diagnostics[0].message.contains("0.0.1"), "{}", err.diagnostics[0].message);
        let err = Engine::bundled_from("{\"meta\": ", None, None).expect_err("broken");
        assert!(!err.diagnostics.is_empty());
        let err = Engine::bundled_from("<!doctype html><p>Not found</p>", None, None).expect_err("not JSON");
        assert!(!err.diagnostics.is_empty());
        let err = Engine::bundled_from(crate::BUNDLED_CORE, Some("[1"), None).expect_err("other file broken");
        assert!(!err.diagnostics.is_empty());
    }

    #[test]
    fn a_stepped_warmup_builds_the_same_indexes_as_warm() {
        let text = "my hands tingle when I wake up after sleeping on my side";
        let warm = Engine::bundled().expect("bundled KB");
        warm.warm();
        let stepped = Engine::bundled().expect("bundled KB");
        let mut warmup = stepped.warmup();
        let mut steps = 1;
        while !warmup.step(8) {
            assert!(stepped.articles.get().is_none(), "the index is set only by the last step");
            steps += 1;
        }
        let articles = stepped.kb().articles.len();
        assert_eq!(steps, 1 + articles.div_ceil(8), "one step for the phrases, then 8 articles a step");
        assert!(stepped.phrases.get().is_some() && stepped.articles.get().is_some());
        assert_eq!(stepped.similar(text, 5), warm.similar(text, 5));
        assert!(!warm.similar(text, 5).is_empty());
        assert_eq!(stepped.articles.get().map(|a| &a.findings), warm.articles.get().map(|a| &a.findings));

        // A check that needs the index mid-way builds it; the warm-up then stops at once.
        let engine = Engine::bundled().expect("bundled KB");
        let mut warmup = engine.warmup();
        assert!(!warmup.step(8) && !warmup.step(8));
        assert!(!engine.check(&Request::text(text)).similar.is_empty());
        assert!(warmup.step(8));
    }
}
