//! Unit tests of normalisation: case, width, quotes, rewordings and Chinese degree words.

use super::*;

#[test]
fn lower_agrees_with_unicode_for_the_scripts_it_covers() {
    for u in (0x20..0x250).chain(0x370..0x400).chain(0x400..0x460) {
        let Some(c) = char::from_u32(u) else { continue };
        let unicode: Vec<char> = c.to_lowercase().collect();
        if unicode.len() == 1
            && (c.is_ascii()
                || ('\u{C0}'..='\u{17F}').contains(&c)
                || ('\u{391}'..='\u{3AB}').contains(&c)
                || ('\u{400}'..='\u{42F}').contains(&c))
        {
            assert_eq!(lower(c), unicode[0], "U+{u:04X}");
        }
    }
    assert_eq!(normalize("ÉPAULE Ｔingling ΑΒΓ ДА 手麻"), "épaule tingling αβγ да 手麻");
    assert_eq!(lower_first("Numb"), "numb");
}

#[test]
fn folds_width_case_and_quotes() {
    assert_eq!(normalize("ＮＯ Weakness"), "no weakness");
    assert_eq!(normalize("can\u{2019}t"), "can't");
    assert_eq!(normalize("我脸麻，没力"), "我臉麻,沒力");
    assert_eq!(normalize("喙內破一空，跤腫，腹肚痛"), "嘴內破一空,腳腫,肚子痛");
    assert_eq!(normalize("Afebrile, had a fit"), "no fever, had a seizure");
}

#[test]
fn drops_degree_words_inside_negated_verbs() {
    assert_eq!(normalize("早上到現在尿不太出來"), "早上到現在尿不出來");
    assert_eq!(normalize("腳尖抬不大起來"), "腳尖抬不起來");
    assert_eq!(normalize("摸起來木木的沒什麼感覺"), "摸起來木木的沒感覺");
    assert_eq!(normalize("小腿也沒有什麼力"), "小腿也沒有力");
    assert_eq!(normalize("沒啥力氣"), "沒力氣");
    assert_eq!(normalize("嘴巴張不大"), "嘴巴張不大");
    assert_eq!(normalize("頭不太痛"), "頭不太痛");
    assert_eq!(normalize("沒什麼事"), "沒什麼事");
    assert_eq!(normalize("沒什麼的"), "沒什麼的");
}

#[test]
fn scots_words_and_jokes_read_as_what_they_mean() {
    assert_eq!(normalize("ma heid's sair, dinnae feel sick"), "my head's sore, don't feel sick");
    assert_eq!(normalize("he is also dying lol"), "he is also unwell lol");
    assert_eq!(normalize("like a swimming cap"), "like a bathing cap");
}

#[test]
fn asides_in_brackets_are_read_apart() {
    assert_eq!(
        normalize("my left hand (palm and fingers) both went numb"),
        "my left hand   both went numb. palm and fingers"
    );
    assert_eq!(normalize("a smile :) and (an unclosed aside"), "a smile :) and (an unclosed aside");
    assert_eq!(normalize("down there (between my legs) is numb"), "down there (between my legs) is numb");
}
