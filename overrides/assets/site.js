// Stall Patterns: small progressive enhancements. The site works without this file.
//  - All patterns: filter by category and words; the state lives in the URL.
//  - Site search: loads its engine and search.json on first use, lists ranked matches.
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

  // The filter's reading of words, the cards' and the reader's alike: apostrophes aside
  // ("nobodys"), and American spellings read as British ones ("organization", "color",
  // "license", "catalog"). Substrings of it are matched, so a word's other endings match too.
  function loose(text) {
    return text.replace(/'/g, "").replace(/z/g, "s").replace(/our/g, "or")
      .replace(/ense/g, "ence").replace(/ogue/g, "og");
  }

  // A word of the reader's, or the word without a plural's ending ("sponsors", "licenses",
  // "processes"), found in a card's loose text.
  function foundIn(text, word) {
    if (text.indexOf(word) !== -1) return true;
    if (word.length < 4 || !/s$/.test(word) || /ss$/.test(word)) return false;
    return text.indexOf(word.slice(0, -1)) !== -1 || (/es$/.test(word) && text.indexOf(word.slice(0, -2)) !== -1);
  }

  function plural(n, one, many) {
    return n + " " + (n === 1 ? one : many);
  }

  // A live region is told a result once the reader pauses in typing, not at every
  // keystroke: a screen reader would otherwise read a count per letter, each cutting off
  // the last (WCAG 4.1.3). A deliberate act (a choice, Enter, Clear) is told at once; the
  // same words again are not written, so they are not read twice.
  var TYPING_PAUSE_MS = 750;

  function announcer(region) {
    var timer = 0;
    return function (text, typed) {
      clearTimeout(timer);
      function tell() { if (region.textContent !== text) region.textContent = text; }
      if (typed) timer = setTimeout(tell, TYPING_PAUSE_MS); else tell();
    };
  }

  // ---- All patterns: filter -------------------------------------------------------
  function initFilter(form) {
    var input = form.querySelector("#filter-q");
    var select = form.querySelector("#filter-category");
    var count = document.getElementById("count");
    // The count shown follows the cards at once; its live region is told once the reader pauses.
    var sayCount = announcer(document.getElementById("count-status"));
    var empty = document.getElementById("no-matches");
    var total = Number(count.getAttribute("data-total"));
    var groups = Array.prototype.slice.call(document.querySelectorAll(".group"));
    // The category links above the filter: each shows only while its group does, with the
    // number of its patterns shown (a link to a hidden group would go nowhere).
    var jumps = Object.create(null);
    Array.prototype.forEach.call(document.querySelectorAll(".jump__link"), function (link) {
      jumps[link.getAttribute("href").slice(1)] = link;
    });
    var cards = null;

    // Read the cards on first use, not on load: at 1,000 patterns that is real work.
    function read() {
      cards = cards || Array.prototype.map.call(document.querySelectorAll(".card[data-signs]"), function (card) {
        var title = card.querySelector(".card__title");
        var summary = card.querySelector(".card__summary");
        var tag = card.querySelector(".tag");
        // What the card shows (its title, summary and category) and its signs and other names
        // ('PoC purgatory'): a word the reader sees on a card finds it.
        return {
          el: card,
          category: card.getAttribute("data-category"),
          text: loose(fold([title.textContent, summary.textContent, tag ? tag.textContent : "", card.getAttribute("data-signs"),
            card.getAttribute("data-names") || ""].join(" ; ")))
        };
      });
      return cards;
    }

    function apply(remember, typed) {
      var wanted = words(input.value).map(loose).filter(Boolean);
      var category = select.value;
      var shown = 0;
      var shownIn = Object.create(null);
      read().forEach(function (card) {
        var match = (!category || card.category === category) &&
          wanted.every(function (w) { return foundIn(card.text, w); });
        card.el.hidden = !match;
        if (match) {
          shown += 1;
          shownIn[card.category] = (shownIn[card.category] || 0) + 1;
        }
      });
      groups.forEach(function (group) {
        var count = shownIn[group.id] || 0;
        group.hidden = count === 0;
        var jump = jumps[group.id];
        if (jump) {
          jump.parentNode.hidden = count === 0;
          jump.querySelector(".jump__count").textContent = count;
          jump.querySelector(".jump__unit").textContent = count === 1 ? " pattern" : " patterns";
        }
      });
      var filtered = wanted.length > 0 || category !== "";
      var counted = filtered
        ? "Showing " + shown + " of " + plural(total, "pattern", "patterns")
        : plural(total, "pattern", "patterns");
      if (count.textContent !== counted) count.textContent = counted;
      sayCount(counted, typed);
      empty.hidden = shown > 0;
      if (remember) {
        var url = new URL(location.href);
        if (category) url.searchParams.set("category", category); else url.searchParams.delete("category");
        if (input.value.trim()) url.searchParams.set("q", input.value.trim()); else url.searchParams.delete("q");
        history.replaceState(history.state, "", url.pathname + url.search + url.hash);
      }
    }

    // The URL's filter, if it has one; otherwise what the reader chose before this script
    // ran (the form shows as soon as the page does, and this script loads after it).
    var params = new URLSearchParams(location.search);
    var fromUrl = params.has("category") || params.has("q");
    var note = null;  // why the address's category is not the one shown (partials in patterns.html)
    if (fromUrl) {
      var category = (params.get("category") || "").trim().toLowerCase();
      var known = Array.prototype.some.call(select.options, function (o) { return o.value === category; });
      select.value = known ? category : "";
      input.value = params.get("q") || "";
      if (category && !known) {
        var notes = Array.prototype.slice.call(document.querySelectorAll(".filter__note"));
        note = notes.filter(function (p) { return p.getAttribute("data-category") === category; })[0] ||
          notes.filter(function (p) { return p.getAttribute("data-category") === ""; })[0] || null;
        if (note) note.hidden = false;
      }
    }
    // Once the reader chooses a filter of their own, the address's is gone, and what it said.
    function chosen() {
      if (note) note.hidden = true;
      note = null;
    }

    input.addEventListener("input", function () { chosen(); apply(true, true); });
    select.addEventListener("change", function () { chosen(); apply(true); });
    form.addEventListener("submit", function (event) { event.preventDefault(); chosen(); apply(true); });
    document.getElementById("filter-clear").addEventListener("click", function () {
      chosen();
      input.value = "";
      select.value = "";
      apply(true);
      input.focus();
    });
    if (input.value.trim() || select.value) apply(!fromUrl);
  }

  // ---- Site search: a WAI-ARIA combobox over assets/search.js ---------------------
  var MAX_RESULTS = 8;
  // Past the first three, a match is listed only while it scores at least this share of the
  // best one's: "sponsor left" found its pattern and then ten whose only tie was a "moved"
  // or a "left" somewhere in a section, listed as if they were as near. The rest wait behind
  // "Show all". (The first three are always listed: a reader's second meaning is often there.)
  var ALWAYS_LISTED = 3;
  var CLOSE_SHARE = 0.1;

  // How many of the engine's hits (best first) the list shows before "Show all": never
  // fewer than three where there are more, so never one alone with others behind it.
  function closeCount(found) {
    var n = 0;
    while (n < found.length && n < MAX_RESULTS && (n < ALWAYS_LISTED || found[n].score >= CLOSE_SHARE * found[0].score)) n += 1;
    return n;
  }

  // Load the engine's scripts in order, once, from this site (CSP: script-src 'self').
  function loadScripts(urls) {
    return urls.reduce(function (chain, url) {
      return chain.then(function () {
        return new Promise(function (resolve, reject) {
          var script = document.createElement("script");
          script.src = url;
          script.onload = resolve;
          script.onerror = function () { reject(new Error(url)); };
          document.head.appendChild(script);
        });
      });
    }, Promise.resolve());
  }

  // The engine over search.json (its addresses made whole), loaded once for the page: the
  // search field and the not-found page's guesses share it. A failed load may be tried again.
  var indexLoading = null;

  function searchIndex(form) {
    if (!indexLoading) {
      var indexUrl = new URL(form.getAttribute("data-index"), location.href);
      var engineUrls = form.getAttribute("data-engine").split(" ").map(function (u) { return new URL(u, location.href).href; });
      indexLoading = Promise.all([
        loadScripts(engineUrls),
        // Asked of the server each time (a reply of "not modified" when it is not): the
        // pages name the patterns of their build, and a kept copy may list others.
        fetch(indexUrl.href, { credentials: "same-origin", cache: "no-cache" }).then(function (response) {
          if (!response.ok) throw new Error("search.json: HTTP " + response.status);
          return response.json();
        })
      ]).then(function (both) {
        var data = both[1];
        data.patterns = (data.patterns || []).map(function (p) {
          p.url = new URL(p.url, indexUrl).href;
          return p;
        });
        return window.StallSearch.createAsync(data).then(function (engine) { return { engine: engine, data: data }; });
      });
      indexLoading.catch(function () { indexLoading = null; });
    }
    return indexLoading;
  }

  function initSearch(form) {
    var input = form.querySelector("[role=combobox]");
    var panel = document.getElementById("site-search-results");
    var list = document.getElementById("site-search-list");
    var note = document.getElementById("site-search-note");
    var ways = document.getElementById("site-search-ways");
    var none = document.getElementById("site-search-none");
    var filterLink = document.getElementById("site-search-filter");
    var more = document.getElementById("site-search-more");
    var status = document.getElementById("site-search-status");
    var offerLinks = document.getElementById("site-search-offers");
    var offers = offerLinks ? Array.prototype.map.call(offerLinks.content.querySelectorAll("a"), function (link) {
      return { offer: true, url: new URL(link.getAttribute("href"), location.href).href, title: link.textContent, name: link.getAttribute("data-name"), terms: link.getAttribute("data-terms") };
    }) : [];
    var shownFor = null;  // the words the list shows results for
    var offersListed = 0;  // the offers before them
    var say = announcer(status);
    var engine = null;
    var loading = null;
    var hits = [];
    var active = -1;
    var everyHit = false;  // "Show all" pressed, for these words
    var closeListed = 0;  // the matches listed before "Show all" was pressed

    function load() {
      if (!loading) {
        loading = searchIndex(form).then(function (index) {
          engine = index.engine;
        }).catch(function () {
          loading = null;
          say("Search is not available right now. Press Enter to filter All patterns instead.");
        });
      }
      return loading;
    }

    function filterUrl(query) {
      var url = new URL(form.getAttribute("action"), location.href);
      url.searchParams.set("q", query);
      return url.href;
    }

    function setActive(index) {
      var options = list.querySelectorAll("[role=option]");
      active = index;
      Array.prototype.forEach.call(options, function (option, i) {
        option.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      if (index >= 0 && options[index]) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function option(hit, index) {
      var item = document.createElement("li");
      item.id = "site-search-option-" + index;
      item.className = "site-search__hit";
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      item.setAttribute("data-url", hit.url);
      if (hit.offer) return offerOption(item, hit);
      // Options are plain text (their children are presentational): a click opens the
      // pattern, as Enter does.
      var title = document.createElement("span");
      title.className = "site-search__title";
      appendMarked(title, window.StallSearch.snippetOf(hit.title, hit.terms));
      var meta = document.createElement("span");
      meta.className = "site-search__meta";
      meta.textContent = hit.label + (hit.partial ? " · partial match: not every word" : "");
      var cut = window.StallSearch.snippet(hit);
      var text = document.createElement("span");
      text.className = "site-search__snippet";
      if (cut.kind) {
        var kind = document.createElement("span");
        kind.className = "site-search__kind";
        kind.textContent = cut.kind + ": ";
        text.appendChild(kind);
      }
      appendMarked(text, cut.pieces);
      item.append(title, meta, text);
      return item;
    }

    // An offer the reader named, as an option: its action, its name and its terms.
    function offerOption(item, hit) {
      item.classList.add("site-search__hit--offer");
      var title = document.createElement("span");
      title.className = "site-search__title";
      title.textContent = hit.title;
      var meta = document.createElement("span");
      meta.className = "site-search__meta";
      meta.textContent = "Offer · " + hit.name;
      var text = document.createElement("span");
      text.className = "site-search__snippet";
      text.textContent = hit.terms;
      item.append(title, meta, text);
      return item;
    }

    // Matched words in <mark>, everything else as text: nothing from the index is HTML.
    function appendMarked(parent, pieces) {
      pieces.forEach(function (piece) {
        if (piece.hit) {
          var mark = document.createElement("mark");
          mark.textContent = piece.text;
          parent.appendChild(mark);
        } else {
          parent.appendChild(document.createTextNode(piece.text));
        }
      });
    }

    // Words a reader adds to an offer's name when they mean to book it ("review price"); and
    // those of them that, alone, ask of every offer ("price", not "costs", which the patterns
    // are about, nor "buy" and "pay", as in "buy-in").
    var BOOKING = Object.create(null);
    var ASKS_EVERY_OFFER = Object.create(null);
    "book booking price prices cost costs fee fees".split(" ").forEach(function (w) { BOOKING[w] = true; });
    "book booking price prices fee fees".split(" ").forEach(function (w) { ASKS_EVERY_OFFER[w] = true; });

    // Two of the reader's words alike: the same stem, or the same start but for an ending
    // ("diagnose", "diagnostic" and "diagnosis" are one offer's).
    function alike(a, b) {
      var S = window.StallSearch;
      if (a === b || (S.processTerm(a) !== null && S.processTerm(a) === S.processTerm(b))) return true;
      var n = 0;
      while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
      return n >= 6 && n >= Math.min(a.length, b.length) - 2;
    }

    // The offers the reader's words name, as options: booking words alone name them all;
    // else every word is one of the offer's name or action, or a booking word, and the
    // name's last word is among them ("stall review",
    // "book a review", "review price", "stall rev" while typing; not "stall", which names
    // both). Named with another word, an offer comes first; by its last word alone ("review"),
    // only where no pattern is found (a reader of "review" may mean the patterns).
    function offersNamed(query, patternsFound) {
      var S = window.StallSearch;
      var words = S.tokenize(query).filter(function (w) { return S.processTerm(w) !== null; });
      var last = words.length - 1;
      // Booking words alone ("price", "book"): every offer, as the reader asks of them all.
      if (words.length && words.every(function (w) { return ASKS_EVERY_OFFER[w]; })) return offers.slice();
      return offers.filter(function (offer) {
        var own = S.tokenize(offer.name + " " + offer.title);
        var head = S.tokenize(offer.name).pop();
        function names(w, i, than) {
          return than.some(function (o) { return alike(w, o) || (i === last && w.length >= 3 && o.lastIndexOf(w, 0) === 0); });
        }
        var every = words.every(function (w, i) { return BOOKING[w] || names(w, i, own); });
        var asked = words.some(function (w, i) { return names(w, i, [head]); });
        return words.length > 0 && every && asked && (words.length > 1 || !patternsFound);
      });
    }

    function render(typed) {
      list.textContent = "";
      var query = input.value.trim();
      // (A first letter alone says nothing yet: it said "No pattern matches 'q'" on the way to "Q3".)
      if (!query || (typed && Array.from(query).length < 2)) { close(); say(""); shownFor = null; hits = []; return; }
      if (!engine) { say("Loading search…", typed); return; }
      var found = engine.search(query, true);
      var named = offersNamed(query, found.hits.length > 0);
      offersListed = named.length;
      hits = named.concat(found.hits);
      shownFor = query;
      var near = closeCount(found.hits);
      if (!everyHit) closeListed = near;
      var listed = (everyHit ? found.hits.length : near) + named.length;
      hits.slice(0, listed).forEach(function (hit, i) { list.appendChild(option(hit, i)); });
      note.hidden = !found.partial;
      note.textContent = found.partial ? "No pattern matches every word. Closest partial matches:" : "";
      ways.hidden = hits.length > 0;
      list.hidden = hits.length === 0;
      none.textContent = found.common
        ? "“" + query + "” is only common words, which search passes over. Try a word for what you see, or one of these:"
        : "No pattern matches “" + query + "”. Try one of these:";
      filterLink.href = filterUrl(query);
      filterLink.textContent = "Filter All patterns for “" + query + "”";
      var patterns = found.hits.length;
      more.hidden = hits.length <= listed;
      more.firstElementChild.textContent = "The " + near + " closest of " + patterns + " are shown.";
      more.lastElementChild.textContent = "Show all " + patterns;
      // The offer first where one is named: it is what Enter opens.
      var offered = named.map(function (offer) { return "Offer: " + offer.title + ", " + offer.terms + ". "; }).join("");
      say(offered + (patterns
        ? (found.partial ? "No pattern matches every word; " : "") + plural(patterns, "pattern", "patterns") + " found" +
          (hits.length > listed ? ", showing the " + near + " closest" : "") + (named.length ? "." : ". Best match: " + hits[0].title + ".")
        : named.length ? "" : "No patterns found. Links to the stall finder and All patterns follow."), typed);
      setActive(-1);
      open();
    }

    function open() {
      panel.hidden = false;
      input.setAttribute("aria-expanded", "true");
      // No taller than the screen below its top: at 150% zoom on a phone, 70% of the screen
      // below the sticky header ran past its foot, where no scrolling reaches.
      panel.style.setProperty("--panel-room", Math.max(96, window.innerHeight - panel.getBoundingClientRect().top - 8) + "px");
    }

    function close() {
      panel.hidden = true;
      input.setAttribute("aria-expanded", "false");
      setActive(-1);
    }

    function update() {
      everyHit = false;  // new words: their closest first again
      if (engine) { render(true); return; }
      if (input.value.trim()) say("Loading search…", true);
      load().then(function () { if (engine) render(true); });
    }

    var returning = false;
    input.addEventListener("focus", function () {
      load();
      if (input.value.trim() && engine && !returning) render();
    });
    input.addEventListener("input", update);

    input.addEventListener("keydown", function (event) {
      var count = list.querySelectorAll("[role=option]").length;
      if (event.key === "Escape") {
        if (!panel.hidden) { event.preventDefault(); close(); }
      } else if (event.key === "ArrowDown") {
        if (panel.hidden && input.value.trim()) { render(); }
        if (count) { event.preventDefault(); setActive(active + 1 >= count ? 0 : active + 1); }
      } else if (event.key === "ArrowUp") {
        if (count) { event.preventDefault(); setActive(active <= 0 ? count - 1 : active - 1); }
      } else if (event.key === "Home" || event.key === "End") {
        setActive(-1);
      }
    });

    // Escape from within the results (the "Show all" button, a link to the finder) closes
    // them and takes the reader back to the field, as Escape in the field does: it did
    // nothing there, or on a phone closed the whole search.
    panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && !panel.hidden) {
        event.preventDefault();
        close();
        returning = true;  // (focus on the field opens the results again: not this once)
        input.focus();
        returning = false;
      }
    });

    // Every match, in the list where the first were: the rest follow them, the reader's place
    // kept (focus stays on the field's list, at the first match not shown before).
    more.lastElementChild.addEventListener("click", function () {
      everyHit = true;
      render();
      input.focus();
      setActive(Math.min(closeListed + offersListed, hits.length - 1));
    });

    list.addEventListener("click", function (event) {
      var item = event.target.closest("[role=option]");
      if (item) location.href = item.getAttribute("data-url");
    });
    list.addEventListener("mousemove", function (event) {
      var item = event.target.closest("[role=option]");
      if (item) setActive(Array.prototype.indexOf.call(list.children, item));
    });

    form.addEventListener("submit", function (event) {
      // Enter on a highlighted match opens it; otherwise the best match opens when there
      // is one, and with no match the form goes to All patterns with ?q= (as without
      // JavaScript), where the filter carries the words on.
      var query = input.value.trim();
      if (!engine || !query) return;
      if (active >= 0 && hits[active]) { event.preventDefault(); location.href = hits[active].url; return; }
      // The best match the list shows and the status has said, not another: a search of the
      // words as finished went elsewhere for a third of the words' starts ('verifica').
      if (shownFor !== query) render(false);
      if (hits.length) { event.preventDefault(); location.href = hits[0].url; }
    });

    // Close when focus or a click lands elsewhere. (Not on focusout: Safari does not
    // focus a clicked link, so the list would close before the click arrived.)
    function elsewhere(event) {
      if (!form.contains(event.target)) close();
    }
    document.addEventListener("focusin", elsewhere);
    document.addEventListener("click", elsewhere);
  }

  // ---- Not found: the patterns a missing address most likely meant ---------------
  var GUESSES = 3;
  var GUESS_SHARE = 0.5;
  var GUESS_WORDS = 120;  // an address's first characters are read as words, no more

  // Edits from one to the other: a letter added, dropped or changed, or two side by side
  // swapped ("moved-no" for "moved-on"), each one.
  function edits(a, b) {
    var rows = [];
    for (var i = 0; i <= a.length; i++) {
      rows.push([i]);
      for (var j = 1; j <= b.length; j++) {
        if (i === 0) { rows[0].push(j); continue; }
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2][j - 2] + 1);
        rows[i].push(best);
      }
    }
    return rows[a.length][b.length];
  }

  // The missing address's own name for the page: its first part after patterns/ (or after
  // the site's root, for an address without patterns/), without capitals, accents or an
  // ending (.html, .md), percent-escapes read, and spaces or underscores as hyphens.
  function typedName(path, base) {
    var rest = path.indexOf(base) === 0 ? path.slice(base.length) : "";
    var first = rest.split("/").filter(Boolean)[0] || "";
    try { first = decodeURIComponent(first); } catch (error) { /* kept as typed */ }
    return fold(first).replace(/\.(?:md|html?)$/, "").replace(/[\s_+]+/g, "-");
  }

  // A mistyped or cut-short address of a pattern ("…-moved-no/", "…-who-mo"), or one with
  // capitals, names that pattern (and only the patterns that close); else, under patterns/,
  // the address's words are read as a search ("the-sponsor-left"). Nothing is shown when
  // nothing is close.
  function initNotFound(box, form) {
    var patternsPath = new URL(box.getAttribute("data-patterns"), location.href).pathname;
    var rootPath = new URL(box.getAttribute("data-root"), location.href).pathname;
    var under = location.pathname.indexOf(patternsPath) === 0;
    var typed = typedName(location.pathname, under ? patternsPath : rootPath);
    if (typed.length < 3) return;
    searchIndex(form).then(function (index) {
      var data = index.data;
      var close = data.patterns.map(function (p) {
        var slug = new URL(p.url).pathname.split("/").filter(Boolean).pop() || "";
        var most = Math.max(1, Math.floor(slug.length / 6));
        var cut = typed.length >= 8 && slug.indexOf(typed) === 0;
        // Counted only where the lengths allow it: an address of a million letters (a link
        // made to hang the page) is compared with no address letter by letter.
        var apart = cut ? 0 : Math.abs(typed.length - slug.length) > most ? Infinity : edits(typed, slug);
        return { pattern: p, edits: apart, most: most };
      }).filter(function (c) {
        return c.edits <= c.most;
      }).sort(function (a, b) { return a.edits - b.edits; }).map(function (c) { return c.pattern.url; });
      // Only the closest-scoring of a search: an address's few words match a long tail weakly.
      var hits = close.length || !under ? [] : index.engine.search(typed.slice(0, GUESS_WORDS).replace(/[-_+.~\s]+/g, " "), false).hits;
      var found = hits.filter(function (hit) { return hit.score >= GUESS_SHARE * hits[0].score; }).map(function (hit) { return hit.url; });
      var urls = close.concat(found).slice(0, GUESSES);
      if (!urls.length) return;
      var byUrl = Object.create(null);
      data.patterns.forEach(function (p) { byUrl[p.url] = p; });
      var list = box.querySelector("ul");
      urls.forEach(function (url) {
        var p = byUrl[url];
        var category = (data.categories || {})[p.category];
        var item = document.createElement("li");
        item.className = "related__item";
        var link = document.createElement("a");
        link.href = url;
        link.textContent = p.title;
        var label = document.createElement("span");
        label.className = "related__category";
        label.textContent = category ? category.label : p.category;
        item.append(link, " ", label);
        list.appendChild(item);
      });
      box.hidden = false;
    }).catch(function () { /* the page's own links remain */ });
  }

  // ---- Phone header: the search button opens the search field -------------------
  function initSearchToggle(button, form) {
    var input = form.querySelector("input");
    function set(open) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
      form.classList.toggle("site-search--open", open);
      if (open) input.focus();
    }
    button.addEventListener("click", function () {
      set(button.getAttribute("aria-expanded") !== "true");
    });
    form.addEventListener("keydown", function (event) {
      // A first Escape closes the results (the field handles it); the next closes the panel.
      if (event.key === "Escape" && !event.defaultPrevented &&
          button.getAttribute("aria-expanded") === "true") {
        set(false);
        button.focus();
      }
    });
    // The open panel is a row of the sticky header: once the reader moves on (Tab past it, a
    // tap on the page), it closes, and never covers what they moved to (WCAG 2.4.11).
    var header = button.closest("header") || form;
    function movedOn(event) {
      if (button.getAttribute("aria-expanded") === "true" && event.target instanceof Node && !header.contains(event.target)) set(false);
    }
    document.addEventListener("focusin", movedOn);
    document.addEventListener("pointerdown", movedOn);
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
    var sheet = typeof navigator.share === "function";
    // Where it opens the phone's share sheet, the button says so ("Share", "Share my result").
    if (sheet && button.hasAttribute("data-share-label")) button.textContent = button.getAttribute("data-share-label");

    // A page's own address, with the section the reader went to (#what-to-do), as the
    // browser's own copy of the address gives it; or (the finder) its published address
    // with the ticks as they are now, whatever address the reader has it open at; else the
    // address as it is.
    function address() {
      var base = box.getAttribute("data-base");
      if (base) return base + location.search;
      var own = box.getAttribute("data-url");
      return own ? own + sectionGoneTo() : location.href;
    }

    // The address's #part where it is one of the article's headings: not '#main', where
    // "Skip to content" leaves it, nor a part the page does not have.
    function sectionGoneTo() {
      var part = "";
      try { part = decodeURIComponent(location.hash.slice(1)); } catch (error) { return ""; }
      var heading = part && document.getElementById(part);
      return heading && /^H[2-4]$/.test(heading.tagName) && heading.closest("main") ? location.hash : "";
    }

    function copy(url) {
      copyText(url).then(
        function () { status.textContent = "Link copied"; },
        function () { status.textContent = "Copy this link: " + url; }
      );
    }

    button.addEventListener("click", function () {
      var url = address();
      status.textContent = "";
      if (sheet) {
        // The phone's own share sheet; if it cannot open (not a cancel), copy instead.
        navigator.share({ title: document.title, url: url }).catch(function (error) {
          if (!error || error.name !== "AbortError") copy(url);
        });
      } else {
        copy(url);
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

  // The action with the address standing at the end of the email (or of the booking
  // page's query) filled in: the last place it stands, not every place, as a pattern's
  // title above it may hold the same address in words ('Read …/finder/ first').
  function fillIn(href, placeholder, address) {
    var at = href.lastIndexOf(placeholder);
    return at < 0 ? href : href.slice(0, at) + quote(address) + href.slice(at + placeholder.length);
  }

  function initContextLink(link) {
    var rendered = link.getAttribute("href");
    var placeholder = quote(link.getAttribute("data-context-url"));
    function refresh() {
      if (link.getAttribute("data-context-from") !== "location") return;
      link.setAttribute("href", fillIn(rendered, placeholder, location.href));
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
    var stored = finderResult();
    if (stored && stored.page === from && link.hasAttribute("data-referrer-finder-href")) {
      // The reader came to that pattern from the stall finder: its result goes in too, after
      // the pattern's address, which is filled in first: the result's own address (its query
      // or '#…') may hold this page's address, and its last copy was the result's.
      var href = fillIn(link.getAttribute("data-referrer-finder-href"), placeholder, from);
      link.setAttribute("href", fillIn(href, quote(link.getAttribute("data-finder-url")), stored.result));
    } else {
      link.setAttribute("href", fillIn(link.getAttribute("data-referrer-href"), placeholder, from));
    }
  }

  // From the stall finder to a pattern: the finder remembers (for this tab only) the
  // result the reader followed, and that pattern's booking email names it too.
  var FINDER_KEY = "stallpatterns:finder";  // finder.js forgets it when the ticks change

  function page(url) {
    return String(url).split("#")[0].split("?")[0];
  }

  function rememberFinder(finder) {
    finder.addEventListener("click", function (event) {
      var link = event.target.closest("a[href]");
      if (!link || link.hostname !== location.hostname) return;
      if (!/[?&]s=[^&]/.test(location.search)) return;  // nothing ticked: no result to name
      try {
        sessionStorage.setItem(FINDER_KEY, JSON.stringify({ result: location.origin + location.pathname + location.search, page: page(link.href) }));
      } catch (error) { /* storage refused: the email names the pattern only */ }
    });
  }

  // The finder result this tab followed last, and the pattern page it led to; or null.
  function finderResult() {
    var stored = null;
    try { stored = JSON.parse(sessionStorage.getItem(FINDER_KEY) || "null"); } catch (error) { stored = null; }
    return stored && typeof stored.result === "string" && typeof stored.page === "string" ? stored : null;
  }

  function initFromFinder(link) {
    var stored = finderResult();
    if (!stored || stored.page !== page(location.href)) return;
    var placeholder = quote(link.getAttribute("data-finder-url"));
    link.setAttribute("href", fillIn(link.getAttribute("data-finder-href"), placeholder, stored.result));
  }

  // What a link to a part of the page, or a control focused from the keyboard, scrolls
  // clear of: each sticky bar as tall as it is, and a little room (data-room names the
  // custom property, --<name>-room, that site.css keeps clear). The header's pages wrap onto
  // more rows with larger text; the finder's result bar onto three rows at 150% zoom on a
  // phone (206 px, where 72 were kept, and a sign focused under it was hidden). A bar taller
  // than its share of the screen (data-share: a quarter for the header, a fifth for the
  // result bar) scrolls away with the page (html.<name>-tall, site.css) rather than
  // covering that much of it.
  if (window.ResizeObserver) {
    Array.prototype.forEach.call(document.querySelectorAll("[data-room]"), function (bar) {
      var name = bar.getAttribute("data-room");
      var share = Number(bar.getAttribute("data-share")) || 4;
      var measure = function () {
        var root = document.documentElement;
        root.style.setProperty("--" + name + "-room", (bar.offsetHeight + 16) + "px");
        root.classList.toggle(name + "-tall", bar.offsetHeight > window.innerHeight / share);
      };
      new ResizeObserver(measure).observe(bar);
      window.addEventListener("resize", measure);
    });
  }

  var filter = document.getElementById("filter");
  try {
    if (filter) initFilter(filter);
  } finally {
    // The list the address asked for is in place (or, without the filter, the whole
    // list): paint it (site.css hides it while html.filtering).
    document.documentElement.classList.remove("filtering");
  }
  var searchForm = document.getElementById("site-search");
  if (searchForm) initSearch(searchForm);
  var notFound = document.getElementById("not-found-guess");
  if (notFound && searchForm) initNotFound(notFound, searchForm);
  var toggle = document.getElementById("search-toggle");
  if (toggle && searchForm) initSearchToggle(toggle, searchForm);
  Array.prototype.forEach.call(document.querySelectorAll(".copy-link"), initCopyLink);
  Array.prototype.forEach.call(document.querySelectorAll("a[data-context-url]"), initContextLink);
  Array.prototype.forEach.call(document.querySelectorAll("a[data-finder-href]"), initFromFinder);
  Array.prototype.forEach.call(document.querySelectorAll("a[data-referrer-href]"), initFromReferrer);
  var finder = document.getElementById("finder");
  if (finder) rememberFinder(finder);

  // ---- Scrolling: a link to a section lands on it at once ---------------------------
  // site.css scrolls smoothly only under html.loaded: before it, the browser's first jump
  // to the address's #section was an animation from the top of the page, a second long.
  function loaded() { document.documentElement.classList.add("loaded"); }
  if (document.readyState === "complete") loaded(); else window.addEventListener("load", loaded);

  // ---- A section's former address: a heading's part as the site named it before --------
  // Headings' parts are named as GitHub's preview names them ('Über-pilots' is #über-pilots,
  // 'Build & buy' #build--buy); links shared before named them without accents or with one
  // hyphen (#uber-pilots, #build-buy), and landed at the top of the page. Such a link finds
  // the heading whose part is the same but for those.
  function formerly(id) {
    return fold(id).replace(/-+/g, "-").replace(/^-|-$/g, "");
  }
  function toFormerPart() {
    var wanted = "";
    try { wanted = decodeURIComponent(location.hash.slice(1)); } catch (error) { return; }
    if (!wanted || document.getElementById(wanted)) return;
    var heading = Array.prototype.find.call(document.querySelectorAll("main :is(h2, h3, h4)[id]"), function (h) {
      return formerly(h.id) === formerly(wanted);
    });
    if (heading) heading.scrollIntoView();
  }
  toFormerPart();
  window.addEventListener("hashchange", toFormerPart);
})();
