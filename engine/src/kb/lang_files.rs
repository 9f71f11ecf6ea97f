//! The bundled KB and the general screen reach the widget as one file per language (each with
//! that language's texts and phrases, the other's left out); this joins two such files of the
//! same KB into one, as JSON, before it is read into its types.

/// Fills what is empty in `kb` (an empty string or list, a missing key) from `more`, the same
/// KB with other parts filled: lists of the same length are filled item by item.
pub(crate) fn fill_empty(kb: &mut serde_json::Value, more: serde_json::Value) {
    use serde_json::Value;
    match (kb, more) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, vb) in b {
                match a.get_mut(&k) {
                    Some(va) => fill_empty(va, vb),
                    None => {
                        a.insert(k, vb);
                    }
                }
            }
        }
        (Value::Array(a), Value::Array(b)) if a.is_empty() => *a = b,
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (va, vb) in a.iter_mut().zip(b) {
                fill_empty(va, vb);
            }
        }
        (Value::String(a), Value::String(b)) if a.is_empty() => *a = b,
        _ => {}
    }
}
