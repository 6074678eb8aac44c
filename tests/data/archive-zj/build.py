#!/usr/bin/env python3
"""Build gold.jsonl, articles.jsonl and ABSENT_CHECKED from draft.jsonl (answerable drafts)
and unans.jsonl (unanswerable drafts). Evidence spans are cut from the article text around the
first answer (or an 'ev' hint); 'also' spans likewise. Absence searches are re-run here and their
hit counts written to ABSENT_CHECKED."""
import json, re
C = '/work/shared/corpora/'
raw = {}; docs = {}
for f in ['reuters21578', 'bbc', 'agnews']:
    for l in open(C + f + '.jsonl'):
        r = json.loads(l); k = f + ':' + r['id']; raw[k] = l.rstrip('\n'); docs[k] = r

draft = [json.loads(l) for l in open('draft.jsonl')]
unans = [json.loads(l) for l in open('unans.jsonl')]
KEEP = [0,4,58,51,44,59,99,63,67,73,78,85,                 # who
        89,11,92,43,26,46,36,42,66,76,88,90,96,             # how_much
        7,15,17,20,21,28,40,54,60,61,75,79,84,86,87,91,93,94,98,   # how_many
        9,23,27,64,77,80,100,102,103,104,105,106,107,108,109,110,  # where
        1,22,29,32,69,71,111,112,113,114,115,116,117,118,119,120]  # when
UDROP = {1, 10, 21, 30, 32, 33}
REWRITE = {
 85: "Which DreamWorks executive is quitting as COO?",
 11: "What did First Financial offer per Comdata share?",
 88: "What did Qwest pay to settle with the SEC?",
 66: "What did Deutsche Boerse offer per LSE share?",
 17: "How much gold did Free State Consolidated mine in 1986?",
 28: "How many units did Schult Homes offer in its IPO?",
 54: "How many hectares of the Philippines grow coconuts?",
 61: "How many call centres did the Dimension Data survey cover?",
 86: "How wide was the toxic algae bloom off Washington state?",
 77: "Where is Carlsberg cutting 200 jobs?",
 22: "When were offers due for the U.S. Mint's nickel?",
 32: "When will China Steel's expansion be completed?",
 71: "When was Windows Genuine Advantage first piloted?",
 112: "When did Ossie Davis make his film debut?",
 115: "When did Victor Paz Estenssoro's Bolivian government take office?",
 20: "How many federal savings associations were closed in 1986?",
 89: "How much gas tax money did Toronto's transit system get?",
 92: "How big is the Air Force tanker contract Boeing lost?",
 43: "What is the CSCE's new daily limit for coffee futures?",
 46: "How much did J.P. Morgan's first-quarter 1987 profit fall?",
}
UREWRITE = {24: "Who will succeed Helene Hahn at DreamWorks?"}
ALSO = {
 0:['reuters21578:8055','reuters21578:9591','reuters21578:9630'],
 1:['reuters21578:8055','reuters21578:9591','reuters21578:9630'],
 3:['reuters21578:8055'], 4:['reuters21578:9758'], 7:['reuters21578:10821'],
 11:['reuters21578:8711'], 21:['reuters21578:17007','reuters21578:17118'], 23:['reuters21578:17007'],
 26:['reuters21578:117'], 28:['reuters21578:117'], 29:['reuters21578:7093'],
 44:['reuters21578:12709','reuters21578:12720'], 51:['reuters21578:10712','reuters21578:10720','reuters21578:20045'],
 63:['bbc:business/318','bbc:business/324','bbc:business/332','bbc:business/358','bbc:business/426'],
 66:['bbc:business/220','bbc:business/316'], 67:['bbc:business/264','bbc:business/319'],
 71:['bbc:tech/083'], 73:['bbc:politics/002','bbc:politics/233','bbc:politics/242','bbc:politics/372'],
 78:['bbc:entertainment/278'], 79:['bbc:entertainment/043','bbc:entertainment/044'],
 80:['bbc:entertainment/043','bbc:entertainment/044'], 84:['bbc:sport/156'],
 88:['agnews:test-1576','agnews:test-4293'],
 90:['agnews:test-4347','agnews:test-4452','agnews:test-4552','agnews:test-4592','agnews:test-4745'],
 94:['agnews:test-6742'], 96:['bbc:business/300','agnews:test-7524'],
 102:['reuters21578:8055'],
 104:['reuters21578:3394','reuters21578:15992','reuters21578:16684','reuters21578:19351','reuters21578:21071'],
 106:['bbc:entertainment/043'], 107:['bbc:business/279','bbc:business/421'], 109:['agnews:test-5361'],
 111:['bbc:entertainment/043'], 112:['bbc:entertainment/043','bbc:entertainment/044'],
 113:['reuters21578:8933'], 43:['reuters21578:13730'], 92:['bbc:business/161'], 114:['reuters21578:9758'], 115:['reuters21578:8055'],
}
EXTRA_ANS = {80: ["Miami Beach"]}

def sentence(text, pos, end):
    s = max(text.rfind('. ', 0, pos) + 2 if text.rfind('. ', 0, pos) >= 0 else 0,
            text.rfind('\n', 0, pos) + 1)
    e1 = text.find('. ', end); e2 = text.find('\n', end)
    cands = [x for x in (e1 + 1 if e1 >= 0 else -1, e2) if x >= 0]
    e = min(cands) if cands else len(text)
    return text[s:e].strip()

def evidence(text, answers, hint=None):
    if hint:
        p = text.find(hint); assert p >= 0, hint
        ev = sentence(text, p, p + len(hint))
        for a in answers:
            if a in ev: return ev
        raise SystemExit('hint sentence lacks answer: ' + hint)
    for a in answers:
        p = text.find(a)
        if p >= 0: return sentence(text, p, p + len(a))
    return None

out = []; used_docs = []
for i in KEEP:
    q = draft[i]
    src, did = q['doc'].split(':', 1)
    text = docs[q['doc']]['text']
    alsos = ALSO.get(i, [])
    answers = q['a'] + EXTRA_ANS.get(i, [])
    pool = [text] + [docs[a]['text'] for a in alsos]
    answers = [a for a in answers if any(a in t for t in pool)]
    assert answers[0] in text, (i, answers[0])
    ev = evidence(text, [answers[0]], q.get('ev'))
    also = []
    for a in alsos:
        aev = evidence(docs[a]['text'], answers)
        assert aev, (i, a)
        s2, d2 = a.split(':', 1)
        also.append({'source': s2, 'doc': d2, 'evidence': aev})
    out.append({'_k': q['doc'], 'id': None, 'type': q['t'], 'question': REWRITE.get(i, q['q']),
                'answers': answers, 'doc': did, 'source': src, 'evidence': ev,
                'normalized': q['n'], 'also': also})
    used_docs.append(q['doc'])

allrecs = [(d, t) for d, r in docs.items() for t in [(r['title'] or '') + ' || ' + r['text']]]
absent_lines = []; uq = []
for j, q in enumerate(unans):
    if j in UDROP: continue
    searches = []
    for pl in q['abs']:
        ps = [re.compile(p, re.I) for p in pl]
        h = [d for d, t in allrecs if all(p.search(t) for p in ps)]
        searches.append((' AND '.join(pl), len(h), h[:6]))
    uq.append(({'_k': q['about'], 'id': None, 'type': q['t'], 'question': UREWRITE.get(j, q['q']),
                'answers': [], 'doc': None, 'source': None, 'evidence': None,
                'normalized': None, 'also': []}, searches))
    used_docs.append(q['about'])

# interleave: each unanswerable right after the last answerable on the same article
final = list(out)
for rec, searches in uq:
    idx = max([n for n, r in enumerate(final) if r['_k'] == rec['_k']], default=len(final) - 1)
    final.insert(idx + 1, rec); rec['_s'] = searches
for n, r in enumerate(final, 1):
    r['id'] = f'azj-{n:03d}'
with open('gold.jsonl', 'w') as f:
    for r in final:
        f.write(json.dumps({k: r[k] for k in ['id','type','question','answers','doc','source','evidence','normalized','also']}, ensure_ascii=False) + '\n')
with open('ABSENT_CHECKED', 'w') as f:
    f.write('# id<TAB>about-article<TAB>searches (case-insensitive regex over title+text of all 28,868 articles; AND of patterns) => hit count [first hits]\n')
    for r in final:
        if r['answers']: continue
        parts = [f"{s} => {c} {h}" for s, c, h in r['_s']]
        f.write(f"{r['id']}\t{r['_k']}\t" + ' | '.join(parts) + '\n')
seen = []
for d in used_docs:
    if d not in seen: seen.append(d)
with open('articles.jsonl', 'w') as f:
    for d in seen: f.write(raw[d] + '\n')
print('questions', len(final), 'articles', len(seen))
