#!/usr/bin/env python3
"""Build gold.jsonl, articles.jsonl and ABSENT_CHECKED from draft.jsonl (the working file written by add.py).
Drops the listed draft questions (to balance types), applies rewordings, assigns ids azs-001.."""
import json
C = '/work/shared/corpora/'
A = {}
for f in ['reuters21578', 'bbc', 'agnews']:
    for l in open(C + f + '.jsonl', encoding='utf-8'):
        r = json.loads(l); A[(f, r['id'])] = l.rstrip('\n')
DROP = {
 "How many Texstyrene shares did the Dart Container group buy between March 10 and 31, 1987?",
 "How many lines of digital switching equipment will South Central Bell buy from Stromberg-Carlson?",
 "How many video phones are in use in the UK, according to the BBC's report on mobile dating?",
 "How many hotels did AIRCOA Hotel Partners buy from AIRCOA affiliates?",
 "How long had the Anaheim Angels waited for an AL West pennant before beating Oakland?",
 "Which Pentagon spokesman said he had no information on rumors of a U.S. strike on Iran?",
 "Who was lead manager of the Woolwich and Equitable Building Society's 50 mln stg eurobond?",
 "Which L.F. Rothschild analyst commented on Schlumberger ending the Fairchild sale to Fujitsu?",
 "Which firm is managing the underwriters for New Jersey Steel's initial public offering?",
 "Who was lead manager for Australia's 400 mln dlr Yankee bond offering?",
 "How much annual interest would Navistar save through its recapitalization, according to S and P?",
}
REWORD = {
 "Who is General Motors' chief labor negotiator?": "Who leads GM's 1987 bargaining with the UAW?",
 "How many people does Yahoo employ at its tenth anniversary?": "How many staff did Yahoo have at its tenth anniversary?",
}
# article each unanswerable (near-miss) question is about: question prefix -> (source, id)
ABOUT = [
 ("What interest rate will the Ta Chung Hua", ('reuters21578', '15409')),
 ("Who is the lawyer representing Robert Freeman", ('reuters21578', '16059')),
 ("How much did Van Ommeren pay", ('reuters21578', '4209')),
 ("What price is F and M Distributors", ('reuters21578', '21051')),
 ("Who will succeed Eduardo Lizano", ('reuters21578', '10179')),
 ("How much are Blockbuster's chairman", ('reuters21578', '7111')),
 ("How old is UAW president Owen Bieber", ('reuters21578', '16220')),
 ("What price per share will Ronald Vannuki", ('reuters21578', '5763')),
 ("How much is Endevco paying", ('reuters21578', '2394')),
 ("How old is Hefce chief executive", ('bbc', 'politics/246')),
 ("How many single people", ('bbc', 'tech/386')),
 ("How much prize money does a Smarties", ('bbc', 'entertainment/014')),
 ("How old is Dundee United manager", ('bbc', 'sport/126')),
 ("What was Yahoo's market value", ('bbc', 'tech/065')),
 ("On what date will Napster To Go", ('bbc', 'tech/263')),
 ("What price is Mark Attanasio", ('agnews', 'test-3149')),
 ("Who was the Guinea-Bissau army chief", ('agnews', 'test-3302')),
 ("How much will the Nisqually", ('agnews', 'test-2249')),
 ("Who replaced Uma Bharti", ('agnews', 'test-782')),
 ("Where will Husky Oil hold", ('reuters21578', '9544')),
 ("When will the Perth Mint", ('reuters21578', '18489')),
 ("When did the FDA approve Medizone", ('reuters21578', '16692')),
 ("Where is Medizone International", ('reuters21578', '16692')),
 ("Where is Chemfix Technologies", ('reuters21578', '12652')),
 ("Where is Philip Crosby", ('reuters21578', '6503')),
 ("Where is Vista Chemical", ('reuters21578', '6559')),
 ("Where is Symbol Technologies", ('reuters21578', '16999')),
 ("When was Eduardo Lizano appointed", ('reuters21578', '10179')),
 ("When did Ronald Vannuki join", ('reuters21578', '5763')),
 ("When did Innovex first acquire", ('reuters21578', '11722')),
 ("Where is Innovex Inc based", ('reuters21578', '11722')),
]
NOTES = {  # review of non-zero hits in absence searches
 "Who is the lawyer representing Robert Freeman": "hits are other Freemans (Michigan attorney Stewart Freeman 9658) or Goldman's 'outside counsel' investigation in 16059; no lawyer for Freeman named",
 "What interest rate will the Ta Chung Hua": "3 Shanghai hits are Hongkong and Shanghai Banking Corp / Shanghai securities stories; 5822 (CCIC Finance) mentions the Ta Chun tyre loan amount only",
 "How much did Van Ommeren pay": "16781 is Van Ommeren's 75 mln guilder bond issue, not the LGT price",
 "What price is F and M Distributors": "13021 is about Dart's bid for Supermarkets General; 21051 says terms were not disclosed",
 "How old is UAW president Owen Bieber": "the only pattern hit (16423) is 'the 51-year history of the union', not an age",
 "What price per share will Ronald Vannuki": "3548/5305 are NASD delisting stories, no share price for Vannuki",
 "How old is Hefce chief executive": "the pattern hit is politics/246 itself ('ages of 16 and 18' / no age for Newby)",
 "How many single people": "'singles' hits are music singles charts; tech/386 only says three times more than 30 years ago",
 "What was Yahoo's market value": "tech/337 gives the peak ($120bn) and trough ($4.6bn) market value, not the value at flotation; tech/108 unrelated",
 "On what date will Napster To Go": "tech/263 (= tech/298) says only 'in the next few months'; other hits are UK download charts",
 "What price is Mark Attanasio": "3149/3151 say he is buying the team, no price anywhere",
 "Who was the Guinea-Bissau army chief": "test-3302 says 'the commander of Guinea-Bissau's armed forces', no name",
 "Who replaced Uma Bharti": "bbc politics/015 is Gibraltar's chief minister; bbc business/019 is Bharti Televentures",
 "Where will Husky Oil hold": "9544 gives the date only; 'Alberta' hits are 'Nova, An Alberta Corp'; 18975 is Nova's annual meeting",
 "When will the Perth Mint": "18489 says arrangements will be finalised after talks; no date",
 "When did the FDA approve Medizone": "16692 says the company expects approval 'soon'",
 "Where is Medizone International": "16692 hit is 'Mount Sinai Medical Center in New York' (test site), not headquarters",
 "Where is Philip Crosby": "9047 hit is the estate of James M. Crosby (Resorts International), unrelated",
 "Where is Vista Chemical": "hits are Vista Group Ltd (Los Angeles) and Buena Vista, unrelated",
 "Where is Symbol Technologies": "hits are the word 'symbol' (ticker symbols etc.), unrelated",
}
def about(q):
    for p, a in ABOUT:
        if q.startswith(p): return a
    raise SystemExit('no ABOUT for ' + q)
def note(q):
    for p, n in NOTES.items():
        if q.startswith(p): return n
    return 'every hit article was read; none states the asked-for fact'
KEYS = ['id', 'type', 'question', 'answers', 'doc', 'source', 'evidence', 'normalized', 'also']
draft = [json.loads(l) for l in open('draft.jsonl', encoding='utf-8')]
out, used, absent = [], [], []
n = 0
for d in draft:
    if d['question'] in DROP: continue
    n += 1
    q = {k: d.get(k) for k in KEYS}
    q['id'] = 'azs-%03d' % n
    q['question'] = REWORD.get(d['question'], d['question'])
    q['also'] = d.get('also', [])
    out.append(q)
    if q['answers']:
        key = (q['source'], q['doc'])
    else:
        key = about(d['question'])
        parts = ['%s => %d hits' % (' AND '.join('/%s/i' % p for p in c['search']), c['hits']) for c in d['checked']]
        absent.append('%s\t%s\tabout %s:%s\t%s\treview: %s' % (q['id'], q['question'], key[0], key[1], ' ; '.join(parts), note(d['question'])))
    if key not in used: used.append(key)
with open('gold.jsonl', 'w', encoding='utf-8') as f:
    for q in out: f.write(json.dumps(q, ensure_ascii=False) + '\n')
with open('articles.jsonl', 'w', encoding='utf-8') as f:
    for k in used: f.write(A[k] + '\n')
with open('ABSENT_CHECKED', 'w', encoding='utf-8') as f:
    f.write('# id\tquestion\tnear-miss article\tsearches (case-insensitive regexes over title+text of all 28,868 articles; all regexes of a search must match the same article) => hit count\treview of hits\n')
    for a in absent: f.write(a + '\n')
print(len(out), 'questions;', len(used), 'articles;', len(absent), 'unanswerable')
