//! The describe step: free text with examples, what was understood (chips), the closest
//! findings when the words were not understood, the symptom picker, and age and sex.

use symptom_engine::{Sex, Triage};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::chips::chips;
use super::picker::Picker;
use super::suggestions::suggestions;
use super::{use_ctx, use_focus_when};
use crate::i18n::{fill, triage_words};
use crate::links::tel_href;
use crate::state::{Action, Step};

/// The describe step.
#[function_component(Describe)]
pub fn describe() -> Html {
    let ctx = use_ctx();
    let s = ctx.s();
    let state = &ctx.state;
    let heading = use_node_ref();
    use_focus_when(heading.clone(), state.navigated, ());
    // The engine's "tell us more" message, shown when Continue finds nothing to go on.
    let need_more = use_state(|| false);

    let oninput = {
        let st = state.clone();
        let need_more = need_more.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            need_more.set(false);
            st.dispatch(Action::SetText(area.value()));
        })
    };
    let onage = {
        let st = state.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let age = input.value().trim().parse::<u32>().ok().filter(|a| *a <= 130);
            st.dispatch(Action::SetAge(age));
        })
    };
    let onother = {
        let st = state.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            st.dispatch(Action::SetSomeoneElse(input.checked()));
        })
    };
    let onsex = {
        let st = state.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let sex = match select.value().as_str() {
                "female" => Some(Sex::Female),
                "male" => Some(Sex::Male),
                _ => None,
            };
            st.dispatch(Action::SetSex(sex));
        })
    };
    let oncontinue = {
        let st = state.clone();
        let result = ctx.result.clone();
        let need_more = need_more.clone();
        Callback::from(move |_| {
            if result.enough_to_go_on() {
                st.dispatch(Action::Go(Step::Questions));
            } else {
                need_more.set(true);
            }
        })
    };
    let examples = s.examples.iter().map(|ex| {
        let st = state.clone();
        let text = ex.to_string();
        let onclick = Callback::from(move |_| st.dispatch(Action::SetText(text.clone())));
        html! {
            <li><button type="button" class="sc-link-button sc-example" {onclick}>
                <span class="sc-visually-hidden">{ s.use_example }{ ": " }</span>{ *ex }
            </button></li>
        }
    });
    let sex = match state.sex {
        Some(Sex::Female) => "female",
        Some(Sex::Male) => "male",
        None => "",
    };
    html! {
        <section class="sc-panel sc-describe" aria-labelledby={ctx.id("describe-h")}>
            <h2 id={ctx.id("describe-h")} ref={heading} tabindex="-1">{ s.describe_heading }</h2>
            // Before the text box, so that Continue stays three Tab presses after it.
            <p class="sc-someone-else">
                <input type="checkbox" id={ctx.id("other")} checked={state.someone_else} onchange={onother} />
                <label for={ctx.id("other")}>{ s.someone_else }</label>
            </p>
            <label for={ctx.id("text")}>{ s.describe_label }</label>
            <p id={ctx.id("text-hint")} class="sc-hint">{ s.describe_hint }</p>
            <textarea
                id={ctx.id("text")}
                class="sc-text"
                rows="5"
                aria-describedby={ctx.id("text-hint")}
                value={state.text.clone()}
                {oninput}
            />
            // An emergency stays next to where the patient is typing, whatever the width (the
            // banner at the top, in the live region, announces it once).
            if ctx.result.triage == Some(Triage::Emergency) {
                <div class="sc-inline-emergency" data-triage="emergency">
                    <p>
                        <strong>{ triage_words(ctx.lang(), Triage::Emergency) }</strong>
                        { " " }
                        { ctx.result.action.clone().unwrap_or_default() }
                    </p>
                    <p><a class="sc-call sc-call--big" href={tel_href(&ctx.number)}>{ fill(s.call_number, &[("number", &ctx.number)]) }</a></p>
                </div>
            }
            // Where the patient types: the engine reads only the first MAX_TEXT_CHARS characters.
            <div aria-live="polite">
                if ctx.result.truncated {
                    <p class="sc-notice sc-notice--warning sc-text-cut">{ s.truncated }</p>
                }
            </div>
            <fieldset class="sc-about">
                <legend>{ s.about_heading }</legend>
                <div class="sc-field">
                    <label for={ctx.id("age")}>{ s.age_label }</label>
                    <input
                        id={ctx.id("age")}
                        class="sc-age"
                        type="number"
                        inputmode="numeric"
                        min="0"
                        max="130"
                        aria-describedby={ctx.id("age-hint")}
                        value={state.age.map(|a| a.to_string()).unwrap_or_default()}
                        oninput={onage}
                    />
                    <p id={ctx.id("age-hint")} class="sc-hint">{ s.age_hint }</p>
                </div>
                <div class="sc-field">
                    <label for={ctx.id("sex")}>{ s.sex_label }</label>
                    <select id={ctx.id("sex")} class="sc-sex" onchange={onsex}>
                        <option value="" selected={sex.is_empty()}>{ s.sex_unset }</option>
                        <option value="female" selected={sex == "female"}>{ s.sex_female }</option>
                        <option value="male" selected={sex == "male"}>{ s.sex_male }</option>
                    </select>
                </div>
            </fieldset>
            <div class="sc-need-more-region" aria-live="polite">
                if *need_more {
                    <p class="sc-notice sc-need-more">{ ctx.result.message.clone() }</p>
                }
            </div>
            // Continue comes right after what the patient fills in (text, age, sex): three Tab
            // presses from the text box; what was understood and the picker follow.
            <div class="sc-actions sc-actions--continue">
                <button type="button" class="sc-button sc-primary sc-continue" onclick={oncontinue}>{ s.continue_button }</button>
            </div>
            <details class="sc-examples">
                <summary>{ s.describe_examples }</summary>
                <ul>{ for examples }</ul>
            </details>
            { chips(&ctx) }
            { suggestions(&ctx) }
            <Picker />
            <div class="sc-actions">
                <button type="button" class="sc-button sc-back" onclick={ctx.on(Action::Go(Step::Start))}>{ s.back }</button>
            </div>
        </section>
    }
}
