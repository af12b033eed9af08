"""schemathesis drives every operation of the generated spec: no server error, no answer
that breaks the spec (status, content type, body schema)."""
from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config._checks import NEGATIVE_DATA_REJECTION_EXPECTED_STATUSES, NegativeDataRejectionConfig
from schemathesis.specs.openapi.checks import positive_data_acceptance

from service import create_app

_DB = Path(tempfile.mkdtemp(prefix="conformance-")) / "conformance.db"
app = create_app({"TIMELINE_DB": str(_DB), "TESTING": True, "TIMELINE_API_KEY": None})
_client = app.test_client()
for _article in (
    {"source": "wire", "published_at": "2015-10-09",
     "text": "Russian jets struck Darat Izza in Aleppo province on Wednesday, killing 12 civilians. "
             "The Kremlin denied on Thursday that its jets had hit civilians."},
    {"source": "radio", "published_at": "2015-10-10",
     "text": "An air strike hit the town of Darat Izza on October 7, killing at least 17 people, medics said."},
):
    _client.post("/articles", json=_article)

schema = schemathesis.openapi.from_wsgi("/openapi.json", app)
# A body over the size limit is refused before it is read: 413 is a rejection like 400.
schema.config.checks.negative_data_rejection = NegativeDataRejectionConfig(
    expected_statuses=[*NEGATIVE_DATA_REJECTION_EXPECTED_STATUSES, "413"]
)


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_operation_conforms_to_the_spec(case):
    # A value the spec allows may still be refused for what it means: a cursor this service did
    # not issue, a `to` before `from`, a text of white space. Those 400s are right; every other
    # check (no server error, documented status, content type, body and headers) applies.
    # The in-process client does not decompress, so ask for bodies as they are.
    case.call_and_validate(excluded_checks=[positive_data_acceptance], headers={"Accept-Encoding": "identity"})
