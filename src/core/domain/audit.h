#pragma once
// Placeholder: the audit actions and entities (issue 13) are written here.
