import shlex
cases = ['a b c', '  a   "b c"  d ', "it's", 'a "b\\"c" d', "a 'b\\'", 'a\\ b c', 'x="y z" w', 'a # comment', '"" \'\' x',
         'echo "a\\nb" \'c\\d\'', 'a"b"c', 'foo|bar>baz', 'a;b', '"unterminated', 'end\\', "a 'b c'd e", '\\"x\\"', 'ab\\"cd', '"a\\\\b"', '"a\\$b"']
for c in cases:
    for posix in (True, False):
        for comments in (False, True):
            try:
                print(repr(c), posix, comments, shlex.split(c, comments=comments, posix=posix))
            except ValueError as e:
                print(repr(c), posix, comments, "ValueError:", e)
for s in ['', 'abc', 'a b', "it's", 'x$y', 'a/b.c-d_e+f=g:h,i@j%k', 'tab\there', 'ünï']:
    print(shlex.quote(s))
print(shlex.join(['a b', "c'd", 'e']))
lex = shlex.shlex('a = b + c; d(e, "f g")')
print(list(lex))
lex = shlex.shlex('a && b || c; d > e', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('cmd -x "arg one" file.txt # trailing', posix=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("one two", posix=True)
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex("one two")
t = lex.get_token(); lex.push_token("zero"); print(t, lex.get_token(), lex.get_token(), repr(lex.get_token()), lex.lineno)
lex = shlex.shlex("a\nb\nc", posix=True)
print([(tok, lex.lineno) for tok in lex])
lex = shlex.shlex("~/a.b -c=d", posix=True, punctuation_chars=True)
print(list(lex))
