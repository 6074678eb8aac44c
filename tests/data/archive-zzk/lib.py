import json, re
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
REC = {}
ORDER = []
for f in FILES:
    for l in open(C + f + '.jsonl'):
        r = json.loads(l); REC[(f, r['id'])] = (l.rstrip('\n'), r); ORDER.append((f, r['id']))
def text(src, doc): return REC[(src, doc)][1]['text']
def search_all(pats):
    """articles (src,id) where ALL regex pats match (case-insensitive) in title+text"""
    cps = [re.compile(p, re.I) for p in pats]
    out = []
    for k in ORDER:
        r = REC[k][1]; t = (r['title'] or '') + '\n' + r['text']
        if all(c.search(t) for c in cps): out.append(k)
    return out
def sentence_around(t, m_start, m_end):
    p = t.rfind('. ', 0, m_start)
    a = max(p + 2 if p != -1 else 0, t.rfind('\n', 0, m_start) + 1, 0)
    b1 = t.find('. ', m_end); b2 = t.find('\n', m_end)
    bs = [x for x in (b1, b2) if x != -1]
    b = min(bs) + 1 if bs else len(t)
    return t[a:b].strip()
