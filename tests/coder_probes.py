"""What the coder test tables look at in a coded text: imported by the `test_coder_*` modules, so
each table states only its sentences and the answer."""
import communique


def coded(text: str, lang: str = "en", published: str = "2024-05-13") -> list[tuple[str, list[str], list[str]]]:
    """(type, actor codes, recipient codes) of each event of the text."""
    return [(e.event, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient))
            for e in communique.extract(text, lang=lang, published=published).events]


def people_of(text: str, lang: str, event: str, last: bool = False) -> list[tuple[str, str | None, str | None]]:
    """(name, role, country) of each participant of the document's first (or last) event of the type, sorted."""
    record = communique.extract(text, lang=lang, published="2024-05-13")
    events = [e for e in record.events if e.event == event]
    assert events, (event, [e.event for e in record.events])
    return sorted((p.name, p.role, p.country) for p in events[-1 if last else 0].participants)
