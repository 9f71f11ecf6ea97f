//! The widget's root: configuration, the engine, the reducer, the check, and the step views.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use symptom_engine::{Engine, Lang, Request, Triage};
use yew::prelude::*;

use crate::components::describe::Describe;
use crate::components::diary::DiaryPanel;
use crate::components::interview::Interview;
use crate::components::lang_switch::lang_switch;
use crate::components::result::result_view;
use crate::components::start::Start;
use crate::components::triage_banner::TriageBanner;
use crate::components::Ctx;
use crate::diary::{store, Diary, StoreOp};
use crate::i18n::{fill, lang_from_tag, t};
use crate::links::tel_href;
use crate::state::{Action, State, Step};

/// How a host mounts the widget: `<symptom-checker>`'s attributes map here (`embed.rs`), as do
/// the data attributes of the page's own root; a Rust host (and the component tests) can give
/// the bundled files as text (docs/embedding.md, "From Rust").
#[derive(Properties, Clone, PartialEq, Default)]
pub struct Config {
    /// Language tag (`en`, `zh-TW`, `zh-Hant`, ...); default: the host page, then the browser.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    /// The clinic's emergency number; default: the KB's.
    #[prop_or_default]
    pub emergency_number: Option<AttrValue>,
    /// A clinic KB (JSON text); if it does not validate, the bundled KB is used and a notice shown.
    #[prop_or_default]
    pub kb_json: Option<Rc<str>>,
    /// `light`, `dark`, or automatic (follows the system).
    #[prop_or_default]
    pub theme: Option<AttrValue>,
    /// The `localStorage` key of the diary (default `symptom-checker.diary`).
    #[prop_or_default]
    pub storage_key: Option<AttrValue>,
    /// The clinic's name and phone number, printed on the summary ("Riverside Clinic, 02 1234
    /// 5678"); shown as text only.
    #[prop_or_default]
    pub clinic: Option<AttrValue>,
    /// Called with the triage level whenever a result is shown (e.g. to offer booking).
    #[prop_or_default]
    pub on_triage: Option<Callback<Option<Triage>>>,
    /// The clinic KB could not be fetched (the host's message): the bundled KB is used and the
    /// message shown, as for a KB that does not validate.
    #[prop_or_default]
    pub kb_error: Option<AttrValue>,
    /// The folder (URL) of the bundled KB's files (default: the page's folder): `kb.en.json`
    /// and `kb.zh-TW.json` (the KB without its Q&A articles, with the texts of one language),
    /// loaded before the widget starts, and `articles.en.json` and `articles.zh-TW.json`,
    /// loaded once it is interactive. The patient's language first, the other on a switch.
    #[prop_or_default]
    pub kb_base: Option<AttrValue>,
    /// The bundled KB without its articles (JSON text, one or both languages), used instead of
    /// loading `kb.<lang>.json`.
    #[prop_or_default]
    pub bundled_json: Option<Rc<str>>,
    /// The bundled KB's articles (a JSON array), used instead of loading `articles.<lang>.json`.
    #[prop_or_default]
    pub articles_json: Option<Rc<str>>,
    /// The general safety screen (JSON text, one or both languages), used instead of loading
    /// `screen.<lang>.json`.
    #[prop_or_default]
    pub screen_json: Option<Rc<str>>,
}

/// A file of the bundled KB (its core or its articles), as far as it is loaded.
#[derive(Clone)]
enum Bundled {
    /// Not (yet) loaded.
    Pending,
    /// Loaded for a language (or given for all: `None`).
    Loaded(Option<Lang>, Arc<str>),
    /// Could not be loaded (offline on a first visit, a server error).
    Failed,
}

/// Same state and the same text object (not a comparison of the text: this is a memo key).
impl PartialEq for Bundled {
    fn eq(&self, other: &Bundled) -> bool {
        match (self, other) {
            (Bundled::Loaded(a, x), Bundled::Loaded(b, y)) => a == b && Arc::ptr_eq(x, y),
            (Bundled::Pending, Bundled::Pending) | (Bundled::Failed, Bundled::Failed) => true,
            _ => false,
        }
    }
}

impl Bundled {
    fn text(&self) -> Option<Arc<str>> {
        match self {
            Bundled::Loaded(_, text) => Some(text.clone()),
            _ => None,
        }
    }

    /// The language of a file loaded for one (`None` for a file given for all, or not loaded).
    fn lang(&self) -> Option<Lang> {
        match self {
            Bundled::Loaded(l, _) => *l,
            _ => None,
        }
    }

    /// The text, when the file is for `lang` (or given for all).
    fn text_for(&self, lang: Lang) -> Option<Arc<str>> {
        self.text().filter(|_| self.is_for(lang))
    }

    fn is_for(&self, lang: Lang) -> bool {
        matches!(self, Bundled::Loaded(None, _)) || matches!(self, Bundled::Loaded(Some(l), _) if *l == lang)
    }
}

/// The bundled KB's file `<name>.<lang>.json`: an element `#symptom-checker-<name>.<lang>` of
/// the page (the single-file build inlines them), else the file in `base`.
async fn load_bundled(base: Option<&str>, name: &str, lang: Lang) -> Option<Arc<str>> {
    let tag = lang.tag();
    if let Some(text) = crate::web::inline_text(&format!("symptom-checker-{name}.{tag}")) {
        return Some(text.into());
    }
    let base = base.unwrap_or("");
    let slash = if base.is_empty() || base.ends_with('/') { "" } else { "/" };
    crate::web::fetch_text(&format!("{base}{slash}{name}.{tag}.json")).await.map(Arc::from)
}

/// The bundled KB's file `name` (`kb` or `articles`) in `lang` while `wanted` is true: `given`
/// if the host passed it, else loaded by [`load_bundled`], again on a switch of language (the
/// other language's file is kept until then), and again when `retry` changes after a failure.
#[hook]
fn use_bundled(
    name: &'static str,
    given: Option<Rc<str>>,
    base: Option<AttrValue>,
    lang: Lang,
    wanted: bool,
    retry: u32,
) -> Bundled {
    // Given, or already on the page (the single-file build, or put there by the start-up script
    // while the .wasm was loading): read at once, so the first render has it.
    let file = use_state(|| match given {
        Some(text) => Bundled::Loaded(None, Arc::from(&*text)),
        None => match crate::web::inline_text(&format!("symptom-checker-{name}.{}", lang.tag())) {
            Some(text) if wanted => Bundled::Loaded(Some(lang), text.into()),
            _ => Bundled::Pending,
        },
    });
    // The language asked for last: a slower answer for an earlier one is dropped.
    let asked = use_mut_ref(|| None::<Lang>);
    {
        let file = file.clone();
        use_effect_with((lang, wanted, retry), move |&(lang, wanted, _)| {
            *asked.borrow_mut() = Some(lang);
            if wanted && !file.is_for(lang) {
                if *file == Bundled::Failed {
                    file.set(Bundled::Pending);
                }
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = load_bundled(base.as_deref(), name, lang).await;
                    if *asked.borrow() != Some(lang) {
                        return;
                    }
                    match loaded {
                        Some(text) => file.set(Bundled::Loaded(Some(lang), text)),
                        // Keep the other language's file if there is one.
                        None if matches!(*file, Bundled::Pending | Bundled::Failed) => file.set(Bundled::Failed),
                        None => {}
                    }
                });
            }
        });
    }
    (*file).clone()
}

/// The first diagnostic of a KB that cannot be used, as text.
fn why(e: &symptom_engine::kb::KbError) -> String {
    e.diagnostics.first().map(|d| d.to_string()).unwrap_or_else(|| "invalid".to_string())
}

/// A clinic KB's text as a memo key: the same text when it is the same allocation (checked at
/// every render, so that a KB of tens of MB is not compared byte by byte at every keystroke),
/// else when the texts are equal (a host that passes the same KB again).
#[derive(Clone)]
struct SameText(Option<Rc<str>>);

impl PartialEq for SameText {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b) || a == b,
            (a, b) => a.is_none() && b.is_none(),
        }
    }
}

/// The clinic KB (`None`: there is none): its engine, or why it cannot be used (the host could
/// not fetch it, or it does not validate). Never inlined: the validator it runs would otherwise
/// sit in the root component's render function, which the browser compiles before the widget
/// starts even on a page without a clinic KB.
#[inline(never)]
fn clinic_engine(
    kb_json: Option<&str>,
    fetch_error: Option<&str>,
    screen_given: bool,
) -> Option<Result<Rc<Engine>, String>> {
    if let Some(err) = fetch_error {
        return Some(Err(err.to_string()));
    }
    kb_json
        .filter(|_| screen_given)
        .map(|kb| Engine::from_json(kb).map(|e| Rc::new(e.articles_when_warm())).map_err(|e| why(&e)))
}

/// Articles read per warm-up step: small enough that no step holds up typing in a cold page.
const WARMUP_ARTICLES_PER_STEP: usize = 6;

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

fn next_uid() -> String {
    NEXT_ID.with(|n| {
        n.set(n.get() + 1);
        format!("sc{}", n.get())
    })
}

/// The widget's root component.
#[function_component(App)]
pub fn app(config: &Config) -> Html {
    let key: Rc<str> = config.storage_key.as_deref().unwrap_or(store::DEFAULT_KEY).into();
    let uid = use_state(next_uid);
    let state = use_reducer({
        let key = key.clone();
        let tag = config.lang.as_ref().map(|l| l.to_string()).or_else(|| crate::web::host_lang(None));
        move || State::new(lang_from_tag(tag.as_deref()), Diary::from_loaded(store::load(&key)))
    });
    {
        // A host that changes the language attribute later (custom element) switches live.
        let state = state.clone();
        use_effect_with(config.lang.clone(), move |lang| {
            if let Some(l) = lang.as_deref().and_then(Lang::from_tag) {
                if l != state.lang {
                    state.dispatch(Action::SetLang(l));
                }
            }
        });
    }
    {
        // The diary reaches storage from here: a change that must be stored moves the
        // diary's revision, and this effect does what it asks and reports the outcome.
        let state = state.clone();
        let key = key.clone();
        use_effect_with(state.diary.revision, move |_| {
            if let Some(op) = state.diary.pending {
                let outcome = match op {
                    StoreOp::Save => store::save(&key, &state.diary.entries),
                    StoreOp::DeleteAll => store::delete_all(&key),
                };
                state.dispatch(Action::DiaryStored(op, outcome));
            }
        });
    }
    // The general screen and the bundled KB (unless a clinic KB is used) in the patient's
    // language before the widget starts, the rest once Start is pressed (below).
    let retry = use_state(|| 0u32);
    // The engine (by address) whose similar-question index is built.
    let warm = use_state(|| 0usize);
    let needed = use_state(|| None::<Lang>);
    // What the start step does not need (the Q&A articles, and the `-more` files: the KB's
    // questions, the causes' names and texts, topics and sources; the screen's rules that are
    // not emergencies, and self-care): loaded once the patient presses Start, while they
    // describe what they feel.
    let past_start = use_state(|| false);
    if state.step != Step::Start && !*past_start {
        past_start.set(true);
    }
    // The general safety screen, which every KB gets (the bundled one and a clinic's): in the
    // language the widget starts in, before it starts, and in the other language too once a
    // message has words in it, a clinic KB is used (its phrases may be in both languages) or
    // the patient switches language. The first file is kept then, so that the texts of the
    // language shown are there until the KB file of the new one arrives.
    let first_lang = use_state(|| state.lang);
    let other_lang = match *first_lang {
        Lang::En => Lang::ZhTw,
        Lang::ZhTw => Lang::En,
    };
    let switched = use_state(|| false);
    if state.lang != *first_lang && !*switched {
        switched.set(true);
    }
    let screen = use_bundled("screen", config.screen_json.clone(), config.kb_base.clone(), *first_lang, true, *retry);
    let screen_other = use_bundled(
        "screen",
        None,
        config.kb_base.clone(),
        other_lang,
        needed.is_some() || config.kb_json.is_some() || *switched,
        0,
    );
    let screen_more = use_bundled("screen-more", None, config.kb_base.clone(), *first_lang, *past_start, 0);
    let screen_more_other = use_bundled(
        "screen-more",
        None,
        config.kb_base.clone(),
        other_lang,
        *past_start && screen_other.is_for(other_lang),
        0,
    );
    // The screen given to the engine (`Some(Ok)`): no engine is built without it. A `-more`
    // file joins only the file of its own language.
    let screen_given = use_memo(
        (screen.clone(), screen_other.clone(), screen_more.clone(), screen_more_other.clone()),
        |(screen, other, more, more_other)| {
            let texts: Vec<Arc<str>> = [
                screen.text(),
                other.text(),
                screen.lang().and_then(|l| more.text_for(l)),
                other.lang().and_then(|l| more_other.text_for(l)),
            ]
            .into_iter()
            .flatten()
            .collect();
            let texts: Vec<&str> = texts.iter().map(|t| &**t).collect();
            (!texts.is_empty()).then(|| symptom_engine::kb::screen::provide(&texts))
        },
    );
    let screen_ready = matches!(*screen_given, Some(Ok(())));
    let screen_id = Rc::as_ptr(&screen_given) as usize;
    // A clinic KB's engine, once the screen is given.
    let clinic = use_memo((SameText(config.kb_json.clone()), config.kb_error.clone(), screen_id), |(kb, err, _)| {
        clinic_engine(kb.0.as_deref(), err.as_deref(), screen_ready)
    });
    // The bundled KB, unless a clinic KB is given (and validates).
    let uses_bundled = config.kb_json.is_none() || matches!(*clinic, Some(Err(_)));
    let core = use_bundled("kb", config.bundled_json.clone(), config.kb_base.clone(), state.lang, uses_bundled, *retry);
    // The other language's KB file, once a message has words in it (the engine asks for it).
    let core_other = use_bundled(
        "kb",
        None,
        config.kb_base.clone(),
        needed.unwrap_or(state.lang),
        uses_bundled && needed.is_some_and(|l| !core.is_for(l)),
        0,
    );
    let kb_more = use_bundled(
        "kb-more",
        None,
        config.kb_base.clone(),
        state.lang,
        uses_bundled && core.text().is_some() && *past_start,
        0,
    );
    let kb_more_other = use_bundled(
        "kb-more",
        None,
        config.kb_base.clone(),
        needed.unwrap_or(state.lang),
        uses_bundled && *past_start && core_other.text().is_some(),
        0,
    );
    let articles = use_bundled(
        "articles",
        config.articles_json.clone(),
        config.kb_base.clone(),
        state.lang,
        uses_bundled && core.text().is_some() && *past_start,
        0,
    );
    let bundled = use_memo(
        (
            uses_bundled,
            (core.clone(), core_other.clone()),
            (kb_more.clone(), kb_more_other.clone()),
            articles.clone(),
            screen_id,
        ),
        |(uses, (core_file, other_file), (more, more_other), articles, _)| {
            let core = core_file.text().filter(|_| *uses && screen_ready)?;
            let other = other_file.text().filter(|o| !Arc::ptr_eq(o, &core));
            // A `-more` file joins only the KB file of its own language.
            let more = core_file.lang().and_then(|l| more.text_for(l));
            let more_other = other.as_ref().and(other_file.lang()).and_then(|l| more_other.text_for(l));
            let parts: Vec<Arc<str>> = [other, more, more_other].into_iter().flatten().collect();
            let parts: Vec<&str> = parts.iter().map(|t| &**t).collect();
            Some(
                Engine::bundled_from_parts(&core, &parts, articles.text())
                    .map(|e| Rc::new(e.articles_when_warm()))
                    .map_err(|e| why(&e)),
            )
        },
    );
    let engine = match (&*clinic, &*bundled) {
        (Some(Ok(e)), _) | (_, Some(Ok(e))) => Some(e.clone()),
        _ => None,
    };
    let kb_error = match &*clinic {
        Some(Err(e)) => Some(e.clone()),
        _ => None,
    };
    let bundled_error = match (&*bundled, &*screen_given) {
        (Some(Err(e)), _) | (_, Some(Err(e))) => Some(e.clone()),
        _ => None,
    };
    {
        // The phrase and similar-question indexes are built while the patient reads the start
        // step, not before the widget is interactive, and in short steps (a few articles each)
        // with the event loop free in between, so that typing is never held up. With the
        // bundled KB, once its articles are loaded (or could not be).
        // Checks give similar questions once this is done (`Engine::articles_when_warm`): the
        // result is computed again then.
        let engine = engine.clone();
        let warm = warm.clone();
        let waiting = uses_bundled && *past_start && articles == Bundled::Pending;
        use_effect_with((engine.as_ref().map(|e| Rc::as_ptr(e) as usize), waiting), move |&(_, waiting)| {
            if let (Some(engine), false) = (engine, waiting) {
                wasm_bindgen_futures::spawn_local(async move {
                    crate::web::sleep(100).await;
                    let mut warmup = engine.warmup();
                    while !warmup.step(WARMUP_ARTICLES_PER_STEP) {
                        crate::web::sleep(0).await;
                    }
                    if let Some(why) = engine.kb().articles.error() {
                        let msg = format!(
                            "symptom-checker: the Q&A articles could not be read ({why}); no similar questions"
                        );
                        web_sys::console::warn_1(&msg.into());
                    }
                    warm.set(Rc::as_ptr(&engine) as usize);
                });
            }
        });
    }
    let configured = config.emergency_number.as_deref().filter(|n| !n.trim().is_empty());
    let valid = configured.and_then(crate::links::valid_number);
    {
        let bad = configured.filter(|_| valid.is_none()).map(str::to_string);
        use_effect_with(bad, |bad| {
            if let Some(n) = bad {
                let msg = format!(
                    "symptom-checker: emergency-number {n:?} is not one phone number (digits, +, spaces, hyphens); using the knowledge base's number"
                );
                web_sys::console::warn_1(&msg.into());
            }
        });
    }
    let number: Rc<str> = match (valid, &engine) {
        (Some(n), _) => n.into(),
        (_, Some(e)) => e.kb().meta.emergency_number.as_str().into(),
        _ => symptom_engine::BUNDLED_EMERGENCY_NUMBER.into(),
    };
    let engine_id = engine.as_ref().map(|e| Rc::as_ptr(e) as usize);
    let warmed = engine_id.is_some_and(|id| *warm == id);
    // The language shown: the chosen one once its file is loaded; meanwhile the file's own.
    let lang = match &core {
        Bundled::Loaded(Some(l), _) if uses_bundled => *l,
        _ => state.lang,
    };
    // The other language's file could not be loaded: the engine reads without it and says so.
    let unavailable = (*needed).filter(|_| core_other == Bundled::Failed);
    let request = Request { unavailable, lang: Some(lang), ..state.request() };
    let result = use_memo((request, number.clone(), engine_id, warmed), {
        let engine = engine.clone();
        move |(req, number, _, _)| engine.map(|e| Rc::new(e.check_with_number(req, number)))
    });

    {
        // A message with words in the other language: load that language's KB file.
        let needed = needed.clone();
        let wants = result.as_ref().as_ref().and_then(|r| r.needs_phrases);
        use_effect_with(wants, move |wants| {
            if let Some(l) = *wants {
                if *needed != Some(l) {
                    needed.set(Some(l));
                }
            }
        });
    }

    let view = match state.step {
        Step::Questions
            if result
                .as_ref()
                .as_ref()
                .is_some_and(|r| r.triage == Some(Triage::Emergency) || r.questions.is_empty()) =>
        {
            Step::Result
        }
        s => s,
    };
    {
        let triage = result.as_ref().as_ref().and_then(|r| r.triage);
        let shown = view == Step::Result || triage == Some(Triage::Emergency);
        let on_triage = config.on_triage.clone();
        use_effect_with((shown, triage), move |(shown, triage)| {
            if let (true, Some(cb)) = (*shown, on_triage) {
                cb.emit(*triage);
            }
        });
    }

    let s = t(lang);
    let theme = match config.theme.as_deref() {
        Some("dark") => Some("sc-theme-dark"),
        Some("light") => Some("sc-theme-light"),
        _ => None,
    };
    let (Some(engine), Some(result)) = (engine.clone(), (*result).clone()) else {
        if (core == Bundled::Pending || screen == Bundled::Pending) && bundled_error.is_none() {
            return html! {
                <div class="sc" lang={lang.tag()}>
                    <p class="sc-loading" role="status">{ s.loading }</p>
                </div>
            };
        }
        let again = {
            let retry = retry.clone();
            Callback::from(move |_| retry.set(*retry + 1))
        };
        return html! {
            <div class="sc" lang={lang.tag()}>
                <p class="sc-notice sc-notice--error" role="alert">
                    { fill(s.kb_failed, &[("number", &number)]) }
                    if let Some(why) = &bundled_error {
                        { " " }{ fill(s.kb_failed_why, &[("error", why)]) }
                    }
                </p>
                <p><a class="sc-call sc-call--big" href={crate::links::tel_href(&number)}>{ fill(s.call_number, &[("number", &number)]) }</a></p>
                <button type="button" class="sc-button sc-retry" onclick={again}>{ s.kb_retry }</button>
            </div>
        };
    };
    let ctx = Ctx {
        state: state.clone(),
        lang,
        engine: engine.clone(),
        result: result.clone(),
        number: number.clone(),
        uid: (*uid).clone().into(),
        clinic: config.clinic.clone(),
    };
    let kb = engine.kb();
    let open_diary = {
        let state = state.clone();
        let open = !state.diary_open;
        Callback::from(move |_| state.dispatch(Action::ToggleDiary(open)))
    };
    let banner = !state.diary_open
        && (view == Step::Result || (view != Step::Start && result.triage == Some(Triage::Emergency)));
    let body = if state.diary_open {
        html! { <DiaryPanel /> }
    } else {
        match view {
            Step::Start => html! { <Start /> },
            Step::Describe => html! { <Describe /> },
            Step::Questions => html! { <Interview /> },
            Step::Result => result_view(&ctx),
        }
    };
    html! {
        <ContextProvider<Ctx> context={ctx.clone()}>
            <div class={classes!("sc", theme, format!("sc-step-{}", step_name(view)))} lang={lang.tag()}>
                <header class="sc-header">
                    <h1 class="sc-title">{ lang.pick(&kb.meta.title).to_string() }</h1>
                    <div class="sc-header-tools">
                        { lang_switch(&ctx) }
                        <button type="button" class="sc-button sc-diary-toggle" aria-pressed={state.diary_open.to_string()} onclick={open_diary}>
                            { s.diary_open }
                        </button>
                    </div>
                </header>
                <p class="sc-emergency-strip">
                    <span class="sc-strip-icon" aria-hidden="true">{ "!" }</span>
                    { fill(s.emergency_strip, &[("number", &number)]) }
                    { " " }
                    <a class="sc-call" href={tel_href(&number)}>{ fill(s.call_number, &[("number", &number)]) }</a>
                </p>
                if let Some(err) = &kb_error {
                    <p class="sc-notice sc-notice--warning" role="status">{ fill(s.kb_fallback, &[("error", err)]) }</p>
                }
                <div class="sc-live" aria-live="polite">
                    if banner {
                        <TriageBanner focus={state.navigated && view == Step::Result} />
                    }
                </div>
                { body }
            </div>
        </ContextProvider<Ctx>>
    }
}

fn step_name(step: Step) -> &'static str {
    match step {
        Step::Start => "start",
        Step::Describe => "describe",
        Step::Questions => "questions",
        Step::Result => "result",
    }
}

/// Mounts the widget on the page's `#symptom-checker` element, in the language of the host
/// page or the browser. The element may set `data-emergency-number` and `data-theme`
/// (`light` / `dark`). Without such an element (a page that uses the `<symptom-checker>`
/// custom element, see `mount_widget`) nothing is mounted.
pub fn start() {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("symptom-checker"))
    else {
        return;
    };
    crate::crash::install();
    let root = Some(root);
    let lang = crate::web::host_lang(root.as_ref()).map(AttrValue::from);
    let data = |name: &str| {
        root.as_ref().and_then(|r| r.get_attribute(name)).filter(|v| !v.trim().is_empty()).map(AttrValue::from)
    };
    let config = Config {
        lang,
        emergency_number: data("data-emergency-number"),
        theme: data("data-theme"),
        clinic: data("data-clinic"),
        ..Config::default()
    };
    if let Some(el) = root {
        // The page's loading message goes; the widget takes its place.
        el.replace_children_with_node_0();
        crate::crash::register(
            &el,
            config.emergency_number.as_deref().and_then(crate::links::valid_number).unwrap_or(""),
        );
        yew::Renderer::<App>::with_root_and_props(el, config).render();
    }
}
