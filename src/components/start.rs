//! The start step: the emergency rule with the clinic's number first (the call link is the
//! strip's, above it), then what this is and is not, the KB's disclaimer and the privacy promise.

use yew::prelude::*;

use super::{use_ctx, use_focus_when};
use crate::i18n::fill;
use crate::state::{Action, Step};

/// The start step.
#[function_component(Start)]
pub fn start() -> Html {
    let ctx = use_ctx();
    let s = ctx.s();
    let lang = ctx.lang();
    let kb = ctx.kb();
    let heading = use_node_ref();
    use_focus_when(heading.clone(), ctx.state.navigated, ());
    // The screen's labels arrive with its -more file after Start: a sign without one is not listed.
    let signs = ctx.engine.emergency_signs(lang);
    let number = ctx.number.to_string();
    html! {
        <section class="sc-panel sc-start" aria-labelledby={ctx.id("start-h")}>
            <div class="sc-emergency-rule">
                <p class="sc-emergency-rule-text">
                    <strong>{ fill(s.start_emergency_rule, &[("number", &number)]) }</strong>
                </p>
                if !signs.is_empty() {
                    <details class="sc-signs">
                        <summary>{ s.start_signs }</summary>
                        <ul>{ for signs.iter().map(|l| html! { <li>{ l.to_string() }</li> }) }</ul>
                    </details>
                }
            </div>
            <h2 id={ctx.id("start-h")} ref={heading} tabindex="-1">{ s.start_heading }</h2>
            <p>{ s.start_is }</p>
            <p><strong>{ s.start_is_not }</strong></p>
            <p class="sc-disclaimer">{ lang.pick(&kb.meta.disclaimer).to_string() }</p>
            <p class="sc-privacy">{ s.start_privacy }</p>
            <div class="sc-actions">
                <button type="button" class="sc-button sc-primary sc-start-button" onclick={ctx.on(Action::Go(Step::Describe))}>
                    { s.start_button }
                </button>
            </div>
        </section>
    }
}
