"""Who: the head of the delegation, people and their roles, the state's own officials, and the
organisations they speak for.
"""
