// A widget that reads storage itself: tst_layers_fixture_storage must fail on this.
#include "core/storage/repo.h"
