//! The triage banner: colour, icon and words (never colour alone), the concrete action with the
//! configured emergency number, and a call link. It lives in the root's aria-live region.

use symptom_engine::Triage;
use yew::prelude::*;

use super::icons::triage_icon;
use super::{use_ctx, use_focus_when};
use crate::i18n::{fill, triage_words};
use crate::links::tel_href;

/// Props of [`TriageBanner`].
#[derive(Properties, PartialEq)]
pub struct TriageBannerProps {
    /// Move focus to the banner (on arriving at the result).
    #[prop_or_default]
    pub focus: bool,
}

/// The triage banner for the current result.
#[function_component(TriageBanner)]
pub fn triage_banner(props: &TriageBannerProps) -> Html {
    let ctx = use_ctx();
    let s = ctx.s();
    let lang = ctx.lang();
    let r = &ctx.result;
    let heading = use_node_ref();
    use_focus_when(heading.clone(), props.focus, ());
    let number = ctx.number.to_string();
    let Some(level) = r.triage else {
        return html! {
            <div class="sc-triage sc-triage--none" data-triage="none">
                <h2 class="sc-triage-title" ref={heading} tabindex="-1">{ s.need_more_heading }</h2>
                <p class="sc-triage-action">{ r.message.clone() }</p>
            </div>
        };
    };
    let action = r.action.clone().unwrap_or_default();
    html! {
        <div class={classes!("sc-triage", format!("sc-triage--{}", level.as_str()))} data-triage={level.as_str()}>
            { triage_icon(level) }
            <div class="sc-triage-body">
                <h2 class="sc-triage-title" ref={heading} tabindex="-1">
                    <span class="sc-triage-label">{ s.triage_heading }{ ": " }</span>
                    <span class="sc-triage-words">{ triage_words(lang, level) }</span>
                </h2>
                <p class="sc-triage-action">{ action }</p>
                if level == Triage::Emergency {
                    <p><a class="sc-call sc-call--big" href={tel_href(&number)}>{ fill(s.call_number, &[("number", &number)]) }</a></p>
                }
            </div>
        </div>
    }
}
