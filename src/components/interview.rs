//! The interview, a screen at a time as the engine offers it: every open warning sign together
//! ("Do you have any of these?", tick the ones you have, or "None of these"), then the few
//! questions that tell the causes apart, one at a time with yes / no / not sure and "Question
//! n of at most m"; Back undoes a screen.

use symptom_engine::contract::{InterviewStep, QuestionResult};
use symptom_engine::Answer;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

use super::{use_ctx, use_focus_when, Ctx};
use crate::i18n::{answer_words, fill};
use crate::state::{Action, Step};

/// The question step (the root shows the result instead when there is no question left).
#[function_component(Interview)]
pub fn interview() -> Html {
    let ctx = use_ctx();
    let s = ctx.s();
    let heading = use_node_ref();
    let list = use_node_ref();
    let questions = ctx.result.questions.clone();
    use_focus_when(heading.clone(), ctx.state.navigated, questions.first().map(|q| q.id.clone()));
    let (Some(step), Some(first)) = (ctx.result.interview, questions.first()) else {
        return html! {};
    };
    let (progress, bar, body) = match step {
        InterviewStep::WarningSigns => (s.signs_step.to_string(), html! {}, signs(&ctx, &questions, &heading, &list)),
        InterviewStep::Question { number, at_most } => (
            fill(s.question_progress, &[("n", &number.to_string()), ("max", &at_most.to_string())]),
            html! {
                <progress class="sc-progress-bar" max={at_most.to_string()} value={number.to_string()} aria-labelledby={ctx.id("q-progress")}></progress>
            },
            one(&ctx, first, &heading),
        ),
    };
    html! {
        <section class="sc-panel sc-interview" aria-labelledby={ctx.id("q-h")}>
            <h2 class="sc-visually-hidden">{ s.questions_heading }</h2>
            <p class="sc-progress" id={ctx.id("q-progress")}>{ progress }</p>
            { bar }
            { body }
            <div class="sc-actions">
                <button type="button" class="sc-button sc-back" onclick={ctx.on(Action::Back)}>{ s.back }</button>
                <button type="button" class="sc-button sc-link-button sc-skip" onclick={ctx.on(Action::Go(Step::Result))}>{ s.skip_to_result }</button>
            </div>
        </section>
    }
}

/// Why a question is asked, folded.
fn why(label: &str, q: &QuestionResult) -> Html {
    if q.why.is_empty() {
        return html! {};
    }
    html! {
        <details class="sc-why">
            <summary>{ label.to_string() }</summary>
            <p>{ q.why.clone() }</p>
        </details>
    }
}

/// A question asked alone: yes / no / not sure.
fn one(ctx: &Ctx, q: &QuestionResult, heading: &NodeRef) -> Html {
    let s = ctx.s();
    let lang = ctx.lang();
    // A KB question always offers at least one answer (the KB's validation says so).
    let buttons = q.options.iter().copied().map(|a| {
        let class = match a {
            Answer::Yes => "sc-answer-yes",
            Answer::No => "sc-answer-no",
            Answer::Unsure => "sc-answer-unsure",
        };
        html! {
            <button type="button" class={classes!("sc-button", "sc-answer", class)} onclick={ctx.on(Action::Answer(vec![(q.id.0.clone(), a)]))}>
                { answer_words(lang, a) }
            </button>
        }
    });
    html! {
        <div class="sc-question" role="group" aria-labelledby={ctx.id("q-h")} data-question={q.id.to_string()}>
            <h3 id={ctx.id("q-h")} class="sc-question-text" ref={heading.clone()} tabindex="-1">{ q.text.clone() }</h3>
            if q.red_flag {
                <p class="sc-question-warning">
                    <span class="sc-strip-icon" aria-hidden="true">{ "!" }</span>
                    { s.question_warning }
                </p>
            }
            { why(s.why_asked, q) }
            <div class="sc-answers">{ for buttons }</div>
        </div>
    }
}

/// Every open warning sign on one screen: tick the ones you have (or are not sure about); the
/// others are answered "no", and "None of these" answers them all "no". The ticks are read from
/// the checkboxes when the screen is sent (each sign's row is keyed by its question, so a new
/// screen starts with nothing ticked).
fn signs(ctx: &Ctx, questions: &[QuestionResult], heading: &NodeRef, list: &NodeRef) -> Html {
    let s = ctx.s();
    let send = |read_ticks: bool| {
        let (state, list) = (ctx.state.clone(), list.clone());
        let ids: Vec<String> = questions.iter().map(|q| q.id.0.clone()).collect();
        Callback::from(move |_: MouseEvent| {
            let ticked = |id: &str| {
                read_ticks
                    && list
                        .cast::<Element>()
                        .and_then(|ul| ul.query_selector(&format!("li[data-question=\"{id}\"] input")).ok().flatten())
                        .and_then(|i| i.dyn_into::<HtmlInputElement>().ok())
                        .is_some_and(|i| i.checked())
            };
            let screen = ids.iter().map(|id| (id.clone(), if ticked(id) { Answer::Yes } else { Answer::No })).collect();
            state.dispatch(Action::Answer(screen));
        })
    };
    let first = questions.first().map(|q| q.id.to_string()).unwrap_or_default();
    html! {
        <div class="sc-question sc-signs" role="group" aria-labelledby={ctx.id("q-h")} data-question={first}>
            <h3 id={ctx.id("q-h")} class="sc-question-text" ref={heading.clone()} tabindex="-1">{ s.signs_heading }</h3>
            <p class="sc-question-warning">
                <span class="sc-strip-icon" aria-hidden="true">{ "!" }</span>
                { s.signs_hint }
            </p>
            <ul class="sc-sign-list" ref={list.clone()}>
                { for questions.iter().map(|q| {
                    let id = q.id.to_string();
                    let input_id = ctx.id(&format!("sign-{id}"));
                    html! {
                        <li class="sc-sign" key={id.clone()} data-question={id}>
                            <input type="checkbox" id={input_id.clone()} />
                            <label for={input_id}>{ q.text.clone() }</label>
                            { why(s.why_asked, q) }
                        </li>
                    }
                }) }
            </ul>
            <div class="sc-answers">
                <button type="button" class="sc-button sc-answer sc-answer-no sc-signs-none" onclick={send(false)}>{ s.signs_none }</button>
                <button type="button" class="sc-button sc-answer sc-signs-continue" onclick={send(true)}>{ s.signs_continue }</button>
            </div>
        </div>
    }
}
