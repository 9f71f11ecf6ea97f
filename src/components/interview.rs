//! The interview: the engine's most important next question, one at a time, with yes / no /
//! not sure, Back, and progress.

use symptom_engine::Answer;
use yew::prelude::*;

use super::{use_ctx, use_focus_when};
use crate::i18n::{answer_words, fill};
use crate::state::{Action, Step};

/// The question step (the root shows the result instead when there is no question left).
#[function_component(Interview)]
pub fn interview() -> Html {
    let ctx = use_ctx();
    let s = ctx.s();
    let lang = ctx.lang();
    let heading = use_node_ref();
    let question = ctx.result.questions.first().cloned();
    use_focus_when(heading.clone(), ctx.state.navigated, question.as_ref().map(|q| q.id.clone()));
    let Some(q) = question else {
        return html! {};
    };
    let n = ctx.state.history.len() + 1;
    // The engine offers no more questions than the interview has left.
    let max = ctx.state.history.len() + ctx.result.questions.len();
    // A KB question always offers at least one answer (the KB's validation says so).
    let buttons = q.options.iter().copied().map(|a| {
        let class = match a {
            Answer::Yes => "sc-answer-yes",
            Answer::No => "sc-answer-no",
            Answer::Unsure => "sc-answer-unsure",
        };
        html! {
            <button type="button" class={classes!("sc-button", "sc-answer", class)} onclick={ctx.on(Action::Answer(q.id.0.clone(), a))}>
                { answer_words(lang, a) }
            </button>
        }
    });
    html! {
        <section class="sc-panel sc-interview" aria-labelledby={ctx.id("q-h")}>
            <h2 class="sc-visually-hidden">{ s.questions_heading }</h2>
            <p class="sc-progress" id={ctx.id("q-progress")}>{ fill(s.question_progress, &[("n", &n.to_string()), ("max", &max.to_string())]) }</p>
            <progress class="sc-progress-bar" max={max.to_string()} value={n.to_string()} aria-labelledby={ctx.id("q-progress")}></progress>
            <div class="sc-question" role="group" aria-labelledby={ctx.id("q-h")} data-question={q.id.to_string()}>
                <h3 id={ctx.id("q-h")} class="sc-question-text" ref={heading} tabindex="-1">{ q.text.clone() }</h3>
                if q.red_flag {
                    <p class="sc-question-warning">
                        <span class="sc-strip-icon" aria-hidden="true">{ "!" }</span>
                        { s.question_warning }
                    </p>
                }
                if !q.why.is_empty() {
                    <details class="sc-why">
                        <summary>{ s.why_asked }</summary>
                        <p>{ q.why.clone() }</p>
                    </details>
                }
                <div class="sc-answers">{ for buttons }</div>
            </div>
            <div class="sc-actions">
                <button type="button" class="sc-button sc-back" onclick={ctx.on(Action::Back)}>{ s.back }</button>
                <button type="button" class="sc-button sc-link-button sc-skip" onclick={ctx.on(Action::Go(Step::Result))}>{ s.skip_to_result }</button>
            </div>
        </section>
    }
}
