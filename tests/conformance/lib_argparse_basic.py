import argparse, sys, io, contextlib

def run(parser, args):
    out, err = io.StringIO(), io.StringIO()
    code = None
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        ns = parser.parse_args(args)
    except SystemExit as e:
        ns = None
        code = e.code
    finally:
        sys.stdout, sys.stderr = saved
    print("ARGS", args, "->", ns, "exit", code)
    if out.getvalue():
        print("OUT:\n" + out.getvalue(), end="")
    if err.getvalue():
        print("ERR:\n" + err.getvalue(), end="")

p = argparse.ArgumentParser(prog="prog", description="A test program that does things with files and numbers.", epilog="See the docs for more.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out.txt", help="destination (default: %(default)s)")
p.add_argument("-n", "--count", type=int, default=3, help="how many times")
p.add_argument("-v", "--verbose", action="store_true", help="talk more")
p.add_argument("-q", action="count", default=0)
p.add_argument("--mode", choices=["fast", "slow"], default="fast", help="speed: %(choices)s")
p.add_argument("--tag", action="append", help="add a tag")
p.add_argument("--ratio", type=float, metavar="R")
p.add_argument("--pair", nargs=2, metavar=("A", "B"))
p.add_argument("--many", nargs="+", type=int)
p.add_argument("--maybe", nargs="*")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--no-color", dest="color", action="store_false")
p.add_argument("--version", action="version", version="%(prog)s 1.2.3")
for args in [["a"], ["a", "b", "-n", "5", "-vqq", "--mode", "slow"], ["a", "--tag", "x", "--tag=y", "--ratio", "0.5"],
             ["a", "--pair", "1", "2", "--many", "1", "2", "3", "--maybe"], ["a", "--const", "--no-color", "--cou", "7"],
             [], ["a", "b", "c"], ["a", "-n", "x"], ["a", "--mode", "medium"], ["a", "--pair", "1"], ["a", "--many"],
             ["a", "--bogus"], ["a", "-n"], ["-h"], ["--version"], ["a", "--", "-b"], ["a", "--m", "slow"], ["-n5", "a"], ["a", "-vx"]]:
    run(p, args)

g = argparse.ArgumentParser(prog="grp")
mx = g.add_mutually_exclusive_group(required=True)
mx.add_argument("--on", action="store_true")
mx.add_argument("--off", action="store_true")
grp = g.add_argument_group("extra", "Extra settings.")
grp.add_argument("--level", type=int, default=1, help="the level")
g.add_argument("files", nargs="*", help="input files")
for args in [["--on"], ["--on", "--off"], [], ["-h"], ["--off", "x", "y", "--level", "3"]]:
    run(g, args)

s = argparse.ArgumentParser(prog="tool")
s.add_argument("--debug", action="store_true")
sub = s.add_subparsers(dest="cmd", help="sub-command help")
a = sub.add_parser("add", help="add things")
a.add_argument("x", type=int)
a.add_argument("y", type=int, nargs="?", default=1)
r = sub.add_parser("remove", aliases=["rm"], help="remove things")
r.add_argument("--force", action="store_true")
for args in [["add", "1", "2"], ["--debug", "rm", "--force"], ["remove"], ["nope"], ["add"], ["-h"], ["add", "-h"], ["add", "x"], []]:
    run(s, args)

b = argparse.ArgumentParser(prog="b", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
b.add_argument("--feature", action=argparse.BooleanOptionalAction, default=True, help="toggle")
b.add_argument("--size", type=int, default=10, help="size")
b.add_argument("--ext", action="extend", nargs="+", type=str)
b.add_argument("num", type=int, nargs="?", default=7, help="a number")
for args in [["--no-feature"], ["--feature", "--ext", "a", "b", "--ext", "c"], ["-h"]]:
    run(b, args)
ns, rest = b.parse_known_args(["--size", "3", "--unknown", "5", "extra"])
print(ns, rest)
print(argparse.Namespace(a=1) == argparse.Namespace(a=1), "a" in argparse.Namespace(a=1), repr(argparse.Namespace(**{"a-b": 1, "c": 2})))
neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("x", type=int)
neg.add_argument("-f", type=float)
run(neg, ["-5", "-f", "-2.5"])
long = argparse.ArgumentParser(prog="a_rather_long_program_name_for_testing_wrapping")
for i in range(8):
    long.add_argument("--option-number-%d" % i, metavar="VALUE%d" % i, help="option %d does something quite elaborate that needs a long description to wrap around the line" % i)
long.add_argument("positional_one")
long.add_argument("positional_two", nargs="+")
run(long, ["-h"])
short = argparse.ArgumentParser(prog="p")
for i in range(10):
    short.add_argument("--opt%d" % i, help="h%d" % i)
short.add_argument("pos", nargs="*")
run(short, ["-h"])
run(short, ["--opt1"])
raw = argparse.ArgumentParser(prog="raw", description="Line one\n   indented line\nLine three", formatter_class=argparse.RawDescriptionHelpFormatter)
raw.add_argument("--x", help="x help\n  keeps  spaces? no")
run(raw, ["-h"])
print(p.get_default("count"), p.format_usage(), end="")
p.set_defaults(extra="yes")
print(p.parse_args(["a"]).extra)
try:
    p.add_argument("--count")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
try:
    p.add_argument("pos", required=True)
except TypeError as e:
    print("TypeError:", e)
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--shared", default="s")
child = argparse.ArgumentParser(prog="child", parents=[parent])
child.add_argument("--own")
print(child.parse_args(["--shared", "z"]))
run(child, ["-h"])
