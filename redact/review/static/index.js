// The case list and the form for a new case.
"use strict";
async function loadCases() {
  const data = await api("GET", "/api/cases");
  const tbody = document.querySelector("#cases tbody");
  tbody.replaceChildren();
  for (const c of data.cases) {
    tbody.append(el("tr", {},
      el("td", { text: c.version > 1 ? `${c.request_id} (v${c.version})` : c.request_id }), el("td", { text: c.received }),
      el("td", { text: c.diarienummer || "" }), el("td", { text: c.profile }), el("td", { class: "status", text: c.status }),
      el("td", {}, el("a", { href: `/cases/${c.id}`, class: "button", text: T.open_case }),
        c.status === "avslutad" ? el("button", { type: "button", class: "reopen", "data-case": String(c.id), text: T.reopen,
          onclick: () => reopen(c.id) }) : null)));
  }
  document.getElementById("no-cases").hidden = data.cases.length > 0;
}

// A finalised case stays locked; changing it means a new version with its own record.
async function reopen(id) {
  try {
    const data = await api("POST", `/api/cases/${id}/reopen`, {});
    location.href = `/cases/${data.case.id}`;
  } catch (e) { toast(e.message, "error"); }
}

document.getElementById("new-case").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const form = new FormData(ev.target);
  try {
    const data = await api("POST", "/api/cases", Object.fromEntries(form.entries()));
    location.href = `/cases/${data.case.id}`;
  } catch (e) { toast(e.message, "error"); }
});

loadCases().catch((e) => toast(e.message, "error"));
