//! "Is it one of these?": when the engine could not read (enough of) the message, the findings
//! whose labels come closest to its words (`CheckResult.suggestions`), each one tap to add.

use yew::prelude::*;

use super::Ctx;
use crate::state::Action;

/// The closest findings, as buttons that pick them.
pub fn suggestions(ctx: &Ctx) -> Html {
    let s = ctx.s();
    let found = &ctx.result.suggestions;
    let items = found.iter().filter(|f| !f.label.is_empty()).map(|f| {
        html! {
            <li><button type="button" class="sc-chip-button sc-suggestion" data-finding={f.id.to_string()}
                onclick={ctx.on(Action::Pick(f.id.0.clone()))}>{ f.label.clone() }</button></li>
        }
    });
    html! {
        <div class="sc-suggestions-region" aria-live="polite">
            if !found.is_empty() && !ctx.state.text.trim().is_empty() {
                <section class="sc-suggestions" aria-labelledby={ctx.id("suggest-h")}>
                    <h3 id={ctx.id("suggest-h")}>{ s.suggest_heading }</h3>
                    <p class="sc-hint">{ s.suggest_hint }</p>
                    <ul class="sc-suggestion-list">{ for items }</ul>
                </section>
            }
        </div>
    }
}
