//! The bundled KB and the general screen reach the widget as one file per language (each with
//! that language's texts and phrases, the other's left out); this joins two such files of the
//! same KB into one, as JSON, before it is read into its types.

/// Fills what is empty in `kb` (an empty string or list, a missing key) from `more`, the same
/// KB with other parts filled: lists of the same length are filled item by item; a list of
/// records with ids that `more` has more of (the start file keeps only the emergency red flags)
/// takes `more`'s order, each record filled from `more`'s of the same id.
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
        (Value::Array(a), Value::Array(b)) if a.len() < b.len() => {
            let id = |v: &Value| v.get("id").and_then(Value::as_str).map(str::to_string);
            let mut mine = std::mem::take(a);
            for vb in b {
                match mine.iter().position(|va| id(va).is_some() && id(va) == id(&vb)) {
                    Some(k) => {
                        let mut va = mine.swap_remove(k);
                        fill_empty(&mut va, vb);
                        a.push(va);
                    }
                    None => a.push(vb),
                }
            }
            a.extend(mine);
        }
        (Value::String(a), Value::String(b)) if a.is_empty() => *a = b,
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::fill_empty;

    #[test]
    fn a_longer_list_of_records_fills_by_id_in_its_own_order() {
        let mut kb = serde_json::json!({"red_flags": [{"id": "b", "level": "emergency"}], "x": ""});
        let more = serde_json::json!({"red_flags": [
            {"id": "a", "level": "urgent", "label": "A"},
            {"id": "b", "label": "B"},
            {"id": "c", "level": "soon"}
        ], "x": "filled"});
        fill_empty(&mut kb, more);
        assert_eq!(
            kb,
            serde_json::json!({"red_flags": [
                {"id": "a", "level": "urgent", "label": "A"},
                {"id": "b", "level": "emergency", "label": "B"},
                {"id": "c", "level": "soon"}
            ], "x": "filled"})
        );
    }
}
