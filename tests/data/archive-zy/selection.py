# indices (into draft Q order) of draft questions NOT kept in the final set (trimmed for type balance / size)
DROP={10,12,19,23,28,32,44,48,49,50,61,67,71,77,86,91,102,116,134, 20,22,43,66,75,76,82,96,121,128,138, 17,18,30,68,80,90,117,122,55, 46}
