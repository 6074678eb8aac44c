import json
DOCS = {}
for f in ['reuters21578', 'bbc', 'agnews']:
    for l in open(f'/work/shared/corpora/{f}.jsonl', encoding='utf-8'):
        r = json.loads(l); DOCS[(f, r['id'])] = r
def add(t, q, a, doc=None, src=None, ev=None, norm=None, also=(), absent=None, about=None):
    """also: list of (src, doc, evidence); absent: list of 'search -> hits'; about: (src, doc) for near-miss."""
    if a:
        txt = DOCS[(src, doc)]['text']
        for x in a:
            ok = x in txt or any(x in DOCS[(s, d)]['text'] for s, d, e in also)
            assert ok, ('answer not found', x)
        assert ev in txt, ('evidence not in doc', ev)
        assert a[0] in ev, ('first answer not in evidence', a[0])
        for s, d, e in also:
            assert e in DOCS[(s, d)]['text'], ('also ev missing', s, d, e)
            assert any(x in e for x in a), ('also ev has no answer', s, d, e)
    else:
        assert absent and about
    rec = dict(type=t, question=q, answers=list(a), doc=doc, source=src, evidence=ev, normalized=norm,
               also=[dict(source=s, doc=d, evidence=e) for s, d, e in also], absent=absent,
               about=list(about) if about else None)
    with open('draft.jsonl', 'a', encoding='utf-8') as f:
        f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print('ok', len(q.split()), 'words:', q)
