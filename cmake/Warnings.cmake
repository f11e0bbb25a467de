# Warning and sanitizer flags shared by every target of the project.
add_library(acquis_flags INTERFACE)
target_compile_options(acquis_flags INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                              -Wold-style-cast -Wimplicit-fallthrough)
if(ACQUIS_WERROR)
  target_compile_options(acquis_flags INTERFACE -Werror)
endif()
if(ACQUIS_SANITIZE)
  target_compile_options(acquis_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                -fno-sanitize-recover=undefined)
  target_link_options(acquis_flags INTERFACE -fsanitize=address,undefined)
endif()
if(ACQUIS_FUZZ)
  # Every library instrumented for coverage-guided fuzzing, with ASan and UBSan.
  target_compile_options(acquis_flags INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                                -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(acquis_flags INTERFACE -fsanitize=address,undefined)
endif()
