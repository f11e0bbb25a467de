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
find_path(DEFLATE_INCLUDE_DIR libdeflate.h REQUIRED)
find_library(DEFLATE_LIBRARY NAMES deflate REQUIRED)
add_library(libdeflate::libdeflate UNKNOWN IMPORTED)
set_target_properties(libdeflate::libdeflate PROPERTIES IMPORTED_LOCATION "${DEFLATE_LIBRARY}"
                                                        INTERFACE_INCLUDE_DIRECTORIES "${DEFLATE_INCLUDE_DIR}")

find_package(nlohmann_json REQUIRED)
set(THREADS_PREFER_PTHREAD_FLAG ON)
find_package(Threads REQUIRED)

# A process that renders one document spends a third of its life loading shared libraries:
# the release build links the ones Debian also ships as archives statically (HarfBuzz and
# libharu exist only as shared libraries).
option(ACQUIS_STATIC_DEPS "Link ICU, pugixml, libhyphen, libpng, zlib, libdeflate and libstdc++ statically" OFF)
if(ACQUIS_STATIC_DEPS)
  foreach(lib icui18n icuuc icudata hyphen png16 z deflate)
    find_library(STATIC_${lib} NAMES lib${lib}.a REQUIRED)
  endforeach()
  set_property(TARGET PkgConfig::ICU PROPERTY INTERFACE_LINK_LIBRARIES
               "${STATIC_icui18n};${STATIC_icuuc};${STATIC_icudata};${CMAKE_DL_LIBS};Threads::Threads;m")
  set_property(TARGET pugixml::pugixml PROPERTY INTERFACE_LINK_LIBRARIES pugixml::static)
  set_property(TARGET hyphen::hyphen PROPERTY IMPORTED_LOCATION "${STATIC_hyphen}")
  set_property(TARGET ZLIB::ZLIB PROPERTY IMPORTED_LOCATION "${STATIC_z}")
  set_property(TARGET PNG::PNG PROPERTY IMPORTED_LOCATION "${STATIC_png16}")
  set_property(TARGET libdeflate::libdeflate PROPERTY IMPORTED_LOCATION "${STATIC_deflate}")
  # The command line carries its C++ runtime; the server does not, as cpp-httplib's shared
  # library brings the system's.
  set(ACQUIS_STATIC_RUNTIME -static-libstdc++ -static-libgcc)
endif()
if(ACQUIS_SERVICE)
  pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
  if(ACQUIS_TCMALLOC AND NOT ACQUIS_SANITIZE)  # the sanitizers bring their own allocator
    pkg_check_modules(TCMALLOC REQUIRED IMPORTED_TARGET libtcmalloc_minimal)
  endif()
endif()
