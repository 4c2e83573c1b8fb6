/* lexer.re — raw tokens of Python source (re2c 3.0).
 * Owns only the shape of one token at a time: lex_raw() looks at a
 * NUL-terminated buffer and says what starts there and where it ends.
 * Indentation, brackets, literal values and positions are src/lex.c's job.
 * Invariant: the result always consumes at least one byte unless it is RAW_EOF.
 */
#include "lex.h"
#include "parser.h"

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    re2c:flags:utf-8 = 0;

    idstart   = [a-zA-Z_\x80-\xff];
    idchar    = [a-zA-Z0-9_\x80-\xff];
    digitpart = [0-9] ("_"? [0-9])*;
    decint    = [1-9] ("_"? [0-9])* | "0"+ ("_"? "0")*;
    hexint    = "0" [xX] ("_"? [0-9a-fA-F])+;
    octint    = "0" [oO] ("_"? [0-7])+;
    binint    = "0" [bB] ("_"? [01])+;
    exponent  = [eE] [+-]? digitpart;
    pointfl   = digitpart? "." digitpart | digitpart ".";
    floatnum  = pointfl exponent? | digitpart exponent;
    prefix    = [rRuUbBfF] | [rR][bBfF] | [bBfF][rR];
    ch1       = [^'\\\n\x00] | "\\" [^\x00];
    ch2       = [^"\\\n\x00] | "\\" [^\x00];
    tch1      = [^'\\\x00] | "\\" [^\x00];
    tch2      = [^"\\\x00] | "\\" [^\x00];
*/

int lex_raw(const char *s, const char **end)
{
    const unsigned char *YYCURSOR = (const unsigned char *)s, *YYMARKER = YYCURSOR;
    int kind;
    /*!re2c
    "\x00"                  { *end = s; return RAW_EOF; }
    "\n"                    { kind = RAW_NEWLINE; goto done; }
    [ \t\f]+                { kind = RAW_WS; goto done; }
    "#" [^\n\x00]*          { kind = RAW_COMMENT; goto done; }
    "\\\n"                  { kind = RAW_CONT; goto done; }
    idstart idchar*         { kind = RAW_NAME; goto done; }

    decint | hexint | octint | binint  { kind = RAW_INT; goto done; }
    "0" [0-9_]* [1-9] [0-9_]*          { kind = RAW_LEADZERO; goto done; }
    "0" [xX]                { kind = RAW_BADHEX; goto done; }
    "0" [oO]                { kind = RAW_BADOCT; goto done; }
    "0" [bB]                { kind = RAW_BADBIN; goto done; }
    floatnum                { kind = RAW_FLOAT; goto done; }
    (floatnum | digitpart) [jJ] { kind = RAW_IMAG; goto done; }

    prefix? "'" ch1* "'"                       { kind = RAW_STRING; goto done; }
    prefix? '"' ch2* '"'                       { kind = RAW_STRING; goto done; }
    prefix? "'''" (tch1 | "'" tch1 | "''" tch1)* "'''"   { kind = RAW_STRING; goto done; }
    prefix? '"""' (tch2 | '"' tch2 | '""' tch2)* '"""'   { kind = RAW_STRING; goto done; }
    prefix? "'" ch1*        { kind = RAW_UNTERM; goto done; }
    prefix? '"' ch2*        { kind = RAW_UNTERM; goto done; }
    prefix? "'''" (tch1 | "'" tch1 | "''" tch1)* ("'" | "''")?   { kind = RAW_UNTERM3; goto done; }
    prefix? '"""' (tch2 | '"' tch2 | '""' tch2)* ('"' | '""')?   { kind = RAW_UNTERM3; goto done; }

    "=="  { kind = T_EQEQ; goto done; }
    "!="  { kind = T_NOTEQ; goto done; }
    "<="  { kind = T_LESSEQ; goto done; }
    ">="  { kind = T_GREATEREQ; goto done; }
    "<<"  { kind = T_LSHIFT; goto done; }
    ">>"  { kind = T_RSHIFT; goto done; }
    "**"  { kind = T_POW; goto done; }
    "//"  { kind = T_FLOORDIV; goto done; }
    "->"  { kind = T_ARROW; goto done; }
    ":="  { kind = T_WALRUS; goto done; }
    "..." { kind = T_ELLIPSIS; goto done; }
    ("+" | "-" | "*" | "/" | "//" | "%" | "@" | "&" | "|" | "^" | ">>" | "<<" | "**") "="
          { kind = T_AUGASSIGN; goto done; }
    [()[\]{}:,;+\-*/|&<>=.%~^@!]  { kind = (unsigned char)s[0]; goto done; }
    *     { kind = RAW_BADCHAR; goto done; }
    */
done:
    *end = (const char *)YYCURSOR;
    return kind;
}
