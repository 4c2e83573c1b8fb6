# re: matching semantics — match/search/fullmatch, groups, quantifiers,
# alternation order, look-around, backreferences, Match and Pattern objects.
import re

def show(m):
    if m is None:
        return "None"
    return "%r span=%r groups=%r lastindex=%r lastgroup=%r" % (
        m.group(0), m.span(), m.groups(), m.lastindex, m.lastgroup)

cases = [
    (r"a+b", "xaaab"), (r"a*?b", "aaab"), (r"(a|ab)(c|bcd)(d*)", "abcd"),
    (r"(a+)+b", "aaab"), (r"(?:(a)|b)*", "ab"), (r"(a)|b", "b"), (r"((a)b)", "ab"),
    (r"(a)(b)?", "a"), (r"(?:x(\d)?)+", "x1x"), (r"(a*)*", "b"), (r"(a*)+", "b"),
    (r"(a|b)*?c", "abac"), (r"a{2,3}", "aaaa"), (r"a{2,3}?", "aaaa"), (r"a{,2}", "aaa"),
    (r"a{3}", "aa"), (r"x{", "x{"), (r"x{1,", "x{1,"), (r"a{0}b", "ab"),
    (r"^abc$", "abc\n"), (r"^abc\Z", "abc\n"), (r"\Aabc", "xabc"),
    (r"\bfoo\b", "a foo."), (r"\Bfoo", "afoo"), (r"\d+\.\d*", "pi 3.14"),
    (r"[^\d\s]+", "12 ab3"), (r"[a-cx-z]+", "qabxyzq"), (r"[]a]+", "a]]"), (r"[\]\\]+", "x]\\"),
    (r"[-a]+", "-a-"), (r"[a-]+", "a-a"), (r"[\w.-]+@[\w.-]+", "mail: a.b-c@d.org!"),
    (r"(\w+)\s+\1", "hello hello world"), (r"(?P<q>['\"]).*?(?P=q)", "say 'hi' \"x\""),
    (r"(?<=\$)\d+", "cost $42"), (r"(?<!\$)\b\d+", "$42 17"), (r"\w+(?=,)", "ab, cd"),
    (r"\w+(?!,)\b", "ab, cd"), (r"(?=(\w+))\w", "abc"), (r"(?>a+)b", "aaab"), (r"(?>a+)a", "aaa"),
    (r"a++a", "aaa"), (r"a*+b", "aab"), (r"(?:ab)++c", "ababc"), (r"(a)?(?(1)b|c)", "ab"),
    (r"(a)?(?(1)b|c)", "c"), (r"(?P<n>x)?y(?(n)z)", "xyz"), (r".+", "ab\ncd"), (r"(?s).+", "ab\ncd"),
    (r"(?m)^\w+$", "ab\ncd"), (r"(?i)straße", "STRAßE"), (r"(?x) a b  # comment\n c", "abc"),
    (r"(?i:A)b", "ab"), (r"(?i:A)b", "aB"), (r"a(?-i:B)", "AB"), (r"\x41\u00e9\n\t\101\0", "A\u00e9\n\tA\0"),
    (r"\.\*\+\?\(\)", ".*+?()"), (r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11", "abcdefghijkk"),
    (r"(((((((((a)))))))))\9", "aa"), (r"", ""), (r"|a", "a"), (r"a|", "b"),
    (r"(?:a|b|c)+?c", "abcabc"), (r"(a|b)*c\1", "abcb"), (r"(?:(a)|(b))+", "ab"),
    (r"(?:(a)|(b))+", "ba"), (r"(a)*", "aaa"), (r"(a){2}(b)", "aab"),
    (r"((a)|b)+", "ab"), (r"(\d+)(?:px|em)?", "12px"), (r"[\s\S]+?(?=x)", "abcx"),
]
for pat, s in cases:
    print(repr(pat), repr(s))
    print("  search:", show(re.search(pat, s)))
    print("  match: ", show(re.match(pat, s)))
    print("  full:  ", show(re.fullmatch(pat, s)))

# pos / endpos
p = re.compile(r"\w+")
print(p.search("ab cd ef", 2), p.search("ab cd ef", 3, 4), p.match("ab cd", 3))
print(p.search("ab", 5), p.search("abc", -3, -1), p.fullmatch("abcd", 1, 3))
m = p.search("ab cd ef", 3, 100)
print(m.pos, m.endpos, m.string, m.re is p)
print(re.compile("^b").search("ab", 1), re.compile("(?m)^b").search("a\nb", 2))
print(re.compile("a$").search("ab", 0, 1), re.compile(r"(?<=a)b").search("ab", 1))
print(re.compile("").search("abc", 2, 1))

# Match object API
m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?", "Jane Doe")
print(m.group(), m.group(1), m.group("last"), m.group(1, "last", 0))
print(m[0], m[1], m["first"], m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(2), m.end("last"), m.span("opt"), m.regs)
print(m.expand(r"\2, \g<first> \g<0>!"), repr(m), bool(m))
for bad in (4, "nope", -1):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
try:
    m.start("zz")
except IndexError as e:
    print("IndexError", e)

# Pattern object API
p = re.compile(r"(?P<key>\w+)=(?P<val>\d+)", re.I)
print(p.pattern, p.flags, p.groups, sorted(p.groupindex.items()), repr(p))
print(p == re.compile(r"(?P<key>\w+)=(?P<val>\d+)", re.I), p != re.compile("x"), hash(p) == hash(re.compile(r"(?P<key>\w+)=(?P<val>\d+)", re.I)))
print(re.compile(p) is p)
try:
    re.compile(p, re.M)
except ValueError as e:
    print("ValueError", e)
print(repr(re.compile("a")), repr(re.compile(b"a", re.I | re.M)), repr(re.compile("x", re.A | re.S)))
print(repr(re.compile("a" * 300))[:40])
print(re.compile("a").flags, re.compile(b"a").flags, re.compile("(?i)a").flags, re.compile("(?a)a").flags)
print(re.compile("(a)(b)").groups, re.compile("(?:a)").groups)

# iteration helpers
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)=(\d)", "a=1 b=2 c"), re.findall(r"(a)|b", "ab"))
print([m.span() for m in re.finditer(r"\w+", "ab cd  e")])
print([m.group() for m in re.compile(r"\d").finditer("1a2b3", 1, 4)])
print(re.findall(r"x*", "axxb"), re.findall(r"\b", "ab cd"), re.findall(r"", "abc"))
it = re.finditer("a", "aa")
print(next(it).span(), next(it).span(), next(it, "done"))

# deep inputs: iterative backtracking, no C-stack use
s = "ab" * 50000
print(re.match(r"(?:a|b)*", s).end(), re.match(r"(ab)*", s).span(1), re.fullmatch(r"(?:ab)+?", s) is not None)
print(re.search(r"(x+x+)+y", "x" * 18) is None)
print(re.match(r"(?:(?:(?:(?:(?:a)))))" * 5, "aaaaa").end())
