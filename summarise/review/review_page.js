(() => {
  "use strict";

  const DATA = JSON.parse(document.getElementById("run-data").textContent);
  const DOCS = DATA.docs;
  // Pages opened from file:// share one storage origin, so decisions are keyed by the page's path.
  const STORE = "summarise-review:edits:" + location.pathname;
  const NAME_KEY = "summarise-review:name";
  const $ = (sel, root = document) => root.querySelector(sel);
  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));

  // decisions: a reviewer's accepts and corrections not yet in the records, per document id
  // (a Map of segment index -> {id, segment, src, tgt, status, by, at}); stale: saved ones that
  // no longer fit this run (kept in the browser, never shown).
  const state = { doc: 0, cursor: -1, onlyFlagged: false, onlyLeft: false, query: "", decisions: new Map(), stale: [], shown: DOCS.length };

  /* ------------------------------------------------------------ small helpers */

  // The source text's language and direction (Arabic is right-to-left), as attributes.
  const srcAttrs = (doc) => ({ lang: (doc.source_language || {}).code || "fr", dir: (doc.source_language || {}).dir || "ltr" });
  const srcName = (doc) => (doc.source_language || {}).name || "French";

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
  const fmt = (x) => (typeof x === "number" ? x.toFixed(1) : "–");
  const plural = (n, word) => n + " " + word + (n === 1 ? "" : "s");
  const docTitle = (doc) => (doc.translation && (doc.translation.reviewed_title || doc.translation.title)) || "";
  // A flag is critical unless it says it is a note (older records carry no severity).
  const isCritical = (f) => typeof f === "string" || f.severity !== "note";
  const hasCritical = (seg) => (seg.flags || []).some(isCritical);

  function storage() {
    try { return window.localStorage; } catch (err) { return null; }
  }

  function notice(text) {
    const box = $("#notice");
    box.textContent = text;
    box.hidden = !text;
  }

  /* ------------------------------------------------------------ statuses and decisions (kept in localStorage) */

  const STATUS_LABEL = { todo: "to review", machine: "machine", accepted: "accepted", corrected: "corrected" };
  const pendingOf = (doc, index) => { const m = state.decisions.get(doc.id); return m ? m.get(index) : undefined; };
  const allPending = () => { const all = []; for (const m of state.decisions.values()) all.push(...m.values()); return all; };
  // A reviewed segment from an older apply has no status: the machine's own text is an accept.
  const reviewedStatus = (seg) => seg.reviewed.status || (seg.reviewed.tgt === seg.tgt ? "accepted" : "corrected");
  const baseline = (seg) => (seg.reviewed ? seg.reviewed.tgt : seg.tgt || "");
  const reviewerName = () => $("#reviewer").value.trim();

  // to review (a critical flag, no decision), machine (no critical flag), accepted or corrected
  function statusOf(doc, index) {
    const seg = segmentsOf(doc)[index];
    const pending = pendingOf(doc, index);
    if (pending) return pending.status;
    if (seg.reviewed) return reviewedStatus(seg);
    return hasCritical(seg) ? "todo" : "machine";
  }
  const isChecked = (status) => status === "accepted" || status === "corrected";

  // Per-document progress over its sentences with a critical flag; cached until the document changes.
  const progressCache = new Map();
  function progress(doc) {
    let p = progressCache.get(doc.id);
    if (!p) {
      p = { total: 0, done: 0, pending: 0 };
      segmentsOf(doc).forEach((seg, i) => {
        if (pendingOf(doc, i)) p.pending++;
        if (hasCritical(seg)) { p.total++; if (isChecked(statusOf(doc, i))) p.done++; }
      });
      progressCache.set(doc.id, p);
    }
    return p;
  }
  const leftIn = (doc) => progress(doc).total - progress(doc).done;

  function setPending(doc, index, decision) {
    if (!state.decisions.has(doc.id)) state.decisions.set(doc.id, new Map());
    const m = state.decisions.get(doc.id);
    if (decision) m.set(index, decision); else m.delete(index);
    if (!m.size) state.decisions.delete(doc.id);
    progressCache.delete(doc.id);
    saveDecisions();
    changed(doc, index);
  }

  function loadDecisions() {
    const store = storage();
    if (!store) { notice("This browser does not allow saved work here: download your corrections before closing the page."); return; }
    let saved = [];
    try { saved = JSON.parse(store.getItem(STORE) || "[]"); } catch (err) { saved = []; }
    const byId = new Map(DOCS.map((d) => [d.id, d]));
    for (const item of saved) {
      const doc = byId.get(item.id);
      const seg = segmentsOf(doc || {})[item.segment];
      if (!seg || (item.src !== undefined && item.src !== seg.src)) { state.stale.push(item); continue; }
      const status = item.status || (item.tgt === seg.tgt ? "accepted" : "corrected");
      // already in the records (applied since it was saved): nothing left to download
      if (seg.reviewed && seg.reviewed.tgt === item.tgt && reviewedStatus(seg) === status) continue;
      if (!state.decisions.has(doc.id)) state.decisions.set(doc.id, new Map());
      state.decisions.get(doc.id).set(item.segment, { ...item, status });
    }
    if (state.stale.length) notice(state.stale.length + " saved decision(s) no longer match this run and are not shown; they stay in this browser.");
  }

  function saveDecisions() {
    const store = storage();
    if (!store) return;
    try { store.setItem(STORE, JSON.stringify([...allPending(), ...state.stale])); }
    catch (err) { notice("Could not save your work in this browser (" + err.name + "): download your corrections now."); }
  }

  const decision = (doc, index, tgt, status) => ({ id: doc.id, segment: index, src: segmentsOf(doc)[index].src, tgt, status,
    by: reviewerName(), at: new Date().toISOString() });

  function recordEdit(doc, index, text) {
    const seg = segmentsOf(doc)[index];
    const pending = pendingOf(doc, index);
    const clean = text.replace(/\s+/g, " ").trim();
    if (clean === baseline(seg)) {
      if (pending && pending.status === "corrected") setPending(doc, index, null);  // typed back: no correction
      return;
    }
    if (pending && pending.tgt === clean) return;
    setPending(doc, index, decision(doc, index, clean, clean === seg.tgt ? "accepted" : "corrected"));
  }

  // Accept the machine English as it is; a sentence already accepted or corrected stays as it is.
  function accept(doc, index) {
    if (isChecked(statusOf(doc, index))) return;
    setPending(doc, index, decision(doc, index, segmentsOf(doc)[index].tgt || "", "accepted"));
  }

  function downloadCorrections() {
    const order = new Map(DOCS.map((d, i) => [d.id, i]));
    const all = allPending().sort((a, b) => order.get(a.id) - order.get(b.id) || a.segment - b.segment);
    const lines = all.map((e) => JSON.stringify({ id: e.id, segment: e.segment, src: e.src, tgt: e.tgt, status: e.status, by: e.by || reviewerName(), at: e.at }));
    const blob = new Blob([lines.join("\n") + "\n"], { type: "text/plain;charset=utf-8" });
    const stamp = new Date().toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
    const link = el("a", { href: URL.createObjectURL(blob), download: ("corrections-" + DATA.run.name + "-" + stamp + ".jsonl").replace(/[^\w.-]+/g, "_") });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  }

  /* ------------------------------------------------------------ search (case- and accent-insensitive) */

  const foldPlain = (text) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

  // The folded text with, for each of its characters, where it came from (to highlight in the original).
  function fold(text) {
    let out = "";
    const map = [];
    let i = 0;
    for (const ch of text) {
      const f = foldPlain(ch);
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
      haystacks.set(doc.id, foldPlain(parts.filter(Boolean).join("\n")));
    }
    let text = haystacks.get(doc.id);
    for (const e of (state.decisions.get(doc.id) || new Map()).values()) text += "\n" + foldPlain(e.tgt);
    return text;
  }

  let folded = "";
  const docMatches = (doc) => !folded || haystack(doc).includes(folded);

  function highlightMatches() {
    const q = folded;
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

  const flaggedCount = (doc) => segmentsOf(doc).filter(hasCritical).length;
  const summaryFlagged = (doc) => !!(doc.summary && (doc.summary.flags || []).length);

  function severityCounts(doc) {
    const counts = { critical: 0, note: 0 };
    for (const seg of segmentsOf(doc)) for (const f of seg.flags || []) counts[isCritical(f) ? "critical" : "note"]++;
    return counts;
  }

  function indexBadges(doc) {
    const sev = severityCounts(doc);
    const p = progress(doc);
    return [
      doc.error ? el("span", { class: "badge err", text: "failed · " + doc.error.stage }) : null,
      sev.critical ? el("span", { class: "badge flag", text: sev.critical + " critical" }) : null,
      sev.note ? el("span", { class: "badge note", text: plural(sev.note, "note") }) : null,
      summaryFlagged(doc) ? el("span", { class: "badge flag", text: "summary" }) : null,
      p.pending ? el("span", { class: "badge edit", text: p.pending + " not downloaded" }) : null,
      !doc.error && !sev.critical && !sev.note && !summaryFlagged(doc) ? el("span", { class: "badge ok", text: "no flags" }) : null,
      docScores(doc) ? el("span", { text: docScores(doc) }) : null,
    ];
  }

  function meter(done, total) {
    return el("span", { class: "meter" + (done === total ? " full" : ""), role: "progressbar", "aria-valuemin": 0, "aria-valuemax": total, "aria-valuenow": done },
      el("span", { class: "fill", style: "width:" + (total ? (100 * done / total).toFixed(1) : 100) + "%" }));
  }

  function progressLine(doc, id) {
    const p = progress(doc);
    if (doc.error || !p.total) return el("span", { class: "progress", id, text: doc.error ? "nothing to check (failed)" : "nothing to check" });
    return el("span", { class: "progress", id }, meter(p.done, p.total), el("span", { class: "progress-text", text: p.done + " of " + p.total + " checked" }));
  }

  function indexEntry(doc, i) {
    const li = el("li", { "data-id": doc.id },
      el("a", { class: "doc-link", href: "#doc=" + encodeURIComponent(doc.id), "data-index": i, onclick: (ev) => { ev.preventDefault(); showDoc(i); $("#doc").focus({ preventScroll: true }); } },
        el("span", { class: "doc-id-line", text: doc.id }),
        el("span", { class: "doc-title-fr", ...srcAttrs(doc), text: doc.title || "(no " + srcName(doc) + " title)" }),
        docTitle(doc) ? el("span", { class: "doc-title", lang: "en", text: docTitle(doc) }) : null,
        el("span", { class: "doc-meta" }, indexBadges(doc)),
        progressLine(doc)));
    li.hidden = !shownInIndex(doc);
    if (i === state.doc) $(".doc-link", li).setAttribute("aria-current", "page");
    return li;
  }

  const docIndex = new Map(DOCS.map((d, i) => [d.id, i]));
  const entryOf = (i) => $("#doc-list").children[i];

  function shownInIndex(doc) {
    return docMatches(doc) && (!state.onlyFlagged || flaggedCount(doc) || summaryFlagged(doc) || doc.error)
      && (!state.onlyLeft || leftIn(doc) > 0);
  }

  function buildIndex() {
    $("#doc-list").replaceChildren(...DOCS.map(indexEntry));
    state.shown = DOCS.filter(shownInIndex).length;
  }

  // Filters and search: show or hide each entry; an entry is rebuilt only when its document changes.
  function updateIndex() {
    let shown = 0;
    DOCS.forEach((doc, i) => {
      const li = entryOf(i);
      li.hidden = !shownInIndex(doc);
      shown += li.hidden ? 0 : 1;
      const link = $(".doc-link", li);
      if (i === state.doc) link.setAttribute("aria-current", "page"); else link.removeAttribute("aria-current");
    });
    state.shown = shown;
    updateTotals();
  }

  function updateTotals() {
    let total = 0, done = 0, docsLeft = 0, failed = 0;
    for (const doc of DOCS) {
      const p = progress(doc);
      total += p.total;
      done += p.done;
      if (p.total > p.done) docsLeft++;
      if (doc.error) failed++;
    }
    const shown = state.shown === DOCS.length ? DOCS.length + " documents" : state.shown + " of " + DOCS.length + " documents";
    $("#index-status").replaceChildren(el("span", { text: shown + (failed ? " · " + failed + " failed" : "") }),
      el("span", { class: "progress total" }, meter(done, total),
        el("span", { id: "total-text", text: done + " of " + total + " flagged sentences checked · " + plural(docsLeft, "document") + " left" })));
    const n = allPending().length;
    $("#edit-count").textContent = n;
    $("#download").disabled = n === 0;
  }

  // One document's decisions changed: its index entry, the totals, its progress line and the sentence.
  function changed(doc, index) {
    const i = docIndex.get(doc.id);
    const fresh = indexEntry(doc, i);
    const was = entryOf(i);
    state.shown += (fresh.hidden ? 0 : 1) - (was.hidden ? 0 : 1);
    was.replaceWith(fresh);
    updateTotals();
    if (i !== state.doc) return;
    const head = $("#doc-progress");
    if (head) head.replaceWith(docProgress(doc));
    if (index !== undefined && !$("#seg-" + index + " .tgt:focus")) refreshRow(doc, index);
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
      .map((f) => el("li", { class: isCritical(f) ? "critical" : "note" }, el("b", { text: flagLabel(f.code) }),
        f.detail ? ": " + f.detail : "", isCritical(f) ? "" : " (note)")));
  }

  // Flags in full on a sentence to review; folded away (one click to see) once it is checked.
  function flagsBox(seg, status) {
    const flags = seg.flags || [];
    if (!flags.length) return null;
    if (status === "todo") return reasons(flags);
    return el("details", { class: "machine-flags" }, el("summary", { text: "⚑ " + plural(flags.length, "machine flag") }), reasons(flags));
  }

  function decisionNote(doc, index, status) {
    const seg = segmentsOf(doc)[index];
    const pending = pendingOf(doc, index);
    const undo = () => el("button", { type: "button", class: "undo", text: "undo", onclick: () => setPending(doc, index, null) });
    const machine = status === "corrected" ? [" · machine: ", el("span", { class: "machine", text: seg.tgt || "" })] : [];
    if (pending) return el("p", { class: "edit-note" }, (status === "corrected" ? "Your correction" : "Accepted") + " (not yet downloaded)", machine, undo());
    if (seg.reviewed) {
      const who = seg.reviewed.by ? " by " + seg.reviewed.by : "";
      return el("p", { class: "edit-note" }, (status === "corrected" ? "Corrected" : "Accepted") + who + (seg.reviewed.at ? " · " + seg.reviewed.at.slice(0, 10) : ""), machine);
    }
    return null;
  }

  function segmentRow(doc, seg, index) {
    const status = statusOf(doc, index);
    const pending = pendingOf(doc, index);
    const tgt = el("p", { class: "tgt", lang: "en", contenteditable: EDITABLE, spellcheck: "true", role: "textbox",
      "aria-label": "English sentence " + index, "data-index": index, text: pending ? pending.tgt : baseline(seg) });
    tgt.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === "Escape") { ev.preventDefault(); tgt.blur(); } });
    let typing = null;
    tgt.addEventListener("input", () => { clearTimeout(typing); typing = setTimeout(() => recordEdit(doc, index, tgt.innerText), 400); });
    tgt.addEventListener("blur", () => {
      clearTimeout(typing);
      recordEdit(doc, index, tgt.innerText);
      if (tgt.isConnected) refreshRow(doc, index);
    });
    const canAccept = !isChecked(status);
    return el("div", { class: "seg cols st-" + status + (hasCritical(seg) ? " flagged" : "") + (status === "todo" ? " todo" : "") + (isChecked(status) ? " edited" : ""),
      "data-index": index, "data-status": status, id: "seg-" + index },
      el("span", { class: "num", text: index }),
      el("p", { class: "src", ...srcAttrs(doc), text: seg.src }),
      el("div", { class: "tgt-cell" },
        el("div", { class: "seg-tools" }, el("span", { class: "status", text: STATUS_LABEL[status] }),
          canAccept ? el("button", { type: "button", class: "accept", title: "Accept the machine English as it is (a)", text: "✓ accept", onclick: () => accept(doc, index) }) : null),
        tgt, flagsBox(seg, status), decisionNote(doc, index, status)));
  }

  function refreshRow(doc, index) {
    const row = $("#seg-" + index);
    if (!row) return;
    const fresh = segmentRow(doc, segmentsOf(doc)[index], index);
    fresh.classList.toggle("current", row.classList.contains("current"));
    row.replaceWith(fresh);
    const para = fresh.closest(".para");
    if (para) para.classList.toggle("has-todo", !!$(".seg.todo", para));
    highlightMatches();
  }

  function sentences(doc) {
    const groups = new Map();
    segmentsOf(doc).forEach((seg, i) => {
      if (!groups.has(seg.para)) groups.set(seg.para, []);
      groups.get(seg.para).push(segmentRow(doc, seg, i));
    });
    const paras = [...groups.entries()].map(([para, rows]) => el("div", {
      class: "para" + (rows.some((r) => r.classList.contains("flagged")) ? " has-flags" : "") + (rows.some((r) => r.classList.contains("todo")) ? " has-todo" : ""),
      "data-para": para }, el("div", { class: "para-label", text: para === 0 ? "Title" : "Paragraph " + para }), rows));
    return el("section", { class: "sentences" },
      el("h2", { text: srcName(doc) + " and English, sentence by sentence" }),
      el("div", { class: "cols col-head" }, el("span"), el("span", { text: srcName(doc).toUpperCase() }), el("span", { text: "ENGLISH · click to correct" })),
      paras,
      flaggedCount(doc) ? null : el("p", { class: "empty only-when-filtered", text: "No flagged sentences in this document." }));
  }

  function summaryBlock(doc) {
    const s = doc.summary;
    const src = s && (s.src !== undefined ? s.src : s.fr);
    if (!s || !(src || s.en)) return null;
    const meta = [s.method, s.model && String(s.model).split("/").pop()].filter(Boolean).join(" · ");
    return el("section", {}, el("h2", { text: "Summary" + (meta ? " (" + meta + ")" : "") }),
      el("div", { class: "summary cols" + (summaryFlagged(doc) ? " flagged" : ""), id: "summary" },
        el("span"), el("p", { ...srcAttrs(doc), text: src || "–" }), el("div", { class: "tgt-cell" }, el("p", { lang: "en", text: s.en || "–" }), reasons(s.flags))));
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
    return el("section", { class: "plain-text" }, el("h2", { text: srcName(doc) + " text (not translated)" }),
      doc.text.split(/\n{2,}/).map((p) => el("p", { ...srcAttrs(doc), text: p })));
  }

  function docProgress(doc) {
    const line = progressLine(doc, "doc-progress");
    const left = leftIn(doc);
    if (left) {
      line.append(el("button", { type: "button", class: "accept-rest", text: "accept the " + plural(left, "sentence") + " left",
        title: "Accept the machine English of every sentence still to review in this document",
        onclick: () => segmentsOf(doc).forEach((_, i) => { if (statusOf(doc, i) === "todo") accept(doc, i); }) }));
    }
    return line;
  }

  function docHead(doc) {
    const chips = [el("span", { class: "badge lang", title: "source language", text: srcName(doc) }),
      ...(doc.flags || []).map((f) => el("span", { class: "badge flag", text: flagLabel(f) })),
      doc.needs_review ? el("span", { class: "badge flag", text: "needs review" }) : null,
      docScores(doc) ? el("span", { class: "badge ok", text: docScores(doc) }) : null].filter(Boolean);
    return el("header", { class: "doc-head" },
      el("p", { class: "doc-id", text: doc.id + (doc.source ? " · " + doc.source : "") }),
      el("h1", { ...srcAttrs(doc), text: doc.title || doc.id }),
      docTitle(doc) ? el("p", { class: "title-en", lang: "en", text: docTitle(doc) }) : null,
      chips.length ? el("div", { class: "chips" }, chips) : null,
      segmentsOf(doc).length ? docProgress(doc) : null,
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
    const before = state.doc;
    state.doc = i;
    state.cursor = -1;
    renderDoc();
    for (const j of new Set([before, i])) {
      const link = $(".doc-link", entryOf(j));
      if (j === i) link.setAttribute("aria-current", "page"); else link.removeAttribute("aria-current");
    }
    history.replaceState(null, "", "#doc=" + encodeURIComponent(DOCS[i].id));
    if (scroll) window.scrollTo(0, 0);
    $(".doc-link", entryOf(i)).scrollIntoView({ block: "nearest" });
  }

  /* ------------------------------------------------------------ keyboard navigation */

  function targets(doc) {
    const list = summaryFlagged(doc) ? ["summary"] : [];
    segmentsOf(doc).forEach((s, i) => { if (hasCritical(s)) list.push(i); });
    return list;
  }

  const visibleDoc = (i) => !entryOf(i).hidden;

  function markCurrent(node) {
    $$(".current").forEach((n) => n.classList.remove("current"));
    if (node) { node.classList.add("current"); node.scrollIntoView({ block: "center" }); }
  }

  function focusTarget(docIndex, t) {
    if (docIndex !== state.doc) showDoc(docIndex, false);
    state.cursor = t;
    const target = targets(DOCS[docIndex])[t];
    markCurrent(target === "summary" ? $("#summary") : $("#seg-" + target));
  }

  function stepFlag(dir) {
    const here = targets(DOCS[state.doc]);
    const next = state.cursor + dir;
    if (dir > 0 ? next < here.length : next >= 0 && state.cursor >= 0) return focusTarget(state.doc, next);
    for (let i = state.doc + dir; i >= 0 && i < DOCS.length; i += dir) {
      const n = targets(DOCS[i]).length;
      if (n && visibleDoc(i)) return focusTarget(i, dir > 0 ? 0 : n - 1);
    }
    flash(dir > 0 ? "No more flagged sentences after this one." : "No flagged sentences before this one.");
  }

  function flash(text) {
    notice(text);
    setTimeout(() => notice(""), 2500);
  }

  // The next sentence still to review after the current one, in this document or a later one shown in the index.
  function nextToReview() {
    const current = $(".seg.current");
    let from = current ? Number(current.dataset.index) : -1;
    for (let d = state.doc; d < DOCS.length; d++, from = -1) {
      if (d !== state.doc && !visibleDoc(d)) continue;
      const doc = DOCS[d];
      const n = segmentsOf(doc).length;
      for (let i = from + 1; i < n; i++) {
        if (statusOf(doc, i) !== "todo") continue;
        if (d !== state.doc) showDoc(d, false);
        state.cursor = targets(doc).indexOf(i);
        return markCurrent($("#seg-" + i));
      }
    }
    flash("Nothing left to review after this sentence.");
  }

  // a: accept the current sentence as the machine wrote it, then go to the next one to review.
  function acceptAndNext() {
    const current = $(".seg.current");
    if (current) accept(DOCS[state.doc], Number(current.dataset.index));
    nextToReview();
  }

  function stepDoc(dir) {
    for (let i = state.doc + dir; i >= 0 && i < DOCS.length; i += dir) {
      if (visibleDoc(i)) return showDoc(i);
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
      j: () => stepFlag(1), k: () => stepFlag(-1), a: acceptAndNext,
      ArrowRight: () => stepDoc(1), ArrowLeft: () => stepDoc(-1), n: () => stepDoc(1), p: () => stepDoc(-1),
      e: editCurrent, "/": () => $("#search").focus(),
      f: () => { $("#only-flagged").checked = !$("#only-flagged").checked; setFilters(); },
      l: () => { $("#only-left").checked = !$("#only-left").checked; setFilters(); },
    };
    if (actions[ev.key]) { ev.preventDefault(); actions[ev.key](); }
  }

  function nextMatch() {
    const rows = $$(".seg.match");
    const at = rows.findIndex((r) => r.classList.contains("current"));
    if (rows.length && at + 1 < rows.length) return markCurrent(rows[at + 1]);
    for (let i = state.doc + 1; i < DOCS.length; i++) if (docMatches(DOCS[i])) { showDoc(i); return nextMatch(); }
  }

  function setFilters() {
    state.onlyFlagged = $("#only-flagged").checked;
    state.onlyLeft = $("#only-left").checked;
    document.body.classList.toggle("only-flagged", state.onlyFlagged);
    document.body.classList.toggle("only-left", state.onlyLeft);
    updateIndex();
  }

  /* ------------------------------------------------------------ start */

  function start() {
    const run = DATA.run;
    $("#run-name").textContent = run.name;
    $("#models").replaceChildren(...(run.model_lines || []).map((line) => el("div", { text: line })));
    const store = storage();
    $("#reviewer").value = (store && store.getItem(NAME_KEY)) || "";
    $("#reviewer").addEventListener("change", () => { if (store) store.setItem(NAME_KEY, reviewerName()); });
    let typing = null;
    $("#search").addEventListener("input", (ev) => {
      clearTimeout(typing);
      typing = setTimeout(() => { state.query = ev.target.value; folded = foldPlain(state.query.trim()); updateIndex(); highlightMatches(); }, 120);
    });
    $("#only-flagged").addEventListener("change", setFilters);
    $("#only-left").addEventListener("change", setFilters);
    $("#download").addEventListener("click", downloadCorrections);
    document.addEventListener("keydown", onKey);
    new ResizeObserver(() => document.documentElement.style.setProperty("--bar-h", $(".bar").offsetHeight + "px")).observe($(".bar"));
    loadDecisions();
    buildScores();
    const wanted = decodeURIComponent((location.hash.match(/doc=([^&]+)/) || [])[1] || "");
    state.doc = Math.max(0, DOCS.findIndex((d) => d.id === wanted));
    buildIndex();
    updateTotals();
    if (DOCS.length) showDoc(state.doc);
    else $("#doc").replaceChildren(el("p", { class: "empty", text: "This run has no documents." }));
  }

  start();
})();
