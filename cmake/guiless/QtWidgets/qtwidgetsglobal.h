// Stands in for Qt's own header in the core and workspace layers (see CMakeLists.txt): they are
// QtCore only, so that the command line and the tests run without a display.
#error "core and workspace must not use QtGui or QtWidgets (docs/architecture.md)"
