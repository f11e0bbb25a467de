#include "layout/document_layout.hpp"

#include "layout/fixed_page.hpp"
#include "layout/section_layout.hpp"
#include "layout/watermark.hpp"

namespace acquis {

namespace {

// What `acquis lire` reads to know a filled form: a hidden read-only field of no size on the
// first page, "acquis-formulaire/1;document=…;programme=…;personne=…". A field rather than
// metadata: viewers that save a filled form keep its fields.
void add_form_identity(const Metadata::Form& form, LayoutContext& ctx, PageFrame& page) {
  FrameWidget widget;
  widget.name = "acquis";
  widget.value = "acquis-formulaire/1;document=" + form.document + ";programme=" + form.program +
                 ";personne=" + form.person;
  widget.description = form.description;
  widget.read_only = true;
  widget.hidden = true;
  StructScope element(ctx, "Form");
  widget.tag = element.open() ? element.id() : kUnclaimed;
  page.items.insert(page.items.begin(), std::move(widget));
}

}  // namespace

DocumentFrames layout_document(const Document& document, const TextResources& text,
                               Diagnostics& diags) {
  const Cascade cascade(document.theme, document.styles);
  LayoutContext ctx{text, diags, cascade, document.metadata.language};
  DocumentFrames frames;
  ctx.structure = &frames.structure;
  frames.structure.language = document.metadata.language;
  std::vector<PageFrame>& pages = frames.pages;
  std::vector<const PageTemplate*> templates;
  for (const auto& section : document.sections) {
    if (const auto* fixed = std::get_if<FixedPage>(&section)) {
      pages.push_back(layout_fixed_page(*fixed, ctx));
      templates.push_back(nullptr);
    } else {
      layout_section(std::get<Section>(section), ctx, pages, templates);
    }
  }
  if (!document.metadata.form.document.empty() && !pages.empty())
    add_form_identity(document.metadata.form, ctx, pages.front());
  ctx.structure = nullptr;  // headers, footers and watermarks are artifacts
  ctx.page_count = static_cast<int>(pages.size());
  for (std::size_t i = 0; i < pages.size() && !diags.has_errors(); ++i) {
    ctx.page_number = static_cast<int>(i + 1);
    if (templates[i]) add_page_regions(pages[i], *templates[i], ctx);
    if (!document.watermark.empty()) add_watermark(pages[i], document.watermark, ctx);
  }
  return frames;
}

}  // namespace acquis
