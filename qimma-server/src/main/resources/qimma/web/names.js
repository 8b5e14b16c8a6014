// How the page names things of the record: meetings, facts, outcomes — in the current language.

import { arabic, auto, badge, el, link, period, route } from "./dom.js";
import { formatDate, language, t, term } from "./i18n.js";
import { entityByLabel, labelOf, organisationName } from "./labels.js";

function ordinalEnglish(n) {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" }[n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** "SCO Council of Heads of State (25th session)" / "مجلس رؤساء الدول — منظمة شنغهاي للتعاون (الدورة 25)". */
export function meetingName(meeting) {
  const body = labelOf(meeting.body, "body", meeting.organisation);
  const organisation = organisationName(meeting.organisation);
  if (language() === "en") {
    const name = [organisation, body].filter(Boolean).join(" ");
    return meeting.ordinal ? `${name} (${ordinalEnglish(meeting.ordinal)} ${t("session")})` : name;
  }
  const name = [body, organisation].filter(Boolean).join(" — ");
  return meeting.ordinal ? `${name} (${t("session")} ${meeting.ordinal})` : name;
}

export function statusBadge(status) {
  return status ? badge(term("status", status), status) : null;
}

export function outcomeBadge(outcome) {
  return badge(term("outcome", outcome), outcome);
}

/** A link to an entity's page when its English label is known, its name as text otherwise. */
export function entityLink(labelEn, shownName, type, organisation) {
  const entity = labelEn ? entityByLabel(labelEn, type, organisation) : null;
  const name = auto(shownName || labelEn || "");
  return entity ? link(route(["entity", entity.id]), { class: "entity-link" }, name) : name;
}

/** A link to the place of a fact in its article: the article page, the fact marked. */
export function evidenceLink(articleId, span, label = t("see_in_article")) {
  const at = Array.isArray(span) ? `${span[0]}-${span[1]}` : null;
  return link(route(["article", articleId], { at }), { class: "evidence" }, label);
}

/**
 * The name of someone or something the article names (a speaker, a proposer, a state): in English
 * its canonical label; in Arabic its Arabic label when known, else the article's own words.
 */
export function nameOf(articleWords, labelEn, type) {
  if (language() === "en") return labelEn || articleWords || "";
  const entity = labelEn ? entityByLabel(labelEn, type) : null;
  return entity?.label_ar || articleWords || labelEn || "";
}

/** One line per fact, for the list beside an article's text. */
export function factSummary(fact) {
  const x = fact.item;
  switch (fact.kind) {
    case "meeting":
      return [meetingName(x), x.date && ` · ${formatDate(x.date)}`, x.status && ` · ${term("status", x.status)}`];
    case "statement":
      return [el("strong", {}, auto(nameOf(x.speaker, x.speaker_en))), ` ${term("statement", x.kind)}: `, arabic(x.quote_or_gist)];
    case "proposal":
      return [el("strong", {}, auto(nameOf(x.proposer, x.proposer_en))), ": ", arabic(x.what)];
    case "document":
      return [arabic(x.title), ` · ${term("document", x.kind)}`, period(x.period)];
    case "membership":
      return [auto(nameOf(x.state, x.state_en, "state")), ` · ${term("change", x.change)} · `, organisationName(x.organisation)];
    case "chairmanship":
      return [organisationName(x.organisation), ": ", auto(labelOf(x.from, "state")), " → ", auto(labelOf(x.to, "state")),
        period(x.period), ` · ${term("phase", x.phase)}`];
    case "count":
      return [`${x.number} ${term("count", x.what)} · `, arabic(x.text)];
    case "entity":
      return [arabic(x.text), " · ", auto(nameOf(x.label_en, x.label_en, x.type)), ` · ${term("type", x.type)}`];
    default:
      return [];
  }
}
