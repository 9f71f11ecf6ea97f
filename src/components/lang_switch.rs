//! The language switch: English / 中文（台灣）. Switching keeps everything the patient entered.

use symptom_engine::Lang;
use yew::prelude::*;

use super::Ctx;
use crate::i18n::t;
use crate::state::Action;

/// Two toggle buttons, each labelled in its own language.
pub fn lang_switch(ctx: &Ctx) -> Html {
    let current = ctx.lang();
    html! {
        <div class="sc-lang" role="group" aria-label={ctx.s().lang_label}>
            { for [Lang::En, Lang::ZhTw].into_iter().map(|lang| html! {
                <button
                    type="button"
                    class={classes!("sc-button", "sc-lang-button", (lang == current).then_some("sc-lang-current"))}
                    lang={lang.tag()}
                    data-lang={lang.tag()}
                    aria-pressed={(lang == current).to_string()}
                    onclick={ctx.on(Action::SetLang(lang))}
                >
                    { t(lang).lang_name }
                </button>
            }) }
        </div>
    }
}
