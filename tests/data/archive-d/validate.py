#!/usr/bin/env python3
"""Validate the archive-d gold set (gold.jsonl + articles.jsonl) against the brief.

Checks: JSON validity and key order; id format; types; answers/evidence are exact substrings
of the named article; evidence contains the first answer; `also` entries exist in the archive,
their evidence is an exact substring and contains one of the answers; unanswerable questions
have the null/empty shape; `normalized` shape per type; every doc is in articles.jsonl and every
articles.jsonl line is a verbatim archive line; articles are in the writer's slice, not in
used_articles.tsv and not identical in text to a used article; counts and proportions.
Exit status 1 on any error.
"""
import json, re, sys, os, csv

HERE = os.path.dirname(os.path.abspath(__file__))
CORPORA = "/work/shared/corpora"
PREFIX = "ad-"
N_QUESTIONS = 110
MIN_UNANSWERABLE = 30
MIN_SHORT = 40
REUTERS_MAX_POS = 9520          # slice: 0-based line positions 0 <= p < 9520
BBC_PREFIXES = ("business/", "politics/")
KEYS = ["id", "type", "question", "answers", "doc", "source", "evidence", "normalized", "also"]
TYPES = {"who", "when", "how_much", "how_many", "where"}

errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

# archive
lines, recs, pos = {}, {}, {}
for name in ("reuters21578", "bbc", "agnews"):
    with open(f"{CORPORA}/{name}.jsonl", encoding="utf-8") as f:
        for p, l in enumerate(f):
            r = json.loads(l)
            key = (name, r["id"])
            lines[key] = l.rstrip("\n"); recs[key] = r; pos[key] = p

used = set()
with open("/work/gold/used_articles.tsv") as f:
    rd = csv.reader(f, delimiter="\t"); next(rd)
    for s, i in rd:
        used.add((s, i))
used_texts = {recs[k]["text"] for k in used if k in recs}

# articles.jsonl
art_keys = []
with open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8") as f:
    for n, l in enumerate(f, 1):
        l = l.rstrip("\n")
        try:
            r = json.loads(l)
        except Exception as e:
            err(f"articles.jsonl line {n}: invalid JSON ({e})"); continue
        key = (r.get("source"), r.get("id"))
        if key not in lines:
            err(f"articles.jsonl line {n}: {key} not in archive"); continue
        if l != lines[key] and r != recs[key]:
            err(f"articles.jsonl line {n}: {key} differs from archive record")
        if list(r.keys()) != ["id", "title", "date", "source", "text"]:
            err(f"articles.jsonl line {n}: keys/order differ")
        if key in art_keys:
            err(f"articles.jsonl line {n}: duplicate {key}")
        art_keys.append(key)
        if key in used:
            err(f"articles.jsonl: {key} is listed in used_articles.tsv")
        if r["text"] in used_texts:
            err(f"articles.jsonl: {key} has text identical to a used article")
        if key[0] == "reuters21578" and not (0 <= pos[key] < REUTERS_MAX_POS):
            err(f"articles.jsonl: {key} at line position {pos[key]} is outside the slice")
        if key[0] == "bbc" and not key[1].startswith(BBC_PREFIXES):
            err(f"articles.jsonl: {key} is outside the BBC slice")
        if key[0] == "agnews":
            err(f"articles.jsonl: {key} agnews is not in this slice")
art_set = set(art_keys)

# candidates (seeded sample) membership
cand = set()
cpath = os.path.join(HERE, "candidates.tsv")
if os.path.exists(cpath):
    with open(cpath) as f:
        next(f)
        for l in f:
            p = l.rstrip("\n").split("\t")
            cand.add((p[1], p[2]))
    for k in art_keys:
        if k not in cand:
            warn(f"article {k} is not in candidates.tsv (seeded sample)")
else:
    warn("candidates.tsv missing: run sample.py")

# gold.jsonl
qs = []
with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
    for n, l in enumerate(f, 1):
        try:
            q = json.loads(l)
        except Exception as e:
            err(f"gold.jsonl line {n}: invalid JSON ({e})"); continue
        qs.append(q)
        qid = q.get("id", f"line{n}")
        if list(q.keys()) != KEYS:
            err(f"{qid}: keys/order {list(q.keys())}")
            continue
        if not re.fullmatch(re.escape(PREFIX) + r"\d{3}", q["id"]):
            err(f"{qid}: bad id format")
        if q["id"] != f"{PREFIX}{n:03d}":
            warn(f"{qid}: id not sequential (line {n})")
        if q["type"] not in TYPES:
            err(f"{qid}: bad type {q['type']}")
        if not isinstance(q["question"], str) or not q["question"].strip().endswith("?"):
            err(f"{qid}: question must be a string ending with '?'")
        if not isinstance(q["answers"], list) or not isinstance(q["also"], list):
            err(f"{qid}: answers/also must be lists"); continue
        if not q["answers"]:
            # unanswerable
            for k in ("doc", "source", "evidence", "normalized"):
                if q[k] is not None:
                    err(f"{qid}: unanswerable but {k} is not null")
            if q["also"]:
                err(f"{qid}: unanswerable but also is not empty")
            continue
        key = (q["source"], q["doc"])
        if key not in recs:
            err(f"{qid}: doc {key} not in archive"); continue
        if key not in art_set:
            err(f"{qid}: doc {key} not in articles.jsonl")
        text = recs[key]["text"]
        if len(set(q["answers"])) != len(q["answers"]):
            err(f"{qid}: duplicate answers")
        for ans in q["answers"]:
            if not isinstance(ans, str) or not ans:
                err(f"{qid}: empty/non-string answer")
        if q["answers"][0] not in text:
            err(f"{qid}: first answer {q['answers'][0]!r} not in doc text")
        if not isinstance(q["evidence"], str) or q["evidence"] not in text:
            err(f"{qid}: evidence not an exact substring of doc text")
        elif q["answers"][0] not in q["evidence"]:
            err(f"{qid}: evidence does not contain the first answer")
        also_texts = [text]
        for e in q["also"]:
            if list(e.keys()) != ["source", "doc", "evidence"]:
                err(f"{qid}: also entry keys {list(e.keys())}"); continue
            k2 = (e["source"], e["doc"])
            if k2 not in recs:
                err(f"{qid}: also {k2} not in archive"); continue
            if k2 == key:
                err(f"{qid}: also repeats the main doc")
            if e["evidence"] not in recs[k2]["text"]:
                err(f"{qid}: also evidence not in {k2}")
            elif not any(a in e["evidence"] for a in q["answers"]):
                err(f"{qid}: also evidence for {k2} contains no listed answer")
            also_texts.append(recs[k2]["text"])
        for ans in q["answers"]:
            if not any(ans in t for t in also_texts):
                err(f"{qid}: answer {ans!r} not found in doc or also articles")
        # normalized shape
        t, nz = q["type"], q["normalized"]
        if t in ("who", "where"):
            if nz is not None:
                err(f"{qid}: normalized must be null for {t}")
        elif t == "when":
            if nz is not None and not (isinstance(nz, str) and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?", nz)):
                err(f"{qid}: bad when normalized {nz!r}")
            if nz is None and key[0] == "reuters21578":
                warn(f"{qid}: Reuters when-question with null normalized")
        elif t == "how_much":
            if nz is not None:
                ok = (isinstance(nz, dict) and (set(nz) == {"amount", "currency"} and isinstance(nz["amount"], float)
                      and (nz["currency"] is None or re.fullmatch(r"[A-Z]{3}", nz["currency"])))
                      or (isinstance(nz, dict) and set(nz) == {"percent"} and isinstance(nz["percent"], float)))
                if not ok:
                    err(f"{qid}: bad how_much normalized {nz!r}")
        elif t == "how_many":
            if nz is not None and not (isinstance(nz, dict) and set(nz) == {"count"} and isinstance(nz["count"], (int, float))):
                err(f"{qid}: bad how_many normalized {nz!r}")

ids = [q.get("id") for q in qs]
if len(set(ids)) != len(ids):
    err("duplicate ids")

# every article used by some question (doc of answerable, or subject of near miss: checked loosely)
docs = {(q["source"], q["doc"]) for q in qs if q.get("doc")}
for k in art_keys:
    if k not in docs:
        warn(f"article {k} is only the subject of unanswerable questions")

# counts
n = len(qs)
unans = sum(1 for q in qs if not q.get("answers"))
short = sum(1 for q in qs if len(q.get("question", "").split()) < 10)
by_type = {t: sum(1 for q in qs if q.get("type") == t) for t in sorted(TYPES)}
if n != N_QUESTIONS: err(f"{n} questions, expected {N_QUESTIONS}")
if unans < MIN_UNANSWERABLE or unans < 0.27 * n: err(f"only {unans} unanswerable")
if short < MIN_SHORT or short < 0.36 * n: err(f"only {short} short questions")
for t, c in by_type.items():
    if c < 0.15 * n: err(f"type {t} has {c} (<15%)")
if not (50 <= len(art_keys) <= 70): warn(f"{len(art_keys)} articles (brief: about 55-70)")

print(f"questions: {n}  answerable: {n - unans}  unanswerable: {unans} ({unans / n:.0%})  short(<10 words): {short} ({short / n:.0%})")
print(f"articles: {len(art_keys)}")
print("per type (answerable / unanswerable):")
for t in ("who", "when", "how_much", "how_many", "where"):
    a_ = sum(1 for q in qs if q.get("type") == t and q.get("answers"))
    u_ = sum(1 for q in qs if q.get("type") == t and not q.get("answers"))
    print(f"  {t:9s} {a_:3d} / {u_:3d}  total {a_ + u_:3d} ({(a_ + u_) / n:.0%})")
for w in warnings: print("WARNING:", w)
for e in errors: print("ERROR:", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
