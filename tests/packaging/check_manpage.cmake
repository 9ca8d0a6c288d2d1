# Fails when the man page and the command line's help are out of step: a command that
# `tilltro --help` lists has no section (.SS) in the man page, an option that a command's --help
# lists is not in that command's section, a global option is not under OPTIONS, or the man page
# describes a command that does not exist.
#
#   cmake -DTILLTRO=<executable> -DMANPAGE=<tilltro.1> -P check_manpage.cmake
cmake_minimum_required(VERSION 3.25)

foreach(var TILLTRO MANPAGE)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "usage: cmake -DTILLTRO=<executable> -DMANPAGE=<file> -P ${CMAKE_CURRENT_LIST_FILE}")
    endif()
endforeach()

# What the program says, in English (the man page's language).
function(help_of out)
    execute_process(COMMAND ${TILLTRO} ${ARGN} --help --lang en
        OUTPUT_VARIABLE text ERROR_VARIABLE errors RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "tilltro ${ARGN} --help failed (${rc}): ${errors}")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# The lines of a block of the help that starts with `heading` and ends at an empty line.
function(block_of out text heading)
    string(FIND "${text}" "${heading}\n" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "no '${heading}' in the help:\n${text}")
    endif()
    string(LENGTH "${heading}\n" skip)
    math(EXPR at "${at} + ${skip}")
    string(SUBSTRING "${text}" ${at} -1 rest)
    string(FIND "${rest}" "\n\n" end)
    string(SUBSTRING "${rest}" 0 ${end} block)
    set(${out} "\n${block}" PARENT_SCOPE)
endfunction()

# The man page's own text with troff's escaped hyphens as plain ones.
file(READ ${MANPAGE} page)
string(REPLACE "\\-" "-" page "${page}")
string(APPEND page "\n.SH END\n")

# The text of the man page from the line `head` to the next .SS or .SH line.
function(section_of out head)
    string(FIND "${page}" "\n${head}\n" at)
    if(at EQUAL -1)
        set(${out} "" PARENT_SCOPE)
        return()
    endif()
    math(EXPR at "${at} + 1")
    string(SUBSTRING "${page}" ${at} -1 rest)
    string(FIND "${rest}" "\n.S" end)
    string(SUBSTRING "${rest}" 0 ${end} body)
    # The next heading may be `.SS`; the section's own head line is part of `body`.
    set(${out} "${body}\n" PARENT_SCOPE)
endfunction()

set(problems)

help_of(main)
block_of(commands "${main}" "Commands:")
string(REGEX MATCHALL "\n  [a-z][a-z-]*" commands "${commands}")
list(TRANSFORM commands REPLACE "^\n  " "")
if(NOT commands)
    message(FATAL_ERROR "tilltro --help lists no commands:\n${main}")
endif()

# The global options, under OPTIONS.
section_of(options ".SH OPTIONS")
foreach(option --database --lang --help --help-all --version)
    if(NOT options MATCHES "\n\\.[A-Z]+ [^\n]*${option}([^a-z-]|$)")
        list(APPEND problems "the global option ${option} is not under OPTIONS")
    endif()
endforeach()

# Each command: its section, and each of its own options in it.
foreach(command IN LISTS commands)
    section_of(section ".SS ${command}")
    if(section STREQUAL "")
        list(APPEND problems "the command ${command} (tilltro --help) has no section in the man page")
        continue()
    endif()
    help_of(usage ${command})
    block_of(lines "${usage}" "Options:")
    string(REGEX MATCHALL "\n  (-[a-z], )?--[a-z][a-z-]*" found "${lines}")
    list(TRANSFORM found REPLACE "^\n  (-[a-z], )?" "")
    list(REMOVE_ITEM found --help --help-all --database --lang)
    foreach(option IN LISTS found)
        if(NOT section MATCHES "\n\\.[A-Z]+ [^\n]*${option}([^a-z-]|$)")
            list(APPEND problems "the option ${option} of ${command} is not in its section")
        endif()
    endforeach()
endforeach()

# No section for a command that is not (or no longer) there.
string(REGEX MATCHALL "\n\\.SS [^\n]*" described "${page}")
list(TRANSFORM described REPLACE "^\n\\.SS " "")
foreach(command IN LISTS described)
    if(NOT command IN_LIST commands)
        list(APPEND problems "the man page describes ${command}, which tilltro --help does not list")
    endif()
endforeach()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "${MANPAGE} is out of step with the command line:\n  ${text}")
endif()
list(LENGTH commands n)
message(STATUS "${MANPAGE}: all ${n} commands and their options are described")
