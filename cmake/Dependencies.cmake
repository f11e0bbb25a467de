# Every dependency comes from a Debian package (see README); nothing is downloaded at build time.
find_package(PkgConfig REQUIRED)
pkg_check_modules(HARFBUZZ REQUIRED IMPORTED_TARGET harfbuzz harfbuzz-subset)
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc icu-i18n)
find_package(pugixml REQUIRED)
find_package(ZLIB REQUIRED)
find_package(PNG REQUIRED)

find_path(HPDF_INCLUDE_DIR hpdf.h REQUIRED)
find_library(HPDF_LIBRARY NAMES hpdf REQUIRED)
add_library(hpdf::hpdf UNKNOWN IMPORTED)
set_target_properties(hpdf::hpdf PROPERTIES IMPORTED_LOCATION "${HPDF_LIBRARY}"
                                            INTERFACE_INCLUDE_DIRECTORIES "${HPDF_INCLUDE_DIR}")

find_path(HYPHEN_INCLUDE_DIR hyphen.h REQUIRED)
find_library(HYPHEN_LIBRARY NAMES hyphen REQUIRED)
add_library(hyphen::hyphen UNKNOWN IMPORTED)
set_target_properties(hyphen::hyphen PROPERTIES IMPORTED_LOCATION "${HYPHEN_LIBRARY}"
                                                INTERFACE_INCLUDE_DIRECTORIES "${HYPHEN_INCLUDE_DIR}")
find_package(nlohmann_json REQUIRED)
set(THREADS_PREFER_PTHREAD_FLAG ON)
find_package(Threads REQUIRED)
