from qlib import Q
Q('t034a','who',"Which body runs the UK government's IT Safe alert service?",["NISCC","National Infrastructure Security Coordination Centre"],'b','tech/034',"The NISCC, which is running the service")
Q('a2826b','where',"In which city was the 2004 Hansol Korea Open played?",["SEOUL"],'a','test-2826',"SEOUL (Reuters)")
Q('a490b','how_many',"How long is Philip Rivers' deal with the Chargers?",["six-year"],'a','test-490',"a six-year deal",{"count":6})
