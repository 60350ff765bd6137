# Run at install time (install(SCRIPT), after every other install rule): proves that each
# program and plugin in the install tree finds every shared library it imports, so a package
# cannot be built from a tree that would fail on a clean machine with "xyz.dll was not found".
#
#   Windows: a DLL must be in the tree, or be part of Windows itself (System32). DLLs found
#            outside the tree in REDRESS_DLL_DIRS (vcpkg's and Qt's bin folders) are copied
#            into bin/ first: this is how the plugins' own dependencies (libpq.dll and its
#            OpenSSL behind the PostgreSQL driver) arrive, which no linker saw. The MSVC
#            runtime must be in the tree (InstallRequiredSystemLibraries), since a clean
#            machine may not have it.
#   Linux:   every library must resolve as the dynamic loader would (the system's packages;
#            the .deb names them through dpkg-shlibdeps). Nothing is copied.
#
# Inputs (set by install(CODE) before this script): REDRESS_DLL_DIRS; REDRESS_PLUGINS_DIR
# (by default Qt's QT_DEPLOY_PLUGINS_DIR, else plugins).
cmake_minimum_required(VERSION 3.21)

set(root "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
if(DEFINED QT_DEPLOY_PREFIX)
    set(root "${QT_DEPLOY_PREFIX}")
endif()
# Where windeployqt put Qt's plugins (the deploy script, run before, says so).
if(NOT DEFINED REDRESS_PLUGINS_DIR)
    set(REDRESS_PLUGINS_DIR "plugins")
    if(DEFINED QT_DEPLOY_PLUGINS_DIR)
        set(REDRESS_PLUGINS_DIR "${QT_DEPLOY_PLUGINS_DIR}")
    endif()
endif()

if(WIN32)
    file(GLOB executables "${root}/bin/*.exe")
    file(GLOB libraries "${root}/bin/*.dll")
    file(GLOB_RECURSE modules "${root}/${REDRESS_PLUGINS_DIR}/*.dll")
    file(TO_CMAKE_PATH "$ENV{SystemRoot}" windows_dir)
    set(system_dirs "${windows_dir}/System32" "${windows_dir}")
    # API sets are names the loader maps inside Windows, never files to ship.
    set(pre_exclude [[^api-ms-.*]] [[^ext-ms-.*]] [[^hvsifiletrust\.dll$]] [[^pdmutilities\.dll$]])
else()
    file(GLOB candidates "${root}/bin/*")
    set(executables "")
    foreach(candidate IN LISTS candidates)
        if(NOT IS_DIRECTORY "${candidate}" AND NOT candidate MATCHES "\\.(sh|py)$")
            list(APPEND executables "${candidate}")
        endif()
    endforeach()
    set(libraries "")
    set(modules "")
    set(system_dirs "")
    set(pre_exclude "")
endif()
if(NOT executables)
    message(FATAL_ERROR "Install tree check: no programs in ${root}/bin")
endif()

# Resolves every import of the tree's files; on Windows only the tree, the extra folders
# given and Windows itself are searched.
function(redress_runtime_imports search_dirs resolved_var unresolved_var)
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES ${executables}
        LIBRARIES ${libraries}
        MODULES ${modules}
        DIRECTORIES ${search_dirs}
        PRE_EXCLUDE_REGEXES ${pre_exclude}
        RESOLVED_DEPENDENCIES_VAR resolved
        UNRESOLVED_DEPENDENCIES_VAR unresolved
        CONFLICTING_DEPENDENCIES_PREFIX conflicting)
    foreach(name IN LISTS conflicting_FILENAMES)
        list(GET conflicting_${name} 0 first)
        list(APPEND resolved "${first}")
    endforeach()
    set(${resolved_var} "${resolved}" PARENT_SCOPE)
    set(${unresolved_var} "${unresolved}" PARENT_SCOPE)
endfunction()

function(redress_is_under path folders result_var)
    string(TOLOWER "${path}" path)
    foreach(folder IN LISTS folders)
        string(TOLOWER "${folder}/" folder)
        string(FIND "${path}" "${folder}" at)
        if(at EQUAL 0)
            set(${result_var} TRUE PARENT_SCOPE)
            return()
        endif()
    endforeach()
    set(${result_var} FALSE PARENT_SCOPE)
endfunction()

if(WIN32 AND REDRESS_DLL_DIRS)
    redress_runtime_imports("${root}/bin;${REDRESS_DLL_DIRS};${system_dirs}" found unused)
    foreach(library IN LISTS found)
        redress_is_under("${library}" "${root};${system_dirs}" known)
        if(NOT known)
            message(STATUS "Installing ${library} (a runtime dependency) into bin")
            file(INSTALL "${library}" DESTINATION "${root}/bin")
        endif()
    endforeach()
    file(GLOB libraries "${root}/bin/*.dll")
endif()

redress_runtime_imports("${root}/bin;${system_dirs}" resolved unresolved)
set(problems "")
foreach(library IN LISTS unresolved)
    list(APPEND problems "${library} is not found")
endforeach()
foreach(library IN LISTS resolved)
    get_filename_component(name "${library}" NAME)
    if(WIN32)
        redress_is_under("${library}" "${root}" inside)
        if(inside)
            continue()
        endif()
        # The Visual C++ runtime sits in System32 on a build machine, but not on every desktop.
        # Windows looks in System32 before the tree for a plugin, so the file's presence in
        # bin/ is what counts, not where this machine resolved it.
        string(TOLOWER "${name}" lower_name)
        if(lower_name MATCHES "^(msvcp|vcruntime|concrt|vccorlib|vcomp)[0-9_a-z]*\\.dll$")
            if(NOT EXISTS "${root}/bin/${name}")
                list(APPEND problems "${name} (the Visual C++ runtime) is not in the install tree")
            endif()
            continue()
        endif()
        redress_is_under("${library}" "${system_dirs}" windows_own)
        if(NOT windows_own)
            list(APPEND problems "${name} is found only at ${library}, outside the install tree")
        endif()
    endif()
endforeach()

list(LENGTH executables program_count)
list(LENGTH libraries library_count)
list(LENGTH modules module_count)
list(LENGTH resolved import_count)
if(problems)
    list(JOIN problems "\n  " listed)
    message(FATAL_ERROR "Install tree check failed in ${root}:\n  ${listed}")
endif()
message(STATUS "Install tree check: ${program_count} program(s), ${library_count} library(ies) "
    "and ${module_count} plugin(s) in ${root}; all ${import_count} shared libraries they "
    "import resolve")
