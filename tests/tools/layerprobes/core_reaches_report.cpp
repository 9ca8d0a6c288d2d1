// Compiled as part of the core layer, this must not build: core cannot see report's headers.
#include "report/reportoptions.h"
