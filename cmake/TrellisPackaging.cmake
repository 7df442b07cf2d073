# CPack: `make package` (or `cpack --config build/CPackConfig.cmake`) builds a Debian 12 .deb of what
# `cmake --install` puts in place. Depends come from the binaries (dpkg-shlibdeps) plus the plugins
# Qt loads at run time, which no binary names: the SVG image and icon engines (libqt6svg6).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME trellis)
set(CPACK_PACKAGE_VENDOR "The Trellis contributors")
set(CPACK_PACKAGE_CONTACT "The Trellis contributors <trellis@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "slow-solidarity workbench for cross-border alliances")
set(CPACK_PACKAGE_DESCRIPTION
    "Trellis keeps, in one local SQLite file, the memory of an alliance: its\n\
partners, its reciprocity ledger, its solidarity retros and its conflict\n\
protocols, and shows every record side by side in two languages, each in\n\
its own direction, calendar and number format. It makes no network\n\
connections.\n\
\n\
The package holds the desktop program (trellis) and its command line\n\
(trellis-cli).")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/trellis/trellis")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6 (>= 6.4)")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-core, fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
