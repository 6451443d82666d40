// Comments, item history and redo in the review screen (uses the globals of case.js).
"use strict";

// Who did what to the selected item, and when (undone steps struck through, with who undid them).
async function loadHistory(id) {
  let data;
  try { data = await api("GET", `/api/cases/${CASE_ID}/findings/${id}/history`); } catch (e) { return; }
  if (S.selected !== id || !$("history-list")) return;
  const when = (at) => (at || "").replace("T", " ").slice(0, 16);
  const what = (h) => {
    if (h.kind === "comment") return `${T.history_comment}: ”${h.comment}”`;
    if (h.kind === "ground") return `${T.legal_ground}: ${h.legal_ground}`;
    return BOOT.statuses[{ accepted: "masked", rejected: "disclosed", manual: "manual" }[h.status] || h.status] || h.kind;
  };
  const items = data.history.map((h) => el("li", { class: "history-item" + (h.undone ? " undone" : "") },
    el("span", { class: "history-when", text: when(h.at) }), ` ${h.by}: `, el("span", { class: "history-what", text: what(h) }),
    h.undone ? el("span", { class: "muted", text: ` (${fmt("history_undone", { by: h.undone_by || "" })})` }) : null));
  $("history-list").replaceChildren(...(items.length ? items : [el("li", { class: "muted", text: T.history_none })]));
}

async function saveComment(f) {
  const text = $("comment").value;
  if (!text.trim()) return;
  S.historyOpen = true;  // the saved comment is shown in the history at once
  await write(`/api/cases/${CASE_ID}/findings/${f.id}/comment`, { comment: text }, T.comment_saved);
}

async function redo() {
  return write(`/api/cases/${CASE_ID}/redo`, {}, T.redone);
}
