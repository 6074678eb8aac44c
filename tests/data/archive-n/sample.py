"""Draw candidate articles for the archive-n gold set.

Slice: in each corpus file, only records whose 0-based line number % 3 == 0.
Excluded: every (source, id) in /work/gold/used_articles.tsv and any record whose
text equals the text of a listed article (checked across all three files).
Draw: one random.Random(9191); for each file in the order reuters21578, bbc, agnews
the eligible slice records are shuffled with rng.shuffle and the first N that pass a
light "fact-rich, not a table" filter are written to candidates.tsv.
Final articles were then picked by hand from these candidates, in order.
"""
import json, random, re

CORP = "/work/shared/corpora/"
FILES = [("reuters21578", "reuters21578.jsonl", 150),
         ("bbc", "bbc.jsonl", 60),
         ("agnews", "agnews.jsonl", 60)]

used = set()
for line in open("/work/gold/used_articles.tsv"):
    parts = line.rstrip("\n").split("\t")
    if len(parts) >= 2:
        used.add((parts[0], parts[1]))

records = {}
for src, fn, _ in FILES:
    records[src] = [json.loads(l) for l in open(CORP + fn, encoding="utf-8")]
used_texts = set()
for src, recs in records.items():
    for r in recs:
        if (src, r["id"]) in used:
            used_texts.add(r["text"])

def fact_rich(src, r):
    t = r["text"]
    if src == "reuters21578":
        if not (500 <= len(t) <= 3500):
            return False
        short_lines = sum(1 for p in t.split("\n\n") if len(p) < 60)
        if short_lines > 3:          # earnings / table stories
            return False
    elif src == "bbc":
        if len(t) > 4000:
            return False
    else:
        if len(t) < 120:
            return False
    return len(re.findall(r"\d", t)) >= 3

rng = random.Random(9191)
out = []
for src, fn, n in FILES:
    elig = [r for i, r in enumerate(records[src])
            if i % 3 == 0 and (src, r["id"]) not in used and r["text"] not in used_texts]
    rng.shuffle(elig)
    picked = [r for r in elig if fact_rich(src, r)][:n]
    for k, r in enumerate(picked):
        out.append((src, k, r["id"], r["title"] or ""))
with open("candidates.tsv", "w") as f:
    f.write("source\trank\tid\ttitle\n")
    for row in out:
        f.write("\t".join(map(str, row)) + "\n")
print(len(out), "candidates written")
