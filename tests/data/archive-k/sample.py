"""Draw candidate articles for archive-k.

Slice: in each corpus file, records whose 0-based line number % 3 == 0.
Skip any article listed in /work/gold/used_articles.tsv (source+id) and any whose
text equals the text of a listed article. Shuffle each file's eligible slice with
random.Random(8686) (one generator, files in order reuters21578, bbc, agnews) and
write the first N candidates per file to candidates.tsv, in draw order.
Articles were then picked by hand from the front of these lists (fact-rich ones,
no pure earnings tables).
"""
import json, random

CORP = "/work/shared/corpora/"
FILES = [("reuters21578", 200), ("bbc", 80), ("agnews", 80)]

used = set()
for line in open("/work/gold/used_articles.tsv"):
    p = line.rstrip("\n").split("\t")
    if len(p) >= 2:
        used.add((p[0], p[1]))

recs = {}
used_texts = set()
for src, _ in FILES:
    recs[src] = [json.loads(l) for l in open(CORP + src + ".jsonl")]
    for r in recs[src]:
        if (src, r["id"]) in used:
            used_texts.add(r["text"])

rng = random.Random(8686)
out = []
for src, n in FILES:
    elig = [r for i, r in enumerate(recs[src])
            if i % 3 == 0 and (src, r["id"]) not in used and r["text"] not in used_texts]
    rng.shuffle(elig)
    for rank, r in enumerate(elig[:n]):
        out.append((src, rank, r["id"], len(r["text"]), (r["title"] or "")[:80]))

with open("candidates.tsv", "w") as f:
    f.write("source\trank\tid\tchars\ttitle\n")
    for o in out:
        f.write("\t".join(map(str, o)) + "\n")
print(len(out), "candidates written")
