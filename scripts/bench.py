"""Benchmarks that print figures: extraction speed against dateparser, gazetteer load, scaling.

Run with ``make bench``. Nothing here asserts a target: it measures and prints.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import synthetic  # noqa: E402


def seeds() -> list[tuple[str, dt.date]]:
    """The seed articles with their publication dates, when ../shared/seeds is present."""
    manifest = SEEDS / "manifest.json"
    if not manifest.exists():
        return []
    entries = json.loads(manifest.read_text(encoding="utf-8"))["articles"]
    return [((SEEDS / e["file"]).read_text(encoding="utf-8"), dt.date.fromisoformat(e["published_at"])) for e in entries]


def timed(function, texts, repeat: int = 1) -> float:
    """Seconds per pass of ``function`` over every (text, date), the best of ``repeat`` passes."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for text, published in texts:
            function(text, published)
        best = min(best, time.perf_counter() - started)
    return best


def own_articles() -> list[tuple[str, dt.date]]:
    """The English articles of our own in the gold corpus: news text of varied styles, as written
    (``search_dates`` is told the text is English)."""
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "tests" / "gold").glob("own_*.json"))]
    docs = [d for d in docs if d.get("language", "en") == "en"]
    return [(d["text"], dt.date.fromisoformat(d["published_at"])) for d in docs]


def search_dates(text: str, published: dt.date):
    """dateparser's scanner over raw text, anchored like ours, told the language is English (its
    fastest call, given what the pipeline works out for itself)."""
    from dateparser.search import search_dates as scan

    base = dt.datetime(published.year, published.month, published.day)
    return scan(text, languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})


def search_dates_any_language(text: str, published: dt.date):
    """dateparser's scanner as it is called by default: it detects the text's language itself, as
    the pipeline does (the target is measured against this call)."""
    from dateparser.search import search_dates as scan

    base = dt.datetime(published.year, published.month, published.day)
    return scan(text, settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})


def _warm_up_search_dates(function=search_dates) -> None:
    """Load dateparser's languages and settings on a text outside every timed set."""
    article = synthetic.corpus(1, seed=997)[0]
    function(article["text"], dt.date.fromisoformat(article["published_at"]))


def extraction(label: str, texts: list[tuple[str, dt.date]], repeat: int) -> None:
    """Print the throughput of the whole extraction pipeline and of search_dates on ``texts``:
    search_dates as called by default, which, like the pipeline, is not told the language and
    detects it (one pass: it is slow), and search_dates told the text is English, its fastest call
    (the best of ``repeat`` passes, like the pipeline)."""
    from service.extract.events import extract_events

    chars = sum(len(t) for t, _ in texts)
    ours = timed(extract_events, texts, repeat)
    # dateparser's first call loads its languages (about 0.3 s): warmed up on another text first.
    _warm_up_search_dates(search_dates_any_language)
    default = timed(search_dates_any_language, texts)
    _warm_up_search_dates()
    english = timed(search_dates, texts, repeat)
    print(f"  {label}: {len(texts)} articles, {chars / 1000:.1f} k chars")
    print(f"    extraction pipeline                       {chars / ours / 1e6:8.3f} M chars/s   "
          f"{len(texts) / ours:8.1f} articles/s")
    print(f"    search_dates, its default call            {chars / default / 1e6:8.3f} M chars/s   "
          f"ratio {default / ours:6.1f}x  (target >= 10x)")
    print(f"    search_dates told the text is English     {chars / english / 1e6:8.3f} M chars/s   "
          f"ratio {english / ours:6.1f}x")


def gazetteer_load() -> None:
    """Load the gazetteer in a fresh process; print its time and peak memory."""
    code = (
        "import resource, time\n"
        "t = time.perf_counter()\n"
        "from service.extract.places import get_gazetteer\n"
        "get_gazetteer()\n"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    runs = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
        seconds, rss_kb = out.stdout.split()
        runs.append((float(seconds), int(rss_kb)))
    seconds = min(r[0] for r in runs)
    rss = max(r[1] for r in runs) / 1024
    print(f"  gazetteer load (fresh process, best of 3): {seconds:.2f} s, peak RSS {rss:.0f} MB "
          f"(targets <= 1.5 s, <= 150 MB)")


def scaling() -> None:
    """Extraction time for 10 KB, 100 KB and 1 MB of text: linear growth, no regex blow-up."""
    from service.extract.events import extract_events

    articles = synthetic.corpus(400, seed=11)
    blob = "\n".join(a["text"] for a in articles)
    published = dt.date(2016, 1, 1)
    extract_events(blob[:10_000], published)
    previous = None
    for size in (10_000, 100_000, 1_000_000):
        text = (blob * (size // len(blob) + 1))[:size]
        seconds = timed(extract_events, [(text, published)])
        per_kb = seconds / (size / 1000) * 1000
        growth = f"  x{seconds / previous:.1f} for x10 text" if previous else ""
        print(f"    {size // 1000:>5} KB  {seconds:7.3f} s  ({per_kb:.2f} ms per KB){growth}")
        previous = seconds
    # The same few places named over and over, with no sentence end, and one sentence repeated:
    # text that once made the place resolution and the ingest of an article quadratic.
    for label, unit in (("place names, no sentence end", "Aleppo Homs Hama Idlib Douma Kunduz Sanaa Paris "),
                        ("one sentence repeated", "An air strike hit Aleppo on 1 March 2015, killing 5 people. ")):
        previous = None
        for size in (100_000, 400_000):
            text = (unit * (size // len(unit) + 1))[:size]
            seconds = timed(extract_events, [(text, published)])
            growth = f"  x{seconds / previous:.1f} for x4 text" if previous else ""
            print(f"    {label}, {size // 1000} KB  {seconds:7.3f} s{growth}")
            previous = seconds


def date_scan() -> None:
    """The date scanner alone: characters per second on a text of 10 KB and one of 1 MB (linear
    growth), and on inputs that would blow up a backtracking pattern."""
    from service.extract.timex import find_timexes

    articles = synthetic.corpus(40, seed=5)
    blob = "\n".join(a["text"] for a in articles)
    published = dt.date(2016, 1, 1)
    find_timexes(blob[:10_000], published)
    for size in (10_000, 1_000_000):
        text = (blob * (size // len(blob) + 1))[:size]
        seconds = timed(find_timexes, [(text, published)], repeat=3)
        print(f"    date scan, {size // 1000:>5} KB: {size / seconds / 1e6:.2f} M chars/s")
    for label, filler in (("5,000 spaces", " " * 5000), ("5,000 hyphens", "-" * 5000),
                          ("5,000 digits", "1" * 5000), ("500 month names", "September " * 500)):
        seconds = timed(find_timexes, [("In " + filler + " 2015", published)], repeat=3)
        print(f"    date scan, pathological input ({label}): {seconds * 1000:.1f} ms")


def main() -> int:
    """Run the benchmarks named on the command line (all by default)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller corpora")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    from service.extract.places import get_gazetteer

    print("Extraction")
    gazetteer_load()
    get_gazetteer()
    seed_texts = seeds()
    if seed_texts:
        extraction("seed articles", seed_texts, repeat=5)
    extraction("gold corpus, own articles", own_articles(), repeat=3)
    corpus = synthetic.corpus(20 if args.quick else 100)
    extraction("synthetic corpus", [(a["text"], dt.date.fromisoformat(a["published_at"])) for a in corpus], repeat=2)
    print("  scaling with text size")
    scaling()
    date_scan()
    return 0


if __name__ == "__main__":
    sys.exit(main())
