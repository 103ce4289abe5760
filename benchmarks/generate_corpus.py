#!/usr/bin/env python3
"""Write a synthetic corpus of N wire-style articles for speed and scale measurements.

    python benchmarks/generate_corpus.py 10000 /tmp/corpus10k

Deterministic (seeded). Sentences are built from templates with varied actors, dates and
figures so the extractors do real work; lengths vary from about 100 to 1,500 words.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

STATES = ["Mali", "Niger", "Burkina Faso", "Chad", "Mauritania", "France", "Russia",
          "the United States", "Algeria", "Nigeria", "Senegal", "Ivory Coast", "Ghana"]
DEMONYMS = ["Malian", "Nigerien", "Burkinabe", "Chadian", "French", "Russian", "American",
            "Algerian", "Nigerian", "Senegalese", "Ivorian", "Ghanaian"]
GROUPS = ["JNIM", "Islamic State Sahel Province", "the Wagner Group", "Africa Corps",
          "al-Qaeda in the Islamic Maghreb", "Boko Haram", "Ansar Dine", "the MNLA"]
ORGS = ["ECOWAS", "the African Union", "the United Nations", "the European Union",
        "the Alliance of Sahel States", "MINUSMA", "the G5 Sahel", "the World Food Programme"]
PEOPLE = ["Colonel Assimi Goïta", "Captain Ibrahim Traoré", "General Abdourahamane Tiani",
          "President Emmanuel Macron", "Mohamed Bazoum", "President Bola Tinubu",
          "Mahamat Idriss Déby", "Antonio Guterres", "Yevgeny Prigozhin"]
TOWNS = ["Gao", "Timbuktu", "Kidal", "Menaka", "Mopti", "Djibo", "Tillaberi", "Diffa",
         "Ouahigouya", "Fada N'Gourma", "Dori", "Segou"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NOUNS = ["soldiers", "civilians", "troops", "fighters", "people", "refugees", "vehicles"]
WORD_NUMBERS = ["two", "three", "five", "a dozen", "twenty", "about two hundred",
                "several hundred", "more than fifty", "nine and a half"]

TEMPLATES = [
    "{person} said on {weekday} that {state} would not accept the demands of {org}.",
    "At least {n} {demonym} {noun} were killed near {town} in {month} {year}, officials said.",
    "{group} claimed an attack on a convoy near {town} on {weekday} night, the {ordinal} in {month}.",
    "{org} gave the junta {wn} days to restore constitutional order, and {state} rejected the ultimatum.",
    "Some {n:,} {noun} have fled {town} since {month} {day}, {year}, according to aid agencies.",
    "The mission, which cost about ${m} million a year, ended on {month} {day} after {wn} years.",
    "Relations between Paris and Bamako collapsed in late {year}, when {group} expanded its reach.",
    "\"We have not seen a harvest in {wn} years,\" said a farmer in {town}, who asked not to be named.",
    "Prices in {town} rose by {pct} percent in the following week, traders said.",
    "{demonym} officials said {n} {noun} had crossed the border between {year} and {year2}.",
    "The {state_cap} government may reconsider its position in March, a diplomat said.",
    "{person} met {person2} in {town} for a two-day summit that ended without a statement.",
]
# Wire copy is not all facts: between the sentences that carry them stand context,
# quotes and description. Mixing these in keeps the density of dates and figures close
# to real articles (the bundled seeds have about 6,000 dates and 4,000 figures per MB).
FILLER = [
    "Residents of {town} described long queues at the fuel stations and shuttered schools.",
    "The road north of {town} has been cut for much of the rainy season, traders said.",
    "Analysts said the government's strategy relied heavily on air power and local militias.",
    "\"Nobody tells us anything,\" said a teacher who asked not to be named.",
    "Aid workers said access to rural districts remained the main obstacle to reaching families.",
    "The statement, read on state television, did not say who had ordered the operation.",
    "Diplomats in the region said talks were continuing behind closed doors.",
    "Much of the fighting takes place far from the capital, in areas journalists cannot reach.",
    "Local officials said the market in {town} reopened after soldiers cleared the area.",
    "The claims could not be independently verified.",
]


def sentence(rng: random.Random, year: int) -> str:
    if rng.random() < 0.45:
        return rng.choice(FILLER).format(town=rng.choice(TOWNS))
    t = rng.choice(TEMPLATES)
    return t.format(
        person=rng.choice(PEOPLE), person2=rng.choice(PEOPLE), state=rng.choice(STATES),
        state_cap=rng.choice(DEMONYMS), demonym=rng.choice(DEMONYMS),
        group=rng.choice(GROUPS), org=rng.choice(ORGS), town=rng.choice(TOWNS),
        month=rng.choice(MONTHS), weekday=rng.choice(WEEKDAYS), year=year,
        year2=year + rng.randint(1, 4), day=rng.randint(1, 28), n=rng.randint(2, 30000),
        noun=rng.choice(NOUNS), wn=rng.choice(WORD_NUMBERS), m=rng.randint(2, 900),
        pct=round(rng.uniform(1, 80), 1), ordinal=rng.choice(["second", "third", "fourth"]),
    )


def article(rng: random.Random, i: int) -> str:
    published = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randint(0, 14 * 365))
    words_wanted = rng.choice([110, 250, 400, 700, 1000, 1500])
    paras, words = [], 0
    while words < words_wanted:
        para = " ".join(sentence(rng, rng.randint(2012, published.year)) for _ in range(rng.randint(2, 5)))
        paras.append(para)
        words += len(para.split())
    title = f"{rng.choice(TOWNS)}: {sentence(rng, published.year).rstrip('.')}"[:120]
    front = (f'---\ntitle: "{title.replace(chr(34), chr(39))}"\nsource: "generated"\n'
             f"published: {published.isoformat()}\n---\n")
    return front + "\n\n".join(paras) + "\n"


def generate(n: int, out: Path, seed: int = 20261127) -> int:
    """Write n articles under out/ (100 per sub-folder); return total bytes."""
    rng = random.Random(seed)
    total = 0
    for i in range(n):
        folder = out / f"{i // 100:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        text = article(rng, i)
        (folder / f"article-{i:06d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=20261127)
    a = ap.parse_args()
    total = generate(a.n, a.out, a.seed)
    print(f"wrote {a.n} articles, {total / 1e6:.1f} MB, to {a.out}")


if __name__ == "__main__":
    main()
