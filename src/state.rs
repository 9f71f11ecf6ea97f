//! The widget's state and its one reducer (the pattern of Yew's `function_todomvc`).
//!
//! The state holds only what the patient said and did: the step, the text, age and sex, the
//! findings picked, denied or ignored, the answers and the order they were given in, the
//! language and the diary. Everything medical (findings understood, triage, causes, questions)
//! is computed by the engine from [`State::request`] on every render that changes it.

use std::collections::BTreeMap;

use symptom_engine::{Answer, Lang, Request, Sex};

use crate::diary::{Diary, Entry, Notice, StoreOp};

/// Where the patient is in the flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// What this is and is not, and the emergency rule.
    Start,
    /// Free text, picker, age and sex, chips.
    Describe,
    /// Follow-up questions, one at a time.
    Questions,
    /// The result.
    Result,
}

/// The whole state.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// Current step.
    pub step: Step,
    /// What the patient wrote.
    pub text: String,
    /// Age in years, if given.
    pub age: Option<u32>,
    /// Sex, if given.
    pub sex: Option<Sex>,
    /// "I am asking for someone else" is ticked: the questions come in the third person.
    pub someone_else: bool,
    /// Finding ids picked as present.
    pub picked: Vec<String>,
    /// Finding ids marked absent.
    pub denied: Vec<String>,
    /// Finding ids read from the text that the patient removed.
    pub ignored: Vec<String>,
    /// Answers by question id.
    pub answers: BTreeMap<String, Answer>,
    /// Question ids in the order they were answered, screen by screen (a screen of warning
    /// signs answers several at once; Back undoes a screen).
    pub history: Vec<Vec<String>>,
    /// Interface and result language.
    pub lang: Lang,
    /// The diary panel is open.
    pub diary_open: bool,
    /// The diary.
    pub diary: Diary,
    /// The patient has moved between steps (focus follows only after that).
    pub navigated: bool,
}

impl State {
    /// A fresh state in `lang` with a loaded diary.
    pub fn new(lang: Lang, diary: Diary) -> State {
        State {
            step: Step::Start,
            text: String::new(),
            age: None,
            sex: None,
            someone_else: false,
            picked: Vec::new(),
            denied: Vec::new(),
            ignored: Vec::new(),
            answers: BTreeMap::new(),
            history: Vec::new(),
            lang,
            diary_open: false,
            diary,
            navigated: false,
        }
    }

    /// The engine request for this state (rebuilt for every check).
    pub fn request(&self) -> Request {
        Request {
            text: self.text.clone(),
            age: self.age,
            age_months: None,
            sex: self.sex,
            lang: Some(self.lang),
            answers: self.answers.clone(),
            picked: self.picked.clone(),
            denied: self.denied.clone(),
            ignored: self.ignored.clone(),
            unavailable: None,
            // Unticked, the text says whether it is about someone else ("my dad", 我爸爸).
            about_someone_else: self.someone_else.then_some(true),
        }
    }
}

/// Everything that can change the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Go to a step.
    Go(Step),
    /// The text changed.
    SetText(String),
    /// The age changed.
    SetAge(Option<u32>),
    /// The sex changed.
    SetSex(Option<Sex>),
    /// Ticks or unticks "I am asking for someone else".
    SetSomeoneElse(bool),
    /// A symptom was picked as present (picker).
    Pick(String),
    /// A finding chip was removed; `question` is the answered question that set it, if any.
    Remove {
        /// Finding id.
        id: String,
        /// The answered question whose finding this is.
        question: Option<String>,
    },
    /// A finding chip was flipped between present and absent.
    Flip {
        /// Finding id.
        id: String,
        /// The state it is flipped to: present (true) or absent (false).
        to_present: bool,
        /// The answered question whose finding this is.
        question: Option<String>,
    },
    /// A question was answered (interview: moves on).
    /// Answers a screen of the interview: one question, or every warning sign of the screen.
    Answer(Vec<(String, Answer)>),
    /// An answer was changed on the result page (stays there).
    ChangeAnswer(String, Answer),
    /// Back: undoes the last answer, or returns to the description.
    Back,
    /// The language changed (everything else is kept).
    SetLang(Lang),
    /// Forget everything but the language and the diary.
    StartOver,
    /// Open or close the diary panel.
    ToggleDiary(bool),
    /// The patient opts in to the diary.
    DiaryEnable,
    /// An episode is added to the diary.
    DiaryAdd(Entry),
    /// The diary's episode at this position is removed.
    DiaryRemove(usize),
    /// Everything in the diary is deleted, here and in storage.
    DiaryDeleteAll,
    /// Storage did what the diary asked ([`Diary::pending`]), with this outcome.
    DiaryStored(StoreOp, Result<(), Notice>),
}

impl State {
    /// Applies one action (pure: a diary change that must be stored waits in
    /// [`Diary::pending`] for the effect that stores it).
    pub fn apply(mut self, action: Action) -> State {
        match action {
            Action::Go(step) => {
                self.step = step;
                self.navigated = true;
                self.diary_open = false;
            }
            Action::SetText(text) => self.text = text,
            Action::SetAge(age) => self.age = age,
            Action::SetSex(sex) => self.sex = sex,
            Action::SetSomeoneElse(other) => self.someone_else = other,
            Action::Pick(id) => {
                self.denied.retain(|x| *x != id);
                self.ignored.retain(|x| *x != id);
                push_unique(&mut self.picked, id);
            }
            Action::Remove { id, question } => {
                self.picked.retain(|x| *x != id);
                self.denied.retain(|x| *x != id);
                if let Some(q) = question {
                    self.answers.remove(&q);
                    self.forget(&q);
                }
                // Ignoring only affects what was read from the text, so it is always safe.
                push_unique(&mut self.ignored, id);
            }
            Action::Flip { id, to_present, question } => match question.filter(|q| self.answers.contains_key(q)) {
                Some(q) => {
                    self.answers.insert(q, if to_present { Answer::Yes } else { Answer::No });
                }
                None => {
                    self.picked.retain(|x| *x != id);
                    self.denied.retain(|x| *x != id);
                    self.ignored.retain(|x| *x != id);
                    if to_present {
                        self.picked.push(id);
                    } else {
                        self.denied.push(id);
                    }
                }
            },
            Action::Answer(screen) => {
                for (q, _) in &screen {
                    self.forget(q);
                }
                self.history.push(screen.iter().map(|(q, _)| q.clone()).collect());
                self.answers.extend(screen);
                self.step = Step::Questions;
                self.navigated = true;
            }
            Action::ChangeAnswer(q, a) => {
                self.answers.insert(q.clone(), a);
                if !self.answered().any(|x| *x == q) {
                    self.history.push(vec![q]);
                }
            }
            Action::Back => {
                self.navigated = true;
                match self.history.pop() {
                    Some(screen) => {
                        for q in screen {
                            self.answers.remove(&q);
                        }
                        self.step = Step::Questions;
                    }
                    None => self.step = Step::Describe,
                }
            }
            Action::SetLang(lang) => self.lang = lang,
            Action::StartOver => {
                let diary = std::mem::take(&mut self.diary);
                self = State { step: Step::Describe, navigated: true, ..State::new(self.lang, diary) };
            }
            Action::ToggleDiary(open) => {
                self.diary_open = open;
                self.navigated = true;
            }
            Action::DiaryEnable => self.diary.enable(),
            Action::DiaryAdd(entry) => self.diary.add(entry),
            Action::DiaryRemove(index) => self.diary.remove(index),
            Action::DiaryDeleteAll => self.diary.delete_all(),
            Action::DiaryStored(op, outcome) => self.diary.stored(op, outcome),
        }
        self
    }
}

impl State {
    /// The questions answered, in the order they were answered.
    pub fn answered(&self) -> impl Iterator<Item = &String> {
        self.history.iter().flatten()
    }

    /// Takes question `q` out of the history (a screen left empty goes).
    fn forget(&mut self, q: &str) {
        for screen in &mut self.history {
            screen.retain(|x| x != q);
        }
        self.history.retain(|s| !s.is_empty());
    }
}

fn push_unique(list: &mut Vec<String>, id: String) {
    if !list.contains(&id) {
        list.push(id);
    }
}

#[cfg(target_arch = "wasm32")]
impl yew::Reducible for State {
    type Action = Action;

    fn reduce(self: std::rc::Rc<Self>, action: Action) -> std::rc::Rc<Self> {
        std::rc::Rc::new((*self).clone().apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> State {
        State::new(Lang::En, Diary::default())
    }

    #[test]
    fn flipping_a_text_finding_denies_it_and_flipping_back_picks_it() {
        let s = state().apply(Action::Flip { id: "a".into(), to_present: false, question: None });
        assert_eq!(s.denied, ["a"]);
        let s = s.apply(Action::Flip { id: "a".into(), to_present: true, question: None });
        assert!(s.denied.is_empty());
        assert_eq!(s.picked, ["a"]);
    }

    #[test]
    fn removing_an_answered_finding_forgets_the_answer() {
        let s = state().apply(Action::Answer(vec![("q1".into(), Answer::Yes)]));
        let s = s.apply(Action::Remove { id: "f".into(), question: Some("q1".into()) });
        assert!(s.answers.is_empty());
        assert!(s.history.is_empty());
        assert_eq!(s.ignored, ["f"]);
    }

    #[test]
    fn back_undoes_the_last_answer_then_returns_to_the_description() {
        let s = state()
            .apply(Action::Answer(vec![("q1".into(), Answer::No)]))
            .apply(Action::Answer(vec![("q2".into(), Answer::Unsure)]));
        let s = s.apply(Action::Back);
        assert_eq!(s.answered().collect::<Vec<_>>(), ["q1"]);
        assert!(!s.answers.contains_key("q2"));
        let s = s.apply(Action::Back).apply(Action::Back);
        assert_eq!(s.step, Step::Describe);
    }

    #[test]
    fn a_screen_of_warning_signs_is_answered_and_undone_at_once() {
        let s = state()
            .apply(Action::Answer(vec![("s1".into(), Answer::No), ("s2".into(), Answer::Yes)]))
            .apply(Action::Answer(vec![("q1".into(), Answer::No)]));
        assert_eq!(s.answered().collect::<Vec<_>>(), ["s1", "s2", "q1"]);
        let s = s.apply(Action::Back);
        assert_eq!(s.history, [["s1", "s2"]]);
        let s = s.apply(Action::Back);
        assert!(s.answers.is_empty() && s.history.is_empty());
        assert_eq!(s.step, Step::Questions);
    }

    #[test]
    fn the_request_carries_everything_and_language_switch_keeps_it() {
        let s = state()
            .apply(Action::SetText("lip twitch".into()))
            .apply(Action::SetAge(Some(45)))
            .apply(Action::Pick("x".into()))
            .apply(Action::SetLang(Lang::ZhTw));
        let r = s.request();
        assert_eq!(r.text, "lip twitch");
        assert_eq!(r.age, Some(45));
        assert_eq!(r.picked, ["x"]);
        assert_eq!(r.lang, Some(Lang::ZhTw));
        // Unticked, the text says who it is about; ticked, the request does.
        assert_eq!(r.about_someone_else, None);
        assert_eq!(s.apply(Action::SetSomeoneElse(true)).request().about_someone_else, Some(true));
    }

    #[test]
    fn start_over_keeps_language_and_diary() {
        let mut s = state().apply(Action::SetLang(Lang::ZhTw)).apply(Action::SetText("x".into()));
        s.diary.enabled = true;
        let s = s.apply(Action::StartOver);
        assert_eq!(s.lang, Lang::ZhTw);
        assert!(s.diary.enabled);
        assert!(s.text.is_empty());
        assert_eq!(s.step, Step::Describe);
    }
}
