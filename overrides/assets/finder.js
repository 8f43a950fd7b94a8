// Stall finder: ranks the patterns by the signs the reader ticks.
// Everything happens in this page: the data is the page's own checkboxes and result
// cards (written by the build), nothing is sent anywhere, and the selection is kept
// only in the address (?s=<sign id>,<sign id>) so a reader can share it.
//
// A reader never faces the whole checklist: first "Where does it feel stuck?" (the
// categories, with counts), then that category's signs, a screenful (PAGE) at a time.
(function () {
  "use strict";

  var root = document.getElementById("finder");
  var form = document.getElementById("finder-form");
  var panel = document.getElementById("finder-results");
  var list = document.getElementById("finder-matches");
  if (!root || !form || !panel || !list || !window.history || !history.replaceState) return;

  var PAGE = 12;
  var boxes = Array.prototype.slice.call(form.querySelectorAll('input[type="checkbox"][name="s"]'));
  var cards = Array.prototype.slice.call(list.querySelectorAll("li[data-pattern]"));
  var groups = Array.prototype.slice.call(form.querySelectorAll("fieldset[data-category]"));
  var choices = Array.prototype.slice.call(document.querySelectorAll(".finder__category"));
  var status = document.getElementById("finder-status");
  var bar = document.getElementById("finder-bar");
  var barText = document.getElementById("finder-bar-text");
  // Nothing to share or clear until a sign is ticked: the bare address was copied and said
  // "Link copied", and Clear all did nothing without a word.
  var share = panel.querySelector(".finder__share");
  var clear = document.getElementById("finder-clear");
  var top = Number(list.getAttribute("data-top")) || 3;

  // How many signs each pattern has, from the checklist itself.
  // Tables keyed by a file name are made without a prototype: "constructor" is a valid
  // file name, and a key every plain {} already has.
  var totals = Object.create(null);
  boxes.forEach(function (box) {
    var slug = box.getAttribute("data-pattern");
    totals[slug] = (totals[slug] || 0) + 1;
  });

  function titleOf(card) {
    return card.querySelector(".match__title").textContent.trim();
  }

  function plural(count, one, many) {
    return count + " " + (count === 1 ? one : many);
  }

  // ---- One category at a time, a page of signs at a time -----------------------------
  var open = null;
  var pageOf = Object.create(null);

  function signsOf(group) {
    return Array.prototype.slice.call(group.querySelectorAll(".sign"));
  }

  function showPage(group, page) {
    var signs = signsOf(group);
    var pages = Math.max(1, Math.ceil(signs.length / PAGE));
    page = Math.max(0, Math.min(page, pages - 1));
    pageOf[group.id] = page;
    signs.forEach(function (sign, i) { sign.hidden = Math.floor(i / PAGE) !== page; });
    var prev = group.querySelector(".finder__page--prev");
    var next = group.querySelector(".finder__page--next");
    var left = signs.length - (page + 1) * PAGE;
    prev.hidden = page === 0;
    next.hidden = left <= 0;
    next.textContent = "More signs (" + left + " more)";
    prev.textContent = "Previous signs";
  }

  function choose(category, focus) {
    open = category;
    choices.forEach(function (button) {
      button.setAttribute("aria-expanded", button.getAttribute("data-category") === category ? "true" : "false");
    });
    groups.forEach(function (group) {
      var shown = group.getAttribute("data-category") === category;
      group.hidden = !shown;
      if (shown) {
        showPage(group, pageOf[group.id] || 0);
        if (focus) {
          var first = group.querySelector(".sign:not([hidden]) input");
          if (first) first.focus({ preventScroll: true });
          group.scrollIntoView({ block: "nearest" });
        }
      }
    });
  }

  choices.forEach(function (button) {
    button.addEventListener("click", function () {
      var category = button.getAttribute("data-category");
      if (open === category) {
        open = null;
        button.setAttribute("aria-expanded", "false");
        groups.forEach(function (group) { group.hidden = true; });
      } else {
        choose(category, true);
      }
    });
  });

  groups.forEach(function (group) {
    group.querySelector(".finder__page--next").addEventListener("click", function () {
      showPage(group, (pageOf[group.id] || 0) + 1);
      var first = group.querySelector(".sign:not([hidden]) input");
      if (first) first.focus();
    });
    group.querySelector(".finder__page--prev").addEventListener("click", function () {
      showPage(group, (pageOf[group.id] || 0) - 1);
      var first = group.querySelector(".sign:not([hidden]) input");
      if (first) first.focus();
    });
  });

  // ---- Ranking ------------------------------------------------------------------------
  // Number of ticked signs first; then the share of the pattern's signs they make up;
  // then catalogue order. Shares compared as cross-products, so no rounding.
  function rank() {
    var ticked = Object.create(null);
    boxes.forEach(function (box) {
      if (box.checked) {
        var slug = box.getAttribute("data-pattern");
        ticked[slug] = (ticked[slug] || 0) + 1;
      }
    });
    return cards
      .map(function (card, order) {
        var slug = card.getAttribute("data-pattern");
        return { card: card, ticked: ticked[slug] || 0, total: totals[slug] || 1, order: order };
      })
      .filter(function (match) { return match.ticked > 0; })
      .sort(function (a, b) {
        return (b.ticked - a.ticked) || (b.ticked * a.total - a.ticked * b.total) || (a.order - b.order);
      });
  }

  function selection() {
    return boxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
  }

  function countTicks() {
    groups.forEach(function (group) {
      var n = group.querySelectorAll('input[name="s"]:checked').length;
      var label = document.querySelector('[data-ticked-for="' + group.getAttribute("data-category") + '"]');
      if (label) label.textContent = n ? n + " ticked" : "";
    });
  }

  function render() {
    var ranked = rank();
    var shown = ranked.slice(0, top);
    cards.forEach(function (card) {
      card.hidden = true;
      card.classList.remove("match--best");
    });
    shown.forEach(function (match, place) {
      match.card.querySelector(".match__ticked").textContent = String(match.ticked);
      match.card.classList.toggle("match--best", place === 0);
      match.card.hidden = false;
      list.insertBefore(match.card, list.children[place]);
    });

    // The status is the live region: the count is shown, and the best match is read
    // out too (it is already in plain sight as the first card).
    var ticks = selection().length;
    var count = "Tick the signs you recognise and the patterns that match will appear here.";
    var best = "";
    if (ticks > 0) {
      count = plural(ticks, "sign", "signs") + " ticked, " + plural(ranked.length, "pattern matches", "patterns match") + ".";
      best = " Best match: " + titleOf(shown[0].card) + ".";
    }
    if (status.textContent !== count + best) {
      var spoken = document.createElement("span");
      spoken.className = "visually-hidden";
      spoken.textContent = best;
      status.textContent = count;
      if (best) status.appendChild(spoken);
    }
    panel.classList.toggle("finder__results--matched", ticks > 0);
    if (share) share.hidden = ticks === 0;
    if (clear) clear.hidden = ticks === 0;
    countTicks();

    if (bar && barText) {
      bar.hidden = ticks === 0;
      barText.textContent = ticks === 0 ? "" : "Best match: ";
      if (ticks > 0) {
        // The title set apart from the English words before it (<bdi>): an Arabic title keeps its words in order.
        var name = document.createElement("bdi");
        name.textContent = titleOf(shown[0].card);
        barText.appendChild(name);
      }
    }
  }

  // ---- The address ----------------------------------------------------------------------
  // Stable ids, or the old positional ones (<slug>-<n>) from links made before.
  // A tick whose sign has since been reworded or removed matches no box: the reader is told
  // how many of the link's ticks are gone, not shown fewer ticks without a word.
  var stale = document.getElementById("finder-stale");

  function readAddress() {
    var wanted = Object.create(null);
    new URLSearchParams(window.location.search).getAll("s").join(",").split(",").forEach(function (id) {
      if (id) wanted[id] = true;
    });
    var found = Object.create(null);
    boxes.forEach(function (box) {
      var id = wanted[box.value] === true ? box.value : wanted[box.getAttribute("data-legacy")] === true ? box.getAttribute("data-legacy") : "";
      box.checked = id !== "";
      if (id) found[id] = true;
    });
    var asked = Object.keys(wanted).length;
    var gone = asked - Object.keys(found).length;
    if (stale && gone > 0) {
      stale.textContent = (gone === asked
        ? (asked === 1 ? "The sign" : "The " + asked + " signs") + " ticked in the link you followed " + (asked === 1 ? "is" : "are") +
          " no longer in the finder: the patterns have been edited since. Tick the signs you recognise now."
        : gone + " of the " + asked + " signs ticked in the link you followed " + (gone === 1 ? "is" : "are") +
          " no longer in the finder: the patterns have been edited since. The others are ticked below.");
      stale.hidden = false;
    }
  }

  // The printed result's address (finder.html): the page's own, with the ticks.
  var printed = document.getElementById("finder-result-address");
  var printedBase = printed ? printed.textContent.split("?")[0] : "";

  // The address holds the ticks and nothing else: no other field or fragment a link brought
  // ('?s=…&reply-to=…', '#Please send the invoice to …') travels on in "Share my result" or
  // the booking email's words.
  function writeAddress() {
    var ids = selection();
    var query = ids.length ? "?s=" + ids.join(",") : "";
    history.replaceState(history.state, "", window.location.pathname + query);
    if (printed) printed.textContent = printedBase + query;
    // The result a pattern's booking email names (site.js) was the one followed before:
    // with other ticks it is no longer the reader's.
    try { sessionStorage.removeItem("stallpatterns:finder"); } catch (error) { /* storage refused */ }
  }

  form.addEventListener("change", function () {
    if (stale) stale.hidden = true;  // the reader's own ticks now
    render();
    writeAddress();
  });
  // There is nothing to submit: the ranking updates as the reader ticks.
  form.addEventListener("submit", function (event) { event.preventDefault(); });

  if (clear) {
    clear.addEventListener("click", function () {
      boxes.forEach(function (box) { box.checked = false; });
      if (stale) stale.hidden = true;
      render();
      writeAddress();
      // The button is gone with the ticks: the reader starts again where the page begins.
      if (choices[0]) choices[0].focus();
    });
  }

  readAddress();
  root.classList.add("finder--live");
  panel.hidden = false;
  groups.forEach(function (group) { group.hidden = true; });
  // A shared link opens on the category of its first ticked sign.
  var firstTicked = boxes.filter(function (box) { return box.checked; })[0];
  if (firstTicked) {
    var group = firstTicked.closest("fieldset");
    var at = signsOf(group).indexOf(firstTicked.closest(".sign"));
    pageOf[group.id] = Math.floor(at / PAGE);
    choose(group.getAttribute("data-category"), false);
  }
  render();
  // Old positional links become stable ones, and what else a link brought is dropped.
  if (firstTicked || window.location.search || window.location.hash) writeAddress();
})();
