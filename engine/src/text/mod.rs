//! Text understanding: normalisation, tokens and negation scopes, modifiers, phrase matching,
//! vital signs and babies' ages. The word lists they read are in `words`, apart from the code.

pub mod age_months;
pub mod idioms;
pub mod matcher;
pub mod modifiers;
pub mod normalize;
pub mod resolved;
pub mod stem;
pub(crate) mod table;
pub mod tokens;
pub mod vitals;
mod words;
