import locale
print(locale.getlocale(), locale.setlocale(locale.LC_CTYPE), locale.setlocale(locale.LC_ALL), locale.getpreferredencoding(), locale.getencoding(), locale.localeconv())
print(locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE, locale.LC_MONETARY, locale.LC_MESSAGES, locale.LC_ALL, locale.CHAR_MAX)
print(locale.format_string('%.2f', 1234.5, grouping=True), locale.str(1.5), locale.atof('3.5'), locale.atoi('42'), locale.normalize('en_US.utf8'), locale.strcoll('a','b'), locale.setlocale(locale.LC_ALL, 'C'), locale.getlocale())
try: locale.setlocale(locale.LC_ALL, 'xx_YY')
except locale.Error as e: print(e)
