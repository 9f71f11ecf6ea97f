//! The symptom picker: the KB's symptoms and signs grouped by body site, with a search box.
//! Picking feeds the same findings as the text (`Request.picked`); unticking removes them.

use std::collections::BTreeMap;

use symptom_engine::kb::types::{BodySite, FindingKind};
use web_sys::{HtmlInputElement, InputEvent};
use yew::prelude::*;

use super::use_ctx;
use crate::i18n::{fill, site_name};
use crate::state::Action;

/// Lower-cases for matching (Chinese is unchanged).
fn fold(s: &str) -> String {
    s.chars().map(symptom_engine::text::normalize::lower).collect()
}

/// The picker.
#[function_component(Picker)]
pub fn picker() -> Html {
    let ctx = use_ctx();
    let s = ctx.s();
    let lang = ctx.lang();
    let query = use_state(String::new);
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
        })
    };
    let q = fold(query.trim());
    let mut groups: BTreeMap<BodySite, Vec<(String, String, bool)>> = BTreeMap::new();
    for f in &ctx.kb().findings {
        if f.derived.is_some() || !matches!(f.kind, FindingKind::Symptom | FindingKind::Sign) {
            continue;
        }
        let label = lang.pick(&f.label).to_string();
        let matches = q.is_empty()
            || fold(&f.label.en).contains(&q)
            || f.label.zh_tw.contains(q.as_str())
            || f.phrases.en.iter().chain(&f.phrases.zh_tw).any(|p| !p.contains('@') && fold(p).contains(&q));
        if !matches {
            continue;
        }
        let present = ctx.result.findings.iter().any(|r| r.id == f.id.as_str() && r.present);
        groups.entry(f.site).or_default().push((f.id.0.clone(), label, present));
    }
    let count: usize = groups.values().map(Vec::len).sum();
    let searching = !q.is_empty();
    let group_html = groups.into_iter().map(|(site, items)| {
        let picked = items.iter().filter(|i| i.2).count();
        let site_label = site_name(lang, site);
        let summary = if picked > 0 {
            format!("{site_label} ({picked}/{})", items.len())
        } else {
            format!("{site_label} ({})", items.len())
        };
        let site_id = serde_json::to_value(site).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
        html! {
            <details class="sc-site" data-site={site_id} open={searching || picked > 0}>
                <summary>{ summary }</summary>
                <ul class="sc-pick-list">
                    { for items.into_iter().map(|(id, label, present)| {
                        let input_id = ctx.id(&format!("pick-{id}"));
                        let onchange = {
                            let st = ctx.state.clone();
                            let question = ctx.answered_question_for(&id);
                            let id = id.clone();
                            Callback::from(move |e: Event| {
                                let input: HtmlInputElement = e.target_unchecked_into();
                                if input.checked() {
                                    st.dispatch(Action::Pick(id.clone()));
                                } else {
                                    st.dispatch(Action::Remove { id: id.clone(), question: question.clone() });
                                }
                            })
                        };
                        html! {
                            <li class="sc-pick" data-finding={id.clone()}>
                                <input type="checkbox" id={input_id.clone()} checked={present} {onchange} />
                                <label for={input_id}>{ label }</label>
                            </li>
                        }
                    }) }
                </ul>
            </details>
        }
    });
    html! {
        <section class="sc-picker" aria-labelledby={ctx.id("picker-h")}>
            <h3 id={ctx.id("picker-h")}>{ s.picker_heading }</h3>
            <label for={ctx.id("search")}>{ s.picker_search }</label>
            <input id={ctx.id("search")} class="sc-search" type="search" value={(*query).clone()} {oninput} autocomplete="off" />
            <p class="sc-hint sc-picker-count" aria-live="polite">
                { if count == 0 { s.picker_none.to_string() } else if searching { fill(s.picker_count, &[("n", &count.to_string())]) } else { String::new() } }
            </p>
            <div class="sc-sites">{ for group_html }</div>
        </section>
    }
}
