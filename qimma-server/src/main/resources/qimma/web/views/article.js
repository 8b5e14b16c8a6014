// #/article/{id}?at=start-end — an article's text with every extracted fact highlighted at its span,
// a legend that can hide kinds, and the list of facts: clicking one marks its span in the text (and
// clicking a highlight finds its fact in the list).

import { getJson } from "../api.js";
import { arabic, auto, el, link, route } from "../dom.js";
import { formatDate, t, term } from "../i18n.js";
import { organisationName } from "../labels.js";
import { FACT_KINDS, classesFor, factsOf, renderHighlighted } from "../highlight.js";
import { factSummary } from "../names.js";

/** Fact kinds whose list starts folded (there are many of them). */
const FOLDED_KINDS = new Set(["entity"]);

export async function articleView(ctx) {
  const id = ctx.args[0];
  const article = await getJson(`articles/${encodeURIComponent(id)}`);
  const text = article.text ?? "";
  const facts = factsOf(article.record, text.length);
  const page = new ArticlePage(article, text, facts);
  const at = parseAt(ctx.query.get("at"));
  if (at) ctx.onShown(() => page.markAt(at));
  return page.element;
}

function textDirection(language) {
  return !language || ["ar", "fa", "ur", "he"].includes(language) ? "rtl" : "ltr";
}

function parseAt(value) {
  const match = /^(\d+)-(\d+)$/.exec(value ?? "");
  return match ? { start: Number(match[1]), end: Number(match[2]) } : null;
}

class ArticlePage {
  constructor(article, text, facts) {
    this.article = article;
    this.facts = facts;
    this.enabled = new Set(FACT_KINDS);
    this.marked = null;
    this.textBox = el("div", { class: "article-text", attrs: { lang: article.language || "ar", dir: textDirection(article.language) } });
    this.pieces = renderHighlighted(this.textBox, text, facts, this.enabled);
    this.piecesByKey = indexPieces(this.pieces);
    this.listItems = new Map();
    this.textBox.addEventListener("click", (event) => this.onTextClick(event));
    this.element = el("article", { class: "article-page" },
      header(article),
      el("div", { class: "article-layout" },
        el("div", { class: "article-body" }, this.textBox),
        el("aside", { class: "article-aside" }, this.legend(), this.factList(), relatedArticles(article))));
  }

  legend() {
    const counts = new Map(FACT_KINDS.map((k) => [k, 0]));
    for (const f of this.facts) counts.set(f.kind, counts.get(f.kind) + 1);
    return el("fieldset", { class: "legend" },
      el("legend", { text: t("legend") }),
      FACT_KINDS.map((kind) => {
        const box = el("input", { type: "checkbox", checked: true, data: { kind } });
        box.addEventListener("change", () => this.showKind(kind, box.checked));
        return el("label", { class: "legend-item" }, box,
          el("span", { class: ["swatch", `swatch-${kind}`], attrs: { "aria-hidden": "true" } }),
          ` ${t("kind_" + kind)} (${counts.get(kind)})`);
      }));
  }

  factList() {
    const groups = FACT_KINDS.map((kind) => {
      const ofKind = this.facts.filter((f) => f.kind === kind);
      if (!ofKind.length) return null;
      return el("details", { class: "fact-group", open: !FOLDED_KINDS.has(kind) },
        el("summary", {}, el("span", { class: ["swatch", `swatch-${kind}`] }), ` ${t("kind_" + kind)} (${ofKind.length})`),
        el("ol", { class: "fact-list" }, ofKind.map((fact) => this.factItem(fact))));
    });
    return el("section", { class: "facts-panel" }, el("h2", { text: t("facts") }), groups);
  }

  factItem(fact) {
    const button = el("button", { type: "button", class: ["fact-item", `fact-${fact.kind}`], data: { fact: fact.key } }, factSummary(fact));
    button.addEventListener("click", () => this.mark(fact, { scrollText: true }));
    const entity = fact.kind === "entity" && fact.item.id
      ? link(route(["entity", fact.item.id]), { class: "fact-entity-link", title: fact.item.label_en }, "↗")
      : null;
    const item = el("li", {}, button, entity);
    this.listItems.set(fact.key, item);
    return item;
  }

  /** Marks one fact: its pieces in the text and its line in the list. */
  mark(fact, { scrollText = false, scrollList = false } = {}) {
    for (const e of this.textBox.querySelectorAll(".is-marked")) e.classList.remove("is-marked");
    for (const e of this.element.querySelectorAll(".fact-list .is-current")) e.classList.remove("is-current");
    this.marked = fact;
    const elements = fact.ranges.flatMap((r) => this.piecesByKey.get(r.key) ?? []);
    for (const e of elements) e.classList.add("is-marked");
    const item = this.listItems.get(fact.key);
    item?.classList.add("is-current");
    if (scrollText && elements.length) elements[0].scrollIntoView({ block: "center" });
    if (scrollList && item) {
      item.closest("details").open = true;
      item.scrollIntoView({ block: "nearest" });
    }
    const span = fact.span ?? fact.ranges[0];
    history.replaceState(null, "", route(["article", this.article.id], { at: `${span.start}-${span.end}` }));
  }

  /** Marks the fact at a span given in the address: the one with that span, else the smallest around it. */
  markAt({ start, end }) {
    const around = this.facts
      .filter((f) => f.span && f.span.start <= start && f.span.end >= end)
      .sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start));
    const exact = around.find((f) => f.span.start === start && f.span.end === end);
    const fact = exact ?? around[0];
    if (fact) this.mark(fact, { scrollText: true, scrollList: true });
  }

  onTextClick(event) {
    const piece = event.target.closest("[data-marks]");
    if (!piece) return;
    const ranges = this.pieces.find((p) => p.element === piece)?.ranges ?? [];
    const innermost = ranges
      .filter((r) => this.enabled.has(r.kind))
      .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    const fact = innermost && this.facts.find((f) => f.ranges.includes(innermost));
    if (fact) this.mark(fact, { scrollList: true });
  }

  showKind(kind, shown) {
    if (shown) this.enabled.add(kind);
    else this.enabled.delete(kind);
    for (const p of this.pieces) {
      const marked = p.element.classList.contains("is-marked");
      p.element.className = classesFor(p.ranges, this.enabled);
      if (marked) p.element.classList.add("is-marked");
    }
  }
}

function indexPieces(pieces) {
  const byKey = new Map();
  for (const p of pieces) {
    for (const r of p.ranges) {
      if (!byKey.has(r.key)) byKey.set(r.key, []);
      byKey.get(r.key).push(p.element);
    }
  }
  return byKey;
}

function header(article) {
  const source = article.source ?? "";
  const sourceNode = /^https?:\/\//.test(source)
    ? link(source, { rel: "noopener noreferrer", class: "source" }, auto(source))
    : auto(source.split("/").pop(), { class: "source" });
  return el("header", { class: "article-header" },
    el("h1", {}, arabic(article.title ?? "")),
    el("p", { class: "meta" },
      article.date && formatDate(article.date),
      article.organisation && [" · ", link(route(["timeline"], { organisation: article.organisation }), {}, organisationName(article.organisation))],
      source && [" · ", `${t("source")}: `, sourceNode]));
}

function relatedArticles(article) {
  const seen = new Set();
  const items = [];
  for (const l of article.links ?? []) {
    const other = l.a_article === article.id ? l.b_article : l.a_article;
    const key = `${l.kind}|${other}`;
    if (other == null || seen.has(key)) continue;
    seen.add(key);
    items.push(el("li", {}, link(route(["article", other]), {}, `${t("article_title")} ${other}`), ` · ${term("link", l.kind)}`));
  }
  if (!items.length) return null;
  return el("section", { class: "related" }, el("h2", { text: t("related_articles") }), el("ul", { class: "items" }, items));
}
