//! "Take it to the doctor": print and copy a plain-text summary generated on this device.

use yew::prelude::*;

use super::use_ctx;
use crate::summary::{summary, SummaryInput};

/// The summary actions, the text (for copying by hand), and a print-only copy.
#[function_component(Summary)]
pub fn summary_view() -> Html {
    let ctx = use_ctx();
    let s = ctx.s();
    let status = use_state(|| None::<bool>);
    let answers = ctx
        .state
        .answered()
        .filter_map(|q| Some((ctx.engine.question_text(q, ctx.lang())?.to_string(), *ctx.state.answers.get(q)?)))
        .collect();
    let date = crate::web::today();
    let text =
        summary(&SummaryInput { lang: ctx.lang(), date: &date, text: &ctx.state.text, result: &ctx.result, answers });
    let oncopy = {
        let text = text.clone();
        let status = status.clone();
        Callback::from(move |_| {
            let text = text.clone();
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = crate::web::copy_text(&text).await;
                status.set(Some(ok));
            });
        })
    };
    let onprint = Callback::from(|_| crate::web::print());
    html! {
        <section class="sc-summary" aria-labelledby={ctx.id("sum-h")}>
            <h3 id={ctx.id("sum-h")}>{ s.summary_heading }</h3>
            <div class="sc-actions sc-noprint">
                <button type="button" class="sc-button sc-print-button" onclick={onprint}>{ s.print_summary }</button>
                <button type="button" class="sc-button sc-copy-button" onclick={oncopy}>{ s.copy_summary }</button>
            </div>
            <p class="sc-copy-status" role="status">
                { match *status { Some(true) => s.copied, Some(false) => s.copy_failed, None => "" } }
            </p>
            <details class="sc-summary-details sc-noprint" open={*status == Some(false)}>
                <summary>{ s.summary_title }</summary>
                <pre class="sc-summary-text" tabindex="0" aria-label={s.summary_title}>{ text.clone() }</pre>
            </details>
            <pre class="sc-print-only sc-print-summary" aria-hidden="true">{ text }</pre>
        </section>
    }
}
