"""locale — the C library's locale categories, restricted to C and C.UTF-8.

asp formats numbers and dates the C way and has no binding to setlocale(3),
so only the "C"/"POSIX" locale (and "C.UTF-8", in force at startup for
LC_CTYPE, as CPython arranges) can be selected; any other name raises
locale.Error('unsupported locale setting').  localeconv(), format_string(),
str(), atof() and friends therefore behave as in the C locale.
"""

import sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "LC_MESSAGES"]

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

_CATEGORY_NAMES = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE',
                   'LC_MONETARY', 'LC_MESSAGES', 'LC_PAPER', 'LC_NAME',
                   'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT',
                   'LC_IDENTIFICATION']


class Error(Exception):
    pass


_settings = {name: 'C' for name in _CATEGORY_NAMES}
_settings['LC_CTYPE'] = 'C.UTF-8'

_ACCEPTED = {'C': 'C', 'POSIX': 'C', 'C.UTF-8': 'C.UTF-8', 'C.utf8': 'C.UTF-8',
             'C.UTF8': 'C.UTF-8', 'C.utf-8': 'C.UTF-8'}


def _category_name(category):
    if not isinstance(category, int) or not 0 <= category <= LC_ALL:
        raise Error('unsupported locale setting')
    return None if category == LC_ALL else _CATEGORY_NAMES[category]


def setlocale(category, locale=None):
    """Query (locale None) or set the locale of category."""
    name = _category_name(category)
    if locale is not None:
        if not isinstance(locale, _builtin_str):
            locale = normalize(_build_localename(locale))
        if locale == '':
            targets = _CATEGORY_NAMES if name is None else [name]
            for t in targets:
                _settings[t] = _from_environment(t)
        else:
            value = _ACCEPTED.get(locale)
            if value is None:
                raise Error('unsupported locale setting')
            targets = _CATEGORY_NAMES if name is None else [name]
            for t in targets:
                _settings[t] = value
    if name is not None:
        return _settings[name]
    values = set(_settings.values())
    if len(values) == 1:
        return values.pop()
    return ';'.join('%s=%s' % (n, _settings[n]) for n in _CATEGORY_NAMES)


def _from_environment(category):
    """The locale the environment asks for category, as far as asp has it."""
    import os
    for var in ('LC_ALL', category, 'LANG'):
        value = os.environ.get(var)
        if value:
            break
    else:
        return 'C'
    value = normalize(value)
    if value == 'C':
        return 'C'
    # Other UTF-8 locales are served by C.UTF-8: asp formats the C way.
    return 'C.UTF-8'


def resetlocale(category=LC_ALL):
    setlocale(category, '')


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def normalize(localename):
    """A locale name in the canonical language_TERRITORY.ENCODING form."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    if '@' in code:
        code, modifier = code.split('@', 1)
    else:
        modifier = ''
    if '.' in code:
        langname, encoding = code.split('.')[:2]
    else:
        langname, encoding = code, ''
    if langname in ('c', 'posix'):
        langname = 'C'
    elif '_' in langname:
        lang, _, terr = langname.partition('_')
        langname = lang + '_' + terr.upper()
    enc = encoding.replace('-', '').replace('_', '')
    if enc in ('utf8',):
        encoding = 'UTF-8'
    elif enc in ('iso88591', 'latin1'):
        encoding = 'ISO8859-1'
    elif encoding:
        encoding = encoding.upper()
    if langname != 'C' and not encoding and '_' in langname:
        encoding = 'ISO8859-1'
    result = langname + ('.' + encoding if encoding else '')
    if modifier:
        result += '@' + modifier
    return result


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
    if '.' in code:
        return tuple(code.split('.')[:2])
    elif code == 'C':
        return None, None
    elif code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of category."""
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    if localename == 'C.UTF-8':
        return ('en_US', 'UTF-8')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import os
    import warnings
    warnings.warn(
        "'locale.getdefaultlocale' is deprecated and slated for removal in "
        "Python 3.15. Use setlocale(), getencoding() and getlocale() instead.",
        DeprecationWarning, stacklevel=2)
    for variable in envvars:
        localename = os.environ.get(variable, None)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    if normalize(localename) == 'C.UTF-8':
        return ('en_US', 'UTF-8')
    try:
        return _parse_localename(localename)
    except ValueError:
        return (None, None)


def getencoding():
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    return 'UTF-8'


def localeconv():
    """The C locale's number formatting conventions."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    """Compare two strings in the C locale: code point order."""
    return (a > b) - (a < b)


def strxfrm(s):
    return s


def format_string(f, val, grouping=False, monetary=False):
    """f % val; the C locale has no digit grouping."""
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using "
                     "the 'C' locale.")


def str(val):
    """float val as '%.12g'."""
    return format_string("%.12g", val)


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))
