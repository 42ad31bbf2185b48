"""Dialogs: visit details, one engagement, article import, calendar import, and their fields."""
