#!/usr/bin/env python3
"""Helpers: show an article; search the whole archive (all three files) case-insensitively.
usage: tools.py show SOURCE ID
       tools.py s REGEX [REGEX ...]   (articles matching ALL regexes; prints count per file + snippets of the first regex)
"""
import json, re, sys, signal
signal.signal(signal.SIGPIPE, signal.SIG_DFL)
CORP = "/work/shared/corpora/"
FILES = ["reuters21578", "bbc", "agnews"]
def load():
    d = {}
    for f in FILES:
        for l in open(CORP + f + ".jsonl", encoding="utf-8"):
            r = json.loads(l); d[(f, r["id"])] = r
    return d
if __name__ == "__main__":
    D = load()
    if sys.argv[1] == "show":
        r = D[(sys.argv[2], sys.argv[3])]
        print(r["id"], r["date"], r["title"]); print(r["text"])
    else:
        pats = [re.compile(p, re.I) for p in sys.argv[2:]]
        hits = [k for k, r in D.items() if all(p.search((r["title"] or "") + "\n" + r["text"]) for p in pats)]
        from collections import Counter
        print("HITS", len(hits), dict(Counter(k[0] for k in hits)))
        lim = 25
        for k in hits[:lim]:
            t = (D[k]["title"] or "") + "\n" + D[k]["text"]
            m = pats[0].search(t); a = max(0, m.start() - 100)
            print(k[0], k[1], D[k]["date"], "|", t[a:m.end() + 120].replace("\n", " "))
