"""Delegation Planner: plan official delegation visits abroad across time zones."""

__version__ = "0.1.0"
