"""Names in article text: where a person's name starts and ends after a title, in Latin or Devanagari
(honorifics, initials, particles such as bin/Al/von, the words that are never part of a name)."""

from __future__ import annotations

import re

from planner.core.article.reading.words import HINDI_FUNCTION_WORDS
from planner.core.article.when.dates import HINDI_MONTHS, HINDI_WEEKDAYS
from planner.core.article.who.balinese import opens_name, uncounted


def _split(words: str) -> frozenset[str]:
    """A list of words written as one string, one space between each: the long lists stay short."""
    return frozenset(words.split())


HONORIFICS = frozenset(
    [
        "श्री",
        "श्रीमती",
        "सुश्री",
        "डॉ",
        "डॉ.",
        "डा.",
        "डॉक्टर",  # Doctor spelt out, as a transcript or a bulletin read aloud writes it
        "डाक्टर",
        "प्रो",
        "प्रो.",
        "प्रोफेसर",
        "प्रोफ़ेसर",
        "Shri",
        "Sri",  # Andhra Pradesh and Telangana write Sri for Shri
        "Thiru",  # Tamil Nadu's Shri, and Tmt. its Smt.
        "Tmt.",
        "Sh.",
        "Capt.",
        "Capt",
        "Smt",
        "Smt.",
        "Mr",
        "Mr.",
        "Ms",
        "Ms.",
        "Mrs",
        "Mrs.",
        "Dr",
        "Dr.",
        "Prof",
        "Prof.",
        "Professor",
        "H.E.",
        "Hon.",
        "Honourable",  # a Commonwealth minister's style, and India's Hon'ble
        "Honorable",
        "Hon'ble",
        "Hon’ble",
        # foreign honorifics: French, German, Spanish and Portuguese, Thai, Indonesian
        "Mme",
        "Mme.",
        "Madame",
        "Mlle",
        "Monsieur",
        "Herr",
        "Frau",
        "Sr.",
        "Sra.",
        "Señor",
        "Señora",
        "Khun",
        "Bapak",
        "Ibu",
    ]
)
#: titles written before a name, alone or in a row ("Tan Sri", "Dato' Sri", "Prof. Dr."): never a name;
#: a Commonwealth parliament's "the Honourable", "Senator the Honourable", "the Rt Hon."
HONORIFIC = re.compile(
    r"(?:(?:(?:Senator\s+)?(?:the\s+)?(?:Rt\.?\s+|Right\s+)?(?:Hon(?:ou?rable|['’]ble)\b|Hon\.)"
    r"|Tan\s+Sri|Dato'?\s+Seri|Dato'?\s+Sri|Datuk\s+Seri|Dato'|Datuk|Datin|Tun|Puan|Encik|Sir|Lord|Dame"
    r"|Professor|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Shri|Sri(?!\s+Lanka)|Thiru|Tmt\.|Capt\.|Smt\.?|Sh\.|H\.\s?E\.|Excellency|His\s+Excellency"
    r"|Mme\.?|Madame|Mlle|Monsieur|Herr|Frau|Sr\.|Sra\.|Señor|Señora|Khun|Bapak|Ibu"
    r"|श्रीमती|सुश्री|श्री|डॉक्टर|डाक्टर|डॉ\.?|डा\.|प्रोफ़ेसर|प्रोफेसर|प्रो\.?)(?:\s+|(?=\s*$)))+"
)
#: lower-case words inside a name: "Sultan Ahmed bin Sulayem", "Ursula von der Leyen"; in Devanagari
#: the Arabic ones ("सुल्तान अहमद बिन सुलायम", "वलीद अल मुकर्रब"), never a name's first or last word
PARTICLES = frozenset(
    {
        "bin",
        "binti",
        "bint",
        "bte",
        "al",
        "el",
        "van",
        "von",
        "der",
        "de",
        "da",
        "dos",
        "das",
        "del",
        "di",
        "la",
        "le",
        # Hassaniya Arabic (Mauritania, Mali, the Sahara): "Ould" son of, "Mint" daughter of, written
        # capitalised between the given names and the father's ("Mohamed Salem Ould Brahim")
        "ould",
        "mint",
    }
    | {"बिन", "बिंत", "बिन्त", "बिनते", "अल", "अल-", "इब्न"}
)
#: an Arabic title that is part of how a person is named ("Sheikh Khalifa bin Jassim Al Thani"):
#: kept in the name, not counted among its words
_NAME_TITLES = frozenset({"Sheikh", "Shaikh", "Sheikha", "Shaikha", "शेख", "शेख़", "शेखा"})
#: "… प्रबंध निदेशक श्री X सम्मिलित थे": सम्मिलित (were included) is said as शामिल
_HI_STOP = HINDI_FUNCTION_WORDS | _split(
    """
    इन उन जी ही तो है हैं था थे थी लिए यहां वहां एक आज कल दिनों सभी कई अन्य व अपने अपनी उनके
    उन्होंने जापानी कोरियाई विदेशी भारतीय सरकारी संस्थान कंपनी कंपनियों प्रदेश राज्य दौरे दौरा
    मुलाकात बैठक चर्चा शामिल सम्मिलित
    """
)
#: the possessive pronouns ("क्लेयर डॉसन और उसके सदस्य उद्योगों"): never a name
_HI_STOP = _HI_STOP | frozenset({"उसके", "उसकी", "उसका", "उनकी", "उनका", "इसके", "इसकी", "इसका", "इनके", "इनकी"})
#: words of quantity that open the phrase after a name ("अरवा राजकमल शेष अधिकारियों के साथ",
#: "आलोक रंजन बाकी अधिकारियों के साथ")
_HI_STOP = _HI_STOP | frozenset({"शेष", "बाकी", "बाक़ी", "तमाम", "समस्त", "पूरे", "पूरी", "पूरा"})
#: what closes a name in a list ("प्रबंध निदेशक X जैसे वरिष्ठ अफसर": such as; "X समेत", "X आदि": and
#: others) and the forms of address said after a title or before it ("राज्यपाल महोदय", "मा. मंत्री",
#: short for माननीय): never a word of a name
_HI_STOP = _HI_STOP | frozenset({"जैसे", "जैसी", "जैसा", "सरीखे", "समेत", "आदि", "इत्यादि", "वगैरह"})
_HI_STOP = _HI_STOP | frozenset({"महोदय", "महोदया", "माननीय", "मा"})
#: "मुख्यमंत्री शनिवार को …": a day or month after an office is not a name
_HI_STOP = (
    _HI_STOP | frozenset(HINDI_WEEKDAYS) | frozenset(HINDI_MONTHS) | frozenset({"सुबह", "शाम", "दोपहर", "रात"})
)
#: the words that qualify a title ("APIIC की Vice Chairperson X", from Vice on) are never a name's
_EN_STOP = _split(
    """
    The A An On In At And Of For With From To By During After Before He She They It This That His
    Her Their State Government Chief Minister Secretary Vice Deputy Joint Additional Special
    Principal Executive Managing Acting Japan Japanese Korea Korean Indian India
    """
)
#: Roman Hindi adverbs and pronouns that open a sentence: "Wahan Rakesh Lal ji, …"
_EN_STOP = _EN_STOP | _split("Wahan Vahan Yahan Phir Fir Tab Ab Aaj Usi Unhone Unke Inke Iske Uske")
#: Latin letters with the accented ones of European names (José, Müller, Łukasz)
LATIN_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_UP, _LOW = "A-Z\u00c0-\u00d6\u00d8-\u00de", "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f"
_TOKEN = re.compile(
    rf"[\u0900-\u0963\u0966-\u097F]+(?:[-'’][\u0900-\u0963\u0966-\u097F]+)*|[{LATIN_LETTERS}][{LATIN_LETTERS}'’.-]*|,|\S"
)


#: the finite forms of the auxiliaries and light verbs that close a Hindi clause ("प्रतिनिधि शामिल
#: हुए", "… शामिल होंगे", "स्वागत किया"): a verb, never a word of a name.  Perfective and habitual
#: forms of होना, जाना, करना, रहना, सकना, चुकना; the future of any verb is told by its ending
_AUXILIARIES = frozenset(
    {"हुआ", "हुए", "हुई", "हुईं", "गया", "गए", "गये", "गई", "गईं", "किया", "किए", "किये"}
    | {"होगा", "होगी", "होंगी"}
    | {stem + end for stem in ("हो", "जा", "कर", "रह", "सक", "चुक") for end in ("ता", "ते", "ती", "ना", "ने")}
    | {stem + end for stem in ("रह", "सक", "चुक") for end in ("ा", "े", "ी")}
)
#: the perfective of रहना and होना after a predicate word ("उपस्थित रहे", "शामिल हुए", "मौजूद रहीं")
_BECAME = frozenset({"रहे", "रहीं", "रही", "रहा", "हुए", "हुईं", "हुई", "हुआ"})
#: the endings of a verb's future ("लौटेंगे", "जाएंगे", "होंगे") and of an oblique plural (not -ोगी:
#: "योगी" is a name)
_NOT_NAME_ENDINGS = ("ों", "ेंगे", "ेंगी", "ेगा", "ेगी", "एंगे", "एँगे", "ंगे", "ँगे")
#: but one consonant before -ेगी/-ेगा is a verb only for दे and ले (देगी, लेगा): नेगी is a surname
_SHORT_NAME = re.compile(r"(?![दल])[\u0915-\u0939\u0958-\u095f]\u093c?ेग[ीा]")


def _is_hindi_name_token(tok: str, taken: set[int], pos: int) -> bool:
    return (
        "\u0900" <= tok[0] <= "\u097f"
        and tok not in _HI_STOP
        and tok not in _AUXILIARIES
        and pos not in taken
        and (not tok.endswith(_NOT_NAME_ENDINGS) or _SHORT_NAME.fullmatch(tok) is not None)
        and len(tok) > 1
    )


_INITIALS = re.compile(r"(?:[A-Z]\.){1,4}|[A-Z]")
#: two or more Devanagari initials joined by dots, no space between: "के.के.", "एस.जे.", "ए.पी.एम."
_HINDI_INITIALS_RUN = re.compile(r"(?:(?:[\u0905-\u0939][\u093e-\u094c\u0902]?|[\u0905-\u0939]{2})\.){2,}")


def _is_initials(tok: str) -> bool:
    """``T.R.B.``, ``M.B.``, ``S.``; a lone capital (``M B Patil``) only next to a name."""
    return bool(_INITIALS.fullmatch(tok)) and tok not in ("A", "I")


def is_latin_name_token(tok: str, taken: set[int], pos: int) -> bool:
    if pos in taken:
        return False
    if _is_initials(tok):
        return True
    return (
        tok[:1].isupper()
        and tok.rstrip(".") not in _EN_STOP
        and (tok[1:2].islower() or _ELIDED.fullmatch(tok.rstrip(".")) is not None)
    )


#: a family name with an elided particle: O'Sullivan, D'Souza, D’Mello, N'Diaye (a capital after it)
_ELIDED = re.compile(rf"[A-Z]['’][{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?")


#: "में" (in), "पहुंचे" (reached) after a known name: a place, not the end of a person's name
#: ("Toshihiro Suzuki से" is a person)
_HINDI_NEXT = re.compile(r"\s+(?:में|पहु[ंँ]?च)")


#: the most tokens a title's bracketed portfolio runs to, its brackets and commas counted
_BRACKET_TOKENS = 16


def names_after(text: str, start: int, entity_spans: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """Names listed right after ``start``: ``नाकाजो काज़ुया, एंडो युजी और हारा`` or ``A B, C D and E F``."""
    taken = {i for a, b in entity_spans for i in range(a, b)}
    lead = HONORIFIC.match(text, start + len(text[start:]) - len(text[start:].lstrip()))
    if lead is not None:
        start = lead.end()
    tokens = [(m.group(), m.start()) for m in _TOKEN.finditer(text, start)]
    names: list[tuple[str, int, int]] = []
    current: list[tuple[str, int]] = []
    i = 0
    if tokens and tokens[0][0] == "(":  # "Principal Secretary (Industries) A.P.M. Mohammed Hanish"
        # a portfolio may be long: "(Farmer Welfare, Agriculture Development and Food Processing)"
        close = next((k for k, t in enumerate(tokens[:_BRACKET_TOKENS]) if t[0] == ")"), None)
        i = close + 1 if close is not None else 0
    while i < len(tokens) and (tokens[i][0] in HONORIFICS or tokens[i][0] == "."):
        i += 1
    i = _after_qualifier(tokens, i)
    script: str | None = None
    while i < len(tokens):
        tok, pos = tokens[i]
        inside = current and pos in taken and tok[:1].isupper() and script == "en"
        # but not a known place "में" follows: "CM Bhajanlal Sharma Dubai में"
        inside = inside and not _HINDI_NEXT.match(text, pos + len(tok))
        is_hi = _is_hindi_name_token(tok, taken, pos)
        is_en = is_latin_name_token(tok, set() if inside else taken, pos)
        if (
            tok in PARTICLES
            and current
            and i + 1 < len(tokens)
            and (
                (script == "en" and tokens[i + 1][0][:1].isupper())
                or (script == "hi" and _is_hindi_name_token(tokens[i + 1][0], taken, tokens[i + 1][1]))
            )
        ):
            current.append((tok, pos))  # "bin" in "Sultan Ahmed bin Sulayem", "बिन" in "… बिन सईद"
            i += 1
            continue
        if tok == "." and current and script == "hi" and len(current[-1][0]) <= 2:
            i += 1  # "डी. श्रीधर बाबू": an initial in Devanagari
            continue
        run = _HINDI_INITIALS_RUN.match(text, pos) if script in (None, "hi") and not current else None
        if run is not None and pos not in taken:
            script = "hi"  # "के.के. बिश्नोई", "एस.जे. हैदर": initials joined by dots open a name
            current.append((run.group(), pos))  # one word, as written: "के.के."
            while i < len(tokens) and tokens[i][1] < run.end():
                i += 1
            continue
        if (
            script in (None, "hi")
            and len(tok) == 1
            and "\u0900" <= tok <= "\u097f"
            and i + 1 < len(tokens)
            and tokens[i + 1][0] == "."
            and pos not in taken
        ):
            script = "hi"  # "ए. रेवंत रेड्डी": a one-letter initial
            current.append((tok, pos))
            i += 2
            continue
        if (
            script in (None, "en")
            and tok.endswith(("'s", "’s"))
            and i + 1 < len(tokens)
            and tokens[i + 1][0][:1].isupper()
        ):
            current, script = [], None  # "and Invest Karnataka's Rakesh Singh": the owner, then the name
            i += 1
            continue
        if script in (None, "en") and tok.endswith(("'s", "’s")) and is_en and len(tok) > 3:
            current.append((tok[:-2], pos))  # "Minister X's visit", "X's team": the name ends with it
            break
        kind = "hi" if is_hi else "en" if is_en else None
        if not current and i + 1 < len(tokens) and pos not in taken and opens_name(tok, tokens[i + 1][0]):
            kind = "en"  # "I Made Sudarsana": a Balinese name's gender word, no pronoun nor initial
        if (len(current) >= 2 and current[-2][0].casefold().rstrip("-") in ("al", "el", "अल")) or (
            current and current[-1][0].casefold().startswith(("al-", "el-", "अल-"))
        ):
            # "Al Thani", "अल मुकर्रब", "अल-ख़तीब": the family name after Al ends an Arabic name
            kind = None
        if kind == "hi" and len(current) >= 2 and i + 1 < len(tokens) and tokens[i + 1][0] in _BECAME:
            kind = None  # "श्री रिकार्डो मोरेस उपस्थित रहे": the word before रहे/हुए is said of the person
        initials = kind == "en" and _is_initials(tok)
        if initials and current and not all(_is_initials(t) for t, _ in current):
            # initials start a name ("Patil M." is not one), but for a middle initial
            kind = "en" if middle_initial(tokens, i, current, taken) else None
        if (
            kind
            and (script in (None, kind))
            and counted(current) < (4 if initials or _has_initials(current) else 3) + chained(current)
        ):
            script = kind
            current.append((tok if initials else tok.rstrip("."), pos))
        elif tok in (",", "और", "एवं", "तथा", "and", "&") and current:
            if names and i + 0 < len(tokens) and _genitive_next(tokens, current):
                current = []
                break
            names.append(joined(current))
            current = []
            while i + 1 < len(tokens) and (tokens[i + 1][0] in HONORIFICS or tokens[i + 1][0] == "."):
                i += 1
        else:
            break
        i += 1
    if current and not (names and (_genitive_next(tokens, current) or _titled_next(tokens, current, taken))):
        names.append(joined(current))
    return [n for n in names if not all(_is_initials(t) for t in n[0].split())]


def _titled_next(tokens: list[tuple[str, int]], current: list[tuple[str, int]], taken: set[int]) -> bool:
    """``… CEO Yuki Kusumi and Nidec founder Shigenobu Nagamori``: a word right before a title (a
    name the data knows) is the next person's body, not another name in the list."""
    last = current[-1][1]
    k = next((n for n, t in enumerate(tokens) if t[1] == last), None)
    return k is not None and k + 1 < len(tokens) and tokens[k + 1][1] in taken


def counted(tokens: list[tuple[str, int]]) -> int:
    """The words of a name so far, leaving out particles and Arabic titles (bin, Al, Sheikh) and a
    Balinese name's gender, birth-order and caste words (I, Ni, Made, Luh, Gusti)."""
    words = [t for t, _ in tokens if t.casefold() not in PARTICLES and t not in _NAME_TITLES]
    return len(words) - uncounted(words)


def chained(tokens: list[tuple[str, int]]) -> int:
    """One word more for a name built with bin/bint (father's name, then the family's)."""
    return 1 if any(t.casefold() in _CHAIN for t, _ in tokens) else 0


_CHAIN = frozenset({"bin", "bint", "binti", "बिन", "बिंत", "बिन्त", "इब्न"})


def _after_qualifier(tokens: list[tuple[str, int]], i: int) -> int:
    """Where a name starts when an honorific comes a few words after the title: in ``प्रमुख सचिव
    उद्योग श्री संजय शुक्ला`` or ``Principal Secretary Industries Shri X`` the words before श्री
    qualify the title (its portfolio); the name is what follows the honorific."""
    for k in range(1, 4):
        if i + k >= len(tokens):
            break
        tok = tokens[i + k - 1][0]
        if not (_TOKEN_WORD.fullmatch(tok) and not _is_initials(tok)):
            break
        if tok not in _PORTFOLIO_AND and (tok[:1].islower() or tok in _HI_STOP):
            break  # "the Minister met Sr. Javier Ortega", "सचिव ने श्री X को": a verb or a function word
        if tok in _PORTFOLIO_AND and k == 1:
            break  # "श्री X, प्रमुख सचिव (उद्योग) तथा श्रीमती Y, …": a conjunction opens the next person
        if tokens[i + k][0] in HONORIFICS:
            j = i + k
            while j < len(tokens) and (tokens[j][0] in HONORIFICS or tokens[j][0] == "."):
                j += 1
            return j
    return i


_PORTFOLIO_AND = frozenset({"and", "एवं", "और", "तथा"})  # "उद्योग एवं खनन श्री X"
_TOKEN_WORD = re.compile(rf"[\u0900-\u0963\u0966-\u097F]+|[{LATIN_LETTERS}]+")


#: one capital and its dot: a middle initial is written so ("Joseph K. Tarpeh"), never bare
_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")


def middle_initial(
    tokens: list[tuple[str, int]], i: int, current: list[tuple[str, int]], taken: set[int]
) -> bool:
    """``Joseph K. Tarpeh``, ``Wanjiru M. Kamau``: one dotted initial after a single given name and
    before a family name is inside the name (the Western and African way of writing a middle name);
    a trailing one ("Patil M.") or one after two words stays out."""
    tok, _ = tokens[i]
    if not _MIDDLE_INITIAL.fullmatch(tok) or len(current) != 1 or _is_initials(current[0][0]):
        return False
    if i + 1 >= len(tokens):
        return False
    nxt, pos = tokens[i + 1]
    return not _is_initials(nxt) and is_latin_name_token(nxt, taken, pos)


def _has_initials(tokens: list[tuple[str, int]]) -> bool:
    return any(_is_initials(t) for t, _ in tokens)


def _genitive_next(tokens: list[tuple[str, int]], current: list[tuple[str, int]]) -> bool:
    """``… और उद्योग विभाग के अधिकारी``: words followed by के/की/का name a body, not a person."""
    last = current[-1][1]
    k = next((n for n, t in enumerate(tokens) if t[1] == last), None)
    return k is not None and k + 1 < len(tokens) and tokens[k + 1][0] in ("के", "की", "का")


def joined(tokens: list[tuple[str, int]]) -> tuple[str, int, int]:
    """A name from its tokens: the words, where it starts and where its last word ends."""
    last, pos = tokens[-1]
    return " ".join(t for t, _ in tokens), tokens[0][1], pos + len(last)


__all__ = [
    "HONORIFIC",
    "HONORIFICS",
    "LATIN_LETTERS",
    "PARTICLES",
    "chained",
    "counted",
    "is_latin_name_token",
    "joined",
    "middle_initial",
    "names_after",
]
