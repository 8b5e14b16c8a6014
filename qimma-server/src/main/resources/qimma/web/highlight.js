// An article's text with its facts highlighted at their spans. Spans nest and overlap (a statement
// holds entity mentions), so the text is cut at every span boundary and each piece is wrapped with
// the classes of all the spans that cover it. The text goes in as text nodes only.

/** The kinds of fact, in the order the legend and the fact list show them. */
export const FACT_KINDS = ["meeting", "statement", "proposal", "document", "membership", "chairmanship", "count", "entity"];

/** Kinds shown as a background colour; the innermost such span of a piece gives it its colour. */
const BACKGROUND_KINDS = new Set(["meeting", "statement", "proposal", "document", "membership", "chairmanship"]);

const RECORD_LISTS = {
  meeting: "meetings",
  statement: "statements",
  proposal: "proposals",
  document: "adopted_documents",
  membership: "memberships",
  chairmanship: "chairmanship",
  count: "counts",
  entity: "entities",
};

/** A span [start, end) that fits in a text of this length, or null. */
export function validSpan(span, length) {
  if (!Array.isArray(span) || span.length !== 2) return null;
  const [start, end] = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start >= end) return null;
  return { start, end };
}

/**
 * The facts of a record: [{key, kind, index, item, span, ranges}], where ranges are the parts of
 * the text it stands on — the fact itself and, for statements and proposals, who made it.
 */
export function factsOf(record, textLength) {
  const facts = [];
  for (const kind of FACT_KINDS) {
    (record?.[RECORD_LISTS[kind]] ?? []).forEach((item, index) => {
      const key = `${kind}-${index}`;
      const ranges = [];
      const main = validSpan(item.span, textLength);
      if (main) ranges.push({ key, kind, ...main, role: "fact" });
      const who = validSpan(item.speaker_span ?? item.proposer_span, textLength);
      if (who) ranges.push({ key: `${key}.who`, kind, ...who, role: "who" });
      if (ranges.length) facts.push({ key, kind, index, item, span: main, ranges });
    });
  }
  return facts;
}

/** [0, length) cut at every range boundary: [{start, end, ranges}] with the ranges covering each piece. */
export function segment(length, ranges) {
  const cuts = new Set([0, length]);
  for (const r of ranges) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...ranges].sort((a, b) => a.start - b.start);
  const pieces = [];
  let active = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    while (next < byStart.length && byStart[next].start <= start) active.push(byStart[next++]);
    active = active.filter((r) => r.end > start);
    pieces.push({ start, end, ranges: active.slice() });
  }
  return pieces;
}

/** The classes of a piece covered by these ranges, of which only the enabled kinds show. */
export function classesFor(ranges, enabledKinds) {
  const visible = ranges.filter((r) => enabledKinds.has(r.kind));
  if (!visible.length) return "hl-hidden";
  const classes = new Set(["hl"]);
  for (const r of visible) classes.add(`hl-${r.kind}`);
  if (visible.some((r) => r.role === "who")) classes.add("hl-who");
  const innermost = visible
    .filter((r) => BACKGROUND_KINDS.has(r.kind))
    .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  if (innermost) classes.add(`bg-${innermost.kind}`);
  return [...classes].join(" ");
}

/**
 * Fills the container with the text, each covered piece a <span data-marks="key…"> (keys of the
 * ranges over it). Returns the pieces' elements with their ranges, to restyle or mark later.
 */
export function renderHighlighted(container, text, facts, enabledKinds) {
  const ranges = facts.flatMap((f) => f.ranges);
  const rendered = [];
  const fragment = document.createDocumentFragment();
  for (const piece of segment(text.length, ranges)) {
    const pieceText = text.slice(piece.start, piece.end);
    if (!piece.ranges.length) {
      fragment.append(document.createTextNode(pieceText));
      continue;
    }
    const span = document.createElement("span");
    span.textContent = pieceText;
    span.dataset.marks = piece.ranges.map((r) => r.key).join(" ");
    span.className = classesFor(piece.ranges, enabledKinds);
    fragment.append(span);
    rendered.push({ element: span, ranges: piece.ranges });
  }
  container.replaceChildren(fragment);
  return rendered;
}

/** A snippet with its matches ([[start, end]…], relative to it) as <mark> elements, as text nodes otherwise. */
export function renderMatches(text, matches) {
  const ranges = (matches ?? [])
    .map((m) => validSpan(m, text.length))
    .filter(Boolean)
    .map((m) => ({ ...m, kind: "match" }));
  const fragment = document.createDocumentFragment();
  for (const piece of segment(text.length, ranges)) {
    const pieceText = text.slice(piece.start, piece.end);
    if (piece.ranges.length) {
      const mark = document.createElement("mark");
      mark.textContent = pieceText;
      fragment.append(mark);
    } else {
      fragment.append(document.createTextNode(pieceText));
    }
  }
  return fragment;
}
