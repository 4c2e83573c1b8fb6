# re: corner cases pinned to CPython 3.11 — empty matches in scans, match()
# beyond endpos, possessive repeats, Scanner and Pattern.scanner, and
# medium-size inputs (the engine must stay fast and never recurse in C).
import re

# empty matches next to non-empty ones (3.7+ rules)
print(re.sub("x*", "-", "abxd"), re.sub("(?=b)|x", "!", "abxb"), re.findall(r"\w*", "ab cd"))
print(re.split(r"(?<=,)", "a,b,c"), re.split(r"\s*", " a b "), [m.span() for m in re.finditer("a|", "baab")])

# match() may start beyond endpos (only empty matches, and single-character
# repeats need pos + min <= endpos); search() never does
for p in ["", "a*", "(?:ab)*", "(?:a|b)*", "(?:(?i:a))*", r"\b", "$", "(a)??"]:
    c = re.compile(p)
    print(repr(p), c.match("ab c", 3, 1), c.search("ab c", 3, 1), c.fullmatch("abc", 3, 1))

# possessive repeats: each iteration is atomic in CPython 3.11
for p in [r"(?:(?:bb)?[^a]b){2}+", r"(?>(?:(?:bb)?[^a]b){2})", r"a{2,}+a", r"(?:ab|a)++b", r"x*+x"]:
    print(p, re.search(p, "bbbbbx1 aaab abab xx"))

# alternatives of single characters behave as one set
print(re.findall(r"(?:a|b|\d|[xy])+", "ab12xyz ba"), re.match(r"(a|b)+", "abba").groups())

# the undocumented scanner helpers
sc = re.compile(r"\d+|[a-z]+").scanner("12ab 34")
print(sc.match().group(), sc.match().group(), sc.match(), sc.search(), sc.match())
sc = re.compile(r"\d+").scanner("12ab 34")
print(sc.search().group(), sc.search().group(), sc.search(), sc.search())
lex = re.Scanner([(r"\d+", lambda s, t: int(t)), (r"[a-z]+", lambda s, t: t.upper()), (r"\s+", None)])
print(lex.scan("12 ab 7 c!?"))

# medium-size inputs
text = "The quick brown fox jumps over the lazy dog. " * 2000
print(len(re.findall(r"\b\w+\b", text)), len(re.split(r"[.\s]+", text)), re.subn(r"o(?=g)", "0", text)[1])
print(len(re.sub(r"(\w+) (\w+)", r"\2 \1", text)), re.search(r"lazy cat", text))
print(re.search(r"(a|b|c|d)*e", "abcd" * 20000 + "e").span(), re.match(r".*dog\.$", text.strip()).end())
u = "żółć gęślą jaźń " * 2000
print(len(re.findall(r"\w+", u)), re.search(r"(?i)JAŹŃ", u).span(), len(re.sub(r"ą|ę", "_", u)))
b = bytes(range(256)) * 200
print(len(re.findall(rb"[\x80-\xff]+", b)), re.search(rb"\xfe\xff\x00", b).span())
print(re.fullmatch(r"(?:a+)+b", "a" * 30 + "b") is not None, re.match(r"(a?){12}a{12}", "a" * 12).end())
