//! Every user-interface string, in English and Traditional Chinese.
//!
//! The strings live in one struct per language, so a string missing in one language is a compile
//! error. Texts that come from the knowledge base (labels, names, advice) are not here: the
//! engine returns them in the requested language, and the widget picks KB texts with
//! [`Lang::pick`]. Templates use `{name}` placeholders filled by [`fill`].

use symptom_engine::schema::BodySite;
use symptom_engine::{Answer, Lang, Sex, Triage};

/// The user-interface strings of one language.
#[derive(Debug)]
pub struct Strings {
    /// The language's own name, for the language switch.
    pub lang_name: &'static str,
    /// Label of the language switch.
    pub lang_label: &'static str,
    /// The emergency strip at the top: `{number}`.
    pub emergency_strip: &'static str,
    /// Link text for calling the number: `{number}`.
    pub call_number: &'static str,
    /// Start: heading.
    pub start_heading: &'static str,
    /// Start: what this is.
    pub start_is: &'static str,
    /// Start: what this is not.
    pub start_is_not: &'static str,
    /// Start: the emergency rule, `{number}`.
    pub start_emergency_rule: &'static str,
    /// Start: summary of the list of emergency signs from the KB.
    pub start_signs: &'static str,
    /// Start: privacy.
    pub start_privacy: &'static str,
    /// Start: the button.
    pub start_button: &'static str,
    /// Describe: heading.
    pub describe_heading: &'static str,
    /// Describe: label of the text box.
    pub describe_label: &'static str,
    /// Describe: hint under the label.
    pub describe_hint: &'static str,
    /// Describe: examples heading.
    pub describe_examples: &'static str,
    /// Describe: example messages.
    pub examples: [&'static str; 3],
    /// Describe: use this example (button text prefix).
    pub use_example: &'static str,
    /// Picker: heading.
    pub picker_heading: &'static str,
    /// Picker: search label.
    pub picker_search: &'static str,
    /// Picker: no match.
    pub picker_none: &'static str,
    /// Picker: `{n}` matching symptoms.
    pub picker_count: &'static str,
    /// About you: heading.
    pub about_heading: &'static str,
    /// Age label.
    pub age_label: &'static str,
    /// Age hint.
    pub age_hint: &'static str,
    /// The box to tick when asking for someone else.
    pub someone_else: &'static str,
    /// Sex label.
    pub sex_label: &'static str,
    /// Sex: not given.
    pub sex_unset: &'static str,
    /// Sex: female.
    pub sex_female: &'static str,
    /// Sex: male.
    pub sex_male: &'static str,
    /// Chips: heading.
    pub chips_heading: &'static str,
    /// Heading of the closest findings offered when the words were not understood.
    pub suggest_heading: &'static str,
    /// Hint under it.
    pub suggest_hint: &'static str,
    /// Chips: nothing yet.
    pub chips_empty: &'static str,
    /// Chips: hint.
    pub chips_hint: &'static str,
    /// Chips: absent finding, `{label}`.
    pub chip_absent: &'static str,
    /// Chips: remove button label, `{label}`.
    pub chip_remove: &'static str,
    /// Chips: flip to "I do not have it", `{label}`.
    pub chip_flip_to_absent: &'static str,
    /// Chips: flip to "I have it", `{label}`.
    pub chip_flip_to_present: &'static str,
    /// Chips: "I have it" short.
    pub chip_have: &'static str,
    /// Chips: "I don't have it" short.
    pub chip_have_not: &'static str,
    /// Chips: read from the text.
    pub origin_text: &'static str,
    /// Chips: told by answer or picker.
    pub origin_answer: &'static str,
    /// Chips: derived.
    pub origin_derived: &'static str,
    /// Describe: continue button.
    pub continue_button: &'static str,
    /// Back button.
    pub back: &'static str,
    /// Questions: heading.
    pub questions_heading: &'static str,
    /// Questions: progress `{n}` `{max}`.
    pub question_progress: &'static str,
    /// Questions: a warning-sign question.
    pub question_warning: &'static str,
    /// The screen of warning signs: where it stands, its question, how to answer, its buttons.
    pub signs_step: &'static str,
    pub signs_heading: &'static str,
    pub signs_hint: &'static str,
    pub signs_none: &'static str,
    pub signs_continue: &'static str,
    /// The disclosure that says why a question is asked.
    pub why_asked: &'static str,
    /// Answer: yes.
    pub yes: &'static str,
    /// Answer: no.
    pub no: &'static str,
    /// Answer: not sure.
    pub unsure: &'static str,
    /// Questions: skip to the result.
    pub skip_to_result: &'static str,
    /// Result: heading.
    pub result_heading: &'static str,
    /// Triage banner heading prefix.
    pub triage_heading: &'static str,
    /// Triage: need more.
    pub need_more_heading: &'static str,
    /// Triage: red flags heading.
    pub red_flags_heading: &'static str,
    /// Who to see for a warning sign ("Who to see: a pharmacist").
    pub see_who: &'static str,
    /// Uncertain note heading.
    pub uncertain_heading: &'static str,
    /// Causes heading.
    pub causes_heading: &'static str,
    /// Causes: intro.
    pub causes_intro: &'static str,
    /// Above the complaints of a message that holds two or more.
    pub complaints_intro: &'static str,
    /// A complaint's heading; `{label}` is what it is.
    pub complaint_heading: &'static str,
    /// Causes: none.
    pub causes_none: &'static str,
    /// Cause: fits because.
    pub why_for: &'static str,
    /// Cause: less likely because.
    pub why_against: &'static str,
    /// Cause: its own urgency.
    pub cause_level: &'static str,
    /// Cause: more likely / possible.
    pub cause_rank_first: &'static str,
    /// Cause: also possible.
    pub cause_rank_other: &'static str,
    /// Rank of a cause that a fired warning sign is about.
    pub cause_rank_rule_out: &'static str,
    /// Specialist heading.
    pub specialist: &'static str,
    /// Tests heading.
    pub tests: &'static str,
    /// Self-care heading.
    pub self_care: &'static str,
    /// When to seek help heading.
    pub seek_help: &'static str,
    /// Details of a cause.
    pub cause_details: &'static str,
    /// Similar questions heading.
    pub similar_heading: &'static str,
    /// Similar: the question asked.
    pub similar_question: &'static str,
    /// Similar: answer.
    pub similar_answer: &'static str,
    /// Similar: likely causes.
    pub similar_causes: &'static str,
    /// Similar: steps.
    pub similar_steps: &'static str,
    /// Related topics heading.
    pub topics_heading: &'static str,
    /// Sources heading.
    pub sources_heading: &'static str,
    /// Your answers heading.
    pub answers_heading: &'static str,
    /// Your answers: none.
    pub answers_none: &'static str,
    /// Edit answers hint.
    pub answers_hint: &'static str,
    /// Change what I wrote.
    pub edit_description: &'static str,
    /// Start over.
    pub start_over: &'static str,
    /// Summary heading.
    pub summary_heading: &'static str,
    /// Print summary.
    pub print_summary: &'static str,
    /// Copy summary.
    pub copy_summary: &'static str,
    /// Copied.
    pub copied: &'static str,
    /// Copy failed.
    pub copy_failed: &'static str,
    /// Summary: title.
    pub summary_title: &'static str,
    /// Summary: date `{date}`.
    pub summary_date: &'static str,
    /// Summary: made on this device.
    pub summary_device: &'static str,
    /// Summary: what I wrote.
    pub summary_text: &'static str,
    /// Summary: findings.
    pub summary_findings: &'static str,
    /// Summary: I have.
    pub summary_present: &'static str,
    /// Summary: I do not have.
    pub summary_absent: &'static str,
    /// Summary: duration `{days}`.
    pub summary_duration: &'static str,
    /// Summary: age `{age}`.
    pub summary_age: &'static str,
    /// Summary: sex.
    pub summary_sex: &'static str,
    /// Summary: answers.
    pub summary_answers: &'static str,
    /// Summary: triage.
    pub summary_triage: &'static str,
    /// Summary: causes considered.
    pub summary_causes: &'static str,
    /// A complaint in the summary; `{n}` is its number, `{label}` what it is.
    pub summary_complaint: &'static str,
    /// Summary: not a diagnosis.
    pub summary_disclaimer: &'static str,
    /// Summary: the clinic's name and number, given by the page.
    pub summary_clinic: &'static str,
    /// Summary: none.
    pub none: &'static str,
    /// Diary: open button.
    pub diary_open: &'static str,
    /// Diary: close button.
    pub diary_close: &'static str,
    /// Diary: heading.
    pub diary_heading: &'static str,
    /// Diary: explanation.
    pub diary_intro: &'static str,
    /// Diary: privacy.
    pub diary_privacy: &'static str,
    /// An emergency result: the fold holding causes, answers and similar questions.
    pub more_details: &'static str,
    /// Diary: opt in.
    pub diary_enable: &'static str,
    /// Diary: add heading.
    pub diary_add_heading: &'static str,
    /// Diary: date.
    pub diary_date: &'static str,
    /// Diary: symptom.
    pub diary_symptom: &'static str,
    /// Diary: duration.
    pub diary_duration: &'static str,
    /// Diary: duration hint.
    pub diary_duration_hint: &'static str,
    /// Diary: notes.
    pub diary_notes: &'static str,
    /// Diary: add button.
    pub diary_add: &'static str,
    /// Diary: missing fields.
    pub diary_missing: &'static str,
    /// Diary: entries heading `{n}`.
    pub diary_entries: &'static str,
    /// Diary: no entries.
    pub diary_empty: &'static str,
    /// Diary: remove entry.
    pub diary_remove: &'static str,
    /// Button that lists older diary entries ({n}: how many more).
    pub diary_show_older: &'static str,
    /// Diary: chart heading.
    pub diary_chart: &'static str,
    /// Diary: chart description `{n}` `{from}` `{to}`.
    pub diary_chart_desc: &'static str,
    /// Diary: export CSV.
    pub diary_export_csv: &'static str,
    /// Diary: export JSON.
    pub diary_export_json: &'static str,
    /// Diary: delete my data.
    pub diary_delete: &'static str,
    /// Diary: confirm delete.
    pub diary_delete_confirm: &'static str,
    /// Diary: cancel.
    pub cancel: &'static str,
    /// Diary: deleted.
    pub diary_deleted: &'static str,
    /// Diary: saved.
    pub diary_saved: &'static str,
    /// Diary: corrupted `{kept}` `{lost}`.
    pub diary_corrupted: &'static str,
    /// Diary: backup kept `{key}`.
    pub diary_backup: &'static str,
    /// Diary: backup failed (read only).
    pub diary_read_only: &'static str,
    /// Diary: newer version.
    pub diary_newer: &'static str,
    /// Diary: storage unavailable.
    pub diary_unavailable: &'static str,
    /// Diary: save failed.
    pub diary_save_failed: &'static str,
    /// The diary has its most episodes (`{n}`).
    pub diary_full: &'static str,
    /// KB: clinic KB failed `{error}`.
    pub kb_fallback: &'static str,
    /// KB: nothing loads.
    pub kb_failed: &'static str,
    /// Why the built-in knowledge base could not be used: `{error}`.
    pub kb_failed_why: &'static str,
    /// Button: try loading the built-in knowledge base again.
    pub kb_retry: &'static str,
    /// Shown while the built-in knowledge base loads.
    pub loading: &'static str,
    /// The widget crashed (panic hook) `{number}`.
    pub crashed: &'static str,
    /// Under the text box when the text is longer than the engine reads.
    pub truncated: &'static str,
}

/// English.
pub static EN: Strings = Strings {
    lang_name: "English",
    lang_label: "Language",
    emergency_strip: "Emergency? Call {number} now.",
    call_number: "Call {number}",
    start_heading: "Before you start",
    start_is: "This checker asks about your symptoms and tells you how urgent they seem, what might cause them, and what to do next.",
    start_is_not: "It is not a diagnosis and cannot examine you. A doctor can.",
    start_emergency_rule: "If you have any sign of an emergency, call {number} now — do not use this checker first.",
    start_signs: "Signs of an emergency",
    start_privacy: "Everything you type stays on this device. Nothing is sent anywhere, and no cookies are used.",
    start_button: "Start",
    describe_heading: "Describe what you feel",
    describe_label: "In your own words: what you feel, where, since when, and whether it comes and goes",
    describe_hint: "You can also pick symptoms from the list below. What we understood appears as chips that you can change.",
    describe_examples: "Examples",
    examples: [
        "My left eyelid has been twitching for four days.",
        "For several days my upper lip twitches now and then, and I wake up with tingling in both palms.",
        "My feet have been numb for two months and it is getting worse.",
    ],
    use_example: "Use this example",
    picker_heading: "Or pick symptoms by body area",
    picker_search: "Search symptoms",
    picker_none: "No symptom matches your search.",
    picker_count: "{n} symptoms match.",
    about_heading: "About you (optional)",
    age_label: "Age in years",
    age_hint: "Some causes are more common at certain ages.",
    someone_else: "I am asking for someone else",
    sex_label: "Sex",
    sex_unset: "Prefer not to say",
    sex_female: "Female",
    sex_male: "Male",
    chips_heading: "What we understood",
    suggest_heading: "Is it one of these?",
    suggest_hint: "We could not read all of your words. Tap what comes closest to what you feel.",
    chips_empty: "Nothing yet. Describe what you feel or pick a symptom.",
    chips_hint: "Check that this is right. You can switch each item between \"I have it\" and \"I don't\", or remove it.",
    chip_absent: "No {label}",
    chip_remove: "Remove: {label}",
    chip_flip_to_absent: "Change to: I don't have {label}",
    chip_flip_to_present: "Change to: I have {label}",
    chip_have: "I have it",
    chip_have_not: "I don't have it",
    origin_text: "from your words",
    origin_answer: "from your answer",
    origin_derived: "from what you wrote",
    continue_button: "Continue",
    back: "Back",
    questions_heading: "A few questions",
    question_progress: "Question {n} of at most {max}",
    question_warning: "This question checks for a warning sign.",
    signs_step: "First, the warning signs",
    signs_heading: "Do you have any of these?",
    signs_hint: "Tick each one you have now, or are not sure about.",
    signs_none: "None of these",
    signs_continue: "Continue with the ones ticked",
    why_asked: "Why am I asked this?",
    yes: "Yes",
    no: "No",
    unsure: "Not sure",
    skip_to_result: "Skip to the result",
    result_heading: "Your result",
    triage_heading: "How urgent",
    need_more_heading: "We need a little more detail",
    red_flags_heading: "Warning signs in what you told us",
    see_who: "Who to see",
    uncertain_heading: "We are not sure",
    causes_heading: "Possible causes",
    causes_intro: "These are possibilities to discuss with a doctor, most likely first. They are not a diagnosis.",
    complaints_intro: "You described more than one problem. Each is answered on its own, the most urgent first.",
    complaint_heading: "About: {label}",
    causes_none: "We cannot suggest a cause from what you told us.",
    why_for: "Fits because",
    why_against: "Less likely because",
    cause_level: "On its own",
    cause_rank_first: "Most likely",
    cause_rank_other: "Also possible",
    cause_rank_rule_out: "To rule out first",
    specialist: "Who to see",
    tests: "Tests a doctor may use",
    self_care: "What you can do now",
    seek_help: "When to get help",
    cause_details: "More about this",
    similar_heading: "Similar questions",
    similar_question: "The question",
    similar_answer: "The answer",
    similar_causes: "Likely causes",
    similar_steps: "What to do",
    topics_heading: "Related topics",
    sources_heading: "Sources",
    answers_heading: "Your answers",
    answers_none: "You have not answered any question.",
    answers_hint: "You can change an answer; the result updates at once.",
    edit_description: "Change what I wrote",
    start_over: "Start over",
    summary_heading: "Take it to the doctor",
    print_summary: "Print summary",
    copy_summary: "Copy summary",
    copied: "The summary was copied. You can paste it into a message or a note.",
    copy_failed: "Copying is not possible here. Select the summary text below and copy it.",
    summary_title: "Symptom summary",
    summary_date: "Date: {date}",
    summary_device: "Generated on this device; nothing was sent anywhere.",
    summary_text: "What I wrote",
    summary_findings: "Symptoms",
    summary_present: "I have",
    summary_absent: "I do not have",
    summary_duration: "For about {days}",
    summary_age: "Age: {age}",
    summary_sex: "Sex",
    summary_answers: "Answers to questions",
    summary_triage: "How urgent",
    summary_causes: "Causes considered",
    summary_complaint: "Complaint {n}: {label}",
    summary_disclaimer: "This is general information from a symptom checker, not a diagnosis.",
    summary_clinic: "Clinic",
    none: "none",
    diary_open: "Symptom diary",
    diary_close: "Back to the checker",
    diary_heading: "Symptom diary",
    diary_intro: "Doctors often ask how often symptoms come and how long they last. A diary helps you answer.",
    diary_privacy: "The diary is stored only in this browser on this device (local storage). It is never sent anywhere. You can export it or delete it at any time.",
    more_details: "More about this result: possible causes, your answers, similar questions",
    diary_enable: "Keep a diary on this device",
    diary_add_heading: "Add an episode",
    diary_date: "Date",
    diary_symptom: "Symptom",
    diary_duration: "How long it lasted",
    diary_duration_hint: "For example: 10 minutes, all night",
    diary_notes: "Notes",
    diary_add: "Add to diary",
    diary_missing: "Please give a date and a symptom.",
    diary_entries: "Episodes ({n})",
    diary_empty: "No episodes yet.",
    diary_remove: "Remove episode",
    diary_show_older: "Show {n} older episodes",
    diary_chart: "Episodes over time",
    diary_chart_desc: "{n} episodes from {from} to {to}.",
    diary_export_csv: "Export as CSV",
    diary_export_json: "Export as JSON",
    diary_delete: "Delete my data",
    diary_delete_confirm: "Yes, delete all my diary data",
    cancel: "Cancel",
    diary_deleted: "Your diary data was deleted from this device.",
    diary_saved: "Saved on this device.",
    diary_corrupted: "Part of your stored diary could not be read. Episodes kept: {kept}. Could not be read: {lost}.",
    diary_backup: "A copy of the stored data was kept on this device under \"{key}\" and is removed with \"Delete my data\".",
    diary_read_only: "The stored data could not be copied, so the diary will not save changes until you export or delete it.",
    diary_newer: "Your diary was saved by a newer version of this checker and cannot be changed here.",
    diary_unavailable: "This browser does not allow saving (for example in private mode or when storage is full). The diary works until you close the page, and the checker works as usual.",
    diary_save_failed: "The diary could not be saved on this device (storage may be full). Export it to keep a copy.",
    diary_full: "The diary is full ({n} episodes): export it, then remove older ones.",
    kb_fallback: "The clinic's knowledge base could not be used ({error}); the built-in one is used instead.",
    kb_failed: "The symptom checker could not start. If you feel very unwell, call {number} now.",
    kb_failed_why: "(Its knowledge base could not be used: {error}.)",
    kb_retry: "Try again",
    loading: "Loading the symptom checker…",
    crashed: "Sorry, the symptom checker stopped working. If you feel very unwell, call {number} now. Reload the page to start again.",
    truncated: "Only the first 4,000 characters are read: shorten the text so that all of it counts.",
};

/// Traditional Chinese (Taiwan).
pub static ZH_TW: Strings = Strings {
    lang_name: "中文（台灣）",
    lang_label: "語言",
    emergency_strip: "緊急狀況？請立即撥打 {number}。",
    call_number: "撥打 {number}",
    start_heading: "開始之前",
    start_is: "這個工具會詢問您的症狀，告訴您情況看起來有多緊急、可能的原因，以及接下來該怎麼做。",
    start_is_not: "這不是診斷，也無法替您做檢查；醫師才能做到。",
    start_emergency_rule: "如果您有任何緊急狀況的徵兆，請立即撥打 {number}，不要先使用本工具。",
    start_signs: "緊急狀況的徵兆",
    start_privacy: "您輸入的一切只留在這台裝置上，不會傳送到任何地方，也不使用 cookie。",
    start_button: "開始",
    describe_heading: "描述您的感覺",
    describe_label: "用您自己的話說：感覺到什麼、在哪裡、從什麼時候開始、是否時有時無",
    describe_hint: "您也可以從下方清單選擇症狀。我們理解到的內容會以標籤顯示，您可以修改。",
    describe_examples: "範例",
    examples: [
        "我的左眼皮已經跳了四天。",
        "這幾天人中的地方一直不自主地抽動，另外我習慣側睡，有時醒來兩手手掌會麻麻的。",
        "我的腳麻了兩個月，而且越來越嚴重。",
    ],
    use_example: "使用這個範例",
    picker_heading: "或依身體部位選擇症狀",
    picker_search: "搜尋症狀",
    picker_none: "沒有符合搜尋的症狀。",
    picker_count: "共 {n} 個症狀符合。",
    about_heading: "關於您（可不填）",
    age_label: "年齡（歲）",
    age_hint: "有些原因在特定年齡較常見。",
    someone_else: "我是替別人詢問",
    sex_label: "性別",
    sex_unset: "不想透露",
    sex_female: "女性",
    sex_male: "男性",
    chips_heading: "我們理解到的內容",
    suggest_heading: "是以下其中一種嗎？",
    suggest_hint: "我們沒辦法完全看懂您的描述，請點選最接近您感受的項目。",
    chips_empty: "目前還沒有。請描述您的感覺或選擇症狀。",
    chips_hint: "請確認是否正確。每一項都可以在「有」和「沒有」之間切換，或移除。",
    chip_absent: "沒有{label}",
    chip_remove: "移除：{label}",
    chip_flip_to_absent: "改為：我沒有{label}",
    chip_flip_to_present: "改為：我有{label}",
    chip_have: "我有",
    chip_have_not: "我沒有",
    origin_text: "來自您的描述",
    origin_answer: "來自您的回答",
    origin_derived: "由您的描述推得",
    continue_button: "繼續",
    back: "上一步",
    questions_heading: "幾個問題",
    question_progress: "第 {n} 題，最多 {max} 題",
    question_warning: "這一題是在確認是否有警訊。",
    signs_step: "先確認警訊",
    signs_heading: "您有以下任何一項嗎？",
    signs_hint: "現在有的、或不確定的，請勾選。",
    signs_none: "以上都沒有",
    signs_continue: "送出勾選的項目",
    why_asked: "為什麼問這一題？",
    yes: "是",
    no: "否",
    unsure: "不確定",
    skip_to_result: "直接看結果",
    result_heading: "您的結果",
    triage_heading: "緊急程度",
    need_more_heading: "需要多一點資訊",
    red_flags_heading: "您提供的內容中的警訊",
    see_who: "可以找誰",
    uncertain_heading: "我們無法確定",
    causes_heading: "可能的原因",
    causes_intro: "以下是可以和醫師討論的可能性，越可能的排越前面。這不是診斷。",
    complaints_intro: "您描述了不只一個問題，以下分開回答，最需要注意的排在前面。",
    complaint_heading: "關於：{label}",
    causes_none: "根據您提供的內容，我們無法提出可能的原因。",
    why_for: "符合的地方",
    why_against: "較不像的地方",
    cause_level: "單就這個原因",
    cause_rank_first: "最有可能",
    cause_rank_other: "也有可能",
    cause_rank_rule_out: "須優先排除",
    specialist: "建議看哪一科",
    tests: "醫師可能安排的檢查",
    self_care: "您現在可以做的事",
    seek_help: "何時要就醫",
    cause_details: "更多說明",
    similar_heading: "類似的問題",
    similar_question: "提問",
    similar_answer: "回答",
    similar_causes: "可能的原因",
    similar_steps: "建議怎麼做",
    topics_heading: "相關主題",
    sources_heading: "資料來源",
    answers_heading: "您的回答",
    answers_none: "您還沒有回答任何問題。",
    answers_hint: "您可以修改回答，結果會立即更新。",
    edit_description: "修改我的描述",
    start_over: "重新開始",
    summary_heading: "帶去給醫師看",
    print_summary: "列印摘要",
    copy_summary: "複製摘要",
    copied: "摘要已複製，您可以貼到訊息或筆記中。",
    copy_failed: "這裡無法複製。請選取下方的摘要文字後自行複製。",
    summary_title: "症狀摘要",
    summary_date: "日期：{date}",
    summary_device: "在這台裝置上產生，沒有傳送到任何地方。",
    summary_text: "我的描述",
    summary_findings: "症狀",
    summary_present: "有",
    summary_absent: "沒有",
    summary_duration: "大約持續 {days}",
    summary_age: "年齡：{age}",
    summary_sex: "性別",
    summary_answers: "問題的回答",
    summary_triage: "緊急程度",
    summary_causes: "考慮過的原因",
    summary_complaint: "問題 {n}：{label}",
    summary_disclaimer: "這是症狀評估工具提供的一般資訊，不是診斷。",
    summary_clinic: "診所",
    none: "無",
    diary_open: "症狀日記",
    diary_close: "回到症狀評估",
    diary_heading: "症狀日記",
    diary_intro: "醫師常會問症狀多久出現一次、每次持續多久。寫日記可以幫助您回答。",
    diary_privacy: "日記只儲存在這台裝置的瀏覽器中（本機儲存空間），不會傳送到任何地方。您隨時可以匯出或刪除。",
    more_details: "關於這個結果的更多資訊：可能原因、您的回答、類似問題",
    diary_enable: "在這台裝置上記錄日記",
    diary_add_heading: "新增一次發作",
    diary_date: "日期",
    diary_symptom: "症狀",
    diary_duration: "持續多久",
    diary_duration_hint: "例如：10 分鐘、整個晚上",
    diary_notes: "備註",
    diary_add: "加入日記",
    diary_missing: "請填寫日期和症狀。",
    diary_entries: "發作紀錄（{n}）",
    diary_empty: "還沒有紀錄。",
    diary_remove: "移除這筆紀錄",
    diary_show_older: "顯示較早的 {n} 筆紀錄",
    diary_chart: "發作次數的變化",
    diary_chart_desc: "從 {from} 到 {to} 共 {n} 次發作。",
    diary_export_csv: "匯出 CSV",
    diary_export_json: "匯出 JSON",
    diary_delete: "刪除我的資料",
    diary_delete_confirm: "是，刪除我所有的日記資料",
    cancel: "取消",
    diary_deleted: "您的日記資料已從這台裝置刪除。",
    diary_saved: "已儲存在這台裝置上。",
    diary_corrupted: "儲存的日記有部分無法讀取。已保留：{kept} 筆；無法讀取：{lost} 筆。",
    diary_backup: "原本儲存的資料已另外保留一份在這台裝置上（「{key}」），按「刪除我的資料」時會一併刪除。",
    diary_read_only: "無法另存原本的資料，因此在您匯出或刪除之前，日記不會儲存變更。",
    diary_newer: "您的日記是由較新版本的工具儲存的，無法在這裡修改。",
    diary_unavailable:
        "這個瀏覽器不允許儲存資料（例如無痕模式或空間已滿）。日記在您關閉頁面前仍可使用，症狀評估也照常運作。",
    diary_save_failed: "日記無法儲存在這台裝置上（空間可能已滿）。請匯出以保留一份。",
    diary_full: "日記已滿（{n} 筆）：請先匯出，再刪除較舊的紀錄。",
    kb_fallback: "無法使用診所的知識庫（{error}），改用內建的知識庫。",
    kb_failed: "症狀評估工具無法啟動。如果您覺得非常不舒服，請立即撥打 {number}。",
    kb_failed_why: "（無法使用它的知識庫：{error}。）",
    kb_retry: "再試一次",
    loading: "正在載入症狀自我評估…",
    crashed: "抱歉，症狀評估工具停止運作了。如果您覺得非常不舒服，請立即撥打 {number}。重新載入頁面即可重新開始。",
    truncated: "只會讀取前 4,000 個字：請縮短內容，讓全部都能被讀取。",
};

/// The strings of a language.
pub fn t(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &EN,
        Lang::ZhTw => &ZH_TW,
    }
}

/// Fills `{name}` placeholders.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The words for a triage level (never shown by colour alone).
pub fn triage_words(lang: Lang, level: Triage) -> &'static str {
    match (lang, level) {
        (Lang::En, Triage::Emergency) => "Emergency: call now",
        (Lang::En, Triage::Urgent) => "Urgent: see a doctor today or tomorrow",
        (Lang::En, Triage::Soon) => "See a doctor soon",
        (Lang::En, Triage::SelfCare) => "Self-care at home",
        (Lang::ZhTw, Triage::Emergency) => "緊急：請立即求救",
        (Lang::ZhTw, Triage::Urgent) => "盡快：今天或明天就醫",
        (Lang::ZhTw, Triage::Soon) => "近期就醫",
        (Lang::ZhTw, Triage::SelfCare) => "居家自我照護",
    }
}

/// The short name of a triage level.
pub fn triage_short(lang: Lang, level: Triage) -> &'static str {
    match (lang, level) {
        (Lang::En, Triage::Emergency) => "emergency",
        (Lang::En, Triage::Urgent) => "urgent",
        (Lang::En, Triage::Soon) => "soon",
        (Lang::En, Triage::SelfCare) => "self-care",
        (Lang::ZhTw, Triage::Emergency) => "緊急",
        (Lang::ZhTw, Triage::Urgent) => "盡快就醫",
        (Lang::ZhTw, Triage::Soon) => "近期就醫",
        (Lang::ZhTw, Triage::SelfCare) => "自我照護",
    }
}

/// The words for an answer.
pub fn answer_words(lang: Lang, answer: Answer) -> &'static str {
    let s = t(lang);
    match answer {
        Answer::Yes => s.yes,
        Answer::No => s.no,
        Answer::Unsure => s.unsure,
    }
}

/// The words for a sex.
pub fn sex_words(lang: Lang, sex: Sex) -> &'static str {
    let s = t(lang);
    match sex {
        Sex::Female => s.sex_female,
        Sex::Male => s.sex_male,
    }
}

/// A duration in days in words ("about 4 days", "2 months").
pub fn duration_words(lang: Lang, days: f64) -> String {
    let (n, en_unit, zh_unit) = if days < 1.0 / 24.0 {
        ((days * 24.0 * 60.0).round().max(1.0), "minute", "分鐘")
    } else if days < 1.0 {
        ((days * 24.0).round().max(1.0), "hour", "小時")
    } else if days < 14.0 {
        (days.round(), "day", "天")
    } else if days < 60.0 {
        ((days / 7.0).round(), "week", "週")
    } else if days < 730.0 {
        ((days / 30.4).round(), "month", "個月")
    } else {
        ((days / 365.0).round(), "year", "年")
    };
    let n = n as u64;
    match lang {
        Lang::En => format!("{n} {en_unit}{}", if n == 1 { "" } else { "s" }),
        Lang::ZhTw => format!("{n} {zh_unit}"),
    }
}

/// The name of a body site, for the symptom picker.
pub fn site_name(lang: Lang, site: BodySite) -> &'static str {
    use BodySite::*;
    let (en, zh) = match site {
        Head => ("Head", "頭部"),
        Scalp => ("Scalp", "頭皮"),
        Face => ("Face", "臉部"),
        Eye => ("Eyes and vision", "眼睛與視力"),
        Eyelid => ("Eyelids", "眼皮"),
        Mouth => ("Mouth, lips and speech", "嘴巴、嘴唇與說話"),
        Jaw => ("Jaw", "下巴"),
        Ear => ("Ears and hearing", "耳朵與聽力"),
        Neck => ("Neck", "頸部"),
        Back => ("Back", "背部"),
        Chest => ("Chest", "胸部"),
        Abdomen => ("Belly", "腹部"),
        Arm => ("Arms", "手臂"),
        Hand => ("Hands and fingers", "手與手指"),
        Leg => ("Legs", "腿"),
        Foot => ("Feet", "腳"),
        WholeBody => ("Whole body", "全身"),
        General => ("General", "一般"),
    };
    match lang {
        Lang::En => en,
        Lang::ZhTw => zh,
    }
}

/// Picks the default language from a BCP 47 tag (host page or browser), English otherwise.
pub fn lang_from_tag(tag: Option<&str>) -> Lang {
    tag.and_then(Lang::from_tag).unwrap_or(Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_cut_note_names_the_engines_limit() {
        let limit = symptom_engine::MAX_TEXT_CHARS;
        let shown = format!("{},{:03}", limit / 1000, limit % 1000);
        for lang in [Lang::En, Lang::ZhTw] {
            assert!(t(lang).truncated.contains(&shown), "{lang:?}: {}", t(lang).truncated);
        }
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        assert_eq!(fill("Call {number} now, {number}!", &[("number", "119")]), "Call 119 now, 119!");
    }

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration_words(Lang::En, 4.0), "4 days");
        assert_eq!(duration_words(Lang::En, 1.0), "1 day");
        assert_eq!(duration_words(Lang::En, 60.0), "2 months");
        assert_eq!(duration_words(Lang::ZhTw, 182.5), "6 個月");
    }

    #[test]
    fn languages_differ_and_default_to_english() {
        assert_ne!(t(Lang::En).start_button, t(Lang::ZhTw).start_button);
        assert_eq!(lang_from_tag(Some("zh-Hant-TW")), Lang::ZhTw);
        assert_eq!(lang_from_tag(Some("fr")), Lang::En);
        assert_eq!(lang_from_tag(None), Lang::En);
    }

    #[test]
    fn every_template_keeps_its_placeholders_in_both_languages() {
        for (en, zh) in [
            (EN.emergency_strip, ZH_TW.emergency_strip),
            (EN.start_emergency_rule, ZH_TW.start_emergency_rule),
            (EN.question_progress, ZH_TW.question_progress),
            (EN.diary_corrupted, ZH_TW.diary_corrupted),
            (EN.diary_chart_desc, ZH_TW.diary_chart_desc),
            (EN.chip_absent, ZH_TW.chip_absent),
        ] {
            for name in ["{number}", "{n}", "{max}", "{kept}", "{lost}", "{from}", "{to}", "{label}"] {
                assert_eq!(en.contains(name), zh.contains(name), "{name} in {en} / {zh}");
            }
        }
    }
}
