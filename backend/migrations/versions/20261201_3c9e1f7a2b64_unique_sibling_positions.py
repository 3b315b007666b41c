"""unique sibling positions: (parent, position) is unique in every ordered table

Revision ID: 3c9e1f7a2b64
Revises: 6d42520eab71
Create Date: 2026-12-01 23:55:00
"""
from collections.abc import Sequence

from alembic import op

revision: str = '3c9e1f7a2b64'
down_revision: str | None = '6d42520eab71'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table, the column naming the parent
ORDERED = (
    ('developments', 'plan_id'),
    ('goals', 'development_id'),
    ('learning_goals', 'goal_id'),
    ('themes', 'plan_id'),
    ('competencies', 'framework_id'),
)


def upgrade() -> None:
    for table, parent in ORDERED:
        # Dense positions 0..n-1 per parent first (in their order, ties by id), so the constraint can hold.
        op.execute(
            f"UPDATE {table} SET position = (SELECT COUNT(*) FROM {table} AS other "
            f"WHERE other.{parent} = {table}.{parent} AND (other.position < {table}.position "
            f"OR (other.position = {table}.position AND other.id < {table}.id)))"
        )
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_unique_constraint(f'uq_{table}_position', [parent, 'position'])


def downgrade() -> None:
    for table, _parent in reversed(ORDERED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(f'uq_{table}_position', type_='unique')
