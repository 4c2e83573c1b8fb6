#!/bin/sh
# `asp -i script.py` opens the prompt in the script's globals, even after an
# uncaught exception; without a terminal, stdin is a program (no prompts).
. "$(dirname "$0")/common.inc"
cat > "$tmp/script.py" <<'PY'
greeting = 'hello from the script'
def shout(s):
    return s.upper()
raise ValueError('boom')
PY
drive -i "$tmp/script.py" <<'END' || exit 1
expect ValueError: boom
expect \n>>> 
send shout(greeting)\r
expect \n'HELLO FROM THE SCRIPT'\n>>> 
send \x04
exit 0
END
out=$(printf 'x = 5\nprint(x * 2)\n' | "$ASP" 2>&1)
[ "$out" = 10 ] || { echo "piped stdin: got '$out'"; exit 1; }
out=$(printf 'x = 5\nx * 3\n' | "$ASP" -i "$tmp/script.py" 2>/dev/null)
[ "$out" = 15 ] || { echo "piped -i: got '$out'"; exit 1; }
echo ok
