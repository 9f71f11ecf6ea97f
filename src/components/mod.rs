//! The widget's components, one small module each: function components where they keep state
//! or use hooks, plain functions of the shared [`Ctx`] otherwise (each function component costs
//! the page about 0.4 KB gzipped). They read the [`Ctx`] (state handle, engine, current result,
//! emergency number, clinic) and dispatch [`crate::state::Action`]s; none of them decides
//! anything medical.

pub mod causes;
pub mod chips;
pub mod describe;
pub mod diary;
pub mod icons;
pub mod interview;
pub mod lang_switch;
pub mod picker;
pub mod result;
pub mod similar;
pub mod start;
pub mod suggestions;
pub mod summary;
pub mod triage_banner;

use std::rc::Rc;

use symptom_engine::schema::KnowledgeBase;
use symptom_engine::{CheckResult, Engine, Lang};
use yew::prelude::*;

use crate::i18n::{t, Strings};
use crate::state::{Action, State};

/// What every component can read.
#[derive(Clone)]
pub struct Ctx {
    /// The state and its dispatcher.
    pub state: UseReducerHandle<State>,
    /// The language shown: the patient's choice once its KB file is there (until then, the
    /// language of the file in use, so that a switch never shows a page of two languages).
    pub lang: Lang,
    /// The engine (KB compiled).
    pub engine: Rc<Engine>,
    /// The engine's result for the current state.
    pub result: Rc<CheckResult>,
    /// The emergency number in use.
    pub number: Rc<str>,
    /// A prefix that keeps element ids unique when several widgets share a page.
    pub uid: Rc<str>,
    /// The clinic's name and number for the summary, when the page gives them.
    pub clinic: Option<AttrValue>,
}

impl PartialEq for Ctx {
    fn eq(&self, other: &Self) -> bool {
        self.state == other.state
            && self.lang == other.lang
            && Rc::ptr_eq(&self.engine, &other.engine)
            && Rc::ptr_eq(&self.result, &other.result)
            && self.number == other.number
            && self.uid == other.uid
            && self.clinic == other.clinic
    }
}

impl Ctx {
    /// The interface language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The interface strings.
    pub fn s(&self) -> &'static Strings {
        t(self.lang)
    }

    /// The KB.
    pub fn kb(&self) -> &KnowledgeBase {
        self.engine.kb()
    }

    /// A unique element id.
    pub fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.uid)
    }

    /// Dispatches an action.
    pub fn dispatch(&self, action: Action) {
        self.state.dispatch(action);
    }

    /// A callback that dispatches a fixed action.
    pub fn on(&self, action: Action) -> Callback<MouseEvent> {
        let state = self.state.clone();
        Callback::from(move |_| state.dispatch(action.clone()))
    }

    /// The answered question whose finding is `finding`, if any.
    pub fn answered_question_for(&self, finding: &str) -> Option<String> {
        self.engine.answered_question_for(finding, &self.state.answers).map(|q| q.0)
    }
}

/// Reads the context (always provided by [`crate::App`]).
#[hook]
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().expect("the widget's context is provided by App")
}

/// Focuses `node` when `when` becomes true (used for the heading of a new step).
#[hook]
pub fn use_focus_when<T: PartialEq + Clone + 'static>(node: NodeRef, when: bool, key: T) {
    use_effect_with((when, key), move |(when, _)| {
        if *when {
            crate::web::focus(&node);
        }
    });
}
