//! The request and result of one check: the stable contract of `symptom-check check --json`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::schema::ids::{ArticleId, ConditionId, FindingId, QuestionId, RedFlagId};
pub use crate::schema::Answer;
use crate::schema::See;
use crate::schema::{Lang, Sex};
use crate::triage::Triage;
pub use crate::understand::Origin;

/// Longest text the engine reads; the rest is ignored and the result says so.
pub const MAX_TEXT_CHARS: usize = 4000;

/// One check request.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RequestIn")]
pub struct Request {
    /// What the patient wrote.
    pub text: String,
    /// Age in years (whole years; a request may write a fraction for a baby: `0.2`).
    #[serde(default)]
    pub age: Option<u32>,
    /// A baby's age in months, when known (from `age_months`, or a fractional `age` under 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_months: Option<u32>,
    /// Sex.
    #[serde(default)]
    pub sex: Option<Sex>,
    /// Language of the result (default: detected from the text).
    #[serde(default)]
    pub lang: Option<Lang>,
    /// Answers to follow-up questions, by question id.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    /// Symptoms picked from a list (finding ids): present, as if the patient had written them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub picked: Vec<String>,
    /// Findings the patient marked as absent (finding ids), e.g. by flipping a chip.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub denied: Vec<String>,
    /// Findings read from the text that the patient removed (finding ids): treated as unknown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ignored: Vec<String>,
    /// A language whose words could not be loaded on this device (the widget's file of that
    /// language's phrases failed, offline): the message is read without them, and the result
    /// says so instead of waiting for them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unavailable: Option<Lang>,
    /// Whether the person asking writes about someone else (a parent, a child): the questions
    /// are then put in the third person. When absent, the text says ("my dad", 我爸爸).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about_someone_else: Option<bool>,
}

/// A request as written: the age may be a fraction of a year.
#[derive(Deserialize)]
struct RequestIn {
    text: String,
    #[serde(default)]
    age: Option<f64>,
    #[serde(default)]
    age_months: Option<u32>,
    #[serde(default)]
    sex: Option<Sex>,
    #[serde(default)]
    lang: Option<Lang>,
    #[serde(default)]
    answers: BTreeMap<String, Answer>,
    #[serde(default)]
    picked: Vec<String>,
    #[serde(default)]
    denied: Vec<String>,
    #[serde(default)]
    ignored: Vec<String>,
    #[serde(default)]
    unavailable: Option<Lang>,
    #[serde(default)]
    about_someone_else: Option<bool>,
}

impl TryFrom<RequestIn> for Request {
    type Error = String;

    fn try_from(r: RequestIn) -> Result<Request, String> {
        if r.age.is_some_and(|a| !(0.0..=130.0).contains(&a)) {
            return Err("age must be a number of years from 0 to 130".to_string());
        }
        let age = r.age;
        let months = r.age_months.or_else(|| age.filter(|a| *a < 2.0).map(|a| (a * 12.0).round() as u32));
        Ok(Request {
            text: r.text,
            age: age.map(|a| a.floor() as u32),
            age_months: months,
            sex: r.sex,
            lang: r.lang,
            answers: r.answers,
            picked: r.picked,
            denied: r.denied,
            ignored: r.ignored,
            unavailable: r.unavailable,
            about_someone_else: r.about_someone_else,
        })
    }
}

impl Request {
    /// The patient's age in years with a baby's months as a fraction, from the request only.
    pub fn age_years(&self) -> Option<f64> {
        match (self.age_months, self.age) {
            (Some(m), _) => Some(f64::from(m) / 12.0),
            (None, Some(a)) => Some(f64::from(a)),
            _ => None,
        }
    }

    /// A request with only text.
    pub fn text(text: &str) -> Request {
        Request { text: text.to_string(), ..Request::default() }
    }

    /// True when there is nothing to check: no words in the text, no symptom picked, denied
    /// or answered (the start step). Such a request reads no finding, whatever the KB.
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty() && self.picked.is_empty() && self.denied.is_empty() && self.answers.is_empty()
    }
}

/// Why a condition fits: finding labels for and against.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Why {
    /// Findings that make it more likely.
    #[serde(rename = "for")]
    pub for_: Vec<String>,
    /// Findings that make it less likely.
    pub against: Vec<String>,
}

/// A possible cause.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConditionResult {
    /// Condition id.
    pub id: ConditionId,
    /// Name in the result's language.
    pub name: String,
    /// ICD-10 codes.
    pub icd10: Vec<String>,
    /// Probability among the causes considered (0..1).
    pub score: f64,
    /// Why it fits.
    pub why: Why,
    /// The triage level this cause alone would give.
    pub triage: Triage,
    /// A warning sign that fired is about this cause: it is listed first and must be ruled out
    /// first, whatever its score.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub rule_out_first: bool,
}

/// A finding the engine read or was told.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FindingResult {
    /// Finding id.
    pub id: FindingId,
    /// Label in the result's language.
    pub label: String,
    /// Present (true) or absent (false).
    pub present: bool,
    /// Where its state came from.
    pub origin: Origin,
}

/// A red flag that fired.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RedFlagResult {
    /// Red flag id.
    pub id: RedFlagId,
    /// What it means.
    pub label: String,
    /// What to do, with the emergency number filled in.
    pub action: String,
    /// Its level.
    pub level: Triage,
    /// Who to see (general-screen rules).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub see: Option<See>,
    /// Who to see, in the result's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub see_label: Option<String>,
    /// What the patient can do meanwhile (general-screen rules of the lower levels).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub self_care: Vec<String>,
    /// True for a rule of the general safety screen rather than the specialty KB.
    #[serde(default)]
    pub screen: bool,
}

/// A follow-up question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionResult {
    /// Question id (use it in `answers`).
    pub id: QuestionId,
    /// The question.
    pub text: String,
    /// Allowed answers.
    pub options: Vec<Answer>,
    /// True when the answer can raise a red flag.
    pub red_flag: bool,
    /// Why it is asked, in the result's language: the warning sign it checks, or the leading
    /// causes its answer tells apart.
    pub why: String,
}

/// A similar Q&A article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SimilarResult {
    /// Article id.
    pub id: ArticleId,
    /// Title in the result's language.
    pub title: String,
    /// Similarity, 0..1.
    pub score: f64,
}

/// Which screen of the interview a result's questions are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum InterviewStep {
    /// Every open warning sign, asked together ("Do you have any of these?").
    WarningSigns,
    /// A question that tells the causes apart, asked alone: the `number`th of `at_most`, a
    /// bound that never grows during one interview.
    Question {
        /// Its number among the questions asked alone (from 1).
        number: usize,
        /// How many questions are asked alone at most.
        at_most: usize,
    },
}

/// One complaint of a message that holds two or more, answered apart ([`CheckResult::complaints`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ComplaintResult {
    /// The reported findings it groups (ids of [`CheckResult::findings`]).
    pub findings: Vec<FindingId>,
    /// What it is, in the result's language: the labels of its findings.
    pub label: String,
    /// How urgent this complaint is; the check's `triage` is the most urgent of them.
    pub triage: Option<Triage>,
    /// The concrete action for its level.
    pub action: Option<String>,
    /// Its possible causes, best first (scores among this complaint's causes).
    pub conditions: Vec<ConditionResult>,
    /// The fired red flags that belong to it (ids of [`CheckResult::red_flags`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub red_flags: Vec<RedFlagId>,
}

/// The result of one check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckResult {
    /// How urgent; `null` when there is not enough to go on.
    pub triage: Option<Triage>,
    /// Possible causes, best first, only those the engine stands behind.
    pub conditions: Vec<ConditionResult>,
    /// When the message holds two or more complaints (symptoms that no one cause or warning
    /// sign explains together), each one with its own causes and level, most urgent first;
    /// empty otherwise (the one complaint is answered by `conditions` and `triage`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub complaints: Vec<ComplaintResult>,
    /// What was understood.
    pub findings: Vec<FindingResult>,
    /// Red flags that fired, most urgent first.
    pub red_flags: Vec<RedFlagResult>,
    /// The next screen of the interview: every open warning-sign question (`red_flag`), asked
    /// together, or else the questions that tell the causes apart, most telling first, of which
    /// the first is asked.
    pub questions: Vec<QuestionResult>,
    /// Which screen `questions` is; absent when there is no question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interview: Option<InterviewStep>,
    /// Similar Q&A articles.
    pub similar: Vec<SimilarResult>,
    /// A sentence for the patient: what to do, or what more to tell.
    pub message: String,
    /// The concrete action for the triage level.
    pub action: Option<String>,
    /// True when the engine is not confident about the causes.
    pub uncertain: bool,
    /// Language of the texts in this result.
    pub lang: Lang,
    /// Age used (from the request or the text).
    pub age: Option<u32>,
    /// Sex used (from the request or the text).
    pub sex: Option<Sex>,
    /// Longest duration read, in days.
    pub duration_days: Option<f64>,
    /// True when the text was longer than the engine reads.
    pub truncated: bool,
    /// The message has words in a language whose phrases this engine does not have (a bundled
    /// KB loaded in one language, see [`Engine::bundled_from`](crate::Engine::bundled_from)):
    /// add them and check again. Until then the result has no causes and no triage below
    /// emergency, only a message that says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needs_phrases: Option<Lang>,
    /// The level comes from the general safety screen and no cause of the specialty KB fits:
    /// the list of causes covers the specialty only (the message says so).
    #[serde(default)]
    pub outside_specialty: bool,
    /// When the message was not (fully) understood: the findings whose words come closest,
    /// offered as "Is it one of these?" (answer by sending the id in `picked`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suggestions: Vec<Suggestion>,
}

impl CheckResult {
    /// True when there is enough to go on to the questions or a result: a level, or a question
    /// to ask. Otherwise the patient is asked to say more ([`CheckResult::message`]).
    pub fn enough_to_go_on(&self) -> bool {
        self.triage.is_some() || !self.questions.is_empty()
    }
}

/// A finding offered when the message was not understood.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    /// Finding id (send it in `picked`).
    pub id: FindingId,
    /// Its label in the result's language.
    pub label: String,
}

/// Engine-owned sentences, per language.
pub(crate) struct Messages;

impl Messages {
    pub fn reading(lang: Lang, needed: Lang) -> &'static str {
        match (lang, needed) {
            (Lang::En, Lang::ZhTw) => "Loading the Chinese words to read your message; the result follows in a moment.",
            (Lang::En, Lang::En) => "Loading the English words to read your message; the result follows in a moment.",
            (Lang::ZhTw, Lang::En) => "正在載入英文詞彙以讀懂您的描述，結果稍後顯示。",
            (Lang::ZhTw, Lang::ZhTw) => "正在載入中文詞彙以讀懂您的描述，結果稍後顯示。",
        }
    }

    /// The other language's words could not be loaded: what was read stands, marked unsure.
    pub fn unavailable(lang: Lang, needed: Lang) -> &'static str {
        match (lang, needed) {
            (Lang::En, Lang::ZhTw) => "The Chinese words could not be loaded on this device (no connection?), so the Chinese part of your message was not read. Write it in English, or try again when you are online.",
            (Lang::En, Lang::En) => "The English words could not be loaded on this device (no connection?), so the English part of your message was not read. Try again when you are online.",
            (Lang::ZhTw, Lang::En) => "這台裝置無法載入英文詞彙（可能沒有網路），所以沒有讀到您描述中的英文部分。請改用中文描述，或連上網路後再試一次。",
            (Lang::ZhTw, Lang::ZhTw) => "這台裝置無法載入中文詞彙（可能沒有網路），所以沒有讀到您描述中的中文部分。請連上網路後再試一次。",
        }
    }

    pub fn need_more(lang: Lang) -> &'static str {
        match lang {
            Lang::En => "We could not recognise enough to go on. Please describe what you feel, where in the body, since when, and whether it comes and goes. If you feel very unwell, contact a doctor.",
            Lang::ZhTw => "目前的描述還不足以判斷。請說明您感覺到什麼、在身體哪個部位、從什麼時候開始，以及是持續還是時有時無。如果覺得非常不舒服，請直接就醫。",
        }
    }

    pub fn not_understood(lang: Lang) -> &'static str {
        match lang {
            Lang::En => "We could not tell from your words what this is, so we cannot judge it well. Is it one of the symptoms below? Tap it, or tell us more.",
            Lang::ZhTw => "我們無法從您的描述判斷這是什麼，因此難以準確評估。是下面其中一個症狀嗎？請點選，或再多描述一些。",
        }
    }

    pub fn uncertain(lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Several causes fit about equally well, so we are not sure which applies. Answering the questions below helps; a doctor can tell them apart.",
            Lang::ZhTw => "有幾種可能的原因都說得通，我們無法確定是哪一種。回答下面的問題會有幫助；醫師可以進一步分辨。",
        }
    }

    pub fn truncated(lang: Lang) -> String {
        match lang {
            Lang::En => format!("Only the first {MAX_TEXT_CHARS} characters were read."),
            Lang::ZhTw => format!("只讀取了前 {MAX_TEXT_CHARS} 個字。"),
        }
    }

    pub fn unsure_red_flag(lang: Lang) -> &'static str {
        match lang {
            Lang::En => "You were not sure about a warning sign, so we treat it as possible.",
            Lang::ZhTw => "您對某個警訊不確定，因此我們將它視為可能存在。",
        }
    }

    /// Why a question that checks a warning sign is asked.
    pub fn why_warning(lang: Lang, sign: &str) -> String {
        match lang {
            Lang::En => format!(
                "With what you described, a yes here can be a warning sign: {sign}. Warning signs are checked first."
            ),
            Lang::ZhTw => format!("依照您描述的情況，這題回答「是」可能是警訊：{sign}。警訊會最先確認。"),
        }
    }

    /// Why a question that tells the leading causes apart is asked.
    pub fn why_tells_apart(lang: Lang, fits: &str, other: Option<&str>) -> String {
        match (lang, other) {
            (Lang::En, Some(o)) => format!("Your answer helps tell {fits} apart from {o}."),
            (Lang::En, None) => format!("Your answer makes {fits} more or less likely."),
            (Lang::ZhTw, Some(o)) => format!("您的回答有助於分辨「{fits}」和「{o}」。"),
            (Lang::ZhTw, None) => format!("您的回答會讓「{fits}」的可能性變高或變低。"),
        }
    }

    pub fn outside_specialty(lang: Lang, title: &str) -> String {
        match lang {
            Lang::En => format!("This advice comes from the general safety screen. The list of possible causes covers {title} only, so none is shown for this."),
            Lang::ZhTw => format!("以上建議來自一般安全篩檢。可能原因的清單只涵蓋「{title}」，因此這裡不列出原因。"),
        }
    }

    pub fn action(level: Triage, lang: Lang, number: &str) -> String {
        match (level, lang) {
            (Triage::Emergency, Lang::En) => format!("Call {number} now or go to the nearest emergency department. Do not drive yourself."),
            (Triage::Emergency, Lang::ZhTw) => format!("請立即撥打 {number} 或前往最近的急診。請勿自行開車。"),
            (Triage::Urgent, Lang::En) => "See a doctor today or tomorrow (your GP, an urgent care clinic, or the emergency department out of hours).".to_string(),
            (Triage::Urgent, Lang::ZhTw) => "請在今天或明天就醫（家庭醫師、門診，或非門診時間前往急診）。".to_string(),
            (Triage::Soon, Lang::En) => "Book an appointment with a doctor in the coming days to weeks; sooner if it gets worse.".to_string(),
            (Triage::Soon, Lang::ZhTw) => "請在接下來幾天到幾週內預約門診；若變嚴重請提早就醫。".to_string(),
            (Triage::SelfCare, Lang::En) => "This can usually be looked after at home. See a doctor if it lasts, gets worse, or new symptoms appear.".to_string(),
            (Triage::SelfCare, Lang::ZhTw) => "通常可以先在家自我照護。若持續不好、變嚴重或出現新的症狀，請就醫。".to_string(),
        }
    }
}
