// The review screen: page image with masks, lists by person and category, decisions, undo, finalise.
// case_view.js (zoom, thumbnails, drawn boxes, upload), case_find.js (find) and case_history.js share its globals.
"use strict";

const CASE_ID = Number(document.querySelector("main.review").dataset.case);
const S = {
  data: null,            // the state from /api/cases/<id>
  findings: new Map(),   // id -> finding
  order: [],             // finding ids in reading order
  subjects: new Map(),   // id -> {id, label, category}
  doc: null,             // current document id
  page: 1,
  selected: null,        // selected finding id
  tab: "subjects",
  preview: false,
  busy: false,
  zoom: { mode: "width", scale: 1 },   // fit width, fit page, or a fixed scale (1 = 100 %)
  search: null,          // {term, regex, hits, current, ticked}
  thumbsDoc: null,       // the document the thumbnail column shows
  historyOpen: false,
};

const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];
const PX_PER_PT = 96 / 72;

const $ = (id) => document.getElementById(id);

// ------------------------------------------------------------------ loading

async function load(keepPlace) {
  const data = await api("GET", `/api/cases/${CASE_ID}`);
  S.data = data;
  S.findings = new Map(data.findings.map((f) => [f.id, f]));
  S.order = data.findings.map((f) => f.id);
  S.subjects = new Map(data.subjects.map((s) => [s.id, s]));
  if (!keepPlace || !data.documents.some((d) => d.id === S.doc)) {
    S.doc = data.documents.length ? data.documents[0].id : null;
    S.page = 1;
  }
  if (S.selected !== null && !S.findings.has(S.selected)) S.selected = null;
  renderAll();
}

function currentDoc() { return S.data.documents.find((d) => d.id === S.doc) || null; }

function merge(result) {
  let unknownSubject = false;
  for (const f of result.findings) {
    if (f.removed) {
      S.findings.delete(f.id);
      S.order = S.order.filter((id) => id !== f.id);
      if (S.selected === f.id) S.selected = null;
      continue;
    }
    if (!S.findings.has(f.id)) S.order.push(f.id);
    S.findings.set(f.id, f);
    if (f.subject !== null && !S.subjects.has(f.subject)) unknownSubject = true;
  }
  S.data.progress = result.progress;
  if (unknownSubject) return load(true);
  sortOrder();
  renderAll();
  return null;
}

function sortOrder() {
  const key = (f) => [f.document, f.page, f.rects.length ? f.rects[0][1] : 0, f.rects.length ? f.rects[0][0] : 0, f.id];
  S.order.sort((a, b) => {
    const ka = key(S.findings.get(a)), kb = key(S.findings.get(b));
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
    return 0;
  });
}

// One write: the reviewer's name is added; a stale write reloads the case and says so. Writes queue, so an action
// taken while another saves is not lost; a body given as a function is built on its turn, with current versions.
let writeQueue = Promise.resolve();
function write(url, body, okMessage) {
  const turn = writeQueue.then(() => writeNow(url, typeof body === "function" ? body() : body, okMessage));
  writeQueue = turn.catch(() => null);
  return turn;
}

async function writeNow(url, body, okMessage) {
  let name;
  try { name = reviewer(); } catch (e) { return null; }
  S.busy = true;
  try {
    const result = await api("POST", url, Object.assign({ reviewer: name }, body || {}));
    await merge(result);
    if (okMessage) toast(okMessage);
    return result;
  } catch (e) {
    if (e.status === 409 && e.data && e.data.stale) { toast(T.stale, "error"); await load(true); }
    else toast(e.message, "error");
    return null;
  } finally { S.busy = false; }
}

// The version of a finding as it stands now (a queued write must not send the one it saw when queued).
function currentVersion(f) { const now = S.findings.get(f.id); return now ? now.version : f.version; }

// ------------------------------------------------------------------ rendering

function renderAll() {
  renderOutputs();
  renderBoxLabel();
  renderProgress();
  renderDocs();
  renderPage();
  renderDetail();
  renderList();
  renderNotes();
}

// What the current document carries that never shows on a page: listed, left out of the disclosed copy.
function renderNotes() {
  const notes = (S.data.notes || []).filter((n) => n.document === S.doc);
  $("notes").hidden = notes.length === 0;
  $("notes-list").replaceChildren(...notes.map((n) => el("li", { class: "note" },
    el("a", { href: "#", text: fmt("notes_where", { page: n.page, kind: n.label }),
      onclick: (ev) => { ev.preventDefault(); S.page = n.page; renderPage(); } }),
    el("span", { class: "note-text", text: n.text }))));
}

// A finalised case keeps its outputs in sight: each redacted PDF and record, the decision letter, the package.
function renderOutputs() {
  const c = S.data.case;
  const box = $("outputs");
  box.hidden = !c.finalised_at;
  if (box.hidden) return;
  const link = (href, text, cls) => el("li", {}, el("a", { href, download: "", class: cls, text }));
  const items = [];
  for (const d of S.data.documents) {
    if (d.output) items.push(link(`/api/cases/${CASE_ID}/outputs/${encodeURIComponent(d.output)}`, `${T.download} ${d.output}`, "output-pdf"));
    if (d.record) items.push(link(`/api/cases/${CASE_ID}/outputs/${encodeURIComponent(d.record)}`, `${T.audit_record} (${d.name})`, "output-record"));
  }
  items.push(link(`/api/cases/${CASE_ID}/decision.pdf`, T.outputs_letter, "output-letter"));
  items.push(link(`/api/cases/${CASE_ID}/package.zip`, T.outputs_package, "output-package"));
  $("outputs-list").replaceChildren(...items);
}

function renderBoxLabel() {
  const sel = $("box-label");
  sel.value = S.data.case.box_label || "none";
  sel.disabled = Boolean(S.data.case.finalised_at);
}

async function setBoxLabel(label) {
  try {
    const res = await api("POST", `/api/cases/${CASE_ID}/label`, { label });
    S.data.case = res.case;
    toast(T.box_label_saved);
    if (S.preview) { $("page-img").dataset.src = ""; renderPage(); }
  } catch (e) { toast(e.message, "error"); renderBoxLabel(); }
}

function renderProgress() {
  const p = S.data.progress;
  const pct = p.total ? Math.round((100 * p.reviewed) / p.total) : 100;
  $("progress-bar").style.width = pct + "%";
  $("progress-text").textContent = fmt("progress", p) + (p.pending ? " · " + fmt("pending_left", p) : "");
}

function renderDocs() {
  const sel = $("doc-select");
  // an attachment is listed under its e-mail, indented one step per level
  const byId = new Map(S.data.documents.map((d) => [d.id, d]));
  const depth = (d) => { let n = 0; for (let p = byId.get(d.parent); p && n < 8; p = byId.get(p.parent)) n++; return n; };
  const label = (d) => `${"\u00a0\u00a0".repeat(depth(d))}${depth(d) ? "↳ " : ""}${d.name} (${d.pages} s.)`;
  sel.replaceChildren(...S.data.documents.map((d) => el("option", { value: d.id, text: label(d),
    title: d.parent && byId.get(d.parent) ? `${T.attachment_of}: ${byId.get(d.parent).name}` : d.name })));
  if (S.doc !== null) sel.value = String(S.doc);
  sel.disabled = S.data.documents.length < 2;
}

function pageSize() {
  const d = currentDoc();
  return d ? d.page_sizes[S.page - 1] : [595, 842];
}

function renderPage() {
  const d = currentDoc();
  const img = $("page-img");
  const overlay = $("overlay");
  if (!d) {
    img.removeAttribute("src");
    overlay.replaceChildren();
    $("page-label").textContent = "";
    return;
  }
  $("page-label").textContent = `${T.page} ${S.page} ${T.of} ${d.pages}`;
  const field = $("page-number");
  field.max = String(d.pages);
  if (document.activeElement !== field) field.value = String(S.page);
  $("page-count").textContent = `${T.of} ${d.pages}`;
  $("prev-page").disabled = S.page <= 1;
  $("next-page").disabled = S.page >= d.pages;
  const [w, h] = pageSize();
  const wrap = $("page-wrap");
  wrap.style.aspectRatio = `${w} / ${h}`;
  const scale = effectiveScale(w, h);
  wrap.style.width = Math.round(w * PX_PER_PT * scale) + "px";
  $("zoom-level").textContent = Math.round(scale * 100) + " %";
  $("fit-width").setAttribute("aria-pressed", String(S.zoom.mode === "width"));
  $("fit-page").setAttribute("aria-pressed", String(S.zoom.mode === "page"));
  // A sharp image for the size shown, from the few sizes the server renders and caches.
  const need = scale * PX_PER_PT * (window.devicePixelRatio || 1);
  const res = need > 2.2 ? 3 : 2;
  const base = `/api/cases/${CASE_ID}/documents/${d.id}/pages/${S.page}`;
  const src = S.preview ? `${base}/preview.png?zoom=${res}&t=${Date.now()}` : `${base}.png?zoom=${res}`;
  if (img.dataset.src !== src) { img.src = src; img.dataset.src = src; }
  overlay.hidden = S.preview;
  overlay.replaceChildren();
  const seen = new Set();
  for (const id of S.order) {
    const f = S.findings.get(id);
    if (f.document !== d.id || f.page !== S.page) continue;
    seen.add(f.category);
    for (const r of f.rects) overlay.append(box(f, r, w, h));
  }
  if (S.search) {
    S.search.hits.forEach((hit, i) => {
      if (hit.document !== d.id || hit.page !== S.page) return;
      for (const r of hit.rects) overlay.append(el("div", {
        class: "hit" + (i === S.search.current ? " current" : ""), "data-hit-box": String(i),
        style: { left: (100 * r[0]) / w + "%", top: (100 * r[1]) / h + "%", width: (100 * (r[2] - r[0])) / w + "%", height: (100 * (r[3] - r[1])) / h + "%" },
      }));
    });
  }
  renderLegend(seen);
  renderThumbs();
}

function box(f, r, w, h) {
  const c = colour(f.category);
  const style = {
    left: (100 * r[0]) / w + "%", top: (100 * r[1]) / h + "%",
    width: (100 * (r[2] - r[0])) / w + "%", height: (100 * (r[3] - r[1])) / h + "%",
    borderColor: c,
  };
  // What happens is in the class (dark = masked, striped = a proposal, grey outline = released); the
  // category colour only marks the border.
  if (f.state === "pending_mask") style.backgroundImage = `repeating-linear-gradient(135deg, ${rgba(c, 0.35)} 0 4px, ${rgba(c, 0.08)} 4px 9px)`;
  const editable = f.origin === "manual" && f.id === S.selected && !S.preview;
  const node = el("div", {
    class: `box ${f.state}` + (f.id === S.selected ? " selected" : "") + (editable ? " editable" : ""),
    style, title: `${categoryName(f.category)} – ${BOOT.statuses[f.state]}`,
    "data-finding": f.id,
    onmousedown: (ev) => {
      ev.stopPropagation();
      if (editable && ev.button === 0) startBoxDrag(ev, f, node, ev.target.dataset.handle || "move");
    },
    onclick: (ev) => { ev.stopPropagation(); if (f.id !== S.selected) select(f.id); },
  });
  if (editable) for (const h of ["nw", "ne", "sw", "se"]) node.append(el("span", { class: `handle ${h}`, "data-handle": h }));
  return node;
}

function renderLegend(categories) {
  const legend = $("legend");
  legend.replaceChildren(...[...categories].sort().map((c) =>
    el("span", { class: "chip", style: { borderColor: colour(c) } },
      el("i", { style: { background: colour(c) } }), categoryName(c))));
}

function groundSelect(current, onchange, label) {
  const sel = el("select", { "aria-label": label || T.legal_ground, class: "ground" });
  const known = new Set();
  for (const g of S.data.grounds) {
    known.add(g.ref);
    // The short reference fits any width; what it protects is shown beside it (never cut off mid-word).
    sel.append(el("option", { value: g.ref, text: g.label, title: g.title }));
  }
  if (current && !known.has(current)) sel.append(el("option", { value: current, text: current }));
  if (!current) sel.prepend(el("option", { value: "", text: "—" }));
  sel.value = current || "";
  sel.addEventListener("change", () => onchange(sel.value));
  return sel;
}

function groundTitle(ref) {
  const g = S.data.grounds.find((x) => x.ref === ref);
  return g && g.title ? g.title : "";
}

function stateLabel(f) {
  let s = BOOT.statuses[f.state] || f.state;
  if (f.reason && f.reason.startsWith("disclose:")) {
    const why = f.reason.slice("disclose:".length).split(";")[0].trim();
    if (why) s += ` (${why})`;
  }
  return s;
}

function renderDetail() {
  const box = $("detail");
  const f = S.selected !== null ? S.findings.get(S.selected) : null;
  if (!f) { box.replaceChildren(el("p", { class: "muted", text: T.selected_none })); return; }
  const doc = S.data.documents.find((d) => d.id === f.document);
  const subj = f.subject !== null ? S.subjects.get(f.subject) : null;
  box.replaceChildren(...[
    el("div", { class: "detail-head" },
      el("span", { class: "chip", style: { borderColor: colour(f.category) } }, el("i", { style: { background: colour(f.category) } }), categoryName(f.category)),
      el("span", { class: `state ${f.state}`, text: stateLabel(f) })),
    el("p", { class: "finding-text", text: f.text || "—" }),
    el("p", { class: "muted", text: `${doc ? doc.name : ""}, ${T.page.toLowerCase()} ${f.page}` +
      (subj && subj.count > 1 ? ` · ${fmt("mentions", { count: subj.count })}` : "") }),
    el("p", { class: "muted small", text: `${T.detector}: ${f.detector} · ${T.score}: ${Math.round(f.score * 100)} %` +
      (f.decided_by ? ` · ${f.decided_by}` : "") }),
    el("label", { class: "ground-label" }, T.legal_ground, groundSelect(f.legal_ground, (v) => setGround(f, v)),
      el("span", { class: "ground-title", id: "ground-title", text: groundTitle(f.legal_ground) })),
    el("div", { class: "buttons" },
      el("button", { type: "button", class: "accept", id: "btn-accept", title: "a", text: `${T.accept} (a)`, onclick: () => decide(f, "accepted") }),
      el("button", { type: "button", class: "reject", id: "btn-reject", title: "r", text: `${T.reject} (r)`, onclick: () => decide(f, "rejected") }),
      f.origin === "manual" ? el("button", { type: "button", class: "remove-box", id: "btn-remove-box", title: "Delete", text: T.box_remove, onclick: () => removeBox(f) }) : null),
    f.origin === "manual" ? el("p", { class: "muted small", text: T.box_hint }) : null,
    // Comment and history folded away by default, so the list of persons keeps its room on a small screen.
    el("details", { class: "history", id: "history", open: S.historyOpen },
      el("summary", { text: T.history_title }),
      el("form", { class: "comment-form", id: "comment-form", onsubmit: (ev) => { ev.preventDefault(); saveComment(f); } },
        el("label", { for: "comment", class: "small", text: T.comment_label }),
        el("textarea", { id: "comment", rows: "2", maxlength: "2000", placeholder: T.comment_placeholder }),
        el("button", { type: "submit", id: "comment-save", text: T.comment_save })),
      el("ol", { id: "history-list" }, el("li", { class: "muted", text: "…" }))),
  ].filter((n) => n !== null));
  $("history").addEventListener("toggle", (ev) => { S.historyOpen = ev.target.open; });
  loadHistory(f.id);
}

function pagesText(pages) {
  const multi = new Set(pages.map((p) => p[0])).size > 1;
  const docName = (id) => { const d = S.data.documents.find((x) => x.id === id); return d ? d.name : id; };
  if (!multi) return fmt("on_pages", { pages: pages.map((p) => p[1]).join(", ") });
  return pages.map((p) => `${docName(p[0])} s. ${p[1]}`).join(", ");
}

function subjectGroups() {
  const groups = new Map();
  for (const id of S.order) {
    const f = S.findings.get(id);
    if (f.subject === null) continue;
    if (!groups.has(f.subject)) groups.set(f.subject, []);
    groups.get(f.subject).push(f);
  }
  return groups;
}

function summary(items) {
  const states = {};
  for (const f of items) states[f.state] = (states[f.state] || 0) + 1;
  return Object.entries(states).map(([k, n]) => `${n} ${BOOT.statuses[k]}`).join(", ");
}

function findingRow(f) {
  return el("li", { class: `finding-row ${f.state}` + (f.id === S.selected ? " selected" : ""), "data-finding": f.id },
    el("button", { type: "button", class: "link", onclick: () => select(f.id) },
      el("span", { class: "dot", style: { background: colour(f.category) } }),
      `${f.text || categoryName(f.category)}`, el("span", { class: "muted", text: ` s. ${f.page}` })),
    el("span", { class: `state ${f.state}`, text: BOOT.statuses[f.state] }));
}

// What a person's group holds besides the name ("namn, adress, telefonnummer"), so a reviewer who releases the
// person sees that the address and numbers beside the name go with it.
function kinds(subj, items) {
  const cats = [...new Set(items.map((f) => f.category))];
  return cats.length > 1 || cats[0] !== subj.category ? ` (${cats.map((c) => categoryName(c).toLowerCase()).join(", ")})` : "";
}

function renderList() {
  const list = $("list");
  const groups = subjectGroups();
  $("tab-subjects").setAttribute("aria-selected", String(S.tab === "subjects"));
  $("tab-categories").setAttribute("aria-selected", String(S.tab === "categories"));
  const rows = [];
  if (S.tab === "subjects") {
    for (const [sid, items] of groups) {
      const subj = S.subjects.get(sid) || { label: items[0].text, category: items[0].category };
      const versions = Object.fromEntries(items.map((f) => [f.id, f.version]));
      const grounds = [...new Set(items.map((f) => f.legal_ground).filter(Boolean))];
      const pages = [...new Set(items.map((f) => `${f.document}:${f.page}`))].map((k) => k.split(":").map(Number));
      const selected = items.some((f) => f.id === S.selected);
      rows.push(el("li", { class: "subject" + (selected ? " selected" : ""), "data-subject": sid },
        el("div", { class: "subject-head" },
          el("span", { class: "dot", style: { background: colour(subj.category) } }),
          el("button", { type: "button", class: "link subject-label", text: subj.label, onclick: () => select(items[0].id) }),
          el("span", { class: "muted", text: ` ${categoryName(subj.category)}` })),
        el("div", { class: "muted small", text: `${items.length === 1 ? T.mention : fmt("mentions", { count: items.length })}${kinds(subj, items)} · ${pagesText(pages)}` }),
        el("div", { class: "small", text: summary(items) }),
        el("div", { class: "buttons" },
          el("button", { type: "button", class: "accept", text: T.accept_all_subject,
            onclick: () => write(`/api/cases/${CASE_ID}/subjects/${sid}/decision`, { status: "accepted", versions }) }),
          el("button", { type: "button", class: "reject", text: T.reject_all_subject,
            onclick: () => write(`/api/cases/${CASE_ID}/subjects/${sid}/decision`, { status: "rejected", versions }) }),
          groundSelect(grounds.length === 1 ? grounds[0] : "", (v) => v && write(`/api/cases/${CASE_ID}/subjects/${sid}/ground`, { legal_ground: v, versions }), T.legal_ground))));
    }
    const manual = S.order.map((id) => S.findings.get(id)).filter((f) => f.subject === null);
    if (manual.length) rows.push(el("li", { class: "group" }, el("h4", { text: `${T.manual_group} (${manual.length})` }), el("ul", {}, ...manual.map(findingRow))));
  } else {
    const byCat = new Map();
    for (const id of S.order) {
      const f = S.findings.get(id);
      if (!byCat.has(f.category)) byCat.set(f.category, []);
      byCat.get(f.category).push(f);
    }
    for (const [cat, items] of [...byCat].sort((a, b) => categoryName(a[0]).localeCompare(categoryName(b[0]), "sv"))) {
      rows.push(el("li", { class: "group" },
        el("h4", {}, el("span", { class: "dot", style: { background: colour(cat) } }), `${categoryName(cat)} (${items.length})`),
        el("ul", {}, ...items.map(findingRow))));
    }
  }
  list.replaceChildren(el("ul", { class: "rows" }, ...rows));
  // Scroll only the list (scrollIntoView would also scroll the window away from the page image).
  const sel = list.querySelector(".selected");
  if (sel) {
    const top = sel.offsetTop, bottom = top + sel.offsetHeight;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
  }
}

// ------------------------------------------------------------------ actions

function select(id) {
  const f = S.findings.get(id);
  if (!f) return;
  S.selected = id;
  if (f.document !== S.doc || f.page !== S.page) { S.doc = f.document; S.page = f.page; }
  renderAll();
}

function step(delta) {
  if (!S.order.length) return;
  let i = S.selected === null ? (delta > 0 ? -1 : 0) : S.order.indexOf(S.selected);
  i = Math.min(S.order.length - 1, Math.max(0, i + delta));
  select(S.order[i]);
}

async function decide(f, status) {
  const res = await write(`/api/cases/${CASE_ID}/findings/${f.id}/decision`, () => ({ status, version: currentVersion(f) }));
  if (res) step(1);
}

function setGround(f, ground) {
  if (!ground) return;
  write(`/api/cases/${CASE_ID}/findings/${f.id}/ground`, () => ({ legal_ground: ground, version: currentVersion(f) }), T.saved);
}

async function undo() {
  const res = await write(`/api/cases/${CASE_ID}/undo`, {}, T.undone);
  return res;
}

function gotoPage(delta) {
  const d = currentDoc();
  if (!d) return;
  const p = Math.min(d.pages, Math.max(1, S.page + delta));
  if (p !== S.page) { S.page = p; renderPage(); }
}

// Drag a rectangle on the page to mask it (coordinates sent in points of the displayed page).
function initDrawing() {
  const overlay = $("overlay");
  let start = null, ghost = null;
  const point = (ev) => {
    const r = overlay.getBoundingClientRect();
    return [Math.min(Math.max(ev.clientX - r.left, 0), r.width), Math.min(Math.max(ev.clientY - r.top, 0), r.height), r];
  };
  overlay.addEventListener("mousedown", (ev) => {
    if (ev.button !== 0 || S.preview) return;
    ev.preventDefault();
    const [x, y] = point(ev);
    start = [x, y];
    ghost = el("div", { class: "box drawing", style: { left: x + "px", top: y + "px", width: "0px", height: "0px" } });
    overlay.append(ghost);
  });
  window.addEventListener("mousemove", (ev) => {
    if (!start) return;
    const [x, y] = point(ev);
    Object.assign(ghost.style, {
      left: Math.min(x, start[0]) + "px", top: Math.min(y, start[1]) + "px",
      width: Math.abs(x - start[0]) + "px", height: Math.abs(y - start[1]) + "px",
    });
  });
  window.addEventListener("mouseup", async (ev) => {
    if (!start) return;
    const [x, y, r] = point(ev);
    const s = start;
    start = null;
    ghost.remove();
    if (Math.abs(x - s[0]) < 4 || Math.abs(y - s[1]) < 4) return;
    const [w, h] = pageSize();
    const rect = [Math.min(x, s[0]) * w / r.width, Math.min(y, s[1]) * h / r.height,
      Math.max(x, s[0]) * w / r.width, Math.max(y, s[1]) * h / r.height];
    const res = await write(`/api/cases/${CASE_ID}/masks`, { document: S.doc, page: S.page, rect, snap: $("snap").checked }, T.manual_added);
    if (res && res.findings.length) { S.selected = res.findings[0].id; renderAll(); }
  });
}

function initKeys() {
  document.addEventListener("keydown", (ev) => {
    const t = ev.target;
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA" || t.isContentEditable)) return;
    if ($("finalise-dialog").open) return;
    const f = S.selected !== null ? S.findings.get(S.selected) : null;
    switch (ev.key) {
      case "j": step(1); break;
      case "k": step(-1); break;
      case "a": if (f) decide(f, "accepted"); break;
      case "r": if (f) decide(f, "rejected"); break;
      case "u": undo(); break;
      case "U": redo(); break;
      case "Delete": case "Backspace": if (f && f.origin === "manual") removeBox(f); else return; break;
      case "ArrowRight": gotoPage(1); break;
      case "ArrowLeft": gotoPage(-1); break;
      case "+": zoomStep(1); break;
      case "-": zoomStep(-1); break;
      default: return;
    }
    ev.preventDefault();
  });
}

function initFinalise() {
  const dialog = $("finalise-dialog");
  $("finalise").addEventListener("click", () => {
    const p = S.data.progress;
    $("finalise-pending").textContent = p.pending ? fmt("finalise_pending", p) : fmt("progress", p);
    $("accept-all-label").hidden = !p.pending;
    $("accept-all").checked = false;
    $("finalise-result").replaceChildren();
    $("finalise-go").disabled = false;
    dialog.showModal();
  });
  $("finalise-cancel").addEventListener("click", () => dialog.close());
  $("finalise-go").addEventListener("click", async () => {
    let name;
    try { name = reviewer(); } catch (e) { dialog.close(); return; }
    const out = $("finalise-result");
    out.replaceChildren(el("p", { text: T.finalising }));
    $("finalise-go").disabled = true;
    try {
      const res = await api("POST", `/api/cases/${CASE_ID}/finalise`, { reviewer: name, accept_all_pending: $("accept-all").checked });
      out.replaceChildren(el("p", { class: "ok", text: T.finalised }),
        el("ul", { class: "downloads" }, ...res.outputs.map((o) => el("li", {},
          el("a", { href: `/api/cases/${CASE_ID}/outputs/${encodeURIComponent(o.output)}`, download: o.output, class: "download-pdf", text: `${T.download} ${o.output}` }),
          " · ",
          el("a", { href: `/api/cases/${CASE_ID}/outputs/${encodeURIComponent(o.record)}`, download: o.record, class: "download-record", text: T.audit_record })))));
      await load(true);
      $("finalise-pending").textContent = fmt("progress", S.data.progress);
      $("accept-all-label").hidden = true;
    } catch (e) {
      out.replaceChildren(el("p", { class: "error", text: e.message }));
      $("finalise-go").disabled = false;
    }
  });
}

function fitLayout() {
  const top = document.querySelector("header.top");
  if (top) document.documentElement.style.setProperty("--top-h", top.offsetHeight + "px");
}

function init() {
  fitLayout();
  window.addEventListener("resize", fitLayout);
  $("doc-select").addEventListener("change", (ev) => { S.doc = Number(ev.target.value); S.page = 1; renderAll(); });
  $("prev-page").addEventListener("click", () => gotoPage(-1));
  $("next-page").addEventListener("click", () => gotoPage(1));
  $("undo").addEventListener("click", undo);
  $("redo").addEventListener("click", redo);
  $("box-label").addEventListener("change", (ev) => setBoxLabel(ev.target.value));
  $("zoom-in").addEventListener("click", () => zoomStep(1));
  $("zoom-out").addEventListener("click", () => zoomStep(-1));
  $("fit-width").addEventListener("click", () => setFit("width"));
  $("fit-page").addEventListener("click", () => setFit("page"));
  $("page-number").addEventListener("change", (ev) => gotoPageNumber(Number(ev.target.value)));
  $("page-number").addEventListener("keydown", (ev) => { if (ev.key === "Enter") { ev.preventDefault(); gotoPageNumber(Number(ev.target.value)); ev.target.blur(); } });
  window.addEventListener("resize", () => { if (S.zoom.mode !== "custom" && S.data) renderPage(); });
  $("preview").addEventListener("click", () => {
    S.preview = !S.preview;
    $("preview").setAttribute("aria-pressed", String(S.preview));
    $("preview").textContent = S.preview ? T.preview_off : T.preview;
    renderPage();
  });
  $("tab-subjects").addEventListener("click", () => { S.tab = "subjects"; renderList(); });
  $("tab-categories").addEventListener("click", () => { S.tab = "categories"; renderList(); });
  initSearch();
  initDrawing();
  initKeys();
  initFinalise();
  initUpload();
  load(false).catch((e) => toast(e.message, "error"));
}

// Every script of the screen is loaded by now (they share this page's globals).
document.addEventListener("DOMContentLoaded", init);
