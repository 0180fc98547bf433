# Words and formats every document and the interface share.

## Dates: "12 May 2021". $day and $year are numbers, $month a name from below.
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
