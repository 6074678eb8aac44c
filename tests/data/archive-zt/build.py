#!/usr/bin/env python3
"""Builds gold.jsonl, articles.jsonl and ABSENT_CHECKED from draft.py (archive-zt).
Evidence = the sentence of the article that contains the evidence key (default: first answer)."""
import json, re, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import draft
C = '/work/shared/corpora/'
FILES = {'reuters21578': 'reuters21578.jsonl', 'bbc': 'bbc.jsonl', 'agnews': 'agnews.jsonl'}
raw = {}; recs = {}
for s, fn in FILES.items():
    raw[s] = {}; recs[s] = []
    for l in open(C + fn, encoding='utf-8'):
        r = json.loads(l); raw[s][r['id']] = l.rstrip('\n'); recs[s].append(r)
art = {s: {r['id']: r for r in recs[s]} for s in FILES}

def sentence(text, key):
    if key.startswith('='):
        if key[1:] not in text: raise ValueError('verbatim evidence not found: %r' % key)
        return key[1:]
    i = text.find(key)
    if i < 0: raise ValueError('key not found: %r' % key)
    st = i
    while st > 0 and not (text[st-2:st] in ('. ', '? ', '! ', '" ') and text[st-3:st-2] not in ('', ) and not text[st-4:st-2].isupper()) and text[st-1] != '\n':
        st -= 1
    en = i + len(key)
    while en < len(text) and text[en] != '\n' and not (text[en] in '.?!' and (en + 1 == len(text) or text[en+1] in ' \n')):
        en += 1
    if en < len(text) and text[en] in '.?!': en += 1
    return text[st:en].strip()

def search(pats):
    ps = [re.compile(p, re.I) for p in pats]; hits = []
    for s in FILES:
        for r in recs[s]:
            t = (r['title'] or '') + '\n' + r['text']
            if all(p.search(t) for p in ps): hits.append((s, r['id']))
    return hits

KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
items = []
for (typ, q, answers, src, doc, key, norm, also) in draft.ANS:
    t = art[src][doc]['text']
    ev = sentence(t, key or answers[0])
    if answers[0] not in ev: raise SystemExit('first answer not in evidence: ' + q)
    al = [{'source': s2, 'doc': d2, 'evidence': sentence(art[s2][d2]['text'], k2)} for (s2, d2, k2) in also]
    items.append(dict(zip(KEYS, [None, typ, q, answers, doc, src, ev, norm, al])))
absent_lines = []; unans_items = []
for (typ, q, about, searches, note) in draft.UNANS:
    unans_items.append(dict(zip(KEYS, [None, typ, q, [], None, None, None, None, []])))
    parts = []
    for pats in searches:
        h = search(pats)
        parts.append('[%s] -> %d hits%s' % (' AND '.join(pats), len(h), (' (' + ', '.join(f'{s}:{d}' for s, d in h[:8]) + (' ...' if len(h) > 8 else '') + ')') if h else ''))
    absent_lines.append((q, about, parts, note))
# interleave: keep answerable and unanswerable mixed deterministically
import random
allq = items + unans_items
random.Random(7979).shuffle(allq)
for n, it in enumerate(allq, 1):
    it['id'] = 'azt-%03d' % n
with open('gold.jsonl', 'w', encoding='utf-8') as f:
    for it in allq: f.write(json.dumps({k: it[k] for k in KEYS}, ensure_ascii=False) + '\n')
used_docs = []
for it in items: used_docs.append((it['source'], it['doc']))
for (_, _, about, _, _) in draft.UNANS: used_docs.append(about)
seen = set()
with open('articles.jsonl', 'w', encoding='utf-8') as f:
    for s, d in used_docs:
        if (s, d) in seen: continue
        seen.add((s, d)); f.write(raw[s][d] + '\n')
qid = {it['question']: it['id'] for it in allq}
with open('ABSENT_CHECKED', 'w', encoding='utf-8') as f:
    f.write('# One line per unanswerable question: id | near-miss article | searches (case-insensitive regex, all terms in one article, over reuters21578+bbc+agnews) -> hit counts | conclusion\n')
    for q, about, parts, note in sorted(absent_lines, key=lambda x: qid[x[0]]):
        f.write(f"{qid[q]} | about {about[0]}:{about[1]} | " + ' ; '.join(parts) + f" | hits read by hand, none states the asked fact ({note})\n")
print('questions', len(allq), 'articles', len(seen))
