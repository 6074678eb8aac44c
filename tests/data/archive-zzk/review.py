import sys, re, importlib
from lib import *
import draft
lo = int(sys.argv[1]); hi = int(sys.argv[2]) if len(sys.argv) > 2 else len(draft.Q)
for i, q in enumerate(draft.Q[lo:hi], lo):
    print(f"[{i}] {q['kind']} {q['type']} {q['question']}")
    if q['kind'] == 'A':
        t = text(q['source'], q['doc'])
        for a in q['answers']:
            if a not in t: print('   !! ANSWER NOT IN DOC:', a)
        if q['evidence'] not in t: print('   !! EVIDENCE NOT IN DOC')
        elif q['answers'][0] not in q['evidence']: print('   !! first answer not in evidence')
        hits = [k for k in search_all(q['chk']) if k != (q['source'], q['doc']) and k[1] not in q['ex']]
        for k in hits[:12]:
            tt = text(*k); m = re.search(q['chk'][-1], tt, re.I)
            s = sentence_around(tt, m.start(), m.end()) if m else '(match in title only)'
            print('   also?', k, REC[k][1]['date'], '|', s[:220])
        if len(hits) > 12: print('   ... total', len(hits))
    else:
        for s in q['searches']:
            h = search_all(s)
            print('   ', len(h), s, h[:8])
