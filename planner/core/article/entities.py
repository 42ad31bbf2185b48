"""What the gazetteer knows (:class:`Entity`) and where a sentence names it (:class:`Mention`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entity:
    """A known thing: ``kind`` is city, country, org, office, role, state or sector."""

    kind: str
    name: str
    country: str | None = None
    tz: str | None = None
    city: str | None = None
    full_name: str = ""
    type: str = ""
    year: int | None = None
    parent: str = ""
    rank: int = 9
    multi_zone: bool = False
    home: bool = False
    capital: str = ""
    population: int = 0
    lat: float | None = None
    lon: float | None = None
    base: bool = False  # from the generated GeoNames/CLDR data, not a hand-written file


@dataclass(frozen=True)
class Mention:
    """Where an entity is named in a sentence (character offsets in its normalised text)."""

    entity: Entity
    start: int
    end: int
    text: str
    how: str = ""  # "" as written; "variant"/"transliteration": an unlisted spelling; "seat"/"transit"

    @property
    def passing(self) -> bool:
        """A place named only as an organisation's seat or a stop-over, not where anyone goes."""
        return self.how in ("seat", "transit")
