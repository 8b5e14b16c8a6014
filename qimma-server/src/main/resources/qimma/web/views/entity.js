// #/entity/{id} — one entity in both languages and all that is linked to it: articles that mention
// it, its statements and proposals, meetings, memberships, chairmanships.

import { getJson } from "../api.js";
import { arabic, auto, el, link, period, quote, route, section } from "../dom.js";
import { formatDate, language, pick, t, term } from "../i18n.js";
import { labelOf, organisationName } from "../labels.js";
import { evidenceLink, meetingName, nameOf, statusBadge } from "../names.js";
import { proposalEntry } from "./proposals.js";

export async function entityView(ctx) {
  const id = ctx.args[0];
  const e = await getJson(`entities/${encodeURIComponent(id)}`);
  const sections = [
    list(t("articles"), e.articles, articleEntry),
    list(t("statements"), e.statements, statementEntry),
    e.proposals?.length ? section(t("proposals"), el("ol", { class: "proposals" }, e.proposals.map(proposalEntry))) : null,
    list(t("meetings"), e.meetings, meetingEntry),
    list(t("memberships"), e.memberships, membershipEntry),
    list(t("chairmanships"), e.chairmanships, chairmanshipEntry),
  ].filter(Boolean);
  const otherName = language() === "ar" ? e.label_en : e.label_ar;
  return el("article", { class: "entity-page" },
    el("h1", {}, auto(pick(e.label_ar, e.label_en))),
    el("p", { class: "meta" },
      otherName && [auto(otherName, { class: "other-name" }), " · "],
      `${t("type")}: ${term("type", e.type)}`),
    sections.length ? sections : el("p", { class: "empty", text: t("none") }));
}

function list(title, items, render) {
  if (!items?.length) return null;
  return section(title, el("ul", { class: "items" }, items.map(render)));
}

function articleEntry(a) {
  return el("li", {},
    link(route(["article", a.id]), {}, arabic(a.title)),
    a.date && ` · ${formatDate(a.date)}`,
    a.organisation && ` · ${organisationName(a.organisation)}`,
    ` · ${t("mentions")}: ${a.mentions}`);
}

function statementEntry(s) {
  return el("li", { class: "statement" },
    el("strong", {}, auto(nameOf(s.speaker, s.speaker_en))), ` ${term("statement", s.kind)}: `,
    quote(s.quote_or_gist),
    s.date && ` · ${formatDate(s.date)}`, " ", evidenceLink(s.article_id, s.span));
}

function meetingEntry(m) {
  return el("li", {},
    link(route(["meeting", m.article_id, m.idx]), {}, meetingName(m)),
    m.date && ` · ${formatDate(m.date)}`,
    m.place && [" · ", auto(labelOf(m.place, "place"))],
    " ", statusBadge(m.status));
}

function membershipEntry(m) {
  return el("li", {},
    auto(nameOf(m.state, m.state_en, "state")),
    ` · ${term("change", m.change)} · ${organisationName(m.organisation)}`,
    m.date && ` · ${formatDate(m.date)}`, " ", evidenceLink(m.article_id, m.span));
}

function chairmanshipEntry(c) {
  return el("li", {},
    organisationName(c.organisation), ": ",
    auto(labelOf(c.from_state, "state")), " → ", auto(labelOf(c.to_state, "state")),
    period(c.period), ` · ${term("phase", c.phase)}`,
    c.date && ` · ${formatDate(c.date)}`, " ", evidenceLink(c.article_id, c.span));
}
