#!/usr/bin/env python3
"""absent.py KEY ENTITY_REGEX FACT_REGEX [FACT_REGEX ...]
Case-insensitive search over title+text of all three corpus files. Logs to absent_log.tsv:
entity-only hit count, and for each fact regex the count of articles matching entity AND fact (with ids).
Prints, for entity+fact hits, the snippets around the fact match so they can be read by hand."""
import json, re, sys
key, ent, facts = sys.argv[1], sys.argv[2], sys.argv[3:]
C = '/work/shared/corpora/'
E = re.compile(ent, re.I)
recs = []
for f in ['reuters21578', 'bbc', 'agnews']:
    for l in open(C + f + '.jsonl'):
        r = json.loads(l)
        t = (r['title'] or '') + ' || ' + r['text']
        if E.search(t): recs.append((f, r['id'], t))
parts = ['entity /%s/: %d hits' % (ent, len(recs))]
print(parts[0], [(f, i) for f, i, _ in recs][:40])
for fr in facts:
    F = re.compile(fr, re.I)
    h = [(f, i, t) for f, i, t in recs if F.search(t)]
    ids = ','.join('%s:%s' % (f[:3], i) for f, i, _ in h)
    parts.append('entity+/%s/: %d hits%s' % (fr, len(h), (' [' + ids + ']') if h and len(h) <= 12 else ''))
    print(parts[-1])
    for f, i, t in h[:8]:
        for m in list(F.finditer(t))[:3]:
            s = max(0, m.start() - 120); print('    ', f, i, '::', t[s:m.end() + 120].replace('\n', ' '))
with open('absent_log.tsv', 'a') as o:
    o.write(key + '\t' + '; '.join(parts) + '\n')
