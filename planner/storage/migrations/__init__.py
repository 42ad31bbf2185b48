"""Alembic migration scripts for the planner database (run programmatically by ``planner.storage``)."""
