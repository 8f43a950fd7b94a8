"""A tenth blind table of reader queries, written from the eleven patterns alone (their
titles, summaries, signs and sections) before the other tables, the search tests or the
synonyms were read, in voices the earlier tables had fewer of: a non-native speaker's
phrasing, a sceptical non-executive director, a programme manager's status report, a data
or ML engineer, procurement and legal, internal audit and risk, a staff representative, the
reader who describes an outcome rather than a cause, questions, single words and two-word
fragments, British and American spellings, typos and plurals. Of the 154 first written, the
28 already in an earlier table (one of them also a pattern's other name) and one that no
pattern fairly answers ("and then the audit") are left out; the 36 marked "(more)" were
written after that check, in the same voices, to bring the table back to about 150.

`AMBIGUOUS` names those marked, when written, as fairly describing two patterns, with the
other reading: for those the named pattern must be within the first three.
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

BLIND_TENTH: list[tuple[str, str]] = [
    # Non-native English speaker's phrasing
    ("our pilots is not going to production never", PILOTS),
    ("the proof of concepts stay always in test", PILOTS),
    ("nobody is taking the responsibility for the AI answers", OWNER),
    ("the committee is not giving decision since months", COMMITTEE),
    ("the boss who started the project is gone to other job", SPONSOR),
    ("the people did the training but they work same like before", TRAINING),
    ("to check the result take more long than to do it", CHECKING),
    ("we must copy the answer from the tool to other system by hand", WORKFLOW),
    ("security team still not approve our tool", SECURITY),
    ("what is the benefit of the money we spend for AI", BOARD),
    ("each person use chatgpt alone but the team not change", INDIVIDUAL),
    ("how good must be the model before we can go live", GOOD_ENOUGH),
    # A sceptical non-executive director
    ("what have we got for the money", BOARD),
    ("show me the return on the AI investment", BOARD),
    ("hours saved that never show up in the numbers", BOARD),
    ("why are we still funding experiments", PILOTS),
    ("management reports activity not outcomes", BOARD),
    ("is anyone still sponsoring this programme", SPONSOR),
    ("adoption figures but no business results", BOARD),
    ("the same pilots appear in every board pack", PILOTS),
    ("nobody can tell me the total AI spend", BOARD),
    # Programme manager's status-report language
    ("status amber for three quarters", PILOTS),
    ("go-live date slipped again", GOOD_ENOUGH),
    ("awaiting security sign-off", SECURITY),
    ("blocked pending governance approval", COMMITTEE),
    ("steering committee cancelled again", SPONSOR),
    ("dependency on another department unresolved", SPONSOR),
    ("RAG status red no exec sponsor", SPONSOR),
    ("milestone missed UAT not complete", GOOD_ENOUGH),
    ("benefits realisation not tracked", BOARD),
    ("business case benefits not realised", BOARD),
    ("project on hold awaiting risk assessment", SECURITY),
    ("deferred to next committee meeting", COMMITTEE),
    # Data / ML engineer
    ("model never got past the notebook", PILOTS),
    ("no MLOps", PILOTS),
    ("stuck in proof of concept", PILOTS),
    ("model works offline but never deployed", PILOTS),
    ("no evaluation threshold agreed", GOOD_ENOUGH),
    ("no eval set", GOOD_ENOUGH),
    ("precision recall target undefined", GOOD_ENOUGH),
    ("model accuracy never good enough for stakeholders", GOOD_ENOUGH),
    ("inference is fast but the pipeline is manual", WORKFLOW),
    ("unstructured input scanned pdfs", WORKFLOW),
    ("output not integrated with system of record", WORKFLOW),
    ("hallucinations mean humans check everything", CHECKING),
    ("new model version restarted the assessment", SECURITY),
    # Procurement and legal
    ("vendor lock-in", SECURITY),
    ("DPA not signed", SECURITY),
    ("contract review stuck", SECURITY),
    ("procurement questionnaire never ends", SECURITY),
    ("vendor due diligence taking months", SECURITY),
    ("data processing agreement", SECURITY),
    ("GDPR review", SECURITY),
    ("liability for AI generated advice", OWNER),
    ("who is liable if the AI is wrong", OWNER),
    ("the vendor terms say outputs must be reviewed", OWNER),
    ("intellectual property concerns holding up approval", SECURITY),
    # Internal audit and risk
    ("model risk", SECURITY),
    ("no audit trail", CHECKING),
    ("three lines of defence", COMMITTEE),
    ("risk appetite for AI not defined", COMMITTEE),
    ("nobody can accept the risk", COMMITTEE),
    ("no risk owner", COMMITTEE),
    ("control framework for generative AI", COMMITTEE),
    ("AI outputs not traceable to sources", CHECKING),
    ("unapproved AI tools used by staff", INDIVIDUAL),
    ("no named accountable person", OWNER),
    # Union rep / staff representative
    ("staff don't trust it", OWNER),
    ("staff dont trust the AI", OWNER),
    ("workers were trained but jobs unchanged", TRAINING),
    ("people are afraid to sign off AI work", OWNER),
    ("employee forum not consulted", COMMITTEE),
    ("extra workload checking AI drafts", CHECKING),
    ("staff quietly went back to the old way", CHECKING),
    # Outcome rather than cause
    ("we bought licences and nobody uses them", BOARD),
    ("we bought licenses and nobody uses them", BOARD),
    ("usage dropped after the launch", CHECKING),
    ("usage spiked after training then fell", TRAINING),
    ("nothing changed after the training", TRAINING),
    ("cycle time did not improve", WORKFLOW),
    ("the project just went quiet", PILOTS),
    ("nothing we built is used day to day", PILOTS),
    ("ninety two percent completion but no change", TRAINING),
    ("the saving never arrived", CHECKING),
    ("delivery speed is flat despite AI", INDIVIDUAL),
    ("the tool never leaves the building", OWNER),
    ("people stopped submitting proposals", COMMITTEE),
    # Questions
    ("why do our pilots never scale?", PILOTS),
    ("who should own AI output?", OWNER),
    ("how do we know if AI is accurate enough?", GOOD_ENOUGH),
    ("why is the security review taking so long?", SECURITY),
    ("what did we get for our AI budget?", BOARD),
    ("why hasn't training changed anything?", TRAINING),
    ("why is checking slower than writing?", CHECKING),
    ("what happens when the sponsor leaves?", SPONSOR),
    ("how do I get the committee to decide?", COMMITTEE),
    ("why is the work still slow when the AI step is fast?", WORKFLOW),
    ("how do we turn individual gains into team gains?", INDIVIDUAL),
    ("when is a model ready for production?", GOOD_ENOUGH),
    # Single words and two-word fragments
    ("committee", COMMITTEE),
    ("checking", CHECKING),
    ("purgatory", PILOTS),
    ("pilot fatigue", PILOTS),
    ("review bottleneck", CHECKING),
    ("sign off", OWNER),
    ("exec sponsorship", SPONSOR),
    ("governance board", COMMITTEE),
    # British and American spellings
    ("organization not changing", INDIVIDUAL),
    ("prioritize the review", CHECKING),
    ("analyze ROI", BOARD),
    ("standardized acceptance criteria", GOOD_ENOUGH),
    # Typos and plurals
    ("pilots purgatory", PILOTS),
    ("pilot purgetory", PILOTS),
    ("verfication cost", CHECKING),
    ("acountability gap", OWNER),
    ("traning did nothing", TRAINING),
    ("worklfow handoffs", WORKFLOW),
    ("sponsors", SPONSOR),
    ("committees", COMMITTEE),
    ("reviewers", CHECKING),
    # Stop words around one key word
    ("what about the sponsor", SPONSOR),
    ("is it the committee", COMMITTEE),
    ("all of the training", TRAINING),
    ("what is the baseline", BOARD),
    ("it is the handoffs", WORKFLOW),
    # Non-native English speaker's phrasing (more)
    ("nobody want to put his name on AI letter", OWNER),
    ("the ai project is stopping at the pilot every time", PILOTS),
    ("the governance group only ask more informations", COMMITTEE),
    # A sceptical non-executive director (more)
    ("what is the payback period", BOARD),
    ("we approved the budget, where are the results", BOARD),
    # Programme manager's status-report language (more)
    ("workstream paused pending DPO view", SECURITY),
    ("no single owner for the end to end process", WORKFLOW),
    ("escalation path unclear, no decision maker", COMMITTEE),
    # Data / ML engineer (more)
    ("model sitting in staging for months", PILOTS),
    ("golden dataset keeps growing", GOOD_ENOUGH),
    ("LLM drafts need heavy editing", CHECKING),
    # Procurement and legal (more)
    ("waiting on legal to review the vendor contract", SECURITY),
    ("solicitors rewrite every AI draft", OWNER),
    # Internal audit and risk (more)
    ("second line keeps asking questions", COMMITTEE),
    ("risk acceptance", COMMITTEE),
    # Union rep / staff representative (more)
    ("staff fear being blamed for AI mistakes", OWNER),
    ("our jobs did not change after the course", TRAINING),
    # Outcome rather than cause (more)
    ("licences renewed but no value", BOARD),
    ("we spent a fortune on copilot", BOARD),
    ("the chatbot was quietly switched off", PILOTS),
    # Questions (more)
    ("why do reviewers redo the AI work?", CHECKING),
    ("who decides when the model is good enough?", GOOD_ENOUGH),
    ("is anybody in charge of the AI programme?", SPONSOR),
    # Single words and two-word fragments (more)
    ("go live", GOOD_ENOUGH),
    ("rubric", GOOD_ENOUGH),
    ("backlog", INDIVIDUAL),
    ("cycle times", WORKFLOW),
    ("sponsorship", SPONSOR),
    ("benefits", BOARD),
    # British and American spellings (more)
    ("prioritise the review", CHECKING),
    ("organizational adoption", INDIVIDUAL),
    ("behavior change after training", TRAINING),
    # Typos and plurals (more)
    ("verificaton", CHECKING),
    ("handofs", WORKFLOW),
    ("goverance comittee", COMMITTEE),
    ("accuray", GOOD_ENOUGH),
]

AMBIGUOUS: dict[str, str] = {
    "the proof of concepts stay always in test": GOOD_ENOUGH,
    "why are we still funding experiments": BOARD,
    "blocked pending governance approval": SECURITY,
    "steering committee cancelled again": COMMITTEE,
    "dependency on another department unresolved": WORKFLOW,
    "business case benefits not realised": CHECKING,
    "the vendor terms say outputs must be reviewed": CHECKING,
    "model risk": COMMITTEE,
    "no audit trail": OWNER,
    "risk appetite for AI not defined": GOOD_ENOUGH,
    "no risk owner": OWNER,
    "control framework for generative AI": SECURITY,
    "unapproved AI tools used by staff": SECURITY,
    "staff don't trust it": CHECKING,
    "staff dont trust the AI": CHECKING,
    "we bought licences and nobody uses them": TRAINING,
    "we bought licenses and nobody uses them": TRAINING,
    "usage dropped after the launch": TRAINING,
    "the saving never arrived": OWNER,
    "when is a model ready for production?": PILOTS,
    "review bottleneck": COMMITTEE,
    "escalation path unclear, no decision maker": SPONSOR,
    "second line keeps asking questions": SECURITY,
}
