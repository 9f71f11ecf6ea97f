//! Small browser helpers: date, download, clipboard, print, focus, language of the host page.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlElement, HtmlTextAreaElement, Url};
use yew::NodeRef;

/// Today's local date, `YYYY-MM-DD`.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// Offers `content` as a file download (Blob + object URL; nothing leaves the device).
pub fn download(filename: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or(JsValue::NULL)?;
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let a: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(filename);
    a.set_class_name("sc-download-link");
    let body = document.body().ok_or(JsValue::NULL)?;
    body.append_child(&a)?;
    a.click();
    body.remove_child(&a)?;
    Url::revoke_object_url(&url)?;
    Ok(())
}

/// Copies text: `navigator.clipboard.writeText`, else a hidden textarea and `execCommand`.
/// Returns false when neither worked (the caller then shows the text to copy by hand).
pub async fn copy_text(text: &str) -> bool {
    if let Some(window) = web_sys::window() {
        let navigator = window.navigator();
        let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
            .map(|c| !c.is_undefined() && !c.is_null())
            .unwrap_or(false);
        if has_clipboard {
            // Some browsers leave the promise pending (permission prompt, no focus): give up
            // after a while and use the fallback.
            let timeout = JsValue::from_str("sc-timeout");
            let write = navigator.clipboard().write_text(text);
            let race = js_sys::Promise::race(&js_sys::Array::of2(&write, &delay(1500, timeout.clone())));
            if wasm_bindgen_futures::JsFuture::from(race).await.is_ok_and(|v| v != timeout) {
                return true;
            }
        }
    }
    copy_with_exec_command(text)
}

/// A promise that resolves to `value` after `ms` milliseconds.
pub fn delay(ms: i32, value: JsValue) -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, _reject| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_1(&resolve, ms, &value);
        }
    })
}

/// The text of a same-origin or CORS-readable URL; `None` on any failure. A plain `fetch` (no
/// cookies to other sites), so that a `<link rel="preload" as="fetch" crossorigin>` of the page
/// for the same URL answers it.
pub async fn fetch_text(url: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    wasm_bindgen_futures::JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// The text of the page's element with this id (e.g. a `<script type="application/json">`).
pub fn inline_text(id: &str) -> Option<String> {
    web_sys::window()?.document()?.get_element_by_id(id)?.text_content().filter(|t| !t.is_empty())
}

/// Waits `ms` milliseconds.
pub async fn sleep(ms: i32) {
    let _ = wasm_bindgen_futures::JsFuture::from(delay(ms, JsValue::NULL)).await;
}

fn copy_with_exec_command(text: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Ok(area) =
        document.create_element("textarea").and_then(|e| e.dyn_into::<HtmlTextAreaElement>().map_err(JsValue::from))
    else {
        return false;
    };
    area.set_value(text);
    area.set_class_name("sc-copy-buffer");
    let _ = area.set_attribute("readonly", "");
    let Some(body) = document.body() else {
        return false;
    };
    if body.append_child(&area).is_err() {
        return false;
    }
    area.select();
    let ok = document.dyn_ref::<web_sys::HtmlDocument>().and_then(|d| d.exec_command("copy").ok()).unwrap_or(false);
    let _ = body.remove_child(&area);
    ok
}

/// Opens the browser's print dialog (the print stylesheet shows the summary only).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Moves keyboard focus to the element (e.g. the heading of a new step).
pub fn focus(node: &NodeRef) {
    if let Some(el) = node.cast::<HtmlElement>() {
        let _ = el.focus();
    }
}

/// The language of the host page: the nearest `lang` attribute of `el` (or of `<html>`), else
/// the browser's language.
pub fn host_lang(el: Option<&web_sys::Element>) -> Option<String> {
    let from_el = el.and_then(|e| e.closest("[lang]").ok().flatten()).and_then(|e| e.get_attribute("lang"));
    let from_doc = || {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|e| e.get_attribute("lang"))
    };
    let from_nav = || web_sys::window().and_then(|w| w.navigator().language());
    from_el.filter(|l| !l.is_empty()).or_else(|| from_doc().filter(|l| !l.is_empty())).or_else(from_nav)
}
