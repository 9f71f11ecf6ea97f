//! Text understanding: normalisation, tokens and negation scopes, modifiers, phrase matching.

pub mod matcher;
pub mod modifiers;
pub mod normalize;
pub mod stem;
pub mod tokens;
