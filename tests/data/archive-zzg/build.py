#!/usr/bin/env python3
"""Build gold.jsonl, articles.jsonl and ABSENT_CHECKED from the draft_*.py files (in order)."""
import json, importlib, glob, os, sys
os.chdir(os.path.dirname(os.path.abspath(__file__))); sys.path.insert(0, '.')
import lib
for f in sorted(glob.glob('draft_*.py')):
    importlib.import_module(f[:-3])
QS = lib.QS
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
raw = {}
for src in ['reuters21578', 'bbc', 'agnews']:
    for line in open(f'/work/shared/corpora/{src}.jsonl'):
        raw[(src, json.loads(line)['id'])] = line.rstrip('\n')
used_arts = []
with open('gold.jsonl', 'w') as g, open('ABSENT_CHECKED', 'w') as a:
    for n, q in enumerate(QS, 1):
        q['id'] = f'azzg-{n:03d}'
        g.write(json.dumps({k: q[k] for k in KEYS}, ensure_ascii=False) + '\n')
        key = (q['source'], q['doc']) if q['doc'] else tuple(q['about'])
        if key not in used_arts: used_arts.append(key)
        if not q['answers']:
            a.write(f"{q['id']}\tabout {q['about'][0]}:{q['about'][1]}\t{q['absent']}\n")
with open('articles.jsonl', 'w') as f:
    for key in used_arts:
        f.write(raw[key] + '\n')
print(len(QS), 'questions;', len(used_arts), 'articles')
