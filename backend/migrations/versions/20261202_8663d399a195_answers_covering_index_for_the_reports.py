"""answers: a covering index for the reports (response, question, number)

The effect and evaluation reports read the numeric answers of a set of responses: with the number in the index
beside the response and the question, the database reads them from the index alone (an index-only scan on
PostgreSQL, a covering index on SQLite) instead of visiting every answer's row.

Revision ID: 8663d399a195
Revises: 179c9b060ece
Create Date: 2026-12-02 15:53:00.000000
"""
from collections.abc import Sequence

from alembic import op


revision: str = '8663d399a195'
down_revision: str | None = '179c9b060ece'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('answers', schema=None) as batch_op:
        batch_op.create_index('ix_answers_response_question_number', ['response_id', 'question_id', 'number'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('answers', schema=None) as batch_op:
        batch_op.drop_index('ix_answers_response_question_number')
