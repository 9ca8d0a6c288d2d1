# `cmake --install` of a build folder into an empty prefix installs exactly the files a desktop
# and the Debian package need, and they refer to each other correctly: the desktop file's Exec
# and Icon, the metainfo's launchable.
#
#   cmake -DBUILD_DIR=<build folder> -DDEST=<empty folder to install to> -P check_install.cmake
cmake_minimum_required(VERSION 3.25)

file(REMOVE_RECURSE ${DEST})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${DEST}
    OUTPUT_VARIABLE output ERROR_VARIABLE output RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc}):\n${output}")
endif()

set(id se.tilltro.Tilltro)
set(expected
    bin/tilltro
    share/applications/${id}.desktop
    share/metainfo/${id}.metainfo.xml
    share/icons/hicolor/scalable/apps/${id}.svg
    share/man/man1/tilltro.1.gz
    share/doc/tilltro/copyright
    share/doc/tilltro/changelog.gz)
foreach(size 16 24 32 48 64 128 256)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${id}.png)
endforeach()

file(GLOB_RECURSE installed RELATIVE ${DEST} ${DEST}/*)
set(problems)
foreach(file IN LISTS expected)
    if(NOT file IN_LIST installed)
        list(APPEND problems "not installed: ${file}")
    endif()
endforeach()
foreach(file IN LISTS installed)
    if(NOT file IN_LIST expected)
        list(APPEND problems "installed but not expected: ${file}")
    endif()
endforeach()

# Each PNG is the size its folder says.
foreach(size 16 24 32 48 64 128 256)
    set(png ${DEST}/share/icons/hicolor/${size}x${size}/apps/${id}.png)
    if(EXISTS ${png})
        # The IHDR chunk: width and height as 4-byte big-endian numbers at offsets 16 and 20.
        file(READ ${png} header OFFSET 16 LIMIT 8 HEX)
        string(SUBSTRING "${header}" 0 8 w)
        string(SUBSTRING "${header}" 8 8 h)
        math(EXPR w "0x${w}")
        math(EXPR h "0x${h}")
        if(NOT w EQUAL size OR NOT h EQUAL size)
            list(APPEND problems "${size}x${size}/apps/${id}.png is ${w}x${h}")
        endif()
    endif()
endforeach()

# The desktop file starts the installed program and names the installed icon.
set(desktop ${DEST}/share/applications/${id}.desktop)
if(EXISTS ${desktop})
    file(STRINGS ${desktop} exec REGEX "^Exec=")
    file(STRINGS ${desktop} icon REGEX "^Icon=")
    string(REGEX REPLACE "^Exec=([^ ]+).*" "\\1" program "${exec}")
    if(NOT EXISTS ${DEST}/bin/${program})
        list(APPEND problems "the desktop file's ${exec} is not an installed program")
    endif()
    if(NOT icon STREQUAL "Icon=${id}")
        list(APPEND problems "the desktop file's ${icon} is not the installed icon ${id}")
    endif()
endif()
set(metainfo ${DEST}/share/metainfo/${id}.metainfo.xml)
if(EXISTS ${metainfo})
    file(READ ${metainfo} text)
    if(NOT text MATCHES "<launchable type=\"desktop-id\">${id}.desktop</launchable>")
        list(APPEND problems "the metainfo's launchable is not ${id}.desktop")
    endif()
    if(NOT text MATCHES "<release version=\"${VERSION}\"")
        list(APPEND problems "the metainfo has no release ${VERSION} (the project's version)")
    endif()
endif()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "cmake --install ${BUILD_DIR}:\n  ${text}")
endif()
list(LENGTH installed n)
message(STATUS "cmake --install: the ${n} expected files, consistent")
