"""The newest schema revision this code knows (a test checks it against the Alembic scripts).

A module of its own, importing nothing, so the window's first paint (``firstread``) and the
opening of the database (``opening``) share it without importing each other or SQLAlchemy.
"""

HEAD = "0006"
