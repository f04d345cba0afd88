(() => {
  "use strict";

  const DATA = JSON.parse(document.getElementById("run-data").textContent);
  const DOCS = DATA.docs;
  // Pages opened from file:// share one storage origin, so edits are keyed by the page's path.
  const STORE = "summarise-review:edits:" + location.pathname;
  const NAME_KEY = "summarise-review:name";
  const $ = (sel, root = document) => root.querySelector(sel);
  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));

  const state = { doc: 0, cursor: -1, onlyFlagged: false, query: "", edits: new Map(), stale: [] };

  /* ------------------------------------------------------------ small helpers */

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  // "plaintext-only" keeps pasted formatting out of edits; older browsers only know "true".
  const EDITABLE = (() => {
    try { document.createElement("p").contentEditable = "plaintext-only"; return "plaintext-only"; } catch (err) { return "true"; }
  })();
  const segmentsOf = (doc) => (doc.translation && doc.translation.segments) || [];
  const flagLabel = (code) => String(code || "flag").replace(/[_-]+/g, " ").replace(/^./, (c) => c.toUpperCase());
  const editKey = (id, index) => id + "\u0000" + index;
  const fmt = (x) => (typeof x === "number" ? x.toFixed(1) : "–");
  const docTitle = (doc) => (doc.translation && doc.translation.title) || doc.title || doc.id;

  function storage() {
    try { return window.localStorage; } catch (err) { return null; }
  }

  function notice(text) {
    const box = $("#notice");
    box.textContent = text;
    box.hidden = !text;
  }

  /* ------------------------------------------------------------ edits (kept in localStorage) */

  function loadEdits() {
    const store = storage();
    if (!store) { notice("This browser does not allow saved edits here: download your corrections before closing the page."); return; }
    let saved = [];
    try { saved = JSON.parse(store.getItem(STORE) || "[]"); } catch (err) { saved = []; }
    const byId = new Map(DOCS.map((d) => [d.id, d]));
    for (const edit of saved) {
      const seg = segmentsOf(byId.get(edit.id) || {})[edit.segment];
      if (!seg || (edit.src !== undefined && edit.src !== seg.src)) state.stale.push(edit);
      else if (edit.tgt !== baseline(seg)) state.edits.set(editKey(edit.id, edit.segment), edit);
      // an edit equal to the reviewed text is already applied to the records: drop it
    }
    if (state.stale.length) notice(state.stale.length + " saved edit(s) no longer match this run and are not shown; they stay in this browser.");
  }

  function saveEdits() {
    const store = storage();
    if (!store) return;
    try { store.setItem(STORE, JSON.stringify([...state.edits.values(), ...state.stale])); }
    catch (err) { notice("Could not save edits in this browser (" + err.name + "): download your corrections now."); }
  }

  const baseline = (seg) => (seg.reviewed ? seg.reviewed.tgt : seg.tgt || "");
  const reviewerName = () => $("#reviewer").value.trim();

  function recordEdit(doc, index, text) {
    const seg = segmentsOf(doc)[index];
    const key = editKey(doc.id, index);
    const clean = text.replace(/\s+/g, " ").trim();
    if (clean === baseline(seg)) state.edits.delete(key);
    else if (state.edits.has(key) && state.edits.get(key).tgt === clean) return;
    else state.edits.set(key, { id: doc.id, segment: index, tgt: clean, by: reviewerName(), at: new Date().toISOString(), src: seg.src });
    saveEdits();
    updateCounts();
  }

  function downloadCorrections() {
    const order = new Map(DOCS.map((d, i) => [d.id, i]));
    const edits = [...state.edits.values()].sort((a, b) => order.get(a.id) - order.get(b.id) || a.segment - b.segment);
    const lines = edits.map((e) => JSON.stringify({ id: e.id, segment: e.segment, tgt: e.tgt, by: e.by || reviewerName(), at: e.at, src: e.src }));
    const blob = new Blob([lines.join("\n") + "\n"], { type: "text/plain;charset=utf-8" });
    const stamp = new Date().toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
    const link = el("a", { href: URL.createObjectURL(blob), download: ("corrections-" + DATA.run.name + "-" + stamp + ".jsonl").replace(/[^\w.-]+/g, "_") });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  }

  /* ------------------------------------------------------------ search (case- and accent-insensitive) */

  function fold(text) {
    let out = "";
    const map = [];
    let i = 0;
    for (const ch of text) {
      const f = ch.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
      for (let k = 0; k < f.length; k++) map.push(i);
      out += f;
      i += ch.length;
    }
    map.push(i);
    return { out, map };
  }

  const haystacks = new Map();
  function haystack(doc) {
    if (!haystacks.has(doc.id)) {
      const parts = [doc.id, doc.title, doc.text, doc.translation && doc.translation.title,
        ...segmentsOf(doc).map((s) => s.tgt), doc.summary && doc.summary.en];
      haystacks.set(doc.id, fold(parts.filter(Boolean).join("\n")).out);
    }
    let text = haystacks.get(doc.id);
    for (const e of state.edits.values()) if (e.id === doc.id) text += "\n" + fold(e.tgt).out;
    return text;
  }

  const queryFolded = () => fold(state.query.trim()).out;
  const docMatches = (doc) => !queryFolded() || haystack(doc).includes(queryFolded());

  function highlightMatches() {
    const q = queryFolded();
    const ranges = [];
    for (const row of $$(".seg, .summary, .doc-head")) {
      let hit = false;
      for (const node of $$(".src, .tgt, p, h1", row)) {
        const text = node.firstChild;
        if (!q || !text || text.nodeType !== Node.TEXT_NODE) continue;
        const { out, map } = fold(text.data);
        for (let at = out.indexOf(q); at >= 0; at = out.indexOf(q, at + q.length)) {
          hit = true;
          const range = new Range();
          range.setStart(text, map[at]);
          range.setEnd(text, map[at + q.length]);
          ranges.push(range);
        }
      }
      row.classList.toggle("match", hit && row.classList.contains("seg"));
    }
    if (window.CSS && CSS.highlights) {
      CSS.highlights.delete("search");
      if (ranges.length) CSS.highlights.set("search", new Highlight(...ranges));
    }
  }

  /* ------------------------------------------------------------ index */

  function docScores(doc) {
    const per = DATA.eval && DATA.eval.documents && DATA.eval.documents[doc.id];
    return per ? "BLEU " + fmt(per.bleu) + " · chrF " + fmt(per.chrf) : null;
  }

  const flaggedCount = (doc) => segmentsOf(doc).filter((s) => (s.flags || []).length).length;
  const summaryFlagged = (doc) => !!(doc.summary && (doc.summary.flags || []).length);
  const editCount = (doc) => [...state.edits.values()].filter((e) => e.id === doc.id).length;

  function indexBadges(doc) {
    const n = flaggedCount(doc);
    const edits = editCount(doc);
    return [
      doc.error ? el("span", { class: "badge err", text: "failed · " + doc.error.stage }) : null,
      n ? el("span", { class: "badge flag", text: n + " flagged" }) : null,
      summaryFlagged(doc) ? el("span", { class: "badge flag", text: "summary" }) : null,
      edits ? el("span", { class: "badge edit", text: edits + " edited" }) : null,
      !doc.error && !n && !summaryFlagged(doc) ? el("span", { class: "badge ok", text: "no flags" }) : null,
      docScores(doc) ? el("span", { text: docScores(doc) }) : null,
    ];
  }

  function buildIndex() {
    const list = $("#doc-list");
    list.replaceChildren(...DOCS.map((doc, i) => el("li", { "data-id": doc.id },
      el("a", { class: "doc-link", href: "#doc=" + encodeURIComponent(doc.id), "data-index": i, onclick: (ev) => { ev.preventDefault(); showDoc(i); $("#doc").focus({ preventScroll: true }); } },
        el("span", { class: "doc-title", text: docTitle(doc), title: doc.title }),
        el("span", { class: "doc-meta" }, indexBadges(doc))))));
  }

  function updateIndex() {
    let shown = 0;
    $$("#doc-list li").forEach((li, i) => {
      const doc = DOCS[i];
      const visible = docMatches(doc) && (!state.onlyFlagged || flaggedCount(doc) || summaryFlagged(doc) || doc.error);
      li.hidden = !visible;
      shown += visible ? 1 : 0;
      $(".doc-meta", li).replaceChildren(...indexBadges(doc).filter(Boolean));
      $(".doc-link", li).toggleAttribute("aria-current", i === state.doc);
      if (i === state.doc) $(".doc-link", li).setAttribute("aria-current", "page");
    });
    const flagged = DOCS.reduce((n, d) => n + flaggedCount(d), 0);
    const failed = DOCS.filter((d) => d.error).length;
    $("#index-status").textContent = (shown === DOCS.length ? DOCS.length + " documents" : shown + " of " + DOCS.length + " documents")
      + " · " + flagged + " flagged sentences" + (failed ? " · " + failed + " failed" : "");
  }

  function updateCounts() {
    const n = state.edits.size;
    $("#edit-count").textContent = n;
    $("#download").disabled = n === 0;
    updateIndex();
  }

  function buildScores() {
    const ev = DATA.eval;
    if (!ev || !ev.bleu) return;
    const box = $("#scores");
    box.hidden = false;
    box.append(
      el("div", { class: "score-row" }, el("span", {}, "BLEU ", el("strong", { text: fmt(ev.bleu.score) })),
        el("span", {}, "chrF ", el("strong", { text: fmt(ev.chrf && ev.chrf.score) }))),
      el("div", { class: "muted small", text: (ev.scored || 0) + " documents scored against references" + (ev.missing && ev.missing.length ? "; " + ev.missing.length + " without one" : "") }),
      el("details", {}, el("summary", { class: "small", text: "sacrebleu signatures" }),
        el("div", { class: "sig", text: ev.bleu.signature || "" }), el("div", { class: "sig", text: (ev.chrf && ev.chrf.signature) || "" })));
  }

  /* ------------------------------------------------------------ one document */

  function reasons(flags) {
    if (!flags || !flags.length) return null;
    return el("ul", { class: "reasons" }, flags.map((f) => (typeof f === "string" ? { code: f } : f))
      .map((f) => el("li", {}, el("b", { text: flagLabel(f.code) }), f.detail ? ": " + f.detail : "")));
  }

  function editNote(doc, index) {
    const seg = segmentsOf(doc)[index];
    const edit = state.edits.get(editKey(doc.id, index));
    if (edit) {
      return el("p", { class: "edit-note" }, "Your edit (not yet downloaded) · machine: ", el("span", { class: "machine", text: seg.tgt || "" }),
        el("button", { type: "button", text: "undo", onclick: () => { state.edits.delete(editKey(doc.id, index)); saveEdits(); updateCounts(); renderDoc(); } }));
    }
    if (seg.reviewed) {
      return el("p", { class: "edit-note" }, "Reviewed" + (seg.reviewed.by ? " by " + seg.reviewed.by : "") + " · machine: ", el("span", { class: "machine", text: seg.tgt || "" }));
    }
    return null;
  }

  function segmentRow(doc, seg, index) {
    const edit = state.edits.get(editKey(doc.id, index));
    const flagged = (seg.flags || []).length > 0;
    const tgt = el("p", { class: "tgt", lang: "en", contenteditable: EDITABLE, spellcheck: "true", role: "textbox",
      "aria-label": "English sentence " + index, "data-index": index, text: edit ? edit.tgt : baseline(seg) });
    tgt.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === "Escape") { ev.preventDefault(); tgt.blur(); } });
    let pending = null;
    tgt.addEventListener("input", () => { clearTimeout(pending); pending = setTimeout(() => recordEdit(doc, index, tgt.innerText), 400); });
    tgt.addEventListener("blur", () => {
      clearTimeout(pending);
      recordEdit(doc, index, tgt.innerText);
      if (tgt.isConnected) refreshRow(doc, index);
    });
    return el("div", { class: "seg cols" + (flagged ? " flagged" : "") + (edit || seg.reviewed ? " edited" : ""), "data-index": index, id: "seg-" + index },
      el("span", { class: "num", text: index }),
      el("p", { class: "src", lang: "fr", text: seg.src }),
      el("div", { class: "tgt-cell" }, tgt, reasons(seg.flags), editNote(doc, index)));
  }

  function refreshRow(doc, index) {
    const row = $("#seg-" + index);
    if (!row) return;
    const fresh = segmentRow(doc, segmentsOf(doc)[index], index);
    fresh.classList.toggle("current", row.classList.contains("current"));
    row.replaceWith(fresh);
    highlightMatches();
  }

  function sentences(doc) {
    const groups = new Map();
    segmentsOf(doc).forEach((seg, i) => {
      if (!groups.has(seg.para)) groups.set(seg.para, []);
      groups.get(seg.para).push(segmentRow(doc, seg, i));
    });
    const paras = [...groups.entries()].map(([para, rows]) => el("div", { class: "para" + (rows.some((r) => r.classList.contains("flagged")) ? " has-flags" : ""), "data-para": para },
      el("div", { class: "para-label", text: para === 0 ? "Title" : "Paragraph " + para }), rows));
    return el("section", { class: "sentences" },
      el("h2", { text: "French and English, sentence by sentence" }),
      el("div", { class: "cols col-head" }, el("span"), el("span", { text: "FRENCH" }), el("span", { text: "ENGLISH · click to correct" })),
      paras,
      flaggedCount(doc) ? null : el("p", { class: "empty only-when-filtered", text: "No flagged sentences in this document." }));
  }

  function summaryBlock(doc) {
    const s = doc.summary;
    if (!s || !(s.fr || s.en)) return null;
    const meta = [s.method, s.model].filter(Boolean).join(" · ");
    return el("section", {}, el("h2", { text: "Summary" + (meta ? " (" + meta + ")" : "") }),
      el("div", { class: "summary cols" + (summaryFlagged(doc) ? " flagged" : ""), id: "summary" },
        el("span"), el("p", { lang: "fr", text: s.fr || "–" }), el("div", { class: "tgt-cell" }, el("p", { lang: "en", text: s.en || "–" }), reasons(s.flags))));
  }

  function contactsBlock(doc) {
    const c = doc.contacts || {};
    const rows = [["Names", c.names], ["Emails", c.emails], ["Phones", c.phones], ["Links", c.links]].filter(([, v]) => v && v.length);
    if (!rows.length) return null;
    const link = (url) => (/^https?:\/\//i.test(url) ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: url }) : url);
    return el("section", {}, el("h2", { text: "Contacts" }),
      el("dl", { class: "contacts" }, rows.map(([label, values]) => [el("dt", { text: label }),
        el("dd", {}, values.map((v, i) => [i ? ", " : "", label === "Links" ? link(v) : v]))])));
  }

  function plainFrench(doc) {
    if (segmentsOf(doc).length || !doc.text) return null;
    return el("section", { class: "plain-text" }, el("h2", { text: "French text (not translated)" }),
      doc.text.split(/\n{2,}/).map((p) => el("p", { lang: "fr", text: p })));
  }

  function docHead(doc) {
    const chips = [...(doc.flags || []).map((f) => el("span", { class: "badge flag", text: flagLabel(f) })),
      doc.needs_review ? el("span", { class: "badge flag", text: "needs review" }) : null,
      docScores(doc) ? el("span", { class: "badge ok", text: docScores(doc) }) : null].filter(Boolean);
    return el("header", { class: "doc-head" },
      el("p", { class: "doc-id", text: doc.id + (doc.source ? " · " + doc.source : "") }),
      el("h1", { lang: "fr", text: doc.title || doc.id }),
      doc.translation && doc.translation.title ? el("p", { class: "title-en", lang: "en", text: doc.translation.title }) : null,
      chips.length ? el("div", { class: "chips" }, chips) : null,
      doc.error ? el("div", { class: "error", role: "alert" }, el("strong", { text: "Failed at " + doc.error.stage + " (" + doc.error.type + ")" }), el("div", { text: doc.error.message })) : null);
  }

  function renderDoc() {
    const doc = DOCS[state.doc];
    const cleaning = doc.cleaning || [];
    $("#doc").replaceChildren(el("article", { class: "doc", "data-id": doc.id },
      docHead(doc), summaryBlock(doc), segmentsOf(doc).length ? sentences(doc) : plainFrench(doc), contactsBlock(doc),
      el("details", { class: "original-box" }, el("summary", { text: "Original text, as read" }), el("pre", { class: "original", text: doc.original || "" })),
      cleaning.length ? el("details", {}, el("summary", { text: "Removed or changed by cleaning (" + cleaning.length + ")" }),
        el("ul", { class: "small" }, cleaning.map((c) => el("li", {}, el("b", { text: c.rule }), ": " + c.text)))) : null));
    highlightMatches();
  }

  function showDoc(i, scroll = true) {
    if (i < 0 || i >= DOCS.length) return;
    state.doc = i;
    state.cursor = -1;
    renderDoc();
    updateIndex();
    history.replaceState(null, "", "#doc=" + encodeURIComponent(DOCS[i].id));
    if (scroll) window.scrollTo(0, 0);
    const link = $('#doc-list li:nth-child(' + (i + 1) + ') .doc-link');
    if (link) link.scrollIntoView({ block: "nearest" });
  }

  /* ------------------------------------------------------------ keyboard navigation */

  function targets(doc) {
    const list = summaryFlagged(doc) ? ["summary"] : [];
    segmentsOf(doc).forEach((s, i) => { if ((s.flags || []).length) list.push(i); });
    return list;
  }

  function visibleDoc(i) { return docMatches(DOCS[i]); }

  function focusTarget(docIndex, t) {
    if (docIndex !== state.doc) showDoc(docIndex, false);
    state.cursor = t;
    const target = targets(DOCS[docIndex])[t];
    $$(".current").forEach((n) => n.classList.remove("current"));
    const node = target === "summary" ? $("#summary") : $("#seg-" + target);
    if (node) { node.classList.add("current"); node.scrollIntoView({ block: "center" }); }
  }

  function stepFlag(dir) {
    const here = targets(DOCS[state.doc]);
    const next = state.cursor + dir;
    if (dir > 0 ? next < here.length : next >= 0 && state.cursor >= 0) return focusTarget(state.doc, next);
    for (let i = state.doc + dir; i >= 0 && i < DOCS.length; i += dir) {
      const n = targets(DOCS[i]).length;
      if (n && visibleDoc(i)) return focusTarget(i, dir > 0 ? 0 : n - 1);
    }
    notice(dir > 0 ? "No more flagged sentences after this one." : "No flagged sentences before this one.");
    setTimeout(() => notice(""), 2500);
  }

  function stepDoc(dir) {
    for (let i = state.doc + dir; i >= 0 && i < DOCS.length; i += dir) {
      if (!$("#doc-list li:nth-child(" + (i + 1) + ")").hidden) return showDoc(i);
    }
  }

  function editCurrent() {
    const current = $(".seg.current .tgt") || $$(".seg .tgt").find((n) => n.offsetParent !== null);
    if (!current) return;
    current.focus();
    const range = document.createRange();
    range.selectNodeContents(current);
    range.collapse(false);
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }

  function onKey(ev) {
    const t = ev.target;
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const typing = t.isContentEditable || /^(TEXTAREA|SELECT)$/.test(t.tagName)
      || (t.tagName === "INPUT" && !/^(checkbox|radio|button|submit|reset)$/.test(t.type));
    if (typing) {
      if (ev.key === "Escape" && t !== document.body) t.blur();
      if (t.id === "search" && ev.key === "Enter") { ev.preventDefault(); nextMatch(); }
      return;
    }
    const actions = {
      j: () => stepFlag(1), k: () => stepFlag(-1),
      ArrowRight: () => stepDoc(1), ArrowLeft: () => stepDoc(-1), n: () => stepDoc(1), p: () => stepDoc(-1),
      e: editCurrent, "/": () => $("#search").focus(),
      f: () => { $("#only-flagged").checked = !$("#only-flagged").checked; setOnlyFlagged(); },
    };
    if (actions[ev.key]) { ev.preventDefault(); actions[ev.key](); }
  }

  function nextMatch() {
    const rows = $$(".seg.match");
    const at = rows.findIndex((r) => r.classList.contains("current"));
    if (rows.length && at + 1 < rows.length) {
      $$(".current").forEach((n) => n.classList.remove("current"));
      rows[at + 1].classList.add("current");
      rows[at + 1].scrollIntoView({ block: "center" });
      return;
    }
    for (let i = state.doc + 1; i < DOCS.length; i++) if (docMatches(DOCS[i])) { showDoc(i); return nextMatch(); }
  }

  function setOnlyFlagged() {
    state.onlyFlagged = $("#only-flagged").checked;
    document.body.classList.toggle("only-flagged", state.onlyFlagged);
    updateIndex();
  }

  /* ------------------------------------------------------------ start */

  function start() {
    const run = DATA.run;
    $("#run-name").textContent = run.name;
    $("#models").textContent = Object.entries(run.models || {}).map(([k, v]) => k + ": " + (typeof v === "string" ? v : JSON.stringify(v))).join("\n").replace(/\|/g, " | ");
    const store = storage();
    $("#reviewer").value = (store && store.getItem(NAME_KEY)) || "";
    $("#reviewer").addEventListener("change", () => { if (store) store.setItem(NAME_KEY, reviewerName()); });
    let typing = null;
    $("#search").addEventListener("input", (ev) => {
      clearTimeout(typing);
      typing = setTimeout(() => { state.query = ev.target.value; updateIndex(); highlightMatches(); }, 120);
    });
    $("#only-flagged").addEventListener("change", setOnlyFlagged);
    $("#download").addEventListener("click", downloadCorrections);
    document.addEventListener("keydown", onKey);
    new ResizeObserver(() => document.documentElement.style.setProperty("--bar-h", $(".bar").offsetHeight + "px")).observe($(".bar"));
    loadEdits();
    buildScores();
    buildIndex();
    const wanted = decodeURIComponent((location.hash.match(/doc=([^&]+)/) || [])[1] || "");
    const first = DOCS.findIndex((d) => d.id === wanted);
    if (DOCS.length) showDoc(first >= 0 ? first : 0);
    else $("#doc").replaceChildren(el("p", { class: "empty", text: "This run has no documents." }));
    updateCounts();
  }

  start();
})();
