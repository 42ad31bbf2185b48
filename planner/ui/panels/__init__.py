"""The views and panels beside the itinerary: agenda, contacts, details, unscheduled tray."""
