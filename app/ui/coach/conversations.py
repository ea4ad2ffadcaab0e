"""What a coach writes for the person shown, beyond notes and feedback (issue 21): exercises,
goal proposals and comments on drafts, each kept with the person's feedback until it goes in
their next feedback file. The Cohort page has these (app/ui/pages/cohort.py)."""

from __future__ import annotations

from app.domain.exchange.examples import ShareAsk
from app.domain.exchange.exercises import Exercise
from app.domain.exchange.goal_talk import GoalProposal
from app.services.exchange.cohort import PersonRow
from app.ui.context import AppContext
from app.ui.store_access import write_store

COACH = "coach"  # the kind of data the coach's notes and feedback are


class Conversations:
    ctx: AppContext
    person: PersonRow | None

    def _load_coach_data(self) -> None:
        raise NotImplementedError

    def _assign_exercise(self, exercise: Exercise) -> None:
        from app.services.exchange.exercises import assign

        people = [self.person.member.report.person] if self.person else []
        write_store(self.ctx, lambda db, _r: assign(db, people, exercise),
                    lambda _x: self._load_coach_data(), announce=(COACH,))  # fmt: skip

    def _propose_goal(self, proposal: GoalProposal) -> None:
        from app.services.exchange.goal_talk import propose

        if self.person is not None:
            person = self.person.member.report.person
            write_store(self.ctx, lambda db, _r: propose(db, person, proposal),
                        lambda _x: self._load_coach_data(), announce=(COACH,))  # fmt: skip

    def _comment_draft(self, ask_id: str, text: str, quote: str, offset: int | None) -> None:
        from app.services.exchange.draft_talk import comment_on

        if self.person is not None:
            person, day = self.person.member.report.person, self.ctx.clock.today()
            write_store(self.ctx, lambda db, _r: comment_on(db, person, day, ask_id, text, quote,
                        offset), lambda _x: self._load_coach_data(), announce=(COACH,))  # fmt: skip

    def _ask_to_share(self, ask: ShareAsk) -> None:
        from app.services.exchange.examples import ask_to_share

        if self.person is not None:
            person = self.person.member.report.person
            write_store(self.ctx, lambda db, _r: ask_to_share(db, person, ask),
                        lambda _x: self._load_coach_data(), announce=(COACH,))  # fmt: skip
