"""Buddy pairs among a cohort's participants: proposed across teams where possible (the Rotterdam guide's
peer-to-peer learning: a buddy from elsewhere in the organisation), deterministically from a seed so that "propose
again" (another seed) gives another proposal, then edited and kept as pairs. An odd one out is named."""

import random
import uuid
from collections import defaultdict

from sqlalchemy import delete
from sqlmodel import Session

from app.cohorts.enrolments import cohort_person, participants
from app.cohorts.models import BuddyPair
from app.cohorts.schemas import BuddyPairing, BuddyPairRead, BuddyPairsWrite
from app.cohorts.service import get_cohort
from app.core import audit
from app.core.errors import InvalidInput, field_error
from app.core.scope import Scope
from app.core.tenancy import scoped
from app.people.models import Person

ENTITY = "buddy_pairs"


def propose_pairs(people: list[Person], seed: int) -> tuple[list[tuple[Person, Person]], list[Person]]:
    """Pairs as many people of different teams as can be: each time one of the largest remaining team with one of
    the next largest other team (so no team is left over with only its own), the order within teams and among
    equal teams drawn from `seed`. What cannot be crossed is paired within its team; an odd one is left over."""
    rng = random.Random(seed)  # noqa: S311 (a reproducible draw, not a secret)
    teams: dict[str, list[Person]] = defaultdict(list)
    for person in sorted(people, key=lambda p: (p.name.lower(), str(p.id))):
        teams[person.team.strip().lower()].append(person)
    for members in teams.values():
        rng.shuffle(members)
    draw = {team: rng.random() for team in teams}
    pairs: list[tuple[Person, Person]] = []
    while True:
        left = sorted((team for team in teams if teams[team]), key=lambda t: (-len(teams[t]), draw[t]))
        if len(left) < 2:
            break
        pairs.append((teams[left[0]].pop(), teams[left[1]].pop()))
    rest = [person for team in teams.values() for person in team]
    while len(rest) >= 2:
        pairs.append((rest.pop(), rest.pop()))
    order = rng.random  # the pairs' order is drawn as well, so a proposal does not list the largest team first
    pairs.sort(key=lambda _pair: order())
    return pairs, rest


def _pairing(pairs: list[tuple[Person, Person]], unpaired: list[Person], seed: int | None = None) -> BuddyPairing:
    return BuddyPairing(
        pairs=[BuddyPairRead(first=cohort_person(a), second=cohort_person(b),
                             cross_team=a.team.strip().lower() != b.team.strip().lower()) for a, b in pairs],
        unpaired=[cohort_person(p) for p in sorted(unpaired, key=lambda p: p.name.lower())], seed=seed)


def propose(db: Session, scope: Scope, *, cohort_id: uuid.UUID, seed: int) -> BuddyPairing:
    """A proposal; nothing is written."""
    get_cohort(db, scope, cohort_id=cohort_id)
    pairs, rest = propose_pairs(participants(db, scope, cohort_id), seed)
    return _pairing(pairs, rest, seed)


def get_pairs(db: Session, scope: Scope, *, cohort_id: uuid.UUID) -> BuddyPairing:
    """The kept pairs (by the first one's name) and the participants in none."""
    get_cohort(db, scope, cohort_id=cohort_id)
    people = {p.id: p for p in participants(db, scope, cohort_id)}
    rows = list(db.scalars(scoped(BuddyPair, scope).where(BuddyPair.cohort_id == cohort_id)
                           .order_by(BuddyPair.created_at, BuddyPair.id)))
    pairs = sorted(((people[r.first_person_id], people[r.second_person_id]) for r in rows
                    if r.first_person_id in people and r.second_person_id in people),
                   key=lambda pair: (pair[0].name.lower(), pair[1].name.lower()))
    paired = {p.id for pair in pairs for p in pair}
    return _pairing(pairs, [p for p in people.values() if p.id not in paired])


def save_pairs(db: Session, scope: Scope, *, cohort_id: uuid.UUID, data: BuddyPairsWrite) -> BuddyPairing:
    """Replaces the cohort's pairs. Each person must be a participant of this cohort (400 `not_a_participant` on
    the field), in at most one pair (400 `duplicate`), and not paired with themselves (400 `same_person`)."""
    get_cohort(db, scope, cohort_id=cohort_id)
    people = {p.id: p for p in participants(db, scope, cohort_id)}
    errors, seen = [], set()
    for i, pair in enumerate(data.pairs):
        for field, person_id in (("firstPersonId", pair.first_person_id), ("secondPersonId", pair.second_person_id)):
            pointer = f"/pairs/{i}/{field}"
            if person_id not in people:
                errors.append(field_error(pointer, "This person is no participant of the cohort.",
                                          "not_a_participant"))
            elif field == "secondPersonId" and person_id == pair.first_person_id:
                errors.append(field_error(pointer, "A person cannot be their own buddy.", "same_person"))
            elif person_id in seen:
                errors.append(field_error(pointer, "This person is in another pair already.", "duplicate"))
            seen.add(person_id)
    if errors:
        raise InvalidInput(errors=errors)
    before = [[str(r.first_person_id), str(r.second_person_id)] for r in db.scalars(
        scoped(BuddyPair, scope).where(BuddyPair.cohort_id == cohort_id).order_by(BuddyPair.created_at))]
    db.execute(delete(BuddyPair).where(BuddyPair.cohort_id == cohort_id))
    db.add_all([BuddyPair(organisation_id=scope.organisation_id, cohort_id=cohort_id,
                          first_person_id=pair.first_person_id, second_person_id=pair.second_person_id)
                for pair in data.pairs])
    db.flush()
    after = [[str(p.first_person_id), str(p.second_person_id)] for p in data.pairs]
    if before != after:
        audit.record(db, scope=scope, action=f"{ENTITY}.updated", entity_type=ENTITY, entity_id=cohort_id,
                     changes={"pairs": {"from": before, "to": after}})
    pairs = [(people[p.first_person_id], people[p.second_person_id]) for p in data.pairs]
    paired = {p.id for pair in pairs for p in pair}
    return _pairing(pairs, [p for p in people.values() if p.id not in paired])
