# The libraries Acquis's library links, as imported targets: used by the build and installed
# with the package (AcquisConfig.cmake includes it), so that a program linking Acquis::acquis
# finds the same. Every one comes from a Debian package.
include(CMakeFindDependencyMacro)
find_package(PkgConfig REQUIRED)
if(NOT TARGET PkgConfig::HARFBUZZ)
  pkg_check_modules(HARFBUZZ REQUIRED IMPORTED_TARGET harfbuzz harfbuzz-subset)
endif()
if(NOT TARGET PkgConfig::ICU)
  pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc icu-i18n)
endif()
find_dependency(pugixml)
find_dependency(ZLIB)
find_dependency(PNG)
find_dependency(JPEG)
set(THREADS_PREFER_PTHREAD_FLAG ON)
find_dependency(Threads)

# libharu, libhyphen and libdeflate ship neither a CMake package nor (for the first two) a
# pkg-config file.
foreach(dependency "hpdf;hpdf.h;hpdf" "hyphen;hyphen.h;hyphen" "libdeflate;libdeflate.h;deflate")
  list(GET dependency 0 name)
  list(GET dependency 1 header)
  list(GET dependency 2 library)
  if(TARGET ${name}::${name})
    continue()
  endif()
  find_path(ACQUIS_${name}_INCLUDE_DIR ${header} REQUIRED)
  find_library(ACQUIS_${name}_LIBRARY NAMES ${library} REQUIRED)
  add_library(${name}::${name} UNKNOWN IMPORTED)
  set_target_properties(${name}::${name} PROPERTIES
    IMPORTED_LOCATION "${ACQUIS_${name}_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${ACQUIS_${name}_INCLUDE_DIR}")
endforeach()
