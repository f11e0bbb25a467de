// A process as a flow chart: numbered boxes in rows that snake left to right, then right to left,
// so that each arrow is short and the next step is always next to the previous one.
#include <acquis/blocks.hpp>

#include <algorithm>

namespace acquis {

namespace {

constexpr double kColumnGap = 22, kRowGap = 20;

}  // namespace

block::Diagram process_chart(const std::vector<Runs>& steps, double width, int columns,
                             double box_height) {
  block::Diagram diagram;
  const std::size_t count = steps.size();
  const auto per_row = static_cast<std::size_t>(std::max(1, columns));
  const std::size_t rows = (count + per_row - 1) / per_row;
  const double box_width =
      (width - kColumnGap * static_cast<double>(per_row - 1)) / static_cast<double>(per_row);
  diagram.width = width;
  diagram.height = rows == 0 ? 0 : static_cast<double>(rows) * (box_height + kRowGap) - kRowGap;
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t row = i / per_row, position = i % per_row;
    const std::size_t column = row % 2 == 0 ? position : per_row - 1 - position;
    block::DiagramNode node;
    node.id = std::to_string(i + 1);
    node.box = {static_cast<double>(column) * (box_width + kColumnGap),
                static_cast<double>(row) * (box_height + kRowGap), box_width, box_height};
    Run number = text_run(std::to_string(i + 1) + "\n");
    number.style_class = "diagram-number";
    node.text.push_back(std::move(number));
    node.text.insert(node.text.end(), steps[i].begin(), steps[i].end());
    diagram.nodes.push_back(std::move(node));
    if (i > 0) diagram.connectors.push_back({std::to_string(i), std::to_string(i + 1)});
  }
  return diagram;
}

}  // namespace acquis
