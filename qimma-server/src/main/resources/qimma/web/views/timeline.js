// #/timeline?organisation=SCO — the meetings of one organisation (or all), by year, newest first.

import { getJson } from "../api.js";
import { auto, el, link, route } from "../dom.js";
import { formatDate, t, term } from "../i18n.js";
import { labelOf, organisationName, organisations } from "../labels.js";
import { meetingName, statusBadge } from "../names.js";

const PAGE = 50;

export async function timelineView(ctx) {
  const organisation = ctx.query.get("organisation") ?? "";
  const list = el("div", { class: "timeline" });
  const more = el("button", { type: "button", class: "more", text: t("more") });
  const view = el("div", {}, el("h1", { text: t("timeline_title") }), organisationSelector(organisation), list, more);

  const meetings = [];
  async function loadPage() {
    more.disabled = true;
    const page = await getJson("meetings", { organisation, offset: meetings.length, limit: PAGE });
    if (!ctx.isCurrent()) return;
    meetings.push(...page.items);
    list.replaceChildren(...byYear(meetings));
    if (!meetings.length) list.append(el("p", { class: "empty", text: t("no_meetings") }));
    more.hidden = meetings.length >= page.total || page.items.length === 0;
    more.disabled = false;
  }
  more.addEventListener("click", () => loadPage().catch(ctx.showError));
  await loadPage();
  return view;
}

function organisationSelector(selected) {
  const select = el("select", { id: "organisation-select", name: "organisation" },
    el("option", { value: "", text: t("all_organisations") }),
    organisations().map((o) =>
      el("option", { value: o.id, selected: o.id === selected, text: `${organisationName(o.id, { full: true })} (${o.meetings})` })));
  select.value = selected;
  select.addEventListener("change", () => {
    location.hash = route(["timeline"], { organisation: select.value });
  });
  return el("label", { class: "filter" }, el("span", { text: t("organisation") }), select);
}

/** Meetings grouped under their year, in the order they come (newest first). */
function byYear(meetings) {
  const groups = new Map();
  for (const m of meetings) {
    const year = m.year ?? t("undated");
    if (!groups.has(year)) groups.set(year, []);
    groups.get(year).push(m);
  }
  return [...groups].map(([year, items]) =>
    el("section", { class: "year" },
      el("h2", { class: "year-heading", text: String(year) }),
      el("ol", { class: "meetings" }, items.map(meetingEntry))));
}

function meetingEntry(m) {
  const details = [
    m.place && auto(labelOf(m.place, "place")),
    m.format && term("format", m.format),
    `${t("articles_count")}: ${m.articles}`,
  ].filter(Boolean);
  return el("li", { class: "meeting-entry" },
    el("time", { class: "meeting-date", attrs: { datetime: m.date }, text: formatDate(m.date) }),
    el("div", { class: "meeting-main" },
      link(route(["meeting", m.article_id, m.idx]), { class: "meeting-link" }, meetingName(m)),
      " ", statusBadge(m.status),
      el("div", { class: "meta" }, details.flatMap((d, i) => (i ? [" · ", d] : [d])))));
}
