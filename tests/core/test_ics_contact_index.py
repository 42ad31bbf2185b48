"""The import's contact index finds what the linear search finds, for any contacts and any query."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from planner.core.ics.people import ContactIndex, match_contact
from planner.core.model import Contact, Visit

NAMES = st.sampled_from(["Kenji Sato", "kenji  sato", "KENJI SATO", "Li Na", "लि ना", "", " ", "Ana"])
EMAILS = st.sampled_from(["", "k@x.jp", "K@X.JP ", "li@x.cn", "ana@x.es"])
CONTACTS = st.lists(st.tuples(NAMES, NAMES, EMAILS), max_size=8)


@given(CONTACTS, NAMES, EMAILS)
def test_the_index_matches_like_the_search(people: list[tuple[str, str, str]], name: str, email: str) -> None:
    visit = Visit(title="t")
    visit.contacts = [Contact(name=n, name_native=native, email=e) for n, native, e in people]
    assert ContactIndex(visit).match(name, email) is match_contact(visit.contacts, name, email)


def test_contacts_added_during_an_import_are_found_by_uid_mail_and_name() -> None:
    visit = Visit(title="t")
    index = ContactIndex(visit)
    added = index.add(Contact(name="Kenji Sato", email=""))
    assert visit.contacts == [added]
    assert index.match("KENJI SATO", "") is added and index.by_uid[added.uid] is added
    added.email = "k@x.jp"
    index.note(added)
    assert index.match("someone else", "K@x.jp") is added
