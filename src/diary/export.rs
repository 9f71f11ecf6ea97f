//! The diary as files the patient downloads: CSV for a spreadsheet, and the stored JSON
//! document itself (which this widget reads back).

use super::model::Entry;

pub use super::store::to_json;

/// A CSV export (RFC 4180 quoting; cells that a spreadsheet would run as a formula are
/// prefixed with `'`).
pub fn to_csv(entries: &[Entry]) -> String {
    let mut out = String::from("date,symptom,duration,notes\r\n");
    for e in entries {
        let cells: Vec<String> = [&e.date, &e.symptom, &e.duration, &e.notes].iter().map(|c| csv_cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

fn csv_cell(s: &str) -> String {
    let guarded = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}

/// The name of a downloaded diary file made on `day` (`YYYY-MM-DD`), with its extension.
pub fn file_name(day: &str, extension: &str) -> String {
    format!("symptom-diary-{day}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(date: &str, symptom: &str) -> Entry {
        Entry { date: date.into(), symptom: symptom.into(), duration: String::new(), notes: String::new() }
    }

    #[test]
    fn csv_quotes_and_guards_formulas() {
        let mut e = entry("2026-11-20", "=HYPERLINK(\"x\")");
        e.notes = "said \"ouch\", twice".into();
        let csv = to_csv(&[e]);
        assert_eq!(csv, "date,symptom,duration,notes\r\n\"2026-11-20\",\"'=HYPERLINK(\"\"x\"\")\",\"\",\"said \"\"ouch\"\", twice\"\r\n");
    }

    #[test]
    fn files_are_named_by_day() {
        assert_eq!(file_name("2026-12-07", "csv"), "symptom-diary-2026-12-07.csv");
    }
}
