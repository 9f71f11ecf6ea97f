//! Applies what the request says beyond its text to what was read from it: findings the
//! patient ignored, denied or picked, and the answers to follow-up questions. An answer or a
//! pick overrides the text; a finding both picked and denied reads the safer way, present.

use std::collections::HashSet;

use super::compile::Indexes;
use crate::contract::{Answer, Request};
use crate::understand::{Facts, Origin, State};

/// Sets the request's ignored, denied, picked and answered findings in `facts` and returns
/// the questions answered (indices; unknown ids are skipped).
pub(super) fn apply(ix: &Indexes, req: &Request, facts: &mut Facts) -> HashSet<usize> {
    let mut answered = HashSet::new();
    for id in &req.ignored {
        if let Some(&f) = ix.findings.get(id) {
            facts.state[f] = None;
        }
    }
    // Denied first, so a finding both picked and denied reads the safer way: present.
    for (ids, state) in [(&req.denied, State::Absent), (&req.picked, State::Present)] {
        for id in ids {
            if let Some(&f) = ix.findings.get(id) {
                facts.state[f] = Some((state, Origin::Answer));
            }
        }
    }
    for (qid, ans) in &req.answers {
        let Some(&qi) = ix.questions.get(qid) else {
            continue;
        };
        answered.insert(qi);
        let f = ix.question_finding[qi];
        facts.state[f] = Some((
            match ans {
                Answer::Yes => State::Present,
                Answer::No => State::Absent,
                Answer::Unsure => State::Unsure,
            },
            Origin::Answer,
        ));
    }
    answered
}
