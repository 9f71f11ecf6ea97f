//! Benchmark-only bindings: the engine over a KB (by default the bundled one), exported to JavaScript so that
//! `bench/browser.mjs` can time a check and similar-question retrieval inside Chromium.
//! Built by `scripts/bench.sh` with `cargo build --release --target wasm32-unknown-unknown -p
//! symptom-bench-wasm` and `wasm-bindgen --target web`. Natively the crate is empty.

#[cfg(target_arch = "wasm32")]
mod bindings {
    use std::cell::RefCell;

    use symptom_engine::retrieval::ArticleIndex;
    use symptom_engine::schema::KnowledgeBase;
    use symptom_engine::{Engine, Request};
    use wasm_bindgen::prelude::*;

    struct State {
        engine: Engine,
        bm25: ArticleIndex,
    }

    thread_local! {
        static STATE: RefCell<Option<State>> = const { RefCell::new(None) };
        static KB: RefCell<String> = RefCell::new(symptom_engine::BUNDLED_KB.to_string());
    }

    /// The BM25-only baseline: the same article index with no findings or conditions.
    fn bm25_index(kb: &KnowledgeBase) -> ArticleIndex {
        let none = vec![Vec::new(); kb.articles.len()];
        ArticleIndex::build(kb, none.clone(), none)
    }

    fn with<T>(f: impl FnOnce(&State) -> T) -> T {
        STATE.with(|s| {
            let mut s = s.borrow_mut();
            let st = s.get_or_insert_with(|| {
                let engine = KB.with(|kb| Engine::from_json(&kb.borrow())).expect("the KB is valid");
                let bm25 = bm25_index(engine.kb());
                State { engine, bm25 }
            });
            f(st)
        })
    }

    /// Switches to the bundled KB with these articles (a JSON array, e.g. one language's, as
    /// the widget loads them) and builds the indexes; returns the number of articles.
    #[wasm_bindgen]
    pub fn use_bundled_with_articles(json: &str) -> usize {
        let engine = Engine::bundled_with_articles(Some(json.into())).expect("the bundled KB is valid");
        engine.warm();
        let bm25 = bm25_index(engine.kb());
        let n = engine.kb().articles.len();
        STATE.with(|s| *s.borrow_mut() = Some(State { engine, bm25 }));
        n
    }

    /// Replaces the KB (call before `init`); for trying a KB other than the bundled one.
    #[wasm_bindgen]
    pub fn set_kb(json: &str) {
        KB.with(|kb| *kb.borrow_mut() = json.to_string());
    }

    /// Loads the KB (`Engine::from_json`: parse, validate, compile) once more and returns its
    /// number of findings (0 if it is not valid).
    #[wasm_bindgen]
    pub fn load() -> usize {
        KB.with(|kb| Engine::from_json(&kb.borrow()).map(|e| e.kb().findings.len()).unwrap_or(0))
    }

    /// Builds the engine and the indexes (call once before timing).
    #[wasm_bindgen]
    pub fn init() -> usize {
        with(|s| s.engine.kb().articles.len())
    }

    /// A full check of `text`; returns the number of causes shown.
    #[wasm_bindgen]
    pub fn check(text: &str) -> usize {
        with(|s| s.engine.check(&Request::text(text)).conditions.len())
    }

    /// The similar articles a full check returns (ids, best first), as a JSON array.
    #[wasm_bindgen]
    pub fn check_similar(text: &str) -> String {
        with(|s| {
            let ids: Vec<String> = s.engine.check(&Request::text(text)).similar.into_iter().map(|h| h.id.0).collect();
            serde_json::to_string(&ids).unwrap_or_default()
        })
    }

    fn ids(s: &State, hits: Vec<symptom_engine::retrieval::Hit>) -> String {
        let ids: Vec<&str> = hits.iter().map(|h| s.engine.kb().articles[h.article].id.as_str()).collect();
        serde_json::to_string(&ids).unwrap_or_default()
    }

    /// Similar-question retrieval on its own: BM25 plus the findings an article shares with the
    /// message (no inference); article ids, best first, as a JSON array.
    #[wasm_bindgen]
    pub fn similar(text: &str, max: usize) -> String {
        with(|s| ids(s, s.engine.similar(text, max)))
    }

    /// BM25 alone over the same fields; article ids, best first, as a JSON array.
    #[wasm_bindgen]
    pub fn bm25(text: &str, max: usize) -> String {
        with(|s| ids(s, s.bm25.search(text, &[], &[], max)))
    }
}
