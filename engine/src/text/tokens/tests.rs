//! Unit tests of sentence splitting, tokens and scopes in both languages.

use super::*;

fn pol(sentence: &str, word: &str) -> Polarity {
    english_tokens(sentence).into_iter().find(|t| t.raw == word).map(|t| t.polarity).unwrap_or_default()
}

#[test]
fn english_negation_scope() {
    assert_eq!(pol("i have no weakness", "weakness"), Polarity::Negated);
    assert_eq!(pol("no weakness, no numbness and no trouble speaking", "speaking"), Polarity::Negated);
    assert_eq!(pol("no fever, my hand is numb", "numb"), Polarity::Asserted);
    assert_eq!(pol("i don't have pain but my face droops", "droops"), Polarity::Asserted);
    assert_eq!(pol("i don't know why my lip twitches", "twitches"), Polarity::Asserted);
    assert_eq!(pol("my hands are numb, not weak", "weak"), Polarity::Negated);
    assert_eq!(pol("my hands are numb, not weak", "numb"), Polarity::Asserted);
    assert_eq!(pol("is it a sign of paralysis", "paralysis"), Polarity::Hypothetical);
    assert_eq!(pol("nobody has ever seen a seizure", "seizure"), Polarity::Negated);
}

#[test]
fn a_denied_degree_leaves_the_complaint() {
    assert_eq!(pol("not the worst headache ever, just annoying", "worst"), Polarity::Negated);
    assert_eq!(pol("not the worst headache ever, just annoying", "headache"), Polarity::Asserted);
    assert_eq!(pol("the pain is not that bad", "bad"), Polarity::Negated);
    assert_eq!(pol("not sudden weakness", "weakness"), Polarity::Asserted);
    assert_eq!(pol("no severe headache", "headache"), Polarity::Negated);
}

#[test]
fn a_clause_that_ends_by_saying_it_is_fine_is_a_denial() {
    assert_eq!(pol("saddle sensation intact, no bladder dysfunction", "saddle"), Polarity::Negated);
    assert_eq!(pol("arms and legs totally fine, talking fine", "arms"), Polarity::Negated);
    assert_eq!(pol("my face droops and my arms are fine", "droops"), Polarity::Asserted);
    assert_eq!(pol("my hand is numb, the rest is fine", "numb"), Polarity::Asserted);
    assert_eq!(pol("i feel fine", "feel"), Polarity::Negated);
    assert_eq!(pol("my walking isn't normal", "walking"), Polarity::Asserted);
    assert_eq!(pol("urine ketones negative, no vomiting", "ketones"), Polarity::Negated);
    assert_eq!(pol("my mother say baby move less is normal", "move"), Polarity::Asserted);
}

#[test]
fn a_denied_coming_on_reaches_its_trigger() {
    assert_eq!(pol("it doesn't come on when I exercise", "exercise"), Polarity::Negated);
    assert_eq!(pol("no pain when I exercise", "exercise"), Polarity::Negated);
    assert_eq!(pol("no fever and I get breathless when I exercise", "exercise"), Polarity::Asserted);
}

#[test]
fn what_a_smell_is_like_is_the_smell() {
    assert_eq!(pol("her breath smells odd, sort of like nail varnish", "varnish"), Polarity::Asserted);
    assert_eq!(pol("burny, like a sunburn", "sunburn"), Polarity::Likened);
}

#[test]
fn an_illness_had_in_a_calendar_year_is_past() {
    assert_eq!(pol("her older brother had croup in 2023", "croup"), Polarity::Past);
    assert_eq!(pol("croup since 2023", "croup"), Polarity::Asserted);
    // A year dates a named event with no verb, unless the sentence says it goes on.
    assert_eq!(pol("background: heart attack in 2019, two stents", "attack"), Polarity::Past);
    assert_eq!(pol("chest pain in 2019 and still now", "chest"), Polarity::Asserted);
    // A time ago with a count before it opens a past clause.
    assert_eq!(pol("about 10 years ago i had bell's palsy", "palsy"), Polarity::Past);
}

#[test]
fn what_cannot_be_is_denied() {
    assert_eq!(pol("not sexually active so cant be pregnant", "pregnant"), Polarity::Negated);
    assert_eq!(pol("i can't lift my arm", "lift"), Polarity::Asserted);
}

#[test]
fn a_chinese_clause_that_ends_by_saying_it_is_fine_is_a_denial() {
    let neg = |s: &str, at: usize| zh_clauses(s)[0].scope[at].map(|(p, _)| p);
    assert_eq!(neg("爬樓梯也沒事", 1), Some(Polarity::Negated));
    assert_eq!(neg("大小便都正常了", 0), Some(Polarity::Negated));
    assert_eq!(neg("怕光還好", 0), Some(Polarity::Negated));
    assert_eq!(neg("右手麻麻的", 1), None);
    // Clauses separated by spaces: only the last one is denied.
    let c = &zh_clauses("下背很痠痛 大小便都正常")[0];
    assert_eq!(c.scope[2], None);
    assert_eq!(c.scope[7].map(|(p, _)| p), Some(Polarity::Negated));
}

#[test]
fn a_chinese_denial_about_other_places_leaves_the_complaint() {
    let c = &zh_clauses("屁股紅紅的 其他地方都沒有疹子")[0];
    let at = c.chars.iter().position(|&x| x == '疹').expect("rash");
    assert_eq!(c.scope[at].map(|(p, _)| p), Some(Polarity::Hypothetical));
    let c = &zh_clauses("沒有疹子")[0];
    assert_eq!(c.scope[2].map(|(p, _)| p), Some(Polarity::Negated));
}

#[test]
fn a_referral_letter_asserts_its_complaint() {
    let letter = "i would be grateful if you could see this man with an 18-month history of facial contractions";
    assert_eq!(pol(letter, "contractions"), Polarity::Asserted);
    assert_eq!(pol("a 3 week history of numb feet", "numb"), Polarity::Asserted);
    assert_eq!(pol("past history of stroke", "stroke"), Polarity::Past);
    assert_eq!(pol("ask me if you feel numb", "numb"), Polarity::Hypothetical);
}

fn raws(sentence: &str) -> Vec<String> {
    english_tokens(sentence).into_iter().map(|t| t.raw).collect()
}

#[test]
fn a_missing_ability_is_a_loss_not_a_denial() {
    assert_eq!(raws("i have no feeling in my arm")[..4], ["i", "have", "lost", "sensation"]);
    assert_eq!(pol("i have no feeling in my arm", "sensation"), Polarity::Asserted);
    assert_eq!(raws("no bladder or bowel control")[..4], ["lost", "bladder", "or", "bowel"]);
    assert_eq!(pol("no bladder or bowel control", "bladder"), Polarity::Asserted);
    assert_eq!(raws("i don't have any feeling in my feet")[..3], ["i", "lost", "sensation"]);
    assert_eq!(raws("i can no longer control my bowels")[..4], ["i", "can", "lost", "control"]);
    assert_eq!(pol("there is no strength in my legs", "legs"), Polarity::Asserted);
    // Denials stay denials.
    assert_eq!(pol("no feeling of pressure", "pressure"), Polarity::Negated);
    assert_eq!(pol("no problems with bladder control", "bladder"), Polarity::Negated);
    assert_eq!(pol("there is no use worrying", "worrying"), Polarity::Negated);
    assert_eq!(pol("i can still control my bladder fine", "bladder"), Polarity::Negated);
    assert_eq!(pol("i can't control my bladder", "bladder"), Polarity::Asserted);
    assert_eq!(pol("my hand has no grip problems", "grip"), Polarity::Negated);
    assert_eq!(pol("no feeling of weakness, just lip tingling", "tingling"), Polarity::Asserted);
}

#[test]
fn signs_that_are_worded_as_denials() {
    assert!(raws("she doesn't respond when we talk to her").contains(&"unresponsive".to_string()));
    assert!(raws("he won't respond").contains(&"unresponsive".to_string()));
    assert!(!raws("the pain doesn't respond to painkillers").contains(&"unresponsive".to_string()));
    assert!(raws("i don't want to live anymore").contains(&"suicidal".to_string()));
    assert!(!raws("i want to live a long life").contains(&"suicidal".to_string()));
    assert!(raws("he isn't making sense").contains(&"incoherent".to_string()));
    assert!(!raws("it makes sense that my eye twitches").contains(&"incoherent".to_string()));
    assert_eq!(pol("it doesn't make sense", "sense"), Polarity::Negated);
}

fn content(sentence: &str) -> Vec<String> {
    english_tokens(sentence).into_iter().filter(|t| t.content).map(|t| t.raw).collect()
}

#[test]
fn words_that_are_filler_only_in_some_uses() {
    assert_eq!(content("a bit numb"), ["numb"]);
    assert_eq!(content("i bit my tongue"), ["bit", "tongue"]);
    assert_eq!(content("a little tingly"), ["tingly"]);
    assert_eq!(content("my little finger"), ["little", "finger"]);
    assert!(content("half an hour").is_empty());
    assert_eq!(content("half my body"), ["half", "body"]);
    assert_eq!(content("out of nowhere"), ["nowhere"]);
    assert_eq!(content("i passed out"), ["passed", "out"]);
}

#[test]
fn nothing_negates_but_nothing_helps_does_not() {
    assert_eq!(pol("nothing is getting worse", "worse"), Polarity::Negated);
    assert_eq!(pol("nothing helps the numbness", "numbness"), Polarity::Asserted);
}

#[test]
fn history_is_past_family_history_and_questions_are_hypothetical() {
    assert_eq!(pol("i have a history of diabetes", "diabetes"), Polarity::Past);
    assert_eq!(pol("i used to get migraines", "migraines"), Polarity::Past);
    assert_eq!(pol("history of diabetes and for a year my feet burn", "burn"), Polarity::Asserted);
    assert_eq!(pol("family history of diabetes", "diabetes"), Polarity::Hypothetical);
    assert_eq!(pol("could the tingling in my feet be guillain barre", "guillain"), Polarity::Hypothetical);
    assert_eq!(pol("could the tingling in my feet be guillain barre", "tingling"), Polarity::Asserted);
    let c = &zh_clauses("我以前曾經得過帶狀皰疹")[0];
    assert_eq!(c.scope[5].map(|s| s.0), Some(Polarity::Past));
    let c = &zh_clauses("家族有糖尿病")[0];
    assert_eq!(c.scope[3].map(|s| s.0), Some(Polarity::Hypothetical));
}

#[test]
fn a_body_part_that_does_not_work_is_an_inability() {
    let raws = |s: &str| english_tokens(s).into_iter().map(|t| t.raw).collect::<Vec<_>>();
    assert_eq!(raws("my eye doesn't close"), ["my", "eye", "unable", "close"]);
    assert_eq!(raws("his arm does not lift"), ["his", "arm", "unable", "lift"]);
    assert!(english_tokens("my eye doesn't close").iter().all(|t| t.polarity == Polarity::Asserted));
    // Other verbs, and people as the subject, stay negations.
    assert_eq!(pol("my face doesn't droop", "droop"), Polarity::Negated);
    assert_eq!(pol("i don't move my arm much", "arm"), Polarity::Negated);
}

#[test]
fn inability_is_not_negation() {
    let t = english_tokens("he can't raise his arm");
    assert!(t.iter().any(|t| t.raw == "unable" && t.content));
    assert!(t.iter().all(|t| t.polarity == Polarity::Asserted));
}

#[test]
fn chinese_negation_scope() {
    let c = &zh_clauses("沒有無力")[0];
    assert_eq!(c.scope[2], Some((Polarity::Negated, 0)));
    let c = &zh_clauses("右手沒力")[0];
    assert!(c.scope.iter().all(Option::is_none));
    let c = &zh_clauses("一直不自主地抽動")[0];
    assert!(c.scope.iter().all(Option::is_none));
    // Words that contain a negation character but negate nothing.
    for text in ["無名指麻麻的", "非常痛", "睡不著手會麻"] {
        let c = &zh_clauses(text)[0];
        assert!(c.scope.iter().all(Option::is_none), "{text}");
    }
    // "Nearly fell": the fall did not happen.
    let c = &zh_clauses("差點跌倒")[0];
    assert_eq!(c.scope[2].map(|s| s.0), Some(Polarity::Hypothetical));
}

#[test]
fn comparisons_are_marked_and_looks_seems_and_fillers_are_not() {
    assert_eq!(pol("burny, like a sunburn under the skin", "sunburn"), Polarity::Likened);
    assert_eq!(pol("a jolt like i missed a step and fell", "fell"), Polarity::Likened);
    assert_eq!(pol("it feels similar to a burn", "burn"), Polarity::Likened);
    assert_eq!(pol("went numb, like after a dentist injection", "dentist"), Polarity::Hypothetical);
    assert_eq!(pol("my foot is numb, like when your lip wakes up", "lip"), Polarity::Hypothetical);
    assert_eq!(pol("burny, like a sunburn, and my leg is swollen", "swollen"), Polarity::Asserted);
    assert_eq!(pol("it looks like a bite", "bite"), Polarity::Asserted);
    assert_eq!(pol("i, like, fell down the stairs", "fell"), Polarity::Asserted);
    assert_eq!(pol("like 3 days ago i fell", "fell"), Polarity::Asserted);
    assert_eq!(pol("no pain, like a burn", "burn"), Polarity::Negated);
    let likened = |text: &str, at: usize| zh_clauses(text)[0].scope[at].map(|s| s.0);
    // 就像被電擊一樣: 電 (index 4) is inside the comparison.
    assert_eq!(likened("就像被電擊一樣", 4), Some(Polarity::Likened));
    assert_eq!(likened("臉像被電到", 3), Some(Polarity::Likened));
    // 好像 alone says "it seems": 好像發燒了 asserts the fever.
    assert_eq!(likened("好像發燒了", 2), None);
    assert_eq!(likened("好像被蛇咬到", 4), None);
    assert_eq!(likened("好像被針扎到一樣", 4), Some(Polarity::Likened));
}

#[test]
fn it_after_and_continues_the_clause_before() {
    let t = english_tokens("woke with an erection and it just wont go down");
    let clause = |w: &str| t.iter().find(|x| x.raw == w).map(|x| x.clause);
    assert_eq!(clause("erection"), clause("down"));
    let t = english_tokens("my arm is numb and my leg is weak");
    let clause = |w: &str| t.iter().find(|x| x.raw == w).map(|x| x.clause);
    assert_ne!(clause("arm"), clause("leg"));
}
