import json
M={
"What rent will Steinweg charge at the LME's Singapore warehouse?":"What storage rent does Steinweg charge at LME Singapore?",
"What were Compaq Computer's sales in the first quarter of 1986?":"What were Compaq's first-quarter 1986 sales?",
"How many terminals can Honeywell Bull's new DPS 7000 systems support?":"How many terminals can Honeywell Bull's DPS 7000 support?",
"On what date was the computer company Honeywell Bull formed?":"When was the computer company Honeywell Bull formed?",
"How big a stake does Deutsche Bank hold in Morgan Grenfell?":"What stake does Deutsche Bank hold in Morgan Grenfell?",
"In which city is Federated's Lazarus department store division based?":"In which city is Federated's Lazarus division based?",
"Who is executive officer of the California Board of Accountancy?":"Who runs the California Board of Accountancy?",
"How much did Taiwan invest in the United States in 1986?":"What was Taiwan's 1986 investment in the United States?",
"Who was named vice-president of compliance at the Chicago Mercantile Exchange?":"Who became the Chicago Mercantile Exchange's compliance chief?",
"What salary will Paul O'Kelly earn as the CME's compliance chief?":"What will the CME pay compliance chief Paul O'Kelly?",
"What is India's defence budget after the Chidambaram budget increase?":"How big is India's defence budget after Chidambaram's increase?",
"How many tonnes of crops did Ethiopia harvest in 2004?":"What was Ethiopia's 2004 crop production?",
"Who heads the FAO's Global Information and Early Warning System?":"Who heads FAO's Global Information and Early Warning System?",
"Which Colombian deputy planning director said poverty funds were badly distributed?":"Who is Colombia's deputy planning director?",
"Who bought Jimi Hendrix's 1965 Fender Stratocaster at the London auction?":"Who bought Jimi Hendrix's 1965 Fender Stratocaster?",
"How many viewers watched the first episode of Passport to Paradise?":"How many viewers saw Passport to Paradise's first episode?",
"Who will become Unilever's group chief executive under its restructuring?":"Who will become Unilever's group chief executive?",
"In which city will Unilever's single new head office be located?":"Where will Unilever's new single head office be?",
"From which country will the Philippines import 250,000 bags of cement?":"From which country is the Philippines importing cement?",
"In what year did IBM buy the telephone switchboard maker Rolm?":"When did IBM acquire Rolm?",
"To what date did CooperVision postpone its 1987 annual meeting?":"When is CooperVision's postponed 1987 annual meeting?",
"What stake does financier Carl Lindner hold in Taft Broadcasting?":"What stake does Carl Lindner hold in Taft Broadcasting?",
"How much will Pfizer pay to settle its asbestos injury lawsuits?":"How much will Pfizer pay to settle asbestos lawsuits?",
"Which Pfizer subsidiary made the insulation products behind its asbestos settlement?":"Which Pfizer subsidiary made the asbestos insulation products?",
"How old was the boy in Roy Keane's alleged confrontation?":"How old was the boy Roy Keane allegedly confronted?",
"At which Kabul prison did al Qaeda inmates try to break out?":"Which Kabul prison saw the al Qaeda jailbreak attempt?",
}
L=[json.loads(l) for l in open('draft.jsonl')]
used=set()
for q in L:
    if q['question'] in M: used.add(q['question']); q['question']=M[q['question']]
assert used==set(M), set(M)-used
open('draft.jsonl','w').write(''.join(json.dumps(q,ensure_ascii=False)+'\n' for q in L))
# keep absent specs in sync
S=[json.loads(l) for l in open('absent_specs.jsonl')]
for s in S:
    if s['q'] in M: s['q']=M[s['q']]
open('absent_specs.jsonl','w').write(''.join(json.dumps(s,ensure_ascii=False)+'\n' for s in S))
print(sum(len(q['question'].split())<10 for q in L))
