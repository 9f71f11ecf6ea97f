//! Similar questions from the Q&A library (expandable answers) and related topics.

use symptom_engine::schema::{Article, Text};
use symptom_engine::Lang;
use yew::prelude::*;

use super::Ctx;

fn list(lang: Lang, heading: &str, items: &[Text]) -> Html {
    if items.is_empty() {
        return html! {};
    }
    html! {
        <>
            <h4>{ heading.to_string() }</h4>
            <ul>{ for items.iter().map(|t| html! { <li>{ lang.pick(t).to_string() }</li> }) }</ul>
        </>
    }
}

/// One article as an expandable question and answer.
pub fn article_details(lang: Lang, a: &Article, s: &crate::i18n::Strings) -> Html {
    html! {
        <details class="sc-article" data-article={a.id.0.clone()}>
            <summary>{ lang.pick(&a.title).to_string() }</summary>
            <div class="sc-article-body">
                <p class="sc-article-question"><strong>{ s.similar_question }{ ": " }</strong>{ lang.pick(&a.question).to_string() }</p>
                <p class="sc-article-answer"><strong>{ s.similar_answer }{ ": " }</strong>{ lang.pick(&a.answer).to_string() }</p>
                { list(lang, s.similar_causes, &a.more_info.causes) }
                { list(lang, s.similar_steps, &a.more_info.steps) }
                { list(lang, s.seek_help, &a.more_info.seek_help) }
            </div>
        </details>
    }
}

/// Similar questions (`CheckResult.similar`).
pub fn similar(ctx: &Ctx) -> Html {
    let s = ctx.s();
    let lang = ctx.lang();
    let articles = ctx.engine.similar_articles(&ctx.result);
    if articles.is_empty() {
        return html! {};
    }
    html! {
        <section class="sc-similar" aria-labelledby={ctx.id("sim-h")}>
            <h3 id={ctx.id("sim-h")}>{ s.similar_heading }</h3>
            <ul class="sc-article-list">
                { for articles.into_iter().map(|a| html! { <li>{ article_details(lang, a, s) }</li> }) }
            </ul>
        </section>
    }
}

/// Topics linked to the causes or similar questions shown.
pub fn topics(ctx: &Ctx) -> Html {
    let s = ctx.s();
    let lang = ctx.lang();
    let r = &ctx.result;
    let topics = ctx.engine.topics_of(r);
    if topics.is_empty() {
        return html! {};
    }
    html! {
        <section class="sc-topics" aria-labelledby={ctx.id("top-h")}>
            <h3 id={ctx.id("top-h")}>{ s.topics_heading }</h3>
            <ul class="sc-topic-list">
                { for topics.into_iter().map(|(t, articles)| html! {
                    <li data-topic={t.id.0.clone()}>
                        <details class="sc-topic">
                            <summary>{ lang.pick(&t.name).to_string() }</summary>
                            <ul>
                                { for articles.into_iter().map(|a| html! { <li>{ article_details(lang, a, s) }</li> }) }
                            </ul>
                        </details>
                    </li>
                }) }
            </ul>
        </section>
    }
}
