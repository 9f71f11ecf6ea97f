//! Any bytes as patient text: the whole pipeline (normalise, tokens, negation, phrases,
//! modifiers, inference, triage, interview, retrieval) must not panic.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use symptom_engine::{Engine, Request};

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::bundled().expect("the bundled KB loads"))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let result = engine().check(&Request::text(&text));
    assert!(result.conditions.len() <= 5);
});
