//! Who the check is about: the age and sex from the request or the text, and the age in years
//! (with a baby's months) that red flags limited to ages and the general screen compare with.

use crate::contract::Request;
use crate::schema::Sex;
use crate::understand::Facts;

/// The patient a check is about.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Patient {
    /// Age in whole years (the result's `age`; the ranking's age factor).
    pub age: Option<u32>,
    /// Sex (the result's `sex`).
    pub sex: Option<Sex>,
    /// Age in years with a baby's months as a fraction.
    pub age_years: Option<f64>,
}

impl Patient {
    /// The patient of `req` with what was read in its text: a message about someone else
    /// that gives their age speaks for them; otherwise the request's age and sex come first.
    pub fn of(req: &Request, facts: &Facts) -> Patient {
        let (age, sex) = if facts.demographics.about_someone_else && facts.demographics.age.is_some() {
            (facts.demographics.age, facts.demographics.sex.or(req.sex))
        } else {
            (req.age.or(facts.demographics.age), req.sex.or(facts.demographics.sex))
        };
        // Years with a baby's months: the request's, else the text's.
        let text_months = facts.demographics.age_months.map(|m| f64::from(m) / 12.0);
        // A request's age 0 says "under a year"; a baby's months in the text say more.
        let under_one = req.age == Some(0) && req.age_months.is_none_or(|m| m == 0);
        let age_years = if under_one && text_months.is_some() { text_months } else { req.age_years().or(text_months) }
            .or(age.map(f64::from));
        Patient { age, sex, age_years }
    }
}
