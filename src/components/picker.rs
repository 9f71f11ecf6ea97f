//! The symptom picker: the KB's symptoms and signs grouped by body site, with a search box.
//! Picking feeds the same findings as the text (`Request.picked`); unticking removes them.

use std::rc::Rc;

use symptom_engine::schema::BodySite;
use web_sys::{HtmlInputElement, InputEvent};
use yew::prelude::*;

use super::use_ctx;
use crate::i18n::{fill, site_name};
use crate::state::Action;

/// One body site's findings: (id, label, present).
type Group = (BodySite, Vec<(String, String, bool)>);

/// The engine's pickable findings for the search `q`, each marked picked when present.
fn groups(ctx: &super::Ctx, q: &str) -> Vec<Group> {
    let present: Vec<&str> = ctx.result.findings.iter().filter(|r| r.present).map(|r| r.id.as_str()).collect();
    ctx.engine
        .pickable(ctx.lang(), q)
        .into_iter()
        .map(|g| {
            let items = g.findings.into_iter().map(|p| {
                let picked = present.contains(&p.id.as_str());
                (p.id.0, p.label, picked)
            });
            (g.site, items.collect())
        })
        .collect()
}

/// The picker. A group's checkboxes are rendered only while it is open (when searching, when one
/// of them is picked, or opened by the patient), and the groups are computed again only when
/// what they show changes, so that typing stays quick with a clinic KB of thousands of findings.
#[function_component(Picker)]
pub fn picker() -> Html {
    let ctx = use_ctx();
    let s = ctx.s();
    let lang = ctx.lang();
    let query = use_state(String::new);
    // The sites the patient opened.
    let opened = use_state(Vec::<BodySite>::new);
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
        })
    };
    let q = query.trim().to_string();
    let present: Vec<String> = ctx.result.findings.iter().filter(|r| r.present).map(|r| r.id.0.clone()).collect();
    let groups = use_memo((Rc::as_ptr(&ctx.engine) as usize, lang, q.clone(), present), {
        let ctx = ctx.clone();
        move |(_, _, q, _)| groups(&ctx, q)
    });
    let count: usize = groups.iter().map(|g| g.1.len()).sum();
    let searching = !q.is_empty();
    let group_html = groups.iter().map(|(site, items)| {
        let site = *site;
        let picked = items.iter().filter(|i| i.2).count();
        let site_label = site_name(lang, site);
        let summary = if picked > 0 {
            format!("{site_label} ({picked}/{})", items.len())
        } else {
            format!("{site_label} ({})", items.len())
        };
        let open = searching || picked > 0 || opened.contains(&site);
        let ontoggle = {
            let opened = opened.clone();
            Callback::from(move |e: Event| {
                let details: web_sys::Element = e.target_unchecked_into();
                let is_open = details.has_attribute("open");
                if is_open != opened.contains(&site) {
                    let mut now = (*opened).clone();
                    if is_open {
                        now.push(site);
                    } else {
                        now.retain(|s| *s != site);
                    }
                    opened.set(now);
                }
            })
        };
        html! {
            <details class="sc-site" data-site={site.as_str()} {open} {ontoggle}>
                <summary>{ summary }</summary>
                if open {
                    <ul class="sc-pick-list">
                        { for items.iter().map(|(id, label, present)| {
                            let input_id = ctx.id(&format!("pick-{id}"));
                            let onchange = {
                                // The answered question is looked up on a change, not for every
                                // item at every render.
                                let ctx = ctx.clone();
                                let id = id.clone();
                                Callback::from(move |e: Event| {
                                    let input: HtmlInputElement = e.target_unchecked_into();
                                    if input.checked() {
                                        ctx.state.dispatch(Action::Pick(id.clone()));
                                    } else {
                                        let question = ctx.answered_question_for(&id);
                                        ctx.state.dispatch(Action::Remove { id: id.clone(), question });
                                    }
                                })
                            };
                            html! {
                                <li class="sc-pick" data-finding={id.clone()}>
                                    <input type="checkbox" id={input_id.clone()} checked={*present} {onchange} />
                                    <label for={input_id}>{ label.clone() }</label>
                                </li>
                            }
                        }) }
                    </ul>
                }
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
