#!/usr/bin/env python3
"""Absence searches for the unanswerable questions (whole archive: all three files).
For each question: a list of searches; a search = regexes that must ALL match (case-insensitive)
within the same article (title + text).  Prints every hit with the sentence(s) matching the last regex
so the hits can be read by hand.  Output of the run is summarised in ABSENT_CHECKED."""
import json, re, sys
C = '/work/shared/corpora/'
ARTS = []
for s in ['reuters21578', 'bbc', 'agnews']:
    for l in open(C + s + '.jsonl', encoding='utf-8'):
        r = json.loads(l); ARTS.append((s, r['id'], (r['title'] or '') + '\n\n' + r['text']))
CHECKS = {
 'Unitel Video CEO': [['Unitel'], ['Unitel', r'chief executive|president|chairman|\bCEO\b']],
 'NCS president': [['National Computer'], ['National Computer', r'president|chief executive']],
 'Quaker State chairman': [['Quaker State'], ['Quaker', r'chairman|chief executive|president']],
 'Spectra-Physics CEO': [['Spectra'], ['Spectra-Physics', r'chief executive|president|chairman']],
 'Krispy Kreme CEO': [['Krispy'], ['Krispy|doughnut', r'chief executive|boss|chairman|founder']],
 'Artisan Components CEO': [['Artisan Comp'], [r'\bARM\b', r'Artisan']],
 'Hunosa founded': [['Hunosa|Hulleras'], ['Spain|Spanish', r'coal', r'founded|established|created in|set up in']],
 'Boeing acquired Hydraulic Units': [['Hydraulic Units'], ['Boeing', r'hydraulic']],
 'Fermenta founded': [['Fermenta'], ['Fermenta', r'founded|established|formed in|set up in']],
 'Alouni trial date': [['Alouni|Allouni|Alouny|Tayseer|Taysir'], ['Al-Jazeera|Al Jazeera', r'trial|court']],
 'SATS train driver dismissal date': [['South Africa', r'train driver|railway|rail workers|SATS'], ['railway', r'dismiss|fired|sacked']],
 'Landes first bought Unitel': [['Landes'], ['Unitel']],
 'New Bedford cleanup cost': [['New Bedford'], [r'PCB|polychlor', r'clean']],
 'Quebecor final coupon': [['Quebecor']],
 'Hydraulic Units net profit': [['Hydraulic Units'], ['Dowty']],
 'Stuart transfer fee': [['Graham Stuart'], ['Norwich', r'Charlton', r'fee|£']],
 'PS3 price': [[r'PlayStation 3|PS3|Playstation 3'], [r'PlayStation|Playstation', r'\$[0-9]|£[0-9]|[0-9] ?yen|price of the|will cost|retail price']],
 'Egypt gasoline price': [['Egypt', r'gasoline|petrol\b|benzine'], ['Egypt', r'piasters', r'gasoline']],
 'Liberia external debt': [['Liberia', r'debt']],
 'Hutton London staff': [['Hutton', 'London', r'employ|staff|people|workers']],
 'Hunosa workforce': [['Hunosa|Hulleras'], ['Spain|Spanish', r'coal', r'miners|workforce|employs']],
 'Bombay Palace restaurant count': [['Bombay Palace'], [r'Bombay', r'restaurants']],
 'el-Sayed age': [[r'el-Sayed|Sayed'], ['Fermenta', r'aged|year-old|, [0-9]{2},']],
 'van Gogh age': [[r'van Gogh', r'aged|year-old|, [0-9]{2},|age']],
 'Schroeder Asian tour countries': [[r'Schroeder|Schröder', r'Asia|China|Japan|Vietnam|Beijing']],
 'Hydraulic Units base': [['Hydraulic Units']],
 'Astra Corporation HQ': [['Astra Corp'], ['Zimbabwe', r'Astra']],
 'Midwest Distributing base': [['Midwest Distributing'], ["Dreyer"]],
 'Alouni held city': [['Alouni|Tayseer'], ['Al-Jazeera|Al Jazeera', r'Spain|Spanish|Madrid']],
 'Krispy Kreme HQ': [['Krispy'], [r'doughnut', r'based|headquarter|Winston']],
 'Vestey HQ': [['Vestey'], ['Agroflora']],
}
def main():
  only = sys.argv[1:]
  for name, searches in CHECKS.items():
    if only and name not in only: continue
    print('##', name)
    for regs in searches:
        ps = [re.compile(x, re.I) for x in regs]
        hits = [(s, i) for s, i, t in ARTS if all(p.search(t) for p in ps)]
        print('  search', ' AND '.join(repr(x) for x in regs), '->', len(hits), 'hits:', ', '.join('%s:%s' % h for h in hits[:25]) + (' ...' if len(hits) > 25 else ''))

if __name__ == '__main__':
    main()
