//! "Take it to the doctor": print a summary page (headings, the level first, the clinic) and
//! copy its plain text, both generated on this device.

use yew::prelude::*;

use super::use_ctx;
use crate::summary::{summary, summary_parts, Part, SummaryInput};

/// The summary actions, the text (for copying by hand), and the page that is printed.
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
    let input = SummaryInput {
        lang: ctx.lang(),
        date: &date,
        text: &ctx.state.text,
        result: &ctx.result,
        answers,
        clinic: ctx.clinic.as_deref(),
    };
    let text = summary(&input);
    let page = summary_parts(&input).into_iter().map(|(part, line)| match part {
        Part::Title => html! { <h2>{ line }</h2> },
        Part::Level => html! { <p class="sc-print-level">{ line }</p> },
        Part::Heading => html! { <h3>{ line }</h3> },
        Part::Line => html! { <p>{ line }</p> },
    });
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
                <pre class="sc-summary-text" tabindex="0" aria-label={s.summary_title}>{ text }</pre>
            </details>
            <div class="sc-print-only sc-print-summary" aria-hidden="true">{ for page }</div>
        </section>
    }
}
