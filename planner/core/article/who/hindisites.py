"""Sites visited and bodies met, named in Devanagari: ``वियना टेक्नोलॉजी पार्क का भ्रमण``, ``ग्राज़
विश्वविद्यालय का दौरा``, ``डेनिश टेक्नोलॉजिकल इंस्टीट्यूट के परिसर का दौरा``, ``लिस्बन चैंबर ऑफ
कॉमर्स के प्रतिनिधियों से``; and bodies named in Hindi with their
English name in brackets, ``ऊर्जा एवं खान मंत्रालय (Ministry of Energy and Mines)`` (also in Roman
Hindi, read into Devanagari first): the English name is the body's.

The words right before ``का दौरा``/``का भ्रमण`` (or before a body's site, ``के परिसर``/``के
संयंत्र``, then the visit) name what is visited.  Given back in English word by word, as the body
before a role is (:func:`planner.core.article.who.rolebody.english_words`), and only when every word has
an English form and one of them is not a place: ``जापान का दौरा`` is the trip, ``हेलसिंकी का
दौरा`` a city.  A place's ``विश्वविद्यालय`` is its ``University of …``.

The Hindi nouns of a body's site and of a university are the few words no dataset here pairs with
English; the site's own English words are in ``orgnames.SITE_AFTER``.
"""

from __future__ import annotations

import re

from planner.core.article.gazetteer import Gazetteer, Mention
from planner.core.article.reading.romanise import latin_form, romanise
from planner.core.article.reading.words import HINDI_STOP, is_common_word
from planner.core.article.who.acronyms import acronym_bodies, sentence_case_bodies
from planner.core.article.who.orgnames import RUN, covered, found_org, more_portfolios
from planner.core.article.who.rolebody import Span, english_form, english_words, is_place, place_at

#: a body's site in Hindi: headquarters, plant, factory, campus
SITE_NOUNS = "मुख्यालय|संयंत्र|कारखाने|कारखाना|परिसर|प्लांट|फैक्ट्री|कैंपस"
UNIVERSITY = "विश्वविद्यालय"
_VISIT = re.compile(
    rf"\s+(?:(?:के|की)\s+(?:{SITE_NOUNS})\s+)?(?:का|की|के)\s+(?:दौरा|भ्रमण|निरीक्षण)(?![\u0900-\u097F])"
)
#: a body met, named before "के साथ बैठक", "से मुलाकात", or before its people met ("के प्रतिनिधियों से")
#: ("… के साथ जो बैठक", "… के साथ मस्कट में बैठक": a few words of the clause may come between)
_MEET = re.compile(
    r"\s+(?:के\s+(?:पदाधिकारियों|अधिकारियों|प्रतिनिधियों|प्रतिनिधिमंडल)\s+)?(?:के\s+साथ|से)(?:\s+भी)?"
    r"(?:(?<=साथ)(?:\s+[\u0900-\u0963\u0966-\u097F]+){1,5}?)?"
    r"\s+(?:बैठक|मुलाकात|भेंट|चर्चा|वार्ता|बातचीत|मिल)"
)
#: a signing's partner, named before "के साथ" in the clause of the signing: "सोफिया विश्वविद्यालय के
#: साथ कृषि शोध पर समझौता ज्ञापन पर हस्ताक्षर"
_SIGN = re.compile(r"\s+के\s+साथ(?=[^।;]{0,80}?(?:समझौत|एमओयू|हस्ताक्षर|करार|(?i:\bMoU)))")
_WORD = re.compile(r"[\u0900-\u0963\u0971-\u097F]+")  # no danda, no digits


def hindi_sites(
    text: str, mentions: list[Mention], gaz: Gazetteer, found: list[Mention], free: Span, places_ok: Span
) -> None:
    """Add to ``found`` each site or body named in Devanagari before a verb of visiting or meeting."""
    if not re.search(r"[\u0900-\u097F]", text):
        return
    acronym_bodies(text, mentions, gaz, found, free, places_ok)  # "बुल्गारिया निवेश एजेंसी (बीआईए)"
    sentence_case_bodies(text, mentions, found, free)  # "Svaz průmyslu a dopravy (SPD) के साथ"
    verbs = [*_VISIT.finditer(text), *_MEET.finditer(text), *_SIGN.finditer(text)]
    for visit in sorted(verbs, key=lambda m: m.start()):
        words = list(_WORD.finditer(text, max(0, visit.start() - 160), visit.start()))
        last = "University" if words and words[-1].group() == UNIVERSITY else ""
        named = english_words(text, words, mentions, gaz, last, visit.start()) or _named_for(
            text, words, last
        )
        if named is None:
            continue
        kept, names = named
        places = [place_at(mentions, w) or is_place(gaz, w.group()) for w in kept]
        if all(places):
            continue  # "जापान का दौरा": the trip; a city alone is no site
        site = visit.re is _VISIT and visit.group().strip().startswith(("के", "की"))
        if len(kept) == 1 and not site:
            continue  # one word before "का दौरा" or "से मुलाकात" is a place or a person as often as a body
        if visit.re is not _VISIT and not (any(places) or last or any(gaz.org_word(w.group()) for w in kept)):
            continue  # "कैरोलिन तम्म से मुलाकात": a person met; a body's name has a place or a body's word
        opener = [w for w in words if w.end() <= kept[0].start()][-1:]
        if visit.re is _SIGN and opener and opener[0].group() not in HINDI_STOP:
            continue  # "न्यू साउथ वेल्स विश्वविद्यालय": a word of the name had no English form
        if visit.re is not _VISIT and gaz.org_word(kept[-1].group()):
            continue  # "मसान ग्रुप के साथ": a name before an organisation word is the other finders' (Masan)
        start, end = kept[0].start(), kept[-1].end()
        if not (free(start, end) and places_ok(start, end)):
            continue
        if (
            names[-1] == "University"
            and len(names) == 2
            and (places[0] or names[0] != english_form(gaz, kept[0].group()))
        ):
            names = ["University", "of", names[0]]  # "ओस्लो विश्वविद्यालय": University of Oslo
        name = " ".join(names)
        found.append(Mention(found_org(name), start, end, text[start:end]))


def _named_for(
    text: str, words: list[re.Match[str]], last: str
) -> tuple[list[re.Match[str]], list[str]] | None:
    """ "पेरादेनिया विश्वविद्यालय": a university named for a place the gazetteer does not know, one
    word after a function or common word, given in Latin letters (as the article writes it, if it does)."""
    if not last or len(words) < 3 or text[words[-2].end() : words[-1].start()].strip():
        return None
    name, before = words[-2].group(), words[-3].group()
    if name in HINDI_STOP or is_common_word(name) or not (before in HINDI_STOP or is_common_word(before)):
        return None
    if text[words[-3].end() : words[-2].start()].strip():
        return None
    return words[-2:], [latin_form(romanise(name), text) or romanise(name), last]


#: a Hindi name, in Devanagari or in Latin letters (``Udyog Mantralaya``: Roman Hindi keeps a
#: capitalised name as written), then its English name in brackets
_GLOSS = re.compile(rf"(?P<before>[\u0900-\u097F]|[A-Za-z]+)\s*\(\s*(?P<name>{RUN})(?=\s*[,)])")
_POSTPOSITION = re.compile(r"\s*\)\s*(?:के|की|का|से|को|में|ने|द्वारा)(?![\u0900-\u097F])")


def glossed_bodies(text: str, mentions: list[Mention], gaz: Gazetteer, found: list[Mention]) -> None:
    """Add to ``found`` each body whose English name is given in brackets after its Hindi one; a
    known body inside the name yields to it (``Federal Ministry of Industry, …``)."""
    if not re.search(r"[\u0900-\u097F]", text):
        return
    for m in _GLOSS.finditer(text):
        if m.group("before").isascii() and is_common_word(m.group("before")):
            continue  # "… the Federal Ministry (…)": an English name before the brackets
        start = m.start("name")
        end = more_portfolios(text, start, m.end("name"), mentions)
        if not _POSTPOSITION.match(text, end):
            continue
        name = text[start:end]
        if len(name.split()) < 2 or not any(gaz.org_word(w.strip(",")) for w in name.split()):
            continue  # an acronym, or a gloss that names no body
        if covered(found, start, end, ("org",)) or any(
            x.start < end and start < x.end and not (start <= x.start and x.end <= end) for x in mentions
        ):
            continue
        found.append(Mention(found_org(name), start, end, name))
