"""The itinerary: one column per day in each stop's local time, with home time beside it."""
