import argparse, random, sys, io
r = random.Random(3)
p = argparse.ArgumentParser(prog="fz", exit_on_error=False)
p.add_argument("-a", action="store_true")
p.add_argument("-b", type=int)
p.add_argument("-c", action="count")
p.add_argument("--long", nargs="?", const="K")
p.add_argument("--list", nargs="*")
p.add_argument("--two", nargs=2)
p.add_argument("-1", dest="one", action="store_true")
g = p.add_mutually_exclusive_group()
g.add_argument("--x", action="store_true")
g.add_argument("--y", action="store_true")
p.add_argument("pos")
p.add_argument("more", nargs="*")
tokens = ["-a", "-b", "5", "-c", "-cc", "-ab7", "-b=3", "--long", "--long=v", "--lo", "--list", "--two", "q", "w", "--x", "--y", "--", "-", "-5", "-1", "-a1", "--bogus", "--bogus=1", "word", "x y", "-z", "--lis"]
for n in range(400):
    args = [r.choice(tokens) for _ in range(r.randrange(0, 7))]
    err = io.StringIO()
    saved = sys.stderr
    sys.stderr = err
    try:
        ns, rest = p.parse_known_args(args)
        res = (sorted(vars(ns).items()), rest)
    except SystemExit as e:
        res = ("exit", e.code, err.getvalue().splitlines()[-1])
    except argparse.ArgumentError as e:
        res = ("ArgumentError", str(e))
    finally:
        sys.stderr = saved
    print(args, res)
