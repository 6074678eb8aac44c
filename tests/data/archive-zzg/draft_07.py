from lib import Q
Q('when', "On what date was Russia's auction of Yukos's main production unit set?", ["December 19", "19 December"], 'a:test-6132',
  "setting a date of December 19 for an auction of its main production unit", None,
  also=[('b:business/299', "due to auction off Yuganskneftegas on 19 December"),
        ('b:business/358', "the Kremlin's auction of Yuganskneftegas on 19 December")])
Q('when', "When was the EU due to decide on opening entry talks with Turkey?", ["December 17th", "17 December"], 'a:test-4276',
  "the decision that the European Council would make on December 17th", None,
  also=[('b:business/277', "ahead of 17 December, when the European Union will decide whether to start entry talks"),
        ('b:business/469', "The EU will decide on 17 December whether to begin entry talks with Turkey.")])
Q('when', "When did Margaret Hassan's sisters speak to the media in Dublin?", ["Tuesday, Nov. 2, 2004", "Nov. 2, 2004"], 'a:test-5012',
  "make a statement to the media in Dublin Tuesday, Nov. 2, 2004.", "2004-11-02")
Q('when', "When did the Knicks beat the Raptors 108-102?", ["Saturday, Nov. 27, 2004", "Nov. 27, 2004"], 'a:test-6500',
  "against the Toronto Raptors during the second quarter Saturday, Nov. 27, 2004", "2004-11-27")
Q('when', "Until when would the 1987 House trade bill extend the administration's authority to negotiate trade agreements?", ["January 1993"], 'r:4552',
  "It extends until January 1993, the administration's authority to negotiate trade agreements", "1993-01",
  also=[('r:5057', "President Reagan's authority to negotiate a new GATT agreement would be extended through January 1993")])
Q('when', "When did Barclays' cut in base rate to 10.5 pct take effect in March 1987?", ["tomorrow"], 'r:3103',
  "The rate changes take effect tomorrow.", "1987-03-10",
  also=[('r:3092', "The rate changes take effect tomorrow."), ('r:3122', "The rate changes take effect tomorrow.")])
Q('how_many', "How many industrial robots were sold worldwide in the first half of 2004?", about='a:test-4164',
  absent="/industrial robots|robot/ 40 articles; +/first half|units|sold/ 6 (test-4164 no unit count; bbc tech/246 gives 81,000 units for 2003 and 106,000 forecast for 2007, not H1 2004; others unrelated)")
Q('how_much', "How much will Toshiba and TCL invest in their appliance alliance?", about='a:test-5076',
  absent="/Toshiba/ +/TCL/ 1 article (test-5076, no amount); /TCL/ 19 hits, all other hits are 'nightclub'/'outclassed' substrings")
Q('where', "In which city were the Darfur peace talks held in late 2004?", ["ABUJA", "Abuja"], 'a:test-4972',
  "ABUJA (AFP) - African Union mediators met separately with Sudanese government envoys", None,
  also=[('a:test-562', "the Abuja peace talks"), ('a:test-1818', "ABUJA (Reuters) - Peace talks between Sudan's government and Darfur rebels"),
        ('a:test-1982', "ABUJA (Reuters) - Sudan blamed the United States for the failure of three weeks of peace talks"),
        ('a:test-7102', "Darfur 's rebel leaders held preliminary talks with African Union mediators in Abuja"),
        ('a:test-7571', "ABUJA (Reuters) - The African Union issued a 24-hour deadline")])
