// Names of entities in both languages. The API gives places, bodies and states by their English
// label; this cache (the most mentioned entities, loaded once) gives their Arabic name and their id.

import { getJson } from "./api.js";
import { language } from "./i18n.js";

const PAGE = 100;
const MAX_PAGES = 5;

let byLabel = new Map(); // label_en → [entity]
let byId = new Map();
let organisationList = [];
let loading = null;

/** Starts loading the cache (once); resolves when it is there, or when it could not be loaded. */
export function loadLabels() {
  loading ??= Promise.all([fetchEntities().catch(() => {}), fetchOrganisations().catch(() => {})]);
  return loading;
}

async function fetchOrganisations() {
  organisationList = await getJson("organisations");
}

/** The organisations that have meetings, most meetings first: [{id, meetings, first_year, last_year, label_en, label_ar}]. */
export function organisations() {
  return organisationList;
}

async function fetchEntities() {
  const first = await getJson("entities", { offset: 0, limit: PAGE });
  const pages = Math.min(MAX_PAGES, Math.ceil(first.total / PAGE));
  const rest = [];
  for (let page = 1; page < pages; page++) rest.push(getJson("entities", { offset: page * PAGE, limit: PAGE }));
  for (const answer of [first, ...(await Promise.all(rest))]) for (const entity of answer.items) remember(entity);
}

function remember(entity) {
  byId.set(entity.id, entity);
  const same = byLabel.get(entity.label_en) ?? [];
  same.push(entity);
  byLabel.set(entity.label_en, same);
}

/** The entity with this English label (of this type, and for bodies of this organisation, when several have it). */
export function entityByLabel(labelEn, type, organisation) {
  const candidates = (byLabel.get(labelEn) ?? []).filter((e) => !type || e.type === type);
  if (organisation) {
    const own = candidates.find((e) => e.id.startsWith(organisation + "."));
    if (own) return own;
  }
  return candidates[0] ?? null;
}

export function entityById(id) {
  return byId.get(id) ?? null;
}

/** An English label in the current language, when the cache knows its Arabic name. */
export function labelOf(labelEn, type, organisation) {
  if (!labelEn) return "";
  if (language() === "en") return labelEn;
  return entityByLabel(labelEn, type, organisation)?.label_ar || labelEn;
}

/** An organisation's name in the current language; in English its short name (SCO) unless {full: true}. */
export function organisationName(code, { full = false } = {}) {
  if (!code) return "";
  const known = organisationList.find((o) => o.id === code) ?? entityById(code);
  if (!known) return code;
  if (language() === "en") return full || known.label_en.length <= 8 ? known.label_en : code;
  return known.label_ar || code;
}

/** The states the cache knows, by name in the current language. */
export function statesByName() {
  const states = [...byId.values()].filter((e) => e.type === "state");
  const name = (e) => (language() === "ar" ? e.label_ar || e.label_en : e.label_en);
  return states.sort((a, b) => name(a).localeCompare(name(b), language()));
}
