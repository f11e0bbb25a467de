# Debian packages made by CPack from a release build:
#   cpack -G DEB --config build/release/CPackConfig.cmake
# `acquis`: the programs, the form reader module, the resources under /usr/share/acquis, the
# service (systemd unit, /etc/acquis/acquis.json, the user `acquis` and /var/lib/acquis made by
# packaging/postinst), manual pages in English and French, bash completion.
# `libacquis-dev`: the archives, headers, CMake package and pkg-config file (component `dev`,
# cmake/Install.cmake). Tested by tests/package/test_package.sh.
set(ACQUIS_PACKAGING ${PROJECT_SOURCE_DIR}/packaging)
set(ACQUIS_DEBIAN_REVISION 1)
set(ACQUIS_PACKAGE_BUILD ${CMAKE_CURRENT_BINARY_DIR}/package)
file(MAKE_DIRECTORY ${ACQUIS_PACKAGE_BUILD})

# The Debian changelog's latest entry names the version packaged: they must agree.
file(STRINGS ${ACQUIS_PACKAGING}/changelog ACQUIS_CHANGELOG_TOP LIMIT_COUNT 1)
if(NOT ACQUIS_CHANGELOG_TOP MATCHES "^acquis \\(${PROJECT_VERSION}-${ACQUIS_DEBIAN_REVISION}\\) ")
  message(WARNING "packaging/changelog does not begin with version "
                  "${PROJECT_VERSION}-${ACQUIS_DEBIAN_REVISION}: add an entry")
endif()

# Debian wants manual pages and changelogs compressed, without a time stamp (gzip -n), so that
# the same sources make the same package. Done at configure time; an edit configures again.
function(acquis_gzip source output)
  execute_process(COMMAND gzip -9 -n -c ${source} OUTPUT_FILE ${output} COMMAND_ERROR_IS_FATAL ANY)
  set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${source})
endfunction()
set(gz ${ACQUIS_PACKAGE_BUILD})
acquis_gzip(${PROJECT_SOURCE_DIR}/docs/man/acquis.1 ${gz}/acquis.1.gz)
acquis_gzip(${PROJECT_SOURCE_DIR}/docs/man/acquis.fr.1 ${gz}/acquis.fr.1.gz)
acquis_gzip(${ACQUIS_PACKAGING}/changelog ${gz}/changelog.Debian.gz)
foreach(doc formats service templates)
  acquis_gzip(${PROJECT_SOURCE_DIR}/docs/${doc}.md ${gz}/${doc}.md.gz)
endforeach()
# acquis-serve is described in acquis(1) (section on `acquis serve`): a link, in both languages.
file(MAKE_DIRECTORY ${gz}/en ${gz}/fr)
file(CREATE_LINK acquis.1.gz ${gz}/en/acquis-serve.1.gz SYMBOLIC)
file(CREATE_LINK acquis.1.gz ${gz}/fr/acquis-serve.1.gz SYMBOLIC)

# What only the package installs, in components of its own left out of `cmake --install`
# (EXCLUDE_FROM_ALL): a test installing into a temporary prefix must never write to /etc.
set(package_only COMPONENT system EXCLUDE_FROM_ALL)
install(FILES ${ACQUIS_PACKAGING}/acquis.json DESTINATION /etc/acquis ${package_only})
install(FILES ${ACQUIS_PACKAGING}/acquis.service DESTINATION /lib/systemd/system ${package_only})
install(FILES ${ACQUIS_PACKAGING}/organisation.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/acquis
        RENAME organisation-initiale.xml ${package_only})
install(FILES ${ACQUIS_PACKAGING}/acquis.bash-completion RENAME acquis
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions ${package_only})
install(FILES ${gz}/acquis.1.gz ${gz}/en/acquis-serve.1.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/man/man1 ${package_only})
install(FILES ${gz}/acquis.fr.1.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/man/fr/man1
        RENAME acquis.1.gz ${package_only})
install(FILES ${gz}/fr/acquis-serve.1.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/man/fr/man1 ${package_only})
install(FILES ${ACQUIS_PACKAGING}/copyright ${gz}/changelog.Debian.gz ${gz}/formats.md.gz
        ${gz}/service.md.gz ${gz}/templates.md.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/acquis ${package_only})
# The static linking of the release build, said once (packaging/lintian-overrides says why).
install(FILES ${ACQUIS_PACKAGING}/lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME acquis ${package_only})
# Every package has its own copyright and changelog (Debian policy 12.5 and 12.7).
install(FILES ${ACQUIS_PACKAGING}/copyright ${gz}/changelog.Debian.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/libacquis-dev COMPONENT dev-doc EXCLUDE_FROM_ALL)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME acquis)
set(CPACK_PACKAGE_VENDOR "Acquis")
set(CPACK_PACKAGE_CONTACT "Acquis maintainers <maintainers@users.noreply.b-seed-dd449684.example>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)  # lintian: unstripped-binary-or-object
set(CPACK_DEBIAN_PACKAGE_RELEASE ${ACQUIS_DEBIAN_REVISION})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # name_version-revision_arch.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)   # the shared libraries' packages, by dpkg-shlibdeps
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Maintainer scripts 0755, conffiles 0644, whatever the files' modes in the source tree.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Two packages: one group of components each.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING ONE_PER_GROUP)
set(CPACK_COMPONENTS_ALL Unspecified system dev dev-doc)

set(CPACK_DEBIAN_ACQUIS_PACKAGE_NAME acquis)
set(CPACK_DEBIAN_ACQUIS_PACKAGE_SECTION text)
# Run time: the fonts fonts/fonts.xml names, the hyphenation patterns, the sRGB profile of
# PDF/A files, and adduser for postinst; the shared libraries come from dpkg-shlibdeps.
set(CPACK_DEBIAN_ACQUIS_PACKAGE_DEPENDS "adduser, fonts-noto-core, fonts-lato, fonts-dejavu-core, \
fonts-dejavu-extra, hyphen-fr, hyphen-en-us, icc-profiles-free")
set(CPACK_DEBIAN_ACQUIS_PACKAGE_CONTROL_EXTRA ${ACQUIS_PACKAGING}/conffiles
    ${ACQUIS_PACKAGING}/postinst ${ACQUIS_PACKAGING}/prerm ${ACQUIS_PACKAGING}/postrm)
set(CPACK_DEBIAN_ACQUIS_DESCRIPTION "RAC documents for Quebec as PDF, French first
Acquis generates the paperwork of recognition of prior learning and
competencies in Quebec (reconnaissance des acquis et des compétences): guides,
self-assessment booklets, forms, interview summaries, certificates and
registers, in French (fr-CA) and English (en-CA), from a folder of data files.

This package holds the acquis command line (one document, or a batch for a
list of people), the acquis-serve HTTP service with the advisors' web page and
its systemd unit, the templates and the message catalogs.")

set(CPACK_DEBIAN_DEV_PACKAGE_NAME libacquis-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
# What `find_package(Acquis)` and `pkg-config --static --libs acquis` ask for
# (cmake/AcquisDependencies.cmake, cmake/acquis.pc.in), and the resources of `acquis`.
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS "acquis (= ${PROJECT_VERSION}-${ACQUIS_DEBIAN_REVISION}), \
libharfbuzz-dev, libicu-dev, libpugixml-dev, zlib1g-dev, libpng-dev, libjpeg-dev, libhpdf-dev, \
libhyphen-dev, libdeflate-dev, pkg-config")
set(CPACK_DEBIAN_DEV_DESCRIPTION "RAC documents for Quebec as PDF - development files
Acquis generates the paperwork of recognition of prior learning and
competencies in Quebec as PDF, French first.

This package holds the static library (one archive per stage), its public
headers, a CMake package (find_package(Acquis), target Acquis::acquis) and a
pkg-config file, to build programs on the engine.")

# Last: CPack writes CPackConfig.cmake from the variables above, the components after.
include(CPack)
cpack_add_component_group(acquis)
cpack_add_component_group(dev)
cpack_add_component(Unspecified GROUP acquis)  # the programs and resources
cpack_add_component(system GROUP acquis)
cpack_add_component(dev GROUP dev)
cpack_add_component(dev-doc GROUP dev)
