// STUB — the terminal work (issue 4) fills this in.
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
