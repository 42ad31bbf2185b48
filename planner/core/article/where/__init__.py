"""Where: the generated place data, places in the text, zones, airports, day trips, moves,
flights, and the stops of the route.
"""
