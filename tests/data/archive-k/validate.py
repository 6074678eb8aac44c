"""Validate archive-k: python3 validate.py  (exit code 0 = all checks passed)."""
import json, re, sys
from collections import Counter
CORP = "/work/shared/corpora/"
SRCS = ["reuters21578", "bbc", "agnews"]
KEYS = ["id", "type", "question", "answers", "doc", "source", "evidence", "normalized", "also"]
TYPES = ["who", "when", "where", "how_much", "how_many"]
N_EXPECTED = 110
errs = []
def err(m): errs.append(m)

text, raw, lineno = {}, {}, {}
for s in SRCS:
    for i, l in enumerate(open(CORP + s + ".jsonl")):
        r = json.loads(l)
        text[(s, r["id"])] = r["text"]; raw[(s, r["id"])] = l.rstrip("\n"); lineno[(s, r["id"])] = i

used = set()
for l in open("/work/gold/used_articles.tsv"):
    p = l.rstrip("\n").split("\t")
    if len(p) >= 2 and p[0] in SRCS: used.add((p[0], p[1]))
used_texts = {text[k] for k in used if k in text}

# articles.jsonl
arts = set()
for n, l in enumerate(open("articles.jsonl"), 1):
    try: r = json.loads(l)
    except Exception as e: err(f"articles.jsonl line {n}: bad JSON {e}"); continue
    k = (r.get("source"), r.get("id"))
    if k not in raw: err(f"articles.jsonl line {n}: {k} not in archive"); continue
    if l.rstrip("\n") != raw[k] and r != json.loads(raw[k]): err(f"articles.jsonl {k}: not verbatim")
    if k in used: err(f"articles.jsonl {k}: listed in used_articles.tsv")
    if text[k] in used_texts: err(f"articles.jsonl {k}: text equals a used article's text")
    if lineno[k] % 3 != 0: err(f"articles.jsonl {k}: outside slice (line {lineno[k]} % 3 != 0)")
    arts.add(k)

def short(q): return len(q.split()) < 10
rows = []
for n, l in enumerate(open("gold.jsonl"), 1):
    try: o = json.loads(l)
    except Exception as e: err(f"gold line {n}: bad JSON {e}"); continue
    rows.append(o)
    if list(o.keys()) != KEYS: err(f"gold line {n}: keys {list(o.keys())}")
    qid = o.get("id")
    if qid != "ak-%03d" % n: err(f"{qid}: id should be ak-{n:03d}")
    t = o.get("type")
    if t not in TYPES: err(f"{qid}: bad type {t}")
    if not isinstance(o.get("question"), str) or not o["question"].endswith("?"): err(f"{qid}: bad question")
    ans = o.get("answers")
    if not isinstance(ans, list): err(f"{qid}: answers not list"); continue
    if ans:
        k = (o.get("source"), o.get("doc"))
        if k not in text: err(f"{qid}: doc {k} not in archive"); continue
        if k not in arts: err(f"{qid}: doc {k} missing from articles.jsonl")
        ev = o.get("evidence")
        if not isinstance(ev, str) or ev not in text[k]: err(f"{qid}: evidence not a substring of doc text")
        elif ans[0] not in ev: err(f"{qid}: first answer not in evidence")
        also_texts = []
        for a in o.get("also", []):
            if list(a.keys()) != ["source", "doc", "evidence"]: err(f"{qid}: also keys {list(a.keys())}")
            ak = (a.get("source"), a.get("doc"))
            if ak not in text: err(f"{qid}: also {ak} not in archive"); continue
            if ak == k: err(f"{qid}: also repeats doc")
            if a.get("evidence") not in text[ak]: err(f"{qid}: also evidence not in {ak}")
            also_texts.append(text[ak])
        for x in ans:
            if not isinstance(x, str) or not x: err(f"{qid}: empty answer")
            elif x not in text[k] and not any(x in at for at in also_texts):
                err(f"{qid}: answer {x!r} not an exact substring of doc/also text")
        nm = o.get("normalized")
        if t in ("who", "where") and nm is not None: err(f"{qid}: normalized must be null")
        if t == "when":
            if o["source"] == "reuters21578":
                if not (isinstance(nm, str) and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?", nm)): err(f"{qid}: bad when normalized {nm}")
            elif nm is not None and not (isinstance(nm, str) and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?", nm)):
                err(f"{qid}: bad when normalized {nm}")
            if isinstance(nm, str) and o["source"] != "reuters21578" and nm[:4] not in text[k]:
                err(f"{qid}: undated source but year {nm[:4]} not explicit in text")
        if t == "how_much" and nm is not None:
            if not (("amount" in nm and isinstance(nm["amount"], float) and set(nm) == {"amount", "currency"}) or
                    (set(nm) == {"percent"} and isinstance(nm["percent"], float))):
                err(f"{qid}: bad how_much normalized {nm}")
        if t == "how_many" and nm is not None:
            if not (set(nm) == {"count"} and isinstance(nm["count"], (int, float))): err(f"{qid}: bad how_many normalized {nm}")
    else:
        for f in ("doc", "source", "evidence", "normalized"):
            if o.get(f) is not None: err(f"{qid}: unanswerable but {f} not null")
        if o.get("also") != []: err(f"{qid}: unanswerable but also not []")

# near-miss articles listed in ABSENT_CHECKED must be in articles.jsonl
absent_ids = set()
for l in open("ABSENT_CHECKED"):
    m = re.match(r"(ak-\d{3})\t(\S+)\s+(\S+)\t", l)
    if not m: continue
    absent_ids.add(m.group(1))
    if (m.group(2), m.group(3)) not in arts: err(f"{m.group(1)}: near-miss article {m.group(2)} {m.group(3)} not in articles.jsonl")
unans = [o["id"] for o in rows if o.get("answers") == []]
for u in unans:
    if u not in absent_ids: err(f"{u}: no ABSENT_CHECKED line")

N = len(rows)
cnt = Counter((o["type"], bool(o["answers"])) for o in rows)
nun = len(unans); nshort = sum(short(o["question"]) for o in rows)
if N != N_EXPECTED: err(f"{N} questions, expected {N_EXPECTED}")
if nun < 0.27 * N: err(f"unanswerable {nun}/{N} < 27%")
if nshort < 0.36 * N: err(f"short {nshort}/{N} < 36%")
for t in TYPES:
    tot = cnt[(t, True)] + cnt[(t, False)]
    if tot < 0.15 * N: err(f"type {t}: {tot} < 15%")
print(f"{N} questions, {nun} unanswerable ({nun/N:.1%}), {nshort} short ({nshort/N:.1%}), {len(arts)} articles")
for t in TYPES:
    print(f"  {t:9s} answerable {cnt[(t, True)]:3d}  unanswerable {cnt[(t, False)]:3d}  total {cnt[(t, True)]+cnt[(t, False)]:3d}")
if errs:
    print("ERRORS:"); [print("  " + e) for e in errs]; sys.exit(1)
print("OK: all checks passed")
