"""string — common string constants and Template."""

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


class Template:
    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _sub(self, mapping, safe):
        out = []
        s = self.template
        i = 0
        n = len(s)
        while i < n:
            c = s[i]
            if c != "$":
                out.append(c)
                i += 1
                continue
            if i + 1 < n and s[i + 1] == "$":
                out.append("$")
                i += 2
                continue
            braced = i + 1 < n and s[i + 1] == "{"
            j = i + 2 if braced else i + 1
            k = j
            while k < n and (s[k].isalnum() or s[k] == "_") and not (k == j and s[k].isdigit()):
                k += 1
            name = s[j:k]
            if not name or (braced and (k >= n or s[k] != "}")):
                if safe:
                    out.append("$")
                    i += 1
                    continue
                lines = s[:i].splitlines(keepends=True)
                colno = i - len("".join(lines[:-1])) + 1 if lines else 1
                lineno = len(lines) if lines else 1
                raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")
            end = k + 1 if braced else k
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(s[i:end])
            else:
                raise KeyError(name)
            i = end
        return "".join(out)

    def substitute(self, mapping=None, /, **kws):
        m = dict(mapping or {}, **kws)
        return self._sub(m, False)

    def safe_substitute(self, mapping=None, /, **kws):
        m = dict(mapping or {}, **kws)
        return self._sub(m, True)
