//! The symptom diary: opt-in, stored only on this device, with a chart of episodes over time,
//! CSV and JSON export, and "delete my data".

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::{use_ctx, use_focus_when, Ctx};
use crate::diary::model::{date_of, day_number};
use crate::diary::{export, Entry, Notice, MAX_ENTRIES};
use crate::i18n::{fill, Strings};
use crate::state::Action;

fn notice_text(s: &Strings, n: &Notice) -> Option<String> {
    Some(match n {
        Notice::Unavailable => s.diary_unavailable.to_string(),
        Notice::Corrupted { kept, lost } => {
            fill(s.diary_corrupted, &[("kept", &kept.to_string()), ("lost", &lost.to_string())])
        }
        Notice::BackedUp(key) => fill(s.diary_backup, &[("key", key)]),
        Notice::ReadOnly => s.diary_read_only.to_string(),
        Notice::Newer => s.diary_newer.to_string(),
        Notice::SaveFailed => s.diary_save_failed.to_string(),
        Notice::Full => fill(s.diary_full, &[("n", &MAX_ENTRIES.to_string())]),
        Notice::Saved => s.diary_saved.to_string(),
        Notice::Deleted => s.diary_deleted.to_string(),
    })
}

/// Entries listed at a time, most recent first shown.
const DIARY_PAGE: usize = 50;

/// The diary panel.
#[function_component(DiaryPanel)]
pub fn diary_panel() -> Html {
    let ctx = use_ctx();
    let s = ctx.s();
    // One copy of the diary per render, shared by every callback: a copy per entry made
    // opening a 10,000-entry diary quadratic (and fatal).
    let diary = std::rc::Rc::new(ctx.state.diary.clone());
    // Only the most recent entries are listed, a page at a time.
    let listed = use_state(|| DIARY_PAGE);
    let heading = use_node_ref();
    use_focus_when(heading.clone(), ctx.state.navigated, ());
    let date = use_state(crate::web::today);
    let symptom =
        use_state(|| ctx.result.findings.iter().find(|f| f.present).map(|f| f.label.clone()).unwrap_or_default());
    let duration = use_state(String::new);
    let notes = use_state(String::new);
    let missing = use_state(|| false);
    let confirm = use_state(|| false);

    let enable = ctx.on(Action::DiaryEnable);
    let onsubmit = {
        let st = ctx.state.clone();
        let (date, symptom, duration, notes, missing) =
            (date.clone(), symptom.clone(), duration.clone(), notes.clone(), missing.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if day_number(&date).is_none() || symptom.trim().is_empty() {
                missing.set(true);
                return;
            }
            missing.set(false);
            let entry = Entry {
                date: (*date).clone(),
                symptom: symptom.trim().to_string(),
                duration: duration.trim().to_string(),
                notes: notes.trim().to_string(),
            };
            duration.set(String::new());
            notes.set(String::new());
            st.dispatch(Action::DiaryAdd(entry));
        })
    };
    let remove = |i: usize| ctx.on(Action::DiaryRemove(i));
    let hidden = diary.entries.len().saturating_sub(*listed);
    let show_older = {
        let listed = listed.clone();
        Callback::from(move |_| listed.set(*listed + DIARY_PAGE))
    };
    let export = |kind: &'static str| {
        let entries = diary.entries.clone();
        Callback::from(move |_| {
            let day = crate::web::today();
            let _ = match kind {
                "csv" => crate::web::download(
                    &export::file_name(&day, "csv"),
                    "text/csv;charset=utf-8",
                    &export::to_csv(&entries),
                ),
                _ => crate::web::download(
                    &export::file_name(&day, "json"),
                    "application/json",
                    &export::to_json(&entries),
                ),
            };
        })
    };
    let ask_delete = {
        let confirm = confirm.clone();
        Callback::from(move |_| confirm.set(true))
    };
    let cancel_delete = {
        let confirm = confirm.clone();
        Callback::from(move |_| confirm.set(false))
    };
    let do_delete = {
        let st = ctx.state.clone();
        let confirm = confirm.clone();
        Callback::from(move |_| {
            confirm.set(false);
            st.dispatch(Action::DiaryDeleteAll);
        })
    };
    let text_input = |h: &UseStateHandle<String>| {
        let h = h.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            h.set(input.value());
        })
    };
    let notes_input = {
        let h = notes.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            h.set(area.value());
        })
    };
    let problems: Vec<&Notice> =
        diary.notices.iter().filter(|n| !matches!(n, Notice::Saved | Notice::Deleted)).collect();
    let info: Vec<&Notice> = diary.notices.iter().filter(|n| matches!(n, Notice::Saved | Notice::Deleted)).collect();

    html! {
        <section class="sc-panel sc-diary" aria-labelledby={ctx.id("diary-h")}>
            <h2 id={ctx.id("diary-h")} ref={heading} tabindex="-1">{ s.diary_heading }</h2>
            <p>{ s.diary_intro }</p>
            <p class="sc-privacy">{ s.diary_privacy }</p>
            if !problems.is_empty() {
                <div class="sc-notice sc-notice--warning sc-diary-problem" role="alert">
                    { for problems.iter().filter_map(|n| notice_text(s, n)).map(|t| html! { <p>{ t }</p> }) }
                </div>
            }
            <div class="sc-diary-status" role="status">
                { for info.iter().filter_map(|n| notice_text(s, n)).map(|t| html! { <p>{ t }</p> }) }
            </div>
            if !diary.enabled {
                <div class="sc-actions">
                    <button type="button" class="sc-button sc-primary sc-diary-enable" onclick={enable}>{ s.diary_enable }</button>
                </div>
            } else {
                <form class="sc-diary-form" {onsubmit} novalidate=true>
                    <h3>{ s.diary_add_heading }</h3>
                    <div class="sc-field">
                        <label for={ctx.id("d-date")}>{ s.diary_date }</label>
                        <input id={ctx.id("d-date")} class="sc-d-date" type="date" value={(*date).clone()} oninput={text_input(&date)} required=true />
                    </div>
                    <div class="sc-field">
                        <label for={ctx.id("d-symptom")}>{ s.diary_symptom }</label>
                        <input id={ctx.id("d-symptom")} class="sc-d-symptom" type="text" value={(*symptom).clone()} oninput={text_input(&symptom)} required=true />
                    </div>
                    <div class="sc-field">
                        <label for={ctx.id("d-duration")}>{ s.diary_duration }</label>
                        <input id={ctx.id("d-duration")} class="sc-d-duration" type="text" aria-describedby={ctx.id("d-duration-hint")} value={(*duration).clone()} oninput={text_input(&duration)} />
                        <p id={ctx.id("d-duration-hint")} class="sc-hint">{ s.diary_duration_hint }</p>
                    </div>
                    <div class="sc-field">
                        <label for={ctx.id("d-notes")}>{ s.diary_notes }</label>
                        <textarea id={ctx.id("d-notes")} class="sc-d-notes" rows="2" value={(*notes).clone()} oninput={notes_input} />
                    </div>
                    if *missing {
                        <p class="sc-notice sc-notice--error" role="alert">{ s.diary_missing }</p>
                    }
                    <button type="submit" class="sc-button sc-primary sc-diary-add">{ s.diary_add }</button>
                </form>
                <h3>{ s.diary_chart }</h3>
                { diary_chart(&ctx, &diary.entries) }
                <h3>{ fill(s.diary_entries, &[("n", &diary.entries.len().to_string())]) }</h3>
                if diary.entries.is_empty() {
                    <p class="sc-hint">{ s.diary_empty }</p>
                } else {
                    if hidden > 0 {
                        <button type="button" class="sc-button sc-diary-older" onclick={show_older}>
                            { fill(s.diary_show_older, &[("n", &hidden.min(DIARY_PAGE).to_string())]) }
                        </button>
                    }
                    <ul class="sc-diary-entries">
                        { for diary.entries.iter().enumerate().skip(hidden).map(|(i, e)| html! {
                            <li class="sc-diary-entry">
                                <span class="sc-d-when">{ e.date.clone() }</span>{ " " }
                                <strong class="sc-d-what">{ e.symptom.clone() }</strong>
                                if !e.duration.is_empty() { { " · " }<span>{ e.duration.clone() }</span> }
                                if !e.notes.is_empty() { <p class="sc-d-notes-text">{ e.notes.clone() }</p> }
                                <button type="button" class="sc-chip-button sc-diary-remove" aria-label={format!("{}: {} {}", s.diary_remove, e.date, e.symptom)} onclick={remove(i)}>
                                    <span aria-hidden="true">{ "×" }</span>
                                </button>
                            </li>
                        }) }
                    </ul>
                }
                <div class="sc-actions">
                    <button type="button" class="sc-button sc-export-csv" onclick={export("csv")} disabled={diary.entries.is_empty()}>{ s.diary_export_csv }</button>
                    <button type="button" class="sc-button sc-export-json" onclick={export("json")} disabled={diary.entries.is_empty()}>{ s.diary_export_json }</button>
                </div>
                <div class="sc-actions sc-danger-zone">
                    if *confirm {
                        <button type="button" class="sc-button sc-danger sc-diary-delete-confirm" onclick={do_delete}>{ s.diary_delete_confirm }</button>
                        <button type="button" class="sc-button sc-diary-delete-cancel" onclick={cancel_delete}>{ s.cancel }</button>
                    } else {
                        <button type="button" class="sc-button sc-danger sc-diary-delete" onclick={ask_delete}>{ s.diary_delete }</button>
                    }
                </div>
            }
            <div class="sc-actions">
                <button type="button" class="sc-button sc-diary-close" onclick={ctx.on(Action::ToggleDiary(false))}>{ s.diary_close }</button>
            </div>
        </section>
    }
}

/// A length given in tenths, as SVG text: 1234 -> "123.4", 60 -> "6".
fn units(tenths: u64) -> String {
    match tenths % 10 {
        0 => (tenths / 10).to_string(),
        d => format!("{}.{d}", tenths / 10),
    }
}

/// An SVG bar chart of episodes per day (or per week for long diaries), with a text equivalent:
/// a plain function of the context (a component of its own costs about 0.4 KB of .wasm).
fn diary_chart(ctx: &Ctx, entries: &[Entry]) -> Html {
    let s = ctx.s();
    let Some(chart) = crate::diary::model::chart(entries) else {
        return html! { <p class="sc-hint">{ s.diary_empty }</p> };
    };
    // The geometry is in tenths of a viewBox unit, in integers: formatting an f64 would link the
    // standard library's float printing (about 6 KB gzipped of .wasm) for this one chart.
    const W: u64 = 6000;
    const H: u64 = 1800;
    const PAD_L: u64 = 280;
    const PAD_B: u64 = 240;
    const PAD_T: u64 = 120;
    let max = u64::from(chart.counts.iter().copied().max().unwrap_or(1).max(1));
    let n = (chart.counts.len() as u64).max(1);
    let span = W - PAD_L;
    let plot_h = H - PAD_B - PAD_T;
    let bar_w = (span * 8 / (10 * n)).max(10);
    let from = date_of(chart.from);
    let to = date_of(chart.to);
    let desc = fill(s.diary_chart_desc, &[("n", &entries.len().to_string()), ("from", &from), ("to", &to)]);
    let bars = chart.counts.iter().enumerate().filter(|(_, c)| **c > 0).map(|(i, c)| {
        let bh = plot_h * u64::from(*c) / max;
        let x = PAD_L + (10 * i as u64 * span + span) / (10 * n);
        let day = date_of(chart.from + i as i64 * chart.days_per_bar);
        html! {
            <rect class="sc-chart-bar" x={units(x)} y={units(PAD_T + plot_h - bh)} width={units(bar_w)} height={units(bh)}>
                <title>{ format!("{day}: {c}") }</title>
            </rect>
        }
    });
    let (w, h, pad_l, pad_t, axis_y) = (units(W), units(H), units(PAD_L), units(PAD_T), units(H - PAD_B));
    html! {
        <figure class="sc-chart">
            <svg class="sc-chart-svg" viewBox={format!("0 0 {w} {h}")} role="img" aria-labelledby={ctx.id("chart-desc")}>
                <line class="sc-chart-axis" x1={pad_l.clone()} y1={axis_y.clone()} x2={w.clone()} y2={axis_y.clone()} />
                <line class="sc-chart-axis" x1={pad_l.clone()} y1={pad_t} x2={pad_l.clone()} y2={axis_y.clone()} />
                <text class="sc-chart-label" x="2" y={units(PAD_T + 100)}>{ max.to_string() }</text>
                <text class="sc-chart-label" x="2" y={axis_y}>{ "0" }</text>
                <text class="sc-chart-label" x={pad_l} y={units(H - 60)}>{ from.clone() }</text>
                <text class="sc-chart-label sc-chart-label--end" x={w} y={units(H - 60)} text-anchor="end">{ to.clone() }</text>
                { for bars }
            </svg>
            <figcaption id={ctx.id("chart-desc")}>{ desc }</figcaption>
        </figure>
    }
}
