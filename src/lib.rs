//! The symptom-checker widget: a thin Yew user interface over `symptom-engine`.
//!
//! All medical logic lives in the engine; this crate only renders what the engine returns.
//! The state, strings, summary and diary (but its `localStorage` layer) are plain Rust (tested natively); the
//! components and browser glue are compiled for `wasm32` only.

pub mod diary;
pub mod i18n;
pub mod links;
pub mod state;
pub mod summary;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod crash;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod web;

#[cfg(target_arch = "wasm32")]
pub use app::{start, App, Config};
