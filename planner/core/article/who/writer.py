"""The writer of a post who travelled with the delegation: a member, with the role of their headline.

A post on a professional network, a blog or a thread opens with its writer's name, a separator and
what the site shows after it (``Rohit Kulkarni • 1st``, ``Anand Menon · Follow``, ``Sravani Reddy •
@sravani_builds``), and the writer's headline on that line or the next: ``CEO at Kalinga Handlooms
Pvt Ltd | Ikat revival | Bhubaneswar``, ``Founder & CEO, LedgerLoop Technologies | Fintech``.  When
the writer says in the first person that they went with the delegation ("I was part of the
Maharashtra delegation", "मुझे Odisha government के official delegation के साथ …", Roman Hindi "main
Telangana sarkar ke IT delegation ka hissa thi"), the writer is one of its members: the role is the
headline's before "at" or its first comma, the body what follows.  The head writing of their own
visit is the head, no member.
"""

from __future__ import annotations

import re

from planner.core.article.who.names import LATIN_LETTERS

_WORD = rf"[A-Z][{LATIN_LETTERS}'’.-]*"
#: the post's first line: a name of two to four words, a separator, what follows it
_BYLINE = re.compile(rf"\s*(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,3}})[ \t]*[•·][ \t]*(?P<rest>[^\n]*)")
#: what a site shows after the name that is no headline: the degree of connection, a handle, a button
_NO_HEADLINE = re.compile(
    r"(?i:\d(?:st|nd|rd|th)\+?|follow(?:ing)?|connect|@\w+|edited|author|\d+\s*(?:min|h|d|w)\b.*)\s*(?:[•·|].*)?"
)
#: a headline: "Role at Body", "Role, Body" (then "| more | tags")
_HEADLINE = re.compile(
    r"(?P<role>[^,|\n\d]{2,40}?)(?:\s+at\s+|\s*,\s*)(?P<org>[A-Z][^,|\n]{1,60}?)\s*(?:[|•·,].*)?"
)
#: the writer went with the delegation, in the first person
_WENT = re.compile(
    r"(?i:\b(?:I|we)\s+(?:was|were|am|are|have\s+been)\s+(?:also\s+)?(?:a\s+|one\s+)?(?:part|members?)\s+of\s+"
    r"(?:the|our|a|this)\b[^.\n]{0,60}\bdelegation"
    r"|\bI\s+(?:travelled|traveled|went|joined)\b[^.\n]{0,60}\bdelegation"
    r"|\b(?:main|mai|mujhe|hum)\b[^.\n]{0,80}\b(?:delegation|dal|pratinidhimandal)\s+(?:ka|ki|ke|mein)"
    r"\s*(?:hissa|saath|sath|sadasya|shaamil|shamil)\b)"
    r"|(?:मुझे|मैं|मैंने|हम)\s[^।\n]{0,80}(?:(?i:delegation)|प्रतिनिधिमंडल|दल)\s+(?:के\s+साथ|में|का\s+हिस्सा|की\s+ओर)"
)


def post_writer(text: str, head: str = "") -> tuple[str, str, str] | None:
    """The writer of a post who went with the delegation, as (name, role, body), else None."""
    byline = _BYLINE.match(text)
    if byline is None or _WENT.search(text) is None:
        return None
    name = byline.group("name")
    if any(w.isupper() and len(w) > 1 for w in name.split()):
        return None  # "KERALA TRADE BULLETIN · …": a masthead
    if head and name.split()[-1] in head.split():
        return None  # the head's own post
    rest = byline.group("rest").strip()
    if not rest or _NO_HEADLINE.fullmatch(rest):
        lines = text[byline.end() :].split("\n", 2)  # the very next line, not one after a blank line
        following = lines[1].strip() if len(lines) > 1 else ""
        rest = "" if _NO_HEADLINE.fullmatch(following) else following
    headline = _HEADLINE.fullmatch(rest)
    if headline is None:
        # a name, a separator and neither a headline nor what a site shows: a dateline or a masthead
        return (
            (name, "", "")
            if not byline.group("rest").strip() or _NO_HEADLINE.fullmatch(byline.group("rest").strip())
            else None
        )
    return name, headline.group("role").strip(), headline.group("org").strip()


__all__ = ["post_writer"]
