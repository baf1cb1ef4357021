# ab_module_library(<target> <include dir> PUBLIC_HEADERS ... PRIVATE_HEADERS ...): the part that
# core modules (ab_core_module) and web modules (ab_web_module) share: a static library of the
# .cpp files in the calling folder (subfolders are modules of their own), whose headers must each
# be listed as PUBLIC (other modules may include it) or PRIVATE (the module's internals), so a new
# header is classified when added. Includes name the module's path from <include dir>.
function(ab_module_library name include_dir)
  cmake_parse_arguments(PARSE_ARGV 2 arg "" "" "PUBLIC_HEADERS;PRIVATE_HEADERS")
  file(GLOB sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*.cpp")
  file(GLOB headers RELATIVE "${CMAKE_CURRENT_SOURCE_DIR}" CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*.hpp")
  foreach(header IN LISTS headers)
    if(NOT header IN_LIST arg_PUBLIC_HEADERS AND NOT header IN_LIST arg_PRIVATE_HEADERS)
      message(FATAL_ERROR "${CMAKE_CURRENT_SOURCE_DIR}/${header}: add it to PUBLIC_HEADERS or PRIVATE_HEADERS of ${name}")
    endif()
  endforeach()
  list(TRANSFORM arg_PUBLIC_HEADERS PREPEND "${CMAKE_CURRENT_SOURCE_DIR}/")
  list(TRANSFORM arg_PRIVATE_HEADERS PREPEND "${CMAKE_CURRENT_SOURCE_DIR}/")
  add_library(${name} STATIC ${sources} ${arg_PUBLIC_HEADERS} ${arg_PRIVATE_HEADERS})
  set_target_properties(${name} PROPERTIES AB_PUBLIC_HEADERS "${arg_PUBLIC_HEADERS}"
                                           AB_PRIVATE_HEADERS "${arg_PRIVATE_HEADERS}")
  target_include_directories(${name} PUBLIC "${include_dir}")
endfunction()
