"""Short articles written for the tests, with the events each should give."""

ALEPPO = {
    "source": "wire-a",
    "published_at": "2016-02-10",
    "url": "https://example.org/a/1",
    "text": (
        "Russian warplanes struck the town of Tall Rifat in Aleppo province on Monday, killing at least "
        "18 civilians, a monitoring group said.\n"
        "The Kremlin said on Tuesday that its strikes targeted only militants."
    ),
}
DOUMA = {
    "source": "wire-b",
    "published_at": "2016-02-10",
    "text": (
        "Shelling hit a market in Douma, near Damascus, on February 7, killing 12 people and wounding 30, "
        "medics said.\nGovernment forces have besieged the town for two years."
    ),
}
KABUL = {
    "source": "wire-c",
    "published_at": "2016-01-15",
    "text": (
        "A car bomb exploded near the parliament in Kabul on January 4, killing at least three people, "
        "police said.\nOfficials said such attacks rose in December."
    ),
}
