"""When: dates and clock times as written, the publication date, named and relative days, and
the calendar days they resolve to.
"""
