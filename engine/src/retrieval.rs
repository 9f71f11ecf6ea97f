//! Similar questions: BM25 over the Q&A articles (English stems and Chinese character
//! bigrams), boosted by the findings and conditions an article shares with the patient's
//! message.

use std::collections::HashMap;

use crate::schema::{Article, KnowledgeBase};
use crate::text::normalize::{is_cjk, normalize};
use crate::text::tokens::{split_sentences, Sentence};

const K1: f64 = 1.2;
const B: f64 = 0.75;

/// Weight of the text score in the final score.
pub const TEXT_WEIGHT: f64 = 0.6;
/// Weight of sharing a leading condition.
pub const CONDITION_WEIGHT: f64 = 0.25;
/// Weight of shared findings.
pub const FINDING_WEIGHT: f64 = 0.15;

/// Terms of a text: English stems of content words and Chinese character bigrams.
pub fn terms(text: &str) -> Vec<String> {
    terms_of(&split_sentences(&normalize(text)))
}

/// The terms of text already split into sentences (a check has them from reading the message).
pub fn terms_of(sentences: &[Sentence]) -> Vec<String> {
    let mut out = Vec::new();
    for s in sentences {
        out.extend(s.tokens.iter().filter(|t| t.content).map(|t| t.stem.clone()));
        for c in &s.clauses {
            let cjk: Vec<char> = c.chars.iter().copied().filter(|ch| is_cjk(*ch)).collect();
            for w in cjk.windows(2) {
                out.push(w.iter().collect());
            }
        }
    }
    out
}

/// The terms an article is indexed by: its title, question and answer in both languages.
pub fn article_terms(a: &Article) -> Vec<String> {
    terms(&format!(
        "{}. {}. {}. {}. {}. {}",
        a.title.en, a.question.en, a.answer.en, a.title.zh_tw, a.question.zh_tw, a.answer.zh_tw
    ))
}

/// An inverted index over the articles.
#[derive(Debug, Clone, Default)]
pub struct ArticleIndex {
    postings: HashMap<String, Vec<(u32, u16)>>,
    lengths: Vec<f64>,
    avg_len: f64,
    /// For each article, the findings its question mentions.
    pub findings: Vec<Vec<usize>>,
    /// For each article, the indices of its conditions.
    pub conditions: Vec<Vec<usize>>,
}

/// One retrieved article.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// Article index.
    pub article: usize,
    /// Final score, 0..1.
    pub score: f64,
}

impl ArticleIndex {
    /// Indexes the articles' titles, questions and answers in both languages.
    pub fn build(kb: &KnowledgeBase, findings: Vec<Vec<usize>>, conditions: Vec<Vec<usize>>) -> ArticleIndex {
        ArticleIndex::from_terms(kb.articles.iter().map(article_terms).collect(), findings, conditions)
    }

    /// The index of articles whose terms ([`article_terms`]) are already read, in KB order.
    pub fn from_terms(
        article_terms: Vec<Vec<String>>,
        findings: Vec<Vec<usize>>,
        conditions: Vec<Vec<usize>>,
    ) -> ArticleIndex {
        let mut postings: HashMap<String, Vec<(u32, u16)>> = HashMap::new();
        let mut lengths = Vec::with_capacity(article_terms.len());
        for (ai, ts) in article_terms.into_iter().enumerate() {
            lengths.push(ts.len() as f64);
            let mut tf: HashMap<String, u16> = HashMap::new();
            for t in ts {
                *tf.entry(t).or_default() += 1;
            }
            for (t, n) in tf {
                postings.entry(t).or_default().push((ai as u32, n));
            }
        }
        let avg_len = if lengths.is_empty() { 1.0 } else { lengths.iter().sum::<f64>() / lengths.len() as f64 };
        ArticleIndex { postings, lengths, avg_len, findings, conditions }
    }

    /// BM25 scores of every article that shares a term with the query.
    pub fn bm25(&self, query: &[String]) -> HashMap<usize, f64> {
        let n = self.lengths.len() as f64;
        let mut scores: HashMap<usize, f64> = HashMap::new();
        let mut seen = std::collections::HashSet::new();
        for q in query {
            if !seen.insert(q) {
                continue;
            }
            let Some(list) = self.postings.get(q) else {
                continue;
            };
            let df = list.len() as f64;
            let idf = ((n - df + 0.5) / (df + 0.5) + 1.0).ln();
            for &(doc, tf) in list {
                let tf = f64::from(tf);
                let dl = self.lengths[doc as usize];
                let s = idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * dl / self.avg_len));
                *scores.entry(doc as usize).or_default() += s;
            }
        }
        scores
    }

    /// Ranks articles for a message: text similarity plus shared findings and conditions.
    pub fn search(&self, text: &str, present: &[usize], leading: &[usize], max: usize) -> Vec<Hit> {
        self.search_terms(&terms(text), present, leading, max)
    }

    /// [`ArticleIndex::search`] for a message already reduced to its terms ([`terms_of`]).
    /// Only articles sharing a term with the message are looked at.
    pub fn search_terms(&self, terms: &[String], present: &[usize], leading: &[usize], max: usize) -> Vec<Hit> {
        let bm = self.bm25(terms);
        let top = bm.values().copied().fold(0.0, f64::max);
        let mut hits: Vec<Hit> = Vec::new();
        for (&ai, &bm_score) in &bm {
            let text_score = if top > 0.0 { bm_score / top } else { 0.0 };
            let shared_c = self.conditions[ai].iter().any(|c| leading.contains(c));
            let fs = &self.findings[ai];
            let shared_f = if fs.is_empty() || present.is_empty() {
                0.0
            } else {
                fs.iter().filter(|f| present.contains(f)).count() as f64 / fs.len().max(present.len()) as f64
            };
            let score =
                TEXT_WEIGHT * text_score + CONDITION_WEIGHT * f64::from(u8::from(shared_c)) + FINDING_WEIGHT * shared_f;
            if text_score > 0.0 && score >= 0.2 {
                hits.push(Hit { article: ai, score });
            }
        }
        crate::sorting::sort_by(&mut hits, |a, b| b.score.total_cmp(&a.score).then(a.article.cmp(&b.article)));
        hits.truncate(max);
        hits
    }
}
