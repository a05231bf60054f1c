"""The C library's wcwidth under setlocale(LC_ALL, "C.UTF-8"), through ctypes: what ncursesw
advances the cursor by. Shared by generate-width-table.py and generate-ambiguous-table.py."""

import ctypes
import ctypes.util

LC_ALL = 6  # glibc's value


def load_libc():
    """The C library with its locale set to C.UTF-8 and `wcwidth` typed; exits when the
    locale is not available."""
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    libc.setlocale.restype = ctypes.c_char_p
    libc.setlocale.argtypes = [ctypes.c_int, ctypes.c_char_p]
    if libc.setlocale(LC_ALL, b"C.UTF-8") is None:
        raise SystemExit("the C.UTF-8 locale is not available")
    libc.wcwidth.argtypes = [ctypes.c_int32]
    libc.wcwidth.restype = ctypes.c_int
    return libc
