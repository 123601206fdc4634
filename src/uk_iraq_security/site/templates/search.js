(function () {
  // the ranking of uis.search: the phrase as whole words, then as part of a word; a match in an id counts as a part;
  // the phrase in the title adds; a record with every word but not the phrase comes last
  var WORD = 3, PART = 1, TITLE = 2, ALL_WORDS = 0.5, MAX = 200;
  var form = document.getElementById("search"), input = document.getElementById("search-text");
  var count = document.getElementById("search-count"), list = document.getElementById("search-results");
  var data = document.getElementById("search-index");
  if (!form || !input || !data) { return; }
  var index = JSON.parse(data.textContent);
  form.hidden = false;
  var QUOTES = { "\u2018": "'", "\u2019": "'", "\u201c": "\"", "\u201d": "\"", "\u2013": "-", "\u2014": "-", "\u00a0": " " };
  function fold(text) {
    var t = text.replace(/[\u2018\u2019\u201c\u201d\u2013\u2014\u00a0]/g, function (c) { return QUOTES[c]; });
    return t.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().split(/\s+/).filter(Boolean).join(" ");
  }
  function escaped(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }
  function search(text) {
    var needle = fold(text).slice(0, MAX);
    if (!needle) { return []; }
    var phrase = new RegExp("(?<![\\p{L}\\p{N}_])" + escaped(needle) + "(?![\\p{L}\\p{N}_])", "u");
    var words = needle.match(/[\p{L}\p{N}_]+/gu) || [];
    var hits = [];
    index.forEach(function (rec, order) {
      var best = 0, field = null, all = "";
      rec.fields.forEach(function (f) {
        var score = phrase.test(f[2]) ? WORD : f[2].indexOf(needle) !== -1 ? PART : 0;
        if (f[3]) { score = Math.min(score, PART); }
        if (score > best) { best = score; field = f; }
        all += " | " + f[2];
      });
      if (!best && words.length > 1 && words.every(function (w) { return all.indexOf(w) !== -1; })) {
        best = ALL_WORDS;
        field = rec.fields.find(function (f) { return words.some(function (w) { return f[2].indexOf(w) !== -1; }); });
      }
      if (best) {
        if (phrase.test(rec.folded_title)) { best += TITLE; }
        hits.push({ rec: rec, score: best, field: field, order: order });
      }
    });
    hits.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return hits;
  }
  function show(text) {
    var hits = search(text);
    list.textContent = "";
    hits.forEach(function (h) {
      var li = document.createElement("li"), a = document.createElement("a"), meta = document.createElement("p");
      a.href = h.rec.href;
      a.textContent = h.rec.title;
      li.appendChild(a);
      meta.className = "muted";
      var shown = h.field ? h.field[1] : "";
      meta.textContent = h.rec.table + (h.field ? " · " + h.field[0] + ": " + (shown.length > 240 ? shown.slice(0, 240) + "…" : shown) : "");
      li.appendChild(meta);
      list.appendChild(li);
    });
    count.textContent = text.trim() ? hits.length + " record" + (hits.length === 1 ? "" : "s") + " found for \u201c" + text.trim() + "\u201d" : "";
  }
  var q = new URLSearchParams(window.location.search).get("q") || "";
  input.value = q;
  if (q) { show(q); }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    show(input.value);
    if (window.history && window.history.replaceState) {
      try { window.history.replaceState(null, "", "?q=" + encodeURIComponent(input.value)); } catch (e) { /* file:// may refuse */ }
    }
  });
}());
