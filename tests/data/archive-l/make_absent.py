#!/usr/bin/env python3
"""Writes ABSENT_CHECKED: one line per unanswerable question with the whole-archive searches run
(from absent_check.py), their hit counts, and the outcome of reading the hits."""
import json, re
import absent_check as A   # runs nothing at import except loading the archive (printing is in __main__ guard below)
MAP = {
 "Who is the chief executive of Unitel Video?": ('Unitel Video CEO', "only hit 2219 names holders Landes/Schwartz, no officer"),
 "Who is president of National Computer Systems?": ('NCS president', "7 NCS stories read; only chairman Charles Oswald named"),
 "Who is chairman of Quaker State Oil Refining?": ('Quaker State chairman', "2 stories, no officer named"),
 "Who is Spectra-Physics' chief executive?": ('Spectra-Physics CEO', "Spectra-Physics stories name only Robert Bruce (Reliance designee, resigned) and advisers; no CEO"),
 "Who is Krispy Kreme's chief executive?": ('Krispy Kreme CEO', "single story names only JP Morgan analyst John Ivankoe"),
 "Who runs Artisan Components, the chip design firm ARM is buying?": ('Artisan Components CEO', "only test-419; other 'ARM'+'Artisan' hits are 'partisan' in unrelated 1987 stories"),
 "When was Spain's state coal company Hunosa founded?": ('Hunosa founded', "only 7890 mentions Hunosa; no founding date anywhere"),
 "When did Boeing acquire Hydraulic Units Inc?": ('Boeing acquired Hydraulic Units', "18435 only; 11538 is E-Systems hydraulic orders, unrelated"),
 "In what year was Fermenta founded?": ('Fermenta founded', "Fermenta stories (2652, 3081, 4677 + unrelated 'fermentation' hits) give no founding year"),
 "When will Tayseer Alouni's trial begin?": ('Alouni trial date', "test-6161 says only 'ahead of their trial', no date"),
 "When was the train driver whose dismissal sparked the 1987 South African rail strike fired?": ('SATS train driver dismissal date', "12519 mentions the dismissal without a date; other hits are Tanzania/Zambia/Soweto or unrelated dismissals"),
 "When did Michael Landes first buy shares in Unitel Video?": ('Landes first bought Unitel', "Unitel only in 2219 (gives Sept takeover agreement, not purchase date); other 'Landes' hits are Landesbank or ALMI Group 19839 (no Unitel)"),
 "What will the cleanup of New Bedford harbor cost?": ('New Bedford cleanup cost', "1632 says cost not yet determined; 91/6087 are other PCB cleanups; 4319/14069 are a savings bank"),
 "What coupon was finally fixed on Quebecor's 60 mln dlr convertible bond?": ('Quebecor final coupon', "3 Quebecor stories: 79 (unrelated), 10732/10764 give only indicated 5-3/4 to six pct, final terms due April 6 never reported"),
 "What was Hydraulic Units Inc's 1986 net profit after tax?": ('Hydraulic Units net profit', "18435 gives only pretax profit 4.3 mln dlrs; 17540 is another Dowty deal"),
 "What fee did Norwich pay Charlton for Graham Stuart?": ('Stuart transfer fee', "sport/186 says 'undisclosed fee'; no other story"),
 "How much will Sony's PlayStation 3 cost?": ('PS3 price', "10 PS3 stories read: no price; the 20 price hits concern PS2/PSP/other products"),
 "What does gasoline cost in Egypt after the April 1987 fuel price rises?": ('Egypt gasoline price', "17409 says no gasoline increase was announced and gives no gasoline price"),
 "How large is Liberia's external debt?": ('Liberia external debt', "business/107 says only 'large external debt'; 14537 is Bermuda Star"),
 "How many people does E.F. Hutton employ in London?": ('Hutton London staff', "20051 gives 16,000-17,000 worldwide only; 8628/8666 are Nippon Life/Shearson"),
 "How many workers does Hunosa employ?": ('Hunosa workforce', "7890 gives only the 2,000 job cuts; 12533 is a general Spanish strike story"),
 "How many restaurants does Bombay Palace Restaurants operate?": ('Bombay Palace restaurant count', "6930 and 7381 give no restaurant count"),
 "How old is Fermenta founder Refaat el-Sayed?": ('el-Sayed age', "no age in the three el-Sayed stories; other 'Sayed' hits are 'assayed' in mining stories"),
 "How old was Theo van Gogh when he was killed?": ('van Gogh age', "all 9 van Gogh stories read (bbc entertainment/029, 057, 329, tech/208; agnews test-5042, 5122, 5128, 5528, 6124): no age"),
 "How many countries did Gerhard Schroeder's Asian tour that began in China cover?": ('Schroeder Asian tour countries', "test-3626 gives only 'five day Asian tour'; bbc business/269 gives a three-day Beijing visit; no country count"),
 "Where is Hydraulic Units Inc based?": ('Hydraulic Units base', "single story, no location"),
 "In which city is Zimbabwe's Astra Corporation headquartered?": ('Astra Corporation HQ', "12546 only; other 'Astra' hits are AB Astra (Sweden), AstraZeneca, Astral Pacific"),
 "Where is Midwest Distributing Co, acquired by Dreyer's, based?": ('Midwest Distributing base', "4751 only; 8384/16636 Dreyer hits do not mention Midwest"),
 "In which Spanish city is Al-Jazeera's Tayseer Alouni being held?": ('Alouni held city', "test-6161 says only 'a Spanish court'"),
 "Where is Krispy Kreme headquartered?": ('Krispy Kreme HQ', "single story, no location"),
 "In which city is the Vestey Group headquartered?": ('Vestey HQ', "business/029 and 388 call it a UK/British group; no city"),
}
if __name__ == '__main__':
    rows = [json.loads(l) for l in open('gold.jsonl', encoding='utf-8')]
    out = []
    for r in rows:
        if r['answers']: continue
        name, note = MAP[r['question']]
        parts = []
        for regs in A.CHECKS[name]:
            ps = [re.compile(x, re.I) for x in regs]
            hits = [(s, i) for s, i, t in A.ARTS if all(p.search(t) for p in ps)]
            parts.append('[%s] -> %d hits' % (' AND '.join(regs), len(hits)))
        out.append('%s\t%s\tsearches (all 3 files, case-insensitive, title+text): %s\tread hits: %s' % (r['id'], r['question'], '; '.join(parts), note))
    open('ABSENT_CHECKED', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    print(len(out), 'lines')
