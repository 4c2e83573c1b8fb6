"""shlex — a lexer for shell-like syntax: split(), quote(), join() and class shlex.

The shlex class follows CPython's tokenizer in both modes: POSIX (quotes are
removed, backslash escapes, adjacent quoted parts join) and compatibility
mode (quotes kept), with comments, wordchars, whitespace_split and
punctuation_chars.  source/include handling (sourcehook) is supported for
files.
"""

import os
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]


class shlex:
    """A lexical analyzer class for simple shell-like syntaxes."""

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        if posix:
            self.eof = None
        else:
            self.eof = ''
        self.commenters = '#'
        self.wordchars = ('abcdfeghijklmnopqrstuvwxyz'
                          'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
        if self.posix:
            self.wordchars += ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                               'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pushback_chars = deque()
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars
                                     if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1

    def pop_source(self):
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        self.state = ' '

    def get_token(self):
        """The next token (pushed-back ones first); self.eof at the end."""
        if self.pushback:
            return self.pushback.popleft()
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    (newfile, newstream) = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            else:
                self.pop_source()
                raw = self.get_token()
        return raw

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        ch = self.instream.read(1)
        if ch == '\n':
            self.lineno += 1
        return ch

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _unread(self, ch):
        # A character that ends a token but starts the next one.
        if self._punctuation_chars:
            self._pushback_chars.append(ch)
        else:
            self.pushback.appendleft(ch)

    def read_token(self):
        """One raw token; '' / None (posix) at end of input."""
        word = []
        quoted = False         # a quote was seen: an empty token still counts
        mode = self.state      # ' ' between tokens, 'a' word, 'c' punctuation,
        esc_return = ' '       # a quote char inside quotes, an escape char
        while True:
            if mode is None:
                word = []
                break
            ch = self._next_char()
            if mode in self.escape and mode not in (' ', 'a', 'c'):
                if not ch:
                    raise ValueError("No escaped character")
                # Within double quotes only the quote and the escape itself
                # lose their backslash.
                if esc_return in self.quotes and ch != mode and ch != esc_return:
                    word.append(mode)
                word.append(ch)
                mode = esc_return
                continue
            if mode in self.quotes and mode not in (' ', 'a', 'c'):
                quoted = True
                if not ch:
                    raise ValueError("No closing quotation")
                if ch == mode:
                    if self.posix:
                        mode = 'a'
                    else:
                        word.append(ch)
                        mode = ' '
                        break
                elif self.posix and ch in self.escape and mode in self.escapedquotes:
                    esc_return = mode
                    mode = ch
                else:
                    word.append(ch)
                continue
            if mode == ' ':
                if not ch:
                    mode = None
                    break
                if ch in self.whitespace:
                    if word or (self.posix and quoted):
                        break
                elif ch in self.commenters:
                    self._skip_comment()
                elif self.posix and ch in self.escape:
                    esc_return = 'a'
                    mode = ch
                elif ch in self.wordchars:
                    word.append(ch)
                    mode = 'a'
                elif ch in self.punctuation_chars:
                    word.append(ch)
                    mode = 'c'
                elif ch in self.quotes:
                    if not self.posix:
                        word.append(ch)
                    mode = ch
                elif self.whitespace_split:
                    word.append(ch)
                    mode = 'a'
                else:
                    word.append(ch)
                    break
                continue
            # mode 'a' (a word) or 'c' (a run of punctuation characters)
            if not ch:
                mode = None
                break
            if ch in self.whitespace:
                mode = ' '
                if word or (self.posix and quoted):
                    break
            elif ch in self.commenters:
                self._skip_comment()
                if self.posix:
                    mode = ' '
                    if word or quoted:
                        break
            elif mode == 'c':
                if ch in self.punctuation_chars:
                    word.append(ch)
                else:
                    if ch not in self.whitespace:
                        self._pushback_chars.append(ch)
                    mode = ' '
                    break
            elif self.posix and ch in self.quotes:
                mode = ch
            elif self.posix and ch in self.escape:
                esc_return = 'a'
                mode = ch
            elif (ch in self.wordchars or ch in self.quotes or
                  (self.whitespace_split and ch not in self.punctuation_chars)):
                word.append(ch)
            else:
                self._unread(ch)
                mode = ' '
                if word or (self.posix and quoted):
                    break
        self.state = mode
        result = ''.join(word)
        if self.posix and not quoted and result == '':
            result = None
        return result

    def sourcehook(self, newfile):
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return "\"%s\", line %d: " % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string s using shell-like syntax."""
    if s is None:
        raise ValueError("s argument must not be None")
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return ' '.join(quote(arg) for arg in split_command)


_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                  '0123456789_@%+=:,./-')


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    for c in s:
        if c not in _SAFE:
            break
    else:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"
