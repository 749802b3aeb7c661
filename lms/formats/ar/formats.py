"""Arabic date and time formats: day, month, year in the Arabic order, the Arabic comma, a 24-hour clock.

Django's own Arabic formats keep the English order for date-times ("ديسمبر 1, 2026, 3:40 م") and the
American one for short dates. Month names follow the reader's country (lms/languages/calendar.py).
"""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y، H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
# The right-to-left marks keep day, month and year in reading order around the slashes.
SHORT_DATE_FORMAT = "j\u200f/n\u200f/Y"
SHORT_DATETIME_FORMAT = "j\u200f/n\u200f/Y، H:i"
# Arabic written with Latin digits, as on these pages, takes the point for decimals and the comma for thousands
# (CLDR's "ar" with the "latn" numbering system): "2,3" beside Arabic text reads as the two numbers 2 and 3.
# Django's Arabic formats borrow the French comma.
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
