"""The dashboard page and its assets, through the Flask test client (no browser)."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from schemas.event import EVENT_TYPES

SVG_NAMESPACE = "http://www.w3.org/2000/svg"
URL = re.compile(r"""(?:https?:)?//[A-Za-z0-9.-]+\.[A-Za-z]{2,}[^\s"'`)<>]*""")


class Page(HTMLParser):
    """The parts of the page the tests look at: controls, labels, and what it loads."""

    def __init__(self):
        super().__init__()
        self.controls: list[dict] = []
        self.label_for: set[str] = set()
        self.wrapped: set[str] = set()      # names of controls that sit inside their label
        self.loads: list[str] = []          # src and href values
        self.legends = 0
        self._label_depth = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for key in ("src", "href"):
            if attrs.get(key) and not attrs[key].startswith("#"):
                self.loads.append(attrs[key])
        if tag == "label":
            self._label_depth += 1
            if attrs.get("for"):
                self.label_for.add(attrs["for"])
        elif tag in ("input", "select", "textarea"):
            attrs["tag"] = tag
            attrs["in_label"] = self._label_depth > 0
            self.controls.append(attrs)
        elif tag == "legend":
            self.legends += 1

    def handle_endtag(self, tag):
        if tag == "label":
            self._label_depth -= 1


def get(client, path: str, **kwargs):
    """GET a path and return (response, body text), closing the response (static files are streamed)."""
    with client.get(path, **kwargs) as response:
        return response, response.get_data(as_text=True)


@pytest.fixture
def page(client):
    response, _ = get(client, "/")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    parser = Page()
    parser.feed(response.get_data(as_text=True))
    return response, parser


def test_every_control_is_labelled(page):
    _, parsed = page
    assert len(parsed.controls) >= 8 + len(EVENT_TYPES)
    unlabelled = [c for c in parsed.controls if not c["in_label"] and c.get("id") not in parsed.label_for]
    assert unlabelled == []
    assert parsed.legends == 1  # the type checkboxes are grouped under a legend


def test_the_form_names_the_api_filters(page):
    _, parsed = page
    names = {c.get("name") for c in parsed.controls}
    assert {"place", "actor", "source", "type", "from", "to", "interval"} <= names
    types = {c["value"] for c in parsed.controls if c.get("name") == "type"}
    assert types == set(EVENT_TYPES)
    intervals = re.findall(r'<option value="(\w+)"', page[0].get_data(as_text=True))
    assert intervals == ["day", "week", "month", "year"]


def test_type_values_are_accepted_by_the_api(page, client):
    _, parsed = page
    for control in parsed.controls:
        if control.get("name") == "type":
            response = client.get("/events", query_string={"type": control["value"]}, headers={"Accept": "application/json"})
            assert response.status_code == 200, (control["value"], response.get_json())
            assert response.get_json()["events"] == []


def test_the_page_loads_only_local_assets(page, client):
    response, parsed = page
    assert parsed.loads, "the page loads its script and style"
    for ref in parsed.loads:
        assert ref.startswith("/") and not ref.startswith("//"), ref
    scripts = [ref for ref in parsed.loads if ref.endswith(".js")]
    assert {ref.rsplit("/", 1)[1] for ref in scripts} == {"dashboard.js", "world.js"}
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy and "connect-src 'self'" in policy
    assert "<script>" not in response.get_data(as_text=True)  # no inline script: the policy would block it


@pytest.mark.parametrize("name, mimetypes", [
    ("dashboard.js", {"text/javascript", "application/javascript"}),
    ("world.js", {"text/javascript", "application/javascript"}),
    ("dashboard.css", {"text/css"}),
    ("icon.svg", {"image/svg+xml"}),
])
def test_assets_are_served_with_their_content_type(client, name, mimetypes):
    response, body = get(client, f"/assets/{name}")
    assert response.status_code == 200
    assert response.mimetype in mimetypes
    assert len(body) > 100


def test_no_external_url_in_the_page_or_its_assets(page, client):
    response, parsed = page
    texts = {"/": response.get_data(as_text=True)}
    for ref in parsed.loads:
        texts[ref] = get(client, ref)[1]
    assert set(texts) >= {"/", "/assets/dashboard.js", "/assets/dashboard.css", "/assets/world.js", "/assets/icon.svg"}
    for ref, text in texts.items():
        external = [url for url in URL.findall(text) if url != SVG_NAMESPACE.removeprefix("http:")
                    and url != SVG_NAMESPACE]
        assert external == [], ref
    assert "@import" not in texts["/assets/dashboard.css"]
    assert "url(" not in texts["/assets/dashboard.css"]


def test_the_script_reads_only_documented_api_paths(client, app):
    script = get(client, "/assets/dashboard.js")[1]
    called = set(re.findall(r'getJson\("(/[a-z/]*)"', script))
    assert called == {"/timeline", "/events", "/facets"}
    assert "fetch(" in script and script.count("fetch(") == 1  # every request goes through getJson
    paths = app.extensions["timeline.api"].spec.to_dict()["paths"]
    assert called <= set(paths)


def test_the_dashboard_is_not_in_the_openapi_spec(app):
    paths = app.extensions["timeline.api"].spec.to_dict()["paths"]
    assert "/" not in paths
    assert not any(path.startswith("/assets") for path in paths)


def test_the_outline_is_longitude_latitude_pairs(client):
    script = get(client, "/assets/world.js")[1]
    pairs = [(float(lon), float(lat)) for lon, lat in re.findall(r"\[(-?[\d.]+), (-?[\d.]+)\]", script)]
    assert len(pairs) > 200
    assert all(-180 <= lon <= 180 and -90 <= lat <= 90 for lon, lat in pairs)
    # Damascus (36.3 E, 33.5 N) is inland: no coast point of the outline is within half a degree of it.
    assert min(abs(lon - 36.3) + abs(lat - 33.5) for lon, lat in pairs) > 0.5


def test_an_unknown_asset_is_a_json_404(client):
    response, body = get(client, "/assets/nothing.js")
    assert response.status_code == 404
    assert '"status": 404' in body or '"status":404' in body
