//! Similar-question quality on the labelled queries of `bench/queries.json` (recall@3 and MRR
//! over the top 10), with the articles as the widget loads them: one language per file. The
//! browser benchmark (`bench/browser.mjs`) measures the same against MiniSearch.

use symptom_engine::schema::Article;
use symptom_engine::{Engine, Lang, BUNDLED_ARTICLES};

/// The bundled KB with its articles in one language only (as `articles.<lang>.json`).
fn engine_in(lang: Lang) -> Engine {
    let mut articles: Vec<Article> = serde_json::from_str(BUNDLED_ARTICLES).expect("articles");
    for a in &mut articles {
        for t in [&mut a.title, &mut a.question, &mut a.answer] {
            match lang {
                Lang::En => t.zh_tw.clear(),
                Lang::ZhTw => t.en.clear(),
            }
        }
    }
    Engine::bundled_with_articles(Some(serde_json::to_string(&articles).expect("json").into())).expect("bundled KB")
}

/// (recall@3, MRR) of `engine_for(query language)` over the labelled queries.
fn quality(engine_for: impl Fn(Lang) -> &'static Engine) -> (f64, f64) {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../bench/queries.json")).expect("queries");
    let v: serde_json::Value = serde_json::from_str(&text).expect("json");
    let (mut recall, mut mrr, mut n) = (0.0, 0.0, 0.0);
    for q in v["queries"].as_array().expect("queries") {
        let relevant: Vec<&str> =
            q["relevant"].as_array().expect("relevant").iter().filter_map(|x| x.as_str()).collect();
        let lang = if q["lang"] == "zh-TW" { Lang::ZhTw } else { Lang::En };
        let engine = engine_for(lang);
        let top: Vec<&str> = engine
            .similar(q["text"].as_str().expect("text"), 10)
            .iter()
            .map(|h| engine.kb().articles[h.article].id.0.as_str())
            .collect();
        recall += top.iter().take(3).filter(|id| relevant.contains(id)).count() as f64 / relevant.len().min(3) as f64;
        mrr += top.iter().position(|id| relevant.contains(id)).map_or(0.0, |p| 1.0 / (p as f64 + 1.0));
        n += 1.0;
    }
    assert!(n >= 30.0, "at least 30 labelled queries");
    (recall / n, mrr / n)
}

fn leak(e: Engine) -> &'static Engine {
    Box::leak(Box::new(e))
}

#[test]
fn one_language_articles_rank_about_as_well_as_both() {
    let both = leak(Engine::bundled().expect("bundled KB"));
    let (en, zh) = (leak(engine_in(Lang::En)), leak(engine_in(Lang::ZhTw)));
    let (r2, m2) = quality(|_| both);
    // The patient's language's file, as the widget loads it.
    let (r1, m1) = quality(|l| if l == Lang::En { en } else { zh });
    assert!(r1 >= r2 - 0.03 && m1 >= m2 - 0.03, "one language {r1:.3}/{m1:.3}, both {r2:.3}/{m2:.3}");
    assert!(r1 >= 0.85 && m1 >= 0.95, "recall@3 {r1:.3}, MRR {m1:.3}");
    // Typing in the other language than the articles loaded: found through the findings.
    let (r0, m0) = quality(|l| if l == Lang::En { zh } else { en });
    assert!(r0 >= 0.6 && m0 >= 0.6, "other language: recall@3 {r0:.3}, MRR {m0:.3}");
}
