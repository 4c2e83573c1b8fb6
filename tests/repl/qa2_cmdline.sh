#!/bin/sh
# The command line against CPython 3.11's (qa2): -m with a module, a package's
# __main__ and its errors; unknown options and missing arguments (short usage,
# status 2); -h lists -m; a script ending inside an unfinished block gets no
# caret line.  Exact stdout, stderr and status.  No terminal needed.
set -u
here=$(cd "$(dirname "$0")" && pwd)
ASP=${ASP:-$here/../../asp}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
nl='
'
fail() { echo "FAIL: $*"; exit 1; }
# check STATUS STDOUT STDERR command...: run in $tmp, compare all three.
check() {
  st=$1 out=$2 err=$3
  shift 3
  (cd "$tmp" && "$@" >"$tmp/.out" 2>"$tmp/.err" </dev/null)
  got=$?
  [ "$got" = "$st" ] || fail "$*: status $got, expected $st ($(cat "$tmp/.err"))"
  [ "$(cat "$tmp/.out")" = "$out" ] || fail "$*: stdout was: $(cat "$tmp/.out")"
  [ "$(cat "$tmp/.err")" = "$err" ] || fail "$*: stderr was: $(cat "$tmp/.err")"
}

mkdir -p "$tmp/pkg" "$tmp/plain" "$tmp/p3/__main__"
show='import os, sys; print(__name__, repr(__package__), os.path.basename(sys.argv[0]), sys.argv[1:], sys.argv[0] == __file__, sys.path[0] == os.getcwd())'
echo "print('init', __name__)" >"$tmp/pkg/__init__.py"
echo "$show" >"$tmp/pkg/__main__.py"
echo "$show" >"$tmp/pkg/sub.py"
echo "$show" >"$tmp/mod.py"
: >"$tmp/plain/__init__.py"
: >"$tmp/p3/__init__.py"
: >"$tmp/p3/__main__/__init__.py"
printf 'x = 1\nif x:\n' >"$tmp/eof_if.py"
printf 'try:\n    x = 1\n' >"$tmp/eof_try.py"
printf 'def f():\n    pass\n\n# done\n' >"$tmp/eof_ok.py"
printf 'class A:\n    # only a comment\n' >"$tmp/eof_class.py"

check 0 "__main__ '' mod.py ['a', '-c', 'b'] True True" "" "$ASP" -m mod a -c b
check 0 "__main__ '' mod.py [] True True" "" "$ASP" -mmod
check 0 "init pkg${nl}__main__ 'pkg' __main__.py ['x'] True True" "" "$ASP" -m pkg x
check 0 "init pkg${nl}__main__ 'pkg' sub.py [] True True" "" "$ASP" -m pkg.sub
check 1 "" "asp: No module named nosuch" "$ASP" -m nosuch
check 1 "" "asp: No module named plain.__main__; 'plain' is a package and cannot be directly executed" "$ASP" -m plain
check 1 "" "asp: Cannot use package as __main__ module; 'p3' is a package and cannot be directly executed" "$ASP" -m p3
check 1 "" "asp: Error while finding module specification for 'nosuch.sub' (ModuleNotFoundError: No module named 'nosuch')" "$ASP" -m nosuch.sub
check 1 "mod '' -m [] False True" "asp: Error while finding module specification for 'mod.x' (ModuleNotFoundError: __path__ attribute not found on 'mod' while trying to find 'mod.x')" "$ASP" -m mod.x
check 1 "init pkg" "asp: No module named pkg.nosuch" "$ASP" -m pkg.nosuch
check 1 "" "asp: Relative module names not supported" "$ASP" -m .mod
check 1 "" "asp: No code object available for sys" "$ASP" -m sys
check 1 "" "asp: No module named json.__main__; 'json' is a package and cannot be directly executed" "$ASP" -m json

usage="usage: asp [option] ... [-c cmd | -m mod | file | -] [arg] ...${nl}Try \`asp -h' for more information."
check 2 "" "Argument expected for the -m option${nl}$usage" "$ASP" -m
check 2 "" "Argument expected for the -c option${nl}$usage" "$ASP" -c
check 2 "" "Unknown option: -Z${nl}$usage" "$ASP" -Z
check 2 "" "Unknown option: -Z${nl}$usage" "$ASP" -uZ
check 2 "" "unknown option --frobnicate${nl}$usage" "$ASP" --frobnicate
check 0 "['-c', 'x']" "" "$ASP" -Ec "import sys; print(sys.argv)" x
(cd "$tmp" && "$ASP" -h) | grep -q '^  -m mod ' || fail "-h does not list -m"

check 1 "" "  File \"$tmp/eof_if.py\", line 2${nl}    if x:${nl}IndentationError: expected an indented block after 'if' statement on line 2" "$ASP" eof_if.py
check 1 "" "  File \"$tmp/eof_try.py\", line 2${nl}    x = 1${nl}SyntaxError: expected 'except' or 'finally' block" "$ASP" eof_try.py
check 1 "" "  File \"$tmp/eof_class.py\", line 2${nl}    # only a comment${nl}IndentationError: expected an indented block after class definition on line 1" "$ASP" eof_class.py
check 1 "" "  File \"<stdin>\", line 2${nl}    if x:${nl}IndentationError: expected an indented block after 'if' statement on line 2" sh -c "\"$ASP\" < eof_if.py"
check 0 "" "" "$ASP" eof_ok.py
# compile() of a string is not a stream: CPython keeps the caret there.
check 0 "6" "" "$ASP" -c "
try:
    compile('if 1:', 's', 'exec')
except SyntaxError as e:
    print(e.offset)"
echo ok
