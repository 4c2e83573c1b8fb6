"""fnmatch — Unix shell-style wildcards: fnmatch, fnmatchcase, filter, translate.

*, ?, [seq] and [!seq] are matched directly (asp has no re module); translate()
still returns the regular expression text CPython 3.11 produces for the
common patterns.  Names are compared as-is (POSIX: normcase does nothing).
"""

import os
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    name = os.path.normcase(name) if hasattr(os.path, "normcase") else name
    pat = os.path.normcase(pat) if hasattr(os.path, "normcase") else pat
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=256)
def _compile(pat):
    """The pattern as a tuple of items: a str (literal), None (?), True (*)
    or (negated, chars, ranges) for a bracket set; False matches nothing."""
    items = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not items or items[-1] is not True:
                items.append(True)
        elif c == '?':
            items.append(None)
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                items.append('[')
                continue
            body = pat[i:j]
            i = j + 1
            negated = body[:1] == '!'
            if negated:
                body = body[1:]
            chars = []
            ranges = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    lo, hi = body[k], body[k + 2]
                    if lo <= hi:
                        ranges.append((lo, hi))
                    k += 3
                else:
                    chars.append(body[k])
                    k += 1
            if not chars and not ranges:
                items.append(None if negated else False)
            else:
                items.append((negated, frozenset(chars), tuple(ranges)))
        else:
            items.append(c)
    return tuple(items)


def _match_one(item, ch):
    if item is None:
        return True
    if item is False:
        return False
    if isinstance(item, str):
        return item == ch
    negated, chars, ranges = item
    hit = ch in chars
    if not hit:
        for lo, hi in ranges:
            if lo <= ch <= hi:
                hit = True
                break
    return hit != negated


def fnmatchcase(name, pat):
    """Does name match pat?  (No case folding.)"""
    items = _compile(pat)
    ni = pi = 0
    star_p = -1
    star_n = 0
    nn, np = len(name), len(items)
    while ni < nn:
        if pi < np and items[pi] is not True and _match_one(items[pi], name[ni]):
            ni += 1
            pi += 1
        elif pi < np and items[pi] is True:
            star_p = pi
            star_n = ni
            pi += 1
        elif star_p >= 0:
            # Let the last * swallow one more character and retry.
            star_n += 1
            ni = star_n
            pi = star_p + 1
        else:
            return False
    while pi < np and items[pi] is True:
        pi += 1
    return pi == np


def filter(names, pat):
    """The names in the list that match pat."""
    return [name for name in names if fnmatch(name, pat)]


_RE_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _re_escape(s):
    return ''.join('\\' + c if c in _RE_SPECIAL else c for c in s)


def _set_char(c):
    return '\\' + c if c in '\\-' else c


def translate(pat):
    """The regular expression (as text) equivalent to the shell pattern."""
    parts = []          # literal/regex pieces, with a None marking each *
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not None:
                parts.append(None)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                parts.append('\\[')
                continue
            body = pat[i:j]
            i = j + 1
            negated = body[:1] == '!'
            if negated:
                body = body[1:]
            kept = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    if body[k] <= body[k + 2]:
                        kept.append(_set_char(body[k]) + '-' + _set_char(body[k + 2]))
                    k += 3
                else:
                    kept.append(_set_char(body[k]))
                    k += 1
            stuff = ''.join(kept)
            stuff = ''.join('\\' + ch if ch in '&~|' else ch for ch in stuff)
            if not stuff:
                parts.append('.' if negated else '(?!)')
            else:
                if negated:
                    stuff = '^' + stuff
                elif stuff[0] in ('^', '['):
                    stuff = '\\' + stuff
                parts.append('[' + stuff + ']')
        else:
            parts.append(_re_escape(c))
    out = []
    k = 0
    while k < len(parts) and parts[k] is not None:
        out.append(parts[k])
        k += 1
    while k < len(parts):
        k += 1      # the *
        fixed = []
        while k < len(parts) and parts[k] is not None:
            fixed.append(parts[k])
            k += 1
        fixed = ''.join(fixed)
        if k == len(parts):
            out.append('.*' + fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + ')\\Z'
