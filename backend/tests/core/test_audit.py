import pytest

from app.core.audit import when_set
from app.core.errors import InvalidInput


def test_when_set_checks_only_the_fields_the_body_sets_with_their_new_values():
    seen = []
    check = when_set(name=lambda name: seen.append(("name", name)), day=lambda day: seen.append(("day", day)))
    check({"name": "Anne", "label": "x"})
    check({"label": "y"})
    check({"day": None})
    assert seen == [("name", "Anne"), ("day", None)]


def test_when_set_lets_a_field_check_refuse():
    def taken(name: str) -> None:
        raise InvalidInput("/name", f"{name} is in use.", code="taken")

    with pytest.raises(InvalidInput):
        when_set(name=taken)({"name": "Anne"})
    when_set(name=taken)({"label": "fine"})  # not set: not checked
