# re: flags (RegexFlag), Unicode-aware classes and case folding for str,
# ASCII semantics for bytes and re.ASCII, verbose mode, caching.
import re

print(repr(re.I), str(re.I), repr(re.I | re.M), repr(re.NOFLAG), int(re.IGNORECASE), re.I == 2)
print(re.I | re.M | re.S == 26, isinstance(re.I | re.M, re.RegexFlag), repr(re.X | re.A))
print(re.IGNORECASE is re.I, re.U.value, re.A.value, re.L.value, re.DEBUG.value, re.VERBOSE.value)
print(sorted(n for n in ("A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE") if hasattr(re, n)))

# str patterns: Unicode-aware \w \d \s \b and case folding
print(re.findall(r"\w+", "naïve café 123 ǅungla été_x"))
print(re.findall(r"\d+", "1 ٣٤ ５6 ²"), re.findall(r"\s+", "a\u00a0b\u2003c\x1cd"))
print(re.findall(r"\w+", "naïve café", re.A), re.findall(r"(?a)\d", "1٣"))
print(re.findall(r"\bé\w*", "été éa xé"), re.findall(r"\b\w", "é.ü"))
print(re.match(r"(?i)ÉCOLE", "école"), re.match(r"(?i)straße", "STRASSE"), re.match("(?i)ſ", "S"))
print(re.match(r"(?i)[a-z]+", "KÉkſ"), re.match(r"(?i)[à-ÿ]+", "ÀÉÿ"), re.match(r"(?ia)é", "É"))
print(re.match(r"(?i)k", "\u212a"), re.match(r"(?i)Σ+", "σςΣ"), re.match(r"[^a]", "A", re.I))
print(re.findall(r"(?i)(\w)\1", "aA bB Cc dd"), re.search(r"(?i)(?P<x>ä)(?P=x)", "äÄ"))
print(re.sub(r"(?i)ß", "ss", "Maß MASS"), re.split(r"\W+", "über,straße;ç"))
print(re.findall(".", "a\u00e9\U0001F600b"), len(re.match(".+", "\U0001F600x").group()))
print(re.search(r"\u00e9|\U0001F600", "x\U0001F600").span(), re.search(r"[\u0400-\u04ff]+", "abc привет").group())
print(re.search(r"\N{LATIN SMALL LETTER E WITH ACUTE}", "café") if hasattr(re, "_asp_no_unicodedata") else "skip")

# bytes patterns
print(re.findall(rb"\w+", b"caf\xe9 na\xefve 12"), re.match(rb"(?i)\xe9", b"\xc9"))
print(re.match(rb"(?i)abc", b"ABC"), re.sub(rb"(\d)", rb"<\1>", b"a1b2"), re.split(rb",", b"a,b"))
print(re.search(rb"\s+", b"a \t\nb").span(), re.escape(b"a.b"), re.fullmatch(b"[\x00-\xff]+", bytes(range(256))).end())
m = re.search(rb"(?P<n>\d+)", bytearray(b"ab12"))
print(m.group(), m.group("n"), m.groupdict(), re.findall(rb"\d", bytearray(b"1a2")))
print(re.sub(rb"a", b"b", bytearray(b"aca")), re.split(rb"c", bytearray(b"aca")))

# multiline, dotall, verbose
text = "line one\nline two\nthird\n"
print(re.findall(r"^line \w+$", text, re.M), re.findall(r"\w+$", text), re.findall(r"\w+$", text, re.M))
print(re.findall(r"e.l", "one\nline"), re.findall(r"e.l", "one\nline", re.S), re.search(r"\Z", "ab\n").span())
pat = re.compile(r"""
    (?P<year>\d{4})   # year
    -
    (?P<month>\d\d)   # month
    \ \#              # an escaped space and hash
""", re.VERBOSE)
print(pat.match("2024-05 #").groupdict(), pat.flags)
print(re.match(r"(?x) [ ]a # c", " a"), re.match(r"(?x)a\ b", "a b"), re.match(r"(?x)a{ 2}", "a{ 2}"))
print(re.match(r"(?x:a b)c d", "abc d"), re.match(r"(?x)(?-x:a b)c", "a bc"))
print(re.compile(r"(?s:.)(?m:$)").flags, re.compile(r"(?im)x").flags & (re.I | re.M))

# the cache
re.purge()
a = re.compile(r"cache\d")
print(a is re.compile(r"cache\d"), a is not re.compile(r"cache\d", re.I), a is not re.compile(rb"cache\d"))
re.purge()
print(a == re.compile(r"cache\d"))
