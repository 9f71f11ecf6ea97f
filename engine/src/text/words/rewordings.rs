//! Fixed rewordings applied to normalised text before it is read: expressions whose meaning the
//! word matcher cannot see, each with the words it reads instead. Each table is one text of
//! lines `words|reading` (read by `text::table::pairs`).

/// Rewordings that serve the general screen's findings (seizures that go on, a clinician's
/// instruction, the genitals, a pregnancy test, a GP's surgery).
pub(crate) const SCREEN_REWORDED: &str = concat!(
    // A sports drink is a drink, not exercise.
    "運動飲料|電解質飲料\n",
    "sports drink|electrolyte drink\n",
    // A sign heard only when a child cries ("stridor only when upset, none at rest") is milder
    // than one at rest: one word the screen's phrases can name.
    "only when upset|upsetonly\n",
    "only when crying|upsetonly\n",
    "only when he cries|upsetonly\n",
    "only when she cries|upsetonly\n",
    "only when agitated|upsetonly\n",
    "none at rest|upsetonly\n",
    "not at rest|upsetonly\n",
    "fine when calm|upsetonly\n",
    // A thing that goes on: "it hasn't stopped" is not a denial of stopping.
    "hasn't stopped|nonstop\n",
    "hasnt stopped|nonstop\n",
    "has not stopped|nonstop\n",
    "haven't stopped|nonstop\n",
    "won't stop|nonstop\n",
    "wont stop|nonstop\n",
    "will not stop|nonstop\n",
    "not stopping|nonstop\n",
    "isn't stopping|nonstop\n",
    "never stopped|nonstop\n",
    "didn't stop|nonstop\n",
    "didnt stop|nonstop\n",
    // Not coming round between two seizures.
    "didn't wake up in between|unrecovered\n",
    "didnt wake up in between|unrecovered\n",
    "didn't wake in between|unrecovered\n",
    "not waking up in between|unrecovered\n",
    "not waking in between|unrecovered\n",
    "without waking up in between|unrecovered\n",
    "without waking in between|unrecovered\n",
    "didn't come round in between|unrecovered\n",
    "not coming round in between|unrecovered\n",
    "without coming round|unrecovered\n",
    // Names of the emergency department that are letters.
    "a&e|emergency department\n",
    "a & e|emergency department\n",
    "a and e|emergency department\n",
    "to the er |to the emergency room \n",
    "to the ed |to the emergency department \n",
    // A doctor's instruction: "doctor" alone is a filler word ("should I see a doctor").
    "doctor told|clinician told\n",
    "doctor said|clinician said\n",
    "doctor sent|clinician sent\n",
    "doctor advised|clinician advised\n",
    "doctor wants|clinician wants\n",
    "doctors told|clinician told\n",
    "doctors said|clinician said\n",
    "dr told|clinician told\n",
    "dr said|clinician said\n",
    // A negative pregnancy test is no pregnancy ("pregnancy test negative" names the word).
    "pregnancy test negative|not pregnant\n",
    "pregnancy test was negative|not pregnant\n",
    "pregnancy test came back negative|not pregnant\n",
    "pregnancy test is negative|not pregnant\n",
    "negative pregnancy test|not pregnant\n",
    "驗孕 陰性|沒有懷孕\n",
    "驗孕陰性|沒有懷孕\n",
    "驗孕是陰性|沒有懷孕\n",
    "驗孕結果陰性|沒有懷孕\n",
    // A British GP's "surgery" is the practice, not an operation.
    "surgery's closed|gp practice closed\n",
    "surgery is closed|gp practice closed\n",
    "surgery's shut|gp practice closed\n",
    "surgery is shut|gp practice closed\n",
    "surgery closes|gp practice closes\n",
    "surgery opens|gp practice opens\n",
    "gp surgery|gp practice\n",
    "doctor's surgery|gp practice\n",
    "doctors surgery|gp practice\n",
    "call the surgery|call the gp practice\n",
    "phone the surgery|phone the gp practice\n",
    "rang the surgery|rang the gp practice\n",
    "ring the surgery|ring the gp practice\n",
    // When in the day a pain is at its worst is a pattern, not the worst pain ever.
    "worst when|more when\n",
    "worst in the morning|more in the morning\n",
    "worst first thing|more first thing\n",
    "worst at night|more at night\n",
    "worst in the evening|more in the evening\n",
    // The genitals in everyday words.
    "down below|privates\n",
    "private parts|privates\n",
    // "Down there" is the genitals when a pain or a swelling is said to be there ("having a
    // look down there" at a throat is not).
    // A cough or a sneeze named as what makes a pain worse ("worse when I cough", 咳嗽彎腰更痛)
    // is a trigger, not a cough: one word the phrases of the trigger name.
    "when i cough|oncough\n",
    "when i sneeze|oncough\n",
    "when coughing|oncough\n",
    "when sneezing|oncough\n",
    "on coughing|oncough\n",
    "if i cough|oncough\n",
    "if i sneeze|oncough\n",
    "with coughing|oncough\n",
    "hurts to cough|hurts oncough\n",
    "coughing or sneezing|oncough\n",
    "cough or sneeze|oncough\n",
    "sneezing or coughing|oncough\n",
    "sneeze or cough|oncough\n",
    "a sneeze sends|oncough sends\n",
    "咳嗽或打噴嚏|咳時噴嚏\n",
    "咳嗽打噴嚏|咳時噴嚏\n",
    "一咳嗽就|咳時就\n",
    "咳嗽更|咳時更\n",
    "咳嗽會痛|咳時痛\n",
    "咳嗽會更|咳時更\n",
    "咳嗽就痛|咳時痛\n",
    "咳嗽時更|咳時更\n",
    "咳嗽時會痛|咳時痛\n",
    "咳嗽的時候會痛|咳時痛\n",
    "咳嗽的時候更|咳時更\n",
    "咳嗽的時候|咳時\n",
    "咳嗽時|咳時\n",
    "咳嗽彎腰|咳時彎腰\n",
    // Tight headwear named as a likeness of a headache is the band of the headache, not a head
    // that swims.
    "swim cap|tightcap\n",
    "swimming cap|tightcap\n",
    "swim hat|tightcap\n",
    // Most or half of a pack of tablets is an overdose as much as the whole pack.
    "most of a bottle|whole bottle\n",
    "most of the bottle|whole bottle\n",
    "half a bottle|whole bottle\n",
    "half the bottle|whole bottle\n",
    "most of a packet|whole packet\n",
    "most of the packet|whole packet\n",
    "half a packet|whole packet\n",
    "most of the box|whole box\n",
    // A baby in the womb barely felt moves less ("feel" is a filler word).
    "barely felt anything|barely move\n",
    "barely feel anything|barely move\n",
    "hardly felt anything|barely move\n",
    "hardly feel anything|barely move\n",
    "little flutters|tiny flutter\n",
    // The tooth in the words for grinding the teeth and for the dentist is no toothache (牙 with
    // a pain word is).
    "磨牙|磨齒\n",
    "牙醫|齒醫\n",
    // Painkillers taken on most mornings or days are taken daily ("most" is a filler word).
    "most mornings|daily\n",
    "most days|daily\n",
    // A reliever inhaler needed every few hours is a reliever used often ("every" and "more"
    // are filler words).
    "salbutamol every|salbutamol frequent\n",
    "ventolin every|ventolin frequent\n",
    "inhaler every|inhaler frequent\n",
    "puffer every|puffer frequent\n",
    "reliever every|reliever frequent\n",
    "salbutamol more often|salbutamol frequent\n",
    "inhaler more often|inhaler frequent\n",
    "ventolin more often|ventolin frequent\n",
    "puffer more often|puffer frequent\n",
    "pain down there|pain privates\n",
    "hurts down there|hurts privates\n",
    "hurting down there|hurting privates\n",
    "sore down there|sore privates\n",
    "swollen down there|swollen privates\n",
    "swelling down there|swelling privates\n",
);

/// Fixed expressions whose meaning the word matcher cannot see, read as the words it does: a
/// note's word for "no fever" is a denial, not the fever it contains; a wish to be gone told with
/// a negation ("hope I don't wake up", "don't want to be here anymore") is the wish to die it
/// means ("better off ..." is read by `death_wish` in `text::normalize`); a faint that nearly
/// happened is faintness; "had a fit" is a seizure; "haven't pooped" is constipation; "said
/// window when I meant water" is a wrong word; Taiwanese words for parts of the body (喙, 跤,
/// 頭殼, 目睭, 腹肚, 胸坎), for "not" (袂, 毋), "all" (攏) and "black" (烏) are the Mandarin ones that
/// phrases use, as are Scots ones (heid, sair, dinnae, cannae); a colour named after a drink
/// (咖啡色, 可樂色, 茶色) is a colour, not a drink drunk.
pub(crate) const REWORDED: &str = concat!(
    // A colour named after a drink is a colour: cola-coloured urine is dark red-brown, tea-coloured
    // urine dark brown; neither is caffeine.
    "可樂色|醬油色\n",
    "茶色|深褐色\n",
    // The cheeks of the bottom are the buttocks, not the face.
    "bum cheek|buttock\n",
    "butt cheek|buttock\n",
    "bottom cheek|buttock\n",
    "arse cheek|buttock\n",
    "ass cheek|buttock\n",
    "afebrile|no fever\n",
    "apyrexial|no fever\n",
    "hope i don't wake up|wish dead\n",
    "hope i dont wake up|wish dead\n",
    "hope i won't wake up|wish dead\n",
    "wish i wouldn't wake up|wish dead\n",
    "wish i didn't wake up|wish dead\n",
    "sleep and not wake up|wish dead\n",
    "sleep and never wake up|wish dead\n",
    "don't want to be here anymore|wish dead\n",
    "dont want to be here anymore|wish dead\n",
    "don't want to be here any more|wish dead\n",
    "don't want to exist|wish dead\n",
    "dont want to exist|wish dead\n",
    "i want to disappear|wish dead\n",
    "i could just disappear|wish dead\n",
    // A band of clothing is no band of pain or rash.
    "bra band|bra line\n",
    "waistband|waist line\n",
    "nearly passed out|presyncope\n",
    "almost passed out|presyncope\n",
    "nearly fainted|presyncope\n",
    "almost fainted|presyncope\n",
    "nearly blacked out|presyncope\n",
    "almost blacked out|presyncope\n",
    // Moving without being moved: "closing by itself" is closing on its own.
    "by itself|on its own\n",
    "by themselves|on their own\n",
    // Stairs are climbed, not flown: "three flights of stairs" is no long flight.
    "flights of stairs|stairs\n",
    "flight of stairs|stairs\n",
    "flights of steps|steps\n",
    // The start of a pain, not a denial: "went from nothing to the worst headache".
    "from nothing to|suddenly to\n",
    "from zero to|suddenly to\n",
    // A baby's cry, not a weak limb in a list ("cold hands and feet, weak cry").
    "weak cry|feeble cry\n",
    "weak little cry|feeble cry\n",
    // Talk that leaps between subjects is not a body that jumps.
    "jumps between topics|changes topics\n",
    "jumping between topics|changes topics\n",
    "jumps from topic to topic|changes topics\n",
    "jumping from topic to topic|changes topics\n",
    "jumps from one thing to another|changes topics\n",
    "jumping from one thing to another|changes topics\n",
    "jumps from one subject to another|changes topics\n",
    // A night without sleep, not a pulled back.
    "all nighter|night awake\n",
    "all-nighter|night awake\n",
    // A measure of size, not the hand itself.
    "size of my hand|saucer sized\n",
    "size of your hand|saucer sized\n",
    "size of a hand|saucer sized\n",
    "size of my palm|saucer sized\n",
    "size of my fist|saucer sized\n",
    // A limb or muscle that is floppy is weak, not a floppy child.
    "arm feels floppy|arm feels weak\n",
    "leg feels floppy|leg feels weak\n",
    "hand feels floppy|hand feels weak\n",
    "foot feels floppy|foot feels weak\n",
    "biceps feels floppy|biceps feels weak\n",
    "muscle feels floppy|muscle feels weak\n",
    "floppy arm|weak arm\n",
    "floppy hand|weak hand\n",
    "floppy foot|foot drop\n",
    "floppy leg|weak leg\n",
    // Phrasal verbs whose particle is a filler word: read for what they mean.
    "throw up|vomit\n",
    "throws up|vomits\n",
    "threw up|vomited\n",
    "thrown up|vomited\n",
    "throwing up|vomiting\n",
    "sick up|vomit\n",
    "was sick|vomited\n",
    "been sick|vomited\n",
    "being sick|vomiting\n",
    "lost feeling|lost sensation\n",
    "lost all feeling|lost sensation\n",
    "lost the feeling|lost sensation\n",
    "lose feeling|lose sensation\n",
    "losing feeling|losing sensation\n",
    "loss of feeling|loss of sensation\n",
    "on fire|burning\n",
    // A leg that gives out gives way ("out" alone is a filler word, and "gave" alone is not weak).
    "gave out|gave way\n",
    "give out|give way\n",
    "gives out|gives way\n",
    "giving out|giving way\n",
    "had a fit|had a seizure\n",
    "having a fit|having a seizure\n",
    "has a fit|has a seizure\n",
    "having fits|having seizures\n",
    "never happened before|first time\n",
    "never had one before|first time\n",
    "never had this before|first time\n",
    "never before|first time\n",
    "when i meant|word wrong\n",
    "when he meant|word wrong\n",
    "when she meant|word wrong\n",
    "haven't pooped|constipated\n",
    "havent pooped|constipated\n",
    "hasn't pooped|constipated\n",
    "hasnt pooped|constipated\n",
    "not pooped|constipated\n",
    "haven't had a poo|constipated\n",
    "havent had a poo|constipated\n",
    "haven't had a proper poo|constipated\n",
    "havent had a proper poo|constipated\n",
    "not had a proper poo|constipated\n",
    "haven't been for a poo|constipated\n",
    "havent been for a poo|constipated\n",
    "no bowel movement|constipated\n",
    "not had a bowel movement|constipated\n",
    "bowels not opened|constipated\n",
    "bno|constipated\n",
    // A sound heard in the head is not a blow to it; "I'm paranoid" is worry.
    "bang in my head|loud noise in my head\n",
    "bang in his head|loud noise in his head\n",
    "bang in her head|loud noise in her head\n",
    "i'm paranoid|i'm worried\n",
    "im paranoid|im worried\n",
    "i am paranoid|i am worried\n",
    "i'm just paranoid|i'm just worried\n",
    "being paranoid|being worried\n",
    "bit paranoid|bit worried\n",
    "it kills|it hurts\n",
    "kills when|hurts when\n",
    "kills me|hurts me\n",
    "n&v|nausea and vomiting\n",
    "reads hi|reads high\n",
    "reading hi|reading high\n",
    "shows hi|shows high\n",
    "bg hi|bg high\n",
    "n+v|nausea and vomiting\n",
    "咖啡色|褐色\n",
    "尻脊骿|背\n",
    "頭殼|頭\n",
    "目睭|眼睛\n",
    "腹肚|肚子\n",
    "胸坎|胸口\n",
    "尻川|屁股\n",
    "嚨喉|喉嚨\n",
    "鼻仔|鼻子\n",
    "耳仔|耳朵\n",
    "手骨|手臂\n",
    "喙|嘴\n",
    "跤|腳\n",
    "袂|不\n",
    "毋|不\n",
    "攏|都\n",
    "凊汗|冷汗\n",
    // Taiwanese 烏 is black (烏的, 烏烏), and 烏青 a bruise.
    "烏青|瘀青\n",
    "烏的|黑的\n",
    "烏烏|黑黑\n",
    "烏黑|黑\n",
    // "Dying" with a laugh is a joke about feeling rough, not a sense of doom.
    "dying lol|unwell lol\n",
    "dying haha|unwell haha\n",
    "dying lmao|unwell lmao\n",
    // Swimming as a pastime is not a head that swims.
    "swimming cap|bathing cap\n",
    "swimming pool|pool\n",
    "swimming costume|costume\n",
    "swimming lesson|lesson\n",
    // Scots words for the body, for "not" and for common adjectives are the English ones that
    // phrases use ("ma heid's sair", "dinnae feel sick", "cannae lift it").
    "ma heid|my head\n",
    "heid|head\n",
    "sair|sore\n",
    "dinnae|don't\n",
    "didnae|didn't\n",
    "cannae|can't\n",
    "canna|can't\n",
    "wasnae|wasn't\n",
    "isnae|isn't\n",
    "doesnae|doesn't\n",
    "wouldnae|wouldn't\n",
    "couldnae|couldn't\n",
    "havnae|haven't\n",
    "havenae|haven't\n",
    "aboot|about\n",
    "oot|out\n",
    "awfy|very\n",
    "greetin|crying\n",
    "boakin|retching\n",
    "peely wally|pale\n",
    "shoogly|shaky\n",
    "shoogle|shake\n",
    "a wee bit|a little bit\n",
    "faither|father\n",
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::table::pairs;

    #[test]
    fn every_line_of_a_table_is_one_rewording() {
        for table in [SCREEN_REWORDED, REWORDED] {
            for line in table.lines() {
                let (words, reading) = line.split_once('|').unwrap_or_else(|| panic!("no `|` in {line:?}"));
                assert!(!words.is_empty() && !reading.contains('|'), "{line:?}");
            }
            assert!(table.ends_with('\n'));
        }
        assert!(pairs(SCREEN_REWORDED).any(|p| p == ("when i cough", "oncough")));
    }
}
