//! Chips: what the engine understood (`CheckResult.findings`), present or absent, each of which
//! can be flipped ("I have it" / "I don't") or removed.

use symptom_engine::contract::Origin;
use yew::prelude::*;

use super::Ctx;
use crate::i18n::fill;
use crate::state::Action;
use crate::summary::absent_label;

/// The chips of understood findings.
pub fn chips(ctx: &Ctx) -> Html {
    let s = ctx.s();
    let lang = ctx.lang();
    // A finding whose label has not arrived yet (it comes with the `-more` files once Start is
    // pressed) gets its chip when it does.
    let findings = &ctx.result.findings;
    let items = findings.iter().filter(|f| !f.label.is_empty()).map(|f| {
        let question = ctx.answered_question_for(f.id.as_str());
        let shown = if f.present { f.label.clone() } else { absent_label(lang, &f.label) };
        let origin = match f.origin {
            Origin::Text => s.origin_text,
            Origin::Derived => s.origin_derived,
            Origin::Answer => s.origin_answer,
        };
        let flip_label = if f.present { fill(s.chip_flip_to_absent, &[("label", &f.label)]) } else { fill(s.chip_flip_to_present, &[("label", &f.label)]) };
        let flip = ctx.on(Action::Flip { id: f.id.0.clone(), to_present: !f.present, question: question.clone() });
        let remove = ctx.on(Action::Remove { id: f.id.0.clone(), question });
        let state_class = if f.present { "sc-chip--present" } else { "sc-chip--absent" };
        html! {
            <li class={classes!("sc-chip", state_class)} data-finding={f.id.to_string()} data-present={f.present.to_string()}>
                <span class="sc-chip-mark" aria-hidden="true">{ if f.present { "✓" } else { "✕" } }</span>
                <span class="sc-chip-label">{ shown }</span>
                <span class="sc-chip-origin">{ format!("({origin})") }</span>
                <button type="button" class="sc-chip-button sc-chip-flip" aria-label={flip_label} onclick={flip}>
                    { if f.present { s.chip_have_not } else { s.chip_have } }
                </button>
                if f.origin != Origin::Derived {
                    <button type="button" class="sc-chip-button sc-chip-remove" aria-label={fill(s.chip_remove, &[("label", &f.label)])} onclick={remove}>
                        <span aria-hidden="true">{ "×" }</span>
                    </button>
                }
            </li>
        }
    });
    html! {
        <section class="sc-chips" aria-labelledby={ctx.id("chips-h")}>
            <h3 id={ctx.id("chips-h")}>{ s.chips_heading }</h3>
            <div aria-live="polite">
                if findings.is_empty() {
                    <p class="sc-hint sc-chips-empty">{ s.chips_empty }</p>
                } else {
                    <p class="sc-hint">{ s.chips_hint }</p>
                    <ul class="sc-chip-list">{ for items }</ul>
                }
            </div>
        </section>
    }
}
