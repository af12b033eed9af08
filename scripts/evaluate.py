"""Score the extractor against the gold-annotated articles in tests/gold/.

Each gold file is one article: either a seed (its text read from ../shared/seeds) or an
article with its text inline. An article in another language than English ("language": "fr")
has its temporal expressions annotated and no events: its text's language is detected as the
pipeline detects it, and the baseline is told the article's language. The script prints span and value scores for temporal
expressions (ours and, side by side, dateparser's ``search_dates`` as a baseline), scores
for dated events, their types, places, actors and casualty figures, then every error,
one line each, grouped by article. It reports and never gates: the exit code is 0.

    .venv/bin/python scripts/evaluate.py [--json] [--baseline/--no-baseline]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import unicodedata
import warnings
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from service.extract.events import extract_events  # noqa: E402
from service.extract.language import detect_language  # noqa: E402
from service.extract.text import plain_punctuation  # noqa: E402
from service.extract.timex import find_timexes  # noqa: E402

GOLD_DIR = ROOT / "tests" / "gold"
SEEDS_DIR = ROOT.parent / "shared" / "seeds"


# --------------------------------------------------------------------------- loading


@dataclass
class Article:
    name: str
    group: str  # 'seeds' | 'own'
    text: str
    dct: dt.date
    timexes: list[dict]
    events: list[dict] | None  # None: not annotated (articles in other languages)
    non_dates: list[str]
    language: str = "en"
    errors: list[str] = field(default_factory=list)


def find_occurrence(text: str, needle: str, occurrence: int = 0) -> int:
    """Offset of the ``occurrence``-th appearance of ``needle`` in ``text``, or -1."""
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def load_article(path: Path) -> Article:
    doc = json.loads(path.read_text(encoding="utf-8"))
    if "seed" in doc:
        text = (SEEDS_DIR / doc["seed"]).read_text(encoding="utf-8")
        group = "seeds"
    else:
        text = doc["text"]
        group = "own"
    return Article(
        name=path.stem,
        group=group,
        text=text,
        dct=dt.date.fromisoformat(doc["published_at"]),
        timexes=doc.get("timexes", []),
        events=doc.get("events"),
        non_dates=doc.get("non_dates", []),
        language=doc.get("language", "en"),
    )


def load_gold(gold_dir: Path = GOLD_DIR) -> list[Article]:
    return [load_article(p) for p in sorted(gold_dir.glob("*.json"))]


def gold_span(article: Article, text: str, occurrence: int) -> tuple[int, int]:
    start = find_occurrence(article.text, text, occurrence)
    if start < 0:
        raise ValueError(f"{article.name}: {text!r} #{occurrence} not found in the text")
    return start, start + len(text)


# --------------------------------------------------------------------------- helpers


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def prf(tp_p: int, n_sys: int, tp_r: int, n_gold: int) -> dict:
    p = tp_p / n_sys if n_sys else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 0.0


def fold(s: str | None) -> str:
    if s is None:
        return ""
    s = plain_punctuation(s)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in s.casefold()).split())


def place_key(place: dict) -> tuple[str, str, str]:
    return fold(place.get("name")), fold(place.get("admin1")), fold(place.get("country"))


def iso(d) -> str:
    return d.isoformat() if isinstance(d, (dt.date, dt.datetime)) else str(d)


def value_of(item: dict) -> tuple[str, str, str]:
    return iso(item["date"]), iso(item["date_end"]), item["precision"]


def show_value(v: tuple[str, str, str]) -> str:
    return v[0] + ("" if v[1] == v[0] else f"..{v[1]}") + f" ({v[2]})"


def clip(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def match_spans(gold: list[tuple[int, int]], system: list[tuple[int, int]]) -> dict[int, int]:
    """One-to-one overlap matching, in text order; returns gold index -> system index."""
    pairs = sorted(
        ((g, s) for g, gs in enumerate(gold) for s, ss in enumerate(system) if overlaps(gs, ss)),
        key=lambda gs: (-min(gold[gs[0]][1], system[gs[1]][1]) + max(gold[gs[0]][0], system[gs[1]][0]),
                        gold[gs[0]][0]),
    )
    used_g: set[int] = set()
    used_s: set[int] = set()
    out: dict[int, int] = {}
    for g, s in pairs:
        if g in used_g or s in used_s:
            continue
        used_g.add(g)
        used_s.add(s)
        out[g] = s
    return out


# --------------------------------------------------------------------------- temporal expressions


class Counts(dict):
    def add(self, key: str, n: int = 1) -> None:
        self[key] = self.get(key, 0) + n


def score_timexes(article: Article, counts: Counts, errors: list[str]) -> None:
    gold = article.timexes
    gspans = [gold_span(article, t["text"], t["occurrence"]) for t in gold]
    language = detect_language(plain_punctuation(article.text))
    if language != article.language:
        errors.append(f"language       detected {language!r}, gold {article.language!r}")
    system = find_timexes(article.text, article.dct, language)
    sspans = [(t.start, t.end) for t in system]
    matched = match_spans(gspans, sspans)
    counts.add("gold", len(gold))
    counts.add("system", len(system))
    counts.add("matched", len(matched))
    for g, t in enumerate(gold):
        if g not in matched:
            errors.append(f"timex missed   {t['text']!r} = {show_value(value_of(t))}")
            continue
        s = system[matched[g]]
        sv = (s.date.isoformat(), s.date_end.isoformat(), s.precision)
        if sv == value_of(t):
            counts.add("values_right")
        else:
            errors.append(f"timex value    {s.text!r}: {show_value(sv)}, gold {show_value(value_of(t))}")
    non_date_spans = [
        (i, i + len(nd)) for nd in article.non_dates for i in _all_positions(article.text, nd)
    ]
    hit = set(matched.values())
    for i, s in enumerate(system):
        if i in hit:
            continue
        trap = any(overlaps((s.start, s.end), nd) for nd in non_date_spans)
        counts.add("false_on_non_dates" if trap else "spurious_other")
        label = "timex FALSE    " if trap else "timex spurious "
        errors.append(f"{label}{s.text!r} = {show_value((s.date.isoformat(), s.date_end.isoformat(), s.precision))}")


def _all_positions(text: str, needle: str) -> list[int]:
    out, pos = [], text.find(needle)
    while pos >= 0:
        out.append(pos)
        pos = text.find(needle, pos + 1)
    return out


def baseline_results(article: Article) -> list[tuple[int, int, str, dt.datetime]]:
    from dateparser.search import search_dates

    base = dt.datetime.combine(article.dct, dt.time())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(
            article.text, settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"},
            languages=[article.language]
        ) or []
    out, cursor = [], 0
    for substring, value in found:
        pos = article.text.find(substring, cursor)
        if pos < 0:
            pos = article.text.find(substring)
        if pos < 0:
            continue
        out.append((pos, pos + len(substring), substring, value))
        cursor = pos + len(substring)
    return out


def score_baseline(article: Article, counts: Counts, errors: list[str]) -> None:
    gold = article.timexes
    gspans = [gold_span(article, t["text"], t["occurrence"]) for t in gold]
    results = baseline_results(article)
    matched = match_spans(gspans, [(r[0], r[1]) for r in results])
    counts.add("gold", len(gold))
    counts.add("system", len(results))
    counts.add("matched", len(matched))
    for g, t in enumerate(gold):
        if g not in matched:
            continue
        value = results[matched[g]][3].date()
        lo, hi = dt.date.fromisoformat(t["date"]), dt.date.fromisoformat(t["date_end"])
        right = value == lo if t["precision"] == "day" else lo <= value <= hi
        if right:
            counts.add("values_right")
    hit = set(matched.values())
    for i, r in enumerate(results):
        if i not in hit:
            counts.add("false_matches")
            errors.append(f"baseline false {r[2]!r} = {r[3].date().isoformat()}")


def timex_metrics(c: Counts) -> dict:
    m = prf(c.get("matched", 0), c.get("system", 0), c.get("matched", 0), c.get("gold", 0))
    m.update({
        "gold": c.get("gold", 0),
        "system": c.get("system", 0),
        "matched": c.get("matched", 0),
        "value_accuracy": ratio(c.get("values_right", 0), c.get("matched", 0)),
        "values_right": c.get("values_right", 0),
        "value_recall": ratio(c.get("values_right", 0), c.get("gold", 0)),
    })
    return m


# --------------------------------------------------------------------------- events


def system_event_spans(article: Article, events: list[dict]) -> list[tuple[int, int]]:
    """Offsets of each system event's temporal expression, found inside its sentence."""
    plain = plain_punctuation(article.text)
    used: set[int] = set()
    spans = []
    for e in events:
        needle = plain_punctuation(e.get("timex") or "")
        pos = plain.find(needle, e["start"], e["end"]) if needle else -1
        while pos >= 0 and pos in used:
            nxt = plain.find(needle, pos + 1, e["end"])
            if nxt < 0:
                break
            pos = nxt
        if pos < 0:
            spans.append((e["start"], e["start"]))
            continue
        used.add(pos)
        spans.append((pos, pos + len(needle)))
    return spans


def match_events(gold: list[dict], gspans: list[tuple[int, int]], system: list[dict],
                 sspans: list[tuple[int, int]]) -> dict[int, int]:
    """Gold index -> system index: same temporal expression in the same sentence."""
    pairs = []
    for g, ge in enumerate(gold):
        for s, se in enumerate(system):
            if not overlaps(gspans[g], sspans[s]):
                continue
            if not (se["start"] <= gspans[g][0] and gspans[g][1] <= se["end"]):
                continue
            score = (ge["type"] == se["type"]) * 2 + (value_of(ge) == value_of(se))
            pairs.append((-score, g, s))
    pairs.sort()
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, g, s in pairs:
        if g in out or s in used:
            continue
        out[g] = s
        used.add(s)
    return out


def score_events(article: Article, c: Counts, errors: list[str]) -> None:
    gold = article.events
    if gold is None:
        return
    gspans = [gold_span(article, e["timex"], e["occurrence"]) for e in gold]
    system = extract_events(article.text, article.dct)
    sspans = system_event_spans(article, system)
    matched = match_events(gold, gspans, system, sspans)
    c.add("gold", len(gold))
    c.add("system", len(system))
    c.add("matched", len(matched))
    for g, ge in enumerate(gold):
        tag = f"{ge['timex']!r}"
        if g not in matched:
            errors.append(f"event missed   {tag} {ge['type']} {show_value(value_of(ge))}")
            continue
        se = system[matched[g]]
        if value_of(se) == value_of(ge):
            c.add("dates_right")
        else:
            errors.append(f"event date     {tag} {se['type']}: {show_value(value_of(se))}, gold {show_value(value_of(ge))}")
        if se["type"] == ge["type"]:
            c.add("types_right")
        else:
            errors.append(f"event type     {tag}: {se['type']}, gold {ge['type']}")
        gp = {place_key(p) for p in ge["places"]}
        sp = {place_key(p) for p in se["places"]}
        c.add("places_gold", len(gp))
        c.add("places_system", len(sp))
        c.add("places_right", len(gp & sp))
        if gp != sp:
            missing = ", ".join(sorted(p[0] for p in gp - sp)) or "-"
            extra = ", ".join(sorted(f"{p[0]}/{p[1] or '-'}" for p in sp - gp)) or "-"
            errors.append(f"event places   {tag} {ge['type']}: missing {missing}; extra {extra}")
        ga, sa = set(ge["actors"]), {a["id"] for a in se["actors"]}
        c.add("actors_gold", len(ga))
        c.add("actors_system", len(sa))
        c.add("actors_right", len(ga & sa))
        if ga != sa:
            errors.append(f"event actors   {tag} {ge['type']}: missing {', '.join(sorted(ga - sa)) or '-'}; "
                          f"extra {', '.join(sorted(sa - ga)) or '-'}")
        for key in ("killed", "injured"):
            if ge.get(key) is not None:
                c.add(f"{key}_gold")
                if se.get(key) == ge[key]:
                    c.add(f"{key}_right")
                else:
                    errors.append(f"event {key:<8} {tag}: {se.get(key)}, gold {ge[key]}")
            elif se.get(key) is not None:
                c.add(f"{key}_false")
                errors.append(f"event {key:<8} {tag}: {se.get(key)}, gold none")
    hit = set(matched.values())
    for s, se in enumerate(system):
        if s not in hit:
            errors.append(f"event spurious {se.get('timex')!r} {se['type']} {show_value(value_of(se))}: "
                          f"{clip(se.get('summary') or '')}")


def event_metrics(c: Counts) -> dict:
    g, s, m = c.get("gold", 0), c.get("system", 0), c.get("matched", 0)
    dates = prf(c.get("dates_right", 0), s, c.get("dates_right", 0), g)
    dates.update({"gold": g, "system": s, "matched": m, "match_only": prf(m, s, m, g)})
    types = prf(c.get("types_right", 0), s, c.get("types_right", 0), g)
    types["accuracy_on_matched"] = ratio(c.get("types_right", 0), m)
    out = {
        "dates": dates,
        "types": types,
        "places": prf(c.get("places_right", 0), c.get("places_system", 0), c.get("places_right", 0),
                      c.get("places_gold", 0)),
        "actors": prf(c.get("actors_right", 0), c.get("actors_system", 0), c.get("actors_right", 0),
                      c.get("actors_gold", 0)),
    }
    for key in ("killed", "injured"):
        out[key] = {
            "exact": ratio(c.get(f"{key}_right", 0), c.get(f"{key}_gold", 0)),
            "right": c.get(f"{key}_right", 0),
            "gold": c.get(f"{key}_gold", 0),
            "false_figures": c.get(f"{key}_false", 0),
        }
    return out


# --------------------------------------------------------------------------- report


def evaluate(articles: list[Article], baseline: bool = True) -> dict:
    groups = {"all": lambda a: True, "seeds": lambda a: a.group == "seeds", "own": lambda a: a.group == "own",
              "other languages": lambda a: a.language != "en"}
    counts = {name: {"timex": Counts(), "baseline": Counts(), "events": Counts()} for name in groups}
    for article in articles:
        per = {"timex": Counts(), "baseline": Counts(), "events": Counts()}
        score_timexes(article, per["timex"], article.errors)
        if baseline:
            score_baseline(article, per["baseline"], article.errors)
        score_events(article, per["events"], article.errors)
        for name, keep in groups.items():
            if keep(article):
                for kind, cnt in per.items():
                    for key, n in cnt.items():
                        counts[name][kind].add(key, n)
    metrics: dict = {"articles": {name: sum(1 for a in articles if keep(a)) for name, keep in groups.items()}}
    for name in groups:
        metrics[name] = {"timex": timex_metrics(counts[name]["timex"]), "events": event_metrics(counts[name]["events"])}
        if baseline:
            b = timex_metrics(counts[name]["baseline"])
            b["false_matches"] = counts[name]["baseline"].get("false_matches", 0)
            metrics[name]["baseline_timex"] = b
        metrics[name]["timex"]["false_on_non_dates"] = counts[name]["timex"].get("false_on_non_dates", 0)
        metrics[name]["timex"]["spurious_other"] = counts[name]["timex"].get("spurious_other", 0)
    return metrics


def _fmt(x: float) -> str:
    return f"{x:.3f}"


def print_report(metrics: dict, articles: list[Article], baseline: bool) -> None:
    for name in ("all", "seeds", "own", "other languages"):
        m = metrics[name]
        if not metrics["articles"][name]:
            continue
        languages = sorted({a.language for a in articles if a.language != "en"}) if name == "other languages" else []
        print(f"=== {name}: {metrics['articles'][name]} articles" + (f" ({', '.join(languages)})" if languages else ""))
        t = m["timex"]
        print("temporal expressions          ours" + ("     dateparser" if baseline else ""))
        rows = [("span precision", "precision"), ("span recall", "recall"), ("span F1", "f1"),
                ("value accuracy (matched)", "value_accuracy")]
        for label, key in rows:
            line = f"  {label:<27} {_fmt(t[key]):>6}"
            if baseline:
                line += f"     {_fmt(m['baseline_timex'][key]):>6}"
            print(line)
        line = f"  {'values right / gold':<27} {t['values_right']:>3}/{t['gold']:<3}"
        if baseline:
            b = m["baseline_timex"]
            line += f"    {b['values_right']:>3}/{b['gold']:<3}"
        print(line)
        line = f"  {'system spans (matched)':<27} {t['system']:>3} ({t['matched']})"
        if baseline:
            b = m["baseline_timex"]
            line += f"   {b['system']:>3} ({b['matched']})"
        print(line)
        print(f"  ours: false on non-dates {t['false_on_non_dates']}, other spurious {t['spurious_other']}"
              + (f"; dateparser false matches {m['baseline_timex']['false_matches']}" if baseline else ""))
        e = m["events"]
        d = e["dates"]
        if not d["gold"] and not d["system"]:
            print("events: not annotated (the event rules are English)\n")
            continue
        print(f"events: gold {d['gold']}, system {d['system']}, matched {d['matched']} "
              f"(match P {_fmt(d['match_only']['precision'])} R {_fmt(d['match_only']['recall'])} "
              f"F1 {_fmt(d['match_only']['f1'])})")
        for label, key in (("dates", "dates"), ("types", "types"), ("places", "places"), ("actors", "actors")):
            x = e[key]
            extra = f"  accuracy on matched {_fmt(x['accuracy_on_matched'])}" if key == "types" else ""
            print(f"  {label:<8} P {_fmt(x['precision'])}  R {_fmt(x['recall'])}  F1 {_fmt(x['f1'])}{extra}")
        for key in ("killed", "injured"):
            x = e[key]
            exact = _fmt(x["exact"]) if x["gold"] else "  n/a"
            print(f"  {key:<8} exact {exact} ({x['right']}/{x['gold']}), false figures {x['false_figures']}")
        print()
    print("=== errors")
    for article in articles:
        if not article.errors:
            continue
        print(f"-- {article.name} ({article.dct.isoformat()})")
        for line in article.errors:
            print(f"   {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the metrics as JSON")
    parser.add_argument("--baseline", action=argparse.BooleanOptionalAction, default=True,
                        help="also score dateparser.search.search_dates (default: on)")
    parser.add_argument("--gold", type=Path, default=GOLD_DIR, help="directory of gold files")
    args = parser.parse_args(argv)
    articles = load_gold(args.gold)
    metrics = evaluate(articles, baseline=args.baseline)
    if args.json:
        print(json.dumps(metrics, indent=2, sort_keys=True))
    else:
        print_report(metrics, articles, args.baseline)
    return 0


if __name__ == "__main__":
    sys.exit(main())
