/* names.c — the table of interned identifier strings behind NM(...).
 * Invariant: after names_init() every rt_names[] entry is an interned str,
 * so C code may compare attribute names against them by identity. */
#include "names.h"
#include "str.h"
#include "interp.h"

Value rt_names[N__COUNT];

static const char *const name_texts[N__COUNT] = {
#define SLOT(dunder, field, sig) #dunder,
#include "slots.def"
#undef SLOT
#define NAME(id, text) text,
#include "names.def"
#undef NAME
};

void names_init(void) {
    for (int i = 0; i < N__COUNT; i++) {
        rt_names[i] = str_intern(name_texts[i]);
    }
}
