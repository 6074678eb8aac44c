#!/usr/bin/env python3
"""Whole-archive search helper. s.py ENTITY_REGEX [FACT_REGEX ...]
Prints how many articles (all three files) match ENTITY (case-insensitive), and for each FACT regex how many
of those also match it, with snippets around the FACT match. With -v shows entity snippets too."""
import json, re, sys
args = sys.argv[1:]
verbose = False; width = 110
if args and args[0] == '-v': verbose = True; args = args[1:]
C = '/work/shared/corpora/'
recs = []
for f in ['reuters21578', 'bbc', 'agnews']:
    for l in open(C + f + '.jsonl'):
        r = json.loads(l); recs.append((f, r))
ent = re.compile(args[0], re.I)
hits = [(f, r) for f, r in recs if ent.search(r['text']) or ent.search(r['title'] or '')]
print(f'ENTITY /{args[0]}/: {len(hits)} articles')
if verbose or len(args) == 1:
    for f, r in hits[:40]:
        m = ent.search(r['text'])
        sn = r['text'][max(0, m.start()-width):m.end()+width].replace('\n', ' ') if m else '(title) ' + r['title']
        print(f'  {f} {r["id"]} {r["date"]} | {sn}')
for fa in args[1:]:
    fr = re.compile(fa, re.I)
    hh = [(f, r) for f, r in hits if fr.search(r['text'])]
    print(f'  + /{fa}/: {len(hh)} articles')
    for f, r in hh[:25]:
        for m in list(fr.finditer(r['text']))[:2]:
            print(f'     {f} {r["id"]} {r["date"]} | ' + r['text'][max(0, m.start()-width):m.end()+width].replace('\n', ' '))
