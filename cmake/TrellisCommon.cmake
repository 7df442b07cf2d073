# One INTERFACE target that carries the compile settings every Trellis target shares.
add_library(trellis_common INTERFACE)
target_compile_features(trellis_common INTERFACE cxx_std_20)
target_compile_options(trellis_common INTERFACE -Wall -Wextra -Werror -Wno-error=deprecated-declarations)
target_compile_definitions(trellis_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
)
if(TRELLIS_SANITIZE)
    # GCC 12's -Wmaybe-uninitialized misfires under ASan instrumentation inside libstdc++
    # (std::function in <regex>), so it stays a warning in this build only (clang has no such
    # option: the `debug` preset builds with clang).
    target_compile_options(trellis_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
        $<$<CXX_COMPILER_ID:GNU>:-Wno-error=maybe-uninitialized>)
    target_link_options(trellis_common INTERFACE -fsanitize=address,undefined)
endif()
