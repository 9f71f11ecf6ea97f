//! English cues that make what follows wondered about rather than present: conditions,
//! questions, fears and family history.

use crate::text::table::{Cues, Words};

/// Multi-word cues that make what follows hypothetical rather than present.
pub(crate) static HYPOTHETICAL_CUES: Cues = Cues::new(concat!(
    "if\n",
    "whether\n",
    "in case\n",
    "could it be\n",
    "could this be\n",
    "can it be\n",
    "is it a\n",
    "is this a\n",
    "is that a\n",
    "is it an\n",
    "is that an\n",
    // A guess, one's own or someone else's ("friend said could be MS", "convinced I have ALS",
    // "scared it's a clot") names what is feared, not what is felt.
    "could be\n",
    "maybe it was\n",
    "maybe it's\n",
    "maybe its\n",
    "could it have been\n",
    "might be\n",
    "convinced i have\n",
    "convinced it's\n",
    "convinced its\n",
    "scared it's\n",
    "scared its\n",
    "scared i have\n",
    "worried it's\n",
    "worried its\n",
    "worried i have\n",
    "afraid it's\n",
    "afraid its\n",
    "afraid i have\n",
    // A question about a treatment ("do I need antibiotics?", "can I take ibuprofen?") names a
    // medicine not taken.
    "do i need\n",
    "should i take\n",
    "can i take\n",
    "can i use\n",
    "should i use\n",
    "should i get\n",
    // A question about oneself ("am I dying?", "am I having a stroke?") asks, it does not say.
    "am i\n",
    "sign of\n",
    "signs of\n",
    "symptom of\n",
    "symptoms of\n",
    "risk of\n",
    "prevent\n",
    "afraid of getting\n",
    "worried about getting\n",
    "chance of\n",
    "what if\n",
    "family history\n",
    "runs in the family\n",
));

/// Modal verbs that open a question ("could the tingling be guillain-barre?"): what follows
/// its `be` is wondered about, not asserted.
pub(crate) static QUESTION_MODALS: Words =
    Words::new(concat!("could\n", "can\n", "might\n", "may\n", "would\n", "will\n", "should\n", "is\n", "does\n"));
