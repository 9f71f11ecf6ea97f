//! # symptom-engine
//!
//! The I/O-free core of symptom-checker. It loads a knowledge base (KB), reads a patient's own
//! words in English or Traditional Chinese, and returns how urgent the problem is, the possible
//! causes with the reasons for each, the next questions worth asking and similar Q&A articles.
//!
//! Data flows one way: KB + patient input → findings → ranked causes + triage. Nothing here
//! touches the network, the file system or the DOM, so the same engine runs natively (the
//! `symptom-check` CLI, tests, benchmarks) and in the browser (the Yew widget).
//!
//! ```
//! use symptom_engine::{Engine, Request};
//! let engine = Engine::bundled().expect("the bundled KB is valid");
//! let result = engine.check(&Request::text("my left eyelid has been twitching for four days"));
//! assert!(result.triage.is_some());
//! ```

#![warn(missing_docs)]

pub mod contract;
pub mod dates;
mod engine;
pub mod export;
pub mod infer;
pub mod interview;
pub mod kb;
pub mod retrieval;
mod rule_out;
pub mod schema;
pub mod sorting;
mod suggest;
pub mod text;
pub mod triage;
pub mod understand;

pub use contract::{Answer, CheckResult, Request, MAX_TEXT_CHARS};
pub use engine::{Engine, PickGroup, Pickable, Warmup};
pub use schema::{KnowledgeBase, Lang, Sex};
pub use triage::Triage;

/// The KB bundled with the widget and the CLI: `kb/neuro.json` without the whitespace between
/// its tokens (`build.rs`).
pub const BUNDLED_KB: &str = include_str!(concat!(env!("OUT_DIR"), "/neuro.min.json"));

/// [`BUNDLED_KB`] with an empty `articles` array (`build.rs`). The widget does not embed it: it
/// loads `kb.<lang>.json` (the same, with the texts of one language; written by
/// `scripts/postbuild.mjs`) and passes it to [`Engine::bundled_from`].
pub const BUNDLED_CORE: &str = include_str!(concat!(env!("OUT_DIR"), "/neuro.core.min.json"));

/// The `articles` array of [`BUNDLED_KB`], in both languages (`build.rs`). The widget does not
/// embed it: it loads `articles.<lang>.json` (one language, written by `scripts/postbuild.mjs`)
/// and passes it to [`Engine::bundled_with_articles`].
pub const BUNDLED_ARTICLES: &str = include_str!(concat!(env!("OUT_DIR"), "/neuro.articles.min.json"));

/// The general safety screen (`kb/screen.json` without whitespace, `build.rs`), merged into every
/// KB the engine loads: see [`kb::screen`]. The widget does not embed it: it loads the screen as
/// one file per language (written by `scripts/postbuild.mjs`), as it does the bundled KB, and
/// gives it to [`kb::screen::provide`].
pub const BUNDLED_SCREEN: &str = include_str!(concat!(env!("OUT_DIR"), "/screen.min.json"));

/// `meta.id` of [`BUNDLED_KB`] (`build.rs`).
pub const BUNDLED_ID: &str = include_str!(concat!(env!("OUT_DIR"), "/neuro.id.txt"));

/// `meta.emergency_number` of [`BUNDLED_KB`] (`build.rs`): the number to call before any KB is
/// loaded (the widget's message when its KB file cannot be loaded).
pub const BUNDLED_EMERGENCY_NUMBER: &str = include_str!(concat!(env!("OUT_DIR"), "/neuro.number.txt"));

/// `meta.version` of [`BUNDLED_KB`] (`build.rs`).
pub const BUNDLED_VERSION: &str = include_str!(concat!(env!("OUT_DIR"), "/neuro.version.txt"));

/// Base rate of a finding whose KB entry gives none.
pub const DEFAULT_BASE_RATE: f64 = 0.1;
