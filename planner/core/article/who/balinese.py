"""Balinese names: the gender word first, then birth-order and caste words, then the given names.

A Balinese name opens with ``I`` (a man) or ``Ni`` (a woman), then names the child's place among
its siblings (Wayan, Putu, Gede, Made, Kadek, Nengah, Nyoman, Komang, Ketut; ``Luh`` for a woman)
and, for the higher castes, the caste (Ida Bagus, Gusti, Ngurah, Anak Agung, Dewa, Desak, Cokorda),
before the given names: ``I Made Sudarsana``, ``Ni Luh Putu Ariani``, ``I Gusti Ngurah Wirawan``,
``Ketut Suryani``.  The gender word is a capital letter alone, which elsewhere is an initial or the
pronoun, and the birth-order and caste words make a name longer than other names run to; so the
gender word opens a name when one of those words follows it, and those words do not count towards
the words a name may have.  The words are a closed, well-known set (no dataset lists them).
"""

from __future__ import annotations

#: the gender word: I (a man), Ni (a woman)
GENDER = frozenset({"I", "Ni"})
#: birth order and caste: never a whole name, always before the given names
ORDER_AND_CASTE = frozenset(
    {
        "Wayan",
        "Putu",
        "Gede",
        "Gde",
        "Luh",
        "Made",
        "Kadek",
        "Nengah",
        "Nyoman",
        "Komang",
        "Ketut",
        "Gusti",
        "Ngurah",
        "Bagus",
        "Agung",
        "Anak",
        "Ida",
        "Dewa",
        "Desak",
        "Cokorda",
        "Tjokorda",
    }
)


#: a Balinese name's opening in running text: "I Made", "Ni Luh" (evidence that a person is named)
OPENING = rf"(?:I|Ni)\s+(?:{'|'.join(sorted(ORDER_AND_CASTE))})\b"


def opens_name(word: str, following: str) -> bool:
    """Whether ``word`` is a Balinese gender word opening a name: ``I`` or ``Ni`` right before a
    birth-order or caste word (``I Made``, ``Ni Luh``); "I" before anything else is not one."""
    return word in GENDER and following in ORDER_AND_CASTE


def uncounted(words: list[str]) -> int:
    """How many words of a name are its Balinese gender, birth-order and caste words, which leave
    room for its given names: none unless the name opens as a Balinese one does."""
    if not words or not (words[0] in ORDER_AND_CASTE or (len(words) > 1 and opens_name(*words[:2]))):
        return 0
    k = 1 if words[0] in GENDER else 0
    while k < len(words) - 1 and words[k] in ORDER_AND_CASTE:
        k += 1
    return k


__all__ = ["GENDER", "OPENING", "ORDER_AND_CASTE", "opens_name", "uncounted"]
