# re: sub/subn/split/escape, replacement templates and their errors.
import re

print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@example bob@site"))
print(re.sub(r"(?P<a>\d)(?P<b>\d)", r"\g<b>\g<a>|\g<0>|\g<2>", "12 34"))
print(re.sub(r"a", r"\n\t\\-\x", "bab") if False else re.sub(r"a", r"\n\t\\-", "bab"))
print(repr(re.sub(r"a", r"[\0]", "a")), repr(re.sub(r"a", r"\08", "a")), repr(re.sub(r"(a)", r"\101", "a")))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"))
print(re.sub(r"\d", lambda m: None, "a1b2"))
print(re.sub("x*", "-", "abxd"), re.sub("", "-", "abc"), re.sub(r"\b", "|", "ab cd"))
print(re.subn(r"o", "0", "foo boo"), re.subn(r"o", "0", "foo boo", count=2), re.sub("o", "0", "foo", 1))
print(re.sub(r"(?i)HELLO", "bye", "Hello hello HELLO"), re.sub("a", "b", "aaa", flags=re.I))
print(re.sub(r"^", ">", "a\nb\nc", flags=re.M), re.sub(r"$", "<", "a\nb\n", flags=re.M))
print(re.sub(r"\s+", " ", "  lots   of\n\tspace  ").strip())
p = re.compile(r"(\d+)")
print(p.sub(r"<\1>", "a1b22"), p.subn(r"<\1>", "a1b22"))
print(re.sub("a", "\\\\", "bab"), re.sub("é", "e", "café é"))

for tmpl in [r"\g<x>", r"\g<1", r"\g<>", r"\g<1a>", r"\5", r"\q", r"\g", r"\g<-1>", "\\", r"\g<3>"]:
    try:
        print(repr(re.sub("(a)", tmpl, "a")))
    except re.error as e:
        print("error:", e, "|", e.msg, e.pos)
    except IndexError as e:
        print("IndexError:", e)
for bad in (5, b"x"):
    try:
        re.sub("a", bad, "a")
    except TypeError as e:
        print("TypeError")
try:
    re.sub("a", lambda m: 5, "a")
except TypeError as e:
    print("TypeError from function")

print(re.split(r"[,;]\s*", "a, b;c,  d"))
print(re.split(r"(,)", "a,b,c"), re.split(r"(,)", "a,b,c", maxsplit=1), re.split(",", "a,b,c", 1))
print(re.split("x*", "axbc"), re.split(r"\b", "ab cd"), re.split("", "abc"))
print(re.split(r"(a)|(b)", "1a2b3"), re.split(r"\W+", "Words, words, words."))
print(re.split("z", "abc"), re.split("a", ""), re.split("", ""), re.split(r"(?m)^", "a\nb\n"))
print(re.split(",", "a,b", maxsplit=-1))

print(re.escape("a.b*c?d+e(f)[g]{h}|i^j$k\\l m-n#o&p~q"), re.escape("é_1\t\n"), re.escape(b"a.b\xff"))
print(re.match(re.escape("1+1=2?"), "1+1=2?").group())
