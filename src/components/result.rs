//! The result step: notes, warning signs, causes, your answers (editable), similar questions,
//! related topics, sources, the summary, and start over.

use symptom_engine::{Answer, Triage};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::causes::{causes, sources};
use super::similar::{similar, topics};
use super::summary::Summary;
use super::Ctx;
use crate::i18n::answer_words;
use crate::state::{Action, Step};

/// The answers a changed answer can take, in the order offered.
const ANSWERS: [Answer; 3] = [Answer::Yes, Answer::No, Answer::Unsure];

/// The result step.
pub fn result_view(ctx: &Ctx) -> Html {
    let s = ctx.s();
    let r = ctx.result.clone();
    // The engine's message starts with the action (shown in the banner); the rest are notes
    // (uncertain causes, an unsure warning sign, a truncated text).
    let notes = match &r.action {
        Some(a) if r.triage.is_some() => r.message.strip_prefix(a.as_str()).unwrap_or(&r.message).trim().to_string(),
        _ => String::new(),
    };
    html! {
        <section class="sc-panel sc-result" aria-label={s.result_heading}>
            if !notes.is_empty() {
                <div class={classes!("sc-note", r.uncertain.then_some("sc-uncertain"))}>
                    if r.uncertain {
                        <h3>{ s.uncertain_heading }</h3>
                    }
                    <p>{ notes }</p>
                </div>
            }
            if !r.red_flags.is_empty() {
                <section class="sc-red-flags" aria-labelledby={ctx.id("rf-h")}>
                    <h3 id={ctx.id("rf-h")}>{ s.red_flags_heading }</h3>
                    <ul>
                        { for r.red_flags.iter().map(|f| html! {
                            <li data-red-flag={f.id.to_string()} class={classes!((f.level == Triage::Emergency).then_some("sc-red-flag--emergency"))}>
                                <strong>{ f.label.clone() }</strong>
                                if Some(&f.action) != r.action.as_ref() {
                                    { " — " }{ f.action.clone() }
                                }
                                if let Some(see) = &f.see_label {
                                    <p class="sc-red-flag-see">{ s.see_who }{ ": " }{ see.clone() }</p>
                                }
                                if !f.self_care.is_empty() {
                                    <p class="sc-red-flag-care">{ s.self_care }</p>
                                    <ul class="sc-self-care">
                                        { for f.self_care.iter().map(|t| html! { <li>{ t.clone() }</li> }) }
                                    </ul>
                                }
                            </li>
                        }) }
                    </ul>
                </section>
            }
            if r.triage == Some(Triage::Emergency) {
                // An emergency: the action and its warning signs stand alone; the rest is
                // folded, one tap away.
                <details class="sc-more">
                    <summary>{ s.more_details }</summary>
                    { causes(ctx, None) }
                    { answers(ctx) }
                    { similar(ctx) }
                    { topics(ctx) }
                    { sources(ctx) }
                </details>
            } else {
                if !r.complaints.is_empty() {
                    // Two or more complaints: each answered apart, most urgent first.
                    <p class="sc-hint sc-complaints-intro">{ s.complaints_intro }{ " " }{ s.causes_intro }</p>
                    { for (0..r.complaints.len()).map(|k| html! { { causes(ctx, Some(k)) } }) }
                } else if r.triage.is_some() || !r.conditions.is_empty() {
                    { causes(ctx, None) }
                }
                { answers(ctx) }
                { similar(ctx) }
                { topics(ctx) }
                { sources(ctx) }
            }
            <Summary />
            <div class="sc-actions sc-noprint">
                <button type="button" class="sc-button sc-edit" onclick={ctx.on(Action::Go(Step::Describe))}>{ s.edit_description }</button>
                <button type="button" class="sc-button sc-start-over" onclick={ctx.on(Action::StartOver)}>{ s.start_over }</button>
            </div>
        </section>
    }
}

/// The answers given, each changeable (the result updates at once).
pub fn answers(ctx: &Ctx) -> Html {
    let s = ctx.s();
    let lang = ctx.lang();
    let history: Vec<String> = ctx.state.answered().cloned().collect();
    html! {
        <section class="sc-your-answers" aria-labelledby={ctx.id("ans-h")}>
            <h3 id={ctx.id("ans-h")}>{ s.answers_heading }</h3>
            if history.is_empty() {
                <p class="sc-hint">{ s.answers_none }</p>
            } else {
                <p class="sc-hint">{ s.answers_hint }</p>
                <ul class="sc-answer-list">
                    { for history.iter().enumerate().map(|(i, qid)| {
                        let text = ctx.engine.question_text(qid, lang).map_or_else(|| qid.clone(), str::to_string);
                        let current = ctx.state.answers.get(qid).copied();
                        let select_id = ctx.id(&format!("ans-{i}"));
                        let onchange = {
                            let st = ctx.state.clone();
                            let qid = qid.clone();
                            Callback::from(move |e: Event| {
                                let sel: HtmlSelectElement = e.target_unchecked_into();
                                let value = sel.value();
                                let a = ANSWERS.into_iter().find(|a| a.as_str() == value).unwrap_or(Answer::Unsure);
                                st.dispatch(Action::ChangeAnswer(qid.clone(), a));
                            })
                        };
                        html! {
                            <li data-question={qid.clone()}>
                                <label for={select_id.clone()}>{ text }</label>
                                <select id={select_id} {onchange}>
                                    { for ANSWERS.into_iter().map(|a| html! {
                                        <option value={a.as_str()} selected={current == Some(a)}>{ answer_words(lang, a) }</option>
                                    }) }
                                </select>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
