// poppler-glib's C API for PDFText: documents from bytes, each character's box, the font and
// size runs of a page's text, and its image areas. Only plain functions are used from Swift.
#ifndef DUBAO_CPOPPLER_SHIM_H
#define DUBAO_CPOPPLER_SHIM_H

#include <poppler.h>

#endif
