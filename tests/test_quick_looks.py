"""A quick look finds every text that the expressions it stands before would read.

Most checks look for a few words at C speed before an expression reads a file's blocks (most
files hold none). A word missing from a quick look is a hole in the gate: the expression that
would have refused the text never reads it ('The Stall Review carries a fee of 3000' was
published because the look had no word that 'fee of' holds). Hypothesis writes texts that each
expression reads, with any spaces, letters in any case and figures of any script, and the quick
look must find every one. Derandomised, so that a run in CI tries the same texts as one here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from stallpatterns import contacts, handed, leftovers, payments, rules
from stallpatterns.settings import load_settings
from stallpatterns.text import in_small_letters

from .test_rules import in_first_section

SETTINGS = load_settings(Path(__file__).resolve().parents[1] / "mkdocs.yml")
TEXTS = hypothesis_settings(max_examples=600, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
ALPHABETS = {"any character": None, "ASCII": st.characters(codec="ascii")}


def written(expression: re.Pattern[str], alphabet: str) -> st.SearchStrategy[str]:
    return st.from_regex(expression, alphabet=ALPHABETS[alphabet])


@pytest.mark.parametrize("alphabet", ALPHABETS)
@pytest.mark.parametrize("expression", [rules._MONEY, rules._PRICE_WORDS, rules._AMOUNT_IN_WORDS, rules._price_words(SETTINGS, more=False)], ids=["money", "price words", "amount in words", "free before an offer"])
def test_the_price_check_looks_at_every_text_its_expressions_read_as_a_price(expression: re.Pattern[str], alphabet: str):
    @TEXTS
    @given(written(expression, alphabet))
    def found(text: str) -> None:
        plainly, _ = rules._price_looks_in(text)
        assert plainly, (text, expression.search(text))

    found()


@pytest.mark.parametrize("alphabet", ALPHABETS)
def test_the_deal_check_looks_at_every_text_its_expressions_read_as_a_deal(alphabet: str):
    # A deal on an offer is read only in a block that holds the offer's last word in small letters, and a
    # sentence that may name it as the expression does; a deal for this page's readers only in one that holds their words.
    stems = tuple(rules._stem(last).lower() for last in rules._by_last_word(SETTINGS))

    @TEXTS
    @given(written(rules._deals(SETTINGS), alphabet), written(rules._READERS_OFFERED, alphabet))
    def found(deal: str, readers: str) -> None:
        assert any(stem in in_small_letters(deal) for stem in stems), deal
        assert rules._may_name_for_a_deal(deal, in_small_letters(deal), SETTINGS), deal
        assert rules._READERS_HELD.search(in_small_letters(readers)), readers

    found()


@pytest.mark.parametrize("alphabet", ALPHABETS)
def test_the_deal_checks_look_at_a_block_finds_every_sentence_of_it_that_may_name_an_offer(alphabet: str):
    # A block is read sentence by sentence for a deal only where _may_name_for_a_deal finds an offer in it
    # (or _READERS_HELD readers): what it finds in a sentence, and in small letters, it finds in the block.
    assert rules._deal_names(SETTINGS.offers)[2]

    @TEXTS
    @given(written(rules._deals(SETTINGS), alphabet), st.text(), st.text())
    def found(deal: str, before: str, after: str) -> None:
        block = f"{before}.\n{deal}\n{after}"
        assert rules._may_name_for_a_deal(block, in_small_letters(block), SETTINGS), block

    found()


@pytest.mark.parametrize("alphabet", ALPHABETS)
def test_the_steering_check_looks_at_every_sentence_its_expression_reads(alphabet: str):
    # Readers steered to buy an offer elsewhere are read only in a sentence that handed.may_steer finds may hold it.
    offers = tuple(offer.name for offer in SETTINGS.offers)
    steered = handed._steered_said(SETTINGS.site_name or "", offers)
    assert steered is not None

    @TEXTS
    @given(written(steered, alphabet))
    def found(text: str) -> None:
        assert handed.may_steer(text, offers), text

    found()


@pytest.mark.parametrize("alphabet", ALPHABETS)
def test_the_steering_look_at_a_files_words_finds_every_sentence_its_expression_reads(alphabet: str):
    # A file is read for readers steered elsewhere only if handed.may_steer finds, in its words as
    # Source.shown_words gives them, what it finds in each sentence: with any text around it.
    offers = tuple(offer.name for offer in SETTINGS.offers)
    steered = handed._steered_said(SETTINGS.site_name or "", offers)
    assert steered is not None

    @TEXTS
    @given(written(steered, alphabet), st.text(), st.text())
    def found(text: str, before: str, after: str) -> None:
        whole = f"{before}\n{text} {after}"
        assert handed.may_steer(whole, offers, " ".join(in_small_letters(whole).split())), whole

    found()


# What payment details are read as, written with any text about them (a real IBAN, as a bank
# prints it or run together, and the shapes the expressions read).
_PAYMENT_LINES = st.one_of(
    st.sampled_from(["GB29 NWBK 6016 1331 9268 19", "GB29NWBK60161331926819", "DE89 3704 0044 0532 0130 00", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT"]),
    *(st.from_regex(expression, fullmatch=True) for expression in (payments._SORT_CODE_THEN_ACCOUNT, payments._ETHEREUM, payments._BECH32, payments._ACCOUNT)),
    # (A coin's wallet named, a Lightning invoice, and whom a cheque is made out to: the fifty-sixth session.)
    *(st.from_regex(expression, fullmatch=True) for expression in (payments._WALLET_NAMED, payments._WALLET_SHAPED, payments._CHEQUES)),
    # (The attack round of the fifty-seventh session: an IBAN in small letters or after 'IBAN', a Bitcoin address in groups, a bank's
    # code abroad, wallets in groups or by name, UPI, and names on services of payments.)
    st.sampled_from(["gb82west12345698765432", "IBAN: G B 8 2 W E S T 1 2 3 4 5 6 9 8 7 6 5 4 3 2", "IBAN DE89 3704 0044 / 0532 0130 00",
                     "bc1q w508 d6qe jxtd g4y5 r3za rvar y0c5 xw7k v8f3 t4", "Routing number 021000021", "sort 200000"]),
    *(st.from_regex(expression, fullmatch=True) for expression in (payments._BANK_CODE_ABROAD, payments._ACCOUNT_ABROAD, payments._ETHEREUM_GROUPED)),
    *(st.from_regex(expression, fullmatch=True) for expression in (payments._WALLET_NAME, payments._UPI, payments._PAY_NAME, payments._PAY_ME)),
    st.from_regex(payments._DETAILS_GIVEN, fullmatch=True),  # (bank details offered to whoever asks: this session's)
    st.from_regex(payments._PAY_BY_NUMBER, fullmatch=True),  # (a number to pay by on a service abroad: helper-269)
    st.from_regex(re.compile(r"(?:sort code|SWIFT:?|s/c) [ -~]{0,20}"), fullmatch=True),
    st.text(max_size=30),
)


@given(st.lists(st.lists(_PAYMENT_LINES, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=8))
@TEXTS
def test_the_payment_check_reads_line_by_line_every_text_whose_look_at_the_whole_finds_nothing(lines: list[str]):
    # A file's lines are read one by one (with the three lines about each for an account's
    # number) only where one look at them all finds a candidate: whatever a line holds, the
    # look at the lines joined must find it.
    lines = [line.replace("\n", " ").replace("\r", " ") for line in lines]
    found = [payments.payment_detail(line, lambda number=number: "\n".join(lines[max(0, number - 3) : number + 4])) for number, line in enumerate(lines)]
    assert payments._candidate("\n".join(lines)) or not any(found), lines


@pytest.mark.parametrize(
    "expression",
    [payments._SORT_CODE_THEN_ACCOUNT, payments._WALLET_NAME, payments._UPI, payments._PAY_NAME, payments._PAY_ME, payments._CHEQUES, payments._DETAILS_GIVEN,
     payments._PAY_BY_NUMBER],
    ids=["sort-code-then-account", "wallet-name", "upi", "name-on-a-service", "page-on-a-service", "cheques", "details-given", "number-abroad"],
)
def test_the_payment_check_reads_as_shown_every_block_whose_markdown_it_reads_as_a_payment(expression: re.Pattern[str]):
    # A block is read as the page shows it (emphasis and references gone) only where a quick look at its Markdown finds
    # what may be a payment detail: every text the readings of the fifty-seventh session's attack round read must pass it.
    @TEXTS
    @given(st.from_regex(expression), st.from_regex(re.compile(r"(?:Bank|Sort code|Account): ")))
    def found(text: str, about: str) -> None:
        text = about + text.replace("\n", " ").replace("\r", " ")
        assert payments.payment_detail(text) is None or payments._may_hold_payment(text), text

    found()


def test_a_figure_too_few_or_too_many_for_a_phone_number_is_not_read_for_a_references_name(monkeypatch):
    # Each of '0,0,0,…' was read for a reference's name in the 60 characters before it, which
    # took 9 s for a file of 94 kB (the attack round of the fifty-fourth session).
    read = []

    class Counted:
        def search(self, *args: object) -> re.Match[str] | None:
            read.append(args)
            return contacts_reference.search(*args)  # type: ignore[arg-type]

    contacts_reference = contacts._REFERENCE_BEFORE
    monkeypatch.setattr(contacts, "_REFERENCE_BEFORE", Counted())
    assert contacts.phone_number("0," * 500 + " 1 2 3 " * 100 + "4" * 40) is None
    assert read == []
    assert contacts.phone_number("Invoice 0123 4567 89, or call 020 7946 0958.") == (30, "020 7946 0958")
    assert len(read) == 2


@pytest.mark.parametrize("alphabet", ALPHABETS)
def test_the_words_read_only_where_the_look_finds_more_are_read_so_or_as_a_price_anyway(alphabet: str):
    # 'for nothing', 'a money-back guarantee', 'is just nothing': read only in a file where
    # _may_price_more finds what may be one; elsewhere, only if the other words read it too.
    more_words = re.compile(rules._MORE_PRICE_WORDS, re.IGNORECASE)
    fewer = rules._price_words(SETTINGS, more=False)

    @TEXTS
    @given(written(more_words, alphabet))
    def found(text: str) -> None:
        plainly, more = rules._price_looks_in(text)
        assert more or (plainly and fewer.search(text)), text

    found()


@pytest.mark.parametrize("alphabet", ALPHABETS)
def test_a_block_is_read_for_an_amount_after_every_word_that_says_it_is_an_offers_price(alphabet: str):
    # 'The Diagnosis comes to 2,500', 'The Review sells for 900', 'The Review is four thousand':
    # published while a block was read for an amount alone only after 'is' or a mark.
    said = re.compile(rf"(?:{rules._short_named(SETTINGS).pattern})(?:{rules._BARE_PRICE.pattern}|{rules._IN_WORDS})")

    @TEXTS
    @given(st.from_regex(said, alphabet=ALPHABETS[alphabet], fullmatch=True))
    def found(text: str) -> None:
        named = said.fullmatch(text)
        assume(named is not None and (named.group("verb") or named.group("said")))  # (a price only where a verb or a mark says so)
        assert rules._BARE_AFTER.search(text) or rules._AMOUNT_IN_WORDS.search(text), text

    found()


@pytest.mark.parametrize("alphabet", ALPHABETS)
@pytest.mark.parametrize("offer", [offer.name for offer in SETTINGS.offers])
def test_an_offers_own_length_beside_an_amount_is_looked_for_in_every_form_it_is_read_in(offer: str, alphabet: str):
    # '- **Review:** 90 minutes, £600', '1h30, £600', "90', £600": read as the offer's price only
    # where _LENGTH_HELD finds what may be its length first.
    length = rules._its_length(offer, SETTINGS)

    @TEXTS
    @given(written(length, alphabet))
    def found(text: str) -> None:
        assert rules._LENGTH_HELD.search(text), text

    found()


@pytest.mark.parametrize(
    "sentence",
    [
        "The Stall Review carries a fee of 3000.",
        "The Stall Review is fr**ee** for charities.",
        "The Stall Review is [fr](https://www.nhs.uk/)ee for charities.",
        "The Stall Review is fr<!-- -->ee for charities.",
        "The Stall Review is just nothing this month.",
        "The Stall Review comes with a money - back guarantee.",
        "The Diagnosis starts at 2,000.",
        "The Review sells for 900.",
        "The Diagnosis comes to 5400 incl. VAT.",
        # A price's verb before a time's figures, and a day's rate (the review of the session's
        # change: published while any four figures after 'at' were a time, and any period a count).
        "The Review is priced at 1500.",
        "The Review costs 1500, paid upfront.",
        "The Review is 750 a day.",
        "The Diagnosis costs 2,000 per day.",
        "The Review sells at 1200.",
        "The Stall Review is four thousand.",
        "The Stall Review: seven hundred and fifty, fixed.",
        "The Stall Review is 40%   less for charities.",
    ],
)
def test_a_price_the_quick_look_missed_is_refused(check, sentence: str):
    found = [d for d in check(Path("a-pattern.md"), in_first_section(sentence + "\n")) if d.is_error]
    assert [d.code for d in found] == ["offer-price"], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The review board met for 12 weeks, and the Review took 3 weeks of that.",
        "The Review is due to report in 2027.",
        "The Review, four thousand pages long, was never read.",
        "Nothing in the Review is free of judgement.",
        # Counts, times of day and shares beside the Review (helper-232), once a block that names
        # an offer is read for an amount with no currency.
        "The Review runs to 140.",
        "The Review has been cut to 600.",
        "The Reviews are 300 a year across the trust.",
        "The Reviews are 200 a month.",
        "The Review, 150 this year, is still read.",
        "The Review starts at 0930.",
        "The Review: 1400, boardroom.",
        "The Diagnosis is one hundred per cent wrong if the image is mislabelled.",
    ],
)
def test_prose_that_names_the_review_beside_a_figure_is_published(check, sentence: str):
    assert not [d for d in check(Path("a-pattern.md"), in_first_section(sentence + "\n")) if d.is_error], sentence


# The template's own words ('Progress reports', 'claims team', 'a request for', 'steering') hold
# what some quick looks look for, and would open them: each case is read in a file without them.
_LOOKED_FOR_IN_THE_TEMPLATE = (("Progress reports", "Status reports"), ("claims team", "support team"), ("many claims", "many cases"), ("a request for", "a plea for"), ("steering", "board"), ("Nobody can say", "Nobody knows"))


def _in_a_plain_file(sentence: str) -> str:
    text = in_first_section(sentence + "\n")
    for held, plain in _LOOKED_FOR_IN_THE_TEMPLATE:
        text = text.replace(held, plain)
    return text


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # Each published while its check's quick look read only the text as written, or lacked a
        # word its expression reads (helper-231).
        ("Booking through this site is now closed.", "booking-elsewhere"),
        ("The Stall Re&#118;iew is now run by Northgate Advisory.", "booking-elsewhere"),
        ("The Stall Re**view** is now run by Northgate Advisory.", "booking-elsewhere"),
        ("Stall Patterns has mo&#118;ed to [stallpatterns.example](https://evil.example/).", "booking-elsewhere"),
        ("**B**ook the Stall Review at [this page](https://evil.example/).", "booking-elsewhere"),
        ("Tel: 0161 STALLREV", "phone-number"),
        ("Ring 0800OPEN-UP to book.", "phone-number"),
        ("Ring oh–two–oh–seven–nine–four–six–oh–nine–five–eight for a chat.", "phone-number"),
        ("To book a session, write to sam at stallhelp·co·uk.", "email-address"),
        ("See [the NAO report](https://www.g%6Fogle.com/url?q=https://evil.example/).", "link-address"),
        ("Reviewer's note: trim this paragraph.", "placeholder"),
        ("Q for Sam: is this the right figure?", "placeholder"),
        ("@Priya can you check the figure?", "placeholder"),
        ("Sam to confirm the figures.", "placeholder"),
        ("Editor: please cut this.", "placeholder"),
        ("This section needs more work.", "placeholder"),
        ("Stub — expand.", "placeholder"),
        ("Test.", "placeholder"),
        ("Savings of NN% were reported.", "placeholder"),
        ("Launch is planned for Q? 2025.", "placeholder"),
        ("We sent the survey to &lt;client name&gt; in March.", "placeholder"),
        ("The sponsor signed off in March [Note to\neditor: check the month].", "placeholder"),
        ("The pilot saved 400 hours [check (with finance) before we publish].", "placeholder"),
        ("TO[DO](#what-it-looks-like): add the second example.", "placeholder"),
        ("Dear |FNAME|, thanks for joining the pilot.", "placeholder"),
        # A comment inside a word, which the page leaves out, and what else the review of the
        # session's change found.
        ("TO<!-- -->DO: add the second example.", "placeholder"),
        ("Dear |FN<!-- -->AME|, thanks for joining.", "placeholder"),
        ("Ring 0161 STALL<!-- -->REV for a chat.", "phone-number"),
        ("Text STALL to 6<!-- -->0060 for a chat.", "phone-number"),
        ("Ring oh\u3000two\u3000oh\u3000seven\u3000nine\u3000four\u3000six\u3000oh\u3000nine\u3000five\u3000eight for a chat.", "phone-number"),
        ("Write to sam,at stallhelp.co.uk for a chat.", "email-address"),
        ("Stall Patterns can be found hosted on [stallpatterns.example](https://evil.example/).", "booking-elsewhere"),
        # A picture's description as the page writes it, without its marks, not as typed.
        ("![The Stall Review is fr**ee** for charities](/assets/chart.png)", "offer-price"),
        ("![The Stall Review is [free](#what-it-looks-like) for charities](/assets/chart.png)", "offer-price"),
        ("![TO**DO**: add the chart](/assets/chart.png)", "placeholder"),
        ("![Ring 0161 496 **0958** to book](/assets/chart.png)", "phone-number"),
    ],
)
def test_what_only_the_page_or_a_missing_word_hid_from_a_quick_look_is_refused(check, sentence: str, code: str):
    text = _in_a_plain_file(sentence)
    assert not [d for d in check(Path("a-pattern.md"), _in_a_plain_file("The pilot stalled in March.")) if d.is_error]
    assert code in [d.code for d in check(Path("a-pattern.md"), text) if d.is_error], sentence


@pytest.mark.parametrize("alphabet", ALPHABETS)
@pytest.mark.parametrize(
    "name", ["_NOTE_START", "_NOTE_ALONE", "_FIGURE_LEFT", "_BRACKETED_PLACEHOLDER", "_BRACKETED_NOTE", "_MARKED", "_LOREM", "_LEFT_TO_FILL", "_FILLER", "_FIELD_ERROR", "DRAFT_MARK"]
)
def test_the_placeholder_check_looks_at_every_text_its_readings_read(name: str, alphabet: str):
    # The check reads a file only where this look finds what one of its readings may read: each
    # reading has a quick look of its own too, and this one must find all that theirs find.
    expression = getattr(leftovers, name)

    @TEXTS
    @given(written(expression, alphabet))
    def found(text: str) -> None:
        assert leftovers._may_hold_placeholder(text), text

    found()


@pytest.mark.parametrize(
    "make",
    [
        # The fiftieth session's looks and readings, each over a long run of what they read past.
        lambda n: "Stall Review " + "\\*" * n + " 750",
        lambda n: "The Review is" + " " * n + "x",
        lambda n: "The Review is 750" + " " * n + "x",
        lambda n: "The Review is 750" + "&nbsp;" * (n // 6) + "x",
        lambda n: "The Review: " + "*" * n + "x",
        lambda n: "money" + " -" * n + "x",
        lambda n: "[Note " + "a" * n,
        lambda n: "(" * n + "[" * n + "x",
        lambda n: "The Review" + ", 1" * (n // 3),
    ],
)
def test_the_looks_and_readings_of_the_text_as_shown_are_linear(growth, check, make):
    def read(n: int) -> None:
        check(Path("a.md"), _in_a_plain_file(make(n)))

    assert growth(read, 3_000) < 8


@pytest.mark.parametrize("sentence", ["Q for CFOs: what would you stop funding to pay for this?", "**Q for boards**: who owns the output?"])
def test_a_question_put_to_readers_by_their_role_is_published(check, sentence: str):
    # Once the placeholder check's look found 'q for' in any file, a question to a role read as
    # an editor's note to a named colleague ('Q for Sam:'), helper-226's ordinary sentence.
    assert not [d for d in check(Path("a-pattern.md"), _in_a_plain_file(sentence)) if d.is_error], sentence


def test_a_picture_inside_a_pictures_description_is_no_comment_mark(check):
    # '![![x](…)](…)': the page writes the outer picture's description as 'x', and the check
    # read the '[x]' as typed, a mark Google Docs leaves where a comment was (helper-230).
    text = _in_a_plain_file("The pilot stalled in March. ![![x](/assets/chart.png)](/assets/chart.png)")
    assert "placeholder" not in [d.code for d in check(Path("a-pattern.md"), text)]


@pytest.mark.parametrize("alphabet", ALPHABETS)
@pytest.mark.parametrize(
    ("expression", "look"),
    [
        (contacts._CHAT_HANDLE, lambda text: contacts._may_hold_chat(in_small_letters(text))),
        (contacts._MY_MAILBOX, lambda text: contacts._may_hold_email(text)),
        (contacts._MAILBOX_AT_SERVICE, lambda text: contacts._may_hold_email(text)),
        (contacts._ADDRESS_UNFINISHED, lambda text: contacts._may_hold_email(text)),
        # (Helper-269: services whose names are words too, a Matrix user's ID, and names on services that book.)
        (contacts._CHAT_BY_WORD, lambda text: contacts._may_hold_chat(in_small_letters(text))),
        (contacts._BOOKING_ACCOUNT, lambda text: contacts._may_hold_chat(in_small_letters(text))),
        # (A handle at a mail service, whatever asks: the attack round of the fifty-ninth session.)
        (contacts._HANDLE_AT_SERVICE, lambda text: contacts._may_hold_email(text)),
    ],
    ids=["chat-handle", "my-mailbox", "mailbox-at-a-mail-service", "address-unfinished", "chat-by-word", "booking-account", "handle-at-a-mail-service"],
)
def test_the_contact_checks_look_at_every_text_their_expressions_read(expression: re.Pattern[str], look, alphabet: str):
    # The contacts round of the fifty-sixth session: services, words and mail services each expression
    # reads ('Kik: janesmith', 'My Gmail is janesmith42', 'janesmith42 at gmail') must open its check.
    @TEXTS
    @given(written(expression, alphabet))
    def found(text: str) -> None:
        assert look(text), (text, expression.search(text))

    found()


@pytest.mark.parametrize("alphabet", ALPHABETS)
def test_the_postal_check_looks_at_every_address_it_reads(alphabet: str):
    # The review of the fifty-sixth session's change: a ZIP code after its state's capitals, as a postcode or a PO box
    # is, must open the postal check's look at the whole file.
    from stallpatterns import postal

    @TEXTS
    @given(st.one_of(written(postal._POSTCODE, alphabet), written(postal._PO_BOX, alphabet), written(re.compile(r"(?:IL|NY|CA|DC),? [0-9]{5}(?:-[0-9]{4})?(?![\w-])"), alphabet)))
    def found(text: str) -> None:
        line = " ".join(text.splitlines())
        if postal._address_in(line) is not None:
            assert postal._HELD.search(text) is not None or "box" in text.lower(), text

    found()


def test_the_phone_check_reads_capitals_typed_for_figures_where_its_look_finds_them():
    # The review of the fifty-sixth session's change: a capital typed for a figure in a number's groups ('O2O-7946-O9S8')
    # is read as the figure wherever it stands beside one, which is all the quick look finds.
    @TEXTS
    @given(st.from_regex(re.compile(r"\A0[0-9]{3}[ -][0-9]{2}[SZBGTEA][0-9][ -][0-9][SZBGTEA][0-9]{2}\Z")))
    def found(text: str) -> None:
        assert any(near.search(text) for near in contacts._FIGURE_LETTER_NEAR), text
        assert contacts.as_dialled(text)[0].replace(" ", "").replace("-", "").isdigit(), text

    found()
