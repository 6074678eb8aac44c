#!/usr/bin/env python3
"""Loose absence checks for the unanswerable questions -> ABSENT_CHECKED (one line per question).
Each search = list of regexes that must ALL match the same article (title+text), case-insensitive,
over all three corpus files. Hit counts and the matching ids (up to 12) are written out; every hit
was then read by hand (see README)."""
import json,re
C='/work/shared/corpora/'
docs=[]
for src,fn in [('reuters21578','reuters21578.jsonl'),('bbc','bbc.jsonl'),('agnews','agnews.jsonl')]:
    for l in open(C+fn):
        r=json.loads(l); docs.append((src,r['id'],(r['title'] or '')+' \n '+r['text']))
AGE=r"\d+[- ]year[- ]old|aged \d+|, \d\d,|\bage\b|years old"
HQ=r"headquarter|head office|-based|based in|based at|\bof [A-Z][a-z]+, [A-Z][a-z]*\.|offices? in"
FOUND=r"founded|established|set up|formed|incorporated|created|since 1[89]\d\d|in 1[89]\d\d"
CHECKS={
"How old is Oklahoma banking commissioner Robert Empie?":("reuters21578:3891",[["Empie"],["Empie",AGE],["Oklahoma","banking commissioner|bank commissioner"]]),
"How many crew members were aboard the Kuwaiti speed boats Iran seized in 1987?":("reuters21578:17925",[["Kuwait","speed ?boats?|fishing (boats|vessels)"],["Kuwait","boat|vessel","crew|sailors|fishermen|seamen"],["Kuwait","boat|vessel","\\d+ (crew|sailors|fishermen|men|seamen)|(crew|sailors|fishermen) of \\d+"],["Khur Abdullah|Khor Abdullah|spy boat|spying"]]),
"How many people does Computer Sciences Corp employ?":("reuters21578:7801",[["Computer Sciences"],["Computer Sciences","employ|workers|staff|jobs|workforce|people"],["\\bCSC\\b","employ|workers|staff"]]),
"Who is the chief executive of U.S. Shoe?":("reuters21578:9552",[["U\\.? ?S\\.? Shoe|US Shoe"],["U\\.? ?S\\.? Shoe|US Shoe","chairman|president|chief executive|officer|\\bCEO\\b|head"],["\\bUSR\\b"]]),
"How much would the proposed natural gas pipeline from Nova Scotia to New England cost?":("reuters21578:18401",[["Nova Scotia","pipeline"],["New England","pipeline","cost|dlrs|bln|billion|mln|million"],["Peckford"],["Sable|offshore gas","New England"]]),
"On what date is Allis-Chalmers' sale of its mining equipment businesses to Boliden expected to close?":("reuters21578:11910",[["Allis"],["Allis","Boliden"],["Allis","Boliden","clos(e|ing)|complet|expected|by (the end|mid|June|July|May)|effective"]]),
"What stake in CBS does Loews Corp hold?":("reuters21578:13614",[["Loews"],["Loews","CBS"],["Loews|Tisch","CBS","pct|percent|%|stake|shares"]]),
"How much coffee will Madagascar export in 1987?":("reuters21578:7143",[["Madagascar"],["Madagascar","coffee"],["Madagascar","export","tonnes|tons"]]),
"Which West German bank was Banca Nazionale del Lavoro negotiating to buy in 1987?":("reuters21578:1076",[["Banca Nazionale|\\bBNL\\b"],["Banca Nazionale|\\bBNL\\b","German|Germany"],["Italian|Italy","bank","buy|acquire|takeover|stake","West German bank|German bank"]]),
"Who will succeed Armin Dassler as head of Puma's managing board?":("reuters21578:21500",[["Dassler"],["Puma","chairman|successor|succeed|replace|chief executive"],["Puma AG|Puma's"]]),
"What operating profit did Renault report for 2004?":("bbc:business/247",[["Renault"],["Renault","operating (profit|income|margin)"],["Renault","2004","profit"]]),
"What is Dainik Jagran's daily circulation?":("bbc:business/325",[["Jagran"],["Dainik|Jagran","copies|circulation|readers|readership"],["Hindi","newspaper|daily","copies|readers|circulation"]]),
"How much does a day ticket for the 2005 Reading festival cost?":("bbc:entertainment/322",[["Reading","festival"],["Reading|Leeds","festival","ticket"],["Reading|Leeds","festival","day ticket|per day|a day|£\\d+"]]),
"Where is Electronic Mail Corp of America headquartered?":("reuters21578:7778",[["Electronic Mail Corp|EMCA"],["Electronic Mail Corp|EMCA",HQ]]),
"Where is Computer Sciences Corp headquartered?":("reuters21578:7801",[["Computer Sciences"],["Computer Sciences",HQ+"|El Segundo|Los Angeles|Calif"]]),
"In which city is U.S. Shoe Corp based?":("reuters21578:9552",[["U\\.? ?S\\.? Shoe|US Shoe"],["U\\.? ?S\\.? Shoe|US Shoe",HQ+"|Cincinnati|Ohio"]]),
"In which town does Puma have its head office?":("reuters21578:21500",[["Puma"],["Puma",HQ+"|Herzogenaurach|Bavaria|Nuremberg"],["Dassler"]]),
"In which city is Renouf Corp headquartered?":("reuters21578:4064",[["Renouf"],["Renouf",HQ+"|Wellington|Auckland"]]),
"Where is Indian newspaper group Jagran based?":("bbc:business/325",[["Jagran"],["Jagran",HQ+"|Kanpur|Uttar Pradesh|Lucknow|Delhi"]]),
"Where was Robert Empie's out-of-state meeting?":("reuters21578:3891",[["Empie"],["Empie","meeting|conference|trip|travel|out of state|outside the state"]]),
"In which city is the Association of European Airlines based?":("reuters21578:15706",[["European Airlines|\\bAEA\\b"],["European Airlines|\\bAEA\\b",HQ+"|Brussels"]]),
"When did Robert Empie become Oklahoma's banking commissioner?":("reuters21578:3891",[["Empie"],["Empie","appointed|named|became|took office|since|19\\d\\d"],["Oklahoma","banking commissioner","appointed|named"]]),
"When was coffee trader Teck Hock founded?":("reuters21578:11816",[["Teck Hock"],["Teck Hock",FOUND]]),
"When was Wood Gundy founded?":("reuters21578:19597",[["Wood Gundy"],["Wood Gundy",FOUND]]),
"When did Armin Dassler become chairman of Puma's managing board?":("reuters21578:21500",[["Dassler"],["Dassler","since|became|appointed|took over|named|19[0-8]\\d"]]),
"When did Julian Thompson become chairman of Anglo American Gold?":("reuters21578:11122",[["Julian Thompson"],["Anglo American Gold"],["Anglo American Gold","chairman","since|became|appointed|named|took over"]]),
"When was the Association of European Airlines set up?":("reuters21578:15706",[["European Airlines|\\bAEA\\b"],["European Airlines|\\bAEA\\b",FOUND]]),
"When was Electronic Mail Corp of America founded?":("reuters21578:7778",[["Electronic Mail Corp|EMCA"],["Electronic Mail Corp|EMCA",FOUND]]),
"Who is the managing director of Teck Hock?":("reuters21578:11816",[["Teck Hock"],["Teck Hock","chairman|managing director|president|chief executive|owner|founder|director|head"]]),
"Who is the chairman of Wood Gundy?":("reuters21578:19597",[["Wood Gundy"],["Wood Gundy","chairman|president|chief executive|head of"]]),
"How many people does Puma employ?":("reuters21578:21500",[["Puma"],["Puma","employ|workers|staff|workforce|jobs|people"]]),
"How many people were aboard the Venezuelan military plane that crashed into a mountain?":("agnews:test-403",[["Venezuela","plane|aircraft|airplane"],["Venezuela","crash"],["Venezuela","aboard|on board|passengers|crew"]]),
}
def run(pats):
    ps=[re.compile(p,re.I) for p in pats]
    return [(s,i) for s,i,t in docs if all(p.search(t) for p in ps)]
if __name__=='__main__':
    out=open('ABSENT_CHECKED','w')
    for q,(art,searches) in CHECKS.items():
        parts=[]
        for pats in searches:
            h=run(pats)
            ids=','.join(f"{s}:{i}" for s,i in h[:12])+(' ...' if len(h)>12 else '')
            parts.append(f"{' + '.join('/'+p+'/' for p in pats)} -> {len(h)} [{ids}]")
        out.write(f"{q}\tnear-miss article {art}\t"+' ; '.join(parts)+'\n')
    out.close()
