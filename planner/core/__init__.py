"""The pure core: domain objects, time zones, schedule rules, article import, ICS. No Qt, no SQLAlchemy."""
