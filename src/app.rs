//! The widget's root component (first slice: describe, check, show what was understood).

use std::rc::Rc;

use symptom_engine::{CheckResult, Engine, Request};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// The widget's root component.
#[function_component(App)]
pub fn app() -> Html {
    let engine = use_memo((), |_| Engine::bundled().map(Rc::new));
    let text = use_state(String::new);
    let result = use_state(|| None::<CheckResult>);

    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            text.set(area.value());
        })
    };
    let onclick = {
        let engine = engine.clone();
        let text = text.clone();
        let result = result.clone();
        Callback::from(move |_| {
            if let Ok(engine) = engine.as_ref() {
                result.set(Some(engine.check(&Request::text(&text))));
            }
        })
    };

    let body = match engine.as_ref() {
        Err(e) => {
            html! { <p role="alert">{ format!("The knowledge base could not be loaded: {e}") }</p> }
        }
        Ok(engine) => html! {
            <>
                <h1>{ engine.kb().meta.title.en.clone() }</h1>
                <label for="sc-text">{ "Describe what you feel" }</label>
                <textarea id="sc-text" value={(*text).clone()} {oninput} />
                <button type="button" class="sc-check" {onclick}>{ "Check" }</button>
                if let Some(r) = &*result {
                    <section aria-live="polite" class="sc-result">
                        <h2>{ "What we understood" }</h2>
                        <ul class="findings">
                            { for r.findings.iter().map(|f| html! {
                                <li data-finding={f.id.clone()}>{ if f.present { f.label.clone() } else { format!("no {}", f.label) } }</li>
                            }) }
                        </ul>
                    </section>
                }
            </>
        },
    };
    html! { <main class="sc">{ body }</main> }
}

/// Mounts the widget on the page's `#symptom-checker` element (or the body).
pub fn start() {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("symptom-checker"));
    match root {
        Some(el) => yew::Renderer::<App>::with_root(el).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
