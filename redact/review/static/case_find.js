// Find in the review screen (uses the globals of case.js).
"use strict";

// Find in the case's documents without masking: a hit list with context, next/previous hit shown on the
// page, and only the ticked hits masked.

function gotoHit(i) {
  if (!S.search || !S.search.hits.length) return;
  const n = S.search.hits.length;
  S.search.current = ((i % n) + n) % n;
  const h = S.search.hits[S.search.current];
  if (h.document !== S.doc || h.page !== S.page) { S.doc = h.document; S.page = h.page; renderDocs(); }
  renderPage();
  renderHits();
  const node = $("overlay").querySelector(".hit.current");
  if (node) scrollIntoViewer(node);
}

function renderHits() {
  const box = $("search-hits");
  const sr = S.search;
  if (!sr) { box.replaceChildren(); return; }
  if (!sr.hits.length) { box.replaceChildren(el("p", { text: T.search_no_hits })); return; }
  const docName = (id) => { const d = S.data.documents.find((x) => x.id === id); return d ? d.name : ""; };
  const multi = S.data.documents.length > 1;
  const list = el("ul", { class: "hits" });
  sr.hits.forEach((h, i) => {
    const where = multi ? `${docName(h.document)} s. ${h.page}` : `s. ${h.page}`;
    list.append(el("li", { class: "hit-row" + (i === sr.current ? " current" : "") + (h.masked ? " masked" : ""), "data-hit-row": String(i) },
      el("input", { type: "checkbox", "data-hit": String(i), disabled: h.masked, checked: sr.ticked.has(i) && !h.masked,
        "aria-label": `${T.search_tick_one} ${i + 1}`,
        onchange: (ev) => { if (ev.target.checked) sr.ticked.add(i); else sr.ticked.delete(i); } }),
      el("button", { type: "button", class: "link hit-go", onclick: () => gotoHit(i) },
        el("span", { class: "muted", text: h.before }), el("mark", { text: h.text }), el("span", { class: "muted", text: h.after }),
        el("span", { class: "hit-where", text: ` – ${where}` + (h.masked ? ` (${T.search_already})` : "") }))));
  });
  const pos = sr.current === null ? fmt("search_count", { count: sr.hits.length })
    : fmt("search_position", { n: sr.current + 1, count: sr.hits.length });
  box.replaceChildren(
    el("div", { class: "hit-nav" },
      el("button", { type: "button", id: "hit-prev", "aria-label": T.search_prev, title: T.search_prev, text: "▲", onclick: () => gotoHit(sr.current === null ? -1 : sr.current - 1) }),
      el("button", { type: "button", id: "hit-next", "aria-label": T.search_next, title: T.search_next, text: "▼", onclick: () => gotoHit(sr.current === null ? 0 : sr.current + 1) }),
      el("span", { id: "hit-pos", text: pos }),
      el("button", { type: "button", class: "link", id: "search-clear", text: T.search_clear, onclick: () => { S.search = null; renderHits(); renderPage(); } })),
    list,
    el("div", { class: "buttons" },
      el("button", { type: "button", id: "search-tick-all", text: T.search_tick_all, onclick: () => {
        sr.hits.forEach((h, i) => { if (!h.masked) sr.ticked.add(i); });
        renderHits();
      } }),
      el("button", { type: "button", id: "search-mask", class: "mask-action", text: T.search_mask_ticked, onclick: maskTicked })));
  const row = box.querySelector(".hit-row.current");
  if (row) { const l = box; if (row.offsetTop < l.scrollTop || row.offsetTop > l.scrollTop + l.clientHeight - row.offsetHeight) l.scrollTop = row.offsetTop - 20; }
}

async function runSearch(term, regex, keep) {
  let data;
  try { data = await api("POST", `/api/cases/${CASE_ID}/search/hits`, { term, regex }); }
  catch (e) { toast(e.message, "error"); return; }
  const old = S.search;
  S.search = { term, regex, hits: data.hits, current: null, ticked: new Set() };
  if (keep && old && old.current !== null && old.current < data.hits.length) S.search.current = old.current;
  renderHits();
  renderPage();
}

async function maskTicked() {
  const sr = S.search;
  const ticked = [...sr.ticked].filter((i) => !sr.hits[i].masked).map((i) => sr.hits[i]);
  if (!ticked.length) { toast(T.search_tick, "error"); return; }
  const res = await write(`/api/cases/${CASE_ID}/search`, { term: sr.term, regex: sr.regex, hits: ticked });
  if (res) {
    const n = res.findings.length;
    toast(n === 0 ? T.search_none : n === 1 ? T.search_result_one : fmt("search_result", { count: n }));
    await runSearch(sr.term, sr.regex, true);  // the list stays, the masked hits now say so
  }
}

function initSearch() {
  $("search-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const term = $("search-term").value;
    if (!term.trim()) return;
    await runSearch(term, $("search-regex").checked, false);
    if (S.search && S.search.hits.length) gotoHit(0);
  });
}
