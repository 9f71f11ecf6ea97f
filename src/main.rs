//! Entry point of the widget page built by Trunk.

#[cfg(target_arch = "wasm32")]
fn main() {
    symptom_checker::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The symptom-checker widget runs in the browser: build it with `trunk build` (see README).");
}
