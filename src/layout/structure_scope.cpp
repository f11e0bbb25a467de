#include "layout/context.hpp"

namespace acquis {

StructScope::StructScope(LayoutContext& ctx, std::string role) : ctx_(ctx), outer_(ctx.element) {
  if (!ctx.structure || role.empty()) return;
  id_ = ctx.structure->add(ctx.element, std::move(role));
  ctx.element = id_;
}

void StructScope::claim(std::vector<FrameItem>& items) {
  if (open()) acquis::claim(items, *ctx_.structure, id_);
}

}  // namespace acquis
