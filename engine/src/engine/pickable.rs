//! What a patient can pick from a list instead of typing: the KB's symptoms and signs (not
//! derived findings, not risk factors), grouped by body site, filtered by a search over their
//! labels and phrases in both languages. The widget's picker renders this list as it is.

use std::collections::BTreeMap;

use crate::schema::ids::FindingId;
use crate::schema::{BodySite, FindingKind, KnowledgeBase, Lang};
use crate::text::normalize::lower;

/// One finding offered for picking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pickable {
    /// The finding (send it in `Request.picked`).
    pub id: FindingId,
    /// Its label in the list's language.
    pub label: String,
}

/// One body site's findings, in KB order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickGroup {
    /// The body site.
    pub site: BodySite,
    /// Its findings that match the search.
    pub findings: Vec<Pickable>,
}

/// Lower-cases for matching (Chinese is unchanged).
fn fold(s: &str) -> String {
    s.chars().map(lower).collect()
}

/// The findings that can be picked in `lang` whose label or phrase contains `query` (any case;
/// an empty query matches all), grouped by body site in the sites' order. A finding whose
/// label has not arrived yet (a bundled KB's `-more` file) is left out until it does. A phrase
/// with a pattern slot (`@`) is not text a patient would search for, so it is not searched.
pub(super) fn pickable(kb: &KnowledgeBase, lang: Lang, query: &str) -> Vec<PickGroup> {
    let q = fold(query.trim());
    let mut groups: BTreeMap<BodySite, Vec<Pickable>> = BTreeMap::new();
    for f in &kb.findings {
        if f.derived.is_some() || !matches!(f.kind, FindingKind::Symptom | FindingKind::Sign) {
            continue;
        }
        let label = lang.pick(&f.label);
        if label.is_empty() {
            continue;
        }
        let matches = q.is_empty()
            || fold(&f.label.en).contains(&q)
            || f.label.zh_tw.contains(&q)
            || f.phrases.en.iter().chain(&f.phrases.zh_tw).any(|p| !p.contains('@') && fold(p).contains(&q));
        if matches {
            groups.entry(f.site).or_default().push(Pickable { id: f.id.clone(), label: label.to_string() });
        }
    }
    groups.into_iter().map(|(site, findings)| PickGroup { site, findings }).collect()
}

#[cfg(test)]
mod tests {
    use crate::schema::Lang;
    use crate::Engine;

    #[test]
    fn search_reads_labels_and_phrases_in_any_case_and_leaves_out_derived_findings() {
        let engine = Engine::bundled().expect("bundled KB");
        let all: usize = engine.pickable(Lang::En, "").iter().map(|g| g.findings.len()).sum();
        let some: usize = engine.pickable(Lang::En, "  TWITCH ").iter().map(|g| g.findings.len()).sum();
        assert!(some > 0 && some < all, "a search narrows the list: {some} of {all}");
        let kb = engine.kb();
        for g in engine.pickable(Lang::ZhTw, "") {
            for p in &g.findings {
                let f = kb.findings.iter().find(|f| f.id == p.id).expect("a KB finding");
                assert!(f.derived.is_none(), "{} is derived", p.id);
                assert_eq!(f.site, g.site);
                assert_eq!(p.label, f.label.zh_tw);
            }
        }
        assert!(engine.pickable(Lang::En, "zzzz-no-such-words").is_empty());
    }
}
