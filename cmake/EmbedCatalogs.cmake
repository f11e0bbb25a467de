# The interface catalogs (locales/interface/*.xml) compiled into the library as string constants,
# since an error about a missing file must not need a file. Regenerated when a catalog changes.
function(acquis_embed_interface_catalogs output)
  set(text "// Generated from locales/interface/ by cmake/EmbedCatalogs.cmake: do not edit.\n")
  string(APPEND text "namespace acquis::embedded {\n")
  foreach(entry "French=fr-CA" "English=en-CA")
    string(REPLACE "=" ";" entry "${entry}")
    list(GET entry 0 name)
    list(GET entry 1 tag)
    set(file "${PROJECT_SOURCE_DIR}/locales/interface/${tag}.xml")
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${file}")
    file(READ "${file}" xml)
    string(APPEND text "extern const char* const kInterface${name};\n")
    string(APPEND text "const char* const kInterface${name} = R\"acquis_xml(${xml})acquis_xml\";\n")
  endforeach()
  string(APPEND text "}  // namespace acquis::embedded\n")
  file(WRITE "${output}.new" "${text}")
  configure_file("${output}.new" "${output}" COPYONLY)  # touched only when it changes
endfunction()
