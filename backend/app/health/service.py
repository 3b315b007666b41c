"""What the readiness check asks the database."""

from sqlalchemy import text
from sqlmodel import Session

from app.core.migrations import current_revision


def schema_revision(db: Session) -> str | None:
    """The revision the database's schema is at; raises the driver's error when the database cannot be reached."""
    connection = db.connection()
    connection.execute(text("SELECT 1"))
    return current_revision(connection)
