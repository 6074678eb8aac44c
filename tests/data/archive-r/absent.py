"""Absence checks for unanswerable questions: each search = all regexes (case-insensitive) must match an article's
title+text, over the WHOLE archive (reuters21578, bbc, agnews). Hits were then read by hand; writes ABSENT_CHECKED."""
import json, re
C = '/work/shared/corpora/'
docs = []
for f in ['reuters21578.jsonl', 'bbc.jsonl', 'agnews.jsonl']:
    for l in open(C + f, encoding='utf-8'):
        docs.append(json.loads(l))
S = {
 'ar-003': [["Foley"], ["Foley", "Dallas", "cost|mln|dlrs|charge"], ["Sanger Harris"], ["Federated", "Dallas", "distribution"]],
 'ar-004': [["Foley", "Dallas"], ["Federated", "Dallas", "consolidat"]],
 'ar-009': [["Castlemaine"], ["Toohey"], ["Allied-Lyons", "Australia"]],
 'ar-013': [["Toshiba", "superconduct"], ["superconduct", "wire"], ["Toshiba", "scientist|researcher|team|led by"]],
 'ar-014': [["Toshiba", "superconduct"], ["superconduct", "wire"]],
 'ar-015': [["Toshiba", "superconduct"], ["Toshiba", "laborator|research cent|institute"]],
 'ar-025': [["First National Bank of St. Paul"], ["Advance Circuits"], ["ADVC"], ["First Bank System", "Advance"]],
 'ar-026': [["Washington Square"]],
 'ar-034': [["Chemical", "Dubai"], ["Chemical", "Bahrain"], ["Chemical New York", "Gulf"]],
 'ar-035': [["Chemical", "Dubai"], ["Chemical", "representative office", "Gulf|Emirates"]],
 'ar-042': [["Fitzpatrick"], ["California Institute of the Arts|CalArts"], ["Los Angeles Festival"]],
 'ar-044': [["Surinam"], ["Wijdenbosch"], ["Paramaribo"]],
 'ar-049': [["Huron"], ["Swift Independent"], ["Swift", "pork plant"]],
 'ar-050': [["Huron", "pork|beef|Swift"], ["Swift Independent"]],
 'ar-051': [["Huron", "pork|beef|Swift"], ["Huron Dressed"]],
 'ar-053': [["Datapoint"], ["John Peter"], ["Datapoint", "controller"]],
 'ar-054': [["Datapoint"], ["DPT"]],
 'ar-064': [["Laidlaw Adams"], ["Laidlaw", "Peck"], ["Stifel"]],
 'ar-065': [["Laidlaw Adams"], ["Laidlaw", "Peck"]],
 'ar-067': [["Rank Xerox", "South Africa|S.African"], ["Altron"], ["Fintech"]],
 'ar-068': [["Rank Xerox", "South Africa|S.African"], ["Altron"], ["Xerox", "Johannesburg"]],
 'ar-074': [["Yelling"], ["European cross.country|European Cross Country"]],
 'ar-077': [["RNID"], ["Video Relay"], ["sign language|BSL", "relay|interpreter"], ["Currington"]],
 'ar-084': [["Kombou"], ["Jailhouse Rock"], ["Top of the Pops", "Elvis|Presley"]],
 'ar-089': [["Robben", "scan|MRI"], ["Robben", "foot|metatarsal"]],
 'ar-093': [["Sydney", "rugby", "charity|tsunami"], ["northern", "southern", "hemisphere", "rugby"], ["Australian Rugby Union|ARU", "charity|tsunami"]],
 'ar-095': [["Jansen"], ["Blackburn", "cartilage"], ["Jansen", "surgeon|operation|surgery"]],
 'ar-096': [["Jansen", "scooter"], ["scooter"]],
 'ar-097': [["Kraft", "advert|ads|commercials"], ["Kraft", "children|kids"], ["Sensible Solution"]],
 'ar-101': [["Permira"], ["Ahold", "Spain|Spanish"]],
 'ar-102': [["Permira"], ["Ahold", "Spain|Spanish"], ["Ahold", "sale|sell"]],
 'ar-108': [["Saks"], ["Saks", "stores"], ["Off 5th|Off Fifth"]],
}
NOTE = {
 'ar-003': "only 18685 covers the Foley's Dallas consolidation; it gives staff numbers (300->125), no cost/charge",
 'ar-004': "18685 gives no completion date for the consolidation (only that the Foley's/Sanger Harris merger was in January)",
 'ar-009': "Castlemaine Toohey appears only in 7918: stake 24.9 pct and an extraordinary gain of about 60 mln stg, no sale price",
 'ar-013': "only 12513 covers Toshiba's superconductive wire; it names PR manager Yuji Wakayama, no team leader",
 'ar-014': "12513 gives Toshiba's total 1985/86 R&D (190.3 billion yen), no cost of the wire project; no other article on it",
 'ar-015': "12513 names no laboratory or site; no other article on the Toshiba wire",
 'ar-025': "803 says explicitly it would not say how much the debt was; 5592 (Advance Circuits results) gives only a refinancing credit",
 'ar-026': "Washington Square Capital appears only in 803, no executive named",
 'ar-034': "Chemical Bank's Dubai office appears only in 723, no staff count",
 'ar-035': "723 gives no closing date; no other article on the Dubai office",
 'ar-042': "Robert J. Fitzpatrick appears only in 4506 (CalArts president, Los Angeles Festival director), no start date; other Fitzpatricks are different people",
 'ar-044': "1888 is the only article on the congress and gives no venue; other Surinam articles (bauxite, Suralco, court case) do not mention it",
 'ar-049': "16519 and its duplicate 16379 both say 'for undisclosed terms'",
 'ar-050': "16519/16379 give only conditions (hiring a work force, government approval), no date",
 'ar-051': "16519/16379 say completion depends on hiring an experienced work force, no number",
 'ar-053': "Datapoint appears only in 16575; Peter was controller, no successor named",
 'ar-054': "Datapoint appears only in 16575; no city given",
 'ar-064': "Laidlaw Adams and Peck appears in 2605, 6011 (as underwriter) and 19283; no executive named",
 'ar-065': "same three articles give no location for Laidlaw Adams and Peck",
 'ar-067': "18811 'for undisclosed terms'; 7136 'Terms of the deal were not disclosed'",
 'ar-068': "18811/7136 mention the Johannesburg Stock Exchange review and Namibia sales, not the unit's base",
 'ar-074': "all Yelling articles (sport/011, 024, 074, 077, 087) call her European cross-country champion without the venue",
 'ar-077': "only tech/251 covers the RNID pilot; it names one participant (Robert Currington), no count",
 'ar-084': "Kombou appears only in entertainment/242, no age",
 'ar-089': "only sport/114 mentions the scan ('had an MRI scan ... on Monday'), no place; sport/110 names a chiropractor, no scan place",
 'ar-093': "sport/402 says 'The date is yet to be decided' (June or July); sport/328/329/331 are about a different match (Rugby Aid at Twickenham)",
 'ar-095': "Jansen appears only in sport/213 (quotes assistant manager Mark Bowen), no surgeon named",
 'ar-096': "only sport/213 mentions the 'freak scooter accident two years ago', no place",
 'ar-097': "business/443 and business/226 describe the cut-back without any amount; Reuters Kraft Inc 1987 items are unrelated (1987 capital spending, FTC cheese ads)",
 'ar-101': "Permira appears only in test-3053, no executive named",
 'ar-102': "test-3053 gives no completion date; other Ahold items are about earnings/SEC settlement",
 'ar-108': "test-2975, test-2968, test-2976 give only the closures (8 Saks Fifth Avenue + 3 Off 5th), no remaining store count",
}
out = []
for qid, searches in S.items():
    parts = []
    for rs in searches:
        pats = [re.compile(p, re.I) for p in rs]
        hits = [f"{d['source']}:{d['id']}" for d in docs if all(p.search((d['title'] or '') + ' ' + d['text']) for p in pats)]
        shown = ','.join(hits[:12]) + (f',...(+{len(hits)-12})' if len(hits) > 12 else '')
        parts.append(f"[{' AND '.join(rs)}] -> {len(hits)} hits ({shown})")
    out.append(f"{qid}\tsearched whole archive (all 3 files, case-insensitive regex over title+text): " + '; '.join(parts) + f"\tverdict: not stated - {NOTE[qid]}")
open('ABSENT_CHECKED', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print('\n'.join(out))
