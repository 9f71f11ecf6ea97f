//! The custom element's entry points (`embed/symptom-checker.js` calls them): mount a widget
//! into an element (inside the custom element's shadow root), update it when an attribute
//! changes, destroy it when the element is removed. The widget reports each triage result to
//! the host element as a `symptom-checker:triage` DOM event.

use std::rc::Rc;

use symptom_engine::Triage;
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement};
use yew::{AppHandle, AttrValue, Callback};

use crate::app::{App, Config};
use crate::crash;

/// A mounted widget, returned to the custom element.
#[wasm_bindgen]
pub struct WidgetHandle {
    app: Option<AppHandle<App>>,
    host: HtmlElement,
    root: Element,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Applies new options (the element's attributes) to the running widget; its state is kept.
    pub fn update(&mut self, options: JsValue) {
        let config = config_from(&self.host, &options);
        crash::register(
            &self.root,
            config.emergency_number.as_deref().and_then(crate::links::valid_number).unwrap_or(""),
        );
        if let Some(app) = self.app.as_mut() {
            app.update(config);
        }
    }

    /// Unmounts the widget.
    pub fn destroy(&mut self) {
        crash::unregister(&self.root);
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

/// Mounts a widget into `root` for the custom element `host`. `options` is a plain object
/// with the optional string keys `lang`, `emergency-number`, `theme`, `storage-key`, `clinic`,
/// `kb-json` (a clinic KB's text), `kb-error` (why the clinic KB could not be fetched) and
/// `kb-base` (the folder of the bundled KB's files, `kb.<lang>.json` and `articles.<lang>.json`).
#[wasm_bindgen]
pub fn mount_widget(host: HtmlElement, root: Element, options: JsValue) -> WidgetHandle {
    crash::install();
    let config = config_from(&host, &options);
    crash::register(&root, config.emergency_number.as_deref().and_then(crate::links::valid_number).unwrap_or(""));
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), config).render();
    WidgetHandle { app: Some(app), host, root }
}

fn option(options: &JsValue, key: &str) -> Option<String> {
    js_sys::Reflect::get(options, &JsValue::from_str(key)).ok().and_then(|v| v.as_string())
}

fn config_from(host: &HtmlElement, options: &JsValue) -> Config {
    let text = |key: &str| option(options, key).filter(|v| !v.trim().is_empty()).map(AttrValue::from);
    let host = host.clone();
    Config {
        lang: text("lang"),
        emergency_number: text("emergency-number"),
        theme: text("theme"),
        storage_key: text("storage-key"),
        clinic: text("clinic"),
        kb_json: option(options, "kb-json").map(Rc::from),
        kb_error: text("kb-error"),
        kb_base: text("kb-base"),
        bundled_json: None,
        articles_json: None,
        screen_json: None,
        on_triage: Some(Callback::from(move |level: Option<Triage>| dispatch_triage(&host, level))),
    }
}

/// Dispatches `symptom-checker:triage` (bubbling, composed) with `detail.level` set to
/// `emergency`, `urgent`, `soon`, `self_care`, or `null` when the input was out of scope.
fn dispatch_triage(host: &HtmlElement, level: Option<Triage>) {
    let detail = js_sys::Object::new();
    let value = level.map(|l| JsValue::from_str(l.as_str())).unwrap_or(JsValue::NULL);
    let _ = js_sys::Reflect::set(&detail, &JsValue::from_str("level"), &value);
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict("symptom-checker:triage", &init) {
        let _ = host.dispatch_event(&event);
    }
}
