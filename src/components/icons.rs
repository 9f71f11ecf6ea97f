//! Small inline SVG icons (decorative: the words always say the same).

use symptom_engine::Triage;
use yew::prelude::*;

/// A distinct shape per triage level, so the level never depends on colour alone.
pub fn triage_icon(level: Triage) -> Html {
    let shape = match level {
        // A warning triangle with an exclamation mark.
        Triage::Emergency => html! {
            <>
                <path d="M12 2 L23 21 H1 Z" class="sc-icon-fill" />
                <path d="M12 9 V14 M12 17 V18" class="sc-icon-mark" />
            </>
        },
        // A clock.
        Triage::Urgent => html! {
            <>
                <circle cx="12" cy="12" r="10" class="sc-icon-fill" />
                <path d="M12 6 V12 L16 15" class="sc-icon-mark" />
            </>
        },
        // A calendar.
        Triage::Soon => html! {
            <>
                <rect x="3" y="4" width="18" height="17" rx="2" class="sc-icon-fill" />
                <path d="M3 9 H21 M8 2 V6 M16 2 V6 M8 14 H11" class="sc-icon-mark" />
            </>
        },
        // A house.
        Triage::SelfCare => html! {
            <>
                <path d="M12 2 L22 11 H19 V21 H5 V11 H2 Z" class="sc-icon-fill" />
                <path d="M10 21 V15 H14 V21" class="sc-icon-mark" />
            </>
        },
    };
    html! {
        <svg class="sc-icon sc-triage-icon" viewBox="0 0 24 24" width="40" height="40" aria-hidden="true" focusable="false">
            { shape }
        </svg>
    }
}
