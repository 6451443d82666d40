// The page view of the review screen: zoom, page numbers, thumbnails, moving and resizing drawn boxes, upload.
"use strict";

// The scale the page is shown at: fit width and fit page follow the window, a step is fixed.
function effectiveScale(w, h) {
  const vp = $("viewport");
  const availW = Math.max(200, vp.clientWidth - 24), availH = Math.max(200, vp.clientHeight - 24);
  const fitW = availW / (w * PX_PER_PT);
  if (S.zoom.mode === "width") return fitW;
  if (S.zoom.mode === "page") return Math.min(fitW, availH / (h * PX_PER_PT));
  return S.zoom.scale;
}

function zoomStep(dir) {
  const [w, h] = pageSize();
  const now = effectiveScale(w, h);
  const next = dir > 0 ? ZOOM_STEPS.find((z) => z > now + 0.01) : [...ZOOM_STEPS].reverse().find((z) => z < now - 0.01);
  S.zoom = { mode: "custom", scale: next || (dir > 0 ? ZOOM_STEPS[ZOOM_STEPS.length - 1] : ZOOM_STEPS[0]) };
  renderPage();
}

function setFit(mode) { S.zoom = { mode, scale: 1 }; renderPage(); }

function gotoPageNumber(n) {
  const d = currentDoc();
  if (!d || !Number.isFinite(n)) return;
  const p = Math.min(d.pages, Math.max(1, Math.round(n)));
  S.page = p;
  renderPage();
  $("viewport").scrollTop = 0;
}

// Scroll the page view (never the window) so that a node on the page is in sight.
function scrollIntoViewer(node) {
  const vp = $("viewport");
  const r = node.getBoundingClientRect(), v = vp.getBoundingClientRect();
  if (r.top < v.top || r.bottom > v.bottom) vp.scrollTop += r.top - v.top - v.height / 3;
  if (r.left < v.left || r.right > v.right) vp.scrollLeft += r.left - v.left - v.width / 3;
}

// The thumbnail column is a virtual list: every page has a place (its top and height are worked out from the
// page sizes), but only the thumbnails in sight and a small margin exist as elements; scrolling swaps them.
// A 600-page document has a dozen thumbnails in the page, not 600, and asks only for the images it shows.
const THUMB = { pad: 6, label: 18, gap: 8, margin: 400 };  // px: padding + border, number line, gap, margin
const TV = { doc: null, width: 0, tops: [], heights: [], nodes: new Map(), marks: new Set(), page: null, raf: 0 };

function thumbSpace() {
  const nav = $("thumbs");
  let space = nav.querySelector(".thumbs-space");
  if (!space) {
    space = el("div", { class: "thumbs-space" });
    nav.replaceChildren(space);
    nav.addEventListener("scroll", () => {
      if (!TV.raf) TV.raf = requestAnimationFrame(() => { TV.raf = 0; drawThumbs(); });
    }, { passive: true });
    new ResizeObserver(() => { if (TV.doc !== null && space.clientWidth !== TV.width) { layoutThumbs(currentDoc()); drawThumbs(); } })
      .observe(nav);
  }
  return space;
}

function layoutThumbs(d) {
  const space = thumbSpace();
  space.replaceChildren();
  TV.nodes.clear();
  TV.doc = d.id;
  TV.width = space.clientWidth;
  const imgW = Math.max(20, TV.width - 2 * THUMB.pad);
  let y = 0;
  TV.tops = []; TV.heights = [];
  for (const [w, h] of d.page_sizes) {
    const height = Math.round(imgW * h / w) + 2 * THUMB.pad + THUMB.label;
    TV.tops.push(y); TV.heights.push(height);
    y += height + THUMB.gap;
  }
  space.style.height = Math.max(0, y - THUMB.gap) + "px";
}

function thumbNode(d, n) {
  const imgH = TV.heights[n - 1] - 2 * THUMB.pad - THUMB.label;
  return el("button", { type: "button", class: "thumb", "data-page": String(n), "aria-label": `${T.page} ${n}`,
    style: { top: TV.tops[n - 1] + "px", height: TV.heights[n - 1] + "px" }, onclick: () => gotoPageNumber(n) },
    el("span", { class: "thumb-img", style: { height: imgH + "px" } },
      el("img", { alt: "", src: `/api/cases/${CASE_ID}/documents/${d.id}/pages/${n}.png?zoom=0.25` })),
    el("span", { class: "thumb-n", text: String(n) }));
}

// Put in place the thumbnails between the top of the view less the margin and its bottom plus the margin.
function drawThumbs() {
  const d = currentDoc();
  if (!d || TV.doc !== d.id) return;
  const nav = $("thumbs"), space = thumbSpace();
  const from = nav.scrollTop - THUMB.margin, to = nav.scrollTop + nav.clientHeight + THUMB.margin;
  let lo = 0, hi = TV.tops.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (TV.tops[mid] + TV.heights[mid] < from) lo = mid + 1; else hi = mid; }
  const want = new Set();
  for (let i = lo; i < TV.tops.length && TV.tops[i] <= to; i++) want.add(i + 1);
  for (const [n, node] of TV.nodes) if (!want.has(n)) { node.remove(); TV.nodes.delete(n); }
  for (const n of want) {
    let node = TV.nodes.get(n);
    if (!node) { node = thumbNode(d, n); TV.nodes.set(n, node); space.append(node); }
    node.classList.toggle("current", n === S.page);
    node.classList.toggle("has-pending", TV.marks.has(n));
    if (n === S.page) node.setAttribute("aria-current", "page"); else node.removeAttribute("aria-current");
  }
}

function renderThumbs() {
  const d = currentDoc();
  const nav = $("thumbs");
  if (!d) { thumbSpace().replaceChildren(); thumbSpace().style.height = "0"; TV.doc = null; TV.nodes.clear(); S.thumbsDoc = null; return; }
  if (TV.doc !== d.id || thumbSpace().clientWidth !== TV.width) { layoutThumbs(d); TV.page = null; }
  S.thumbsDoc = d.id;
  TV.marks = new Set();
  for (const f of S.findings.values()) if (f.document === d.id && (f.state === "pending_mask" || f.state === "pending_disclose")) TV.marks.add(f.page);
  // A new page (or document) brings its thumbnail into sight; otherwise the column stays where the reviewer put it.
  if (TV.page !== S.page && S.page >= 1 && S.page <= TV.tops.length) {
    TV.page = S.page;
    const top = TV.tops[S.page - 1], bottom = top + TV.heights[S.page - 1];
    if (top < nav.scrollTop || bottom > nav.scrollTop + nav.clientHeight) nav.scrollTop = top - nav.clientHeight / 3;
  }
  drawThumbs();
}

// A selected drawn box moves when dragged by its body and resizes when dragged by a corner; the new place is
// sent once, on release, as one undoable action.
function startBoxDrag(ev, f, node, mode) {
  ev.preventDefault();
  const overlay = $("overlay");
  const o = overlay.getBoundingClientRect();
  const r0 = node.getBoundingClientRect();
  const box0 = { l: r0.left - o.left, t: r0.top - o.top, r: r0.right - o.left, b: r0.bottom - o.top };
  const sx = ev.clientX, sy = ev.clientY;
  let cur = { ...box0 }, moved = false;
  const clamp = (v, max) => Math.min(Math.max(v, 0), max);
  const onMove = (e) => {
    const dx = e.clientX - sx, dy = e.clientY - sy;
    if (Math.abs(dx) + Math.abs(dy) > 2) moved = true;
    cur = { ...box0 };
    if (mode === "move") {
      const w = box0.r - box0.l, h = box0.b - box0.t;
      cur.l = clamp(box0.l + dx, o.width - w); cur.t = clamp(box0.t + dy, o.height - h);
      cur.r = cur.l + w; cur.b = cur.t + h;
    } else {
      if (mode.includes("w")) cur.l = clamp(box0.l + dx, box0.r - 4);
      if (mode.includes("e")) cur.r = clamp(box0.r + dx, o.width); if (cur.r < box0.l + 4) cur.r = box0.l + 4;
      if (mode.includes("n")) cur.t = clamp(box0.t + dy, box0.b - 4);
      if (mode.includes("s")) cur.b = clamp(box0.b + dy, o.height); if (cur.b < box0.t + 4) cur.b = box0.t + 4;
    }
    Object.assign(node.style, { left: cur.l + "px", top: cur.t + "px", width: (cur.r - cur.l) + "px", height: (cur.b - cur.t) + "px" });
  };
  const onUp = async () => {
    window.removeEventListener("mousemove", onMove);
    window.removeEventListener("mouseup", onUp);
    if (!moved) return;
    const [w, h] = pageSize();
    const rect = [cur.l * w / o.width, cur.t * h / o.height, cur.r * w / o.width, cur.b * h / o.height];
    const res = await write(`/api/cases/${CASE_ID}/masks/${f.id}/rect`, () => ({ rect, version: currentVersion(f), snap: $("snap").checked }), T.box_moved);
    if (res) { const nf = res.findings.find((x) => !x.removed); if (nf) { S.selected = nf.id; renderAll(); } }
    else renderPage();
  };
  window.addEventListener("mousemove", onMove);
  window.addEventListener("mouseup", onUp);
}

async function removeBox(f) {
  const res = await write(`/api/cases/${CASE_ID}/masks/${f.id}/remove`, () => ({ version: currentVersion(f) }), T.box_removed);
  if (res) { S.selected = null; renderAll(); }
}

// Upload with real progress: the bytes sent, then a lasting "reading" state until the server has read and
// searched the file (a 600-page file takes a while; the message must not vanish before it is done).
function sendFile(file, onProgress) {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    form.append("file", file);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/cases/${CASE_ID}/documents`);
    xhr.setRequestHeader("X-Redact", "1");
    xhr.upload.onprogress = (ev) => { if (ev.lengthComputable) onProgress(ev.loaded / ev.total); };
    xhr.upload.onload = () => onProgress(1);
    xhr.onload = () => {
      let data = null;
      try { data = JSON.parse(xhr.responseText); } catch (e) { data = null; }
      if (xhr.status === 401) { window.location.href = "/login"; return; }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data);
      else reject(new ApiError((data && data.error) || T.error, xhr.status, data));
    };
    xhr.onerror = () => reject(new ApiError(T.error, 0, null));
    xhr.send(form);
  });
}

// One file from the file picker or dropped on the page: a PDF, or an e-mail, office file, image, text or zip that
// the server converts (an e-mail's attachments become documents listed under it).
async function uploadFile(file) {
  const box = $("upload-progress"), bar = $("upload-bar"), text = $("upload-text");
  box.hidden = false;
  bar.value = 0;
  text.textContent = fmt("upload_sending", { name: file.name, pct: 0 });
  try {
    const res = await sendFile(file, (share) => {
      const pct = Math.round(share * 100);
      if (share < 1) { bar.value = pct; text.textContent = fmt("upload_sending", { name: file.name, pct }); }
      else { bar.removeAttribute("value"); text.textContent = fmt("upload_reading", { name: file.name }); }
    });
    await load(true);
    S.doc = res.document.id; S.page = 1;
    renderAll();
    toast(res.documents && res.documents.length > 1 ? fmt("upload_added", { n: res.documents.length }) : T.upload_done);
    if (res.refused && res.refused.length) toast(fmt("upload_refused", { errors: res.refused.map((r) => r.error).join(" ") }), "error");
  } catch (e) { toast(e.message, "error"); }
  box.hidden = true;
}

function initUpload() {
  $("upload").addEventListener("change", async (ev) => {
    const file = ev.target.files[0];
    if (!file) return;
    await uploadFile(file);
    ev.target.value = "";
  });
  const hint = $("drop-hint");
  const carriesFiles = (ev) => ev.dataTransfer && Array.from(ev.dataTransfer.types || []).includes("Files");
  document.addEventListener("dragover", (ev) => {
    if (!carriesFiles(ev) || $("upload").disabled) return;
    ev.preventDefault();
    hint.hidden = false;
  });
  document.addEventListener("dragleave", (ev) => { if (!ev.relatedTarget) hint.hidden = true; });
  document.addEventListener("drop", async (ev) => {
    if (!carriesFiles(ev)) return;
    ev.preventDefault();  // never let the browser open the file in place of the case
    hint.hidden = true;
    if ($("upload").disabled) return;
    for (const file of Array.from(ev.dataTransfer.files)) await uploadFile(file);
  });
}
