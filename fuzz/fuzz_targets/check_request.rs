//! Any bytes as a CLI request: parsing must fail cleanly or the check must run.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use symptom_engine::{Engine, Request};

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::bundled().expect("the bundled KB loads"))
}

fuzz_target!(|data: &[u8]| {
    if let Ok(req) = serde_json::from_slice::<Request>(data) {
        let _ = engine().check(&req);
    }
});
