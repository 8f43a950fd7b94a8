// Stall Patterns: small progressive enhancements. The site works without this file.
//  - All patterns: filter by category and words; the state lives in the URL.
//  - Site search: loads search.json on first use, lists matches under the field.
//  - Pattern page: a "Share" button (the phone's share sheet), else "Copy link".
//  - Offers: a booking email from the stall finder, or from a pattern reached through
//    it, carries the reader's own finder result.
(function () {
  "use strict";

  // Lower-case, without accents, with typographic apostrophes made plain.
  function fold(text) {
    return String(text || "").toLowerCase().normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "").replace(/[\u2018\u2019]/g, "'");
  }

  function words(query) {
    return fold(query).split(/\s+/).filter(Boolean);
  }

  function plural(n, one, many) {
    return n + " " + (n === 1 ? one : many);
  }

  // ---- All patterns: filter -------------------------------------------------------
  function initFilter(form) {
    var input = form.querySelector("#filter-q");
    var select = form.querySelector("#filter-category");
    var count = document.getElementById("count");
    var empty = document.getElementById("no-matches");
    var total = Number(count.getAttribute("data-total"));
    var groups = Array.prototype.slice.call(document.querySelectorAll(".group"));
    var cards = null;

    // Read the cards on first use, not on load: at 1,000 patterns that is real work.
    function read() {
      cards = cards || Array.prototype.map.call(document.querySelectorAll(".card[data-signs]"), function (card) {
        var title = card.querySelector(".card__title");
        var summary = card.querySelector(".card__summary");
        return {
          el: card,
          category: card.getAttribute("data-category"),
          text: fold(title.textContent + " " + summary.textContent + " " + card.getAttribute("data-signs"))
        };
      });
      return cards;
    }

    function apply(remember) {
      var wanted = words(input.value);
      var category = select.value;
      var shown = 0;
      read().forEach(function (card) {
        var match = (!category || card.category === category) &&
          wanted.every(function (w) { return card.text.indexOf(w) !== -1; });
        card.el.hidden = !match;
        if (match) shown += 1;
      });
      groups.forEach(function (group) {
        group.hidden = !group.querySelector(".card:not([hidden])");
      });
      var filtered = wanted.length > 0 || category !== "";
      count.textContent = filtered
        ? "Showing " + shown + " of " + plural(total, "pattern", "patterns")
        : plural(total, "pattern", "patterns");
      empty.hidden = shown > 0;
      if (remember) {
        var url = new URL(location.href);
        if (category) url.searchParams.set("category", category); else url.searchParams.delete("category");
        if (input.value.trim()) url.searchParams.set("q", input.value.trim()); else url.searchParams.delete("q");
        history.replaceState(history.state, "", url.pathname + url.search + url.hash);
      }
    }

    var params = new URLSearchParams(location.search);
    var category = params.get("category") || "";
    if (Array.prototype.some.call(select.options, function (o) { return o.value === category; })) {
      select.value = category;
    }
    input.value = params.get("q") || "";

    input.addEventListener("input", function () { apply(true); });
    select.addEventListener("change", function () { apply(true); });
    form.addEventListener("submit", function (event) { event.preventDefault(); apply(true); });
    document.getElementById("filter-clear").addEventListener("click", function () {
      input.value = "";
      select.value = "";
      apply(true);
      input.focus();
    });
    if (input.value.trim() || select.value) apply(false);
  }

  // ---- Site search ----------------------------------------------------------------
  var MAX_RESULTS = 10;

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  function initSearch(form) {
    var input = form.querySelector("input[type=search]");
    var panel = form.querySelector(".site-search__results");
    var list = form.querySelector(".site-search__list");
    var status = form.querySelector("[role=status]");
    var indexUrl = new URL(form.getAttribute("data-index"), location.href);
    var entries = null;
    var loading = null;
    var results = [];

    input.setAttribute("aria-controls", panel.id);

    function prepare(item) {
      return {
        url: new URL(item.url, indexUrl).href,
        title: String(item.title || ""),
        category: String(item.category || ""),
        text: String(item.text || ""),
        fields: [fold(item.title), fold(item.summary), fold(item.category), fold(item.text)]
      };
    }

    function load() {
      if (!loading) {
        loading = fetch(indexUrl.href, { credentials: "same-origin" })
          .then(function (response) {
            if (!response.ok) throw new Error("search.json: HTTP " + response.status);
            return response.json();
          })
          .then(function (data) {
            entries = (Array.isArray(data) ? data : []).map(prepare);
          })
          .catch(function () {
            loading = null;
            status.textContent = "Search is not available right now. Press Enter to filter All patterns instead.";
          });
      }
      return loading;
    }

    // Title words weigh most, then summary, category, section text; every word must match.
    var WEIGHTS = [10, 4, 3, 1];

    function search(query) {
      var terms = words(query).map(function (w) { return new RegExp("(^|[^a-z0-9])" + escapeRegExp(w)); });
      if (!terms.length || !entries) return [];
      var found = [];
      entries.forEach(function (entry) {
        var score = 0;
        for (var i = 0; i < terms.length; i += 1) {
          var best = 0;
          for (var f = 0; f < entry.fields.length; f += 1) {
            if (terms[i].test(entry.fields[f])) { best = Math.max(best, WEIGHTS[f]); }
          }
          if (!best) return;
          score += best;
        }
        found.push({ entry: entry, score: score, term: terms[0] });
      });
      found.sort(function (a, b) { return b.score - a.score || a.entry.title.localeCompare(b.entry.title); });
      return found;
    }

    // A short excerpt of the section text around the first matching word.
    function snippet(entry, term) {
      var folded = entry.fields[3];
      var match = term.exec(folded);
      var text = entry.text;
      if (!match || folded.length !== text.length) return text.slice(0, 140) + (text.length > 140 ? "…" : "");
      var at = match.index + match[1].length;
      var start = Math.max(0, text.lastIndexOf(" ", Math.max(0, at - 60)) + 1);
      var end = Math.min(text.length, at + 100);
      return (start > 0 ? "…" : "") + text.slice(start, end).trim() + (end < text.length ? "…" : "");
    }

    function render() {
      list.textContent = "";
      var query = input.value.trim();
      if (!query) { close(); status.textContent = ""; return; }
      if (!entries) { status.textContent = "Loading search…"; return; }
      var found = search(query);
      results = found;
      found.slice(0, MAX_RESULTS).forEach(function (hit) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = hit.entry.url;
        link.className = "site-search__hit";
        var title = document.createElement("span");
        title.className = "site-search__title";
        title.textContent = hit.entry.title;
        var meta = document.createElement("span");
        meta.className = "site-search__meta";
        meta.textContent = hit.entry.category;
        var text = document.createElement("span");
        text.className = "site-search__snippet";
        text.textContent = snippet(hit.entry, hit.term);
        link.append(title, meta, text);
        item.appendChild(link);
        list.appendChild(item);
      });
      if (!found.length) {
        var none = document.createElement("li");
        none.className = "site-search__none";
        none.textContent = "No pattern mentions “" + query + "”.";
        list.appendChild(none);
      }
      status.textContent = found.length
        ? plural(found.length, "pattern", "patterns") + " found" + (found.length > MAX_RESULTS ? ", showing the first " + MAX_RESULTS : "")
        : "No patterns found";
      open();
    }

    function open() {
      panel.hidden = false;
    }

    function close() {
      panel.hidden = true;
    }

    function links() {
      return Array.prototype.slice.call(list.querySelectorAll("a"));
    }

    function update() {
      if (entries) { render(); return; }
      if (input.value.trim()) status.textContent = "Loading search…";
      load().then(function () { if (entries) render(); });
    }

    input.addEventListener("focus", function () {
      load();
      if (input.value.trim() && entries) render();
    });
    input.addEventListener("input", update);

    form.addEventListener("keydown", function (event) {
      var all = links();
      var at = all.indexOf(document.activeElement);
      if (event.key === "Escape") {
        if (!panel.hidden) {
          event.preventDefault();
          close();
          input.focus();
        }
      } else if (event.key === "ArrowDown" && !panel.hidden && all.length) {
        event.preventDefault();
        all[Math.min(at + 1, all.length - 1)].focus();
      } else if (event.key === "ArrowUp" && at !== -1) {
        event.preventDefault();
        if (at === 0) input.focus(); else all[at - 1].focus();
      }
    });

    form.addEventListener("submit", function (event) {
      // With the index loaded, Enter opens the best match; without it, the form goes
      // to All patterns with ?q=, as it does without JavaScript.
      if (!entries || !input.value.trim()) return;
      event.preventDefault();
      if (results.length) location.href = results[0].entry.url;
    });

    // Close when focus or a click lands elsewhere. (Not on focusout: Safari does not
    // focus a clicked link, so the list would close before the click arrived.)
    function elsewhere(event) {
      if (!form.contains(event.target)) close();
    }
    document.addEventListener("focusin", elsewhere);
    document.addEventListener("click", elsewhere);
  }

  // ---- Pattern page: copy the link ------------------------------------------------
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "visually-hidden";
      document.body.appendChild(area);
      area.select();
      var copied = false;
      try { copied = document.execCommand("copy"); } catch (error) { copied = false; }
      area.remove();
      if (copied) resolve(); else reject(new Error("copy failed"));
    });
  }

  function initCopyLink(box) {
    var button = box.querySelector("button");
    var status = box.querySelector("[role=status]");
    var url = box.getAttribute("data-url") || location.href.split("#")[0];
    var sheet = typeof navigator.share === "function";
    if (sheet) button.textContent = "Share";

    function copy() {
      copyText(url).then(
        function () { status.textContent = "Link copied"; },
        function () { status.textContent = "Copy this link: " + url; }
      );
    }

    button.addEventListener("click", function () {
      status.textContent = "";
      if (sheet) {
        // The phone's own share sheet; if it cannot open (not a cancel), copy instead.
        navigator.share({ title: document.title, url: url }).catch(function (error) {
          if (!error || error.name !== "AbortError") copy();
        });
      } else {
        copy();
      }
      button.focus();
    });
  }

  // ---- Offers: the reader's current address in the booking email ---------------
  // The page renders each action with its own address (data-context-url) in the
  // email body or booking query; on the stall finder the address holds the ticks, so
  // the action carries the address as it is when the reader follows it.
  function quote(text) {
    // As the build encodes (Python's quote with nothing safe): RFC 3986 unreserved only.
    return encodeURIComponent(text).replace(/[!'()*]/g, function (c) {
      return "%" + c.charCodeAt(0).toString(16).toUpperCase();
    });
  }

  function initContextLink(link) {
    var rendered = link.getAttribute("href");
    var placeholder = quote(link.getAttribute("data-context-url"));
    function refresh() {
      if (link.getAttribute("data-context-from") !== "location") return;
      link.setAttribute("href", rendered.split(placeholder).join(quote(location.href)));
    }
    ["click", "focus", "pointerdown", "contextmenu"].forEach(function (name) {
      link.addEventListener(name, refresh);
    });
  }

  // From a pattern page to the contact page: the booking email names the pattern.
  function initFromReferrer(link) {
    var patterns = new URL(link.getAttribute("data-referrer-prefix"), location.href).href;
    var from = page(document.referrer || "");
    // A pattern page is one folder below All patterns (patterns/<slug>/), on this site.
    if (from.indexOf(patterns) !== 0 || !/^[a-z0-9-]+\/$/.test(from.slice(patterns.length))) return;
    var placeholder = quote(link.getAttribute("data-referrer-url"));
    link.setAttribute("href", link.getAttribute("data-referrer-href").split(placeholder).join(quote(from)));
  }

  // From the stall finder to a pattern: the finder remembers (for this tab only) the
  // result the reader followed, and that pattern's booking email names it too.
  var FINDER_KEY = "stallpatterns:finder";

  function page(url) {
    return String(url).split("#")[0].split("?")[0];
  }

  function rememberFinder(finder) {
    finder.addEventListener("click", function (event) {
      var link = event.target.closest("a[href]");
      if (!link || link.hostname !== location.hostname) return;
      try {
        sessionStorage.setItem(FINDER_KEY, JSON.stringify({ result: location.href, page: page(link.href) }));
      } catch (error) { /* storage refused: the email names the pattern only */ }
    });
  }

  function initFromFinder(link) {
    var stored = null;
    try { stored = JSON.parse(sessionStorage.getItem(FINDER_KEY) || "null"); } catch (error) { stored = null; }
    if (!stored || stored.page !== page(location.href) || typeof stored.result !== "string") return;
    var placeholder = quote(link.getAttribute("data-finder-url"));
    link.setAttribute("href", link.getAttribute("data-finder-href").split(placeholder).join(quote(stored.result)));
  }

  var filter = document.getElementById("filter");
  if (filter) initFilter(filter);
  Array.prototype.forEach.call(document.querySelectorAll(".site-search"), initSearch);
  Array.prototype.forEach.call(document.querySelectorAll(".copy-link"), initCopyLink);
  Array.prototype.forEach.call(document.querySelectorAll("a[data-context-url]"), initContextLink);
  Array.prototype.forEach.call(document.querySelectorAll("a[data-finder-href]"), initFromFinder);
  Array.prototype.forEach.call(document.querySelectorAll("a[data-referrer-href]"), initFromReferrer);
  var finder = document.getElementById("finder");
  if (finder) rememberFinder(finder);
})();
