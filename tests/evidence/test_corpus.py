"""The evidence corpus (specs/evidence/*.yaml) replayed through each spec and each client (issue 11)."""

from __future__ import annotations

import copy

import pytest

from scripts.spec import views as spec_views
from scripts.traffic import evidence
from scripts.traffic.exchange import client_check, spec_check
from scripts.vendors import VENDORS

VENDOR_NAMES = sorted(path.stem for path in evidence.EVIDENCE_DIR.glob("*.yaml"))


@pytest.mark.parametrize("vendor", VENDOR_NAMES)
def test_every_request_is_accepted_or_explained_in_the_spec(vendor: str) -> None:
    outcomes = evidence.replay(vendor)
    explained = {entry["id"] for entry in spec_views.load(VENDORS[vendor].spec_path).get("x-evidence", [])}
    unexplained = [o.entry["id"] for o in outcomes if not o.accepted and o.entry["id"] not in explained]
    assert not unexplained, evidence.report(outcomes)[0]
    print(evidence.summary(outcomes))


@pytest.mark.parametrize("vendor", VENDOR_NAMES)
def test_an_explained_rejection_is_really_rejected(vendor: str) -> None:
    """A stale explanation (the spec now accepts the request) must be removed from the spec."""
    outcomes = evidence.replay(vendor)
    for outcome in outcomes:
        assert outcome.accepted != outcome.expected_rejection, outcome.entry["id"]


def test_every_source_names_where_it_comes_from() -> None:
    for vendor in VENDOR_NAMES:
        for entry in evidence.corpus(vendor)["requests"]:
            assert ":" in entry["source"] and "#" in entry["source"], entry["id"]


def test_the_documented_form_still_reaches_the_client_view() -> None:
    """Loosened wire rules keep the documented form in what the generator sees."""
    view = spec_views.client_view(spec_views.load(VENDORS["salesmsg"].spec_path))
    before = next(p for p in view["paths"]["/conversations"]["get"]["parameters"] if p.get("name") == "before")
    assert before["schema"] == {"type": "string", "format": "date"}
    assert list(view["paths"]["/contacts/list"]["post"]["requestBody"]["content"]) == ["application/json"]
    envelope = spec_views.load(VENDORS["salesmanago"].spec_path)["components"]["schemas"]["AuthEnvelope"]
    assert envelope["properties"]["requestTime"]["minimum"] == 1_000_000_000


@pytest.mark.parametrize(
    ("entry_id", "where"),
    [("sm-pixers-event-add-iso", ("contactEvent", "date")), ("sm-pixers-live-modified-iso", ("from",))],
)
def test_a_loosened_date_still_refuses_what_is_neither_ms_nor_iso_8601(entry_id: str, where: tuple[str, ...]) -> None:
    """ISO-8601 beside epoch ms (pixers' live tests), but not any string: spec and client both refuse one."""
    document = evidence.corpus("salesmanago")
    entry = copy.deepcopy(next(item for item in document["requests"] if item["id"] == entry_id))
    node = entry["body"]
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = "yesterday"
    request = evidence.request_for(document, entry)
    assert not spec_check("salesmanago", request).accepted
    assert not client_check("salesmanago", request, document["base"]).accepted
    view = spec_views.client_view(spec_views.load(VENDORS["salesmanago"].spec_path))
    assert view["components"]["schemas"]["ExtEvent"]["properties"]["date"]["type"] == "integer"
