// The page: header (navigation, search, language), and one view at a time, chosen by the address
// after # (#/timeline, #/meeting/A/I, #/entity/ID, #/proposals, #/article/ID, #/search?q=…).

import { el } from "./dom.js";
import { applyLanguageToDocument, language, setLanguage, t } from "./i18n.js";
import { loadLabels } from "./labels.js";
import { articleView } from "./views/article.js";
import { entityView } from "./views/entity.js";
import { meetingView } from "./views/meeting.js";
import { proposalsView } from "./views/proposals.js";
import { searchView } from "./views/search.js";
import { timelineView } from "./views/timeline.js";

const VIEWS = {
  timeline: timelineView,
  meeting: meetingView,
  entity: entityView,
  proposals: proposalsView,
  article: articleView,
  search: searchView,
};

const main = document.getElementById("view");
let generation = 0;

/** The address after #: "/article/12?at=3-9" → {name: "article", args: ["12"], query}. */
function parseAddress() {
  const hash = location.hash.replace(/^#\/?/, "");
  const questionMark = hash.indexOf("?");
  const path = questionMark < 0 ? hash : hash.slice(0, questionMark);
  const query = new URLSearchParams(questionMark < 0 ? "" : hash.slice(questionMark + 1));
  const parts = path.split("/").filter(Boolean).map(safeDecode);
  return { name: parts[0] ?? "timeline", args: parts.slice(1), query };
}

function safeDecode(part) {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

async function show() {
  const token = ++generation;
  const { name, args, query } = parseAddress();
  const shown = [];
  const ctx = {
    args,
    query,
    isCurrent: () => token === generation,
    onShown: (f) => shown.push(f),
    showError: (error) => {
      if (!ctx.isCurrent()) return;
      main.dataset.view = "error";
      main.dataset.route = location.hash.replace(/^#\/?/, "");
      main.replaceChildren(errorMessage(error));
    },
  };
  markNavigation(name);
  document.getElementById("search-input").value = name === "search" ? query.get("q") ?? "" : "";
  main.setAttribute("aria-busy", "true");
  delete main.dataset.view;
  delete main.dataset.route;
  main.replaceChildren(el("p", { class: "loading", text: t("loading") }));
  try {
    const view = VIEWS[name];
    const node = view ? (await loadLabels(), await view(ctx)) : el("p", { class: "empty", text: t("no_such_page") });
    if (!ctx.isCurrent()) return;
    main.dataset.view = view ? name : "none";
    main.dataset.route = location.hash.replace(/^#\/?/, "");
    main.replaceChildren(node);
    window.scrollTo(0, 0);
    for (const f of shown) f();
  } catch (error) {
    ctx.showError(error);
  } finally {
    if (ctx.isCurrent()) main.removeAttribute("aria-busy");
  }
}

function errorMessage(error) {
  return el("p", { class: "error", attrs: { role: "alert" } }, `${t("load_failed")}: ${error?.message ?? error}`);
}

function markNavigation(name) {
  for (const a of document.querySelectorAll("[data-nav]")) {
    if (a.dataset.nav === name) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
}

/** The words of the header and the title, in the current language. */
function translateChrome() {
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll("[data-i18n-placeholder]")) node.placeholder = t(node.dataset.i18nPlaceholder);
  for (const node of document.querySelectorAll("[data-i18n-title]")) node.title = t(node.dataset.i18nTitle);
  document.getElementById("language-toggle").lang = language() === "ar" ? "en" : "ar";
  document.title = `${t("app_name")} — ${t("tagline")}`;
}

function wireHeader() {
  document.getElementById("language-toggle").addEventListener("click", () => {
    setLanguage(language() === "ar" ? "en" : "ar");
    translateChrome();
    show();
  });
  document.getElementById("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const q = document.getElementById("search-input").value.trim();
    location.hash = `#/search?${new URLSearchParams({ q })}`;
  });
}

applyLanguageToDocument();
translateChrome();
wireHeader();
window.addEventListener("hashchange", show);
show();
