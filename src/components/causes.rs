//! Possible causes with the plain-language why (finding labels for and against), and for each
//! its KB advice: who to see, tests, self-care, when to get help. Also the sources list.

use symptom_engine::schema::Text;
use symptom_engine::Lang;
use yew::prelude::*;

use super::icons::triage_icon;
use super::Ctx;
use crate::i18n::{fill, triage_short, triage_words};
use crate::links::safe_href;

fn text_list(lang: Lang, heading: &str, items: &[Text], class: &'static str) -> Html {
    if items.is_empty() {
        return html! {};
    }
    html! {
        <div class={class}>
            <h5>{ heading.to_string() }</h5>
            <ul>{ for items.iter().map(|t| html! { <li>{ lang.pick(t).to_string() }</li> }) }</ul>
        </div>
    }
}

/// The possible causes: of the check, or (`complaint_index`) of one of its complaints, under
/// its name, level and action.
pub fn causes(ctx: &Ctx, complaint_index: Option<usize>) -> Html {
    let s = ctx.s();
    let lang = ctx.lang();
    let r = &ctx.result;
    let complaint = complaint_index.and_then(|k| r.complaints.get(k));
    let conditions = complaint.map_or(&r.conditions, |c| &c.conditions);
    let heading_id = ctx.id(&format!("causes-h{}", complaint_index.map_or(String::new(), |k| k.to_string())));
    // Causes a warning sign is about come first; the most likely of the others follows.
    let first_likely = conditions.iter().position(|c| !c.rule_out_first).unwrap_or(0);
    html! {
        <section class={classes!("sc-causes", complaint.is_some().then_some("sc-complaint"))} aria-labelledby={heading_id.clone()}>
            if let Some(c) = complaint {
                <h3 id={heading_id}>{ fill(s.complaint_heading, &[("label", &c.label)]) }</h3>
                if let Some(level) = c.triage {
                    <p class="sc-complaint-level" data-triage={level.as_str()}>
                        <span class={classes!("sc-level", format!("sc-level--{}", level.as_str()))}>
                            { triage_icon(level) }
                            <strong>{ triage_words(lang, level) }</strong>
                        </span>
                        if let Some(action) = &c.action {
                            { " " }{ action.clone() }
                        }
                    </p>
                }
            } else {
                <h3 id={heading_id}>{ s.causes_heading }</h3>
            }
            if conditions.is_empty() {
                <p>{ s.causes_none }</p>
            } else {
                if complaint.is_none() {
                    <p class="sc-hint">{ s.causes_intro }</p>
                }
                <ol class="sc-cause-list">
                    { for conditions.iter().enumerate().map(|(i, c)| {
                        let kb = ctx.engine.condition(&c.id);
                        html! {
                            <li class="sc-cause" data-condition={c.id.to_string()} data-triage={c.triage.as_str()}>
                                <h4 class="sc-cause-name">{ c.name.clone() }</h4>
                                <p class="sc-cause-meta">
                                    <span class="sc-cause-rank">{
                                        if c.rule_out_first {
                                            s.cause_rank_rule_out
                                        } else if i == first_likely {
                                            s.cause_rank_first
                                        } else {
                                            s.cause_rank_other
                                        }
                                    }</span>
                                    { " · " }
                                    <span class={classes!("sc-level", format!("sc-level--{}", c.triage.as_str()))}>
                                        { triage_icon(c.triage) }
                                        { s.cause_level }{ ": " }{ triage_short(lang, c.triage) }
                                    </span>
                                </p>
                                if let Some(k) = kb {
                                    <p class="sc-cause-description">{ lang.pick(&k.description).to_string() }</p>
                                }
                                if !c.why.for_.is_empty() {
                                    <p class="sc-why-for"><strong>{ s.why_for }{ ": " }</strong>{ c.why.for_.join(if lang == Lang::En { ", " } else { "、" }) }</p>
                                }
                                if !c.why.against.is_empty() {
                                    <p class="sc-why-against"><strong>{ s.why_against }{ ": " }</strong>{ c.why.against.join(if lang == Lang::En { ", " } else { "、" }) }</p>
                                }
                                if let Some(k) = kb {
                                    <details class="sc-cause-details" open={i == 0}>
                                        <summary>{ s.cause_details }</summary>
                                        <div class="sc-specialist">
                                            <h5>{ s.specialist }</h5>
                                            <p>{ lang.pick(&k.specialist).to_string() }</p>
                                        </div>
                                        { text_list(lang, s.tests, &k.tests, "sc-tests") }
                                        { text_list(lang, s.self_care, &k.self_care, "sc-self-care") }
                                        { text_list(lang, s.seek_help, &k.seek_help, "sc-seek-help") }
                                    </details>
                                }
                            </li>
                        }
                    }) }
                </ol>
            }
        </section>
    }
}

/// The sources cited by the causes and similar questions shown. Only http(s) and mailto links
/// are made; anything else is shown as text.
pub fn sources(ctx: &Ctx) -> Html {
    let s = ctx.s();
    let r = &ctx.result;
    let items: Vec<Html> = ctx
        .engine
        .sources_cited(r)
        .into_iter()
        .map(|src| {
            let text = format!("{}: {}", src.publisher, src.title);
            match safe_href(&src.url) {
                Some(href) => html! {
                    <li><a href={href.to_string()} rel="noopener noreferrer" class="sc-source">{ text }</a></li>
                },
                None => html! { <li class="sc-source-text">{ text }</li> },
            }
        })
        .collect();
    if items.is_empty() {
        return html! {};
    }
    html! {
        <section class="sc-sources" aria-labelledby={ctx.id("src-h")}>
            <h3 id={ctx.id("src-h")}>{ s.sources_heading }</h3>
            <ul>{ for items }</ul>
        </section>
    }
}
