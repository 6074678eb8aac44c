import json, re
C = "/work/shared/corpora/"
FN = {'reuters21578': 'reuters21578.jsonl', 'bbc': 'bbc.jsonl', 'agnews': 'agnews.jsonl'}
RAW = {}; REC = {}
for s, fn in FN.items():
    for line in open(C + fn, encoding='utf-8'):
        r = json.loads(line)
        RAW[(s, r['id'])] = line.rstrip('\n')
        REC[(s, r['id'])] = r

def sent(src, doc, needle):
    """exact sentence-ish span of the article text containing needle"""
    t = REC[(src, doc)]['text']
    i = t.find(needle)
    if i < 0:
        raise SystemExit(f"needle not found: {src} {doc} {needle!r}")
    a = i
    while a > 0 and not (t[a-1] == '\n' or (t[a-2:a] == '. ' and not t[a-4:a-2].strip().isupper() and t[a-3] not in 'UuSs.' )):
        a -= 1
    b = i + len(needle)
    while b < len(t) and not (t[b] == '\n' or (t[b] == '.' and (b+1 == len(t) or t[b+1] in ' \n') and not t[b-1].isupper() and not t[b-1].isdigit())):
        b += 1
    if b < len(t) and t[b] == '.':
        b += 1
    span = t[a:b].strip()
    if len(span) > 400:  # trim long
        j = span.find(needle)
        span = span[max(0, j-150): j+len(needle)+150]
    assert span in t and needle in span
    return span
