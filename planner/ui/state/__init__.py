"""The open visit behind the window: session, undo commands, the database store and the worker thread.

Nothing in this package imports the views, panels or dialogs above it."""
