# Fails when a source file includes a header of a higher layer (docs/architecture.md):
# core → workspace → chart → report → gui → app, arrows down only; and when the window or the
# command line (gui, app) includes a storage header (core/storage/): they go through the
# workspace. Run by CTest as
# tst_layers:
#   cmake -DSOURCE_DIR=<repo>/src -P check_layers.cmake
# Each quoted include is resolved the way the compiler finds it (beside the file, or from src/
# and the gui folder, which are on the include paths) and its layer compared with the file's.

if(NOT SOURCE_DIR)
    message(FATAL_ERROR "usage: cmake -DSOURCE_DIR=<repo>/src -P check_layers.cmake")
endif()

set(LAYERS core workspace chart report gui app)

# The layer of a path below SOURCE_DIR, as its index in LAYERS (-1 when outside).
function(layer_of path out)
    file(RELATIVE_PATH relative "${SOURCE_DIR}" "${path}")
    string(REGEX MATCH "^[^/]+" top "${relative}")
    list(FIND LAYERS "${top}" index)
    set(${out} ${index} PARENT_SCOPE)
endfunction()

file(GLOB_RECURSE sources "${SOURCE_DIR}/*.h" "${SOURCE_DIR}/*.cpp")
list(FIND LAYERS gui gui)
set(violations "")
foreach(source IN LISTS sources)
    layer_of("${source}" own)
    get_filename_component(folder "${source}" DIRECTORY)
    file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*" "\\1" header "${line}")
        if(header MATCHES "^ui_") # generated from ui/*.ui for the gui layer
            continue()
        endif()
        set(found "")
        foreach(root IN ITEMS "${folder}" "${SOURCE_DIR}" "${SOURCE_DIR}/gui")
            get_filename_component(candidate "${root}/${header}" ABSOLUTE)
            if(EXISTS "${candidate}")
                set(found "${candidate}")
                break()
            endif()
        endforeach()
        if(NOT found)
            continue() # a system or generated header
        endif()
        layer_of("${found}" theirs)
        file(RELATIVE_PATH foundRelative "${SOURCE_DIR}" "${found}")
        if(own GREATER_EQUAL gui AND foundRelative MATCHES "^core/storage/")
            file(RELATIVE_PATH shown "${SOURCE_DIR}" "${source}")
            list(GET LAYERS ${own} ownName)
            string(APPEND violations "\n  ${shown} (${ownName}) includes \"${header}\" (storage: use the workspace)")
        endif()
        if(theirs GREATER own)
            list(GET LAYERS ${own} ownName)
            list(GET LAYERS ${theirs} theirName)
            file(RELATIVE_PATH shown "${SOURCE_DIR}" "${source}")
            string(APPEND violations "\n  ${shown} (${ownName}) includes \"${header}\" (${theirName})")
        endif()
    endforeach()
endforeach()

if(violations)
    message(FATAL_ERROR "A lower layer includes a higher one:${violations}")
endif()
list(LENGTH sources count)
message(STATUS "layers ok: ${count} files, arrows point down only")
