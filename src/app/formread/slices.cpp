// See slices.h.
#define POINTERHOLDER_TRANSITION 4
#include "slices.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <cstdio>
#include <memory>
#include <queue>
#include <string>
#include <vector>

namespace {

std::unique_ptr<QPDF> open_pdf(const char* path) {
  auto pdf = std::make_unique<QPDF>();
  pdf->setSuppressWarnings(true);
  pdf->setAttemptRecovery(false);  // a damaged slice is refused, not guessed at
  pdf->processFile(path);
  if (pdf->isEncrypted()) throw std::runtime_error("the file is encrypted");
  return pdf;
}

// A page's place in the batch, or -1 when it has none.
long long order_of(QPDFPageObjectHelper& page) {
  QPDFObjectHandle order = page.getObjectHandle().getKey("/AcquisOrder");
  return order.isInteger() ? order.getIntValue() : -1;
}

struct Next {
  long long order;
  size_t input, page;
  bool operator>(const Next& other) const {
    return order != other.order ? order > other.order : input > other.input;
  }
};

}  // namespace

extern "C" int acquis_read_slice(const char* path, int* index, int* count) {
  std::unique_ptr<QPDF> pdf;
  try {
    pdf = open_pdf(path);
  } catch (const std::exception&) {
    return ACQUIS_SLICE_UNREADABLE;
  }
  QPDFObjectHandle slice = pdf->getRoot().getKey("/AcquisSlice");
  if (!slice.isString() || std::sscanf(slice.getUTF8Value().c_str(), "%d/%d", index, count) != 2 ||
      *index < 1 || *index > *count)
    return ACQUIS_SLICE_NOT_SLICE;
  return ACQUIS_SLICE_OK;
}

extern "C" int acquis_assemble_slices(const char* const* inputs, size_t count, const char* output,
                                      int deterministic, size_t* pages, size_t* failed) {
  *pages = 0;
  std::vector<std::unique_ptr<QPDF>> slices;
  std::vector<std::vector<QPDFPageObjectHelper>> slice_pages;
  for (*failed = 0; *failed < count; ++*failed) {
    try {
      slices.push_back(open_pdf(inputs[*failed]));
    } catch (const std::exception&) {
      return ACQUIS_SLICE_UNREADABLE;
    }
    slice_pages.push_back(QPDFPageDocumentHelper(*slices.back()).getAllPages());
    for (QPDFPageObjectHelper& page : slice_pages.back())
      if (order_of(page) < 0) return ACQUIS_SLICE_NOT_SLICE;
  }
  *failed = count;
  try {
    // The first slice becomes the whole: its pages are taken out, then every slice's pages put
    // in, by their place in the batch (a merge of lists each in order already).
    QPDF& whole = *slices.front();
    QPDFPageDocumentHelper document(whole);
    // From the last: qpdf renumbers the pages after the one taken out.
    for (auto page = slice_pages.front().rbegin(); page != slice_pages.front().rend(); ++page)
      document.removePage(*page);
    std::priority_queue<Next, std::vector<Next>, std::greater<Next>> next;
    for (size_t i = 0; i < count; ++i)
      if (!slice_pages[i].empty()) next.push({order_of(slice_pages[i][0]), i, 0});
    while (!next.empty()) {
      const Next at = next.top();
      next.pop();
      QPDFPageObjectHelper& page = slice_pages[at.input][at.page];
      document.addPage(page, false);
      if (at.page + 1 < slice_pages[at.input].size())
        next.push({order_of(slice_pages[at.input][at.page + 1]), at.input, at.page + 1});
    }
    for (QPDFPageObjectHelper& page : document.getAllPages()) {
      page.getObjectHandle().removeKey("/AcquisOrder");
      ++*pages;
    }
    whole.getRoot().removeKey("/AcquisSlice");
    // Bookmarks point into one slice only: a joined file has none rather than a third of them.
    whole.getRoot().removeKey("/Outlines");
    QPDFWriter writer(whole, output);
    writer.setDeterministicID(deterministic != 0);
    writer.setNewlineBeforeEndstream(true);  // as PDF/A asks (a certificate's slices are PDF/A)
    const bool compact = whole.getPDFVersion() >= "1.5";
    writer.setObjectStreamMode(compact ? qpdf_o_generate : qpdf_o_disable);
    writer.write();
  } catch (const std::exception&) {
    return ACQUIS_SLICE_WRITE;
  }
  return ACQUIS_SLICE_OK;
}
