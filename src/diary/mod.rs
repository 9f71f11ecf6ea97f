//! The symptom diary: opt-in, kept only on this device. [`model`] is what it holds and how it
//! changes (pure, reduced with the rest of the widget's state); [`store`] is its stored form
//! and the `localStorage` layer, which an effect of the state runs; [`export`] makes the files
//! a patient downloads.

pub mod export;
pub mod model;
pub mod store;

pub use model::{Diary, Entry, Loaded, Notice, StoreOp, MAX_ENTRIES};
