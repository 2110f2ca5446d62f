#!/usr/bin/env python3
# Copied from ../shared/tools/peer_spacy.py (the project's shared tools); keep in step with it.
"""The peer for speed comparisons: a spaCy rule pipeline over the same corpus.

    python3 peer_spacy.py CORPUS_DIR [--tokenize-only]

spaCy is what a Python user would pick for rule-based German extraction. This
runs spacy.blank("de") (German tokenizer, no model: none can be downloaded here)
with a Matcher holding patterns for the constructions graph-export extracts
(role + name, name + role + organisation, city + province, membership lists,
founding dates, signings, events), over every .md/.txt/.html file below
CORPUS_DIR, and prints documents, megabytes, seconds and MB/s. The matches are
counted, not turned into a graph, so the peer does less work than graph-export:
a ratio against it is conservative. Needs: pip install spacy.
"""
import argparse
import os
import sys
import time

import spacy
from spacy.matcher import Matcher

ROLES = ["Geschäftsführer", "Geschäftsführerin", "Direktor", "Direktorin", "Präsident", "Generalsekretär",
         "Oberbürgermeister", "Oberbürgermeisterin", "Bürgermeister", "Landrat", "Prokurist", "Sprecher",
         "Staatssekretär", "Staatsminister", "Bundesminister", "Botschafter", "Repräsentant", "Vorsitzender",
         "Chefrepräsentant", "Referent", "Leiter", "Projektleiterin", "Vize-Direktor", "Parteisekretär"]
ORG_CUES = ["GmbH", "AG", "KG", "Agentur", "Gesellschaft", "Kammer", "Zentrum", "Allianz", "Hochschule", "Ministerium"]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def build(nlp):
    m = Matcher(nlp.vocab)
    role = {"LOWER": {"IN": [r.lower() for r in ROLES]}}
    name = {"IS_TITLE": True}
    m.add("ROLE_NAME", [[role, name, name], [{"LOWER": "stellvertretender"}, role, name, name],
                        [role, {"ORTH": "a."}, {"ORTH": "D."}, name, name]])
    m.add("NAME_ROLE_ORG", [[name, name, {"ORTH": ","}, role, {"LOWER": {"IN": ["der", "des"]}}, {"IS_TITLE": True, "OP": "+"}]])
    m.add("CITY_PROVINCE", [[name, {"ORTH": "("}, {"LOWER": "provinz"}, name, {"ORTH": ")"}],
                            [{"LOWER": "in"}, {"LOWER": "der"}, {"LOWER": "provinz"}, name]])
    m.add("MEMBERS", [[{"LOWER": "gehören"}], [{"LOWER": "aufgenommen"}, {"LOWER": "wurden"}],
                      [{"LOWER": "mitgliedsstädte"}, {"LOWER": "sind"}]])
    m.add("ORG", [[{"IS_TITLE": True, "OP": "+"}, {"ORTH": {"IN": ORG_CUES}}]])
    m.add("ACRONYM", [[{"IS_TITLE": True, "OP": "+"}, {"ORTH": "("}, {"IS_UPPER": True}, {"ORTH": ")"}]])
    m.add("FOUNDED", [[{"LOWER": "wurde"}, {"LOWER": "im"}, {"ORTH": {"IN": MONTHS}}, {"IS_DIGIT": True}, {"LOWER": "gegründet"}]])
    m.add("SIGNED", [[{"LOWER": {"IN": ["unterzeichneten", "unterzeichnete", "unterschrieben"]}}]])
    m.add("EVENT_DATE", [[{"LOWER": "am"}, {"IS_DIGIT": True}, {"ORTH": "."}, {"ORTH": {"IN": MONTHS}}],
                         [{"LOWER": "am"}, {"TEXT": {"REGEX": r"^\d{1,2}\.$"}}, {"ORTH": {"IN": MONTHS}}]])
    m.add("SEAT", [[{"LOWER": "mit"}, {"LOWER": "sitz"}, {"LOWER": "in"}, name]])
    return m


def files(root):
    for base, _, names in os.walk(root):
        for n in sorted(names):
            if n.endswith((".md", ".txt", ".html", ".htm")):
                yield os.path.join(base, n)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("--tokenize-only", action="store_true")
    args = ap.parse_args()
    paths = sorted(files(args.corpus))
    texts = [open(p, encoding="utf-8", errors="replace").read() for p in paths]
    size = sum(len(t.encode("utf-8")) for t in texts)
    nlp = spacy.blank("de")
    nlp.max_length = max(nlp.max_length, max((len(t) for t in texts), default=0) + 1)
    matcher = None if args.tokenize_only else build(nlp)
    start = time.perf_counter()
    matches = tokens = 0
    for doc in nlp.pipe(texts, batch_size=256):
        tokens += len(doc)
        if matcher is not None:
            matches += len(matcher(doc))
    secs = time.perf_counter() - start
    print(f"spacy {'tokenize' if args.tokenize_only else 'tokenize+matcher'}: {len(texts)} docs, {size / 1e6:.1f} MB, "
          f"{tokens} tokens, {matches} matches, {secs:.2f} s, {size / 1e6 / secs:.2f} MB/s")


if __name__ == "__main__":
    sys.exit(main())
