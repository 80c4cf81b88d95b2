// make_scan: turns a PDF with a text layer into the kind of scan an office publishes,
// an image-only PDF, for the OCR fixtures of corpus/scans/ (corpus/make_scans.sh).
//
//   make_scan IN.pdf OUT.pdf [--dpi 150] [--seed N] [--noise 3] [--quality 40]
//
// Each page is rendered with poppler-cpp at --dpi in grey and thresholded to black and
// white, as office scanners send text pages (a G4 page is a twentieth of a grey JPEG's
// size, which keeps the committed fixtures small); the last
// page keeps its colour and gets a red round stamp over the signature (placed from the
// text layer: over the lowest line above the footer of the last page, the signer's name,
// and the space above it); then light noise and a few specks of dust, a rotation of about one
// degree (its sign and size vary by page), and the pages are written back with Leptonica as JPEG
// images in a PDF. The output has no text layer. Deterministic for a given seed.
//
// Built only on request (cmake -DNTMX_BUILD_TOOLS=ON, target make_scan): CI does not
// regenerate the fixtures, it reads the committed ones.
#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <random>
#include <string>

namespace {

// A 32 bpp Leptonica image of a rendered page (poppler's ARGB32 in native byte order).
PIX* ToPix32(const poppler::image& image) {
  const int w = image.width(), h = image.height();
  PIX* pix = pixCreate(w, h, 32);
  for (int y = 0; y < h; ++y) {
    const auto* row =
        reinterpret_cast<const uint32_t*>(image.const_data() + y * image.bytes_per_row());
    l_uint32* line = pixGetData(pix) + y * pixGetWpl(pix);
    for (int x = 0; x < w; ++x) {
      const uint32_t argb = row[x];
      composeRGBPixel((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, line + x);
    }
  }
  return pix;
}

// Red ink over the page, as ink mixes (multiply): a ring, a smaller ring, a star-less
// centre with a few lines, like the commune's round stamp.
void Stamp(PIX* pix, double cx, double cy, double r) {
  const int w = pixGetWidth(pix), h = pixGetHeight(pix);
  const int ink_r = 205, ink_g = 45, ink_b = 55;
  for (int y = std::max(0, int(cy - r)); y < std::min(h, int(cy + r)); ++y) {
    for (int x = std::max(0, int(cx - r)); x < std::min(w, int(cx + r)); ++x) {
      const double d = std::hypot(x - cx, y - cy);
      const bool ink = (d < r && d > 0.9 * r) || (d < 0.72 * r && d > 0.66 * r) ||
                       (d < 0.6 * r && std::abs(y - cy) < 0.05 * r) ||
                       (d < 0.6 * r && std::fmod(x - cx + r, 0.2 * r) < 0.05 * r &&
                        std::abs(y - cy) > 0.1 * r && d > 0.25 * r);
      if (!ink) continue;
      l_uint32* p = pixGetData(pix) + y * pixGetWpl(pix) + x;
      l_int32 pr, pg, pb;
      extractRGBValues(*p, &pr, &pg, &pb);
      composeRGBPixel(pr * ink_r / 255, pg * ink_g / 255, pb * ink_b / 255, p);
    }
  }
}

// Specks of dust: small dark dots, `count` of them.
void Specks(PIX* pix, std::mt19937* rng, int count) {
  const int w = pixGetWidth(pix), h = pixGetHeight(pix);
  std::uniform_int_distribution<int> xs(0, w - 2), ys(0, h - 2), shade(40, 140);
  for (int i = 0; i < count; ++i) {
    const int x = xs(*rng), y = ys(*rng), v = shade(*rng);
    for (int dy = 0; dy < 2; ++dy)
      for (int dx = 0; dx < 2; ++dx)
        pixSetPixel(pix, x + dx, y + dy, pixGetDepth(pix) == 8 ? v : (v << 24 | v << 16 | v << 8));
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(
        stderr,
        "usage: make_scan IN.pdf OUT.pdf [--dpi 150] [--seed N] [--noise 3] [--quality 40]\n");
    return 2;
  }
  int dpi = 150, quality = 40;
  float noise = 3.0f;
  unsigned seed = 1;
  for (int i = 3; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--dpi") == 0) dpi = std::atoi(argv[i + 1]);
    if (std::strcmp(argv[i], "--quality") == 0) quality = std::atoi(argv[i + 1]);
    if (std::strcmp(argv[i], "--noise") == 0) noise = static_cast<float>(std::atof(argv[i + 1]));
    if (std::strcmp(argv[i], "--seed") == 0) seed = static_cast<unsigned>(std::atoi(argv[i + 1]));
  }
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(argv[1]));
  if (doc == nullptr) {
    std::fprintf(stderr, "make_scan: cannot open %s\n", argv[1]);
    return 1;
  }
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> tilt(0.7, 1.2);
  PIXA* pages = pixaCreate(doc->pages());
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_argb32);
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    const poppler::image image = renderer.render_page(page.get(), dpi, dpi);
    PIX* colour = ToPix32(image);
    const bool last = i + 1 == doc->pages();
    PIX* pix = nullptr;
    if (last) {
      // The signer's name: the lowest line of the page above its footer.
      const double scale = dpi / 72.0, foot = 0.9 * page->page_rect().height();
      double name_top = -1, left = 1e9, right = 0;
      for (const poppler::text_box& box : page->text_list()) {
        const poppler::rectf r = box.bbox();
        if (r.top() > foot) continue;
        if (r.top() > name_top + 2) {
          name_top = r.top();
          left = r.left();
          right = r.right();
        } else if (std::abs(r.top() - name_top) <= 2) {
          left = std::min(left, r.left());
          right = std::max(right, r.right());
        }
      }
      if (name_top > 0) {
        Stamp(colour, ((left + right) / 2 - 15) * scale, (name_top - 22) * scale, 36 * scale);
      }
      pix = pixClone(colour);
    } else {
      pix = pixConvertRGBToLuminance(colour);
    }
    pixDestroy(&colour);
    PIX* noisy = pixAddGaussianNoise(pix, noise);
    pixDestroy(&pix);
    Specks(noisy, &rng, 150);
    const double degrees = tilt(rng) * ((i % 2 == 0) ? 1 : -1);
    PIX* rotated = pixRotate(noisy, static_cast<float>(degrees * M_PI / 180), L_ROTATE_AREA_MAP,
                             L_BRING_IN_WHITE, 0, 0);
    pixDestroy(&noisy);
    if (!last) {
      // A black-and-white scan (what office scanners make of a text page, and a
      // twentieth of a grey JPEG's size).
      PIX* bw = pixThresholdToBinary(rotated, 150);
      pixDestroy(&rotated);
      rotated = bw;
    }
    pixSetResolution(rotated, dpi, dpi);
    if (const char* png = std::getenv("MAKE_SCAN_PNG"); png != nullptr && last) {
      pixWrite(png, rotated, IFF_PNG);
    }
    pixaAddPix(pages, rotated, L_INSERT);
  }
  l_uint8* data = nullptr;
  size_t size = 0;
  if (pixaConvertToPdfData(pages, dpi, 1.0f, L_DEFAULT_ENCODE, quality, nullptr, &data, &size) !=
      0) {
    std::fprintf(stderr, "make_scan: cannot write the PDF\n");
    return 1;
  }
  FILE* out = std::fopen(argv[2], "wb");
  if (out == nullptr || std::fwrite(data, 1, size, out) != size || std::fclose(out) != 0) {
    std::fprintf(stderr, "make_scan: cannot write %s\n", argv[2]);
    return 1;
  }
  lept_free(data);
  pixaDestroy(&pages);
  return 0;
}
