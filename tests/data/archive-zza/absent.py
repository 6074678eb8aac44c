#!/usr/bin/env python3
"""Absence checks for unanswerable questions. Each search = ';'-separated regexes that must ALL match
(case-insensitive) in one record's title+text, run over all three corpus files. Writes ABSENT_CHECKED
(one line per unanswerable question: id, question, every search with its hit count and hit ids).
Hits were read by hand (absent_hits.txt) to confirm none states the asked-for fact."""
import json, re
C = '/work/shared/corpora/'
S = {
 "What penalty does AMR pay": ["AMR|American Airlines;penalt", "AMR|American Airlines;cancel;lease", "Crandall;penalt|fee|charge", "walkaway|rent-a-plane"],
 "What is the name of the new ESOP-owned": ["Hospital Corp|HCA;ESOP|employee stock ownership", "Hospital Corp|HCA;new company;called|named|to be known|name", "HealthTrust"],
 "Who runs Hoover Plc": ["Hoover Plc|Hoover Co\\b", "Hoover;chairman|chief executive|managing director|president|head of", "Hoover;Chicago Pacific"],
 "How many people does Caesars World employ": ["Caesars", "Caesars;employ|workers|staff|jobs|people"],
 "How many people does the British audio firm Sonaptic": ["Sonaptic", "Sonaptic;staff|employ|people|workers|team"],
 "How much is Sharp paying": ["Fujitsu;LCD|liquid.crystal", "Fujitsu;Sharp", "Fujitsu;Sharp;\\$|£|yen|bn|\\dm\\b|million|billion|mln"],
 "How many copies of Half-Life 2": ["Half-Life|Half Life|HL2", "Half-Life|Half Life;copies|sold|sales|units|million"],
 "How old is Danish tennis player": ["\\bPless\\b", "Pless;\\d\\d-year|year-old|aged|\\bage\\b|, \\d\\d,"],
 "Who made the $130 million offer": ["Turner & Newall|Turner and Newall|T&N\\b", "Federal-Mogul", "130 million|\\$130|130 mln|130m", "Turner;pension;offer|bid"],
 "What were Jamaica's foreign direct investment inflows in 2002": ["Jamaica;FDI|foreign direct investment|investment flows|inflows", "Jamaica;2002", "Jamaica;invest"],
 "How many researchers will work at Cisco": ["\\bCisco\\b;Tokyo|Japan", "\\bCisco\\b;research|R ?& ?D", "\\bCisco\\b;Tokyo|Japan;engineers|researchers|staff|employ|jobs|people"],
 "How much does Procter and Gamble spend": ["Duncan Hines", "Procter;advertis", "Procter;cookie", "Wells, Rich, Greene|Wells Rich Greene"],
 "Who is Keycorp's chief executive": ["Keycorp|Key Corp\\b|KeyCorp", "Keycorp|Key Corp\\b;chairman|chief executive|president|officer|head", "Commercial Security"],
 "How many staff will Seven Oaks Direct": ["Seven Oaks", "Seven Oaks;employ|jobs|workers|staff|people|hire", "Memphis;telemarketing"],
 "How much will ZIM Energy receive": ["ZIM Energy|\\bZIM\\b", "Buccaneer;Galveston|Gulf of Mexico|field", "farm out|farmout|farm-out"],
 "When was Caesars World founded": ["Caesars", "Caesars;founded|established|formed in|incorporated|since 19\\d\\d|began in|opened in"],
 "When did Instinet's merger into Reuters": ["Instinet", "Instinet;Reuters;effective|completed|closed|complete|approved"],
 "When did Carl Greenidge become": ["Greenidge", "Guyana;finance minister;appointed|named|became|since|took office", "Guyana;minister"],
 "When was the audio technology firm Sonaptic": ["Sonaptic", "Sonaptic;founded|established|set up|formed|launched in|spun|19\\d\\d|200\\d"],
 "When will Cisco's new Tokyo": ["\\bCisco\\b;Tokyo|Japan", "\\bCisco\\b;R ?& ?D|research;open|launch|begin|start|operational"],
 "When did Michael Lawrie become": ["Lawrie", "Siebel;chief executive|CEO|chief", "Siebel;appointed|named|replac|succeed|ousted|Tom Siebel"],
 "When did Hitachi and Matsushita": ["Hitachi;Matsushita", "Hitachi;plasma", "Matsushita;plasma", "Hitachi;Matsushita;Monday|Tuesday|Wednesday|Thursday|Friday|January|February|March|April|200\\d"],
 "When was Jose Romero installed": ["Jose Romero", "Philippine Coconut Authority|\\bPCA\\b;chairman", "Philippine Coconut Authority|\\bPCA\\b;appointed|named|installed|took over|replac"],
 "Which Canadian city did GATT": ["Zeeuw", "GATT|General Agreement on Tariffs;agricultur;negotiating group", "negotiating group on agriculture;Canada|Ottawa|Toronto|Montreal|Winnipeg"],
 "Where is Siebel Systems headquartered": ["Siebel", "Siebel;San Mateo|California|Calif|headquarter|based"],
 "Where is Keycorp headquartered": ["Keycorp|Key Corp\\b|KeyCorp", "Keycorp|Key Corp\\b;Albany|New York|N\\.Y\\.|headquarter|based"],
 "Where is C.O.M.B. Co based": ["C\\.O\\.M\\.B|Cable Value Network", "C\\.O\\.M\\.B|Cable Value Network;Minneapolis|Minn\\b|Minn\\.|Plymouth|headquarter|-based|based in"],
 "Where was Instinet's special merger meeting held": ["Instinet", "Instinet;meeting;held at|in New York|hotel|offices|headquarters"],
 "In which city is insurer Standard Life": ["Standard Life", "Standard Life;Edinburgh|headquarter|based|Scotland|Scottish"],
 "How many employees does Instinet have": ["Instinet", "Instinet;employ|staff|workers|people"],
}
arch = []
for src in ['reuters21578', 'bbc', 'agnews']:
    for l in open(C + src + '.jsonl'):
        r = json.loads(l); arch.append((src, r['id'], (r['title'] or '') + ' || ' + r['text']))
G = [json.loads(l) for l in open('gold.jsonl')]
out = ['# id\tquestion\tsearches (regexes joined by ; must all match one record, case-insensitive, title+text, all 3 files) => hit count [hit ids]']
hits_txt = []
for g in G:
    if g['answers']: continue
    keys = [k for k in S if g['question'].startswith(k)]
    assert len(keys) == 1, g['question']
    parts = []
    for s in S[keys[0]]:
        pats = [re.compile(p, re.I) for p in s.split(';')]
        h = [(src, i, t) for src, i, t in arch if all(p.search(t) for p in pats)]
        ids = ','.join(f'{src}:{i}' for src, i, _ in h[:15]) + (',...' if len(h) > 15 else '')
        parts.append(f'"{s}" => {len(h)} [{ids}]')
        if len(h) <= 15:
            for src, i, t in h:
                m = pats[-1].search(t); a = max(0, m.start() - 160)
                hits_txt.append(f"{g['id']} | {s} | {src}:{i} | ...{t[a:m.end()+160]}...".replace('\n', ' '))
    out.append(f"{g['id']}\t{g['question']}\t" + ' ; '.join(parts))
open('ABSENT_CHECKED', 'w').write('\n'.join(out) + '\n')
open('absent_hits.txt', 'w').write('\n'.join(hits_txt) + '\n')
print(len(out) - 1, 'lines')
