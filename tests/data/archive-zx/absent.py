#!/usr/bin/env python3
"""Runs the absence searches for every unanswerable archive-zx question over ALL THREE corpus files
(title + text, case-insensitive regex; a search with several patterns counts articles matching all of them)
and writes ABSENT_CHECKED (one line per question: id, then each search with its hit count and hit ids,
then the verdict after reading every hit)."""
import json, re
C = '/work/shared/corpora/'
docs = []
for f in ['reuters21578', 'bbc', 'agnews']:
    for l in open(C + f + '.jsonl', encoding='utf-8'):
        r = json.loads(l); docs.append((f, r['id'], (r['title'] or '') + '\n' + r['text']))
AGE = r'(aged \d|\d+ years? old|\d+-year-old|\d+-year old|, \d\d,|\(\d\d\)|age of \d|born)'
S = {
 'azx-002': ([['Koizumi'], ['Koizumi', AGE]], "Koizumi in 7 articles (3 Reuters 1987, 4 AG News as PM); none gives an age"),
 'azx-004': ([['Sea Containers'], ['Sea Containers', r'(financial officer|finance director|\bCFO\b|treasurer|finance chief)'], ['Sherwood', r'(financial|finance)']], "only the president (James Sherwood) is named"),
 'azx-019': ([[r'6\. ?Jul'], [r'6\. ?Jul', r'(chief executive|managing director|general manager|president|chairman|director|manager)']], "6. Juli Banken in r:8175 and r:12419 (depositor plan); neither names an executive"),
 'azx-020': ([['BTR Nylex'], ['BTR Nylex', r'(chairman|chief executive|managing director|president|\bchief\b)']], "BTR Nylex in r:10674 etc.; no chairman named"),
 'azx-021': ([['Krupp Stahl'], ['Krupp', r'(chief executive|chairman|management board|managing director|head of|president)']], "Krupp Stahl in 2 articles; no head named"),
 'azx-022': ([['Scotland', 'Italy', r'(referee|\bref\b|whistle)'], ['Paterson', 'Italy', 'referee'], ['Murrayfield', 'referee']], "referee hits (sport/330, 349, 405) are about Jonathan Kaplan in Ireland v England; Scotland v Italy report (sport/407) and preview (sport/322) name no referee"),
 'azx-023': ([['Ecolab'], ['Ecolab', r'(chief executive|chairman|president|officer|\bchief\b)']], "Ecolab in Reuters ChemLawn stories; no executive named"),
 'azx-040': ([[r'6\. ?Jul'], [r'6\. ?Jul', r'(founded|established in|set up|since 1\d\d\d|opened in)'], ['Danish', 'bank', r'(founded in|established in)']], "r:8175 and r:12419 give branches, balance sheet and payment stop, no founding date"),
 'azx-041': ([['Aerospatiale', 'hypersonic'], ['Aerospatiale', r'(hypersonic|five times the speed)', r'(service|first flight|in operation|by the year|by 19\d\d|by 20\d\d|20\d\d)'], ['Orient Express', 'hypersonic']], "only r:5514; no service date"),
 'azx-042': ([['Sybari'], ['Sybari', r'(complete|close|closing|finali|expected to)']], "4 BBC articles (2 pairs of duplicates) on the planned purchase; no completion date"),
 'azx-043': ([[r'Benn?etton'], [r'Benn?etton', r'(founded|established|set up|started in|since 19)']], "Benetton in several articles; no founding date"),
 'azx-044': ([['Muslim Association of Britain'], ['Muslim Association of Britain', r'(founded|formed|established|set up|since 19|launched in)'], [r'\bMAB\b', r'(founded|formed|established)']], "'founded' hits refer to Galloway founding Respect (politics/062) and Respect's launch with the MAB (politics/302); no MAB founding date"),
 'azx-045': ([['Cristie Kerr'], [r'\bKerr\b', r'(turned pro|professional|rookie|LPGA)']], "Cristie Kerr only in test-1162; nothing on turning pro"),
 'azx-062': ([['Iran', 'Soviet', r'(swap|exchange)', r'(crude|oil)'], ['Iran', 'Soviet', r'(crude|oil)', r'(dlrs|worth|valued|value of)'], ['Aqazadeh', r'(dlrs|worth|value)']], "swap articles (r:21568, r:20459) give volumes only; Aqazadeh dlrs hits are OPEC price (r:3452) and U.S.-raid damage (r:20090, r:20101)"),
 'azx-063': ([['Tanzania', 'World Bank'], ['Tanzania', r'(Railway|TRC)', r'(mln|million)'], ['Tanzania', 'World Bank', r'(rail|locomotive|wagon)']], "TRC aid story (r:1985 = r:2015) lists contributors without amounts; r:17768 is an IDA telecoms loan"),
 'azx-064': ([['Krupp', r'(fraud|arrested|falsif)'], ['Krupp', r'(pocket|profit)', r'(marks|mln|million)']], "r:10504 says prosecutors and Krupp declined comment on the sum; only order values (50/100 million marks) given"),
 'azx-065': ([['Turkey', 'IMF'], ['Turkey', 'IMF', r'(interest rate|rate of interest|basis points|charge|pct|%)', r'(loan|borrow)']], "business/469 gives loan size; business/277 mentions a loan restructuring deal and debt, no loan interest rate"),
 'azx-066': ([['Alicia Keys'], ['Alicia Keys', r'(paid|fee|\$|£|payment)'], ['Super Bowl', r'(Keys)', r'(fee|paid)']], "dollar hits are CBS's $550,000 fine, iTunes price etc.; no fee for Keys"),
 'azx-067': ([['Sybari'], ['Sybari', r'(\$\d|£\d|undisclosed|price|paid|for \d|million|bn)']], "Sybari hits mention downloads (six million people) but no price"),
 'azx-083': ([['Schroeder-Hohenwarth'], ['Schroeder-Hohenwarth', AGE]], "5 articles; no age"),
 'azx-084': ([['Fast Lube'], [r'fast-oil-change'], ['Kendall', r'(centers|centres)', r'(plan|open)']], "only r:17797; no planned number of centres"),
 'azx-085': ([['Bea Arthur'], ['Cape Air'], ['Logan Airport', r'passengers']], "only test-790 (mentions 'a fellow passenger'); no count"),
 'azx-086': ([['Golovin'], ['Golovin', AGE]], "hits: 'Russian-born' in test-6526 (no age) and a '23-year-old' male player in bbc sport/476"),
 'azx-087': ([['Tamimi'], ['Tamimi', AGE]], "only politics/062; no age"),
 'azx-088': ([['Sea Containers'], ['Sea Containers', r'(ships|vessels|fleet)'], ['Sea Containers', r'(containers? owned|container fleet)']], "3 Sea Containers articles; no ship count"),
 'azx-105': ([['Sea Containers'], ['Sea Containers', r'(based|headquarter|Bermuda|Hamilton|London)']], "no headquarters stated"),
 'azx-106': ([['Kendall Refining'], ['Kendall', 'Witco'], ['Kendall', r'(Bradford|Pennsylvania|based in|headquarter)']], "Kendall Refining only in r:17797; no location of the unit itself"),
 'azx-107': ([[r'Benn?etton'], [r'Benn?etton', r'(Treviso|Ponzano|Veneto|headquarter|head office|based)']], "the only hit (r:4202) has 'London-based' for Merrill Lynch, not Benetton"),
 'azx-108': ([['Aerospatiale', 'hypersonic'], ['Aerospatiale', r'(hypersonic|five times the speed)', r'(built|build|assembl|Toulouse|factory|plant)']], "only r:5514; no build site"),
 'azx-109': ([['Sybari'], ['Sybari', r'(based|headquarter|East Hampton|New York|Long Island)']], "no location for Sybari"),
 'azx-110': ([['Muslim Association of Britain'], ['Muslim', r'(election|vote)', r'(meeting|event|debate)', r'(held at|held in|venue|hall|mosque|London)']], "politics/062 names no venue; other hits are unrelated"),
}
out = []
for qid in sorted(S):
    searches, verdict = S[qid]; parts = []
    for pats in searches:
        rx = [re.compile(p, re.I) for p in pats]
        hits = [f"{f[0]}:{i}" for f, i, t in docs if all(x.search(t) for x in rx)]
        parts.append(f"[{' AND '.join(pats)}] -> {len(hits)} hits" + (f" ({' '.join(hits[:12])}{' ...' if len(hits) > 12 else ''})" if hits else ''))
    out.append(f"{qid}\t" + ' ; '.join(parts) + f"\tverdict: absent — {verdict}")
open('/work/gold/archive-zx/ABSENT_CHECKED', 'w').write('\n'.join(out) + '\n')
print('\n'.join(out))
