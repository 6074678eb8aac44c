#!/usr/bin/env python3
"""Append draft questions (one JSON object per stdin line) to draft.jsonl after checking them.
Answerable: answers/evidence must be substrings of doc text; first answer inside evidence; also-evidence in also docs.
Unanswerable: 'checks' = list of lists of regexes (all must match, case-insensitive), run on all three files;
hits are printed so they can be inspected. Use --dry to only check."""
import json, re, sys
from tools import load
d = load()
dry = '--dry' in sys.argv
ok_lines = []
for line in sys.stdin:
    line = line.strip()
    if not line: continue
    q = json.loads(line)
    errs = []
    if q['answers']:
        t = d[(q['source'], q['doc'])]['text']
        for a in q['answers']:
            if a not in t and not any(a in d[(x['source'], x['doc'])]['text'] for x in q['also']):
                errs.append('answer not found: ' + a)
        if q['evidence'] not in t: errs.append('evidence not in text')
        elif q['answers'][0] not in q['evidence']: errs.append('first answer not in evidence')
        for x in q['also']:
            if x['evidence'] not in d[(x['source'], x['doc'])]['text']: errs.append('also evidence bad ' + x['doc'])
            elif not any(a in x['evidence'] for a in q['answers']): errs.append('also evidence has no answer ' + x['doc'])
    else:
        for ch in q['checks']:
            pats = [re.compile(p, re.I) for p in ch]
            hits = [(f, i) for (f, i), r in d.items() if all(p.search((r['title'] or '') + '\n' + r['text']) for p in pats)]
            print('  CHECK', ch, '->', len(hits), hits[:8])
    print(('ERR ' + '; '.join(errs)) if errs else 'ok', '|', q['question'], len(q['question'].split()), 'words')
    if not errs: ok_lines.append(json.dumps(q, ensure_ascii=False))
if not dry:
    with open('draft.jsonl', 'a', encoding='utf-8') as f:
        for l in ok_lines: f.write(l + '\n')
