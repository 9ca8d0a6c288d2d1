#pragma once
#include "core/storage/repo.h"
