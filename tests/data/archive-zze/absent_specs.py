SPECS={
'r4019u1':("entity Bank of British Columbia; fact chief executive/president/chairman name",[
  ["British Columbia","Bank of B"],["Bank of British Columbia|Bank of B\\.C\\.","chief executive|\\bCEO\\b|president|chairman|executive officer"],["HongKong Bank of Canada|Hongkong Bank","chief executive|president|chairman"]]),
'r4019u2':("entity Bank of British Columbia; fact date of shareholder distribution/payout",[
  ["Bank of British Columbia|Bank of B\\.C\\.","distribut"],["Bank of British Columbia|Bank of B\\.C\\.","payout|pay out|paid|payable|payment"]]),
'r11813u':("entity Taiwan Shipbreaking Industry Association; fact chairman/president",[
  ["shipbreak"],["Taiwan","ship.?break","chairman|president|head"],["TSIA"],["Lin Chung"]]),
'r10525u':("entity Nigeria-France debt accord; fact interest rate",[
  ["Nigeria","France|French"],["Nigeria","France|French","interest rate|pct interest|per cent|percent|pct"],["Nigeria","reschedul","interest rate"],["Okongwu","pct|percent|rate"]]),
'r4120u':("entity Kidston Gold Mines; fact 1987 production forecast in ounces",[
  ["Kidston"],["Kidston","1987","ounce|oz|production|output"]]),
'r5674u':("entity Joseph Harrosh / Bethlehem Steel preferred; fact purchase price",[
  ["Harrosh"],["Bethlehem","preferred","paid|price|dlrs a share|dlrs per share"]]),
'r10206u':("entity Glenwood potaba recall; fact number of patients ill/injured",[
  ["Glenwood"],["potaba"],["aminobenzoate|scleroderma"]]),
'r18502u':("entity Volvo Swiss listing; fact exact start date",[
  ["Volvo","Zurich|Basle|Geneva|Swiss bourse|Switzerland"],["Volvo","listing|listed"]]),
'r12987u':("entity Asamera Gooseberry mine; fact 1986 gold output",[
  ["Gooseberry"],["Asamera","ounces"]]),
}
SPECS.update({
'b322u':("entity Liberal Democrats donations; fact third-quarter 2004 total",[
  ["Liberal Democrat|Lib Dem","donation"],["Liberal Democrat|Lib Dem","donation","third quarter|July|September|Q3"],["Electoral Commission","quarter"]]),
'b298u':("entity UK party state funding; fact current annual amount",[
  ["state funding","part(y|ies)"],["Short money|policy development grant"],["state funding","£[0-9]"]]),
't034u':("entity IT Safe / NISCC; fact cost of service",[
  ["IT Safe"],["NISCC"],["NISCC|IT Safe","cost|£|budget|million|\\bm\\b"]]),
'b282u':("entity China Three Gorges Project Corp; fact chief executive/head name",[
  ["Three Gorges"],["Three Gorges","chief executive|president|general manager|chairman|head of|boss"]]),
'b354u':("entity Phuket; fact number of tourists in 2004",[
  ["Phuket"],["Phuket","tourist|visitor","[0-9]"]]),
'e148u':("entity British Music Rights education pack; fact production cost",[
  ["British Music Rights|\\bBMR\\b"],["copyright","pack","cost|£|spent|budget"]]),
'e300u':("entity film Kisna; fact production budget",[
  ["Kisna"],["Subhash Ghai|Ghai"],["Bollywood","budget","Kisna|Ghai"]]),
'a3954u':("entity deca-ironman world record; fact holder's name",[
  ["deca-?iron|deca iron|decaironman"],["ironman","record","German"],["ironman","housewife"]]),
'a4242u':("entity Alaska Travel Industry Association; fact president's name",[
  ["Alaska Travel"],["Alaska","touris","president"],["ATIA"]]),
'r14154u':("entity Contractors Planning Group; fact founding date",[
  ["Contractors Planning"],["Corroon","Contractors"],["Contractors Planning","founded|established|formed|since|19[0-9][0-9]"]]),
'r14847u':("entity Bangladesh aid donors' Paris meeting 1987; fact exact date",[
  ["Bangladesh","donor|aid group|consortium|aid-group"],["Bangladesh","Paris"],["Bangladesh","April [0-9]|May [0-9]"]]),
'r21239u':("entity Perry Drug Stores; fact headquarters location",[
  ["Perry Drug"],["Perry Drug","based|headquarter|Pontiac|Mich"],["Perry Drug","Pontiac"]]),
'r7679u':("entity Illinois Tool Works sale of two divisions to Eclipse; fact price",[
  ["Eclipse"],["Illinois Tool","Eclipse|Drill and End Mill|Counterbore"],["Illinois Tool","divisions?","mln dlrs|dlrs"]]),
'r7985u':("entity LAC Minerals Lake Shore Mine; fact acquisition year",[
  ["Lake Shore"],["LAC Minerals|\\bLAC\\b","Lake Shore|Kirkland"],["LAC Minerals","acquired|bought|purchase"]]),
'r16320u':("entity Columbia Aluminum / Goldendale smelter; fact agreed price",[
  ["Goldendale"],["Columbia Alumin"],["Comalco|Commonwealth Alumin","Columbia","mln dlrs|price"]]),
'r21294u':("entity IBM-NYNEX ISDN field trial; fact location",[
  ["NYNEX","IBM|International Business Machines"],["ISDN|Integrated Services Digital"],["NYNEX","trial"]]),
'r17262u':("entity Hiroshi Saito (Nippon Steel); fact age",[
  ["Hiroshi Saito"],["Nippon Steel","Saito"],["Nippon Steel","president","aged|[0-9]{2}-year-old|age [0-9]|, [0-9]{2},"]]),
'r4893u':("entity Bally / Golden Nugget Atlantic City purchase; fact completion date",[
  ["Golden Nugget"],["Bally","Golden Nugget","complet|closed|acquired"]]),
'r1654u':("entity Hyundai Motor America; fact headquarters",[
  ["Hyundai Motor America"],["Hyundai","Garden Grove|Fountain Valley|headquarter|based in"]]),
'r4406u':("entity Cummins Engine Columbus plants; fact number of employees there",[
  ["Cummins"],["Cummins","Columbus"],["Cummins","employ|workers|workforce"]]),
'r10206u2':("entity Glenwood Inc; fact location",[
  ["Glenwood"],["potaba"]]),
'r19611u1':("entity Munson Geothermal; fact headquarters",[
  ["Munson Geothermal"],["Munson","geothermal","based|headquarter"]]),
'r3656u':("entity Kinburn Technology/Industrial Corp; fact location",[
  ["Kinburn"],["Kinburn","based|headquarter|Ottawa|Toronto|Ont"]]),
'a3098u1':("entity Ember (ZigBee start-up); fact location",[
  ["\\bEmber\\b"],["ZigBee"],["Ember","based|Boston|Massachusetts|Mass\\."]]),
't362u':("entity Mirapoint; fact headquarters",[
  ["Mirapoint"]]),
'r4120u2':("entity Placer Development; fact headquarters",[
  ["Placer Development"],["Placer","Vancouver|based|headquarter"]]),
'r12987u2':("entity Asamera Inc; fact headquarters",[
  ["Asamera"],["Asamera","Calgary|based|headquarter|Alberta"]]),
'r19611u2':("entity Munson Geothermal; fact chief executive",[
  ["Munson Geothermal"],["Munson","chief executive|president|chairman|officer"]]),
'r4120u3':("entity Kidston Gold Mines; fact chairman",[
  ["Kidston"],["Kidston","chairman|chief executive|managing director|president"]]),
'r10206u3':("entity Glenwood Inc; fact chief executive",[
  ["Glenwood"],["Glenwood","chief executive|president|chairman"]]),
'r7985u2':("entity Lake Shore Mine; fact 1985 gold output",[
  ["Lake Shore"],["LAC Minerals","ounces","1985"]]),
'a3098u2':("entity Ember (ZigBee); fact employee count",[
  ["\\bEmber\\b"],["ZigBee","employ|staff|workers"]]),
'r5674u2':("entity Joseph Harrosh; fact date he bought Bethlehem preferred",[
  ["Harrosh"],["Bethlehem","preferred","bought|acquired|purchas"]]),
'a3098u3':("entity Ember (ZigBee); fact founding date",[
  ["\\bEmber\\b"],["ZigBee","founded|established|formed"]]),
})
SPECS.update({
'r10206u4':("entity Glenwood potaba lot 54238; fact manufacture date",[
  ["Glenwood"],["potaba"],["54238"],["Vitarine"]]),
})
SPECS.pop('r4893u',None)
