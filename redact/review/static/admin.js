// The admin page: accounts listed, added, removed, and given a new password.
"use strict";
async function loadUsers() {
  const data = await api("GET", "/api/users");
  const tbody = document.querySelector("#users tbody");
  tbody.replaceChildren();
  const me = reviewer();
  for (const u of data.users) {
    const pw = el("input", { type: "password", class: "new-password", minlength: "10", maxlength: "1024",
      autocomplete: "new-password", "aria-label": fmt("user_new_password_for", { name: u.name }), placeholder: T.user_new_password });
    tbody.append(el("tr", { "data-user": u.name },
      el("td", { text: u.name }), el("td", { class: "role", text: T["role_name_" + u.role] || u.role }), el("td", { text: u.created }),
      el("td", {}, pw,
        el("button", { type: "button", class: "set-password", text: T.user_set_password, onclick: () => setPassword(u, pw) }),
        u.name === me ? null : el("button", { type: "button", class: "remove-user", text: T.user_remove, onclick: () => removeUser(u) }))));
  }
}

async function setPassword(u, input) {
  try {
    await api("POST", `/api/users/${u.id}/password`, { password: input.value });
    input.value = "";
    toast(fmt("user_password_set", { name: u.name }));
  } catch (e) { toast(e.message, "error"); }
}

async function removeUser(u) {
  if (!window.confirm(fmt("user_remove_confirm", { name: u.name }))) return;
  try {
    await api("POST", `/api/users/${u.id}/remove`, {});
    toast(fmt("user_removed", { name: u.name }));
    await loadUsers();
  } catch (e) { toast(e.message, "error"); }
}

document.getElementById("new-user").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const form = new FormData(ev.target);
  try {
    const data = await api("POST", "/api/users", Object.fromEntries(form.entries()));
    ev.target.reset();
    toast(fmt("user_added", { name: data.user.name }));
    await loadUsers();
  } catch (e) { toast(e.message, "error"); }
});

loadUsers().catch((e) => toast(e.message, "error"));
