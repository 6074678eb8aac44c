"""Validate the archive-n gold set (run: python3 validate.py). Exits non-zero on any failure."""
import json, os, sys, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
C = "/work/shared/corpora/"
FN = {'reuters21578': 'reuters21578.jsonl', 'bbc': 'bbc.jsonl', 'agnews': 'agnews.jsonl'}
KEYS = ["id", "type", "question", "answers", "doc", "source", "evidence", "normalized", "also"]
TYPES = ["who", "when", "how_much", "how_many", "where"]
N_EXPECTED = 110

errors = []
def err(m): errors.append(m)

ARCH, RAWLINE, LINENO = {}, {}, {}
for s, fn in FN.items():
    for i, l in enumerate(open(C + fn, encoding='utf-8')):
        r = json.loads(l); k = (s, r['id'])
        ARCH[k] = r; RAWLINE[k] = l.rstrip('\n'); LINENO[k] = i

used = set()
for l in open("/work/gold/used_articles.tsv"):
    p = l.rstrip("\n").split("\t")
    if len(p) >= 2: used.add((p[0], p[1]))
used_texts = {ARCH[k]['text'] for k in used if k in ARCH}

# articles.jsonl: verbatim archive lines, in slice, not used
arts = {}
for n, l in enumerate(open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8"), 1):
    l = l.rstrip("\n")
    try: r = json.loads(l)
    except Exception as e: err(f"articles.jsonl line {n}: bad JSON {e}"); continue
    k = (r.get('source'), r.get('id'))
    if k not in ARCH: err(f"articles.jsonl line {n}: {k} not in archive"); continue
    if l != RAWLINE[k] and r != ARCH[k]: err(f"articles.jsonl line {n}: {k} differs from archive")
    if list(r.keys()) != list(ARCH[k].keys()): err(f"articles.jsonl line {n}: key order differs")
    if LINENO[k] % 3 != 0: err(f"{k} outside slice (line {LINENO[k]} % 3 != 0)")
    if k in used: err(f"{k} is in used_articles.tsv")
    if r['text'] in used_texts: err(f"{k} text identical to a used article")
    if k in arts: err(f"{k} duplicated in articles.jsonl")
    arts[k] = r

gold = []
for n, l in enumerate(open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"), 1):
    try: r = json.loads(l)
    except Exception as e: err(f"gold.jsonl line {n}: bad JSON {e}"); continue
    gold.append(r)
    if list(r.keys()) != KEYS: err(f"line {n}: keys {list(r.keys())}")
    if r.get("id") != "an-%03d" % n: err(f"line {n}: id {r.get('id')} (expected an-{n:03d})")
    if r.get("type") not in TYPES: err(f"{r.get('id')}: bad type {r.get('type')}")
    if not isinstance(r.get("question"), str) or not r["question"].endswith("?"): err(f"{r.get('id')}: question")
    ans = r.get("answers")
    if ans:  # answerable
        k = (r["source"], r["doc"])
        if k not in arts: err(f"{r['id']}: doc {k} not in articles.jsonl"); continue
        text = arts[k]["text"]
        ev = r["evidence"]
        if not isinstance(ev, str) or ev not in text: err(f"{r['id']}: evidence not a substring of {k}")
        elif ans[0] not in ev: err(f"{r['id']}: first answer not inside evidence")
        also_texts = []
        for a in r["also"]:
            if list(a.keys()) != ["source", "doc", "evidence"]: err(f"{r['id']}: also keys {list(a.keys())}")
            k2 = (a["source"], a["doc"])
            if k2 not in ARCH: err(f"{r['id']}: also {k2} not in archive"); continue
            if k2 == k: err(f"{r['id']}: also repeats doc")
            if a["evidence"] not in ARCH[k2]["text"]: err(f"{r['id']}: also evidence not in {k2}")
            elif not any(x in a["evidence"] for x in ans): err(f"{r['id']}: also evidence in {k2} contains no listed answer")
            also_texts.append(ARCH[k2]["text"])
        for x in ans:
            if not isinstance(x, str) or not x: err(f"{r['id']}: empty answer"); continue
            if x not in text and not any(x in t for t in also_texts):
                err(f"{r['id']}: answer {x!r} not in doc or any also article")
        # normalized shape
        t, nz = r["type"], r["normalized"]
        if t in ("who", "where") and nz is not None: err(f"{r['id']}: normalized must be null")
        if t == "when":
            if r["source"] == "reuters21578" and not isinstance(nz, str): err(f"{r['id']}: when needs ISO string")
            if isinstance(nz, str):
                ok = False
                for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
                    try: datetime.datetime.strptime(nz, fmt); ok = True
                    except ValueError: pass
                if not ok and not (len(nz) == 7 and nz[4:6] == "-Q"): err(f"{r['id']}: bad ISO {nz}")
        if t == "how_much" and nz is not None:
            if not (isinstance(nz, dict) and (set(nz) == {"amount", "currency"} or set(nz) == {"percent"})):
                err(f"{r['id']}: bad how_much normalized {nz}")
        if t == "how_many" and nz is not None:
            if not (isinstance(nz, dict) and set(nz) == {"count"} and isinstance(nz["count"], (int, float))):
                err(f"{r['id']}: bad how_many normalized {nz}")
    else:
        if ans != [] or any(r[x] is not None for x in ("doc", "source", "evidence", "normalized")) or r["also"] != []:
            err(f"{r['id']}: unanswerable must have [] / null / [] fields")

# every article in articles.jsonl is used by some answerable doc or listed as a near-miss article in ABSENT_CHECKED
docs = {(r["source"], r["doc"]) for r in gold if r["answers"]}
near = set()
absent_ids = set()
for l in open(os.path.join(HERE, "ABSENT_CHECKED"), encoding="utf-8"):
    p = l.rstrip("\n").split("\t")
    absent_ids.add(p[0])
    if len(p) > 2 and p[2].startswith("near-miss "):
        s, d = p[2][len("near-miss "):].split(":", 1); near.add((s, d))
for k in arts:
    if k not in docs and k not in near: err(f"article {k} not used by any question")
for k in near:
    if k not in arts: err(f"near-miss article {k} missing from articles.jsonl")
un_ids = {r["id"] for r in gold if not r["answers"]}
if un_ids != absent_ids: err(f"ABSENT_CHECKED ids differ from unanswerable ids: {sorted(un_ids ^ absent_ids)}")

# counts and proportions
n = len(gold)
if n != N_EXPECTED: err(f"{n} questions, expected {N_EXPECTED}")
un = sum(1 for r in gold if not r["answers"])
short = sum(1 for r in gold if len(r["question"].split()) < 10)
print(f"questions {n}; unanswerable {un} ({un/n:.1%}); short (<10 words) {short} ({short/n:.1%}); articles {len(arts)}")
if un / n < 0.27: err("fewer than 27% unanswerable")
if short / n < 0.36: err("fewer than 36% short questions")
print("type        answerable  unanswerable  total  share")
for t in TYPES:
    a = sum(1 for r in gold if r["type"] == t and r["answers"]); u = sum(1 for r in gold if r["type"] == t and not r["answers"])
    print(f"{t:10s}  {a:10d}  {u:12d}  {a+u:5d}  {(a+u)/n:.1%}")
    if (a + u) / n < 0.15: err(f"type {t} below 15%")
src = {}
for k in arts: src[k[0]] = src.get(k[0], 0) + 1
print("articles by source:", src)
qs = [r["question"] for r in gold]
if len(set(qs)) != len(qs): err("duplicate questions")
if errors:
    print("FAILED:"); [print("  " + e) for e in errors]; sys.exit(1)
print("OK: all checks passed")
