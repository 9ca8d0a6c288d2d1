// Down through the workspace only: tst_layers_fixture_sound passes.
#include "workspace/workspace.h"
