// Shared by every page: texts, the API call with the write header, messages and the reviewer's name.
"use strict";
const BOOT = JSON.parse(document.getElementById("texts").textContent);
const T = BOOT.texts;

function fmt(key, values) {
  let s = T[key] || key;
  for (const [k, v] of Object.entries(values || {})) s = s.split("{" + k + "}").join(String(v));
  return s;
}

const CATEGORY_COLOURS = {
  PERSON: "#d7263d", PERSONNUMMER: "#f46036", PHONE: "#1b998b", EMAIL: "#2e86de",
  ADDRESS: "#8e44ad", POSTAL_CODE: "#16a0c4", PROPERTY: "#c2185b", ORG_NUMBER: "#8d6e63",
  BANK_ACCOUNT: "#6d214f", IBAN: "#2c7a7b", LICENSE_PLATE: "#7a7a00", IP_ADDRESS: "#1b2a80",
  DATE_OF_BIRTH: "#c99700", MANUAL: "#333333",
};

function colour(category) { return CATEGORY_COLOURS[category] || "#555555"; }
function rgba(hex, alpha) {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
function categoryName(code) { return BOOT.categories[code] || code; }

class ApiError extends Error {
  constructor(message, status, data) { super(message); this.status = status; this.data = data; }
}

async function api(method, url, body, isForm) {
  const opts = { method, headers: { "X-Redact": "1" } };
  if (body !== undefined) {
    if (isForm) opts.body = body;
    else { opts.headers["Content-Type"] = "application/json"; opts.body = JSON.stringify(body); }
  }
  const resp = await fetch(url, opts);
  let data = null;
  try { data = await resp.json(); } catch (e) { data = null; }
  if (resp.status === 401) { window.location.href = "/login"; }
  if (!resp.ok) throw new ApiError((data && data.error) || T.error, resp.status, data);
  return data;
}

let toastTimer = null;
function toast(message, kind) {
  const el = document.getElementById("toast");
  el.textContent = message;
  el.className = "show " + (kind || "info");
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { el.className = ""; }, kind === "error" ? 7000 : 3000);
}

// The reviewer is the logged-in user: the server records it from the session, not from anything sent.
function reviewer() {
  const user = document.getElementById("user");
  return user ? user.dataset.name : "";
}
async function logout() {
  try { await api("POST", "/logout", {}); } finally { window.location.href = "/login"; }
}
function initUser() {
  const button = document.getElementById("logout");
  if (button) button.addEventListener("click", logout);
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (k === "style") Object.assign(node.style, v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

initUser();
