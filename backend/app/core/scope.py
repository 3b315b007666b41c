"""Who is asking, on behalf of which organisation: the scope every service call starts from."""

from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID


class Role(StrEnum):
    viewer = "viewer"
    editor = "editor"
    admin = "admin"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def includes(self, other: "Role") -> bool:
        return self.rank >= other.rank


_RANK = {Role.viewer: 0, Role.editor: 1, Role.admin: 2}


@dataclass(frozen=True, slots=True)
class Scope:
    organisation_id: UUID
    role: Role
    actor_label: str
    user_id: UUID | None = None
    api_token_id: UUID | None = None
