#include "text/knuth_plass.hpp"

#include <cmath>
#include <limits>
#include <memory>

namespace acquis::kp {

namespace {

struct Sums {
  double width = 0, stretch = 0, shrink = 0;
};

struct Node {
  std::size_t position = 0;  // item index of the break
  std::size_t line = 0;      // lines before this break
  int fitness = 1;
  int hyphens = 0;  // consecutive hyphenated lines ending here
  bool flagged = false;
  double demerits = 0;
  double ratio = 0;
  Sums after;  // totals at the start of the next line
  const Node* previous = nullptr;
};

constexpr double kInf = std::numeric_limits<double>::infinity();

// TeX's badness, capped at 10000 ("infinitely bad", e.g. a short line with nothing to stretch):
// a tolerance of 10000 or more accepts any line that does not overflow.
double badness(double ratio) {
  const double r = std::abs(ratio);
  return r > 4.65 ? 10000.0 : std::min(100.0 * r * r * r, 10000.0);
}

int fitness_class(double ratio) {
  if (ratio < -0.5) return 0;
  if (ratio <= 0.5) return 1;
  if (ratio <= 1) return 2;
  return 3;
}

class Breaker {
 public:
  Breaker(const std::vector<Item>& items, const LineWidth& width, const Params& params)
      : items_(items), width_(width), params_(params), totals_(items.size() + 1) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      totals_[i + 1] = totals_[i];
      if (items[i].kind == Kind::Penalty) continue;
      totals_[i + 1].width += items[i].width;
      totals_[i + 1].stretch += items[i].stretch;
      totals_[i + 1].shrink += items[i].shrink;
    }
  }

  Result run() {
    nodes_.push_back(std::make_unique<Node>());
    active_.push_back(nodes_.back().get());
    for (std::size_t b = 0; b < items_.size() && !active_.empty(); ++b)
      if (is_legal_break(b)) try_break(b);
    return best_result();
  }

 private:
  bool is_legal_break(std::size_t b) const {
    const Item& item = items_[b];
    if (item.kind == Kind::Glue) return b > 0 && items_[b - 1].kind == Kind::Box;
    if (item.kind != Kind::Penalty || item.penalty >= kInfinitePenalty) return false;
    return !item.hyphenation || params_.allow_hyphenation;
  }

  double ratio(const Node& a, std::size_t b) const {
    const Item& item = items_[b];
    const double width =
        totals_[b].width - a.after.width + (item.kind == Kind::Penalty ? item.width : 0);
    const double target = width_(a.line);
    if (width < target) {
      const double stretch = totals_[b].stretch - a.after.stretch + params_.ragged_stretch;
      return stretch > 0 ? (target - width) / stretch : kInf;
    }
    if (width > target) {
      const double shrink = totals_[b].shrink - a.after.shrink;
      return shrink > 0 ? (target - width) / shrink : -kInf;
    }
    return 0;
  }

  double demerits(const Node& a, std::size_t b, double r) const {
    const Item& item = items_[b];
    double d = std::pow(params_.line_penalty + badness(r), 2.0);
    if (item.kind == Kind::Penalty && item.penalty > 0) d += std::pow(item.penalty, 2.0);
    if (item.kind == Kind::Penalty && item.penalty < 0 && item.penalty > -kInfinitePenalty)
      d -= std::pow(item.penalty, 2.0);
    const bool flagged = item.kind == Kind::Penalty && item.flagged;
    if (flagged && a.flagged) d += params_.flagged_demerits;
    if (b + 1 == items_.size() && a.flagged) d += params_.final_hyphen_demerits;
    if (std::abs(fitness_class(r) - a.fitness) > 1) d += params_.fitness_demerits;
    return d;
  }

  Sums sums_after(std::size_t b) const {
    Sums sums = totals_[b];
    for (std::size_t i = b; i < items_.size(); ++i) {
      const Item& item = items_[i];
      if (item.kind == Kind::Box) break;
      if (item.kind == Kind::Penalty && item.penalty <= -kInfinitePenalty && i > b) break;
      sums = totals_[i + 1];
    }
    return sums;
  }

  void try_break(std::size_t b) {
    const Item& item = items_[b];
    const bool forced = item.kind == Kind::Penalty && item.penalty <= -kInfinitePenalty;
    const bool flagged = item.kind == Kind::Penalty && item.flagged;
    // best candidate per (fitness class, consecutive-hyphen count)
    Node best[4][3];
    bool found[4][3] = {};
    std::vector<Node*> still_active;
    for (Node* a : active_) {
      const double r = ratio(*a, b);
      const int hyphens = flagged ? a->hyphens + 1 : 0;
      if (r >= -1 && badness(r) <= params_.tolerance &&
          hyphens <= params_.max_consecutive_hyphens && hyphens <= 2) {
        const double d = a->demerits + demerits(*a, b, r);
        const int fitness = fitness_class(r);
        Node& slot = best[fitness][hyphens];
        if (!found[fitness][hyphens] || d < slot.demerits) {
          found[fitness][hyphens] = true;
          slot = {b, a->line + 1, fitness, hyphens, flagged, d, r, {}, a};
        }
      }
      if (r >= -1 && !forced) still_active.push_back(a);
    }
    active_ = std::move(still_active);
    for (auto& row : best)
      for (Node& candidate : row)
        if (candidate.previous) {
          candidate.after = sums_after(b);
          nodes_.push_back(std::make_unique<Node>(candidate));
          active_.push_back(nodes_.back().get());
        }
    if (forced) {  // only the nodes at the final break survive
      std::vector<Node*> final_nodes;
      for (Node* node : active_)
        if (node->position == b) final_nodes.push_back(node);
      active_ = std::move(final_nodes);
    }
  }

  Result best_result() const {
    Result result;
    const Node* best = nullptr;
    for (const Node* node : active_)
      if (node->position + 1 == items_.size() && (!best || node->demerits < best->demerits))
        best = node;
    if (!best) return result;
    for (const Node* node = best; node->previous; node = node->previous) {
      result.breaks.insert(result.breaks.begin(), node->position);
      result.ratios.insert(result.ratios.begin(), node->ratio);
    }
    result.ok = true;
    return result;
  }

  const std::vector<Item>& items_;
  const LineWidth& width_;
  const Params& params_;
  std::vector<Sums> totals_;
  std::vector<std::unique_ptr<Node>> nodes_;
  std::vector<Node*> active_;
};

}  // namespace

Result break_lines(const std::vector<Item>& items, const LineWidth& line_width,
                   const Params& params) {
  if (items.empty()) return {true, {}, {}};
  return Breaker(items, line_width, params).run();
}

}  // namespace acquis::kp
