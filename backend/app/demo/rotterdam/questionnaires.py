"""Rotterdam's effect measurement (step 6 of the guide: measure before, after week 1, midway and at the end, on
participant, programme and organisation level): the built-in questionnaire, published, with its first two
participant questions tied to the guide's two example competencies, and its motivation question to a demo one
(lerend vermogen). Demo data."""

from datetime import UTC, datetime

from app.demo.build.questionnaires import InstrumentData

INSTRUMENTS = (
    InstrumentData("effect_measurement", datetime(2025, 8, 25, 9, 0, tzinfo=UTC),
                   title="Effectmeting traineeship (demo)",
                   competencies={0: "verbindend", 1: "omgevingsbewust", 4: "lerend-vermogen"}),
)
