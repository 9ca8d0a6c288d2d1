// Compiled as part of the core layer, this must not build: core is QtCore only.
#include <QtWidgets/QWidget>
