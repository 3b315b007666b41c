import pytest

from app.responses import respondent, throttle


@pytest.fixture(autouse=True)
def _fresh_limits():
    throttle.reset()
    respondent.questionnaires.clear()
    yield
    throttle.reset()
