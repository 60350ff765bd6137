# redress_install_program(TARGET): installs a program into bin/. On Windows it also joins the
# runtime-dependency set redress_runtime, which installer/CMakeLists.txt installs: every DLL
# the programs import that is not part of Windows is copied beside them.
function(redress_install_program target)
    if(WIN32)
        install(TARGETS ${target} RUNTIME_DEPENDENCY_SET redress_runtime RUNTIME DESTINATION bin)
    else()
        install(TARGETS ${target} RUNTIME DESTINATION bin)
    endif()
endfunction()

# Where a Windows build finds the DLLs of its dependencies: vcpkg's bin folder, Qt's, and the
# bin folder of each CMAKE_PREFIX_PATH entry, plus REDRESS_EXTRA_DLL_DIRS for anything else
# (a PostgreSQL client installed on its own, for example).
function(redress_dll_dirs out_var)
    set(REDRESS_EXTRA_DLL_DIRS "" CACHE PATH "More folders holding DLLs the install tree needs")
    set(dirs ${REDRESS_EXTRA_DLL_DIRS})
    if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
        list(APPEND dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
    endif()
    if(DEFINED QT6_INSTALL_PREFIX AND DEFINED QT6_INSTALL_BINS)
        list(APPEND dirs "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
    endif()
    foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
        list(APPEND dirs "${prefix}/bin")
    endforeach()
    set(existing "")
    foreach(dir IN LISTS dirs)
        if(IS_DIRECTORY "${dir}")
            list(APPEND existing "${dir}")
        endif()
    endforeach()
    list(REMOVE_DUPLICATES existing)
    set(${out_var} "${existing}" PARENT_SCOPE)
endfunction()
