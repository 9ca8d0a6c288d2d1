# The desktop file, the metainfo and the man page pass their own tools: desktop-file-validate
# (desktop-file-utils), appstreamcli validate --no-net (appstream; the screenshot and homepage
# URLs are not fetched) and groff -ww -z (groff-base; every warning counts). A tool that is not
# installed is reported with SKIPPED and the test is skipped; packaging/check-package.sh
# installs all three and runs them on the package itself.
#
#   cmake -DSOURCE_DIR=<repository> -P check_validators.cmake
cmake_minimum_required(VERSION 3.25)

set(id se.tilltro.Tilltro)
set(problems)
set(skipped)

find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
find_program(APPSTREAMCLI appstreamcli)
find_program(GROFF groff)

if(DESKTOP_FILE_VALIDATE)
    execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} ${SOURCE_DIR}/packaging/${id}.desktop
        OUTPUT_VARIABLE out ERROR_VARIABLE out RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0 OR out MATCHES "(error|warning):")
        list(APPEND problems "desktop-file-validate (${rc}):\n${out}")
    endif()
else()
    list(APPEND skipped desktop-file-validate)
endif()

if(APPSTREAMCLI)
    execute_process(COMMAND ${APPSTREAMCLI} validate --no-net --no-color
        ${SOURCE_DIR}/packaging/${id}.metainfo.xml
        OUTPUT_VARIABLE out ERROR_VARIABLE out RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        list(APPEND problems "appstreamcli validate (${rc}):\n${out}")
    endif()
else()
    list(APPEND skipped appstreamcli)
endif()

if(GROFF)
    execute_process(COMMAND ${GROFF} -man -ww -z ${SOURCE_DIR}/packaging/tilltro.1
        OUTPUT_VARIABLE out ERROR_VARIABLE out RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0 OR NOT out STREQUAL "")
        list(APPEND problems "groff -man -ww -z tilltro.1 (${rc}):\n${out}")
    endif()
else()
    list(APPEND skipped groff)
endif()

if(problems)
    list(JOIN problems "\n" text)
    message(FATAL_ERROR "${text}")
endif()
if(skipped)
    # Only when nothing failed: a missing tool never hides another tool's failure.
    message("SKIPPED: not installed: ${skipped}")
endif()
