// Stall Patterns: the site search's engine, loaded on first use of the search field
// (with vendor/minisearch.js and vendor/stemmer.js, and then search.json).
//
// MiniSearch ranks with BM25 and field weights; this file decides what a word is:
//  - folded (lower case, no accents, quotes and punctuation ignored, "who's" read as "who"
//    and "isn't" as "is"; an ampersand between letters kept: "P&L" is one word), common
//    words dropped,
//    American spellings read as British, common irregular forms as their base ("spent" is
//    "spend"), numbers in words as figures ("eleven" is "11"), English stems (Porter), so
//    "verifying" finds "verify";
//  - one typo forgiven in words of five letters or more ("goverance"); a word no pattern
//    has is read as the nearest word the patterns use ("verfication"), or as its stem's
//    stem ("perfectionism" as "perfect");
//  - words joined by hyphens are also indexed as one ("re-keying" as "rekeying"), and the
//    reader's words, hyphenated or apart, that a pattern or the synonyms write as one are
//    read as that word, with the words apart as another reading ("hand offs", "re-org");
//  - the last word also matches as a prefix while the reader is still typing;
//  - each word also finds its synonyms from mkdocs.yml (search.synonyms), weighted lower;
//  - patterns are ranked by score times the share of the reader's words they hold (each
//    word weighted by how few patterns hold the word itself, not its synonyms: "AI" tells
//    them apart less than "blame") and by how many of those words one title, other name,
//    sign or summary holds together;
//    patterns missing some words are marked partial, and the results as a whole when no
//    pattern has every word.
(function (global) {
  "use strict";

  var MiniSearch = global.MiniSearch;
  var stem = global.stemmer;

  // Title and other names weigh most, then signs, then summary, then the rest.
  var BOOST = { title: 6, aka: 6, signs: 3, summary: 2, category: 1.2, text: 1 };
  // A synonym listed under the reader's word counts half; the key a word is listed
  // under ("return" is listed under "roi") counts less: the relation is looser that way.
  var SYNONYM_WEIGHT = 0.5;
  var KEY_WEIGHT = 0.3;
  var PREFIX_WEIGHT = 0.3;
  var SCATTERED_WEIGHT = 0.1;
  var SCATTERED_OWN_WEIGHT = 0.7;
  var FIGURE_WEIGHT = 0.3;
  var STOP = Object.create(null);
  ("a an and are as at be been but by can do does for from had has have how i if in into is it its " +
    "me my no not of on or our so than that the their them then there these they this to too us was " +
    "we were what when where which who why will with you your need needs get gets got did done " +
    // Contractions, as folded ("won't" is "wont"): the words around them carry the meaning.
    "wont dont doesnt didnt cant couldnt isnt arent wasnt werent hasnt havent hadnt shouldnt wouldnt " +
    "im ive weve theyve youve theyre lets " +
    // Words that only fill out a sentence.
    "any anything something some just very really much about anyone anybody someone somebody").split(" ").forEach(function (w) { STOP[w] = true; });

  // American spellings read as the British ones the patterns are written in, so that
  // "organization" finds "organisation" at full weight: -ize/-yze words and their
  // derivatives by rule, the rest by list (each with its -s/-ed/-ing forms).
  var SPELLING = Object.create(null);
  ("license:licence program:programme behavior:behaviour color:colour favor:favour honor:honour " +
    "labor:labour neighbor:neighbour center:centre meter:metre fiber:fibre theater:theatre catalog:catalogue " +
    "dialog:dialogue analog:analogue judgment:judgement defense:defence offense:offence " +
    "fulfill:fulfil enroll:enrol install:instal skillful:skilful gray:grey " +
    "canceled:cancelled canceling:cancelling modeling:modelling modeled:modelled " +
    "labeled:labelled labeling:labelling traveled:travelled traveling:travelling " +
    "signaled:signalled signaling:signalling").split(" ").forEach(function (pair) {
    var p = pair.split(":");
    SPELLING[p[0]] = p[1];
    if (!/(ed|ing)$/.test(p[0])) SPELLING[p[0] + "s"] = p[1] + "s";
  });

  // Common irregular verb forms read as their base form, as the stemmer reads regular ones
  // ("spent" finds "spend", "bought" finds "buy"), and reflexive pronouns as "myself".
  var IRREGULAR = Object.create(null);
  ("bought:buy spent:spend paid:pay took:take taken:take gave:give given:give went:go gone:go " +
    "made:make built:build wrote:write written:write chose:choose chosen:choose brought:bring " +
    "sold:sell told:tell kept:keep met:meet began:begin begun:begin fell:fall grew:grow grown:grow " +
    "knew:know known:know saw:see seen:see felt:feel sent:send held:hold understood:understand " +
    "thought:think caught:catch ran:run broke:break broken:break drove:drive driven:drive " +
    "spoke:speak spoken:speak froze:freeze frozen:freeze stuck:stick " +
    // and verbs in "-lie", whose "-lies" is no plural of a noun in "-ly" (see adjective():
    // "underlies" was "under").
    "underlies:underlie overlies:overlie outlies:outlie " +
    // and a person's reflexive pronouns as one ("quicker to do it ourselves" is the
    // patterns' "myself" and "themselves").
    "ourselves:myself yourself:myself yourselves:myself themselves:myself himself:myself herself:myself " +
    "themself:myself " +
    // and an adjective's "-er" and "-est" as the adjective, which the stemmer keeps apart
    // ("the AI step is fast" is a reader's "faster"; "slower" is "slow").
    "faster:fast fastest:fast slower:slow slowest:slow quicker:quick quickest:quick " +
    "cheaper:cheap cheapest:cheap easier:easy easiest:easy harder:hard hardest:hard safer:safe safest:safe").split(" ").forEach(function (pair) {
    var p = pair.split(":");
    IRREGULAR[p[0]] = p[1];
  });

  // Words the stemmer would join to others they have nothing to do with ("productivity"
  // and "production" are both "product"; "accountable" and "accounts" both "account";
  // "personal" and "person"),
  // given stems of their own, each two letters or more from any other (one typo is forgiven).
  // The word lists here are prototype-less objects: "constructor" is a word like any other.
  var OWN_STEM = Object.create(null);
  ("productive:productiv productivity:productiv productively:productiv unproductive:unproductiv " +
    "accountable:accountabl accountability:accountabl unaccountable:unaccountabl " +
    // ("personal" use and accounts are not a named "person")
    "personal:personal personally:personal " +
    // and words the stemmer parts that a reader means alike ("accurate" and "accuracy").
    "accurate:accuraci accurately:accuraci inaccurate:inaccuraci usage:us usages:us " +
    "generative:generativ generic:generic general:general generals:general generally:general").split(" ").forEach(function (pair) {
    var p = pair.split(":");
    OWN_STEM[p[0]] = p[1];
  });

  // Numbers the patterns write in words, as British style has them ("eleven days",
  // "fourteen members", "ninety-two per cent", indexed also as "ninetytwo"), read as the
  // figure a reader types ("11 days", "92%"), in the index and in a query alike: else a
  // symptom stated as a figure found none of the patterns that state it in words.
  var UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
  var TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
  var NUMBER = Object.create(null);
  UNITS.forEach(function (word, n) { NUMBER[word] = String(n); });
  TENS.forEach(function (word, tens) {
    if (!word) return;
    NUMBER[word] = String(tens * 10);
    UNITS.slice(1, 10).forEach(function (unit, n) { NUMBER[word + unit] = String(tens * 10 + n + 1); });
  });

  function stemmed(term) {
    // "P&L" and "R&D" are abbreviations, not English words: as written, but for a plural's
    // "s" ("T&Cs" is "t&c").
    if (term.indexOf("&") !== -1) return term.replace(/&(\p{L})s$/u, "&$1");
    return NUMBER[term] || ownStem(term) || stem(IRREGULAR[term] || adjective(british(term)));
  }

  // An adverb read as its adjective ("quietly" is "quiet", "heavily" is "heavy", "weekly"
  // is "week"), which the stemmer keeps apart ("quietli"): a reader's "went quiet" is a
  // pattern's "went quietly". Not "-bly", "-lly" or "-ply" (the stemmer reads "possibly"
  // and "finally" already; "supply" is no adverb), nor a word of five letters ("early").
  // A noun so read ("anomaly") has its plural read alike ("anomalies"), as the stemmer had them.
  function adjective(term) {
    var one = /lies$/.test(term) ? term.slice(0, -4) + "ly" : term;
    return one.length < 6 || !/[^blp]ly$/.test(one) ? term : one.replace(/ily$/, "y").replace(/ly$/, "");
  }

  // A word's own stem, or its singular's ("accountabilities" is "accountability"), or that of
  // its "-able" spelling when written "-ible", a common misspelling ("accountible"): the
  // stemmer drops both endings, so without this the misspelling is "account".
  function ownStem(term) {
    var able = term.replace(/ib(le|ly|ility|ilities)$/, "ab$1");
    return OWN_STEM[term] || OWN_STEM[term.replace(/ies$/, "y")] || OWN_STEM[term.replace(/s$/, "")] ||
      (able !== term ? ownStem(able) : null);
  }

  function british(term) {
    if (SPELLING[term]) return SPELLING[term];
    return term
      // From the word's start: unanchored, each letter of a long word started a try.
      .replace(/^(\w{2,})iz(e|es|ed|ing|ation|ations|ational|er|ers)$/, "$1is$2")
      .replace(/^(\w{2,})yz(e|es|ed|ing|er|ers)$/, "$1ys$2");
  }

  // Lower case, without accents or apostrophes. Short forms are read as the word they
  // shorten ("who's" is "who", "isn't" is "is", "can't" is "can"), so that they are the
  // common words they stand for, and a possessive is its noun ("CEO's" is "ceo").
  function fold(text) {
    var folded = String(text || "").toLowerCase();
    // (Each step only where it can change something: the index folds every pattern's text.)
    if (!/^[\x00-\x7f]*$/.test(folded)) folded = folded.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    // A comma between thousands joins them ("£4,500" is "4500"), as the build reads them.
    if (folded.indexOf(",") !== -1) folded = folded.replace(/([0-9]),(?=[0-9]{3}(?![0-9]))/g, "$1");
    if (!/['\u2018\u2019`]/.test(folded)) return folded;
    return folded
      .replace(/\b(ca|wo|sha)n['\u2019]t\b/g, function (m, w) { return { ca: "can", wo: "will", sha: "shall" }[w]; })
      .replace(/(\p{L})n['\u2019]t\b/gu, "$1")
      .replace(/(\p{L})['\u2019](s|re|ve|ll|d|m)\b/gu, "$1")
      .replace(/[\u2018\u2019'`]/g, "");
  }

  // A word: letters and digits, and an ampersand between two ("P&L", "R&D" and "M&A" are
  // one word each, as stallpatterns.text.search_words reads them); anything else separates.
  var WORD = "[\\p{L}\\p{N}]+(?:&[\\p{L}\\p{N}]+)*";
  var WORDS = new RegExp(WORD, "gu");

  // Words as the reader typed them.
  function tokenize(text) {
    return fold(text).match(WORDS) || [];
  }

  // Runs of words joined by hyphens ("re-org", "end-to-end"), from the start of a run of
  // letters only (else each letter of a long word starts a try; nor after an '&').
  var HYPHENATED = new RegExp("(?<![\\p{L}\\p{N}&])" + WORD + "(?:-" + WORD + ")+", "gu");

  // For the index: each word, and each run of words joined by hyphens as one word
  // ("re-keying" is also "rekeying"), so that a reader who writes it either way finds it.
  function indexTokenize(text) {
    var folded = fold(text);
    var words = folded.match(WORDS) || [];
    var joined = folded.indexOf("-") !== -1 && folded.match(HYPHENATED);
    return joined ? words.concat(joined.map(function (w) { return w.replace(/-/g, ""); })) : words;
  }

  // A reader's "P & L" or "Q & A": two single letters either side of an ampersand, spaced,
  // are the abbreviation as the patterns write it ("P&L"); other spaced ampersands separate.
  var SPACED_AMPERSAND = /(^|[^\p{L}\p{N}&])(\p{L})[ \u00a0]*&[ \u00a0]*(\p{L})(?![\p{L}\p{N}&])/gu;

  function spacedAmpersands(text) {
    return text.replace(SPACED_AMPERSAND, "$1$2&$3");
  }

  // Whether a hyphen joins each of the reader's words (as tokenize reads them) to the next.
  var WORD_AND_HYPHEN = new RegExp(WORD + "(-(?=[\\p{L}\\p{N}]))?", "gu");

  function hyphens(text) {
    return Array.from(fold(text).matchAll(WORD_AND_HYPHEN), function (m) { return Boolean(m[1]); });
  }

  var longestWord = 40;  // until the index says (stallpatterns.text.LONGEST_SEARCH_WORD)

  // Each word's term worked out once: the patterns write the same words many times over,
  // and working them out again was most of the time building the index took at 1,000
  // patterns (4.2 s of a phone's CPU on the reader's first use of search).
  var termOf = new Map();

  function processTerm(word) {
    var known = termOf.get(word);
    if (known === undefined) termOf.set(word, known = termFor(word));
    return known;
  }

  function termFor(word) {
    var term = fold(word).replace(/[^\p{L}\p{N}&]+/gu, "");
    // As the build indexes (search.json's longest_word): no longer word is read.
    if (!term || STOP[term] || Array.from(term).length > longestWord || (term.length < 2 && !/\d/.test(term))) return null;
    return stemmed(term);
  }

  // A synonym key or term (or the reader's phrase it is compared with) as stems, single
  // letters kept ("plan B" is "plan b"), so that "hallucinations" finds what "hallucination" lists.
  function phraseKey(text) {
    return tokenize(text).filter(function (w) { return !STOP[w]; })
      .map(function (w) { return w.length < 2 ? w : stemmed(w); }).join(" ");
  }

  function unstemmed(word) {
    var term = fold(word).replace(/[^\p{L}\p{N}&]+/gu, "");
    return term && !STOP[term] ? term : null;
  }

  // Whether two words are one edit apart: a letter added, dropped, changed or two
  // neighbours swapped.
  function oneEditApart(a, b) {
    if (a === b) return false;
    if (a.length === b.length) {
      var diff = [];
      for (var i = 0; i < a.length && diff.length <= 2; i += 1) if (a[i] !== b[i]) diff.push(i);
      if (diff.length === 1) return true;
      return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
    }
    var long = a.length > b.length ? a : b;
    var short = a.length > b.length ? b : a;
    if (long.length - short.length !== 1) return false;
    var j = 0;
    while (j < short.length && short[j] === long[j]) j += 1;
    return short.slice(j) === long.slice(j + 1);
  }

  function stems(text) {
    return tokenize(text).map(processTerm).filter(Boolean);
  }

  // The engine for search.json's data, built at once; or, given `build`, by it (createAsync).
  function create(data, build) {
    longestWord = data.longest_word || longestWord;
    termOf = new Map();
    var categories = data.categories || {};
    // Keys as the reader's words are read ("buy-in" is "buy in").
    var synonyms = Object.create(null);
    var keyText = Object.create(null);
    Object.keys(data.synonyms || {}).forEach(function (key) {
      var k = phraseKey(key);
      keyText[k] = tokenize(key).join(" ");
      var terms = data.synonyms[key].map(function (s) { return { key: phraseKey(s), text: tokenize(s).join(" ") }; });
      synonyms[k] = (synonyms[k] || []).concat(terms);
    });
    // A key of several words is also the reader's word for it written as one ("signoff",
    // "golive", "factcheck"), unless that is a key of its own.
    Object.keys(data.synonyms || {}).forEach(function (key) {
      var apart = tokenize(key);
      var joined = apart.length > 1 && stemmed(apart.join(""));
      if (joined && !data.synonyms[apart.join("")] && !keyText[joined]) {
        keyText[joined] = apart.join(" ");
        synonyms[joined] = synonyms[phraseKey(key)];
      }
    });
    var vocabulary = data.vocabulary || [];
    // Section words come as delta-encoded numbers into the vocabulary (see feeds.py).
    function words(deltas) {
      var at = 0;
      return (deltas || []).map(function (d) { at += d; return vocabulary[at]; });
    }
    var docs = (data.patterns || []).map(function (p, id) {
      var category = categories[p.category] || { label: p.category, description: "" };
      return {
        id: id,
        url: p.url,
        title: p.title,
        aka: (p.aka || []).join(" ; "),
        summary: p.summary,
        signs: (p.signs || []).join(" ; "),
        category: category.label + " " + category.description,
        label: category.label,
        text: words(p.words).join(" "),
        akaList: p.aka || [],
        signList: p.signs || []
      };
    });
    // Each short field's stems, for the bonus below.
    docs.forEach(function (doc) {
      doc.short = [doc.title, doc.summary].concat(doc.akaList, doc.signList).map(stems);
    });
    // Every word the patterns use, as written (folded), with how often: a word no pattern
    // has, even with one typo in its stem, is read as the nearest of these ("verfication"
    // is "verification"), since a typo can change a word's stem by more than one letter.
    // Counted as the index reads each field.
    var written = Object.create(null);
    function countedTokens(text) {
      var words = indexTokenize(text);
      for (var i = 0; i < words.length; i += 1) written[words[i]] = (written[words[i]] || 0) + 1;
      return words;
    }
    var engine = new MiniSearch({
      fields: ["title", "aka", "signs", "summary", "category", "text"],
      tokenize: countedTokens,
      processTerm: processTerm,
      searchOptions: { tokenize: tokenize, boost: BOOST, bm25: { k: 1.2, b: 0.5, d: 0.5 } }
    });
    if (build) build(engine, docs); else engine.addAll(docs);

    // The written words in order, for the words a half-typed one may become: sorted once,
    // on the first search while typing.
    var sortedWritten = null;

    // The written words that start with `word`, in order (the first `most` of them, if given).
    function writtenFrom(word, most) {
      if (!sortedWritten) sortedWritten = Object.keys(written).sort();
      var low = 0;
      var high = sortedWritten.length;
      while (low < high) {
        var mid = (low + high) >> 1;
        if (sortedWritten[mid] < word) low = mid + 1; else high = mid;
      }
      var out = [];
      for (var i = low; i < sortedWritten.length && sortedWritten[i].lastIndexOf(word, 0) === 0 && !(out.length >= most); i += 1) {
        out.push(sortedWritten[i]);
      }
      return out;
    }

    // The stems of the written words whose start is one typo from a half-typed word that
    // starts none ("verifca" of "verification", "goveranc" of "governance", "reciev" of
    // "received"): the finished word's typo is forgiven, and its starts found nothing.
    function typoCompletions(word) {
      var found = Object.create(null);
      writtenFrom(word.slice(0, 2)).forEach(function (w) {
        for (var n = word.length - 1; n <= word.length + 1 && n <= w.length; n += 1) {
          if (oneEditApart(word, w.slice(0, n))) {
            if (processTerm(w)) found[processTerm(w)] = true;
            return;
          }
        }
      });
      return Object.keys(found);
    }

    // Whether a word the patterns write, other than a common word, starts with `word`.
    function startsOther(word) {
      return writtenFrom(word, 50).some(function (w) { return !STOP[w]; });
    }

    // The stems of the written words that start with a half-typed word but whose stems do
    // not ("verifica" is the start of "verification", whose stem is "verif"; "seven" of
    // "seventeen", indexed as "17"): the prefix search over stems finds the others. Without
    // them, a word that found its patterns at "verif" found none at "verifica", "verificat"
    // and "verificati", and found them again when finished.
    function completions(word) {
      var found = Object.create(null);
      var own = processTerm(word);
      writtenFrom(word).forEach(function (w) {
        var s = processTerm(w);  // (worked out once per word: processTerm keeps them)
        // (Not the typed word's own stem: the whole word is matched as such already.)
        if (s && s !== own && s.lastIndexOf(word, 0) !== 0) found[s] = true;
      });
      return Object.keys(found);
    }

    // The words of the synonyms' keys and terms, as stems: a word of a phrase the synonyms
    // know ("experts" in "subject matter experts") is not a typo for a word near it.
    var listed = Object.create(null);
    Object.keys(data.synonyms || {}).forEach(function (key) {
      [key].concat(data.synonyms[key]).forEach(function (phrase) {
        stems(phrase).forEach(function (s) { listed[s] = true; });
      });
    });

    function corrected(word) {
      if (word.length < 5 || written[word] || processTerm(word) === null || listed[processTerm(word)]) return word;
      if (synonyms[phraseKey(word)] || expansions(word).length) return word;
      // A form the patterns' words share a stem with ("verifications") stays as typed;
      // otherwise the nearest written word, before any stem one typo away ("acountability"
      // is "accountability", not a stem near "accounts").
      if (engine.search({ queries: [word] }).length) return word;
      var best = word;
      var bestCount = 0;
      Object.keys(written).forEach(function (w) {
        if (Math.abs(w.length - word.length) <= 1 && written[w] > bestCount && oneEditApart(word, w)) {
          best = w;
          bestCount = written[w];
        }
      });
      // A word only the synonyms know ("prototype", "hallucination") is the nearest too:
      // "protoype" found nothing, although "prototype" finds its pattern.
      if (best === word) {
        Object.keys(keyText).forEach(function (k) {
          var w = keyText[k];
          if (best === word && w.indexOf(" ") === -1 && Math.abs(w.length - word.length) <= 1 && oneEditApart(word, w)) best = w;
        });
      }
      return best;
    }

    // How often the patterns write one half of a word parted in two: a common word counts
    // as written by every pattern, a word the synonyms know as written once, and a half of
    // two letters or fewer (other than a common word) as never: "re" or "co" alone tell nothing.
    function half(part) {
      if (STOP[part]) return Infinity;
      return part.length >= 3 ? written[part] || (known(part) ? 1 : 0) : 0;
    }

    // Two words typed as one on a phone ("goodenough", "sponsorleft", "securityreview"),
    // which neither the patterns, the synonyms nor one typo know, read apart as the two
    // words the patterns write (one may be a common word: "forever" is "for ever"); of
    // several ways to part it, the one whose rarer half the patterns write most often.
    // Without this, the run found nothing at all.
    function parted(word) {
      // (A word too long for the index is not tried: each place to part it is a try.)
      if (word.length < 5 || processTerm(word) === null || known(word) || corrected(word) !== word ||
          engine.search({ queries: [word] }).length) return [word];
      var best = null;
      var bestCount = 0;
      for (var at = 2; at <= word.length - 2; at += 1) {
        var head = word.slice(0, at);
        var tail = word.slice(at);
        var count = Math.min(half(head), half(tail));
        if (count > bestCount && count !== Infinity) { best = [head, tail]; bestCount = count; }
      }
      return best || [word];
    }

    // Synonyms both ways, for words and phrases: "roi" finds "return", and "return"
    // finds "roi" (but not the other terms listed under "roi").
    // Keys and terms are compared as stems ("signs off" is listed as "sign off"); a key is
    // searched as its stems, a term as written.
    function expansions(phrase) {
      var key = phraseKey(phrase);
      if (!key) return [];
      var found = Object.create(null);
      Object.keys(synonyms).forEach(function (k) {
        if (k !== key && synonyms[k].some(function (t) { return t.key === key; })) found[keyText[k]] = KEY_WEIGHT;
      });
      (synonyms[key] || []).forEach(function (t) {
        if (t.key !== key) found[t.text] = SYNONYM_WEIGHT;
      });
      return Object.keys(found).map(function (s) { return { text: s, weight: found[s] }; });
    }

    // The words apart of a key of several words that the reader wrote as one ("golive" is
    // "go live"), for a pattern that writes them apart to be found as well as by the key's
    // synonyms: without them, "golive" found the patterns that hold "launch" or
    // "production" above the one whose signs say "go live".
    function joinedKey(word) {
      var key = word.indexOf(" ") === -1 && processTerm(word) !== null && keyText[stemmed(word)];
      return key && key.indexOf(" ") !== -1 ? key : null;
    }

    // Whether a word is one the patterns or the synonyms use ("handoffs", "copilot").
    function known(word) {
      return Boolean(written[word] || synonyms[phraseKey(word)] || expansions(word).length);
    }

    // The reader's words, with multi-word synonym keys ("sign off", "shadow ai") kept whole,
    // and words that a pattern or the synonyms write as one read as that word, with the
    // words apart as its parts: two words ("hand offs", "co pilot"), or a run joined by
    // hyphens ("re-org", "co-pilot", "buy-in": its words may be common ones).
    function groups(query, longest, typing) {
      query = spacedAmpersands(query);
      var words = [];
      var hyphen = [];
      var joins = hyphens(query);
      var typed = tokenize(query);
      typed.map(function (word, at) {
        // The word being typed, while it is the start of a word the patterns write, is read
        // as typed: not as a typo for another word ("accou" is not "accord"), nor as two.
        return typing && at === typed.length - 1 && writtenFrom(word, 1).length ? [word] : parted(corrected(word));
      }).forEach(function (parts, at) {
        parts.forEach(function (w, n, all) {
          words.push(w);
          hyphen.push(n === all.length - 1 ? joins[at] : false);
        });
      });
      var out = [];
      for (var i = 0; i < words.length; i += 1) {
        var taken = 1;
        for (var n = Math.min(longest || 4, words.length - i); n > 1; n -= 1) {
          var phrase = words.slice(i, i + n).join(" ");
          // A phrase starts and ends with words that count ("accountable when" is not one).
          if (STOP[words[i]] || STOP[words[i + n - 1]] || phraseKey(phrase).indexOf(" ") === -1) continue;
          if (synonyms[phraseKey(phrase)] || expansions(phrase).length) { taken = n; break; }
        }
        var run = 1;
        while (hyphen[i + run - 1] && i + run < words.length) run += 1;
        if (run === 1 && i + 1 < words.length && !STOP[words[i]] && !STOP[words[i + 1]]) run = 2;
        // The longest run from here that is one known word ("re-org-driven": "reorg", then
        // "driven" on its own).
        var joined = null;
        for (; taken === 1 && run > 1 && !joined; run -= 1) {
          if (known(words.slice(i, i + run).join(""))) joined = words.slice(i, i + run).join("");
        }
        if (joined) taken = run + 1;
        var text = words.slice(i, i + taken).join(" ");
        var last = i + taken === words.length;
        var apart = !joined && taken === 1 ? joinedKey(text) : null;
        if (joined) out.push({ text: joined, last: last, parts: text });
        else if (apart) out.push({ text: text, last: last, parts: apart });
        else if (taken > 1 || processTerm(text) !== null) out.push({ text: text, last: last });
        i += taken - 1;
      }
      // Common words only, the last of them the start of a word the patterns write: it is the
      // word the reader is typing ("not" of "nothing", "the too" on the way to "the tool"),
      // else "No pattern matches" (or "only common words") showed at each such start.
      var end = words[words.length - 1];
      if (typing && !out.length && end && STOP[end] && startsOther(end)) out.push({ text: end, last: true, start: true });
      return out;
    }

    // The start of a word being typed, alone: the indexed words it starts, as typed and as
    // the stems of the written words it starts.
    function startScores(word) {
      var best = Object.create(null);
      var start = { queries: [word], prefix: true, processTerm: function (t) { return fold(t); } };
      var ahead = completions(word);
      engine.search({ combineWith: "OR", queries: ahead.length ? [start, { queries: ahead, processTerm: function (t) { return t; } }] : [start] })
        .forEach(function (hit) { best[hit.id] = { score: hit.score * PREFIX_WEIGHT, terms: hit.terms, own: true }; });
      return best;
    }

    // One of the reader's words (or phrases): its best score per pattern, from the word
    // itself or, weighted lower, from one of its synonyms (the best one, not their sum,
    // so a pattern that happens to hold many synonyms does not outrank the reader's word).
    function groupScores(group, typing) {
      if (group.start) return startScores(group.text);
      var words = tokenize(group.text).filter(function (w) { return processTerm(w) !== null; });
      var own = {
        combineWith: "AND",
        queries: words.map(function (w, i) {
          // One typo forgiven when the word's stem has five letters or more: shorter stems
          // ("nothing" is "noth") are too near too many other words.
          var whole = { queries: [w], fuzzy: w.length >= 5 && processTerm(w).length >= 5 ? 1 : false };
          // (From two letters: a later word's first two made every pattern a partial match.)
          if (!(typing && group.last && i === words.length - 1 && w.length >= 2)) return whole;
          // While typing, the last word may be unfinished: it also matches the start of
          // indexed words, as typed (not stemmed: "buy" must not become "bui" and find "build"),
          // and the stems of the written words it is the start of. Weighted low: it adds to
          // the whole word's score when both match.
          var start = { queries: [w], prefix: true, processTerm: unstemmed, boostTerm: function () { return PREFIX_WEIGHT; } };
          var ahead = completions(w);
          if (!ahead.length && w.length >= 4 && !writtenFrom(w, 1).length) ahead = typoCompletions(w);
          if (!ahead.length) return { combineWith: "OR", queries: [whole, start] };
          var completed = { queries: ahead, processTerm: function (t) { return t; }, boostTerm: function () { return PREFIX_WEIGHT; } };
          return { combineWith: "OR", queries: [whole, start, completed] };
        })
      };
      var best = Object.create(null);
      function take(hits, weight, own) {
        hits.forEach(function (hit) {
          var score = hit.score * weight;
          var seen = best[hit.id];
          if (!seen) best[hit.id] = seen = { score: 0, terms: [], own: false };
          seen.own = seen.own || Boolean(own);
          seen.score = Math.max(seen.score, score);
          hit.terms.forEach(function (t) { if (seen.terms.indexOf(t) === -1) seen.terms.push(t); });
        });
      }
      var ownHits = engine.search(own);
      if (group.parts) {
        // The word joined, or its parts apart: whichever a pattern matches better. (The
        // group is read as the joined word for synonyms and closeness, which is what puts
        // "handoffs" above two patterns that merely hold "hand" and "off".)
        ownHits = ownHits.concat(engine.search(group.parts, { combineWith: "AND" }));
      }
      if (!ownHits.length && words.length === 1) {
        // A derived form whose stem no pattern has ("perfectionism" is "perfection", while
        // "perfection" is "perfect"): read as its stem's stem.
        ownHits = engine.search({ queries: [words[0]], processTerm: function (t) { var s = processTerm(t); return s && stem(s); } });
      }
      if (words.length > 1) {
        // A phrase the synonyms know ("personal data", "sign off") is the reader's own where
        // its words sit together in one title, other name, sign or summary; its words
        // scattered over a pattern ("personal" accounts, "data" in a section) count less, as a
        // synonym's do. Else they outranked the pattern that holds the phrase's synonyms.
        var ownPhrase = stems(group.text);
        ownHits.forEach(function (hit) {
          var whole = docs[hit.id].short.some(function (field) {
            return ownPhrase.every(function (w) { return field.indexOf(w) !== -1; });
          });
          take([hit], whole ? 1 : SCATTERED_OWN_WEIGHT, true);
        });
      } else {
        take(ownHits, 1, true);
      }
      // A word no pattern uses ("RACI", "DPIA") is read through its synonyms alone, at full weight.
      var alone = ownHits.length === 0;
      // Joined words' synonyms, and their parts' ("buy-in" is listed as "buy in").
      var others = expansions(group.text).concat(group.parts ? expansions(group.parts) : []);
      others.forEach(function (other) {
        var weight = alone ? 1 : other.weight;
        var phrase = stems(other.text);
        engine.search(other.text, { combineWith: "AND" }).forEach(function (hit) {
          // A synonym of several words ("changed role") counts in full where its words sit
          // together in one title, other name, sign or summary; scattered, much less.
          var whole = phrase.length < 2 || docs[hit.id].short.some(function (field) {
            return phrase.every(function (w) { return field.indexOf(w) !== -1; });
          });
          take([hit], whole ? weight : weight * SCATTERED_WEIGHT);
        });
      });
      return best;
    }

    // The reader's own words together in one title, other name, sign or summary are a
    // stronger signal than the same words scattered over the page.
    var TOGETHER = 3;

    // How many of the reader's words (or phrases) one short field holds together, at most:
    // all of them multiply a pattern's score by TOGETHER, fewer (but two or more) by less.
    function together(doc, parts) {
      var wanted = parts.map(function (g) { return stems(g.text); });
      var most = 0;
      doc.short.forEach(function (field) {
        var count = wanted.filter(function (words) {
          return words.length && words.every(function (w) { return field.indexOf(w) !== -1; });
        }).length;
        most = Math.max(most, count);
      });
      return most;
    }

    // Whether one of the reader's words is a number, in figures or in words ("6", "six").
    function figure(group) {
      return /^\d+$/.test(processTerm(group.text) || "");
    }

    // (A figure does not count: a pattern's "six months ago" is not the reader's "6 months".)
    function closeness(doc, parts) {
      parts = parts.filter(function (g) { return !figure(g); });
      if (parts.length < 2) return 1;
      var count = together(doc, parts);
      return count < 2 ? 1 : 1 + (TOGETHER - 1) * (count - 1) / (parts.length - 1);
    }

    // The reader's words as groups, each with its scores. A phrase the synonyms know that
    // no pattern holds, nor any of its synonyms ("data protection impact assessment" is
    // listed under "dpia", which no pattern writes), is read again as shorter phrases and
    // words, as if the synonyms did not know it: else a query whose words the patterns
    // hold found nothing at all.
    function read(query, typing, longest, last) {
      var parts = [];
      var scores = [];
      groups(query, longest, typing && last).forEach(function (g) {
        g.last = g.last && last;
        var byDoc = groupScores(g, typing);
        var size = g.text.split(" ").length;
        if (Object.keys(byDoc).length || g.parts || size < 2) {
          parts.push(g);
          scores.push(byDoc);
          return;
        }
        var again = read(g.text, typing, size - 1, g.last);
        parts = parts.concat(again.parts);
        scores = scores.concat(again.scores);
      });
      return { parts: parts, scores: scores };
    }

    // Ranked by score, scaled by the share of the reader's words a pattern has and by how
    // many of them sit together (never alphabetical); a pattern without every word is
    // marked partial, and the results are when no pattern has every word.
    function search(query, typing) {
      var reading = read(query, typing, 4, true);
      var parts = reading.parts;
      // (Words, but only common ones, which no pattern is told apart by: "the of and".)
      var typed = tokenize(query);
      if (!parts.length) return { hits: [], partial: false, common: typed.length > 0 && typed.every(function (w) { return STOP[w]; }) };
      var scores = reading.scores;
      // Each of the reader's words weighs what it tells the patterns apart by (BM25's inverse
      // document frequency over the patterns that hold it): a word nearly every pattern has
      // ("AI") weighs little, so that a pattern missing it still ranks by the words that count.
      // The patterns its synonyms find do not count when some pattern holds the word itself:
      // a word with many synonyms ("ROI", "governance") is not thereby a common one. A word no
      // pattern holds ("RACI") weighs by the patterns its synonyms find.
      var all = docs.length;
      // A figure ("6 months", "14 members") weighs little in that share: a reader's is most
      // often their own count, not the one a pattern's story happens to give, so a pattern
      // without it is not thereby far behind; one that writes it gains its score.
      var weights = scores.map(function (byDoc, index) {
        var ids = Object.keys(byDoc);
        var own = ids.filter(function (id) { return byDoc[id].own; }).length;
        var n = own || ids.length;
        return (n ? Math.log(1 + (all - n + 0.5) / (n + 0.5)) : 0) * (figure(parts[index]) ? FIGURE_WEIGHT : 1);
      });
      var total = weights.reduce(function (a, b) { return a + b; }, 0) || 1;
      var found = Object.create(null);
      scores.forEach(function (byDoc, index) {
        Object.keys(byDoc).forEach(function (id) {
          var f = found[id] || (found[id] = { matched: 0, weight: 0, score: 0, terms: [] });
          f.matched += 1;
          f.weight += weights[index];
          f.score += byDoc[id].score;
          byDoc[id].terms.forEach(function (t) { if (f.terms.indexOf(t) === -1) f.terms.push(t); });
        });
      });
      var ranked = Object.keys(found).map(function (id) {
        var doc = docs[Number(id)];
        var f = found[id];
        var complete = f.matched === parts.length;
        // A pattern missing some of the reader's words still ranks, by the share of their
        // weight it has: one missing verb ("keeps", "takes") need not bury the pattern
        // that has the words that count.
        var share = f.weight / total;
        var score = f.score * closeness(doc, parts) * share;
        return { url: doc.url, title: doc.title, label: doc.label, score: score, partial: !complete, terms: f.terms, doc: doc, order: Number(id) };
      });
      // By score (a rare word matched outweighs a common one), partial matches marked as such.
      ranked.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
      return { partial: ranked.length > 0 && ranked.every(function (hit) { return hit.partial; }), hits: ranked };
    }

    return { search: search };
  }

  // Words of `text` with, for each, whether its stem is one of `terms` (the index terms
  // a hit matched); the separators are kept, so the pieces put back make the text.
  function marks(text, terms) {
    var wanted = Object.create(null);
    terms.forEach(function (t) { wanted[t] = true; });
    var out = [];
    var re = /[\p{L}\p{N}'\u2019]+(?:&[\p{L}\p{N}]+)*/gu;
    var at = 0;
    var m;
    while ((m = re.exec(text)) !== null) {
      if (m.index > at) out.push({ text: text.slice(at, m.index), hit: false });
      var term = processTerm(m[0]);
      out.push({ text: m[0], hit: term !== null && wanted[term] === true, word: true });
      at = m.index + m[0].length;
    }
    if (at < text.length) out.push({ text: text.slice(at), hit: false });
    return out;
  }

  // The part of a hit worth showing: the first of its other names, signs and summary
  // that holds a matched word, cut at word boundaries around that word; if only its
  // sections hold them, the summary and the matched words from the sections.
  var BEFORE = 8;
  var AFTER = 18;

  function snippet(hit) {
    var doc = hit.doc;
    var sources = doc.akaList.map(function (n) { return { kind: "Also known as", text: n }; })
      .concat(doc.signList.map(function (s) { return { kind: "Sign", text: s }; }))
      .concat([{ kind: "", text: doc.summary }]);
    for (var i = 0; i < sources.length; i += 1) {
      var pieces = marks(sources[i].text, hit.terms);
      for (var j = 0; j < pieces.length; j += 1) {
        if (pieces[j].hit) return { kind: sources[i].kind, pieces: window(pieces, j) };
      }
    }
    var titleHit = marks(doc.title, hit.terms).some(function (p) { return p.hit; });
    var inText = marks(doc.text, hit.terms).filter(function (p) { return p.hit; });
    if (titleHit || !inText.length) return { kind: "", pieces: window(marks(doc.summary, hit.terms), 0) };
    var listed = [];
    inText.slice(0, 5).forEach(function (p, i) {
      if (i) listed.push({ text: ", ", hit: false });
      listed.push(p);
    });
    return { kind: "Also mentions", pieces: listed };
  }

  // Keep BEFORE words before the first hit and AFTER words after it, whole words only.
  function window(pieces, first) {
    var start = first;
    var words = 0;
    while (start > 0 && words < BEFORE) { start -= 1; if (pieces[start].word) words += 1; }
    while (start > 0 && !pieces[start].word) start += 1;
    var end = first;
    words = 0;
    while (end < pieces.length - 1 && words < AFTER) { end += 1; if (pieces[end].word) words += 1; }
    var cut = pieces.slice(start, end + 1);
    while (cut.length && !cut[cut.length - 1].word && end < pieces.length - 1) cut.pop();
    if (start > 0) cut.unshift({ text: "…", hit: false });
    if (end < pieces.length - 1) cut.push({ text: "…", hit: false });
    return cut;
  }

  // A short text (a title) as pieces, matched words marked.
  function snippetOf(text, terms) {
    return marks(text, terms);
  }

  // The same engine, built a few patterns at a time, each batch a task of its own: at 1,000
  // patterns, building it at once was one task of a second of a phone's CPU, in which the
  // letters a reader typed did not show.
  var BATCH = 25;
  function createAsync(data) {
    var built;
    var api = create(data, function (engine, docs) { built = engine.addAllAsync(docs, { chunkSize: BATCH }); });
    return built.then(function () { return api; });
  }

  global.StallSearch = { create: create, createAsync: createAsync, snippet: snippet, snippetOf: snippetOf, tokenize: tokenize, indexTokenize: indexTokenize, processTerm: processTerm };
})(typeof globalThis !== "undefined" ? globalThis : self);
