//! The symptom-checker widget: a thin Yew user interface over `symptom-engine`.
//!
//! All medical logic lives in the engine; this crate only renders what the engine returns.

#[cfg(target_arch = "wasm32")]
mod app;

#[cfg(target_arch = "wasm32")]
pub use app::{start, App};
