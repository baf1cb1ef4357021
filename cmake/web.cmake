# The browser app's glue (wasm tree only): Dear ImGui, the subset fonts, the sample plan and the
# templates, written to build/web/ beside the app (web/app) and its page (web/page): a folder
# any static web server can serve as it is. The app's modules are the folders of web/.
# A cache variable, so a second build tree can write its own page (-DAB_WEB_OUT=...).
set(AB_WEB_OUT "${PROJECT_SOURCE_DIR}/build/web" CACHE PATH "Folder the web app is written to")
set(AB_IMGUI "${AB_THIRD_PARTY}/imgui")
if(NOT EXISTS "${AB_IMGUI}/imgui.h")
  message(FATAL_ERROR "Dear ImGui not found in ${AB_IMGUI}: run scripts/setup.sh first")
endif()
find_program(AB_PYFTSUBSET pyftsubset)
if(NOT AB_PYFTSUBSET)
  message(FATAL_ERROR "pyftsubset (Debian package fonttools) not found: run scripts/setup.sh first")
endif()
set(AB_FONT_INTER "/usr/share/fonts/opentype/inter")
set(AB_FONT_ICONS "/usr/share/fonts/truetype/fork-awesome/forkawesome-webfont.ttf")
foreach(font "${AB_FONT_INTER}/Inter-Regular.otf" "${AB_FONT_INTER}/Inter-SemiBold.otf" "${AB_FONT_ICONS}")
  if(NOT EXISTS "${font}")
    message(FATAL_ERROR "${font} not found (Debian packages fonts-inter, fonts-fork-awesome): run scripts/setup.sh first")
  endif()
endforeach()

# ---- Dear ImGui, compiled once -------------------------------------------------------------
add_library(ab_imgui STATIC
  "${AB_IMGUI}/imgui.cpp" "${AB_IMGUI}/imgui_draw.cpp" "${AB_IMGUI}/imgui_tables.cpp"
  "${AB_IMGUI}/imgui_widgets.cpp"
  # InputText on a std::string (grows the string as the user types).
  "${AB_IMGUI}/misc/cpp/imgui_stdlib.cpp")
target_include_directories(ab_imgui SYSTEM PUBLIC "${AB_IMGUI}" "${AB_IMGUI}/misc/cpp")
# No files in the browser; debug windows are not part of the product; 32-bit ImWchar so emoji
# and the rest of the astral planes reach the font loader. The renderer is the app's own
# (web/platform/renderer.cpp), not a backend of ImGui's.
# 32-bit indices: a board zoomed out on a large screen (presenting a tall plan at 1920x1080)
# draws over 65,536 vertices in one list (its grid dots alone come near), and WebGL2 has no
# base-vertex draw for ImGui to split them with; the renderer draws with GL_UNSIGNED_INT.
target_compile_definitions(ab_imgui PUBLIC IMGUI_DISABLE_FILE_FUNCTIONS IMGUI_DISABLE_DEBUG_TOOLS
                           IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_USE_WCHAR32 "ImDrawIdx=unsigned int")
target_compile_options(ab_imgui PRIVATE -Os -fno-exceptions)

# ---- Fonts: subset at build time to the glyphs the app uses (never committed) -------------
# Inter's glyph ranges, the subset of the font files (the atlas asks the files first): Latin with
# Latin Extended-A and -B, Greek, Cyrillic (and its supplement), Vietnamese (Latin Extended
# Additional and the combining tone marks), punctuation, currency signs (the rouble, the hryvnia,
# the dong) and the arrows and maths the app draws. Every other character comes from the
# browser's fonts, rasterized on first use (web/ui/text/browser_glyphs.cpp).
set(AB_TEXT_RANGES 0020-007E 00A0-024F 0300-0323 0370-03FF 0400-052F 1E00-1EFF 2010-2027
                   2030-203A 20A0-20C0 2116-2116 2122-2122 2190-2195 2212-2212 2248-2248
                   2260-2265)
set(AB_TEXT_UNICODES "")
foreach(range ${AB_TEXT_RANGES})
  string(REPLACE "-" ";" ends "${range}")
  list(GET ends 0 lo)
  list(GET ends 1 hi)
  list(APPEND AB_TEXT_UNICODES "U+${lo}-${hi}")
endforeach()
string(REPLACE ";" "," AB_TEXT_UNICODES "${AB_TEXT_UNICODES}")
# Icons: every `U+F...` named in web/ui/icons.hpp (re-read when that file changes).
set(AB_ICONS_HEADER "${PROJECT_SOURCE_DIR}/web/ui/icons.hpp")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${AB_ICONS_HEADER}")
file(READ "${AB_ICONS_HEADER}" icons_text)
string(REGEX MATCHALL "U\\+F[0-9A-F][0-9A-F][0-9A-F]" AB_ICON_UNICODES "${icons_text}")
list(REMOVE_DUPLICATES AB_ICON_UNICODES)
string(REPLACE ";" "," AB_ICON_UNICODES "${AB_ICON_UNICODES}")

set(AB_SUBSET_FLAGS --layout-features= --no-hinting --drop-tables+=GSUB,GPOS,GDEF,DSIG,STAT,FFTM)
set(AB_WEB_ASSETS "")
function(ab_subset_font src out unicodes)
  add_custom_command(OUTPUT "${AB_WEB_OUT}/fonts/${out}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${AB_WEB_OUT}/fonts"
    COMMAND "${AB_PYFTSUBSET}" "${src}" "--unicodes=${unicodes}" ${AB_SUBSET_FLAGS}
            "--output-file=${AB_WEB_OUT}/fonts/${out}"
    DEPENDS "${src}" "${PROJECT_SOURCE_DIR}/cmake/web.cmake"
    COMMENT "Subsetting ${out}" VERBATIM)
  set(AB_WEB_ASSETS ${AB_WEB_ASSETS} "${AB_WEB_OUT}/fonts/${out}" PARENT_SCOPE)
endfunction()
ab_subset_font("${AB_FONT_INTER}/Inter-Regular.otf" inter-regular.otf "${AB_TEXT_UNICODES}")
ab_subset_font("${AB_FONT_INTER}/Inter-SemiBold.otf" inter-semibold.otf "${AB_TEXT_UNICODES}")
ab_subset_font("${AB_FONT_ICONS}" icons.ttf "${AB_ICON_UNICODES}")

# ---- The sample plan and the templates ----------------------------------------------------------
function(ab_copy_asset src out)
  add_custom_command(OUTPUT "${AB_WEB_OUT}/${out}"
    # Remove first: a read-only copy (the sample plan is read-only) cannot be overwritten.
    COMMAND "${CMAKE_COMMAND}" -E rm -f "${AB_WEB_OUT}/${out}"
    COMMAND "${CMAKE_COMMAND}" -E copy "${src}" "${AB_WEB_OUT}/${out}"
    DEPENDS "${src}" COMMENT "Copying ${out}" VERBATIM)
  set(AB_WEB_ASSETS ${AB_WEB_ASSETS} "${AB_WEB_OUT}/${out}" PARENT_SCOPE)
endfunction()
ab_copy_asset("${PROJECT_SOURCE_DIR}/assets/selma.json" plans/selma.json)
# The templates of the Plans window (index.json lists them).
file(GLOB AB_TEMPLATES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/assets/templates/*.json")
foreach(template ${AB_TEMPLATES})
  get_filename_component(template_name "${template}" NAME)
  ab_copy_asset("${template}" "plans/templates/${template_name}")
endforeach()
# pdf-lib (npm, package.json), fetched by web/host/pictures_pdf.js only when a PDF is asked for.
set(AB_PDF_LIB "${PROJECT_SOURCE_DIR}/node_modules/pdf-lib/dist/pdf-lib.min.js")
if(NOT EXISTS "${AB_PDF_LIB}")
  message(FATAL_ERROR "${AB_PDF_LIB} not found: run npm ci first")
endif()
ab_copy_asset("${AB_PDF_LIB}" vendor/pdf-lib.min.js)
# @pdf-lib/fontkit (npm), with pdf-lib: embeds and subsets the app's Inter in the PDF.
set(AB_FONTKIT "${PROJECT_SOURCE_DIR}/node_modules/@pdf-lib/fontkit/dist/fontkit.umd.min.js")
if(NOT EXISTS "${AB_FONTKIT}")
  message(FATAL_ERROR "${AB_FONTKIT} not found: run npm ci first")
endif()
ab_copy_asset("${AB_FONTKIT}" vendor/fontkit.umd.min.js)
# The room's libraries (web/collab/vendor_entry.mjs: yjs, @hocuspocus/provider, y-indexeddb,
# qrcode-generator, from npm, package.json) bundled into one script by npm esbuild: they are ES
# modules with bare imports, which a page cannot load without a bundler. Fetched by
# web/collab/room.js only when a room is started or joined.
set(AB_ESBUILD "${PROJECT_SOURCE_DIR}/node_modules/.bin/esbuild")
if(NOT EXISTS "${AB_ESBUILD}")
  message(FATAL_ERROR "${AB_ESBUILD} not found: run npm ci first")
endif()
set(AB_COLLAB_ENTRY "${PROJECT_SOURCE_DIR}/web/collab/vendor_entry.mjs")
add_custom_command(OUTPUT "${AB_WEB_OUT}/vendor/collab.min.js"
  COMMAND "${AB_ESBUILD}" "${AB_COLLAB_ENTRY}" --bundle --minify --format=iife
          --global-name=AlignboardCollab --target=es2019 --legal-comments=none --log-level=warning
          "--outfile=${AB_WEB_OUT}/vendor/collab.min.js"
  DEPENDS "${AB_COLLAB_ENTRY}" "${PROJECT_SOURCE_DIR}/web/collab/plan_doc.js" "${PROJECT_SOURCE_DIR}/web/collab/workshop_doc.js"
          "${PROJECT_SOURCE_DIR}/package-lock.json"
  COMMENT "Bundling vendor/collab.min.js" VERBATIM)
list(APPEND AB_WEB_ASSETS "${AB_WEB_OUT}/vendor/collab.min.js")
# ---- Precompressed copies (.br, .gz) of the fonts and pdf-lib, served by scripts/serve.mjs ---------------
# Debian's brotli (best quality) and gzip -9 -n (no name or time: the same bytes every build).
find_program(AB_BROTLI brotli)
find_program(AB_GZIP gzip)
if(NOT AB_BROTLI OR NOT AB_GZIP)
  message(FATAL_ERROR "brotli or gzip (Debian packages brotli, gzip) not found: run scripts/setup.sh first")
endif()
set(AB_WEB_PACKED ${AB_WEB_ASSETS})
list(FILTER AB_WEB_PACKED INCLUDE REGEX "/(fonts|vendor)/[^/]+$")
foreach(font_file ${AB_WEB_PACKED})
  get_filename_component(font_name "${font_file}" NAME)
  add_custom_command(OUTPUT "${font_file}.br" "${font_file}.gz"
    COMMAND "${AB_BROTLI}" -f -q 11 -o "${font_file}.br" "${font_file}"
    COMMAND "${AB_GZIP}" -9 -n -k -f "${font_file}"
    # Both tools give the copy the font's time (brotli to the second only): mark it as new.
    COMMAND "${CMAKE_COMMAND}" -E touch_nocreate "${font_file}.br" "${font_file}.gz"
    DEPENDS "${font_file}" COMMENT "Compressing ${font_name}" VERBATIM)
  list(APPEND AB_WEB_ASSETS "${font_file}.br" "${font_file}.gz")
endforeach()
add_custom_target(alignboard_web_assets DEPENDS ${AB_WEB_ASSETS})

# ---- The app: one folder per module (web/CMakeLists.txt has the map and the JS wiring) -----
add_subdirectory("${PROJECT_SOURCE_DIR}/web" "${CMAKE_BINARY_DIR}/web")
