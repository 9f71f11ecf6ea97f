//! Component tests of the widget in headless Chromium (`wasm-bindgen-test`).
//!
//! Each test mounts the whole widget on a fresh element with a small fixture KB
//! (`tests/fixtures/kb.json`, so the tests do not depend on the shipped KB's content) and its
//! own diary storage key, drives it through the DOM like a patient, and asserts what is shown.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use symptom_checker::diary::{store, Notice};
use symptom_checker::{App, Config};
use symptom_engine::Triage;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement, InputEvent,
    InputEventInit,
};
use yew::{AttrValue, Callback};

wasm_bindgen_test_configure!(run_in_browser);

const KB: &str = include_str!("fixtures/kb.json");

/// A general screen with no rules.
const NO_SCREEN: &str = r#"{"meta":{"id":"none","version":"0","title":{},"last_reviewed":"2026-01-01","sources":[]},"findings":[],"red_flags":[]}"#;

/// The bundled general screen, as a host that inlines it.
fn with_screen(config: Config) -> Config {
    Config { screen_json: Some(Rc::from(symptom_engine::BUNDLED_SCREEN)), ..config }
}

fn config(key: &str) -> Config {
    Config {
        lang: Some(AttrValue::from("en")),
        kb_json: Some(Rc::from(KB)),
        // The bundled KB (used when the clinic KB fails), as a host that inlines it.
        bundled_json: Some(Rc::from(symptom_engine::BUNDLED_CORE)),
        // An empty general screen, as a host that inlines it: these tests are about the widget,
        // on the small KB of tests/fixtures; the screen's own tests give the real one.
        screen_json: Some(Rc::from(NO_SCREEN)),
        storage_key: Some(AttrValue::from(format!("sc-test.{key}"))),
        ..Config::default()
    }
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

async fn mount(config: Config) -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    yew::Renderer::<App>::with_root_and_props(div.clone(), config).render();
    settle().await;
    div
}

/// Lets Yew render, and lets promises (clipboard) resolve.
async fn settle() {
    for _ in 0..3 {
        yew::scheduler::flush().await;
        let p = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
        wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
    }
    yew::scheduler::flush().await;
}

/// Waits (rendering in between) until `sel` is in `root`: for work that takes real time, such
/// as a fetch.
async fn until(root: &Element, sel: &str) -> Element {
    for _ in 0..200 {
        settle().await;
        if let Some(e) = find(root, sel) {
            return e;
        }
        wasm_bindgen_futures::JsFuture::from(symptom_checker::web::delay(10, wasm_bindgen::JsValue::NULL))
            .await
            .unwrap();
    }
    panic!("no {sel} after 2 s in {}", root.inner_html());
}

/// Adds `<script type="application/json" id=ID>TEXT</script>` to the page (remove it after).
fn inline_json(id: &str, text: &str) -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let inline = doc.create_element("script").unwrap();
    inline.set_attribute("type", "application/json").unwrap();
    inline.set_id(id);
    inline.set_text_content(Some(text));
    doc.body().unwrap().append_child(&inline).unwrap();
    inline
}

fn find(root: &Element, sel: &str) -> Option<Element> {
    root.query_selector(sel).unwrap()
}

fn get(root: &Element, sel: &str) -> Element {
    find(root, sel).unwrap_or_else(|| panic!("no {sel} in {}", root.inner_html()))
}

fn all(root: &Element, sel: &str) -> Vec<Element> {
    let list = root.query_selector_all(sel).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().dyn_into().unwrap()).collect()
}

fn text(root: &Element, sel: &str) -> String {
    get(root, sel).text_content().unwrap_or_default()
}

async fn click(root: &Element, sel: &str) {
    get(root, sel).dyn_into::<HtmlElement>().unwrap().click();
    settle().await;
}

fn fire_input(el: &Element) {
    let init = InputEventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap()).unwrap();
}

async fn type_text(root: &Element, sel: &str, value: &str) {
    let el = get(root, sel);
    if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
        area.set_value(value);
    } else {
        el.dyn_ref::<HtmlInputElement>().unwrap().set_value(value);
    }
    fire_input(&el);
    settle().await;
}

async fn select(root: &Element, sel: &str, value: &str) {
    let el = get(root, sel);
    el.dyn_ref::<HtmlSelectElement>().unwrap().set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
    settle().await;
}

async fn describe(root: &Element, message: &str) {
    click(root, ".sc-start-button").await;
    type_text(root, "textarea.sc-text", message).await;
}

fn chip(root: &Element, id: &str) -> Option<Element> {
    find(root, &format!(".sc-chip[data-finding=\"{id}\"]"))
}

#[wasm_bindgen_test]
async fn a_text_longer_than_the_engine_reads_says_so_under_the_text_box() {
    let root = mount(config("cut")).await;
    describe(&root, "My left eyelid has been twitching for four days").await;
    assert!(find(&root, ".sc-text-cut").is_none(), "{}", root.inner_html());
    // A stroke sign after the limit: the patient is told, where they type, that it is not read.
    let long =
        format!("{} my face droops on one side", "I feel tired. ".repeat(symptom_engine::MAX_TEXT_CHARS / 14 + 1));
    type_text(&root, "textarea.sc-text", &long).await;
    let note = get(&root, ".sc-describe .sc-text-cut");
    assert!(note.text_content().unwrap_or_default().contains("4,000"), "{}", root.inner_html());
    type_text(&root, "textarea.sc-text", "My left eyelid has been twitching for four days").await;
    assert!(find(&root, ".sc-text-cut").is_none());
}

#[wasm_bindgen_test]
async fn start_shows_the_emergency_rule_with_the_clinic_number_before_anything_else() {
    let root = mount(Config { emergency_number: Some("119".into()), ..config("start") }).await;
    let start = get(&root, ".sc-start");
    let first = start.first_element_child().unwrap();
    assert!(first.class_list().contains("sc-emergency-rule"), "{}", start.inner_html());
    assert!(first.text_content().unwrap().contains("call 119 now"), "{}", first.inner_html());
    // One call link on the page, the strip's: the start step does not repeat it.
    let calls = root.query_selector_all("a.sc-call").unwrap();
    assert_eq!(calls.length(), 1, "{}", root.inner_html());
    assert_eq!(get(&root, ".sc-emergency-strip a.sc-call").get_attribute("href").as_deref(), Some("tel:119"));
    // The KB's emergency signs are listed, and the KB's disclaimer is shown.
    assert!(text(&root, ".sc-signs").contains("Possible stroke: new trouble speaking"));
    assert!(
        !text(&root, ".sc-signs").contains("New weakness of one side of the face"),
        "urgent flags are not emergency signs"
    );
    assert!(text(&root, ".sc-disclaimer").contains("Test disclaimer"));
    assert_eq!(root.first_element_child().unwrap().get_attribute("lang").as_deref(), Some("en"));
}

#[wasm_bindgen_test]
async fn chips_show_what_was_understood_and_can_be_flipped_and_removed() {
    let root = mount(config("chips")).await;
    describe(&root, "My left eyelid has been twitching for four days").await;
    let c = chip(&root, "eyelid_twitch").expect("a chip for the eyelid twitch");
    assert_eq!(c.get_attribute("data-present").as_deref(), Some("true"));
    assert!(c.text_content().unwrap().contains("Eyelid twitching"));

    click(&root, ".sc-chip[data-finding=\"eyelid_twitch\"] .sc-chip-flip").await;
    let c = chip(&root, "eyelid_twitch").expect("still there, now absent");
    assert_eq!(c.get_attribute("data-present").as_deref(), Some("false"));
    assert!(c.text_content().unwrap().contains("No eyelid twitching"), "{}", c.inner_html());

    click(&root, ".sc-chip[data-finding=\"eyelid_twitch\"] .sc-chip-flip").await;
    assert_eq!(chip(&root, "eyelid_twitch").unwrap().get_attribute("data-present").as_deref(), Some("true"));

    click(&root, ".sc-chip[data-finding=\"eyelid_twitch\"] .sc-chip-remove").await;
    assert!(chip(&root, "eyelid_twitch").is_none(), "{}", root.inner_html());
    assert!(find(&root, ".sc-chips-empty").is_some());
    // The text is kept as written.
    let area: HtmlTextAreaElement = get(&root, "textarea.sc-text").dyn_into().unwrap();
    assert_eq!(area.value(), "My left eyelid has been twitching for four days");
}

#[wasm_bindgen_test]
async fn picker_search_filters_by_label_in_either_language_and_picking_adds_a_chip() {
    let root = mount(config("picker")).await;
    click(&root, ".sc-start-button").await;
    // Grouped by body site, folded: a group's checkboxes are there once it is opened.
    let sites = all(&root, ".sc-site").len();
    assert!(sites >= 4, "body sites listed: {sites}");
    assert!(all(&root, ".sc-pick").is_empty());
    click(&root, ".sc-site[data-site=\"hand\"] summary").await;
    until(&root, ".sc-site[data-site=\"hand\"] .sc-pick[data-finding=\"hand_numbness\"]").await;
    let before = all(&root, ".sc-pick").len();
    assert!(before >= 1, "symptoms of the hand: {before}");

    type_text(&root, "input.sc-search", "tingl").await;
    let shown: Vec<String> = all(&root, ".sc-pick").iter().map(|e| e.get_attribute("data-finding").unwrap()).collect();
    assert_eq!(shown, ["hand_numbness"]);
    assert!(text(&root, ".sc-picker-count").contains('1'));

    type_text(&root, "input.sc-search", "眼皮").await;
    let shown: Vec<String> = all(&root, ".sc-pick").iter().map(|e| e.get_attribute("data-finding").unwrap()).collect();
    assert_eq!(shown, ["eyelid_twitch"]);

    type_text(&root, "input.sc-search", "zzzz").await;
    assert!(all(&root, ".sc-pick").is_empty());
    assert!(text(&root, ".sc-picker-count").contains("No symptom"));

    type_text(&root, "input.sc-search", "").await;
    assert_eq!(all(&root, ".sc-pick").len(), before);
    assert!(chip(&root, "hand_numbness").is_none());
    click(&root, ".sc-pick[data-finding=\"hand_numbness\"] input").await;
    let c = chip(&root, "hand_numbness").expect("picking adds a chip");
    assert!(c.text_content().unwrap().contains("from your answer"));
    let cb: HtmlInputElement = get(&root, ".sc-pick[data-finding=\"hand_numbness\"] input").dyn_into().unwrap();
    assert!(cb.checked());
    // Unticking removes it again.
    click(&root, ".sc-pick[data-finding=\"hand_numbness\"] input").await;
    assert!(chip(&root, "hand_numbness").is_none());
}

#[wasm_bindgen_test]
async fn warning_signs_come_together_and_none_of_these_answers_them_all() {
    let root = mount(config("questions")).await;
    describe(&root, "I wake up with tingling in both palms").await;
    click(&root, ".sc-continue").await;
    // Every open warning sign on one screen, with why each is asked, and no count.
    assert_eq!(text(&root, ".sc-progress"), "First, the warning signs");
    assert!(find(&root, ".sc-progress-bar").is_none());
    assert_eq!(text(&root, ".sc-signs h3"), "Do you have any of these?");
    let signs: Vec<String> = all(&root, ".sc-sign").iter().filter_map(|e| e.get_attribute("data-question")).collect();
    assert!(signs.len() >= 2 && signs.contains(&"q_speech".to_string()), "{signs:?}");
    assert_eq!(all(&root, ".sc-sign input[type=checkbox]").len(), signs.len());
    assert_eq!(all(&root, ".sc-sign .sc-why").len(), signs.len());

    // Back from the screen returns to the description, text kept.
    click(&root, ".sc-back").await;
    assert!(find(&root, ".sc-describe").is_some());
    let area: HtmlTextAreaElement = get(&root, "textarea.sc-text").dyn_into().unwrap();
    assert_eq!(area.value(), "I wake up with tingling in both palms");
    // "None of these" answers them all "no" at once (undoing a screen at once: state.rs).
    click(&root, ".sc-continue").await;
    click(&root, ".sc-signs-none").await;
    assert!(find(&root, ".sc-signs").is_none(), "{}", root.inner_html());
    to_result(&root).await;
    assert_eq!(all(&root, ".sc-answer-list li").len(), signs.len());
    assert!(find(&root, ".sc-cause[data-condition=\"carpal_tunnel\"]").is_some(), "{}", root.inner_html());
}

#[wasm_bindgen_test]
async fn a_ticked_warning_sign_shows_the_emergency_banner_at_once() {
    let root = mount(config("unsure")).await;
    describe(&root, "I wake up with tingling in both palms").await;
    click(&root, ".sc-continue").await;
    click(&root, ".sc-sign[data-question=\"q_speech\"] input").await;
    click(&root, ".sc-signs-continue").await;
    assert!(find(&root, ".sc-question").is_none(), "no further question after an emergency");
    assert_eq!(get(&root, ".sc-triage").get_attribute("data-triage").as_deref(), Some("emergency"));
    assert!(chip_text_in_summary(&root, "Is your speech slurred or hard to understand? Yes"));
}

#[wasm_bindgen_test]
async fn an_emergency_shows_the_banner_with_words_icon_and_number_before_any_question() {
    let seen: Rc<RefCell<Vec<Option<Triage>>>> = Rc::default();
    let on_triage = {
        let seen = seen.clone();
        Callback::from(move |t| seen.borrow_mut().push(t))
    };
    let root =
        mount(Config { emergency_number: Some("999".into()), on_triage: Some(on_triage), ..config("emergency") }).await;
    describe(&root, "my father's face suddenly drooped and his speech is slurred").await;
    // Already on the describe step, in the live region.
    let banner = get(&root, ".sc-live[aria-live] .sc-triage");
    assert_eq!(banner.get_attribute("data-triage").as_deref(), Some("emergency"));
    click(&root, ".sc-continue").await;
    assert!(find(&root, ".sc-question").is_none(), "{}", root.inner_html());
    let banner = get(&root, ".sc-live .sc-triage--emergency");
    assert!(find(&banner, "svg.sc-triage-icon").is_some(), "an icon");
    let words = banner.text_content().unwrap();
    assert!(words.contains("Emergency: call now"), "{words}");
    assert!(words.contains("Call 999 now"), "the action uses the configured number: {words}");
    assert_eq!(get(&banner, "a.sc-call").get_attribute("href").as_deref(), Some("tel:999"));
    assert!(!words.contains("112"), "{words}");
    assert_eq!(seen.borrow().last().copied(), Some(Some(Triage::Emergency)));
    // The action and the warning signs stand alone; causes and similar questions are folded.
    assert!(find(&root, ".sc-result > .sc-red-flags").is_some(), "{}", root.inner_html());
    let more = get(&root, ".sc-result > details.sc-more");
    assert!(!more.has_attribute("open"), "folded");
    assert!(
        find(&root, ".sc-result > .sc-causes").is_none() && find(&more, ".sc-causes").is_some(),
        "{}",
        more.inner_html()
    );
}

#[wasm_bindgen_test]
async fn the_general_screen_triages_complaints_outside_the_specialty_with_who_to_see() {
    // Chest pain is outside the neurology KB: the general screen calls the emergency.
    let root = mount(with_screen(Config { emergency_number: Some("999".into()), ..config("screen") })).await;
    describe(&root, "crushing pain in my chest going to my left arm and I'm sweating").await;
    let banner = get(&root, ".sc-live .sc-triage");
    assert_eq!(banner.get_attribute("data-triage").as_deref(), Some("emergency"), "{}", root.inner_html());
    assert!(text(&root, ".sc-live .sc-triage").contains("Call 999 now"), "{}", root.inner_html());

    // A minor complaint: self-care, who to see, what to do, and that the causes cover the
    // specialty only; no specialty cause is forced onto it.
    let root = mount(with_screen(config("screen-minor"))).await;
    describe(&root, "I've had a sore throat since yesterday, no fever").await;
    click(&root, ".sc-continue").await;
    until(&root, ".sc-result").await;
    assert_eq!(get(&root, ".sc-triage").get_attribute("data-triage").as_deref(), Some("self_care"));
    let flag = get(&root, ".sc-red-flags li[data-red-flag='sore_throat']");
    assert!(text(&flag, ".sc-red-flag-see").contains("pharmacist"), "{}", flag.inner_html());
    assert!(!all(&flag, ".sc-self-care li").is_empty(), "{}", flag.inner_html());
    assert!(text(&root, ".sc-note").contains("general safety screen"), "{}", root.inner_html());
    assert!(all(&root, ".sc-cause").is_empty(), "{}", root.inner_html());
}

#[wasm_bindgen_test]
async fn without_the_screen_the_widget_does_not_start_and_offers_a_retry() {
    // No screen given and no screen.en.json beside this test page: no engine runs without it.
    let root = mount(Config { screen_json: None, emergency_number: Some("999".into()), ..config("noscreen") }).await;
    let alert = until(&root, ".sc-notice--error").await;
    assert!(alert.text_content().unwrap_or_default().contains("call 999"), "{}", root.inner_html());
    assert!(find(&root, ".sc-start-button").is_none());
    let inline = inline_json("symptom-checker-screen.en", symptom_engine::BUNDLED_SCREEN);
    click(&root, ".sc-retry").await;
    until(&root, ".sc-start-button").await;
    inline.remove();
}

#[wasm_bindgen_test]
async fn an_emergency_number_that_is_not_one_number_falls_back_and_the_link_matches_the_text() {
    // "911 (US) / 112 (EU)" used to be shown while the link dialled tel:911112.
    for bad in ["911 (US) / 112 (EU)", "nine-one-one", "<b>10</b>"] {
        let root = mount(Config { emergency_number: Some(bad.into()), ..config("badnumber") }).await;
        describe(&root, "my father's face suddenly drooped and his speech is slurred").await;
        let banner = get(&root, ".sc-live[aria-live] .sc-triage");
        let words = banner.text_content().unwrap();
        let href = get(&banner, "a.sc-call").get_attribute("href").unwrap_or_default();
        let dialled = href.trim_start_matches("tel:").to_string();
        assert!(dialled.len() >= 2, "{bad}: {href}");
        assert!(words.contains(&format!("Call {dialled} now")), "{bad}: the text shows what the link dials: {words}");
        assert!(!words.contains(bad), "{bad}: {words}");
    }
}

#[wasm_bindgen_test]
async fn result_shows_causes_with_why_advice_similar_topics_and_safe_sources() {
    let root = mount(config("result")).await;
    describe(&root, "I wake up with tingling in both palms").await;
    click(&root, ".sc-continue").await;
    click(&root, ".sc-skip").await;
    let cause = get(&root, ".sc-cause[data-condition=\"carpal_tunnel\"]");
    assert!(text(&cause, ".sc-cause-name").contains("Carpal tunnel syndrome"));
    assert!(text(&cause, ".sc-why-for").contains("Numbness or tingling in the hand"));
    assert!(text(&cause, ".sc-specialist").contains("Neurologist"));
    assert!(text(&cause, ".sc-tests").contains("Nerve conduction study"));
    assert!(text(&cause, ".sc-self-care").contains("wrist splint"));
    assert!(text(&cause, ".sc-seek-help").contains("hand gets weak"));
    assert_eq!(get(&root, ".sc-triage").get_attribute("data-triage").as_deref(), Some("soon"));
    // Similar questions come once the widget has built their index (in the background).
    let article = until(&root, ".sc-similar details.sc-article[data-article=\"a_hands\"]").await;
    assert!(article.text_content().unwrap().contains("squeezed nerve"));
    assert!(find(&root, ".sc-topics [data-topic=\"nerve_compression\"]").is_some());
    let links = all(&root, ".sc-sources a");
    assert!(!links.is_empty());
    for a in links {
        assert_eq!(a.get_attribute("rel").as_deref(), Some("noopener noreferrer"));
        assert!(a.get_attribute("href").unwrap().starts_with("https://"));
    }
    // Edit an answer on the result page.
    click(&root, ".sc-start-over").await;
    assert!(find(&root, ".sc-describe").is_some());
    let area: HtmlTextAreaElement = get(&root, "textarea.sc-text").dyn_into().unwrap();
    assert_eq!(area.value(), "");
}

#[wasm_bindgen_test]
async fn answers_can_be_changed_on_the_result_page_and_the_result_updates() {
    let root = mount(Config { theme: Some("dark".into()), ..config("edit") }).await;
    assert!(root.first_element_child().unwrap().class_list().contains("sc-theme-dark"));
    describe(&root, "I wake up with tingling in both palms").await;
    click(&root, ".sc-continue").await;
    click(&root, ".sc-signs-none").await;
    to_result(&root).await;
    assert_eq!(get(&root, ".sc-triage").get_attribute("data-triage").as_deref(), Some("soon"));
    assert!(chip_text_in_summary(&root, "Is your speech slurred or hard to understand? No"));
    select(&root, ".sc-answer-list li[data-question=\"q_speech\"] select", "unsure").await;
    assert_eq!(get(&root, ".sc-triage").get_attribute("data-triage").as_deref(), Some("emergency"));
    assert!(chip_text_in_summary(&root, "Is your speech slurred or hard to understand? Not sure"));
}

fn chip_text_in_summary(root: &Element, needle: &str) -> bool {
    text(root, ".sc-summary-text").contains(needle)
}

#[wasm_bindgen_test]
async fn nothing_recognised_shows_the_engine_message_asking_for_more() {
    let root = mount(config("needmore")).await;
    describe(&root, "hello there").await;
    click(&root, ".sc-continue").await;
    assert!(find(&root, ".sc-describe").is_some());
    assert!(text(&root, ".sc-need-more").contains("could not recognise enough"), "{}", root.inner_html());
}

#[wasm_bindgen_test]
async fn words_not_understood_offer_the_closest_symptoms_and_a_tap_adds_one() {
    let root = mount(config("suggest")).await;
    describe(&root, "my eyelid feels odd").await;
    assert!(text(&root, ".sc-suggestions h3").contains("Is it one of these?"), "{}", root.inner_html());
    assert!(find(&root, ".sc-suggestion[data-finding=\"eyelid_twitch\"]").is_some(), "{}", root.inner_html());
    assert!(chip(&root, "eyelid_twitch").is_none());
    click(&root, ".sc-suggestion[data-finding=\"eyelid_twitch\"]").await;
    let c = chip(&root, "eyelid_twitch").expect("the tapped symptom is a chip");
    assert_eq!(c.get_attribute("data-present").as_deref(), Some("true"));
    assert!(find(&root, ".sc-suggestions").is_none(), "understood now: {}", root.inner_html());
    // Words that were understood offer nothing.
    type_text(&root, "textarea.sc-text", "My left eyelid has been twitching for four days").await;
    assert!(find(&root, ".sc-suggestions").is_none());
}

#[wasm_bindgen_test]
async fn the_summary_has_findings_answers_triage_causes_and_date() {
    let root = mount(config("summary")).await;
    describe(&root, "I wake up with tingling in both palms").await;
    type_text(&root, "input.sc-age", "45").await;
    select(&root, "select.sc-sex", "female").await;
    click(&root, ".sc-continue").await;
    click(&root, ".sc-signs-none").await;
    to_result(&root).await;
    let summary = text(&root, ".sc-summary-text");
    let today = symptom_checker::web::today();
    for needle in [
        "Symptom summary",
        today.as_str(),
        "Generated on this device",
        "I wake up with tingling in both palms",
        "Age: 45",
        "Sex: Female",
        "Numbness or tingling in the hand",
        "Is your speech slurred or hard to understand? No",
        "How urgent: See a doctor soon",
        "Carpal tunnel syndrome",
        "not a diagnosis",
    ] {
        assert!(summary.contains(needle), "{needle} missing from:\n{summary}");
    }
    // The printed page says the same, with headings and the level first.
    let printed = text(&root, ".sc-print-summary");
    for needle in
        ["Symptom summary", "Age: 45", "Carpal tunnel syndrome", "Is your speech slurred or hard to understand? No"]
    {
        assert!(printed.contains(needle), "{needle} missing from the printed page:\n{printed}");
    }
    assert_eq!(text(&root, ".sc-print-summary > h2"), "Symptom summary");
    assert!(text(&root, ".sc-print-summary > h2 + .sc-print-level").starts_with("How urgent: See a doctor soon"));
    // Copy reports success or shows the text to copy by hand.
    click(&root, ".sc-copy-button").await;
    let mut status = String::new();
    for _ in 0..40 {
        symptom_checker::web::sleep(100).await;
        settle().await;
        status = text(&root, ".sc-copy-status");
        if !status.is_empty() {
            break;
        }
    }
    assert!(status.contains("copied") || status.contains("Select the summary"), "status: {status:?}");
}

#[wasm_bindgen_test]
async fn switching_language_keeps_everything_entered() {
    let root = mount(config("lang")).await;
    describe(&root, "I wake up with tingling in both palms").await;
    type_text(&root, "input.sc-age", "45").await;
    click(&root, ".sc-continue").await;
    click(&root, ".sc-sign[data-question=\"q_speech\"] input").await;
    let q = get(&root, ".sc-question").get_attribute("data-question").unwrap();
    click(&root, ".sc-lang-button[data-lang=\"zh-TW\"]").await;
    assert_eq!(root.first_element_child().unwrap().get_attribute("lang").as_deref(), Some("zh-TW"));
    assert_eq!(get(&root, ".sc-question").get_attribute("data-question").unwrap(), q);
    assert_eq!(text(&root, ".sc-progress"), "先確認警訊");
    let speech: HtmlInputElement = get(&root, ".sc-sign[data-question=\"q_speech\"] input").dyn_into().unwrap();
    assert!(speech.checked(), "the tick is kept");
    let signs = text(&root, ".sc-sign-list");
    assert!(signs.contains("臉") || signs.contains("說話"), "KB text in Chinese: {signs}");
    click(&root, ".sc-back").await;
    let area: HtmlTextAreaElement = get(&root, "textarea.sc-text").dyn_into().unwrap();
    assert_eq!(area.value(), "I wake up with tingling in both palms");
    let age: HtmlInputElement = get(&root, "input.sc-age").dyn_into().unwrap();
    assert_eq!(age.value(), "45");
    assert!(chip(&root, "hand_numbness").unwrap().text_content().unwrap().contains("手麻"));
    click(&root, ".sc-lang-button[data-lang=\"en\"]").await;
    assert!(chip(&root, "hand_numbness").unwrap().text_content().unwrap().contains("Numbness"));
}

#[wasm_bindgen_test]
async fn kb_text_is_never_rendered_as_html() {
    let mut kb: serde_json::Value = serde_json::from_str(KB).unwrap();
    kb["findings"][0]["label"]["en"] = "<b class=\"injected\">Eyelid</b> twitching".into();
    let root = mount(Config { kb_json: Some(Rc::from(kb.to_string())), ..config("inject") }).await;
    describe(&root, "My left eyelid has been twitching for four days").await;
    assert!(find(&root, ".injected").is_none());
    assert!(chip(&root, "eyelid_twitch").unwrap().text_content().unwrap().contains("<b class=\"injected\">"));
}

/// Skips the questions left, if any.
async fn to_result(root: &Element) {
    if find(root, ".sc-skip").is_some() {
        click(root, ".sc-skip").await;
    }
    assert!(find(root, ".sc-result").is_some(), "{}", root.inner_html());
}

async fn check_to_result(root: &Element, message: &str) {
    describe(root, message).await;
    click(root, ".sc-continue").await;
    click(root, ".sc-skip").await;
    assert!(find(root, ".sc-result .sc-cause").is_some(), "{}", root.inner_html());
}

#[wasm_bindgen_test]
async fn the_bundled_kb_shows_similar_questions_once_it_has_articles_and_works_without() {
    const PALMS: &str = "I wake up with tingling in both palms after sleeping on my side";
    // The bundled KB (no clinic KB) with its articles given, as a host that inlines them.
    let given =
        Config { kb_json: None, articles_json: Some(Rc::from(symptom_engine::BUNDLED_ARTICLES)), ..config("art") };
    let root = mount(given).await;
    check_to_result(&root, PALMS).await;
    until(&root, ".sc-similar summary").await;
    let titles: Vec<String> = all(&root, ".sc-similar summary").iter().filter_map(|e| e.text_content()).collect();
    assert!(!titles.is_empty() && titles.iter().all(|t| !t.is_empty()), "{}", root.inner_html());

    // No articles given, and no articles file beside this test page: the same check works,
    // without similar questions.
    let root = mount(Config { kb_json: None, ..config("noart") }).await;
    check_to_result(&root, PALMS).await;
    assert!(find(&root, ".sc-similar").is_none());
}

#[wasm_bindgen_test]
async fn the_bundled_kb_loads_in_the_patients_language_and_a_failed_load_can_be_retried() {
    // No KB given and no kb.en.json beside this test page: a loading message, then an alert
    // with the configured number as a call link and a way to try again.
    let root = mount(Config {
        kb_json: None,
        bundled_json: None,
        emergency_number: Some(AttrValue::from("999")),
        ..config("nokb")
    })
    .await;
    let alert = until(&root, ".sc-notice--error").await;
    let said = alert.text_content().unwrap_or_default();
    assert!(said.contains("could not start") && said.contains("call 999"), "{}", root.inner_html());
    let call = find(&root, "a.sc-call").expect("a call link");
    assert_eq!(call.get_attribute("href").as_deref(), Some("tel:999"));
    assert_eq!(call.text_content().as_deref(), Some("Call 999"));
    assert!(find(&root, ".sc-start-button").is_none());

    // The page now has the KB inline (as the single-file build does): "Try again" starts the widget,
    // in English, from a file with only the English texts.
    let mut kb: serde_json::Value = serde_json::from_str(symptom_engine::BUNDLED_CORE).unwrap();
    for c in kb["conditions"].as_array_mut().unwrap() {
        c["name"]["zh-TW"] = "".into();
    }
    let inline = inline_json("symptom-checker-kb.en", &kb.to_string());
    click(&root, ".sc-retry").await;
    until(&root, ".sc-start-button").await;
    assert!(find(&root, ".sc-notice--error").is_none());
    check_to_result(&root, "I wake up with tingling in both palms after sleeping on my side").await;
    assert!(!text(&root, ".sc-causes").is_empty());
    inline.remove();

    // A KB text from another build is refused, and says why.
    let other = symptom_engine::BUNDLED_CORE.replacen(symptom_engine::BUNDLED_VERSION, "0.0.1", 1);
    let root = mount(Config { kb_json: None, bundled_json: Some(Rc::from(other)), ..config("oldkb") }).await;
    assert!(text(&root, ".sc-notice--error").contains("0.0.1"), "{}", root.inner_html());
}

#[wasm_bindgen_test]
async fn an_invalid_clinic_kb_is_reported_and_the_bundled_kb_answers() {
    let root = mount(Config { kb_json: Some(Rc::from("{\"meta\": 1}")), ..config("badkb") }).await;
    assert!(text(&root, ".sc-notice").contains("could not be used"), "{}", root.inner_html());
    assert!(find(&root, ".sc-start-button").is_some());
}

async fn open_diary(root: &Element) {
    click(root, ".sc-diary-toggle").await;
    assert!(find(root, ".sc-diary").is_some());
}

async fn add_entry(root: &Element, date: &str, symptom: &str, duration: &str) {
    type_text(root, "input.sc-d-date", date).await;
    type_text(root, "input.sc-d-symptom", symptom).await;
    type_text(root, "input.sc-d-duration", duration).await;
    click(root, ".sc-diary-add").await;
}

#[wasm_bindgen_test]
async fn diary_is_opt_in_roundtrips_through_storage_and_delete_removes_it() {
    let key = "sc-test.diary";
    storage().remove_item(key).unwrap();
    let root = mount(config("diary")).await;
    open_diary(&root).await;
    assert!(find(&root, ".sc-diary-form").is_none(), "opt-in first");
    assert_eq!(storage().get_item(key).unwrap(), None, "nothing stored before opting in");
    click(&root, ".sc-diary-enable").await;
    add_entry(&root, "2026-11-20", "Lip twitching", "5 minutes").await;
    add_entry(&root, "2026-11-22", "Tingling palms", "all night").await;
    assert_eq!(all(&root, ".sc-diary-entry").len(), 2);
    let bars = all(&root, ".sc-chart rect.sc-chart-bar");
    assert_eq!(bars.len(), 2);
    // One episode on each day: full-height bars, 14 days wide, inside the 600 x 180 view box.
    let attr = |e: &Element, a: &str| e.get_attribute(a).unwrap_or_default();
    for bar in &bars {
        assert_eq!(
            (attr(bar, "y").as_str(), attr(bar, "height").as_str(), attr(bar, "width").as_str()),
            ("12", "144", "32.6")
        );
        let right = attr(bar, "x").parse::<f64>().unwrap() + 32.6;
        assert!((28.0..=600.0).contains(&right), "{}", attr(bar, "x"));
    }
    assert_ne!(attr(&bars[0], "x"), attr(&bars[1], "x"));
    let stored = storage().get_item(key).unwrap().expect("saved");
    let parsed = store::parse(&stored);
    assert!(parsed.is_clean());
    assert_eq!(parsed.entries[0].symptom, "Lip twitching");
    assert_eq!(parsed.entries[1].duration, "all night");

    // A second widget (a reload) reads the same diary.
    let again = mount(config("diary")).await;
    open_diary(&again).await;
    assert_eq!(all(&again, ".sc-diary-entry").len(), 2);
    assert!(text(&again, ".sc-diary-entries").contains("Tingling palms"));

    click(&again, ".sc-diary-delete").await;
    click(&again, ".sc-diary-delete-confirm").await;
    assert_eq!(storage().get_item(key).unwrap(), None);
    assert!(find(&again, ".sc-diary-entry").is_none());
    assert!(text(&again, ".sc-diary-status").contains("deleted"));
}

#[wasm_bindgen_test]
async fn corrupted_diary_keeps_readable_entries_and_backs_up_the_rest() {
    let key = "sc-test.corrupt";
    let s = storage();
    for k in
        (0..s.length().unwrap()).filter_map(|i| s.key(i).unwrap()).filter(|k| k.starts_with(key)).collect::<Vec<_>>()
    {
        s.remove_item(&k).unwrap();
    }
    let raw = r#"{"version":1,"entries":[{"date":"2026-11-20","symptom":"Lip twitching"},{"date":"2026-11-21","symptom":"Tingling"},{"date":"2026-1"#;
    s.set_item(key, raw).unwrap();
    let root = mount(config("corrupt")).await;
    open_diary(&root).await;
    let problem = text(&root, ".sc-diary-problem");
    assert!(problem.contains("Episodes kept: 2. Could not be read: 1."), "{problem}");
    assert_eq!(all(&root, ".sc-diary-entry").len(), 2);
    // The unreadable text was copied to a backup key before anything could overwrite it.
    let backups: Vec<String> = (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| k.starts_with(&format!("{key}.backup.")))
        .collect();
    assert_eq!(backups.len(), 1, "{backups:?}");
    assert_eq!(s.get_item(&backups[0]).unwrap().as_deref(), Some(raw));
    assert!(problem.contains(&backups[0]));
    assert_eq!(s.get_item(key).unwrap().as_deref(), Some(raw), "not overwritten just by reading");

    // A new entry saves the readable ones; the backup stays until "delete my data".
    add_entry(&root, "2026-11-22", "Twitch again", "").await;
    let parsed = store::parse(&s.get_item(key).unwrap().unwrap());
    assert!(parsed.is_clean());
    assert_eq!(parsed.entries.len(), 3);
    assert_eq!(s.get_item(&backups[0]).unwrap().as_deref(), Some(raw));
    click(&root, ".sc-diary-delete").await;
    click(&root, ".sc-diary-delete-confirm").await;
    assert_eq!(s.get_item(&backups[0]).unwrap(), None);
    assert_eq!(s.get_item(key).unwrap(), None);
}

#[wasm_bindgen_test]
async fn a_diary_of_ten_thousand_entries_opens_lists_a_page_and_can_be_edited() {
    // Each entry's remove button used to hold its own copy of the whole diary: 10,000 entries
    // took seconds and then ran out of memory, leaving a dead widget.
    let key = "sc-test.big";
    let s = storage();
    let entries: Vec<String> = (0..10_000)
        .map(|i| format!(r#"{{"date":"2026-{:02}-{:02}","symptom":"Twitch {i}"}}"#, 1 + i % 12, 1 + i % 28))
        .collect();
    s.set_item(key, &format!(r#"{{"version":1,"entries":[{}]}}"#, entries.join(","))).unwrap();
    let root = mount(config("big")).await;
    open_diary(&root).await;
    assert!(text(&root, ".sc-diary").contains("Episodes (10000)"), "{}", text(&root, ".sc-diary"));
    assert_eq!(all(&root, ".sc-diary-entry").len(), 50, "one page is listed");
    assert!(text(&root, ".sc-diary-entries").contains("Twitch 9999"), "the most recent first");
    click(&root, ".sc-diary-older").await;
    assert_eq!(all(&root, ".sc-diary-entry").len(), 100);
    // It is full: a new episode is refused with a notice, and nothing stored changes.
    add_entry(&root, "2026-12-01", "Headache", "").await;
    assert!(text(&root, ".sc-diary").contains("full (10000 episodes)"), "{}", text(&root, ".sc-diary"));
    assert_eq!(store::parse(&s.get_item(key).unwrap().unwrap()).entries.len(), 10_000);
    assert!(!text(&root, ".sc-diary-entries").contains("Headache"));
    // Removing an entry still works and is saved.
    click(&root, ".sc-diary-remove").await;
    assert_eq!(store::parse(&s.get_item(key).unwrap().unwrap()).entries.len(), 9_999);
    s.remove_item(key).unwrap();
}

/// Makes `window.localStorage` throw (as in a blocked or private mode) until the guard drops.
struct BlockedStorage(wasm_bindgen::JsValue);

impl BlockedStorage {
    fn new() -> BlockedStorage {
        let win = web_sys::window().unwrap();
        let original = js_sys::Object::get_own_property_descriptor(&win, &"localStorage".into());
        let desc = js_sys::Object::new();
        let getter = js_sys::Function::new_no_args("throw new DOMException('blocked', 'SecurityError')");
        js_sys::Reflect::set(&desc, &"get".into(), &getter).unwrap();
        js_sys::Reflect::set(&desc, &"configurable".into(), &true.into()).unwrap();
        js_sys::Object::define_property(&win, &"localStorage".into(), &desc);
        assert!(web_sys::window().unwrap().local_storage().is_err(), "storage is blocked");
        BlockedStorage(original)
    }
}

impl Drop for BlockedStorage {
    fn drop(&mut self) {
        let win = web_sys::window().unwrap();
        js_sys::Object::define_property(&win, &"localStorage".into(), self.0.unchecked_ref());
    }
}

#[wasm_bindgen_test]
async fn unavailable_storage_is_reported_and_the_widget_still_works() {
    let loaded = store::load_from(None, "sc-test.none");
    assert!(loaded.read_only);
    assert_eq!(loaded.notices, vec![Notice::Unavailable]);

    let blocked = BlockedStorage::new();
    let root = mount(config("blocked")).await;
    open_diary(&root).await;
    assert!(text(&root, ".sc-diary-problem").contains("does not allow saving"), "{}", root.inner_html());
    click(&root, ".sc-diary-enable").await;
    add_entry(&root, "2026-11-22", "Lip twitching", "").await;
    assert_eq!(all(&root, ".sc-diary-entry").len(), 1, "kept in memory");
    click(&root, ".sc-diary-close").await;
    describe(&root, "My left eyelid has been twitching for four days").await;
    assert!(chip(&root, "eyelid_twitch").is_some(), "the checker still works");
    drop(blocked);
    assert!(web_sys::window().unwrap().local_storage().unwrap().is_some());
}

/// A custom-element-like host with a shadow root, as `embed/symptom-checker.js` builds it.
fn shadow_host() -> (HtmlElement, Element) {
    let doc = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = doc.create_element("div").unwrap().dyn_into().unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    let shadow = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).unwrap();
    let root = doc.create_element("div").unwrap();
    shadow.append_child(&root).unwrap();
    (host, root)
}

fn options(pairs: &[(&str, &str)]) -> wasm_bindgen::JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        js_sys::Reflect::set(&o, &(*k).into(), &(*v).into()).unwrap();
    }
    o.into()
}

#[wasm_bindgen_test]
async fn mount_widget_works_in_a_shadow_root_updates_live_and_reports_triage_as_a_dom_event() {
    let (host, root) = shadow_host();
    let levels: Rc<RefCell<Vec<String>>> = Rc::default();
    let listener = {
        let levels = levels.clone();
        wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
            let level = js_sys::Reflect::get(&e.detail(), &"level".into()).unwrap();
            levels.borrow_mut().push(level.as_string().unwrap_or_else(|| "null".into()));
        })
    };
    // The event is composed and bubbles: the document sees it.
    let doc = web_sys::window().unwrap().document().unwrap();
    doc.add_event_listener_with_callback("symptom-checker:triage", listener.as_ref().unchecked_ref()).unwrap();
    let kb = KB.to_string();
    // The screen's files as the custom element's script puts them on the page.
    let screens =
        [inline_json("symptom-checker-screen.en", NO_SCREEN), inline_json("symptom-checker-screen.zh-TW", NO_SCREEN)];
    let mut handle = symptom_checker::embed::mount_widget(
        host.clone(),
        root.clone(),
        options(&[("lang", "en"), ("emergency-number", "911"), ("kb-json", &kb), ("storage-key", "sc-test.embed")]),
    );
    settle().await;
    assert!(text(&root, ".sc-emergency-rule").contains("911"), "{}", root.inner_html());
    assert_eq!(get(&root, ".sc").get_attribute("lang").as_deref(), Some("en"));

    describe(&root, "my father's face suddenly drooped and his speech is slurred").await;
    click(&root, ".sc-continue").await;
    assert_eq!(levels.borrow().last().map(String::as_str), Some("emergency"));

    // Attribute changes: language and number switch live, what was typed stays.
    handle.update(options(&[
        ("lang", "zh-TW"),
        ("emergency-number", "119"),
        ("theme", "dark"),
        ("kb-json", &kb),
        ("storage-key", "sc-test.embed"),
    ]));
    settle().await;
    assert_eq!(get(&root, ".sc").get_attribute("lang").as_deref(), Some("zh-TW"));
    assert!(get(&root, ".sc").class_name().contains("sc-theme-dark"));
    assert!(text(&root, ".sc-emergency-strip").contains("119"));
    assert_eq!(get(&root, ".sc-triage").get_attribute("data-triage").as_deref(), Some("emergency"));

    handle.destroy();
    screens.iter().for_each(|e| e.remove());
    settle().await;
    assert!(find(&root, ".sc").is_none(), "unmounted: {}", root.inner_html());
    doc.remove_event_listener_with_callback("symptom-checker:triage", listener.as_ref().unchecked_ref()).unwrap();
}

#[wasm_bindgen_test]
async fn a_clinic_kb_that_could_not_be_fetched_is_reported_and_the_bundled_kb_answers() {
    let (host, root) = shadow_host();
    // The bundled KB as the single-file build has it (in an element of the page).
    let inline = inline_json("symptom-checker-kb.en", symptom_engine::BUNDLED_CORE);
    let screen = inline_json("symptom-checker-screen.en", NO_SCREEN);
    let mut handle = symptom_checker::embed::mount_widget(
        host,
        root.clone(),
        options(&[("lang", "en"), ("kb-error", "https://clinic.example/kb.json answered HTTP 404")]),
    );
    let notice = until(&root, ".sc-notice--warning").await.text_content().unwrap_or_default();
    inline.remove();
    screen.remove();
    assert!(notice.contains("HTTP 404") && notice.contains("built-in one is used instead"), "{notice}");
    describe(&root, "My left eyelid has been twitching for four days").await;
    assert!(chip(&root, "eyelid_twitch").is_some());
    handle.destroy();
}

#[wasm_bindgen_test]
async fn the_crash_message_keeps_the_widgets_number_and_language_and_is_text_only() {
    let root = mount(Config { emergency_number: Some("119".into()), ..config("crash") }).await;
    click(&root, ".sc-lang-button[data-lang=\"zh-TW\"]").await;
    symptom_checker::crash::show(&root, "112").unwrap();
    let message = text(&root, ".sc-crashed [role=alert]");
    assert!(message.contains("119") && message.contains("停止運作"), "{message}");
    assert_eq!(get(&root, ".sc-crashed a.sc-call").get_attribute("href").as_deref(), Some("tel:119"));
    assert!(find(&root, ".sc-start").is_none());

    // A root with nothing readable in it falls back to the number it was registered with.
    let doc = web_sys::window().unwrap().document().unwrap();
    let bare = doc.create_element("div").unwrap();
    symptom_checker::crash::show(&bare, "<b>999</b>").unwrap();
    assert!(find(&bare, "b").is_none());
    assert!(text(&bare, ".sc-crashed").contains("<b>999</b>"));
}
