"""Sentences that say the site's offers, or the site itself, are now someone else's: run,
sold or booked by another ('From April, the Review is delivered by our partners at Northgate
Advisory'), moved or renamed ('The Review has moved'), or that the site is closing or has been
taken over. With an address, contacts.py reads such a sentence as bookings elsewhere; without
one, it still tells readers, in the site's own voice, to take their business to another. The
offers and the site's bookings are the site's to describe, on every page: a pattern never
speaks of them so."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from . import body, elsewhere
from .diagnostics import Report
from .source import Source
from .text import in_small_letters, names_parted, sentences_of

# Words that say how long or how widely, between the subject and its verb ('is now also run by').
_HOW = r"(?:\s+(?:now|also|temporarily|currently|exclusively|only|all|both|still|from\s+now\s+on))*"
# Given by another: the offer run, sold or booked by someone ('is delivered by', 'are handled
# through', 'will be run by'); not 'was run by', told of a time before.
_GIVEN = (
    *elsewhere.HANDED, "delivered", "managed", "maintained", "published", "fulfilled", "covered", "arranged", "booked", "contracted",
    "subcontracted", "white-labelled", "white-labeled", "invoiced", "acquired", "licensed", "supplied", "collected", "issued", "outsourced",
)
_BY = r"(?:\s+[\w-]+){0,3}?\s+(?:by|through|via|under|in\s+partnership\s+with|on\s+(?:our|the\s+authors[’']?|this\s+site[’']s)\s+behalf)\b"
# Given to another: 'is subcontracted to …', 'has been handed over to …'.
_GIVEN_TO = ("subcontracted", "outsourced", "handed", "passed", "transferred", "licensed", "sold")
# Who now gives it, before its name: 'Northgate Advisory now run the Review' (a name, then 'now',
# or 'on our behalf' after: 'Most trusts run the Review in-house' tells of clients).
_GIVES = r"(?:run|runs|deliver|delivers|own|owns|operate|operates|provide|provides|sell|sells|handle|handles|cover|covers|book|books|offer|offers)"
# What says that it is so now, or from a day: 'now', 'from April', 'will be', 'instead'.
_NOW = re.compile(r"(?i)\b(?:now|from\s+(?:now|today|next|\d{1,2}(?:st|nd|rd|th)?\s+\w+|(?:January|February|March|April|May|June|July|August|September|October|November|December))|will\s+be|instead|no\s+longer)\b")
# Another who now gives it, named ('Northgate Advisory', 'our partners at …'), not a public body
# ('NHS England', 'HM Treasury', 'the Cabinet Office') nor the site's own authors.
_ANOTHER = (
    r"(?:(?i:our\s+(?:new\s+)?(?:partners?|agency|agents?|associates?|resellers?|sister\s+(?:site|firm|company))(?:\s+at)?\s+)?"
    r"(?!(?:NHS|HM|The|Department|Ministry|Cabinet|Parliament|Council|Government|Office|Treasury|Home|National|Royal|University|Trust|Board|CQC|NICE|ICO|NAO)\b)"
    # (Nor one whose name says it is: 'Leeds City Council', 'Health Education England'.)
    r"(?![A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){0,3}?\s+(?:Council|Trust|England|Scotland|Wales|Department|Ministry|Office|Authority|Agency|Commission|Service|Services|University|College|Board)\b)"
    r"[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){0,3}"
    r"|(?i:our\s+(?:new\s+)?(?:partners?|agency|agents?|associates?|resellers?)))"
)
# What every such sentence's subject holds besides an offer's or the site's name (its offers, its
# booking button), looked for as plain words at C speed before any expression reads it.
_HELD = (
    " offers", "button", " box", " form", "booking", "enquiries", "this site",
    # (Said to be wrong or not to be used: 'The price shown below is wrong', 'Don't use the link'. Not
    # 'price', 'cost' or 'link' alone, in most paragraphs: five times the check's time.)
    "price shown", "prices shown", "price given", "price listed", "price quoted", "fee shown", "fees shown", "cost shown",
    "use the link", "click the link", "use this link", "use our link",
)  # ('Booking through this site is now closed': helper-231)
# What the site's own call to action is called, as a reader sees it below the article.
# (Below the article, where the site puts it: not 'the booking form on this page', another site's, quoted.)
# (Not 'the button below the form on the old portal', 'at the bottom of the intranet page'.)
_ITS_BUTTON = r"(?i:the\s+(?:booking\s+)?(?:button|box|form)s?\s+(?:below(?!\s+(?:the|a|an|this|that)\b)|at\s+the\s+(?:end|foot|bottom)(?:\s+of\s+this\s+page|(?!\s+of\b))))"
# What says not to use it: 'no longer', 'out of date', 'Ignore', 'Please don't use'.
_NOT_TO_USE = (
    r"(?i:no\s+longer|out\s+of\s+date|broken|ignore|(?:don[’']t|do\s+not|please\s+don[’']t)\s+use|old\s+(?:calendar|address|mailbox|inbox|page)|not\s+working"
    r"|(?:doesn|don|won)[’']t\s+work|(?:is|are)\s+(?:down|disabled|wrong))"
)


@lru_cache(maxsize=4)
def _handed_said(site_name: str, offers: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The words that say an offer of ``offers`` (their names), or the site, is now another's;
    and those that say so of an offer by its last word alone, read where the sentence says
    that it is so now (:data:`_NOW`)."""
    heads = sorted({name.split()[-1] for name in offers if name.split() and name.split()[-1][:1].isupper()})
    if not heads:
        return None
    # Each name, and its last two words where it has more ('Stall Diagnosis'), as offers are named.
    names = dict.fromkeys(" ".join(part) for name in offers for part in (name.split(), name.split()[-2:]) if part)
    full = names_parted(names, r"\s+")
    # An offer by its name ('the Stall Review'): by its last word alone ('the Review', 'the
    # Diagnosis') it is as often a government's review or a clinician's diagnosis ('The Review
    # is published by NHS England each spring', 'The Diagnosis is delivered by letter': the
    # false-refusal round of the forty-eighth session), but for the site's own voice, below.
    # (Capitalised as the offer is, or in capitals: 'a stall review is run by the PMO' tells of another.)
    capitals = names_parted((name.upper() for name in names), r"\s+")
    named = rf"(?:(?i:the|our|this|both|all|each|a|an|any)\s+)?(?:{full}|{capitals})(?:s|es|[’']s)?\b(?!\s+[A-Z])"
    short = rf"(?i:the|our)\s+(?:{'|'.join(map(re.escape, heads))})\b(?!\s+[A-Z])"
    where = r"(?:below|above|listed(?:\s+below|\s+at\s+the\s+end(?:\s+of\s+this\s+page)?)?|at\s+the\s+end(?:\s+of\s+this\s+page)?|on\s+this\s+page)"
    # (Or what is paid or asked for it: 'Payments for the Diagnosis are collected by …'.)
    offer = rf"(?:(?i:(?:bookings|payments|invoices|enquiries|requests|contracts)\s+for\s+)?{named}|(?i:(?:both|the|this\s+site[’']s|our)\s+offers(?:\s+{where})?))"
    # The site by its name ('This site is now part of Barts Health' is a hospital's site).
    # (As it is written, or in capitals: 'these stall patterns are moving into procurement' tells of
    # stall patterns, this site's subject, not of the site: the false-refusal round of the forty-eighth session.)
    site = "(?-i:" + names_parted(dict.fromkeys((site_name, site_name.upper())), r"[\s-]*") + ")" if site_name.strip() else "(?!)"
    moved = "|".join(elsewhere.MOVED)
    # By its last word, by a firm named or the site's partners ('From April, the Review is delivered
    # by our partners at …', 'The Review is now run by Northgate Advisory'; not 'The Review is
    # delivered by HM Treasury every three years', nor 'NHS England now runs the Review nationally',
    # a public body's: the false-refusal round of the forty-eighth session).
    by_short = re.compile(
        rf"\b{short}{_HOW}\s+(?i:is|are|will\s+be|has\s+been|have\s+been|[’']s){_HOW}\s+(?i:{'|'.join(_GIVEN)}){_BY}\s+{_ANOTHER}"
        rf"|(?:^\W*|(?<=[,;:]\s)){_ANOTHER}\s+(?:(?i:now|exclusively)\s+)?{_GIVES}\s+{short}"  # (the whole of who: not 'England now runs')
    )
    return by_short, re.compile(
        # 'the Review is delivered by …', 'Bookings for both offers are now handled by …' (not by the
        # site's own authors: 'The Stall Review is offered by the authors alone').
        rf"\b{offer}(?:\s+(?i:bookings?|sessions?|enquiries|payments|invoices))?{_HOW}\s+(?i:is|are|will\s+be|has\s+been|have\s+been|[’']s|[’']re){_HOW}"
        rf"\s+(?i:{'|'.join(_GIVEN)}){_BY}(?!\s+(?i:the\s+authors|us|me|this\s+site|{site})\b)"
        rf"|\b{offer}{_HOW}\s+(?i:is|are|will\s+be|has\s+been|have\s+been){_HOW}\s+(?i:{'|'.join(_GIVEN_TO)})\s+(?i:over\s+)?to\b"
        # 'The Stall Review has moved', capitalised as the offer is (not 'The stall review moved to Thursday').
        rf"|\b(?:(?i:the|our|this)\s+)?(?:{full})"
        rf"(?:\s+(?i:has|have))?{_HOW}\s+(?i:{moved}|been\s+(?:{moved}|renamed|spun\s+out|handed\s+over)|renamed|spun\s+out|(?:is|are)\s+moving)\b"
        # 'The Review's new owner is …', 'The Review has found a new home with …', 'belongs to …'.
        rf"|\b{offer}(?:[’']s\s+new|\s+(?:has\s+found|has)\s+a\s+new)\s+(?i:home|owner|provider|name)\b|\b{offer}\s+(?i:belongs\s+to|now\s+belongs)\b"
        # Another, by name, giving it now: 'Northgate Advisory now run the Review', 'took over the Review'.
        rf"|\b(?-i:[A-Z][\w&-]*)(?:\s+(?-i:[A-Z][\w&-]*)){{0,3}}\s+(?:(?i:now|also|exclusively)\s+{_GIVES}\s+{offer}|(?i:took|have\s+taken|has\s+taken)\s+(?:over|on)\s+{offer}"
        rf"|{_GIVES}\s+{offer}\s+(?i:on\s+(?:our|the\s+authors[’']?|this\s+site[’']s)\s+behalf|now\b|for\s+us\b|instead\b)"
        rf"|(?i:are|is)\s+the\s+(?:new\s+|exclusive\s+|sole\s+|only\s+)*(?i:providers?|stewards?|owners?|suppliers?|resellers?)\s+of\s+{offer})"
        # Handed on, in the site's voice: 'We have handed the Review over to …', 'We outsource the
        # Stall Review to …' (not 'We outsourced the Diagnosis to a third party', a client's, told of).
        rf"|\b(?i:we|I|the\s+authors)(?:[’']ve|\s+have)\s+(?:(?i:now)\s+)?(?i:handed|passed|transferred|sold|licensed)\s+(?:{offer}|{short})\s+(?i:over\s+)?to\b"
        rf"|\b(?i:we|I|the\s+authors)\s+(?:(?i:now)\s+)?(?i:hand|pass|outsource|subcontract|transfer|license|licence)\s+{offer}\s+(?i:over\s+)?to\b"
        # The site itself, by its name: taken over, closing, or no longer taking bookings.
        rf"|\b{site}{_HOW}\s+(?i:has\s+been\s+(?:acquired|taken\s+over|sold)|(?:has\s+)?merged\s+with|is\s+now\s+(?:part\s+of|a|an|published|maintained|operated|run|owned)"
        r"|is\s+(?:published|maintained|operated|owned)\s+by|(?:will|is\s+going\s+to)\s+close|is\s+closing|no\s+longer\s+(?:runs|takes|handles|offers|accepts)"
        r"|has\s+stopped\s+taking|(?:is|are)\s+moving|is\s+(?:operated|run|published)\s+under)\b"
        # No more bookings through it: 'We no longer accept bookings through this site', 'The authors
        # of this site no longer take bookings', 'Bookings through this website are suspended'.
        # (Through this site: 'We no longer accept bookings by phone', the council said.)
        r"|\b(?i:we|I|the\s+authors(?:\s+of\s+this\s+site)?)\s+(?i:no\s+longer|(?:have\s+)?stopped)\s+(?i:take|taking|accept|accepting|handle|handling)\s+(?i:bookings|enquiries)"
        r"(?:\s+(?i:directly))?\s+(?i:through|on|via|at|from)\s+(?i:this\s+(?:site|website|page)|here)\b|\b(?i:the\s+authors\s+of\s+this\s+site)\s+(?i:no\s+longer)\b"
        rf"|\b(?i:bookings?|enquiries)\s+(?i:through|on|via|for|at)\s+(?:{site}|{offer}|(?i:this\s+(?:page|site|website)))\s+(?i:are|is)\s+(?:now\s+)?(?i:suspended|paused|closed)\b"
        r"|\b(?i:bookings|enquiries)\s+(?i:are|is)\s+(?:now\s+)?(?i:suspended|paused|closed)\s+(?i:here|on\s+this\s+site)\b"
        # The site's own call to action, said not to work ('The booking button below goes to a
        # mailbox we no longer watch', 'Ignore the booking box at the end').
        rf"|\b(?:{_NOT_TO_USE})\b.{{0,60}}?{_ITS_BUTTON}|{_ITS_BUTTON}.{{0,80}}?\b(?:{_NOT_TO_USE})"
        # Told to the reader, where it starts the sentence: 'Please don't use the booking button', 'The price
        # shown below is wrong', 'The Diagnosis is no longer offered here' (the attack round of the fifty-fifth
        # session; not 'Customers don't use the booking button on the clinic's app', told of).
        r"|^\W*(?i:please\s+)?(?i:don[’']t|do\s+not|never)\s+(?i:use|click|press)\s+(?i:the|our|this)\s+(?i:booking\s+|book\s+)?(?i:button|link|box|form)(?!\s+(?i:on|in|of)\s+(?!this\s+page))\b"
        rf"|^\W*(?i:the|our|this)\s+(?i:price|fee|cost)s?\s+(?i:shown|given|listed|quoted)\s+{where}\s+(?i:is|are)\s+(?i:wrong|out\s+of\s+date|old|incorrect|no\s+longer\s+(?:right|correct|valid))\b"
        rf"|\b(?:{offer}|{short})\s+(?i:is|are)\s+(?i:no\s+longer)\s+(?i:offered|available|running|taking\s+bookings)(?:\s+(?i:here|on\s+this\s+site|through\s+this\s+site))?[\s.!]*$"
    )


# (The prices round of the fifty-sixth session: each published.) Readers steered to buy an offer, or
# the same thing, from the author or another firm instead of the site: a version of it the author
# sells ('I offer a cheaper version of the stall review myself'), the same done by the author apart
# ('If the Stall Review is booked up, I do the same thing independently for half the fee'), the
# author asked first or said to be cheaper than booking here ('Before you book anything here, talk to
# me first; I am usually cheaper', "Don't book below: my own firm does this faster"), the offer bought
# or invoiced through another ('The Diagnosis can also be bought through JSA Ltd', 'Invoices for the
# Diagnosis come from JSA Ltd'), or a review of the reader's rollout asked of another firm ('For a
# proper review of your rollout, contact Jane Smith Advisory directly'). Not a client's or a public
# body's ('For a review of your rollout's risks, contact the NCSC'; 'We booked the Review through the
# PMO' tells of a client).
_SAME_DONE = (
    r"(?-i:I|[Ww]e)\s+(?:(?i:also|can|could|will|then)\s+)?(?i:do|offer|run|sell|provide|deliver)\s+"
    r"(?:(?i:the\s+same)(?:\s+(?i:thing|service|work|review|session|job))?|(?i:it|this|one|a\s+similar\s+\w+))\s+(?:(?i:myself|ourselves)\s+)?"
    r"(?i:independently|privately|directly|myself|ourselves|on\s+my\s+own|through\s+my\s+(?:own\s+)?(?:firm|company|practice)|for\s+(?:half|less|a\s+fraction))\b"
)
_HERE = r"(?i:here|below|above|on\s+this\s+(?:site|page)|through\s+this\s+site)\b"
_ME_INSTEAD = (
    r"\b(?i:talk|speak|write|come|ask|contact|call|ring|email|e-mail|message)\s+(?:(?i:to|with)\s+)?(?i:me)\b"
    r"|\b(?-i:I)(?:\s+(?i:am)|[’']m)\s+(?:\w+\s+){0,2}?(?i:cheaper|faster|less\s+expensive|better\s+value)\b"
    r"|\b(?i:my\s+(?:own\s+)?(?:firm|company|practice|rates?|prices?|fees?))\b"
)
_ASKED_OF = r"(?i:contact|email|e-mail|call|ring|hire|engage|book|write\s+to|talk\s+to|speak\s+to|get\s+in\s+touch\s+with)"


@lru_cache(maxsize=4)
def _steered_said(site_name: str, offers: tuple[str, ...]) -> re.Pattern[str] | None:
    """The words that steer readers to buy an offer of ``offers`` (their names), or the same, elsewhere
    than the site (``site_name``: 'Invoices for the Diagnosis come from Stall Patterns' is its own)."""
    heads = sorted({form for name in offers if name.split() and name.split()[-1][:1].isupper() for form in (name.split()[-1], name.split()[-1] + "s")})
    if not heads:
        return None
    names = dict.fromkeys(" ".join(part) for name in offers for part in (name.split(), name.split()[-2:]) if part)
    full, short = names_parted(names, r"\s+"), "|".join(map(re.escape, heads))
    offer = rf"(?:(?i:{full})|(?:(?i:the|our|your|this|a|an)\s+)(?:{short}))\b(?!\s+[A-Z])"
    site = names_parted((site_name,), r"\s+") if site_name.split() else "(?!)"
    elsewhere_ = rf"(?:(?i:me)\b|(?i:my)\s+\w+|(?!(?i:{site})\b){_ANOTHER})"
    return re.compile(
        rf"\b(?-i:I|[Ww]e)\s+(?:(?i:also|can|could|will)\s+)?(?i:offer|sell|run|do|provide|deliver)\s+(?i:a|an|the|my|our)\s+"
        rf"(?i:cheaper|similar|same|equivalent|shorter|faster|lighter|private|own)\s+(?i:version|form|kind|take)\s+(?i:of)\s+(?:(?i:the|a|an|your|this)\s+)?{offer}"
        rf"|{offer}[^.!?]{{0,80}}?\b{_SAME_DONE}"
        # ('I run the same review privately for less'.)
        rf"|\b(?-i:I|[Ww]e)\s+(?:(?i:also|can|could|will)\s+)?(?i:offer|sell|run|do|provide|deliver)\s+(?i:a|an|the|my|our)\s+(?i:cheaper|similar|same|equivalent|private|own)\s+"
        r"(?i:review|diagnosis)\b[^.!?]{0,40}?\b(?i:privately|independently|directly|myself|ourselves|for\s+less|for\s+half|cheaper|at\s+(?:a\s+)?(?:lower|cheaper|reduced)\s+(?:rate|price|fee))\b"
        # Booked or bought from the author or another firm ('You can also book the Review directly with me', 'Or buy the
        # Diagnosis from my consultancy', 'The Stall Review costs less if you book through me'; not 'Book the Review with your team',
        # nor a client's, told of: 'We commissioned the Review from Deloitte').
        rf"|(?:{offer}[^.!?]{{0,80}}?\b(?i:book|buy|order|commission|arrange)(?:s|ing)?\s+(?:(?i:it|one|this|them)\s+)?|\b(?i:book|buy|order|get|commission|arrange)(?:s|ing)?\s+{offer}\s+)"
        rf"(?:(?i:directly|privately|instead)\s+)?(?i:from|through|via|with)\s+(?:(?i:me)\b|(?i:my)\s+(?!(?i:own\s+)?(?:team|colleagues|manager|board)\b)\w+)"
        rf"|\b(?i:book|buy|order|commission|arrange)(?:s|ing)?\s+{offer}\s+(?:(?i:directly|privately|instead)\s+)?(?i:from|through|via)\s+(?!(?i:{site})\b){_ANOTHER}"
        rf"|{offer}\s+(?i:is|are)\s+(?:(?i:also|now)\s+)?(?i:available|sold|offered|on\s+sale)\s+(?:\w+\s+){{0,2}}?(?i:through|from|via|at)\s+{elsewhere_}"
        # ('The Diagnosis costs less through my own company', 'Contact JSA Ltd for the Diagnosis instead', 'Email me for the
        # Diagnosis at cost price'.)
        rf"|{offer}[^.!?]{{0,80}}?\b(?i:cheaper|less|faster)\b[^.!?]{{0,40}}?\b(?i:through|from|via|with)\s+(?:(?i:me)\b|(?i:my\s+(?:own\s+)?(?:firm|company|practice|consultancy|business|site)))"
        rf"|\b{_ASKED_OF}\s+(?:(?i:me)\b|(?!(?i:{site})\b){_ANOTHER})\s+(?:(?i:directly)\s+)?(?i:for|about)\s+{offer}\s+(?i:instead|directly|privately|at\s+cost)\b"
        rf"|\b(?i:before|instead\s+of|rather\s+than)\s+(?:(?i:you)\s+)?(?i:book|booking)\s+(?:\w+\s+){{0,2}}?{_HERE}[^.!?]{{0,80}}?(?:{_ME_INSTEAD})"
        rf"|(?:{_ME_INSTEAD})[^.!?]{{0,80}}?\b(?i:before|instead\s+of|rather\s+than)\s+(?:(?i:you)\s+)?(?i:book|booking)\s+(?:\w+\s+){{0,2}}?{_HERE}"
        rf"|\b(?i:cheaper|faster|quicker)\s+(?i:than)\s+(?i:booking|buying)\s+(?:\w+\s+){{0,2}}?{_HERE}"
        rf"|\b(?i:skip|bypass|avoid|ignore)\s+(?i:the|our|this)\s+(?i:booking|book)\s+(?i:button|link|box|form)s?\s+{_HERE}"
        rf"|^\W*(?:(?i:please)\s+)?(?i:don[’']t|do\s+not|never)\s+(?i:book)\s+(?:(?i:anything|it|them|this|that|the\s+\w+)\s+)?{_HERE}(?=\s*(?:[:;,.!\u2013\u2014-]|$))"
        rf"|{offer}\s+(?i:can|may|could)\s+(?:(?i:also)\s+)?(?i:be)\s+(?i:bought|booked|ordered|purchased|commissioned|had|arranged|procured)\s+(?:\w+\s+){{0,2}}?(?i:through|from|via|at|with)\s+{elsewhere_}"
        rf"|(?i:invoices?|bills?|payments?|contracts?|receipts?)\s+(?i:for)\s+{offer}\s+(?:(?i:will|now)\s+)?"
        rf"(?i:come|comes|go|goes|are|is)\s+(?:(?i:sent|issued|raised|made|payable|paid|handled)\s+)?(?i:from|by|through|to)\s+{elsewhere_}"
        rf"|(?i:review|diagnosis)\s+(?i:of)\s+(?i:your)\s+(?:\w+\s+){{0,2}}?(?i:rollout|stall|programme|program|pilot|adoption|deployment|AI)\b[^.!?]{{0,60}}?\b{_ASKED_OF}\s+(?:(?i:me)\b|(?!(?i:{site})\b){_ANOTHER})"
        rf"|\b{_ASKED_OF}\s+(?:(?i:me)\b|(?!(?i:{site})\b){_ANOTHER})\s+(?:(?i:directly)\s+)?(?i:for|to\s+(?:get|book|arrange|commission))\s+(?:(?i:a|an|your)\s+)?(?:\w+\s+)?(?i:review|diagnosis)\s+(?i:of)\s+(?i:your)\b"
    )


_STEER_KINDS = ("review", "diagnosis")
_STEER_LIKE = tuple(f"{like} " for like in ("cheaper", "similar", "same", "equivalent", "private", "own"))


def _steered_kind_in(words: str) -> bool:
    """Whether ``words`` (in small letters, parted by one space each) hold a review of the reader's rollout
    or one like it ('review of your', 'same review'): read at each 'review' or 'diagnosis' they hold, the
    word before it and the words after (an expression of them, tried at each of the letters they start with,
    read a whole file: most patterns hold 'review')."""
    for kind in _STEER_KINDS:
        at = words.find(kind)
        while at >= 0:
            if words.startswith(" of your", at + len(kind)) or words.endswith(_STEER_LIKE, 0, at):
                return True
            at = words.find(kind, at + 1)
    return False


@lru_cache(maxsize=4)
def _steered_held(offers: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What :func:`may_steer` looks for: the offers' last words as written, and the words in small letters,
    each parted by one space ('book', 'buy', the offers' names and their last two words)."""
    heads = tuple({name.split()[-1] for name in offers if name.split() and name.split()[-1][:1].isupper()})
    names = dict.fromkeys(" ".join(part).lower() for name in offers for part in (name.split(), name.split()[-2:]) if part)
    return heads, ("book", "buy", *(" ".join(name.split()) for name in names))


def may_steer(text: str, offers: tuple[str, ...], words: str | None = None) -> bool:
    """Whether ``text`` may hold what :func:`_steered_said` reads, at C speed: 'book' or 'buy', an offer's
    last word as written ('Review'), its name in small letters ('stall review'), or a review of the reader's
    rollout or one like it ('review of your', 'same review'). Not 'review' alone, in most patterns a verb
    ('review the output'): read in each sentence that held it, the check took a fifth longer. Each looked
    for in ``words``: the text in small letters, each run of spaces as one (given, for a file's text, by
    :attr:`Source.shown_words`), where a word of several is one string, looked for at C speed (an
    expression of them all, at each of the letters it may start with, took a third of the check's time)."""
    heads, held = _steered_held(offers)
    if any(head in text for head in heads):
        return True
    if words is None:
        words = " ".join(in_small_letters(text).split())
    return any(word in words for word in held) or _steered_kind_in(words)


@lru_cache(maxsize=4)
def _site_held(site_name: str) -> re.Pattern[str] | None:
    """The site's name in small letters with any spaces between its words ('stall  patterns', 'stall' at a
    line's end: helper-227), as the quick looks read for it; None for a site with no name."""
    return re.compile(r"\s+".join(map(re.escape, site_name.lower().split()))) if site_name.split() else None


def check_offers_handed(source: Source, site_name: str, offers: tuple[str, ...], report: Report) -> None:
    """A sentence that says one of the site's offers, or the site, is now another's, or speaks
    of the site's own booking button, address or not ('From April, the Review is delivered by
    Northgate Advisory', 'The booking button below no longer works'): one error a sentence."""
    readings = _handed_said(site_name, offers)
    if readings is None:
        return
    by_short, said = readings
    # What the sentence's subject holds: an offer's last word as the offer writes it, or its
    # name, the site's or a word of its own offers and booking, in small letters.
    # (The site's name by its last word too, as written: 'Stall&nbsp;Patterns', '**Stall** Patterns'
    # and 'Stall' at a line's end are the site's name as the page shows it, and not as written.)
    heads = tuple({word for name in (*offers, site_name) if name.split() for word in (name.split()[-1], name.split()[-1].upper())})
    named = (*(" ".join(name.lower().split()[-2:]) for name in offers), *_HELD)
    site = _site_held(site_name)

    def names_one(text: str, lowered: str) -> bool:
        """Whether ``text`` (``lowered``, in small letters) may name an offer or the site: at C speed."""
        return any(head in text for head in heads) or any(word in lowered for word in named) or (site is not None and site.search(lowered) is not None)

    steered = _steered_said(site_name, offers)

    def steers(text: str) -> bool:
        return steered is not None and may_steer(text, offers)

    if not names_one(source.shown, source.shown.lower()) and not (steered is not None and may_steer(source.shown, offers, source.shown_words)):
        return  # most bodies name neither an offer nor the site (as written, or as the page shows it: 'Re**view**', 'Re&#118;iew')
    told = {d.line for d in report.items if d.code == "booking-elsewhere"}  # (with an address: told once, by contacts.py)
    for token in source.tokens:
        if token.type != "inline" or not token.map or not token.children:
            continue
        shown, lines = "", []
        for child, line in body.lines_of(token.children):
            lines.append((len(shown), line))
            shown += child.content if child.type in ("text", "code_inline") else " " if child.type in ("softbreak", "hardbreak") else ""
        if not names_one(shown, shown.lower()) and not steers(shown):
            continue  # (as the page shows it: 'Re**view**' names the Review, 'Re&#118;iew' too)
        starts = [start for start, _ in lines]
        for sentence in sentences_of(shown):
            named_one = names_one(sentence[1], sentence[1].lower())
            if not named_one and not steers(sentence[1]):
                continue  # (an expression of many parts, tried at each word, took 1.5 CPU s per 1,000 files)
            found = (said.search(sentence[1]) or (by_short.search(sentence[1]) if _NOW.search(sentence[1]) else None)) if named_one else None
            message = "says this site's offers, or the site, are now another's"
            if found is None and steered is not None and steers(sentence[1]) and (found := steered.search(sentence[1])) is not None:
                message = "steers readers to buy this site's offer, or the same thing, from someone else"
            if found is not None:
                at = sentence[0] + found.start()
                # (The line of the last piece that starts at or before it, found by halves: a paragraph of
                # many lines read each time took time in the square of their number.)
                line = token.map[0] + (lines[bisect_right(starts, at) - 1][1] if starts and starts[0] <= at else 0) + source.body_start
                if line in told:
                    continue
                told.add(line)
                report.error(
                    line,
                    "booking-elsewhere",
                    f"this sentence {message} ('{' '.join(found.group().split())}'): "
                    "readers would take it as the site's own word, and take their business there",
                    "delete the sentence: the offers and how to book them are the site's to describe, on every pattern's page and its contact page",
                )


