"""intervention schedule, frequency, learning hours and notes; team notes

New text columns default to '' so that existing rows (and the other helpers' data) stay valid.

Revision ID: 03194a82eca4
Revises: 92b640c8e8a2
Create Date: 2026-12-02 02:46:24.249173
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '03194a82eca4'
down_revision: str | None = '92b640c8e8a2'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('interventions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('starts_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('period', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('sessions_per_year', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('frequency', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('learning_hours_per_participant', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('notes', sa.Text(), nullable=False, server_default=''))

    with op.batch_alter_table('teams', schema=None) as batch_op:
        batch_op.add_column(sa.Column('notes', sa.Text(), nullable=False, server_default=''))



def downgrade() -> None:
    with op.batch_alter_table('teams', schema=None) as batch_op:
        batch_op.drop_column('notes')

    with op.batch_alter_table('interventions', schema=None) as batch_op:
        batch_op.drop_column('notes')
        batch_op.drop_column('learning_hours_per_participant')
        batch_op.drop_column('frequency')
        batch_op.drop_column('sessions_per_year')
        batch_op.drop_column('period')
        batch_op.drop_column('starts_on')

