#!/usr/bin/env python3
"""Build gold.jsonl, articles.jsonl and ABSENT_CHECKED from draft.jsonl (archive-z8).
Question order is a deterministic shuffle (random.Random(6363)) of the draft order."""
import json, random
C = '/work/shared/corpora/'
FILES = ['reuters21578', 'bbc', 'agnews']
draft = [json.loads(l) for l in open('draft.jsonl')]
# article each near-miss (unanswerable) question is about
ABOUT = {
 "How many workers does Honda employ": ("reuters21578", "5825"),
 "Who is the chief executive of Towle": ("reuters21578", "12284"),
 "How much will hospitals pay to use the ASAP": ("reuters21578", "19747"),
 "How much did Adsteam pay for its stake": ("reuters21578", "4621"),
 "What will an Ecuadorean bus ticket": ("reuters21578", "5145"),
 "How many protesters were arrested": ("reuters21578", "4736"),
 "How many people does Crazy Eddie employ": ("reuters21578", "19683"),
 "Who is Statoil's chief executive": ("reuters21578", "21541"),
 "How much in damages is Roger Boisjoly": ("reuters21578", "16828"),
 "How many voters were questioned": ("reuters21578", "13260"),
 "What interest rate did China's 1911": ("reuters21578", "3374"),
 "What price is San-Yan": ("reuters21578", "10131"),
 "How much in royalties must Igene": ("reuters21578", "21313"),
 "How many Sgt. York guns": ("reuters21578", "1865"),
 "How many people does Bell and Howell employ": ("reuters21578", "18679"),
 "When did Honda start building cars": ("reuters21578", "10131"),
 "When will Reuters start paying": ("reuters21578", "9922"),
 "When did Gael Monfils turn": ("bbc", "sport/463"),
 "When did Rick Fox join": ("agnews", "test-2892"),
 "When did Noranda's Murdochville": ("reuters21578", "15932"),
 "When is Abertis expected": ("agnews", "test-6363"),
 "When was Entertainment Marketing": ("reuters21578", "19683"),
 "Where is Towle Manufacturing": ("reuters21578", "12284"),
 "Where was basketball player Rick Fox": ("agnews", "test-2892"),
 "Where is Mathematical Applications": ("reuters21578", "3287"),
 "Where is Bell and Howell": ("reuters21578", "18679"),
 "Where is Pagex Systems": ("reuters21578", "3287"),
 "Where will Igene build": ("reuters21578", "21313"),
 "Where is the charity EduVision": ("bbc", "tech/066"),
 "From which port did Honda": ("reuters21578", "10131"),
 "Who is Igene Biotechnology's chief": ("reuters21578", "21313"),
 "Who is president of the Premier Hospital": ("reuters21578", "19747"),
}
def about(q):
    m = [v for k, v in ABOUT.items() if q['question'].startswith(k)]
    assert len(m) == 1, q['question']
    return m[0]
order = list(range(len(draft)))
random.Random(6363).shuffle(order)
gold, absent, needed = [], [], []
for n, i in enumerate(order, 1):
    q = draft[i]
    qid = 'az8-%03d' % n
    rec = {'id': qid, 'type': q['type'], 'question': q['question'], 'answers': q['answers'],
           'doc': q['doc'], 'source': q['source'], 'evidence': q['evidence'],
           'normalized': q['normalized'],
           'also': [{'source': s, 'doc': d, 'evidence': e} for s, d, e in q.get('also', [])]}
    gold.append(rec)
    if q['answers']:
        needed.append((q['source'], q['doc']))
    else:
        s, d = about(q)
        needed.append((s, d))
        absent.append('%s\t%s\tabout %s %s\t%s' % (qid, q['question'], s, d, q['absent']))
with open('gold.jsonl', 'w') as f:
    for r in gold:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open('ABSENT_CHECKED', 'w') as f:
    f.write('# one line per unanswerable question: id<TAB>question<TAB>article it is about<TAB>searches run (regexes, case-insensitive, over title+text of all three corpus files; "A"+"B" = articles matching both) and hit counts\n')
    for a in absent:
        f.write(a + '\n')
want = []
for x in needed:
    if x not in want: want.append(x)
lines = {}
for fn in FILES:
    for l in open(C + fn + '.jsonl'):
        r = json.loads(l)
        if (fn, r['id']) in want: lines[(fn, r['id'])] = l if l.endswith('\n') else l + '\n'
with open('articles.jsonl', 'w') as f:
    for fn in FILES:
        for x in want:
            if x[0] == fn: f.write(lines[x])
print('questions', len(gold), 'articles', len(want), 'absent', len(absent))
