//! Component tests of the widget in headless Chromium (`wasm-bindgen-test`).
#![cfg(target_arch = "wasm32")]

use symptom_checker::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

fn mount() -> web_sys::Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    yew::Renderer::<App>::with_root(div.clone()).render();
    div
}

fn typed(root: &web_sys::Element, text: &str) {
    let area: HtmlTextAreaElement = root.query_selector("textarea").unwrap().unwrap().dyn_into().unwrap();
    area.set_value(text);
    let ev = web_sys::InputEvent::new("input").unwrap();
    area.dispatch_event(&ev).unwrap();
}

#[wasm_bindgen_test]
async fn typing_a_message_echoes_the_recognised_symptoms() {
    let root = mount();
    yew::scheduler::flush().await;
    typed(&root, "My left eyelid has been twitching for four days");
    yew::scheduler::flush().await;
    let button: HtmlElement = root.query_selector("button.sc-check").unwrap().unwrap().dyn_into().unwrap();
    button.click();
    yew::scheduler::flush().await;
    let items = root.query_selector_all(".findings li").unwrap();
    assert!(items.length() >= 1, "no finding shown");
    let html = root.inner_html();
    assert!(html.contains("data-finding=\"eyelid_twitch\""), "{html}");
}
