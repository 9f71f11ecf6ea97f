//! Words of what a body part can no longer do: the verbs of its function or obedience, the
//! subjects that are people instead, and the abilities that a "no" says are lost.

use crate::text::table::Words;

/// Subjects that are people, not body parts.
pub(crate) static PEOPLE: Words =
    Words::new(concat!("i\n", "you\n", "we\n", "they\n", "people\n", "doctors\n", "doctor\n", "\n"));

/// Verbs of a body part's function: "my eye doesn't close" is a symptom.
pub(crate) static ABILITY_VERBS: Words = Words::new(concat!(
    "close\n",
    "shut\n",
    "open\n",
    "move\n",
    "lift\n",
    "raise\n",
    "blink\n",
    "smile\n",
    "whistle\n",
    "grip\n",
    "work\n",
    "respond\n",
    "straighten\n",
    "bend\n",
    "hold\n",
    "grasp\n",
    "write\n",
    "walk\n",
    "stand\n",
    "bear\n",
    "carry\n",
));

/// Verbs of a body part obeying its owner: "my hand wouldn't listen / obey / do what i told
/// it" is a limb that cannot be moved at will, read as `unable move`.
pub(crate) const OBEY_VERBS: &[&str] = &["listen", "obey", "cooperate", "co-operate"];

/// Abilities that "no" or "don't have" can say are gone ("no feeling", "no strength").
pub(crate) const LOST_ABILITIES: &[&str] = &["feeling", "sensation", "strength", "power", "control", "grip", "use"];

/// Words that may stand between the cue and the ability; those in [`LOSS_DROPPED`] are left out
/// so that "lost feeling" is a run.
pub(crate) const LOSS_BETWEEN: &[&str] =
    &["bladder", "bowel", "bowels", "or", "and", "any", "real", "more", "longer", "proper", "have", "had"];

/// Words between the cue and a lost ability that the rewritten run leaves out.
pub(crate) const LOSS_DROPPED: &[&str] = &["any", "real", "more", "longer", "proper", "have", "had"];
