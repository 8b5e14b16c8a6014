// Every word the page says, in Arabic and English, from one dictionary; the chosen language is kept
// in localStorage and shown on <html lang dir>.

const LANGUAGE_KEY = "qimma.language";

const DICTIONARY = {
  ar: {
    app_name: "قمّة",
    tagline: "الدبلوماسية متعددة الأطراف كما ترويها الأخبار، بشواهدها",
    nav_timeline: "الخط الزمني",
    nav_proposals: "المقترحات",
    search_placeholder: "ابحث في الأخبار…",
    search_label: "بحث",
    search_button: "ابحث",
    skip_to_content: "تجاوز إلى المحتوى",
    other_language: "English",
    other_language_title: "Switch to English",
    loading: "جارٍ التحميل…",
    load_failed: "تعذّر التحميل",
    no_such_page: "لا توجد صفحة بهذا العنوان.",
    more: "المزيد",
    none: "لا شيء",
    footer: "كل معلومة مرتبطة بالجملة التي وردت فيها من المقال.",

    timeline_title: "الخط الزمني للاجتماعات",
    organisation: "المنظمة",
    all_organisations: "كل المنظمات",
    meetings: "الاجتماعات",
    no_meetings: "لا اجتماعات مسجلة.",
    undated: "بلا تاريخ",
    articles_count: "عدد المقالات",
    status_held: "عُقد",
    status_planned: "مُزمع",
    format_video: "عبر الفيديو",
    "format_in person": "حضوريًا",
    session: "الدورة",

    date: "التاريخ",
    place: "المكان",
    status: "الحالة",
    format: "الصيغة",
    participants: "المشاركون",
    statements: "التصريحات",
    adopted_documents: "الوثائق المعتمدة",
    tellings: "مقالات أخرى عن الاجتماع نفسه",
    read_article: "اقرأ المقال",
    see_in_article: "في المقال",
    reported_in: "المقال",

    type: "النوع",
    type_state: "دولة",
    type_person: "شخص",
    type_organisation: "منظمة",
    type_body: "هيئة",
    type_place: "مكان",
    type_group: "مجموعة",
    articles: "المقالات",
    proposals: "المقترحات",
    memberships: "العضويات",
    chairmanships: "الرئاسات",
    mentions: "الإشارات",

    proposals_title: "المقترحات ومآلها",
    proposer: "صاحب المقترح",
    all_proposers: "كل الدول",
    outcome: "المآل",
    all_outcomes: "الكل",
    outcome_adopted: "اعتُمد",
    outcome_open: "مفتوح",
    adopted_in: "اعتُمد في",
    target_date: "الموعد المستهدف",
    no_proposals: "لا مقترحات بهذه الشروط.",
    proposal_supported: "مدعوم",

    article_title: "مقال",
    source: "المصدر",
    facts: "المعلومات المستخرجة",
    legend: "مفتاح الألوان",
    related_articles: "مقالات مرتبطة",
    link_same_meeting: "الاجتماع نفسه",
    link_proposal_adopted: "اعتماد مقترح",
    link_chairmanship_term: "ولاية رئاسة",
    kind_meeting: "اجتماع",
    kind_statement: "تصريح",
    kind_proposal: "مقترح",
    kind_document: "وثيقة معتمدة",
    kind_membership: "عضوية",
    kind_chairmanship: "رئاسة",
    kind_count: "عدد",
    kind_entity: "كيان",

    search_title: "نتائج البحث",
    results: "النتائج",
    no_results: "لا نتائج.",
    matching_entities: "كيانات مطابقة",
    search_empty: "اكتب كلمة للبحث.",

    statement_said: "قال",
    statement_stressed: "أكّد",
    statement_noted: "أشار",
    statement_called_for: "دعا",
    statement_proposed: "اقترح",
    statement_announced: "أعلن",
    statement_invited: "دعا",
    statement_thanked: "شكر",
    statement_congratulated: "هنّأ",

    document_declaration: "إعلان",
    document_strategy: "استراتيجية",
    document_programme: "برنامج",
    document_plan: "خطة",
    document_initiative: "مبادرة",
    document_decision: "قرار",
    document_agreement: "اتفاقية",
    document_memorandum: "مذكرة تفاهم",
    document_statement: "بيان",
    document_other: "وثيقة",

    change_joined: "انضمّت",
    change_accession_completed: "أتمّت الانضمام",
    change_observer: "مراقب",
    change_partner: "شريك",
    change_applied: "تقدّمت بطلب",
    change_left: "انسحبت",

    phase_begins: "تبدأ الرئاسة",
    phase_completed: "أتمّت الرئاسة",
    phase_handed_over: "سلّمت الرئاسة",

    count_votes: "أصوات",
    count_members: "أعضاء",
    count_states: "دول",
    count_documents: "وثائق",
    count_memoranda: "مذكرات",
    count_rounds: "جولات",
  },
  en: {
    app_name: "Qimma",
    tagline: "Multilateral diplomacy as the news tells it, with the evidence",
    nav_timeline: "Timeline",
    nav_proposals: "Proposals",
    search_placeholder: "Search the news…",
    search_label: "Search",
    search_button: "Search",
    skip_to_content: "Skip to content",
    other_language: "العربية",
    other_language_title: "التبديل إلى العربية",
    loading: "Loading…",
    load_failed: "Could not load",
    no_such_page: "There is no such page.",
    more: "More",
    none: "None",
    footer: "Every fact links to the sentence of the article it was read from.",

    timeline_title: "Timeline of meetings",
    organisation: "Organisation",
    all_organisations: "All organisations",
    meetings: "Meetings",
    no_meetings: "No meetings recorded.",
    undated: "Undated",
    articles_count: "Articles",
    status_held: "held",
    status_planned: "planned",
    format_video: "by video",
    "format_in person": "in person",
    session: "session",

    date: "Date",
    place: "Place",
    status: "Status",
    format: "Format",
    participants: "Participants",
    statements: "Statements",
    adopted_documents: "Adopted documents",
    tellings: "Other articles about this meeting",
    read_article: "Read the article",
    see_in_article: "in the article",
    reported_in: "Article",

    type: "Type",
    type_state: "state",
    type_person: "person",
    type_organisation: "organisation",
    type_body: "body",
    type_place: "place",
    type_group: "group",
    articles: "Articles",
    proposals: "Proposals",
    memberships: "Memberships",
    chairmanships: "Chairmanships",
    mentions: "mentions",

    proposals_title: "Proposals and what became of them",
    proposer: "Proposer",
    all_proposers: "All states",
    outcome: "Outcome",
    all_outcomes: "All",
    outcome_adopted: "Adopted",
    outcome_open: "Open",
    adopted_in: "Adopted in",
    target_date: "Target date",
    no_proposals: "No proposals match.",
    proposal_supported: "supported",

    article_title: "Article",
    source: "Source",
    facts: "Extracted facts",
    legend: "Legend",
    related_articles: "Related articles",
    link_same_meeting: "same meeting",
    link_proposal_adopted: "proposal adopted",
    link_chairmanship_term: "chairmanship term",
    kind_meeting: "Meeting",
    kind_statement: "Statement",
    kind_proposal: "Proposal",
    kind_document: "Adopted document",
    kind_membership: "Membership",
    kind_chairmanship: "Chairmanship",
    kind_count: "Count",
    kind_entity: "Entity",

    search_title: "Search results",
    results: "Results",
    no_results: "No results.",
    matching_entities: "Matching entities",
    search_empty: "Type a word to search for.",

    statement_said: "said",
    statement_stressed: "stressed",
    statement_noted: "noted",
    statement_called_for: "called for",
    statement_proposed: "proposed",
    statement_announced: "announced",
    statement_invited: "invited",
    statement_thanked: "thanked",
    statement_congratulated: "congratulated",

    document_declaration: "declaration",
    document_strategy: "strategy",
    document_programme: "programme",
    document_plan: "plan",
    document_initiative: "initiative",
    document_decision: "decision",
    document_agreement: "agreement",
    document_memorandum: "memorandum",
    document_statement: "statement",
    document_other: "document",

    change_joined: "joined",
    change_accession_completed: "accession completed",
    change_observer: "observer",
    change_partner: "partner",
    change_applied: "applied",
    change_left: "left",

    phase_begins: "chairmanship begins",
    phase_completed: "chairmanship completed",
    phase_handed_over: "chairmanship handed over",

    count_votes: "votes",
    count_members: "members",
    count_states: "states",
    count_documents: "documents",
    count_memoranda: "memoranda",
    count_rounds: "rounds",
  },
};

let current = storedLanguage();

function storedLanguage() {
  try {
    const saved = localStorage.getItem(LANGUAGE_KEY);
    return saved in DICTIONARY ? saved : "ar";
  } catch {
    return "ar";
  }
}

export function language() {
  return current;
}

export function setLanguage(lang) {
  if (!(lang in DICTIONARY)) return;
  current = lang;
  try {
    localStorage.setItem(LANGUAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts until the page is closed
  }
  applyLanguageToDocument();
}

export function applyLanguageToDocument() {
  const root = document.documentElement;
  root.lang = current;
  root.dir = current === "ar" ? "rtl" : "ltr";
}

/** The word for a key in the current language; the English one, then the key itself, when missing. */
export function t(key) {
  return DICTIONARY[current][key] ?? DICTIONARY.en[key] ?? key;
}

/** The word for a value of a closed set (statement kinds, document kinds…), or the value as it is. */
export function term(prefix, value) {
  if (value == null || value === "") return "";
  const key = `${prefix}_${value}`;
  return DICTIONARY[current][key] ?? DICTIONARY.en[key] ?? String(value).replaceAll("_", " ");
}

/** Of an Arabic and an English wording of the same thing, the one for the current language. */
export function pick(arabic, english) {
  if (current === "ar") return arabic || english || "";
  return english || arabic || "";
}

const MONTH_DAY_YEAR = { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" };
const MONTH_YEAR = { month: "long", year: "numeric", timeZone: "UTC" };

/** A date as precise as it is given (YYYY, YYYY-MM or YYYY-MM-DD), in the current language, with Latin digits. */
export function formatDate(value) {
  if (!value) return "";
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  if (!month) return year;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
  const locale = current === "ar" ? "ar-u-nu-latn" : "en-GB";
  return new Intl.DateTimeFormat(locale, day ? MONTH_DAY_YEAR : MONTH_YEAR).format(date);
}
