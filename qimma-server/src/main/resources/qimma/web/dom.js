// Building elements. Text is only ever set as text (textContent, text nodes): nothing that comes
// from an article or the API is parsed as HTML.

/**
 * An element: el("a", {class: "x", href: "#/", text: "…", attrs: {…}, on: {click: f}}, child…).
 * Children are nodes or strings (made text nodes); null, undefined and false are left out; arrays are flattened.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (name === "class") node.className = Array.isArray(value) ? value.filter(Boolean).join(" ") : value;
    else if (name === "text") node.textContent = String(value);
    else if (name === "attrs") for (const [a, v] of Object.entries(value)) { if (v != null && v !== false) node.setAttribute(a, String(v)); }
    else if (name === "data") for (const [d, v] of Object.entries(value)) node.dataset[d] = String(v);
    else if (name === "on") for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    else node[name] = value;
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child == null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A hash link to one of the page's views: route(["meeting", 3, 0], {at: "5-9"}) → "#/meeting/3/0?at=5-9". */
export function route(parts, query = {}) {
  const path = parts.map((p) => encodeURIComponent(String(p))).join("/");
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v != null && v !== "") params.set(k, String(v));
  const qs = params.toString();
  return `#/${path}${qs ? "?" + qs : ""}`;
}

export function link(href, props, ...children) {
  return el("a", { ...props, href }, ...children);
}

/** Arabic text quoted from an article, kept right to left even on the English page. */
export function arabic(text, props = {}) {
  return el("span", { ...props, attrs: { lang: "ar", dir: "rtl", ...(props.attrs ?? {}) } }, text ?? "");
}

/** Words quoted from an Arabic article, in quotation marks. */
export function quote(text) {
  return el("q", { attrs: { lang: "ar", dir: "rtl" } }, text ?? "");
}

/** A value the language of which is unknown (names, titles): the browser works out its direction. */
export function auto(text, props = {}) {
  return el("bdi", props, text ?? "");
}

/** A period (2026-2035): left to right in any context, so that Arabic around it does not reverse its years. */
export function period(text) {
  return text ? [" · ", el("bdi", { attrs: { dir: "ltr" } }, text)] : null;
}

export function section(title, ...children) {
  return el("section", { class: "block" }, el("h2", { text: title }), ...children);
}

export function badge(text, kind) {
  return el("span", { class: ["badge", kind && `badge-${kind}`], text });
}
