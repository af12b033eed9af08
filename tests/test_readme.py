"""The README's curl examples, run against a live server on the demo data, answer as shown.

Each ``console`` block's ``$`` lines run in one shell, in order; a ``json`` block right after a
console block is what the block's last command prints: every key it shows must be in the answer
with that value, and every list must have as many items as shown, item by item. A ``text`` block
is the first lines the command prints, exactly.
"""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from tests.live import BIN, clean_env, served

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
FENCE = re.compile(r"^```(\w*)\s*$")


def readme_examples() -> list[tuple[list[str], object | None]]:
    """(commands, expected JSON or None) for each console block of the README."""
    blocks: list[tuple[str, list[str]]] = []
    lang, lines = None, []
    for line in README.read_text(encoding="utf-8").splitlines():
        fence = FENCE.match(line)
        if fence and lang is None:
            lang, lines = fence.group(1), []
        elif fence:
            blocks.append((lang, lines))
            lang = None
        elif lang is not None:
            lines.append(line)
    examples = []
    for i, (lang, lines) in enumerate(blocks):
        if lang != "console":
            continue
        commands: list[str] = []
        for line in lines:
            if line.startswith("$ "):
                commands.append(line[2:])
            elif commands and commands[-1].endswith("\\"):
                commands[-1] = commands[-1][:-1] + line
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        expected = None
        if following and following[0] == "json":
            expected = json.loads("\n".join(following[1]))
        elif following and following[0] == "text":
            expected = TextOutput(following[1])
        examples.append((commands, expected))
    return examples


class TextOutput(list):
    """Lines a command prints, exactly, at the start of its output."""


def assert_subset(expected, actual, path="$"):
    """Check that ``actual`` holds everything ``expected`` shows."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{path}: expected an object, got {actual!r}"
        for key, value in expected.items():
            assert key in actual, f"{path}: no key {key!r} in {sorted(actual)}"
            assert_subset(value, actual[key], f"{path}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list), f"{path}: expected a list, got {actual!r}"
        assert len(actual) == len(expected), f"{path}: {len(actual)} items, the README shows {len(expected)}"
        for i, (want, got) in enumerate(zip(expected, actual)):
            assert_subset(want, got, f"{path}[{i}]")
    else:
        assert actual == expected, f"{path}: {actual!r} != {expected!r}"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """``timeline serve`` (gunicorn) on the demo data, as ``make run`` starts it."""
    db = tmp_path_factory.mktemp("readme") / "timeline.db"
    env = clean_env(TIMELINE_DB=str(db))
    subprocess.run([str(BIN / "timeline"), "demo", "--if-empty"], env=env, check=True, capture_output=True)
    with served(db, workers=1, env=env) as (port, _):
        yield port


def test_readme_has_examples_for_every_filter():
    commands = " ".join(c for cmds, _ in readme_examples() for c in cmds)
    for needle in ("POST", "place=", "actor=", "source=", "type=", "from=", "to=", "q=", "cursor=",
                   "country=", "/timeline", "DELETE", "/events/", "/health", "min_sources=", "contested=", "sort=",
                   "/facets", "format=csv", "x-ndjson", "format=geojson", "format=timelinejs", "If-None-Match"):
        assert needle in commands, needle


def test_readme_examples_answer_as_shown(server):
    examples = readme_examples()
    script = ["set -e"]
    for n, (commands, _) in enumerate(examples):
        for command in commands:
            script.append(command.replace("127.0.0.1:8000", f"127.0.0.1:{server}"))
        script.append(f"printf '\\n<<<END {n}>>>\\n'")
    result = subprocess.run(["bash", "-c", "\n".join(script)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    outputs = re.split(r"\n?<<<END \d+>>>\n", result.stdout)
    assert len(outputs) == len(examples) + 1
    for (commands, expected), output in zip(examples, outputs):
        if expected is None:
            continue
        if isinstance(expected, TextOutput):
            assert output.strip("\n").splitlines()[: len(expected)] == list(expected), commands[-1]
            continue
        last_line = output.strip().splitlines()[-1]
        try:
            actual = json.loads(last_line)
        except ValueError:
            pytest.fail(f"{commands[-1]} printed {output!r}")
        assert_subset(expected, actual, commands[-1])
