/* file.h — file objects: sys.stdin/stdout/stderr and open() (text and binary).
 * Invariant: a writable file's buffer is flushed before it is closed, before
 * any write to stderr (for stdout), and at exit through the Interp's registry
 * of open writable files; finalizers are never relied on. */
#ifndef ASP_FILE_H
#define ASP_FILE_H

#include "value.h"
#include "type.h"

typedef struct FileObj {
    Obj ob;
    int fd;
    Value name;              /* str (path) or int (fd) */
    Value mode;              /* str as given to open(), e.g. "r", "wb" */
    bool readable, writable, binary, closed, closefd;
    bool line_buffered;      /* flush after a newline (ttys, stderr) */
    bool write_through;      /* flush after every write (stderr) */
    bool is_stdout;          /* writing to stderr flushes this first */
    bool eof;
    char *wbuf; size_t wlen, wcap;
    char *rbuf; size_t rpos, rlen, rcap;
    Value buffer;            /* text: its .buffer (binary view), binary view: its text parent; or NIL */
    Value encoding;          /* str: "UTF-8" (default) or as given */
} FileObj;

extern Type type_file;        /* text files: _io.TextIOWrapper */
extern Type type_binfile;     /* binary files: _io.BufferedReader/Writer */

/* Wrap an fd (sys.std*); mode "r" or "w". */
Value file_from_fd(int fd, const char *name, const char *mode, bool binary);
/* open(path, mode): FileNotFoundError etc. */
Value file_open(Value path, const char *mode);
bool file_check(Value v);
/* Write raw UTF-8 / bytes to a file object (fast path for print). false on error. */
bool file_write_raw(Value f, const char *s, size_t n);
bool file_flush(Value f);
/* Read one line (with its newline) from a file; "" at EOF; NIL on error. */
Value file_readline(Value f);
extern Type exc_UnsupportedOperation;   /* io.UnsupportedOperation */
/* Flush every registered writable file; false if flushing stdout failed. */
bool file_flush_all(void);
void file_types_init(void);

#endif
