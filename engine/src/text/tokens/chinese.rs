//! Splitting a sentence into Chinese clauses and marking, character by character, where
//! negation, hypothetical, past and comparison cues reach.

use super::{Polarity, ZhClause};
use crate::text::normalize::{is_cjk, is_clause_end};
use crate::text::words::zh_scopes::{
    ZH_ACTIVITIES, ZH_BREAKERS, ZH_COMPARISON_ENDS, ZH_ELSEWHERE, ZH_FINE_ENDINGS, ZH_FINE_MIDDLE,
    ZH_HYPOTHETICAL_CUES, ZH_NEGATION_CUES, ZH_PAST_CUES, ZH_PAST_TIMES, ZH_PREDICATE_STARTS, ZH_PSEUDO, ZH_WHEN_ENDS,
};

const ZH_MAX_SCOPE: usize = 12;

/// Splits a sentence into Chinese clauses and marks negation scopes.
pub fn zh_clauses(sentence: &str) -> Vec<ZhClause> {
    let mut out = Vec::new();
    if !sentence.chars().any(is_cjk) {
        return out;
    }
    let mut cur: Vec<char> = Vec::new();
    let chars: Vec<char> = sentence.chars().collect();
    for (i, &ch) in chars.iter().enumerate() {
        if is_clause_end(ch) && !predicate_follows(&cur, &chars[i + 1..]) && !ends_a_when_clause(&cur) {
            push_clause(&mut out, std::mem::take(&mut cur));
        } else {
            cur.push(ch);
        }
    }
    push_clause(&mut out, cur);
    out
}

/// True when the next clause opens with a symptom word ([`ZH_PREDICATE_STARTS`]) that completes
/// the Chinese clause before it.
fn predicate_follows(before: &[char], after: &[char]) -> bool {
    before.last().is_some_and(|&c| is_cjk(c))
        && after.iter().find(|c| !c.is_whitespace()).is_some_and(|c| ZH_PREDICATE_STARTS.contains(c))
}

/// True when the clause so far is a clause of time ([`ZH_WHEN_ENDS`]).
fn ends_a_when_clause(before: &[char]) -> bool {
    let text: String = before.iter().collect();
    let text = text.trim_end();
    ZH_WHEN_ENDS.iter().any(|e| text.ends_with(e))
}

fn matches_at(chars: &[char], at: usize, word: &str) -> bool {
    word.chars().enumerate().all(|(k, wc)| chars.get(at + k) == Some(&wc))
}

fn push_clause(out: &mut Vec<ZhClause>, chars: Vec<char>) {
    if chars.iter().all(|c| c.is_whitespace()) {
        return;
    }
    let n = chars.len();
    if !chars.iter().any(|&c| crate::text::normalize::is_cjk(c)) {
        // Every cue is Chinese: a clause without Chinese characters has no scope to mark.
        out.push(ZhClause { chars, scope: vec![None; n] });
        return;
    }
    let mut masked = vec![false; n];
    let mut i = 0;
    while i < n {
        if let Some(p) = ZH_PSEUDO.iter().filter(|p| matches_at(&chars, i, p)).max_by_key(|p| p.chars().count()) {
            let len = p.chars().count();
            for m in masked.iter_mut().skip(i).take(len) {
                *m = true;
            }
            i += len;
        } else {
            i += 1;
        }
    }
    let mut scope: Vec<Option<(Polarity, usize)>> = vec![None; n];
    let mut i = 0;
    while i < n {
        if masked[i] {
            i += 1;
            continue;
        }
        let cue = ZH_HYPOTHETICAL_CUES
            .iter()
            .find(|c| matches_at(&chars, i, c))
            .map(|c| (Polarity::Hypothetical, c.chars().count()))
            .or_else(|| {
                ZH_PAST_CUES.iter().find(|c| matches_at(&chars, i, c)).map(|c| (Polarity::Past, c.chars().count()))
            })
            .or_else(|| {
                ZH_NEGATION_CUES
                    .iter()
                    .find(|c| matches_at(&chars, i, c))
                    .map(|c| (Polarity::Negated, c.chars().count()))
            });
        let Some((kind, len)) = cue else {
            i += 1;
            continue;
        };
        // 如果昨天晚上吃了一整排的普拿疼，現在會怎樣: an "if" about a time gone by asks what
        // follows from something that happened; it does not make it hypothetical.
        if kind == Polarity::Hypothetical
            && (i + len..(i + len + 3).min(n)).any(|k| ZH_PAST_TIMES.iter().any(|t| matches_at(&chars, k, t)))
        {
            i += len;
            continue;
        }
        let mut j = i + len;
        while j < n && j < i + len + ZH_MAX_SCOPE {
            // A comma kept inside a clause (before a symptom word that completes it) still ends
            // the scope.
            // A space after the denied words ends it too: patients separate clauses by spaces
            // (手指也伸不直 手背麻麻的); a space right after the cue (沒有 發燒) does not.
            let spaced = chars[j].is_whitespace() && j > i + len;
            if spaced || is_clause_end(chars[j]) || ZH_BREAKERS.iter().any(|b| matches_at(&chars, j, b)) {
                break;
            }
            if scope[j].is_none() {
                scope[j] = Some((kind, i));
            }
            j += 1;
        }
        i += len;
    }
    mark_zh_denials_elsewhere(&chars, &mut scope);
    mark_zh_comparisons(&chars, &masked, &mut scope);
    // "爬樓梯也沒事", "右腳都正常": a clause that ends by saying it is fine denies what it names.
    let mut end = n;
    while end > 0 && (chars[end - 1].is_whitespace() || "了啦啊喔耶呀的".contains(chars[end - 1])) {
        end -= 1;
    }
    if let Some(w) = ZH_FINE_ENDINGS.iter().find(|w| chars[..end].ends_with(&w.chars().collect::<Vec<_>>())) {
        let at = end - w.chars().count();
        // Back to the clause start, or to a space where a patient separates clauses by spaces.
        let from = chars[..at].iter().rposition(|c| c.is_whitespace()).map_or(0, |p| p + 1);
        for slot in scope.iter_mut().take(at).skip(from).filter(|s| s.is_none()) {
            *slot = Some((Polarity::Negated, at));
        }
    }
    // "爬山跑步都沒事不會喘": "all fine" with 都 or 也 denies what comes before it even when the
    // clause goes on.
    for w in ZH_FINE_MIDDLE {
        let k: Vec<char> = w.chars().collect();
        for at in (0..n.saturating_sub(k.len() - 1)).filter(|&i| chars[i..].starts_with(&k)) {
            let from = chars[..at].iter().rposition(|c| c.is_whitespace()).map_or(0, |p| p + 1);
            for slot in scope.iter_mut().take(at).skip(from).filter(|s| s.is_none()) {
                *slot = Some((Polarity::Negated, at));
            }
        }
    }
    mark_zh_denied_activities(&chars, &mut scope);
    // "這樣是癲癇嗎", "會是中風嗎": a short name asked about after 是 is a question, not a finding.
    if end > 0 && chars[end - 1] == '嗎' {
        let q = end - 1;
        let from = chars[..q].iter().rposition(|c| c.is_whitespace()).map_or(0, |p| p + 1);
        let is = chars[from..q].iter().rposition(|&c| c == '是').map(|p| from + p);
        if let Some(is) = is.filter(|&p| q - p <= 7 && (p == 0 || !"但可還就只總老於要".contains(chars[p - 1])))
        {
            for slot in scope.iter_mut().take(q).skip(is + 1).filter(|s| s.is_none()) {
                *slot = Some((Polarity::Hypothetical, is));
            }
        }
    }
    out.push(ZhClause { chars, scope });
}

/// "爬樓梯、走路不會痛": a clause of activities only, then a denial, says they bring nothing on;
/// the activities are denied with what follows the cue.
fn mark_zh_denied_activities(chars: &[char], scope: &mut [Option<(Polarity, usize)>]) {
    let Some(cue) = scope.iter().position(|s| s.is_some_and(|(p, at)| p == Polarity::Negated && at > 0)) else {
        return;
    };
    let at = scope[cue].map_or(cue, |(_, at)| at);
    let from = chars[..at].iter().rposition(|c| c.is_whitespace()).map_or(0, |p| p + 1);
    let mut i = from;
    let mut any = false;
    while i < at {
        if "、和跟或也都的時".contains(chars[i]) {
            i += 1;
        } else if let Some(w) = ZH_ACTIVITIES.iter().find(|w| matches_at(chars, i, w)) {
            i += w.chars().count();
            any = true;
        } else {
            return;
        }
    }
    if any && i == at {
        for slot in scope.iter_mut().take(at).skip(from).filter(|s| s.is_none()) {
            *slot = Some((Polarity::Negated, at));
        }
    }
}

/// "其他地方都沒有疹子": a denial about other places says where the complaint is not, so it does
/// not deny the complaint itself; its scope becomes [`Polarity::Hypothetical`].
fn mark_zh_denials_elsewhere(chars: &[char], scope: &mut [Option<(Polarity, usize)>]) {
    for w in ZH_ELSEWHERE {
        let k: Vec<char> = w.chars().collect();
        for at in (0..chars.len().saturating_sub(k.len() - 1)).filter(|&i| chars[i..].starts_with(&k)) {
            let after = at + k.len();
            // The denial's cue starts right after the place, or after 都 / 也.
            let cues: Vec<usize> = (after..(after + 3).min(chars.len())).collect();
            for slot in scope.iter_mut().flatten() {
                if slot.0 == Polarity::Negated && cues.contains(&slot.1) {
                    slot.0 = Polarity::Hypothetical;
                }
            }
        }
    }
}

/// Marks a comparison, 像 (就像, 好像, 彷彿, 宛如) up to its closing 一樣 / 似的 / 般, as
/// [`Polarity::Likened`]. Without a closing word only 像被 compares (臉像被電到); 好像 alone
/// means "it seems" (好像發燒了) and marks nothing. Cues inside a phrase (大便像柏油) belong
/// to the phrase: the matcher ignores a cue that a match covers.
fn mark_zh_comparisons(chars: &[char], masked: &[bool], scope: &mut [Option<(Polarity, usize)>]) {
    let n = chars.len();
    for i in 0..n {
        let len = if chars[i] == '像' {
            1
        } else if matches_at(chars, i, "彷彿") || matches_at(chars, i, "宛如") || matches_at(chars, i, "如同") {
            2
        } else {
            continue;
        };
        if masked[i] {
            continue;
        }
        let close = (i + len..n).find(|&j| ZH_COMPARISON_ENDS.iter().any(|w| matches_at(chars, j, w)));
        let seems = i > 0 && chars[i - 1] == '好';
        let by = chars.get(i + len) == Some(&'被') && !seems;
        let end = match close {
            Some(j) => j,
            None if by || len == 2 => n.min(i + len + ZH_MAX_SCOPE),
            None => continue,
        };
        for (j, slot) in scope.iter_mut().enumerate().take(end).skip(i + len) {
            if ZH_BREAKERS.iter().any(|b| matches_at(chars, j, b)) {
                break;
            }
            if slot.is_none() {
                *slot = Some((Polarity::Likened, i));
            }
        }
    }
}
