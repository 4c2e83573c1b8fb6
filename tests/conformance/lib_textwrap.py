import textwrap, bisect
t = "The quick brown fox jumps over the lazy dog and keeps running far away into the sunset."
print(textwrap.wrap(t, 20)); print(textwrap.fill(t, 30, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(t, 40)); print(repr(textwrap.dedent("    a\n      b\n    c\n")))
print(repr(textwrap.indent("x\ny\n\nz", "  "))); print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(repr(textwrap.dedent("  x\n\n  y")), repr(textwrap.dedent("\ta\n\tb")))
a = [1, 3, 3, 5]; print(bisect.bisect(a, 3), bisect.bisect_left(a, 3)); bisect.insort(a, 4); print(a)
