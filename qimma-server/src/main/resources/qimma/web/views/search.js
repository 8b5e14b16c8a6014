// #/search?q=… — articles that match, each with a snippet whose matches are marked, and the
// entities whose name matches.

import { getJson } from "../api.js";
import { arabic, auto, el, link, route, section } from "../dom.js";
import { formatDate, pick, t, term } from "../i18n.js";
import { organisationName } from "../labels.js";
import { renderMatches } from "../highlight.js";

const PAGE = 20;

export async function searchView(ctx) {
  const query = (ctx.query.get("q") ?? "").trim();
  if (!query) return el("div", {}, el("h1", { text: t("search_title") }), el("p", { class: "empty", text: t("search_empty") }));
  const results = el("ol", { class: "results" });
  const total = el("p", { class: "total" });
  const entities = el("div");
  const more = el("button", { type: "button", class: "more", text: t("more") });
  const view = el("div", {}, el("h1", {}, `${t("search_title")}: `, auto(query)), entities, total, results, more);

  let shown = 0;
  async function loadPage() {
    more.disabled = true;
    const answer = await getJson("search", { q: query, offset: shown, limit: PAGE });
    if (!ctx.isCurrent()) return;
    if (shown === 0) entities.replaceChildren(matchingEntities(answer.entities ?? []) ?? "");
    results.append(...answer.items.map(resultEntry));
    shown += answer.items.length;
    total.textContent = answer.total ? `${t("results")}: ${answer.total}` : t("no_results");
    more.hidden = shown >= answer.total || answer.items.length === 0;
    more.disabled = false;
  }
  more.addEventListener("click", () => loadPage().catch(ctx.showError));
  await loadPage();
  return view;
}

function matchingEntities(entities) {
  if (!entities.length) return null;
  return section(t("matching_entities"), el("ul", { class: "inline-list" }, entities.map((e) =>
    el("li", {}, link(route(["entity", e.id]), {}, auto(pick(e.label_ar, e.label_en))), ` (${term("type", e.type)})`))));
}

function resultEntry(item) {
  const snippet = item.snippet ?? { text: "", matches: [] };
  const firstMatch = snippet.matches?.[0];
  const at = firstMatch ? `${snippet.start + firstMatch[0]}-${snippet.start + firstMatch[1]}` : null;
  return el("li", { class: "result" },
    el("h2", { class: "result-title" }, link(route(["article", item.id], { at }), {}, arabic(item.title))),
    el("p", { class: "meta" }, [item.date && formatDate(item.date), item.organisation && organisationName(item.organisation)].filter(Boolean).join(" · ")),
    el("p", { class: "snippet", attrs: { lang: "ar", dir: "rtl" } }, renderMatches(snippet.text ?? "", snippet.matches)));
}
