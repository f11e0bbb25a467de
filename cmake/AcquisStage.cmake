# One static library per folder of src/ (a "stage" of the pipeline), linked only downward:
#   acquis_stage(text SOURCES a.cpp b.cpp DEPENDS core fonts model EXTERNAL hyphen::hyphen)
# DEPENDS names the stages this one may use; scripts/check-layers.sh reads these lines and fails
# when a file includes a header of a stage that is not among them (directly or further down).
# Internal headers (src/) are visible to the library's own stages and to white-box tests only;
# everyone else sees include/ (installed as the public API).
set(ACQUIS_STAGES "" CACHE INTERNAL "")

function(acquis_stage name)
  cmake_parse_arguments(STAGE "" "" "SOURCES;DEPENDS;EXTERNAL" ${ARGN})
  set(target acquis_${name})
  add_library(${target} STATIC ${STAGE_SOURCES})
  add_library(Acquis::${name} ALIAS ${target})
  target_include_directories(${target}
    PUBLIC $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include> $<INSTALL_INTERFACE:include>
    PRIVATE ${PROJECT_SOURCE_DIR}/src)
  foreach(dependency IN LISTS STAGE_DEPENDS)
    target_link_libraries(${target} PUBLIC acquis_${dependency})
  endforeach()
  target_link_libraries(${target} PUBLIC $<BUILD_INTERFACE:acquis_flags> ${STAGE_EXTERNAL})
  set_target_properties(${target} PROPERTIES EXPORT_NAME ${name})
  set(ACQUIS_STAGES ${ACQUIS_STAGES} ${target} CACHE INTERNAL "")
endfunction()

# A white-box target (tests, fuzzers, benchmarks of internals) that includes internal headers.
function(acquis_internal_access target)
  target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/src)
endfunction()
