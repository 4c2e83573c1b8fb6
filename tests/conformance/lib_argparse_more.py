import argparse, sys, io

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

p = argparse.ArgumentParser(prog="req", usage="%(prog)s [options] thing")
p.add_argument("--need", required=True, help="must be given")
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--hidden", help=argparse.SUPPRESS)
p.add_argument("thing", choices=["x", "y"], metavar="THING")
p.add_argument("rest", nargs=argparse.REMAINDER)
for a in [[], ["x"], ["--need", "1", "x"], ["--need", "1", "--opt", "x", "a", "--b", "c"], ["--need=2", "--opt=E", "y"], ["--need", "1", "z"], ["-h"], ["--need", "1", "--hidden", "h", "x"]]:
    run(p, a)
q = argparse.ArgumentParser(prog="plus", prefix_chars="+-")
q.add_argument("+v", action="store_true")
q.add_argument("-x", type=int)
q.add_argument("++long", default=0)
run(q, ["+v", "-x", "3", "++long", "9"])
run(q, ["-h"])
s = argparse.ArgumentParser(prog="subreq")
sub = s.add_subparsers(required=True)
sub.add_parser("go")
sub.add_parser("stop")
run(s, [])
run(s, ["-h"])
s2 = argparse.ArgumentParser(prog="subreq2")
sub2 = s2.add_subparsers(dest="command", required=True, title="commands", description="available commands", metavar="CMD")
g1 = sub2.add_parser("go", help="start it")
g1.add_argument("--speed", type=int, default=1)
run(s2, [])
run(s2, ["-h"])
run(s2, ["go", "--speed", "4"])
run(s2, ["go", "-h"])
m = argparse.ArgumentParser(prog="mx")
grp = m.add_mutually_exclusive_group()
grp.add_argument("-a", action="store_const", const=1, dest="val")
grp.add_argument("-b", action="store_const", const=2, dest="val")
grp.add_argument("--c-opt", metavar="C")
m.add_argument("--z", nargs=3, type=float)
run(m, ["-a", "-b"])
run(m, ["-a", "--z", "1", "2", "x"])
run(m, ["--z", "1", "2"])
run(m, ["-h"])
run(m, ["-ab"])
d = argparse.ArgumentParser(prog="defaults", argument_default=argparse.SUPPRESS)
d.add_argument("--x")
d.add_argument("--y", default=5)
run(d, [])
run(d, ["--x", "1"])
t = argparse.ArgumentParser(prog="types")
def positive(v):
    n = int(v)
    if n <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % v)
    return n
t.add_argument("n", type=positive)
t.add_argument("--f", type=argparse.FileType("r"))
t.add_argument("--ch", type=int, choices=range(1, 4))
run(t, ["0"])
run(t, ["5", "--f", "/nonexistent/file"])
run(t, ["5", "--ch", "7"])
run(t, ["5", "--ch", "2"])
amb = argparse.ArgumentParser(prog="amb")
amb.add_argument("--alpha")
amb.add_argument("--alps")
run(amb, ["--al", "1"])
run(amb, ["--alph", "1"])
noab = argparse.ArgumentParser(prog="noab", allow_abbrev=False)
noab.add_argument("--alpha")
run(noab, ["--alp", "1"])
print(p)
print(argparse.FileType("w", encoding="utf-8"))
