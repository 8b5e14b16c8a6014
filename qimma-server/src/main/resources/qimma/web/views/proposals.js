// #/proposals?organisation=&proposer=&outcome= — proposals with their follow-through: adopted (in
// which document, told by which article) or still open.

import { getJson } from "../api.js";
import { arabic, auto, el, link, route } from "../dom.js";
import { formatDate, pick, t, term } from "../i18n.js";
import { labelOf, organisationName, organisations, statesByName } from "../labels.js";
import { entityLink, evidenceLink, nameOf, outcomeBadge } from "../names.js";

const PAGE = 50;
const OUTCOMES = ["adopted", "open"];

export async function proposalsView(ctx) {
  const filters = {
    organisation: ctx.query.get("organisation") ?? "",
    proposer: ctx.query.get("proposer") ?? "",
    outcome: ctx.query.get("outcome") ?? "",
  };
  const list = el("ol", { class: "proposals" });
  const total = el("p", { class: "total" });
  const more = el("button", { type: "button", class: "more", text: t("more") });
  const view = el("div", {}, el("h1", { text: t("proposals_title") }), filterForm(filters), total, list, more);

  let shown = 0;
  async function loadPage() {
    more.disabled = true;
    const page = await getJson("proposals", { ...filters, offset: shown, limit: PAGE });
    if (!ctx.isCurrent()) return;
    list.append(...page.items.map(proposalEntry));
    shown += page.items.length;
    total.textContent = page.total ? `${t("results")}: ${page.total}` : t("no_proposals");
    more.hidden = shown >= page.total || page.items.length === 0;
    more.disabled = false;
  }
  more.addEventListener("click", () => loadPage().catch(ctx.showError));
  await loadPage();
  return view;
}

function filterForm(filters) {
  const organisation = select("organisation", filters.organisation, t("all_organisations"),
    organisations().map((o) => [o.id, organisationName(o.id, { full: true })]));
  const proposer = select("proposer", filters.proposer, t("all_proposers"),
    statesByName().map((s) => [s.label_en, pick(s.label_ar, s.label_en)]));
  const outcome = select("outcome", filters.outcome, t("all_outcomes"), OUTCOMES.map((o) => [o, term("outcome", o)]));
  const form = el("form", { class: "filters" },
    el("label", { class: "filter" }, el("span", { text: t("organisation") }), organisation),
    el("label", { class: "filter" }, el("span", { text: t("proposer") }), proposer),
    el("label", { class: "filter" }, el("span", { text: t("outcome") }), outcome));
  form.addEventListener("change", () => {
    location.hash = route(["proposals"], { organisation: organisation.value, proposer: proposer.value, outcome: outcome.value });
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  return form;
}

function select(name, selected, allLabel, options) {
  const node = el("select", { name, id: `filter-${name}` },
    el("option", { value: "", text: allLabel }),
    options.map(([value, label]) => el("option", { value, text: label })));
  // a value the list does not hold (typed into the address) is still the one in force
  if (selected && !options.some(([value]) => value === selected)) node.append(el("option", { value: selected, text: selected }));
  node.value = selected;
  return node;
}

export function proposalEntry(p) {
  return el("li", { class: ["proposal", `outcome-${p.outcome}`] },
    el("div", { class: "proposal-head" },
      outcomeBadge(p.outcome), " ",
      el("strong", {}, entityLink(p.proposer_en, nameOf(p.proposer, p.proposer_en))),
      p.proposer_state_en && p.proposer_state_en !== p.proposer_en && [" (", entityLink(p.proposer_state_en, labelOf(p.proposer_state_en, "state"), "state"), ")"]),
    el("p", { class: "proposal-what" }, arabic(p.what), p.what_en && [" — ", auto(p.what_en)]),
    el("p", { class: "meta" },
      organisationName(p.organisation), p.date && ` · ${formatDate(p.date)}`,
      p.target_date && ` · ${t("target_date")}: ${formatDate(p.target_date)}`,
      p.status && ` · ${term("proposal", p.status)}`,
      " · ", evidenceLink(p.article_id, p.span, t("reported_in")), ": ", arabic(p.title)),
    adoptedIn(p.adopted_in ?? []));
}

function adoptedIn(documents) {
  if (!documents.length) return null;
  return el("div", { class: "adopted-in" },
    el("span", { text: `${t("adopted_in")}: ` }),
    el("ul", { class: "items" }, documents.map((d) =>
      el("li", {},
        link(route(["article", d.article_id], { at: d.span ? `${d.span[0]}-${d.span[1]}` : null }), { class: "adopted-document" }, arabic(d.title)),
        ` · ${term("document", d.kind)}`, d.date && ` · ${formatDate(d.date)}`,
        d.article_title && [" · ", arabic(d.article_title)]))));
}
