//! Any bytes as a clinic KB: loading and validating must return an error, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use symptom_engine::Engine;

fuzz_target!(|data: &[u8]| {
    if let Ok(json) = std::str::from_utf8(data) {
        if let Ok(engine) = Engine::from_json(json) {
            let _ = engine.check(&symptom_engine::Request::text("my hand is numb"));
        }
    }
});
