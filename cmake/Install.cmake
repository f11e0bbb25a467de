# `cmake --install`: the programs (apps/CMakeLists.txt), the library — one archive a stage, the
# public headers, a CMake package (find_package(Acquis), target Acquis::acquis) and a
# pkg-config file (pkg-config --static --libs acquis) — and the resources under
# share/acquis: templates, message catalogs, fonts configuration and the web page.
# What only a program built against Acquis needs is in the component `dev` (the libacquis-dev
# package, cmake/Package.cmake); `cmake --install` still installs every component.
include(CMakePackageConfigHelpers)
set(ACQUIS_INSTALL_DATA ${CMAKE_INSTALL_DATADIR}/acquis)
set(ACQUIS_INSTALL_CMAKE ${CMAKE_INSTALL_LIBDIR}/cmake/Acquis)

set_target_properties(acquis PROPERTIES EXPORT_NAME acquis)
install(TARGETS ${ACQUIS_STAGES} acquis EXPORT AcquisTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT AcquisTargets NAMESPACE Acquis:: DESTINATION ${ACQUIS_INSTALL_CMAKE} COMPONENT dev)
install(DIRECTORY include/acquis DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT dev)

configure_package_config_file(cmake/AcquisConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/AcquisConfig.cmake
  INSTALL_DESTINATION ${ACQUIS_INSTALL_CMAKE} PATH_VARS ACQUIS_INSTALL_DATA)
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/AcquisConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/AcquisConfig.cmake
  ${CMAKE_CURRENT_BINARY_DIR}/AcquisConfigVersion.cmake cmake/AcquisDependencies.cmake
  DESTINATION ${ACQUIS_INSTALL_CMAKE} COMPONENT dev)

# The archives from the top stage down, as a linker reading them once needs them.
set(ACQUIS_PC_LIBS "")
foreach(stage app api template data i18n pdf layout text frame fonts model style image xml core)
  string(APPEND ACQUIS_PC_LIBS " -lacquis_${stage}")
endforeach()
string(STRIP "${ACQUIS_PC_LIBS}" ACQUIS_PC_LIBS)
# Relocatable: the prefix is found from where the .pc file lies (cmake --install --prefix).
file(RELATIVE_PATH ACQUIS_PC_TO_PREFIX "/p/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/p")
configure_file(cmake/acquis.pc.in ${CMAKE_CURRENT_BINARY_DIR}/acquis.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/acquis.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig
  COMPONENT dev)

install(DIRECTORY templates locales web DESTINATION ${ACQUIS_INSTALL_DATA})
install(FILES fonts/fonts.xml DESTINATION ${ACQUIS_INSTALL_DATA}/fonts)
