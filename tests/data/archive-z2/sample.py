"""Draw candidate articles for archive-z2 (rerunnable).

Slice: in each corpus file, records whose 0-based line number % 3 == 1.
Excluded: any (source, id) in /work/gold/used_articles.tsv and any record whose
text equals the text of a listed article.  Remaining slice records of each file
are shuffled with ONE random.Random(6464) instance (files processed in the order
reuters21578, bbc, agnews) and the first N of each are written to candidates.tsv.
Articles were then picked by hand, in candidate order, from that list.
"""
import json, random
CORP = "/work/shared/corpora/"
FILES = [("reuters21578", 160), ("bbc", 70), ("agnews", 60)]
used = set()
for line in open("/work/gold/used_articles.tsv"):
    p = line.rstrip("\n").split("\t")
    if len(p) >= 2:
        used.add((p[0], p[1]))
used_texts = set()
recs = {}
for src, _ in FILES:
    recs[src] = [json.loads(l) for l in open(CORP + src + ".jsonl", encoding="utf-8")]
    for r in recs[src]:
        if (src, r["id"]) in used:
            used_texts.add(r["text"])
rng = random.Random(6464)
out = open("candidates.tsv", "w", encoding="utf-8")
for src, n in FILES:
    pool = [r for i, r in enumerate(recs[src]) if i % 3 == 1
            and (src, r["id"]) not in used and r["text"] not in used_texts]
    rng.shuffle(pool)
    for rank, r in enumerate(pool[:n]):
        out.write(f"{src}\t{r['id']}\t{rank}\t{len(r['text'])}\t{r['title']}\n")
    print(src, "slice pool", len(pool), "candidates", min(n, len(pool)))
