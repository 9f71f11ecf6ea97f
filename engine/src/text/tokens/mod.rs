//! Splitting normalised text into sentences, English tokens and Chinese clauses, and marking
//! which words fall in the scope of a negation ("no weakness") or a hypothetical ("is it a
//! sign of stroke?").

mod chinese;
mod comparisons;
mod english;
mod merge;
mod past;
mod scopes;
#[cfg(test)]
mod tests;

pub(crate) use crate::text::words::zh_words::ZH_WORDS;
pub use chinese::zh_clauses;
pub use english::english_tokens;

use crate::text::normalize::is_sentence_end;

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

/// Splits normalised text into sentences; an ellipsis inside one is a comma.
pub fn split_sentences(norm: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = norm.chars().collect();
    for (i, &ch) in chars.iter().enumerate() {
        // A full stop between digits ("1.5") or in "e.g." is not a sentence end.
        let decimal =
            ch == '.' && i > 0 && chars[i - 1].is_ascii_digit() && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit());
        // An ellipsis is a pause ("pain in his... testicle"): a clause break, not a sentence end.
        let ellipsis = ch == '…' || ch == '.' && (i > 0 && chars[i - 1] == '.' || chars.get(i + 1) == Some(&'.'));
        if ellipsis {
            if !cur.ends_with(',') {
                cur.push(',');
            }
        } else if is_sentence_end(ch) && !decimal {
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

fn starts_with_seq(tokens: &[Token], at: usize, seq: &[&str]) -> bool {
    seq.iter().enumerate().all(|(k, w)| tokens.get(at + k).is_some_and(|t| t.raw == *w))
}
