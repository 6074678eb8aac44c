#!/usr/bin/env python3
"""Runs the absence searches for every unanswerable question (absent_specs.json, written by
build_gold.py) over all three corpus files and writes ABSENT_CHECKED (one line per question).
Each search = a list of case-insensitive regexes that must ALL match an article (title + text).
Hit ids are listed so that every hit could be read by hand to confirm it does not answer."""
import json, re

FILES = ["reuters21578", "bbc", "agnews"]
arts = []
for src in FILES:
    with open(f"/work/shared/corpora/{src}.jsonl", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            arts.append((src, r["id"], (r["title"] or "") + "\n" + r["text"]))


NOTES = {
    "According to chairman Donald Petersen": "20576 only says 'substantially more' than the 15.9 bln dlrs of the last five years; 868 gives Ford of Europe's 7 bln over seven years in Europe (other scope); other hits are Ford Credit bonds or unrelated",
    "Who was the managing director of Sony": "BBC tech hits name 2004-05 Sony Europe / Sony Ericsson people, not Sony (U.K.) Ltd's 1987 managing director",
    "In which city is Conseco": "test-5968 mentions only the Conseco Fieldhouse arena; no Conseco article gives its home city",
    "How old is sprinter Kim Collins": "age hits are other people (Michelle Collins 33, Lewis-Francis 22, Holmes 34); no age for Kim Collins",
    "How much money did Elton John": "entertainment/182 'raised more than $150m' is a 9/11 TV benefit; 111 gives no amount",
    "Who was named to succeed Sean O'Keefe": "AG O'Keefe items report his resignation/LSU candidacy only; 'griffin' hits are unrelated people",
    "When did Sony open its Bridgend": "17696 is Ford's Bridgend engine plant; other Sony/UK hits are 2004-05 games consoles",
    "When is Toronto's domed stadium": "AG SkyDome hits (2004) are baseball games and its 25 mln dlr sale; no opening date",
    "What is the official retail price of Halo 2": "Halo 2 hits give 125 mln dlr first-day sales and 265 dlr eBay prices, no retail price",
    "In which city did Dustin Hoffman": "315 says only 'in the UK'; entertainment/340 is a box-office chart",
    "In which city is El Pollo Asado": "bbc sport/062 is unrelated (football); 16882 gives no place",
    "Who was Marsh & McLennan's chief executive before": "business/265 and /333 say only that Marsh 'replaced its chief executive'; no predecessor named anywhere",
    "How many safety violations": "500 says only 'alleged violations', no count",
    "What is Gabelli Equity Trust's net asset value": "20876 gives only a discount of more than 10 pct from NAV",
    "How much is John Labatt prepared": "6883 is a 125 mln dlr debenture issue, not European investment",
    "How much did Pentair pay": "Pentair hits mention the McNeil acquisition (August 1986) but no price; other McNeil hits are unrelated companies",
}

specs = json.load(open("absent_specs.json", encoding="utf-8"))
lines = []
for sp in specs:
    parts = []
    for chk in sp["checks"]:
        pats = [re.compile(p, re.I) for p in chk]
        hits = [f"{s}:{i}" for s, i, t in arts if all(p.search(t) for p in pats)]
        shown = ",".join(hits[:12]) + (",..." if len(hits) > 12 else "")
        parts.append(f"[{' AND '.join(chk)}] => {len(hits)} hits ({shown})")
    note = next((v for k, v in NOTES.items() if sp["question"].startswith(k)), "")
    verdict = "hits reviewed (small hit sets read in full; for large ones the sentences joining the entity and the fact words were read); none states the asked-for fact" + (" (" + note + ")" if note else "")
    lines.append(f"{sp['id']} | {sp['question']} | about {sp['about'][0]}:{sp['about'][1]} | " + "; ".join(parts) + " | verdict: " + verdict)
with open("ABSENT_CHECKED", "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print("\n".join(lines))
