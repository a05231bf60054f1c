#!/usr/bin/env bash
# Compares poppler-glib and MuPDF on one PDF page, as docs/format.md (PDF input) reports:
# the time to open a PDF and get every character's box (best of RUNS), the count of boxes,
# and the size of each test binary. Not part of CI.
#
# usage: scripts/measure-pdf-libraries.sh FILE.pdf
# needs: apt-get install libpoppler-glib-dev libmupdf-dev pkg-config \
#          libmujs-dev libgumbo-dev libopenjp2-7-dev libjbig2dec0-dev libjpeg-dev libharfbuzz-dev
# (libmupdf-dev ships static archives only and does not pull in what they link against).
set -euo pipefail
pdf=$(realpath "$1")
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

cat >poppler.c <<'C'
#include <poppler.h>
#include <stdio.h>
#include <time.h>
int main(int argc, char **argv) {
  struct timespec a, b; clock_gettime(CLOCK_MONOTONIC, &a);
  gsize n; gchar *data; GError *err = NULL;
  if (!g_file_get_contents(argv[1], &data, &n, NULL)) return 1;
  GBytes *bytes = g_bytes_new_take(data, n);
  PopplerDocument *doc = poppler_document_new_from_bytes(bytes, NULL, &err);
  if (!doc) { printf("error: %s\n", err->message); return 1; }
  long boxes = 0, runs = 0;
  for (int p = 0; p < poppler_document_get_n_pages(doc); p++) {
    PopplerPage *page = poppler_document_get_page(doc, p);
    char *text = poppler_page_get_text(page);
    PopplerRectangle *rects; guint count;
    poppler_page_get_text_layout(page, &rects, &count);
    GList *attributes = poppler_page_get_text_attributes(page);
    boxes += count; runs += g_list_length(attributes);
    poppler_page_free_text_attributes(attributes); g_free(rects); g_free(text); g_object_unref(page);
  }
  clock_gettime(CLOCK_MONOTONIC, &b);
  printf("poppler-glib: %ld boxes, %ld font runs, %.1f ms\n", boxes, runs,
         (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6);
  return 0;
}
C

cat >mupdf.c <<'C'
#include <mupdf/fitz.h>
#include <stdio.h>
#include <time.h>
int main(int argc, char **argv) {
  struct timespec a, b; clock_gettime(CLOCK_MONOTONIC, &a);
  fz_context *ctx = fz_new_context(NULL, NULL, FZ_STORE_UNLIMITED);
  fz_register_document_handlers(ctx);
  long chars = 0;
  fz_try(ctx) {
    fz_document *doc = fz_open_document(ctx, argv[1]);
    for (int p = 0; p < fz_count_pages(ctx, doc); p++) {
      fz_stext_page *text = fz_new_stext_page_from_page_number(ctx, doc, p, NULL);
      for (fz_stext_block *block = text->first_block; block; block = block->next)
        if (block->type == FZ_STEXT_BLOCK_TEXT)
          for (fz_stext_line *line = block->u.t.first_line; line; line = line->next)
            for (fz_stext_char *c = line->first_char; c; c = c->next) chars++;
      fz_drop_stext_page(ctx, text);
    }
    fz_drop_document(ctx, doc);
  } fz_catch(ctx) { printf("error: %s\n", fz_caught_message(ctx)); return 1; }
  clock_gettime(CLOCK_MONOTONIC, &b);
  printf("MuPDF: %ld characters, %.1f ms\n", chars,
         (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6);
  return 0;
}
C

# shellcheck disable=SC2046
gcc -O2 poppler.c -o poppler $(pkg-config --cflags --libs poppler-glib)
# shellcheck disable=SC2046
gcc -O2 mupdf.c -o mupdf $(pkg-config --cflags --libs --static mupdf) -lharfbuzz -lfreetype
echo "binaries: poppler $(stat -c %s poppler) bytes, MuPDF $(stat -c %s mupdf) bytes"
for _ in $(seq "$runs"); do ./poppler "$pdf"; ./mupdf "$pdf"; done
