"""Deventer's rule that every intervention of a day or longer is evaluated by its participants: the built-in
evaluation form, published at the start of 2014. Demo data."""

from datetime import UTC, datetime

from app.demo.build.questionnaires import InstrumentData

INSTRUMENTS = (
    InstrumentData("intervention_evaluation", datetime(2014, 1, 6, 9, 0, tzinfo=UTC),
                   title="Evaluatie leerinterventie (dag of langer) (demo)"),
)
