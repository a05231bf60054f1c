// The parts of ncursesw's wide-character API that Swift cannot import on its own: macros
// (attributes, KEY_F, mouse masks, getmaxyx) and globals (stdscr, COLORS), which Swift 6 would
// reject as unsafe shared state. Everything here is a plain function or constant.
#ifndef DUBAO_CNCURSESW_SHIM_H
#define DUBAO_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so ask for the wide API explicitly: without it
// cchar_t, setcchar, mvadd_wch and get_wch are not declared.
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

// MARK: Attributes (macros built with NCURSES_BITS).

static inline attr_t dubao_attr_bold(void) { return A_BOLD; }
static inline attr_t dubao_attr_reverse(void) { return A_REVERSE; }
static inline attr_t dubao_attr_dim(void) { return A_DIM; }
static inline attr_t dubao_attr_underline(void) { return A_UNDERLINE; }

// MARK: Keys and mouse.

static inline int dubao_key_f(int n) { return KEY_F(n); }
static inline mmask_t dubao_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t dubao_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t dubao_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t dubao_wheel_down(void) { return BUTTON5_PRESSED; }

/// Reads the pending mouse event: 1 with its mask and position, 0 if there is none.
static inline int dubao_get_mouse(mmask_t *mask, int *row, int *column) {
  MEVENT event;
  if (getmouse(&event) != OK) return 0;
  *mask = event.bstate;
  *row = event.y;
  *column = event.x;
  return 1;
}

// MARK: The standard screen and globals.

static inline WINDOW *dubao_stdscr(void) { return stdscr; }
static inline int dubao_rows(void) { return stdscr ? getmaxy(stdscr) : 0; }
static inline int dubao_columns(void) { return stdscr ? getmaxx(stdscr) : 0; }
static inline FILE *dubao_stdin(void) { return stdin; }
static inline FILE *dubao_stdout(void) { return stdout; }
static inline int dubao_colors(void) { return COLORS; }
static inline int dubao_color_pairs(void) { return COLOR_PAIRS; }

/// Sets up the standard screen for the reader: no echo, keypad, no newline mapping.
static inline void dubao_configure_stdscr(void) {
  keypad(stdscr, TRUE);
  nodelay(stdscr, FALSE);
  scrollok(stdscr, FALSE);
  idlok(stdscr, FALSE);
  leaveok(stdscr, TRUE);
}

/// Reads one byte or key code (>= KEY_MIN) like wgetch; waits forever (`timeout_ms` < 0) or
/// at most that long, returning ERR when nothing came.
static inline int dubao_getch(int timeout_ms) {
  wtimeout(stdscr, timeout_ms);
  return wgetch(stdscr);
}

/// Draws one cell: `text` holds up to CCHARW_MAX wide characters (a base plus combining marks).
static inline int dubao_put_cell(
  int row, int column, const wchar_t *text, attr_t attrs, short pair, int insert) {
  cchar_t cell;
  wchar_t chars[CCHARW_MAX + 1];
  int n = 0;
  while (n < CCHARW_MAX && text[n] != 0) {
    chars[n] = text[n];
    n++;
  }
  chars[n] = 0;
  if (n == 0) {
    chars[0] = L' ';
    chars[1] = 0;
  }
  if (setcchar(&cell, chars, attrs, pair, NULL) != OK) return ERR;
  // Inserting does not move the cursor, so the bottom-right cell can be written without
  // ncurses trying to wrap (and on some terminals scroll) past the end.
  if (insert) return mvwins_wch(stdscr, row, column, &cell);
  return mvwadd_wch(stdscr, row, column, &cell);
}

// MARK: Locale.

/// 1 if the current LC_CTYPE codeset is UTF-8.
static inline int dubao_codeset_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0);
}

/// Takes the locale from the environment and, if its codeset is not UTF-8, switches to a UTF-8
/// locale: ncursesw draws Chinese as blanks otherwise.
/// Returns 1 when the resulting codeset is UTF-8.
static inline int dubao_setup_utf8_locale(void) {
  setlocale(LC_ALL, "");
  if (dubao_codeset_is_utf8()) return 1;
  const char *fallbacks[] = {"C.UTF-8", "C.utf8", "en_US.UTF-8"};
  for (unsigned i = 0; i < sizeof fallbacks / sizeof fallbacks[0]; i++) {
    if (setlocale(LC_ALL, fallbacks[i]) != NULL && dubao_codeset_is_utf8()) return 1;
  }
  return 0;
}

// MARK: Signals.

/// One more than the highest signal number (NSIG, SIGRTMAX + 1 on Linux): the size of a table
/// indexed by signal number.
static inline int dubao_signal_count(void) { return NSIG; }

/// Puts back the default action for `sig` (SIG_DFL is a cast macro).
static inline void dubao_default_signal(int sig) { signal(sig, SIG_DFL); }

/// Installs `handler` for `sig` without SA_RESTART, saving the previous action in `previous`
/// (may be NULL). Returns 0 on success.
static inline int dubao_install_signal(
  int sig, void (*handler)(int), struct sigaction *previous) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  return sigaction(sig, &action, previous);
}

/// Installs `handler` for `sig` with SA_SIGINFO (so it can tell who sent the signal), saving
/// the previous action in `previous`. Returns 0 on success.
static inline int dubao_install_signal_info(
  int sig, void (*handler)(int, siginfo_t *, void *), struct sigaction *previous) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_sigaction = handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_SIGINFO;
  return sigaction(sig, &action, previous);
}

/// 1 when another process sent the signal (`kill`), not the kernel (a real fault) nor this
/// process itself (`abort`, `raise`).
static inline int dubao_signal_sent_by_other(const siginfo_t *info) {
  return info != NULL && info->si_code <= 0 && info->si_pid != getpid();
}

/// Ends the process by `sig` with its default action, even from inside that signal's
/// handler (where it is blocked); the exit status 128 + sig is the fallback for signals whose
/// default is to be ignored.
static inline void dubao_die_by_signal(int sig) {
  sigset_t set;
  signal(sig, SIG_DFL);
  sigemptyset(&set);
  sigaddset(&set, sig);
  sigprocmask(SIG_UNBLOCK, &set, NULL);
  raise(sig);
  _exit(128 + sig);
}

/// Restores a saved action for `sig`.
static inline int dubao_restore_signal(int sig, const struct sigaction *previous) {
  return sigaction(sig, previous, NULL);
}

// MARK: Terminal capabilities (term.h is not included: its macros would clash with Swift names).

extern int setupterm(const char *, int, int *);
extern char *tigetstr(const char *);

/// For the terminal named by TERM on `fd`: 1 if it can move the cursor to any cell (`cup`),
/// 0 if not (`dumb`), -1 if TERM is unknown (newterm reports that).
static inline int dubao_terminal_can_address_cursor(int fd) {
  int error = 0;
  if (setupterm(NULL, fd, &error) != OK) return -1;
  char *cup = tigetstr("cup");
  return cup != NULL && cup != (char *)-1;
}

// MARK: The terminal's descriptors.

/// What waiting for input on `fd` found: 1 input is ready, 0 interrupted by a signal, -1 the
/// terminal is gone (hung up, closed, or an error), 2 `timeout` milliseconds passed (-1 waits
/// for ever).
static inline int dubao_wait_for_input(int fd, int timeout) {
  struct pollfd entry = {.fd = fd, .events = POLLIN, .revents = 0};
  int ready = poll(&entry, 1, timeout);
  if (ready < 0) return errno == EINTR ? 0 : -1;
  if (ready == 0) return 2;
  if (entry.revents & (POLLHUP | POLLERR | POLLNVAL)) return -1;
  return 1;
}

/// 1 when `fd` reports a hang-up or error right now (without waiting).
static inline int dubao_input_is_gone(int fd) {
  struct pollfd entry = {.fd = fd, .events = POLLIN, .revents = 0};
  if (poll(&entry, 1, 0) < 0) return errno != EINTR;
  return (entry.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

/// Clears O_NONBLOCK on `fd`; returns the flags it had (-1 if they could not be read).
static inline int dubao_make_blocking(int fd) {
  int flags = fcntl(fd, F_GETFL);
  if (flags >= 0 && (flags & O_NONBLOCK)) fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  return flags;
}

/// Puts back the flags `dubao_make_blocking` returned.
static inline void dubao_restore_flags(int fd, int flags) {
  if (flags >= 0) fcntl(fd, F_SETFL, flags);
}

/// Turns off XON/XOFF flow control on the terminal `fd`, so Ctrl-S and Ctrl-Q reach the
/// reader as keys instead of freezing the screen; then records the modes as curses' program
/// modes, so they come back after Ctrl-Z and `fg`.
static inline void dubao_disable_flow_control(int fd) {
  struct termios modes;
  if (tcgetattr(fd, &modes) == 0) {
    modes.c_iflag &= ~(IXON | IXOFF);
    tcsetattr(fd, TCSANOW, &modes);
  }
  def_prog_mode();
}

/// Asks the terminal on `fd` for its size and, when it differs from curses' idea (a resize
/// while the reader was stopped by Ctrl-Z, whose SIGWINCH went to the shell), resizes curses.
/// Returns 1 when it did.
static inline int dubao_sync_size(int fd) {
  struct winsize size;
  if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return 0;
  if (size.ws_row == LINES && size.ws_col == COLS) return 0;
  resizeterm(size.ws_row, size.ws_col);
  return 1;
}

#endif
