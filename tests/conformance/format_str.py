# format(), str.format, format_map, f-strings
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for spec in ["", "10", "<10", ">10", "^10", "*^10", "\u00b7>6", ".2", "10.3", "<5.1s", "s", "05", "x<4", "^", "=^5"]:
    t(lambda: format("abc", spec))
t(lambda: format("\u00e9t\u00e9", "^7"))
t(lambda: format("abc", "d"))
t(lambda: format("abc", "+"))
t(lambda: format("abc", "#"))
t(lambda: format("abc", "="))
t(lambda: format("abc", ","))
t(lambda: format("abc", "xx"))
t(lambda: format("abc", "z"))
t(lambda: format("abc", "."))
t(lambda: format("abc", "99999999999999999999"))
t(lambda: format("abc", "0=5"))
t(lambda: "{} {}".format(1, 2))
t(lambda: "{1} {0} {1}".format("a", "b"))
t(lambda: "{x} {y}".format(x=1, y="two"))
t(lambda: "{0} {}".format(1, 2))
t(lambda: "{} {0}".format(1, 2))
t(lambda: "{2}".format(1, 2))
t(lambda: "{}".format())
t(lambda: "{missing}".format(a=1))
t(lambda: "{".format())
t(lambda: "}".format())
t(lambda: "x{{y}}z".format())
t(lambda: "{0!r:>8}|{0!s:<6}|{0!a}".format("\u00e9"))
t(lambda: "{!x}".format(1))
t(lambda: "{0.}".format(1))
t(lambda: "{0[}".format([1]))
t(lambda: "{0[0]}{0[1]}".format("ab"))
t(lambda: "{0[key]}".format({"key": "v"}))
t(lambda: "{0.imag}".format(3))
t(lambda: "{0.nope}".format(3))
t(lambda: "{:{w}}|{:>{w}}|".format("a", "b", w=4))
t(lambda: "{:{}{}}".format("x", ">", 3))
t(lambda: "{0:{1}}".format("ab", "^6"))
t(lambda: "{:s}".format("x"))
t(lambda: "{:d}".format("x"))
t(lambda: "{a}{b}".format_map({"a": 1, "b": 2}))
t(lambda: "{0}".format_map({}))
t(lambda: "{a}".format_map({}))
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
t(lambda: "{a}{b}".format_map(D(a=1)))
t(lambda: "{:5}|{:<5}|{:05}|{:x}|{:.2f}".format(42, 42, 42, 255, 3.14159))
x, y = "val", 7
t(lambda: f"{x}|{x!r}|{x:>6}|{y:03d}|{x=}|{y + 1}|{{lit}}")
w = 8
t(lambda: f"{x:^{w}}|{x:*<{w}}")
