// The module that reads PDF files with qpdf (filled forms, a batch's slices: src/app/formread),
// loaded on first use. Internal to app/.
#pragma once

namespace acquis::app {

// A function of the module, or null when the module cannot be found or lacks it.
void* qpdf_module_entry(const char* name);

}  // namespace acquis::app
