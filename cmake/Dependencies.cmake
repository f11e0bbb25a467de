# Every dependency comes from a Debian package (see README); nothing is downloaded at build time.
# The library's own (installed with the package) are in AcquisDependencies.cmake; the programs'
# (JSON, HTTP, tcmalloc) are here.
include(${CMAKE_CURRENT_LIST_DIR}/AcquisDependencies.cmake)
find_package(nlohmann_json REQUIRED)

# A process that renders one document spends a third of its life loading shared libraries:
# the release build links the ones Debian also ships as archives statically (HarfBuzz and
# libharu exist only as shared libraries).
option(ACQUIS_STATIC_DEPS "Link ICU, pugixml, libhyphen, libpng, zlib, libdeflate and libstdc++ statically" OFF)
if(ACQUIS_STATIC_DEPS)
  foreach(lib icui18n icuuc icudata hyphen png16 z deflate jpeg)
    find_library(STATIC_${lib} NAMES lib${lib}.a REQUIRED)
  endforeach()
  set_property(TARGET PkgConfig::ICU PROPERTY INTERFACE_LINK_LIBRARIES
               "${STATIC_icui18n};${STATIC_icuuc};${STATIC_icudata};${CMAKE_DL_LIBS};Threads::Threads;m")
  set_property(TARGET pugixml::pugixml PROPERTY INTERFACE_LINK_LIBRARIES pugixml::static)
  set_property(TARGET hyphen::hyphen PROPERTY IMPORTED_LOCATION "${STATIC_hyphen}")
  set_property(TARGET ZLIB::ZLIB PROPERTY IMPORTED_LOCATION "${STATIC_z}")
  set_property(TARGET PNG::PNG PROPERTY IMPORTED_LOCATION "${STATIC_png16}")
  set_property(TARGET JPEG::JPEG PROPERTY IMPORTED_LOCATION "${STATIC_jpeg}")
  set_property(TARGET JPEG::JPEG PROPERTY IMPORTED_LOCATION_RELEASE "${STATIC_jpeg}")
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
