"""An eighth blind table of reader queries, written from the eleven patterns alone (their
titles, summaries, signs and sections) before the other tables, the search tests or the
synonyms were read: single words, phrases, questions and complaints, role names, jargon
and abbreviations, typos, American spellings, words joined, hyphenated or apart, and short
forms. Of the 187 written, the 84 already in an earlier table and the 5 that are a
pattern's title or other name word for word are left out.

`AMBIGUOUS` names the few that fairly describe two patterns, with the other reading: for
those the named pattern must be within the first three.
"""

from __future__ import annotations

from tests.site.reader_queries import (
    BOARD,
    CHECKING,
    COMMITTEE,
    GOOD_ENOUGH,
    INDIVIDUAL,
    OWNER,
    PILOTS,
    SECURITY,
    SPONSOR,
    TRAINING,
    WORKFLOW,
)

BLIND_EIGHTH: list[tuple[str, str]] = [
    # ai-pilots-that-never-reach-production
    ('pilots', PILOTS),
    ('our POCs never go live', PILOTS),
    ('pilot never goes to production', PILOTS),
    ('proof-of-concept stuck', PILOTS),
    ('MVP never shipped', PILOTS),
    ("why don't our pilots scale?", PILOTS),
    ('pilots stuck in progress for months', PILOTS),
    ('productionise AI', PILOTS),
    ('productionize', PILOTS),
    ('nothing has stuck', PILOTS),
    ('GenAI experiments going nowhere', PILOTS),
    ('chatbot pilot went quiet', PILOTS),
    # approval-committee-that-never-decides
    ("the committee won't decide", COMMITTEE),
    ('committee never approves anything', COMMITTEE),
    ('approvals take forever', COMMITTEE),
    ('steering committee indecision', COMMITTEE),
    ('death by committee', COMMITTEE),
    ('decision paralysis', COMMITTEE),
    ('no approval criteria', COMMITTEE),
    ('governence board', COMMITTEE),
    ("CoE won't approve", COMMITTEE),
    ('teams go around governance', COMMITTEE),
    # individual-use-without-organisational-change
    ('people use ChatGPT on personal accounts', INDIVIDUAL),
    ('copilot adoption but no productivity gain', INDIVIDUAL),
    ('everyone uses copilot but nothing changes', INDIVIDUAL),
    ('individual productivity', INDIVIDUAL),
    ('grass roots adoption', INDIVIDUAL),
    ('developers use AI but delivery is no faster', INDIVIDUAL),
    ('organization change', INDIVIDUAL),
    ('organisational change', INDIVIDUAL),
    ('prompts in private notes', INDIVIDUAL),
    ('engineers using LLMs on their own', INDIVIDUAL),
    ('individual use', INDIVIDUAL),
    ('team velocity flat', INDIVIDUAL),
    # no-agreed-bar-for-good-enough
    ('how accurate is accurate enough?', GOOD_ENOUGH),
    ('acceptence critera', GOOD_ENOUGH),
    ('perfect is the enemy of good', GOOD_ENOUGH),
    ('evaluation never finishes', GOOD_ENOUGH),
    ('go live date keeps slipping', GOOD_ENOUGH),
    ('golive', GOOD_ENOUGH),
    ('testing never ends', GOOD_ENOUGH),
    ('benchmark against humans', GOOD_ENOUGH),
    ('bar for quality', GOOD_ENOUGH),
    # nobodys-name-on-the-output
    ('who is accountable for AI output', OWNER),
    ("who's accountable when AI gets it wrong", OWNER),
    ("nobody's accountable", OWNER),
    ('nobodys name', OWNER),
    ('sign-off', OWNER),
    ('signoff', OWNER),
    ('sign off on AI output', OWNER),
    ('ownership of AI output', OWNER),
    ('AI generated please check disclaimer', OWNER),
    ('output never leaves the building', OWNER),
    ('accountible', OWNER),
    ('who owns the mistakes', OWNER),
    # security-review-afterlife
    ('stuck in infosec review', SECURITY),
    ('info sec', SECURITY),
    ('data protection impact assessment', SECURITY),
    ('security questionnaire never ends', SECURITY),
    ('compliance sign off', SECURITY),
    ('legal review', SECURITY),
    ('risk assessment never finished', SECURITY),
    ('new model version reopened review', SECURITY),
    ('CISO says no', SECURITY),
    ('staff using unapproved tools', SECURITY),
    # the-board-asks-what-the-spend-produced
    ('the board wants results', BOARD),
    ('board asks about AI spend', BOARD),
    ('prove the value of AI', BOARD),
    ('licences', BOARD),
    ('licenses', BOARD),
    ('hours saved not showing in budget', BOARD),
    ('non-exec director asking about AI', BOARD),
    ('spend', BOARD),
    # the-sponsor-who-moved-on
    ('our sponsor moved on', SPONSOR),
    ('no exec backing', SPONSOR),
    ('nobody senior cares any more', SPONSOR),
    # training-without-changed-work
    ("AI training didn't change anything", TRAINING),
    ('up-skilling', TRAINING),
    ('learning and development', TRAINING),
    # verification-costs-more-than-the-work
    ('checking takes longer than doing it', CHECKING),
    ("it's quicker to do it yourself", CHECKING),
    ('reviewing AI output', CHECKING),
    ('verifying AI drafts', CHECKING),
    ('human review is a bottleneck', CHECKING),
    ('no time saved', CHECKING),
    ('citations', CHECKING),
    ('line by line review', CHECKING),
    # workflow-joins-that-assume-a-human
    ('workflow', WORKFLOW),
    ('hand-offs', WORKFLOW),
    ('hand offs', WORKFLOW),
    ('copy-and-paste between systems', WORKFLOW),
    ('end to end process', WORKFLOW),
    ('end-to-end cycle time', WORKFLOW),
    ("cycle time hasn't changed", WORKFLOW),
    ('HITL', WORKFLOW),
    ('integration with systems', WORKFLOW),
    ('workflows', WORKFLOW),
    ('bottlenecks', WORKFLOW),
]

AMBIGUOUS: dict[str, str] = {
    'approvals take forever': SECURITY,
    'steering committee indecision': SPONSOR,
    'decision paralysis': GOOD_ENOUGH,
    'sign-off': SECURITY,
    'signoff': SECURITY,
    'staff using unapproved tools': INDIVIDUAL,
    'human review is a bottleneck': WORKFLOW,
    'no time saved': BOARD,
    'bottlenecks': CHECKING,
}
