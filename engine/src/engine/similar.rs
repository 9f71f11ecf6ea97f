//! Similar questions: the engine's similar-question index (BM25 over the Q&A articles plus the
//! findings and conditions each article shares with a message, [`crate::retrieval`]), built on
//! first use or in short steps by a warm-up, and the search a check makes in it.

use std::collections::HashMap;

use super::causes::Causes;
use super::input::detect_lang;
use super::red_flags::Fired;
use super::report::round3;
use super::Engine;
use crate::contract::SimilarResult;
use crate::retrieval::{article_terms, terms_of, ArticleIndex, Hit};
use crate::schema::{Article, KnowledgeBase, Lang};
use crate::text::matcher::PhraseIndex;
use crate::text::tokens::Sentence;
use crate::understand::{understand, understand_as_written, Facts};

/// How many similar questions a result offers at most.
const MAX_SIMILAR: usize = 5;
/// How many leading causes an article is compared with.
const LEADING: usize = 3;

impl Engine {
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

    /// Similar-question retrieval on its own (no inference): BM25 over the articles plus the
    /// findings an article shares with the message; the best `max` articles, best first.
    pub fn similar(&self, text: &str, max: usize) -> Vec<Hit> {
        let facts = understand(&self.kb, self.phrases(), text);
        let present: Vec<usize> = (0..self.kb.findings.len()).filter(|&i| facts.is_complaint(i)).collect();
        self.search_articles(text, &facts.sentences, &present, &[], max)
    }

    /// The similar questions of a check, in `lang`: none when no complaint was reported and no
    /// red flag fired; otherwise the articles closest to the message `text`, its complaints in
    /// `facts` and its leading causes.
    pub(super) fn similar_results(
        &self,
        text: &str,
        facts: &Facts,
        causes: &Causes,
        fired: &Fired,
        lang: Lang,
    ) -> Vec<SimilarResult> {
        let kb = &self.kb;
        let present: Vec<usize> = (0..kb.findings.len()).filter(|&i| facts.is_complaint(i)).collect();
        if present.is_empty() && fired.flags.is_empty() {
            return Vec::new();
        }
        self.search_articles(text, &facts.sentences, &present, &causes.leading(LEADING), MAX_SIMILAR)
            .into_iter()
            .map(|h| SimilarResult {
                id: kb.articles[h.article].id.clone(),
                title: lang.pick(&kb.articles[h.article].title).to_string(),
                score: round3(h.score),
            })
            .collect()
    }

    /// The similar-question index, built now if it is not built yet.
    fn articles(&self) -> &ArticleIndex {
        self.articles.get_or_init(|| build_articles(&self.kb, self.phrases()))
    }

    /// Articles for a message: by its own terms; if that finds none, also by the KB's phrases
    /// (in the other language) of the findings recognised in it. The widget loads one
    /// language's articles, and a patient may type in the other.
    fn search_articles(
        &self,
        text: &str,
        sentences: &[Sentence],
        present: &[usize],
        leading: &[usize],
        max: usize,
    ) -> Vec<Hit> {
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
}

/// The similar-question index: BM25 over every article, plus the findings each article's
/// question mentions (read like a patient message) and its conditions.
fn build_articles(kb: &KnowledgeBase, phrases: &PhraseIndex) -> ArticleIndex {
    let findings = kb.articles.iter().map(|a| article_findings(kb, phrases, a)).collect();
    ArticleIndex::build(kb, findings, article_conditions(kb))
}

/// The findings an article's question mentions (in either language).
fn article_findings(kb: &KnowledgeBase, phrases: &PhraseIndex, a: &Article) -> Vec<usize> {
    let facts = understand_as_written(kb, phrases, &format!("{}\n{}", a.question.en, a.question.zh_tw));
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
