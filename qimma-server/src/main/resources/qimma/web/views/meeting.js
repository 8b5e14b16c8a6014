// #/meeting/{article}/{idx} — one meeting as an article tells it: participants, statements,
// documents adopted, and the other articles that tell the same meeting.

import { getJson } from "../api.js";
import { arabic, auto, el, link, period, quote, route, section } from "../dom.js";
import { formatDate, t, term } from "../i18n.js";
import { entityById, labelOf, organisationName } from "../labels.js";
import { entityLink, evidenceLink, meetingName, nameOf, statusBadge } from "../names.js";

export async function meetingView(ctx) {
  const [articleId, idx] = ctx.args;
  const m = await getJson(`meetings/${encodeURIComponent(articleId)}/${encodeURIComponent(idx)}`);
  return el("article", { class: "meeting-page" },
    el("h1", {}, meetingName(m), " ", statusBadge(m.status)),
    facts(m),
    el("p", { class: "source-article" },
      link(route(["article", m.article_id], { at: spanParam(m.span) }), { class: "article-link" }, t("read_article")),
      ": ", arabic(m.title), m.article_date && ` · ${formatDate(m.article_date)}`),
    section(t("participants"), participants(m)),
    section(t("statements"), statements(m.statements ?? [])),
    section(t("adopted_documents"), documents(m.adopted_documents ?? [])),
    section(t("tellings"), tellings(m.tellings ?? [])));
}

function spanParam(span) {
  return Array.isArray(span) ? `${span[0]}-${span[1]}` : null;
}

function facts(m) {
  const organisation = entityById(m.organisation);
  const rows = [
    [t("organisation"), organisation ? link(route(["entity", m.organisation]), {}, organisationName(m.organisation, { full: true })) : m.organisation],
    [t("date"), formatDate(m.date)],
    [t("place"), m.place && entityLink(m.place, labelOf(m.place, "place"), "place")],
    [t("status"), term("status", m.status)],
    [t("format"), term("format", m.format)],
  ].filter(([, value]) => value);
  return el("dl", { class: "facts" }, rows.map(([name, value]) => [el("dt", { text: name }), el("dd", {}, value)]));
}

function emptyOr(items, render) {
  return items.length ? el("ul", { class: "items" }, items.map(render)) : el("p", { class: "empty", text: t("none") });
}

function participants(m) {
  return emptyOr(m.participants ?? [], (p) =>
    el("li", {}, entityLink(p.en, nameOf(p.text, p.en)), " ", evidenceLink(m.article_id, p.span)));
}

function statements(list) {
  return emptyOr(list, (s) =>
    el("li", { class: "statement" },
      el("strong", {}, entityLink(s.speaker_en, nameOf(s.speaker, s.speaker_en), "person")),
      ` ${term("statement", s.kind)}: `,
      quote(s.quote_or_gist),
      " ", evidenceLink(s.article_id, s.span)));
}

function documents(list) {
  return emptyOr(list, (d) =>
    el("li", { class: "document" },
      el("strong", {}, arabic(d.title)),
      d.title_en && [" (", auto(d.title_en), ")"],
      ` · ${term("document", d.kind)}`,
      period(d.period),
      " ", evidenceLink(d.article_id, d.span)));
}

function tellings(list) {
  return emptyOr(list, (x) =>
    el("li", {},
      link(route(["meeting", x.article_id, x.idx]), {}, arabic(x.title)),
      x.date && ` · ${formatDate(x.date)}`, " ", statusBadge(x.status)));
}
