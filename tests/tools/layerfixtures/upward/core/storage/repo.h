#pragma once
// A lower layer that reaches up: tst_layers_fixture_upward must fail on this.
#include "gui/view.h"
