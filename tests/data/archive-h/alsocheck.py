import sys, re
sys.path.insert(0, '.')
exec(open('build.py').read())
from build_lib import REC
for i in items:
    if i['kind'] != 'A': continue
    known = {(i['source'], i['doc'])} | {(s, d) for s, d, _ in i['also']}
    ans = i['answers'][0]
    if len(ans) < 4: ans = i['needle']
    hits = [(s, d, r['title']) for (s, d), r in REC.items() if (s, d) not in known and ans.lower() in r['text'].lower()]
    print(f"## {i['question']} [{ans}] -> {len(hits)}", [f"{s}:{d}:{t[:40]}" for s, d, t in hits][:8])
