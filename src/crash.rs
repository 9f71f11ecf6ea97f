//! A crash must never leave a dead box: every mounted widget is replaced by a short message with
//! the emergency number it was showing, in its language. In a build with a panic hook (debug and
//! test builds) the hook shows it; the release build aborts at once on a panic (no hook runs), and
//! the page's script calls [`show_crash`] when the abort reaches it (embed/load-failure.js).

use std::cell::RefCell;
use std::sync::Once;

use symptom_engine::Lang;
use web_sys::Element;

use crate::i18n::{fill, t};
use crate::links::tel_href;

thread_local! {
    /// The roots of the mounted widgets, with the emergency number to show if the widget's own
    /// link cannot be read.
    static ROOTS: RefCell<Vec<(Element, String)>> = const { RefCell::new(Vec::new()) };
}

static INSTALL: Once = Once::new();

/// Sets the panic hook (once per page).
pub fn install() {
    INSTALL.call_once(|| {
        yew::set_custom_panic_hook(Box::new(|info| {
            web_sys::console::error_1(&format!("symptom-checker: {info}").into());
            show_everywhere();
        }));
    });
}

/// Remembers a mounted widget's root.
pub fn register(root: &Element, number: &str) {
    ROOTS.with(|r| {
        let mut roots = r.borrow_mut();
        roots.retain(|(el, _)| el != root);
        roots.push((root.clone(), number.to_string()));
    });
}

/// Forgets a widget's root (it was unmounted).
pub fn unregister(root: &Element) {
    ROOTS.with(|r| r.borrow_mut().retain(|(el, _)| el != root));
}

/// Replaces every registered widget with the crash message.
pub fn show_everywhere() {
    let roots = ROOTS.with(|r| r.try_borrow().map(|v| v.clone()).unwrap_or_default());
    for (root, fallback) in roots {
        let _ = show(&root, &fallback);
    }
}

/// Replaces the content of `root` with the crash message (text only, never HTML).
pub fn show(root: &Element, fallback_number: &str) -> Result<(), wasm_bindgen::JsValue> {
    let number = root
        .query_selector("a.sc-call")
        .ok()
        .flatten()
        .and_then(|a| a.get_attribute("href"))
        .and_then(|h| h.strip_prefix("tel:").map(str::to_string))
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| fallback_number.to_string());
    let lang = root
        .query_selector(".sc[lang]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|l| Lang::from_tag(&l))
        .unwrap_or(Lang::En);
    let s = t(lang);
    let doc = root.owner_document().ok_or(wasm_bindgen::JsValue::NULL)?;
    let wrap = doc.create_element("div")?;
    wrap.set_class_name("sc sc-crashed");
    wrap.set_attribute("lang", lang.tag())?;
    let p = doc.create_element("p")?;
    p.set_class_name("sc-notice sc-notice--error");
    p.set_attribute("role", "alert")?;
    p.set_text_content(Some(&fill(s.crashed, &[("number", &number)])));
    let a = doc.create_element("a")?;
    a.set_class_name("sc-call sc-call--big");
    a.set_attribute("href", &tel_href(&number))?;
    a.set_text_content(Some(&fill(s.call_number, &[("number", &number)])));
    let line = doc.create_element("p")?;
    line.append_child(&a)?;
    // The widget's heading stays, so that the page keeps its title.
    if let Some(title) = root.query_selector(".sc-title").ok().flatten() {
        wrap.append_child(&title.clone_node_with_deep(true)?)?;
    }
    wrap.append_child(&p)?;
    wrap.append_child(&line)?;
    root.replace_children_with_node_1(&wrap);
    Ok(())
}

/// Replaces every mounted widget with the crash message. The release build aborts on a panic
/// without running the panic hook (scripts/build.sh), so the page's script calls this when an
/// uncaught `WebAssembly.RuntimeError` reaches it (embed/load-failure.js).
#[wasm_bindgen::prelude::wasm_bindgen(js_name = showCrash)]
pub fn show_crash() {
    show_everywhere();
}

/// Deliberately panics. Exported so the end-to-end suite can prove that the release build
/// keeps the friendly crash message; it has no other use.
#[wasm_bindgen::prelude::wasm_bindgen(js_name = panicSelfTest)]
pub fn panic_self_test() {
    panic!("panic self-test");
}
