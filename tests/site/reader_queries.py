"""A second table of reader queries, written from the pattern texts before the first
table was read: how executives, board members and heads of engineering describe a
stalled AI rollout in their own words (single words, jargon, role names, typos,
American spellings, complaints and questions). Each names the pattern a reader typing
it should find first. Nine queries written here were also in the first table, word for
word, and are left there.

`AMBIGUOUS` names the few queries that fairly describe more than one pattern, with the
other reading: for those the named pattern must be within the first three, not
necessarily first.
"""

from __future__ import annotations

PILOTS = "ai-pilots-that-never-reach-production"
COMMITTEE = "approval-committee-that-never-decides"
INDIVIDUAL = "individual-use-without-organisational-change"
GOOD_ENOUGH = "no-agreed-bar-for-good-enough"
OWNER = "nobodys-name-on-the-output"
SECURITY = "security-review-afterlife"
BOARD = "the-board-asks-what-the-spend-produced"
SPONSOR = "the-sponsor-who-moved-on"
TRAINING = "training-without-changed-work"
CHECKING = "verification-costs-more-than-the-work"
WORKFLOW = "workflow-joins-that-assume-a-human"

QUERIES: list[tuple[str, str]] = [
    # Pilots that never reach production
    ("why do our pilots never ship", PILOTS),
    ("stuck in pilot mode", PILOTS),
    ("POCs go nowhere", PILOTS),
    ("too many demos", PILOTS),
    ("scaling AI beyond pilots", PILOTS),
    ("move from pilot to production", PILOTS),
    ("nothing sticks", PILOTS),
    ("lots of experiments, nothing in production", PILOTS),
    # The approval committee
    ("governance committee", COMMITTEE),
    ("AI steering committee keeps deferring", COMMITTEE),
    ("ethics board", COMMITTEE),
    ("they always ask for more information", COMMITTEE),
    ("AI council never says yes", COMMITTEE),
    ("comittee wont decide", COMMITTEE),
    ("approval takes three meetings", COMMITTEE),
    # Heavy individual use
    ("people using ChatGPT on personal accounts", INDIVIDUAL),
    ("power users", INDIVIDUAL),
    ("bottom-up adoption", INDIVIDUAL),
    ("productivity gains not showing up at team level", INDIVIDUAL),
    ("developers love copilot but delivery is no faster", INDIVIDUAL),
    ("knowledge stays in people's heads", INDIVIDUAL),
    ("organization has not changed", INDIVIDUAL),
    # No agreed bar for good enough
    ("accuracy", GOOD_ENOUGH),
    ("go-live keeps slipping", GOOD_ENOUGH),
    ("evals", GOOD_ENOUGH),
    ("the model has to be perfect", GOOD_ENOUGH),
    ("UAT never ends", GOOD_ENOUGH),
    ("acuracy threshold", GOOD_ENOUGH),
    # Nobody's name on the output
    ("who is accountable when AI gets it wrong", OWNER),
    ("liability", OWNER),
    ("accountability", OWNER),
    ("who signs off AI output", OWNER),
    ("RACI", OWNER),
    ("disclaimers on AI content", OWNER),
    ("AI output never goes to customers", OWNER),
    # Security review's afterlife
    ("infosec review", SECURITY),
    ("stuck with the DPO", SECURITY),
    ("CISO won't approve", SECURITY),
    ("legal review taking forever", SECURITY),
    ("procurement", SECURITY),
    ("GDPR", SECURITY),
    ("DPIA", SECURITY),
    ("endless risk assessment", SECURITY),
    ("vendor security questionnaire", SECURITY),
    # The board asks what the spend produced
    ("return on investment", BOARD),
    ("what did we get for the money", BOARD),
    ("CFO wants numbers", BOARD),
    ("hours saved don't show up", BOARD),
    ("value realization", BOARD),
    ("license costs", BOARD),
    ("justify the AI budget", BOARD),
    ("non-exec director keeps asking", BOARD),
    ("bussiness value", BOARD),
    # The sponsor who moved on
    ("our champion left", SPONSOR),
    ("exec sponsor quit", SPONSOR),
    ("new CTO doesn't care about AI", SPONSOR),
    ("lost executive support", SPONSOR),
    ("no mandate", SPONSOR),
    ("steering group cancelled", SPONSOR),
    ("leadership lost interest", SPONSOR),
    # Training without changed work
    ("AI academy", TRAINING),
    ("prompt engineering course", TRAINING),
    ("L&D", TRAINING),
    ("trained everyone, nothing changed", TRAINING),
    ("trainning", TRAINING),
    ("workshops didn't change anything", TRAINING),
    # Checking costs more than the work
    ("hallucinations", CHECKING),
    ("faster to do it myself", CHECKING),
    ("fact-checking", CHECKING),
    ("reviewers overwhelmed", CHECKING),
    ("QA burden", CHECKING),
    ("verfication", CHECKING),
    # Workflow joins
    ("copy and paste", WORKFLOW),
    ("integration with our systems", WORKFLOW),
    ("cycle time hasn't improved", WORKFLOW),
    ("human in the loop", WORKFLOW),
    ("automation", WORKFLOW),
    ("scanned documents", WORKFLOW),
    ("API integration", WORKFLOW),
    ("handover between teams", WORKFLOW),

    # Fair descriptions of more than one pattern (see AMBIGUOUS)
    ("business case", BOARD),
    ("risk appetite", COMMITTEE),
    ("after the reorg nobody owns it", SPONSOR),
    ("sharing prompts", INDIVIDUAL),
    ("change management", TRAINING),
]

# Written after the tables above had been used for tuning, and measured once before the
# last round of changes (see scripts/search_relevance.py --fresh).
FRESH: list[tuple[str, str]] = [
    ("our AI proofs of concept all stalled", PILOTS),
    ("pilots in limbo", PILOTS),
    ("the risk committee meets monthly and defers", COMMITTEE),
    ("approvals take a quarter", COMMITTEE),
    ("everyone uses AI privately", INDIVIDUAL),
    ("staff paying for their own subscriptions", INDIVIDUAL),
    ("no go-live criteria", GOOD_ENOUGH),
    ("testing against perfection", GOOD_ENOUGH),
    ("who answers for mistakes", OWNER),
    ("nobody will put their name to it", OWNER),
    ("information security questionnare", SECURITY),
    ("data protection officer", SECURITY),
    ("board wants proof of value", BOARD),
    ("adoption metrics instead of results", BOARD),
    ("sponsor changed jobs", SPONSOR),
    ("no one senior backs the programme", SPONSOR),
    ("generative AI course", TRAINING),
    ("learning programme had no impact", TRAINING),
    ("reviewing AI drafts takes ages", CHECKING),
    ("senior staff checking every line", CHECKING),
    ("re-typing into the claims system", WORKFLOW),
    ("queues and waiting between steps", WORKFLOW),
    ("orphaned AI program", SPONSOR),
    ("prioritization of use cases by the board", BOARD),
]

# Queries whose named pattern need only be within the first three, with the other reading.
AMBIGUOUS: dict[str, str] = {
    "business case": "the checking pattern's business case ignores the time added checking",
    "risk appetite": "the security review also lacks someone to accept the remaining risk",
    "after the reorg nobody owns it": "or nobody's name on the output",
    "sharing prompts": "training has a prompt library too",
    "change management": "or heavy individual use without organisational change",
    "nothing sticks": "or training after which nothing changed",
    "reviewers overwhelmed": "or the security review's reviewers",
    "pilots in limbo": "a pilot in security review is in limbo too",
    "adoption metrics instead of results": "heavy individual use is also cited as evidence of success",
}


# A third table, written blind (session seven): a reader's 80 queries from the pattern texts
# alone, before any table or the synonyms were read; the 50 not already in a table above.
# Three of them ("productionise", "copilot productivity", "nobody can say yes") were missed
# and then led to general fixes (synonyms for -ise verbs, stems of their own for words the
# stemmer joined to unrelated ones), so the table is asserted at the targets the issue set
# for held-out queries rather than query by query: 85 % first, 95 % in the first three.
BLIND: list[tuple[str, str]] = [
    ("pilots never ship", PILOTS),
    ("POC", PILOTS),
    ("stuck in pilot", PILOTS),
    ("MVP never scaled", PILOTS),
    ("GenAI pilots stalled", PILOTS),
    ("demos go nowhere", PILOTS),
    ("productionise", PILOTS),
    ("committee wants more information", COMMITTEE),
    ("AI council", COMMITTEE),
    ("nobody can say yes", COMMITTEE),
    ("comittee", COMMITTEE),
    ("decision making", COMMITTEE),
    ("shadow IT", INDIVIDUAL),
    ("employees using ChatGPT", INDIVIDUAL),
    ("copilot productivity", INDIVIDUAL),
    ("personal accounts", INDIVIDUAL),
    ("grassroots adoption", INDIVIDUAL),
    ("how accurate is good enough", GOOD_ENOUGH),
    ("go-live criteria", GOOD_ENOUGH),
    ("accuracy threshhold", GOOD_ENOUGH),
    ("LLM error rate", GOOD_ENOUGH),
    ("who is accountable", OWNER),
    ("nobody owns it", OWNER),
    ("blame the AI", OWNER),
    ("accountabilty", OWNER),
    ("CISO", SECURITY),
    ("why is legal blocking us", SECURITY),
    ("securty review", SECURITY),
    ("ChatGPT ban", SECURITY),
    ("CFO", BOARD),
    ("KPIs", BOARD),
    ("justify AI budget", BOARD),
    ("baseline", BOARD),
    ("CTO left", SPONSOR),
    ("no exec buy-in", SPONSOR),
    ("lost our champion", SPONSOR),
    ("orphaned project", SPONSOR),
    ("AI literacy", TRAINING),
    ("training completion rates", TRAINING),
    ("reskilling", TRAINING),
    ("traning", TRAINING),
    ("checking takes too long", CHECKING),
    ("review burden", CHECKING),
    ("quicker to do it myself", CHECKING),
    ("fact checking", CHECKING),
    ("reviewing AI drafts", CHECKING),
    ("human review of AI output", CHECKING),
    ("handoffs", WORKFLOW),
    ("copy paste", WORKFLOW),
    ("process redesign", WORKFLOW),
]

# Blind queries that fairly fit a second pattern (counted first when either is first).
BLIND_AMBIGUOUS: dict[str, str] = {
    "nobody owns it": WORKFLOW,
    "LLM error rate": CHECKING,
    "process redesign": INDIVIDUAL,
    "decision making": SPONSOR,
    "ChatGPT ban": INDIVIDUAL,
    "shadow IT": SECURITY,
    "employees using ChatGPT": SECURITY,
    "baseline": GOOD_ENOUGH,
}
