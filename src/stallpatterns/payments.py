"""Where to send money, which a pattern must not give. A bank account's details ('sort code
20-00-00, account 12345678', an IBAN), a SWIFT code given as where to pay, or a
cryptocurrency wallet's address, in a pattern's text or front matter, reads as where to pay
this site for its offers: whoever wrote it is paid. The site takes payment only through its
own booking page (the attack round of the fifty-third session: each was published).

Each is read by its own shape and checked as a bank or a wallet checks it (an IBAN's check
digits, a Bitcoin address's checksum), so that a figure of the same length in an article
(a budget code, a reference, a hash) is no account."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from functools import partial

from . import body
from .contacts import lines_told_as_contacts
from .diagnostics import Report
from .frontmatter import scalars
from .source import Source
from .text import DOT_SPELT, plain_forms

# An IBAN as banks print it: a country's two letters, two check digits, then up to thirty
# letters and figures, in groups of four or run together (ISO 13616). Read at a word's start;
# its end is found by its check digits (see _iban_in).
# (Parted by any space or a dot, a slash or a hyphen, 'GB82.WEST…', 'GB 82 WEST…': the review of
# the session's change. In capitals, as printed: in small letters, a sentence's words beside a
# code like 'gb29' were read as one, and now and then their check held.)
# (Or by a dash or two or three spaces, as a word processor or a careless hand parts them: the attack
# round of the fifty-fourth session.)
_IBAN_GAP = "(?:[ \u00a0\u2000-\u200a\u202f\u3000]{1,3}|[./\u2010-\u2015-])"  # (not ' / ': postcodes in a list, 'SE11 4AJ / SE11 3PH', the review of the change)
# (Each expression that reads from a word's start says so after its first character, not
# before: an expression that starts with a character of a set is tried only where one is,
# found at C speed; one that starts with a look behind is tried at every character, three
# times the time over a file.)
_IBAN_START = re.compile(rf"[A-Z](?<![A-Za-z0-9][A-Z])[A-Z](?:{_IBAN_GAP})?[0-9]{{2}}(?=(?:{_IBAN_GAP})?[A-Z0-9])")
_IBAN_PART = re.compile(rf"(?:(?:{_IBAN_GAP})?[A-Z0-9]){{11,30}}")
_IBAN_GAPS = re.compile(_IBAN_GAP)
# Or run together in small letters, one word and no more ('IBAN gb82west12345698765432': the attack round of the
# fifty-seventh session), read from its check digits' first figure (figures are fewer than letters).
_IBAN_RUN = re.compile(r"[0-9](?<=[A-Za-z]{2}[0-9])(?<![0-9A-Za-z][A-Za-z]{2}[0-9])[0-9][A-Za-z0-9]{11,30}(?![0-9A-Za-z])")
# Or after 'IBAN' (an IBAN said to be one), in small letters or parted by anything a hand parts it by, a spaced slash or
# bar, or a space between each character ('IBAN: DE89 3704 0044 / 0532 0130 00', 'IBAN: G B 8 2 W E S T …': the attack round
# of the fifty-seventh session).
_IBAN_SAID = re.compile(r"\b(?i:iban)\b[^\w\n]{0,4}+(?:(?i:is|number|no)\b\.?[^\w\n]{0,4}+)?")
_IBAN_LOOSE_GAP = r"(?>[ \u00a0\u2000-\u200a\u202f\u3000]{1,3}(?:[./|\u2010-\u2015-][ \u00a0\u2000-\u200a\u202f\u3000]{0,3})?|[./|\u2010-\u2015-][ \u00a0\u2000-\u200a\u202f\u3000]{0,3})"
_IBAN_LOOSE = re.compile(rf"[A-Za-z](?:{_IBAN_LOOSE_GAP})?[A-Za-z](?:{_IBAN_LOOSE_GAP})?[0-9](?:{_IBAN_LOOSE_GAP})?[0-9](?:(?:{_IBAN_LOOSE_GAP})?[A-Za-z0-9]){{11,30}}")
# Each country's IBAN and its length (the registry of ISO 13616): a text's letters and figures that
# happen to hold a valid check are rarely of a country's length too ('fy24 results were strong…').
_IBAN_LENGTHS = dict(
    (entry[:2], int(entry[2:]))
    for entry in (
        "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 "
        "FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 "
        "MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 "
        "SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30"
    ).split()
)
# A UK sort code (three pairs of figures) named as one (or as 'sort', before its pairs), or a bank's SWIFT code (BIC): with an
# account's number named within three lines, where to pay ('sort code 20-00-00, account 12345678'). Either
# alone names a bank or a branch, which nobody can pay into ('Sort code 04-00-04 belongs to a
# bank that many charities use': the false-refusal rounds).
# (Its pairs parted by a hyphen, a dash or a space: '20—00—00'. Not a dot, a version's, '10.12.01',
# nor a slash, a date's, '14/03/24'.)
_THEN_PAIRS = r"(?P<mark>[-\u2010-\u2015 ])[0-9]{2}(?P=mark)[0-9]{2}"  # (after a first pair)
_PAIRS = rf"[0-9]{{2}}{_THEN_PAIRS}"
# (Or 'sort' before six figures run together that no word follows, 'sort 200000 / acc 12345678': the attack round of the
# fifty-seventh session; not 'We sort 120000 records a day'.)
_SORT_CODE = re.compile(rf"(?i)\b(?:sort[\s-]*codes?|s/c|sort(?=\W{{1,4}}(?:[0-9]{{2}}[-\u2010-\u2015 ]|[0-9]{{6}}(?![0-9])(?!\s*+[a-z]))))(?![\w/])\W{{0,4}}(?:is\s+|of\s+)?(?:{_PAIRS}|[0-9]{{6}})(?![0-9])")
# A SWIFT code said to be one, with a colon or 'code' ('SWIFT: NWBKGB2L', 'BIC NWBKGB2L'; not 'the
# SWIFT CUSTOMER SECURITY PROGRAMME': the review of the session's change).
# (Or written straight after 'SWIFT' with a figure in its place's part, as most have: 'SWIFT NWBKGB2L'.)
# (Spaces read once, possessively: a run of them after 'BIC' took time in its square, 10 s at 50,000:
# the second review of the change. And 'BIC REGISTRY', a word in capitals, is none.)
_SWIFT = re.compile(
    r"\b(?:(?:SWIFT|Swift|swift)(?:\s*+/\s*+BIC)?(?:\s*+(?:code|CODE)\b\s*+:?|\s*+:)|BIC\s*+:)\s*+[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b"
    r"|\b(?:SWIFT|Swift|BIC)\s++[A-Z]{4}[A-Z]{2}(?=[A-Z0-9]{0,1}[0-9])[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b"
)
# A sort code and an account written together ('20-00-00 / 12345678', '20-00-00 a/c 12345678').
# (Joined by spaces or a slash, or an account named: a date then a count, 'on 01-04-24; 12345678 rows',
# or a table's row, '| 14/03/24 | 10045678 |', is none: the second review of the change.)
# (Or parted by a mark, a comma, a bar, a dot in the middle or a dash, '20-00-00, 12345678', '04-00-04 · 1234 5678', a table's
# row, '| 20-00-00 | 12345678 |': the attack round of the fifty-seventh session. A date and a count are written so too, 'On
# 01-04-24, 12345678 rows were loaded', so only where the lines about it speak of a bank or paying, and no word in small
# letters follows the figures as a count's does (see _MARKED_AS_A_BANK_S).)
_SORT_CODE_THEN_ACCOUNT = re.compile(
    rf"[0-9](?<![0-9][0-9])[0-9]{_THEN_PAIRS}(?![0-9])(?:[ \t]{{1,3}}/?[ \t]{{0,3}}|[\s,;:]{{1,3}}(?i:a/c|acc(?:oun)?t)\.?(?:\s*+(?i:no\.?|number))?[\s:#.]*+"
    r"|(?P<marked>[ \t]{0,3}[,;:|\u00b7\u2022\u2013\u2014][ \t]{0,3}))(?P<account>[0-9]{8}|(?(marked)[0-9]{4} [0-9]{4}|(?!)))(?![0-9])"
)
# Words of a bank or of paying, in the lines about a sort code and an account parted by a mark.
_OF_A_BANK = re.compile(
    r"(?i)\b(?:banks?|banking|bank's|sort|s/c|a/c|acc(?:oun)?ts?|acc|transfers?|bacs|chaps|pay|paying|payments?|payee|deposits?|remit\w*"
    r"|barclays|lloyds|hsbc|natwest|santander|monzo|starling|nationwide|halifax|tsb|metro|co-op|rbs|revolut|wise)\b"
)
# Words that may follow an account's figures (a count's figures are followed by what was counted: '12345678 rows').
_AFTER_AN_ACCOUNT = re.compile(r"[ \t]++(?![a-z])|[ \t]++(?:for|to|at|and|or|with|please|quoting|quote|ref|reference|in|via|by|is|only|thanks)\b|(?![ \t])")
# An account's number: eight figures, in two groups or one, not more, named as an account's
# ('account 12345678', 'Account: 1234 5678', 'a/c no. 12345678'): a year's range, a date, a time's,
# a purchase order's, a ticket's or a reference's figures beside a sort code are none (the reviews
# of the session's change).
# (Or 'acc', and eight to ten figures, as some banks' are, 'account no. 1234 5678 9': the attack round of the fifty-seventh session.)
_ACCOUNT = re.compile(r"(?i)\b(?:a/c|acc(?:(?:oun)?t)?)\.?(?:\s*+(?:no\.?|number|#))?(?:\s++(?:is|was|reads)\b)?[\s:]{0,3}+[0-9]{4}[ -]?[0-9]{4}(?:[ -]?[0-9]{1,2})?(?![ -]?[0-9])")
# A bank's code in another country, with an account's number about it as a sort code's is (the attack round of the fifty-seventh
# session): a US routing number (its nine figures' own check, see _routing_checked), an Australian BSB, an Indian IFSC, a Canadian
# transit number; each named ('Routing number 021000021, account 000123456789', 'BSB 062-000, account 1234 5678', 'IFSC
# HDFC0001234, A/c 50100012345678'). Their accounts are of six to eighteen figures (_ACCOUNT_ABROAD). Either alone names a bank.
_BANK_CODE_ABROAD = re.compile(
    r"\b(?:(?i:(?:aba\s++|ach\s++)?routing|aba|rtn)(?:\s++(?i:transit\s++)?(?i:number|no\.?|code|#))?[^\w\n]{0,4}+(?P<routing>[0-9]{9})"
    r"|BSB(?:\s++(?i:number|no\.?|code))?[^\w\n]{0,4}+[0-9]{3}[- ]?[0-9]{3}"
    r"|(?i:ifsc)(?:\s++(?i:code))?[^\w\n]{0,4}+[A-Za-z]{4}0[A-Za-z0-9]{6}"
    r"|(?i:transit)(?:\s++(?i:number|no\.?|#))?[^\w\n]{0,4}+[0-9]{5})(?![0-9A-Za-z])"
)
_BANK_CODE_ABROAD_HELD = ("routing", "aba", "rtn", "bsb", "ifsc", "transit")
_ACCOUNT_ABROAD = re.compile(r"(?i)\b(?:a/c|acc(?:(?:oun)?t)?)\.?(?:\s*+(?:no\.?|number|#))?(?:\s++(?:is|was)\b)?[\s:]{0,3}+[0-9](?:[ -]?[0-9]){5,17}(?![ -]?[0-9])")
_DATE = re.compile(r"(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])")
# Lines about a sort code or a SWIFT code where its account's number is looked for.
_LINES_ABOUT = 3
# A cryptocurrency wallet: Ethereum's '0x' and forty hexadecimal figures; Bitcoin's
# 'bc1…' (its own alphabet of 32, which has no 1, b, i or o after the '1'), or its older
# '1…' and '3…' in base 58 with a checksum (see _base58_checked).
_ETHEREUM = re.compile(r"(?<![0-9A-Za-z])0[xX][0-9a-fA-F]{40}(?![0-9A-Za-z])")
_BECH32 = re.compile(r"(?<![0-9A-Za-z])(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{25,87}(?![0-9A-Za-z])")
# (Or either in groups, as one is read aloud or printed on a card, 'ETH: 0x71C7 656E C7ab …', 'BTC: bc1q w508 d6qe …': the attack
# round of the fifty-seventh session; the forty figures after '0x', and no more; a Bitcoin address's own check, see _bech32_in.)
_WALLET_GAP = r"[ \u00a0\u2009\u202f.\u2010-\u2013-]"
_ETHEREUM_GROUPED = re.compile(rf"0(?<![0-9A-Za-z]0)[xX](?:{_WALLET_GAP}?[0-9a-fA-F]){{40}}(?![0-9A-Za-z])(?!{_WALLET_GAP}[0-9a-fA-F]+\b)")
_BECH32_CHARS = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_GROUPED = re.compile(rf"[bB](?<![0-9A-Za-z][bB])[cC]1(?:{_WALLET_GAP}?[02-9ac-hj-np-zAC-HJ-NP-Z]){{25,87}}")
_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
# (Of any first character: Litecoin's, Dogecoin's and Tron's are written the same way, from their own
# version's byte, as the attack round of the fifty-fourth session wrote them.)
_BASE58_ADDRESS = re.compile(rf"[{_BASE58}](?<![0-9A-Za-z][{_BASE58}])[{_BASE58}]{{25,34}}(?![0-9A-Za-z])")


# A wallet of another coin, after the coin or a wallet named on its line ('Solana: 7EcDhSYG…',
# 'XRP rLHzPsX6…', 'my Monero wallet 44AFFq5k…', 'Cardano: addr1q…': the attack round of the fifty-sixth
# session published each): a run of 26 of base 58's letters and figures or more (no 0, O, I or l), figures,
# capitals and small letters all in it, and a letter no hexadecimal figure is (a transaction's hash beside
# 'Bitcoin' is written in those alone; 'PilotRelease2024TeamAlphaBeta' has an 'l' and a '0').
# (Tickers in capitals only: 'sol', 'ada' and 'dot' are words; and the address straight after the name,
# or its 'wallet' or 'address': not 'Apple Wallet pass IDs like pass7Hq…', 'The ADA audit … ticket 7Ec…',
# the false-refusal round of the fifty-sixth session.)
_COIN = (
    r"(?i:solana|ripple|monero|cardano|tron|litecoin|dogecoin|tether|bitcoin|ethereum|stellar|(?:my|our|the)\s+(?:crypto\s+)?wallet|wallet\s+address)"
    r"|SOL|XRP|XMR|TRX|LTC|DOGE|USDT|USDC|BTC|ETH|XLM"
)
_WALLET_NAMED = re.compile(
    rf"\b(?:{_COIN})\b[^\n\w]{{0,4}}(?:(?i:wallet|address|addr|account|id|is|at|to|on)[^\n\w]{{1,4}}){{0,2}}(?<![0-9A-Za-z])(?=[0-9A-Za-z]{{0,120}}?[0-9])(?=[0-9A-Za-z]{{0,120}}?[a-z])(?=[0-9A-Za-z]{{0,120}}?[A-Z])(?=[0-9A-Za-z]{{0,120}}?[g-zG-Z])"
    rf"(?P<wallet>[{_BASE58}]{{26,120}})(?![0-9A-Za-z])"
)
# Or a name that a wallet's service gives it, after a coin, a wallet or words of paying ('Send ETH to janesmith.eth', 'My Solana
# wallet is janesmith.sol', 'Tips welcome at janesmith.eth': the attack round of the fifty-seventh session); not one told of, 'ENS
# names like vitalik.eth', 'Vitalik's ENS name, vitalik.eth, became a meme'.
_WALLET_NAME_END = re.compile(r"\.(?i:eth|sol|crypto|nft|wallet|bnb|btc|bitcoin|dao|blockchain|zil|polygon|888)(?![\w-])")
_WALLET_NAME = re.compile(
    rf"\b(?:{_COIN}|(?i:send|pay|tip|tips|donate|donations?|ens|sns|wallet))\b(?:\s++(?i:wallet|address|name|domain))?"
    r"(?:\s*+[:=]|\s++(?i:is|to|welcome\s++at)\b)\s*+"
    r"(?P<wallet>[A-Za-z0-9][A-Za-z0-9-]{0,62}\.(?i:eth|sol|crypto|nft|wallet|bnb|btc|bitcoin|dao|blockchain|zil|polygon|888))(?![\w-])"
)
# The wallet's own part of it, looked for in a run of text without a space before the whole is read.
_WALLET_TOKEN = re.compile(_WALLET_NAMED.pattern[_WALLET_NAMED.pattern.index("(?<![0-9A-Za-z])") :])
# Or a Lightning invoice, or Cardano's address, which say what they are by their first letters.
_WALLET_SHAPED = re.compile(r"(?<![0-9A-Za-z])(?P<wallet>(?i:lnbc[0-9a-z]{20,}|lnurl[0-9a-z]{20,}|addr1[0-9a-z]{50,}))(?![0-9A-Za-z])")


# Whom to make a cheque out to, said to the reader ('Make cheques payable to Jane Smith Advisory Ltd.',
# 'Cheques to be made payable to J. Smith': the attack round of the fifty-sixth session published
# each): said to the reader, to a payee by name, not a story's ('The council made cheques payable to the
# old supplier', 'Cheques payable to the trust were still arriving', 'Make cheques payable to the council,
# the old template said': the false-refusal round of the fifty-sixth session).
_CHEQUES = re.compile(
    r"(?im)(?:^|[.!?:;,]\s+|\(\s*)(?:please\s+)?(?:make|write)\s+(?:your\s+|all\s+|any\s+)?(?:cheques?|checks?)\s+(?:out\s+)?payable\s+to(?!\s+(?:the|a|an|any|every|each)\b)\b"
    r"|(?:cheques?|checks?)\s+(?:should|must|can|are\s+to|to)\s+be\s+made\s+(?:payable|out)\s+to(?!\s+(?:the|a|an|any|every|each)\b)\b"
    r"|(?:cheques?|checks?)\s+payable\s+to(?=\s*[:\"“'‘])"  # ('Cheques payable to "J. Smith"')
    # (Or asked more ways, to a payee by a name in capitals or in quotes: 'Kindly make cheques payable to …', 'You can make
    # your cheque payable to …', 'Make your cheque out to …', 'Make out your cheque to …', 'Send a cheque made payable to …',
    # 'Post your cheque, payable to …', 'Cheque payee: …', and at a sentence's start, 'Cheques made out to J. Smith please.',
    # where no word of a story follows, see _a_story_s: the attack round of the fifty-seventh session. Not 'The old form said:
    # make cheques out to the council', 'Make your check out to be thorough', 'We sent a cheque made payable to the council'.)
    r"|(?:^|[.!?:;,]\s+|\(\s*)(?:(?:please|kindly|just|simply)\s+|you\s+(?:can|could|should|may|must|will\s+need\s+to|need\s+to)\s+)*"
    r"(?:(?:make|write)\s+(?:out\s+)?(?:your\s+|all\s+|any\s+|the\s+|a\s+)?(?:cheques?|checks?)\s+(?:out\s+)?(?:payable\s+)?(?:out\s+)?to"
    r"|(?:send|post|enclose|mail|bring|include)\s+(?:us\s+|me\s+)?(?:your\s+|a\s+|the\s+|all\s+|any\s+)?(?:cheques?|checks?)\s*,?\s+(?:made\s+)?(?:payable|out)\s+to)"
    r"(?-i:(?=\s*+[\"“'‘]?[A-Z0-9]))"
    r"|(?:cheques?|checks?)\s+payee\s*+[:\u2013\u2014-]\s*+(?-i:(?=[\"“'‘]?[A-Z0-9]))"
    r"|(?:^|[.!?;]\s+|\(\s*)payable\s+to\s*+:\s*+(?-i:(?=[\"“'‘]?[A-Z0-9]))(?=[^\n]{0,80}?\b(?:cheques?|checks?)\b)"  # ('Payable to: J. Smith (cheques only)')
    r"|(?P<said>(?:^|[.!?:;]\s+|\(\s*)(?:all\s+)?(?:cheques?|checks?)\s+(?:made\s+|(?:should|must)\s+be\s+(?:made\s+)?)?(?:payable|out)\s+to(?-i:(?=\s*+[\"“'‘]?[A-Z0-9])))"
)
# Words of a story after whom cheques were made out to ('Cheques made out to J. Smith were still arriving').
_A_STORY_S = re.compile(r"(?i)\b(?:was|were|had|has|have|kept|still|arriv\w*|bounc\w*|came|went|piled|sat|remained|stopped|continued|got|are\s+(?:still|now|rare|common))\b")


# An Indian UPI address to pay ('My UPI ID is janesmith@okhdfcbank', 'UPI: janesmith@ybl'), or a UPI link to pay written out
# ('upi://pay?pa=janesmith@okaxis&…': the attack round of the fifty-seventh session): a name, '@' and a bank's or an app's
# handle, which no e-mail address has (no dot after it), or any such after 'UPI'; not 'UPI IDs like name@bank'.
_UPI_HANDLES = r"ok(?:axis|hdfcbank|icici|sbi)|ybl|ibl|axl|apl|yapl|paytm|upi|sbi|icici|hdfcbank|axisbank|kotak|pnb|boi|barodampay|jio|fam|slc|idfcbank|federal|rbl|indus|aubank|airtel|freecharge|mbk|axisb|timecosmos"
_UPI_HANDLE_AT = re.compile(rf"@(?i:{_UPI_HANDLES})\b(?![@-]|\.\w)")
_UPI = re.compile(
    r"(?i:\bupi://pay)\S*+"
    rf"|(?<![\w.@-])[A-Za-z0-9][\w.-]{{1,48}}+@(?i:{_UPI_HANDLES})\b(?![@-]|\.\w)"
    r"|\b(?i:upi)\b(?:\s++(?i:id|address|handle|vpa))?(?:\s*+[:=]|\s++(?i:is|to|at)\b)\s*+(?P<named>[A-Za-z0-9][\w.-]{1,48}+@[A-Za-z]{2,30}+)(?![\w@-]|\.\w)"
)


def _upi_in(text: str, lowered: str) -> tuple[int, str, str] | None:
    """A UPI address or link to pay in ``text`` (``lowered``, in small letters), looked for only where 'upi' or a UPI
    handle is (at C speed)."""
    if ("upi" in lowered or ("@" in text and _UPI_HANDLE_AT.search(text) is not None)) and (found := _UPI.search(text)) is not None:
        written = found.group("named") or found.group()
        return found.start("named") if found.group("named") else found.start(), written, "an address to pay by UPI"
    return None


_A_CHECK_S = ("payab", "payee", "out to", "make out")


# Bank details offered to whoever asks for them, the writer's to give ('Bank transfer details on request from
# the author', 'Email me for our bank details', 'I'll send you my payment details when you book': the attack
# round of the fifty-seventh session published each): where to pay, given out of the page. Said to the reader,
# not a story's ('The fraudster's e-mail said bank details were available on request' has a word of one).
_DETAILS = r"(?:bank(?:ing)?|payment|transfer|account|wire|remittance|bacs|iban)(?:\s++(?:transfer|account|payment|and\s++\w++))?\s++details"
_DETAILS_GIVEN = re.compile(
    rf"(?i)\b{_DETAILS}\s*+:?\s*+(?:(?:are|is)\s++)?(?:(?:available|sent|given|supplied|provided|shared)\s++)?(?:on|upon|by|at)\s++request\b"
    r"|\b(?:ask|e-?mail|message|dm|contact|write\s++to|text|ping|call|ring|phone)\s++(?:me|us)\s++(?:for|to\s++(?:get|send|share))\s++(?:(?:my|our|the)\s++)?"
    rf"{_DETAILS}\b"
    r"|\b(?:I|we)(?:['\u2019]ll|\s++will|\s++can|\s++shall|\s++would)\s++(?:send|share|give|e-?mail|forward|text|pass\s++on)\s++(?:you\s++)?(?:my|our|the)\s++"
    rf"{_DETAILS}\b"
)


def _details_given_in(text: str, lowered: str) -> tuple[int, str, str] | None:
    """Where ``text`` (``lowered``, in small letters) offers the writer's bank details to whoever asks (:data:`_DETAILS_GIVEN`)."""
    if "details" not in lowered:
        return None
    for found in _DETAILS_GIVEN.finditer(text):
        if not _a_story_s(text, found.start()):
            return found.start(), found.group(), "an offer of bank details to whoever asks"
    return None


def _may_hold_cheque(lowered: str) -> bool:
    """Whether a text in small letters may hold :data:`_CHEQUES`: at C speed ('check' alone is common)."""
    return "cheque" in lowered or ("check" in lowered and any(word in lowered for word in _A_CHECK_S))


def _a_story_s(text: str, at: int) -> bool:
    """Whether the sentence from ``at`` on (to a full stop after a word of two letters or more, not an initial's) tells
    a story (:data:`_A_STORY_S`): whom cheques were made out to, not whom they are to be."""
    end = re.compile(r"[A-Za-z]{2}[.!?](?:\s|$)|\n").search(text, at, at + 120)
    return _A_STORY_S.search(text, at, end.end() if end else min(len(text), at + 120)) is not None


def _long_runs(text: str) -> list[str]:
    """The runs of ``text`` without a space long enough to hold a wallet's address (most runs as
    long are pages' addresses): the looks below try their expressions only there."""
    return [run for run in text.split() if len(run) > 25]


def _has_base58_address(runs: list[str]) -> bool:
    """Whether :data:`_BASE58_ADDRESS` is in one of ``runs`` (:func:`_long_runs`): most of a text's
    words are shorter, and the expression tries each letter of each."""
    return any(_BASE58_ADDRESS.search(run) is not None for run in runs)


def _wallet_in(text: str, runs: list[str]) -> re.Match[str] | None:
    """The first wallet of :data:`_WALLET_NAMED` in ``text``, else of :data:`_WALLET_SHAPED`, or None:
    the whole text read only where one of its ``runs`` (:func:`_long_runs`) holds a wallet's own part."""
    if any(_WALLET_TOKEN.search(run) for run in runs) and (named := _WALLET_NAMED.search(text)) is not None:
        return named
    return _WALLET_SHAPED.search(text) if any(_WALLET_SHAPED.search(run) for run in runs) else None


# A payment card's number ('4111 1111 1111 1111', '3782 822463 10005'): 15 to 19 figures, run
# together or in a card's groups (of four, or Amex's four, six and five), parted by a space or a
# hyphen, from a card scheme's first figures (2 to 6), whose last figure is the Luhn check of the
# rest, as every card's is (the attack round of the fifty-fifth session: 'Card: 4111 1111 1111
# 1111, exp 12/27' was published). A reference, a count or an ISBN (from 9) is rarely all three.
# What parts a card's groups: a space or two, a no-break or thin space, a hyphen or dash, a dot or a
# slash (the review of the fifty-fifth session's change: '4111.1111.1111.1111', '4111\u20091111…').
_CARD_GAP = r"(?: {1,2}|[\u00a0\u2007\u2009\u202f./\u2010-\u2013-])"
_CARD = re.compile(
    rf"[2-6](?<![\w/.=#-][2-6])(?:[0-9]{{14,18}}|[0-9]{{3}}(?P<gap>{_CARD_GAP})[0-9]{{4}}(?P=gap)[0-9]{{4}}(?P=gap)[0-9]{{4}}(?:(?P=gap)[0-9]{{3}})?"
    rf"|[0-9]{{3}}(?P<amex>{_CARD_GAP})[0-9]{{6}}(?P=amex)[0-9]{{5}})(?![\w/]|{_CARD_GAP}[0-9])"
)
# Words of paying by card, on the card's line: a number of a card's shape and check alone is as
# often an order's, an invoice's or a meeting's ('Purchase order 4500 1234 5678 9012', an IMEI, an
# article's identifier in a link: the review of the fifty-fifth session's change).
_CARD_WORDS = re.compile(r"(?i)\b(?:cards?|visa|master\s?card|amex|american\s+express|maestro|debit|credit|cvv|cvc|expiry|exp|checkout|pay|paying|payment|charge)\b")

# A person's page or name on a service that takes payments between people ('paypal.me/janesmith',
# 'Revolut: @janesmith', '$janesmith on Cash App'): where to pay whoever wrote it, as an account's
# number is (the attack round of the fifty-fifth session; a link to one is told as a link elsewhere).
# (Not in a link's address, 'https://paypal.me/…', which the link's own check tells of; not a service's
# own pages, 'venmo.com/legal/…'; nor a firm's own name or ticker, 'Revolut: @RevolutApp posted…',
# 'PayPal – $PYPL – fell 5%', '£millions on Monzo': the review of the fifty-fifth session's change.)
# (Its dots and slashes written so that no program links it, as a reader still reads them, the dots as
# an e-mail address's are read: 'paypal[.]me/janesmith', 'paypal dot me slash janesmith', 'revolut(.)me/jane':
# the attack round of the fifty-sixth session.)
_SLASH = r"(?:/|\s++(?i:slash)\s++|\s?[(\[{]/[)\]}]\s?)"
_PAY_ME = re.compile(
    rf"(?i)(?<![\w./-])(?:(?:www{DOT_SPELT})?(?:paypal{DOT_SPELT}me{_SLASH}|paypal{DOT_SPELT}com{_SLASH}paypalme{_SLASH}|revolut{DOT_SPELT}me{_SLASH}|monzo{DOT_SPELT}me{_SLASH}|cash{DOT_SPELT}app{_SLASH}\$"
    rf"|venmo{DOT_SPELT}com{_SLASH}(?:u{_SLASH})?(?!(?:legal|about|help|blog|signup|login|business|resources|careers|press|security|privacy|terms|u/?$)\b)"
    rf"|(?:ko-fi|buymeacoffee){DOT_SPELT}com{_SLASH}(?!(?:legal|about|help|blog|explore|manage|signup|login|terms|privacy|faq|careers|press)\b))(?P<page>[\w.-]*[a-z0-9])"
    r"|\b(?P<service>revolut|revtag|venmo|cash\s?app|cashapp|monzo|paypal|wise\s?tag|wise)(?:\s+(?:handle|tag|username|name|id))?\s*(?::\s*|\(\s*|\s+to\s+|\s)(?P<named>[@$](?-i:(?=[\w.-]*[a-z])[A-Za-z][\w.-]{1,30}))(?!\s+(?:posted|said|announced|wrote|tweeted|shared)\b)"
    r"|(?P<tag>\$(?-i:(?=\w*[a-z])[A-Za-z]\w{1,19}))\s*(?:(?:on|via|at)\s+|\(\s*)(?:cash\s?app|cashapp|revolut|venmo|monzo))"
)
_PAY_ME_HELD = ("paypal", "revolut", "monzo", "cash", "venmo", "ko-fi", "buymeacoffee", "revtag")
# A number to pay by on a service abroad that pays a person by their phone number or an alias ('Vipps me on 912 34 567 to pay
# for the workshop.', 'Bizum: 612 345 678', 'PayNow to 9123 4567 for the slides.', 'MobilePay: 12 34 56 78', 'Swish: 123 456 78
# 90', 'PayID: 51 824 753 556': helper-269, each published; a number of a phone's length is told as one, and an e-mail address
# as one). After the service's name, capitalised as a name is, and a mark or a few words that say where to ('me on', 'to', 'at
# my number'), eight figures to fifteen, parted by a space or a hyphen; not a year's range or a date ('Swish: 2014-2024'), nor a
# count or a sum, which a word or a currency follows ('Swish: 10 000 000 users'). Not 'Vipps and MobilePay merged in 2022.',
# 'Swish: adoption 80% of adults', 'PayNow: launched 2017'.
_PAY_APPS = (
    r"(?:Vipps|VIPPS|Mobile ?Pay|MOBILE ?PAY|Swish|SWISH|Bizum|BIZUM|PayNow|PAYNOW|PayLah!?|PAYLAH!?|BLIK|Blik|Pay ?ID|PAY ?ID|Zelle|ZELLE"
    r"|Interac(?: e-?[Tt]ransfers?)?|INTERAC|e-?Transfer|E-?[Tt]ransfer|Twint|TWINT|Osko|OSKO)"
)
_PAY_BY_NUMBER = re.compile(
    rf"\b{_PAY_APPS}(?![\w-])(?:\s++(?i:me|us|it))?(?:\s++(?i:number|nr\.?|no\.?|id|alias|details))?"
    r"(?:\s*+[:=(\u2013\u2014]\s*+|\s*+-{1,2}\s++|\s++(?:(?i:on|at|to|til|till|al|na|via|using|by|is|with)\s++)?)"
    r"(?:(?i:my|our|the|this|number|no\.?|nr\.?|numer|phone|mobile|cell)\s*+[:#]?\s*+){0,2}+"
    r"(?!(?:19|20)[0-9]{2}[ \u2013/-](?:[0-9]{1,2}[ ./-][0-9]{1,2}|(?:19|20)?[0-9]{2})(?![0-9]))"
    r"(?P<number>\+?+[0-9](?:[ \u00a0-]?+[0-9]){7,14}+)(?![0-9])"
    # What may follow a number to pay by: the line's end, a mark, or a word that says what for or how (not a count's).
    r"(?=[ \t]*+(?:(?![^\n])|[.,;:!?)\u2013\u2014](?![0-9])|\((?![0-9])|(?i:to|for|and|or|with|please|quoting|quote|ref|reference|in|via|by|only|thanks|if|when|before|after|as|so|asap|today|now)\b))"
)
_PAY_APPS_HELD = ("vipps", "mobilepay", "mobile pay", "swish", "bizum", "paynow", "paylah", "blik", "payid", "pay id", "zelle", "interac", "e-transfer", "etransfer", "twint", "osko")
_BY_A_PAYMENT_APP = "a number to pay by on a service of payments"


def _pay_by_number_in(text: str, lowered: str) -> tuple[int, str, str] | None:
    """A number to pay by on a service abroad (:data:`_PAY_BY_NUMBER`) in ``text`` (``lowered``, in small letters), looked
    for only where a service's name is (at C speed)."""
    if any(word in lowered for word in _PAY_APPS_HELD) and (found := _PAY_BY_NUMBER.search(text)) is not None:
        return found.start(), found.group(), _BY_A_PAYMENT_APP
    return None

# Or a name without its '@' after the service and a colon ('PayPal: jsmithadvisory (friends and family, please).', 'Use PayPal:
# janesmithadvisory — it's quickest.', 'Venmo: jane-smith-7'), or '@' after Wise's, 'Pay by Wise to @janes123': the attack
# round of the fifty-seventh session. The name alone before the sentence's end, a mark or brackets, of a handle's shape (a
# dot, an underscore or figures in it) or one that may be a name (see _a_name_to_pay); not 'PayPal: the vendor's preferred
# option.', 'Use PayPal: it's what finance already has.', '- Revolut: blocked', 'Wise: pending.'
_PAY_NAME = re.compile(
    r"\b(?i:paypal|venmo|revolut|revtag|monzo|wise\s?tag)(?:\s++(?i:handle|tag|username|user\s?name|name|id|me|account))?\s*+:\s*+"
    r"(?P<plain>[A-Za-z][\w.-]{2,30}(?<![.-]))(?=[ \t]*+(?:(?![^\n])|[(\[,;!?\u2013\u2014]|-\s|\.(?!\w)))"
)
# What is said of a service of payments after its name and a colon, and an English word's endings ('PayPal: accepted').
_HOW_PAYING_STANDS = frozenset(
    "none nothing nil n/a yes banned blocked allowed accepted preferred supported optional mandatory required pending planned popular rare "
    "common everywhere nowhere never rarely sometimes often always fine okay free paid personal business private public internal external "
    "worldwide welcome instant default primary secondary backup fallback cheapest quickest easiest fastest simplest safest cheaper quicker "
    "easier faster simpler safer cheap quick easy fast slow simple safe fees card cards invoice transfer international domestic abroad "
    "overseas only also both either neither maybe soon later coming unavailable finance accounts expenses procurement staff team "
    "suppliers vendors clients customers refunds payroll"
    # Counts and a method's labels ('PayPal: twelve. Revtag: none.', 'PayPal: corporate, Amex: personal, Revolut: travel':
    # the false-refusal round of the fifty-seventh session).
    " zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
    "twenty thirty forty fifty sixty seventy eighty ninety hundred thousand dozen dozens several few many most some all half majority "
    "minority corporate travel".split()
)
_AN_ENGLISH_ENDING = re.compile(r"(?:ed|ly|ing|ful|ous|ive|able|ible|less|er|or|ies|ness|ment|tion|sion|ity|ism|ance|ence|ate|al|ic|ant|ent|ure|age)s?\Z")
_ASKS_TO_PAY = re.compile(r"(?i)\b(?:pay|paying|send|tip|tips|donate|donations?|deposit|use|via|transfer|friends\s+and\s+family|f&f)\b")


def _a_name_to_pay(line: str, found: re.Match[str]) -> bool:
    """Whether a :data:`_PAY_NAME` 'plain' is a name on the service: of a handle's shape, or a word in small letters that
    says nothing of how the service stands (:data:`_HOW_PAYING_STANDS`) nor ends as an English word does, of eight letters or
    more or where the line asks to pay (:data:`_ASKS_TO_PAY`)."""
    name = found.group("plain")
    if re.search(r"[._0-9]", name):
        return True
    lowered = name.lower()
    return (
        name == lowered
        and lowered not in _HOW_PAYING_STANDS
        and _AN_ENGLISH_ENDING.search(lowered) is None
        and (len(name) >= 8 or _ASKS_TO_PAY.search(line) is not None)
    )


def _pay_me_in(text: str, lowered: str) -> tuple[int, str, str] | None:
    """A person's page or name on a service of payments in ``text`` (``lowered``, in small letters)."""
    if _may_hold_pay_me(text, lowered):
        for found in _PAY_ME.finditer(text):
            service, named = found.group("service"), found.group("named")
            if service is not None and named is not None and "".join(service.lower().split()) in named.lower():
                continue  # the firm's own account ('Monzo: @monzo')
            if service is not None and service[:4].lower() == "wise" and named is not None and not named.startswith("@"):
                continue  # (Wise's own tag is written with '@': not '$WISE')
            return found.start(), found.group(), "a person's page or name on a service that takes payments"
        for found in _PAY_NAME.finditer(text):
            if _a_name_to_pay(text, found):
                return found.start(), found.group(), "a person's name on a service that takes payments"
    return None


def _may_hold_pay_me(text: str, lowered: str) -> bool:
    """Whether ``text`` (``lowered``, in small letters) may hold :data:`_PAY_ME` or :data:`_PAY_NAME`: a service's name
    (Wise's only with an '@' in the text: 'otherwise' is common)."""
    return any(word in lowered for word in _PAY_ME_HELD) or ("wise" in lowered and ("@" in text or "tag" in lowered))


def _card_checked(written: str) -> bool:
    """Whether ``written``'s figures are a card's: a scheme's first figures (Visa's 4, Mastercard's
    51 to 55 and 2221 to 2720, Amex's 34 and 37, Diners' 36 and 38, JCB's 35, Discover's 6011 and
    65, Maestro's 50 and 56 to 69) and the Luhn check."""
    figures = [int(char) for char in written if char.isdigit()]
    first = int("".join(map(str, figures[:4])))
    if len(figures) == 15 and first // 100 not in (34, 37):
        return False  # fifteen figures are Amex's only (an IMEI has fifteen, from 35 or 86)
    if not (4000 <= first < 7000 or 2221 <= first <= 2720 or first // 100 in (34, 35, 36, 37, 38)):
        return False
    total = sum(figure if index % 2 == 0 else (figure * 2 - 9 if figure > 4 else figure * 2) for index, figure in enumerate(reversed(figures)))
    return total % 10 == 0


def _card_in(text: str) -> tuple[int, str, str] | None:
    for found in _CARD.finditer(text):
        line = text[text.rfind("\n", 0, found.start()) + 1 : (text.find("\n", found.end()) + 1 or len(text) + 1) - 1]
        if _card_checked(found.group()) and _CARD_WORDS.search(line) is not None:
            return found.start(), found.group(), "a payment card's number"
    return None


def check_payment_details(source: Source, report: Report) -> None:
    """Bank details or a wallet's address anywhere in the file, as written or as the page
    shows it (a figure written as a character reference, a code parted by emphasis): one
    error a line.

    Each of the three readings (the lines, the front matter's values, the blocks as shown) is
    read part by part only where one look at all its parts together finds a candidate: the
    parts joined by line ends, which none of the shapes below reads across but which some may
    match across, so that the joined text holds every part's match, and more (see _candidate)."""
    told: set[int] = set()
    contacts_told = lines_told_as_contacts(report)

    def told_as_a_contact(found: tuple[int, str, str], line: int) -> bool:
        """Whether ``found`` is a number to pay by that is told as a phone number's, or an address, already."""
        return found[2] == _BY_A_PAYMENT_APP and line in contacts_told

    lines = source.lines
    if _candidate("\n".join(lines)):
        for number, written in enumerate(lines, 1):
            if (found := payment_detail(written, partial(_lines_about, lines, number))) is not None and not told_as_a_contact(found, number):
                told.add(number)
                _told(report, number, *found)
    values = list(scalars(source.front_matter))
    if _candidate("\n".join(value.value for value in values)):
        for value in values:
            line = value.line + source.fm_start - 1
            if line not in told and (found := payment_detail(value.value)) is not None and not told_as_a_contact(found, line):
                told.add(line)
                _told(report, line, 0, found[1], found[2])
    blocks = []
    for token in source.tokens:
        if token.type != "inline" or not token.map or not token.children or not _may_hold_payment(token.content):
            continue
        first = token.map[0] + source.body_start
        if told.isdisjoint(range(first, token.map[1] + source.body_start)):
            shown = " ".join(body.shown_of(token).split())
            if shown != " ".join(token.content.split()) or "\n" in token.content.strip():  # ('… 6016' then '1331 9268 19': the attack round of the fifty-fourth session)
                blocks.append((first, shown))
    if blocks and _candidate("\n".join(shown for _, shown in blocks)):
        for first, shown in blocks:
            if first not in told and (found := payment_detail(shown)) is not None and not told_as_a_contact(found, first):  # (one a line: two cells of a row are two blocks)
                told.add(first)
                _told(report, first, 0, found[1], found[2])


def _lines_about(lines: tuple[str, ...], number: int) -> str:
    return "\n".join(lines[max(0, number - 1 - _LINES_ABOUT) : number + _LINES_ABOUT])


def _candidate(text: str) -> bool:
    """Whether ``text`` holds anything of a payment detail's shape, its checks aside: an IBAN whose
    check digits hold (none of its parts is a line's end), a sort code or a SWIFT code with an
    account's number, a sort code then its account, or a wallet's address. False only where no line
    of ``text`` holds one: what :func:`payment_detail` finds in a line (or a line and the lines about
    it), each of these finds in the lines joined."""
    text = plain_forms(text)
    lowered = text.lower()
    return (
        _iban_in(text, lowered) is not None
        or (("sort" in lowered or "swift" in lowered or "bic" in lowered) and (_SORT_CODE.search(text) or _SWIFT.search(text)) is not None and _ACCOUNT.search(text) is not None)
        or (("acc" in lowered or "a/c" in lowered) and any(word in lowered for word in _BANK_CODE_ABROAD_HELD) and _BANK_CODE_ABROAD.search(text) is not None and _ACCOUNT_ABROAD.search(text) is not None)
        or _SORT_CODE_THEN_ACCOUNT.search(text) is not None
        or ("0x" in lowered and _ethereum_in(text) is not None)
        or ("bc1" in lowered and (_BECH32.search(text) or _bech32_in(text)) is not None)
        or ("." in text and _WALLET_NAME_END.search(text) is not None and _WALLET_NAME.search(text) is not None)
        or _has_base58_address(runs := _long_runs(text))
        or _wallet_in(text, runs) is not None
        or _upi_in(text, lowered) is not None
        or (_may_hold_cheque(lowered) and _CHEQUES.search(text) is not None)
        or _card_in(text) is not None
        or _pay_me_in(text, lowered) is not None
        or _details_given_in(text, lowered) is not None
        or _pay_by_number_in(text, lowered) is not None
    )


def _may_hold_payment(content: str) -> bool:
    """Whether a block's Markdown holds figures enough for an account or a wallet, or a character
    reference that may be one: looked for at C speed."""
    if "&" in content or sum(map(content.count, "0123456789")) >= 6:
        return True
    lowered = content.lower()
    return any(word in lowered for word in _BLOCK_WORDS) or _may_hold_cheque(lowered) or ("." in content and _WALLET_NAME_END.search(content) is not None)


# Words a block's Markdown holds where it may hold a name or a page on a service of payments (:func:`_may_hold_pay_me`), or an
# address to pay by UPI (:data:`_UPI`).
_BLOCK_WORDS = (*_PAY_ME_HELD, "wise", "@", "upi", "details", *_PAY_APPS_HELD)


def _told(report: Report, line: int, at: int, written: str, kind: str) -> None:
    report.error(
        line,
        "payment-details",
        f"'{written}' is {kind}: readers would take it for where to pay this site, and the site takes payment only through its own booking page",
        "delete it: a pattern never says where to send money (to tell of a payment in a story, say what it was for in words)",
        column=at + 1,
    )


def payment_detail(text: str, around: Callable[[], str] | None = None) -> tuple[int, str, str] | None:
    """The first bank detail or wallet address in ``text`` (an account's number looked for in
    ``around()``, the text about it, made only where a sort code or a SWIFT code is found, or in
    ``text``): where it starts, as written, and what it is in words; None for none."""
    text = plain_forms(text)  # ('٢٠-٠٠-٠٠': figures of another script, one for one)
    return min(_details(text, around or (lambda: text)), default=None)


def _details(text: str, around: Callable[[], str]) -> Iterator[tuple[int, str, str]]:
    lowered = text.lower()
    if (iban := _iban_in(text, lowered)) is not None:
        yield iban
    if "sort" in lowered or "swift" in lowered or "bic" in lowered:
        for named, kind in ((_SORT_CODE, "a bank account's sort code"), (_SWIFT, "a bank's SWIFT code")):
            if (found := named.search(text)) is not None and _ACCOUNT.search(plain_forms(around())) is not None:
                yield found.start(), found.group(), f"{kind}, with an account's number beside it"
    if ("acc" in lowered or "a/c" in lowered) and any(word in lowered for word in _BANK_CODE_ABROAD_HELD):
        codes = (found for found in _BANK_CODE_ABROAD.finditer(text) if found.group("routing") is None or _routing_checked(found.group("routing")))
        if (found := next(codes, None)) is not None and _ACCOUNT_ABROAD.search(plain_forms(around())) is not None:
            yield found.start(), found.group(), "a bank's code, with an account's number beside it"
    for found in _SORT_CODE_THEN_ACCOUNT.finditer(text):
        if not _DATE.fullmatch(found.group("account")) and (found.group("marked") is None or _marked_as_a_bank_s(text, found, around)):
            yield found.start(), found.group(), "a bank account's sort code and number"  # (not 'from 12-05-24, 20240512')
            break
    if "0x" in lowered and (found := _ethereum_in(text)) is not None:
        yield found.start(), found.group(), "a cryptocurrency wallet's address"
    if "bc1" in lowered and ((found := _BECH32.search(text)) is not None or (found := _bech32_in(text)) is not None):
        yield found.start(), found.group(), "a Bitcoin wallet's address"
    if "." in text and _WALLET_NAME_END.search(text) is not None and (found := _WALLET_NAME.search(text)) is not None:
        yield found.start("wallet"), found.group("wallet"), "a cryptocurrency wallet's name"
    for found in _BASE58_ADDRESS.finditer(text):
        if _base58_checked(found.group()):
            yield found.start(), found.group(), "a cryptocurrency wallet's address"
            break
    if (found := _wallet_in(text, _long_runs(text))) is not None:
        yield found.start("wallet"), found.group("wallet"), "a cryptocurrency wallet's address"
    if (upi := _upi_in(text, lowered)) is not None:
        yield upi
    if _may_hold_cheque(lowered):
        for found in _CHEQUES.finditer(text):
            if found.group("said") is None or not _a_story_s(text, found.end()):
                said = found.group().lstrip(".!?:;,( \t")
                yield found.end() - len(said), said, "an instruction to make out a cheque"
                break
    if (card := _card_in(text)) is not None:
        yield card
    if (pay_me := _pay_me_in(text, lowered)) is not None:
        yield pay_me
    if (given := _details_given_in(text, lowered)) is not None:
        yield given
    if (by_number := _pay_by_number_in(text, lowered)) is not None:
        yield by_number


def _marked_as_a_bank_s(text: str, found: re.Match[str], around: Callable[[], str]) -> bool:
    """Whether a sort code and an account parted by a mark (a :data:`_SORT_CODE_THEN_ACCOUNT` 'marked') are a bank's:
    no word in small letters follows the account's figures as a count's does, and the lines about it speak of a bank
    or of paying ('Bank: Monzo — 04-00-04 · 12345678', a table's row under '| Sort code | Account |'; not 'On
    01-04-24, 12345678 rows were loaded')."""
    return _AFTER_AN_ACCOUNT.match(text, found.end()) is not None and _OF_A_BANK.search(plain_forms(around())) is not None


def _routing_checked(figures: str) -> bool:
    """Whether nine figures are a US routing number: three times the first, fourth and seventh, seven times the second, fifth
    and eighth, and the third, sixth and ninth, add up to a multiple of ten (ABA's check)."""
    return sum(weight * int(figure) for weight, figure in zip((3, 7, 1) * 3, figures)) % 10 == 0


def _iban_in(text: str, lowered: str) -> tuple[int, str, str] | None:
    """The first IBAN in ``text`` whose check digits hold (ISO 7064, mod 97): its longest
    reading that does, so that a capitalised word after it ('… 9268 19 NOW') is not taken in.
    In capitals as printed; or run together, in any case; or after 'IBAN', in any case and parted by anything."""
    for start in _IBAN_START.finditer(text):
        rest = _IBAN_PART.match(text, start.end())
        if rest is not None and (found := _iban_checked(text[start.start() : rest.end()], _IBAN_GAPS)) is not None:
            return start.start(), found, "a bank account's number (an IBAN)"
    for run in _IBAN_RUN.finditer(text):
        if (found := _iban_checked(text[run.start() - 2 : run.end()], _IBAN_GAPS)) is not None:
            return run.start() - 2, found, "a bank account's number (an IBAN)"
    if "iban" in lowered:
        for said in _IBAN_SAID.finditer(text):
            if (loose := _IBAN_LOOSE.match(text, said.end())) is not None and (found := _iban_checked(loose.group(), _NOT_ALNUM)) is not None:
                return loose.start(), found, "a bank account's number (an IBAN)"
    return None


_NOT_ALNUM = re.compile(r"[^A-Za-z0-9]")


def _iban_checked(written: str, gaps: re.Pattern[str]) -> str | None:
    """The longest start of ``written`` that is an IBAN of its country's length whose check digits hold, ending
    at a group's end or at ``written``'s (its groups parted by ``gaps``), or None."""
    for end in range(len(written), 14, -1):
        if end < len(written) and gaps.match(written[end]) is None:
            continue  # (ends at a group's end or at the text's)
        candidate = written[:end]
        compact = gaps.sub("", candidate).upper()
        if len(compact) == _IBAN_LENGTHS.get(compact[:2]) and compact[2:4].isdigit() and _mod97(compact[4:] + compact[:4]) == 1:
            return candidate
    return None


def _mod97(text: str) -> int:
    return int("".join(str(int(char, 36)) for char in text)) % 97


def _ethereum_in(text: str) -> re.Match[str] | None:
    """The first Ethereum address in ``text``, run together or in groups (:data:`_ETHEREUM_GROUPED`), where a group's figures
    hold a letter and a figure, as an address's do (not a dump of noughts, '0x0000 0000 …')."""
    if (found := _ETHEREUM.search(text)) is not None:
        return found
    for found in _ETHEREUM_GROUPED.finditer(text):
        figures = found.group()[2:]
        if any(char in "abcdefABCDEF" for char in figures) and any(char.isdigit() for char in figures):
            return found
    return None


def _bech32_in(text: str) -> re.Match[str] | None:
    """The first Bitcoin address in groups in ``text`` (:data:`_BECH32_GROUPED`) whose own check holds (BIP 173 and
    350): its longest start that ends at a group's end, so that the words after it ('… wf5m dq please') are not taken in."""
    for found in _BECH32_GROUPED.finditer(text):
        written = found.group()
        ends = [end for end in range(len(written), 0, -1) if (end == len(written) or not written[end].isalnum()) and written[end - 1].isalnum()]
        for end in ends:
            if sum(map(str.isalnum, written[:end])) in (42, 62) and _bech32_checked(written[:end]):  # (a segwit address's lengths, BIP 173 and 350)
                return _BECH32_GROUPED.match(text, found.start(), found.start() + end)
    return None


def _bech32_checked(written: str) -> bool:
    data = [_BECH32_CHARS.find(char) for char in written[3:].lower() if char.isalnum()]
    if len(data) < 14:
        return False
    check = 1
    for value in [3, 3, 0, 2, 3, *data]:  # ('bc' expanded, as BIP 173 does)
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for bit, generator in enumerate((0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)):
            check ^= generator if top >> bit & 1 else 0
    return check in (1, 0x2BC830A3)


def _base58_checked(address: str) -> bool:
    """Whether ``address`` decodes, in base 58, to a version, a payload and the first four
    bytes of its double SHA-256, as a Bitcoin address does: no word or code does by chance."""
    number = 0
    for char in address:
        number = number * 58 + _BASE58.index(char)
    raw = number.to_bytes(25, "big") if number.bit_length() <= 200 else b""
    return len(raw) == 25 and hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]
