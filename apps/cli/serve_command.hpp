// `acquis serve`: starts the HTTP service (see apps/serve/).
#pragma once

namespace acquis::cli {

// Replaces this process with acquis-serve and the arguments after "serve"; returns only on
// failure.
int serve(int argc, char** argv);

}  // namespace acquis::cli
