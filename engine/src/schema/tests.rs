//! Unit tests of the KB schema: the names of body sites and answers are those of KB files.

use super::{Answer, BodySite};

#[test]
fn names_are_those_of_kb_files() {
    use BodySite::*;
    let sites = [
        Head, Scalp, Face, Eye, Eyelid, Mouth, Jaw, Ear, Neck, Back, Chest, Abdomen, Arm, Hand, Leg, Foot, WholeBody,
        General,
    ];
    for site in sites {
        assert_eq!(serde_json::to_value(site).unwrap(), site.as_str());
    }
    for answer in [Answer::Yes, Answer::No, Answer::Unsure] {
        assert_eq!(serde_json::to_value(answer).unwrap(), answer.as_str());
    }
}
